package org.dossier.source;

import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Titles and how a text prints them, for {@link RoleBinding}: where a role is printed as whole words, letter case aside
 * ({@link #printings}), and where not (cut from a longer word, joined by a hyphen, made another office by a word such as
 * "Deputy", "former", 副 or 政務官: {@link #longerTitle}, {@link #insideWords}); whether a title is in the plural and
 * where its head noun ends ({@link #plural}); and the letters that make words, in scripts with spaces and without.
 */
final class RoleTitles {
    private RoleTitles() {
    }

    /**
     * One place a role is printed in a text: {@code start} to {@code end}, and whether in the letter case people.yaml
     * writes it ({@code asWritten}) or in another ("prime minister" for "Prime Minister").
     */
    record Printed(int start, int end, boolean asWritten) {
    }

    /**
     * What a plural adds to the singular it is printed for: "Hamas leader" of "three Hamas leaders", "Judge" of "Judges";
     * and "Secretary" of "Secretaries", whose "y" becomes "ies" ({@link #printings}).
     */
    private static final List<String> PLURAL_ENDINGS = List.of("s", "es");

    /**
     * Where the role is printed in the text, letter case aside: as whole words, or as the singular of a plural printed
     * there ("Hamas leader" of "three Hamas leaders", each of whom is a Hamas leader). Not where it is cut from a
     * longer word, which says something else: "Minister" of "Ministerial", "Director" of "Directorate", and of a word
     * joined by a hyphen, "President" of "Vice-President" or "President-elect"; nor where a word before it makes it
     * another office or one no longer held ({@link #longerTitle}), nor where kanji after it make it the name of a place
     * or body ("大使" of "大使館", {@link #BODY_SUFFIXES_JA}). {@code lowerCase} is the text in lower case,
     * character for character ({@link #lowerCase}).
     */
    static List<Printed> printings(String text, String lowerCase, String role) {
        List<Printed> printed = new ArrayList<>();
        String r = lowerCase(role);
        for (int at = r.isEmpty() ? -1 : lowerCase.indexOf(r); at >= 0; at = lowerCase.indexOf(r, at + 1)) {
            int start = at;
            int end = at + r.length();
            if (hyphenated(text, start, end) || modifiedFrom(lowerCase, start) >= 0 || modifiedTo(lowerCase, end) >= 0
                    || bodyTo(lowerCase, end) >= 0) {
                continue;
            }
            boolean whole = TextMatch.standsWhole(text, start, end) || PLURAL_ENDINGS.stream().anyMatch(p -> lowerCase.startsWith(p, end)
                    && TextMatch.standsWhole(text, start, end + p.length()) && !hyphenated(text, start, end + p.length()));
            if (whole) {
                printed.add(new Printed(start, end, text.startsWith(role, start)));
            }
        }
        // a plural in "-ies" ("Deputy Secretaries" for "Deputy Secretary"): printed as far as the stem both share, so
        // that, as "Hamas leader" of "Hamas leaders", it is bound to nobody in particular
        if (r.length() > 2 && r.endsWith("y") && VOWELS.indexOf(r.charAt(r.length() - 2)) < 0) {
            String stem = r.substring(0, r.length() - 1);
            for (int at = lowerCase.indexOf(stem + "ies"); at >= 0; at = lowerCase.indexOf(stem + "ies", at + 1)) {
                int start = at;
                int pluralEnd = at + stem.length() + "ies".length();
                if (TextMatch.standsWhole(text, start, pluralEnd) && !hyphenated(text, start, pluralEnd) && modifiedFrom(lowerCase, start) < 0) {
                    printed.add(new Printed(start, start + stem.length(), text.startsWith(role.substring(0, stem.length()), start)));
                }
            }
            printed.sort(Comparator.comparingInt(Printed::start));
        }
        // a plural in the middle of a title, at its head noun ("Ministers for Foreign Affairs" for "Minister for Foreign
        // Affairs"): printed as far as the head noun's singular, so that, as "Hamas leader" of "Hamas leaders", it is
        // bound to nobody in particular
        int head = headNounEnd(r);
        if (head > 0) {
            String stem = r.substring(0, head);
            String rest = r.substring(head);
            List<String> shared = new ArrayList<>();
            PLURAL_ENDINGS.forEach(p -> shared.add(stem));
            List<String> plurals = new ArrayList<>();
            PLURAL_ENDINGS.forEach(p -> plurals.add(stem + p + rest));
            if (stem.length() > 2 && stem.endsWith("y") && VOWELS.indexOf(stem.charAt(stem.length() - 2)) < 0) {
                shared.add(stem.substring(0, stem.length() - 1));
                plurals.add(stem.substring(0, stem.length() - 1) + "ies" + rest);
            }
            for (int k = 0; k < plurals.size(); k++) {
                String plural = plurals.get(k);
                int singular = shared.get(k).length();
                for (int at = lowerCase.indexOf(plural); at >= 0; at = lowerCase.indexOf(plural, at + 1)) {
                    int end = at + plural.length();
                    if (TextMatch.standsWhole(text, at, end) && !hyphenated(text, at, end) && modifiedFrom(lowerCase, at) < 0) {
                        printed.add(new Printed(at, at + singular, text.startsWith(role.substring(0, singular), at)));
                    }
                }
            }
            printed.sort(Comparator.comparingInt(Printed::start));
        }
        return printed;
    }

    /**
     * Where the head noun of a title ends, when words follow it ("minister" of "minister for foreign affairs", the last
     * word before "for", "of" and their kin, {@link #plural}), or -1 when it is the title's last word.
     */
    private static int headNounEnd(String role) {
        int at = 0;
        String[] words = role.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && HEAD_ENDS.contains(words[i])) {
                return at - 1;
            }
            at += words[i].length() + 1;
        }
        return -1;
    }

    private static final String VOWELS = "aeiou";

    /**
     * Words that, printed directly before a title, make it another office or one no longer held: a deputy prime minister
     * is not the prime minister, nor a former one. The title is printed there only with them ("Deputy Prime Minister").
     * Not "under", as often a preposition ("under Prime Minister Kishida").
     */
    private static final Set<String> OFFICE_MODIFIERS = Set.of("deputy", "vice", "acting", "assistant", "associate", "interim", "former");

    /**
     * Kanji that, printed directly before a title in Japanese, make it another office or one no longer held: 副 (vice,
     * "副検察官"), 前 and 元 (former, "前外務大臣", "元内閣総理大臣"; not after a kanji, as they may end a surname,
     * "秋元外務大臣"), 次席 (deputy, "次席常駐代表"), 代理 ("代理大使").
     */
    private static final List<String> OFFICE_MODIFIERS_JA = List.of("副", "前", "元", "次席", "代理");
    /**
     * Kanji that, printed directly after a title in Japanese, make it another office: "外務大臣政務官" (a parliamentary
     * vice-minister), "内閣総理大臣補佐官" (an adviser), "外務大臣秘書官", "外務大臣臨時代理" (acting), "所長代行".
     */
    private static final List<String> OFFICE_SUFFIXES_JA = List.of("政務官", "補佐官", "秘書官", "補佐", "臨時代理", "代理", "代行", "事務取扱");

    /**
     * Where a word of {@link #OFFICE_MODIFIERS} starts that stands directly before {@code start}, a space between, or -1;
     * in Japanese, where one of {@link #OFFICE_MODIFIERS_JA} does, nothing between.
     */
    private static int modifiedFrom(String lowerCase, int start) {
        if (start > 0 && start < lowerCase.length() && spaceless(lowerCase.charAt(start))) {
            for (String m : OFFICE_MODIFIERS_JA) {
                int from = start - m.length();
                // 前 and 元 after a kanji may end a surname ("秋元外務大臣"), so are read as "former" only apart from one
                if (from >= 0 && lowerCase.startsWith(m, from)
                        && (m.length() > 1 || m.equals("副") || from == 0 || !kanji(lowerCase.charAt(from - 1)))) {
                    return from;
                }
            }
        }
        if (start < 2 || lowerCase.charAt(start - 1) != ' ') {
            return -1;
        }
        int from = start - 1;
        while (from > 0 && wordChar(lowerCase.charAt(from - 1))) {
            from--;
        }
        return OFFICE_MODIFIERS.contains(lowerCase.substring(from, start - 1)) ? from : -1;
    }

    /**
     * Kanji that, printed directly after a title in Japanese, make it the name of a place or a body, not anyone's title:
     * 大使館 (an embassy) of 大使, 領事館 (a consulate) of 領事, 代表部 (a permanent mission) of 代表, 大臣官房 (a
     * ministry's secretariat) and 大臣室 (a minister's office) of 大臣; 首相官邸 (the Prime Minister's office) of 首相,
     * 大使公邸 (an ambassador's residence) of 大使, 大統領府 (a president's office) of 大統領, 代表事務所 (an office) of 代表.
     */
    private static final List<String> BODY_SUFFIXES_JA = List.of("館", "部", "官房", "室", "官邸", "公邸", "府", "事務所");

    /** Where a title in Japanese ending at {@code end} goes on as the name of a place or body ({@link #BODY_SUFFIXES_JA}) ends, or -1. */
    private static int bodyTo(String lowerCase, int end) {
        if (end > 0 && end < lowerCase.length() && spaceless(lowerCase.charAt(end - 1))) {
            for (String b : BODY_SUFFIXES_JA) {
                if (lowerCase.startsWith(b, end)) {
                    return end + b.length();
                }
            }
        }
        return -1;
    }

    /** Where a title in Japanese ending at {@code end} goes on as another office ({@link #OFFICE_SUFFIXES_JA}) ends, or -1. */
    private static int modifiedTo(String lowerCase, int end) {
        if (end > 0 && end < lowerCase.length() && spaceless(lowerCase.charAt(end - 1))) {
            for (String m : OFFICE_SUFFIXES_JA) {
                if (lowerCase.startsWith(m, end)) {
                    return end + m.length();
                }
            }
        }
        return -1;
    }

    /**
     * The longer title the role is printed in, at the first place it stands whole but after a word that makes it
     * another office ("Deputy Prime Minister" for "Prime Minister", "former Defense Minister" for "Defense Minister"),
     * or empty when there is none.
     */
    static Optional<String> longerTitle(String text, String lowerCase, String role) {
        String r = lowerCase(role);
        for (int at = r.isEmpty() ? -1 : lowerCase.indexOf(r); at >= 0; at = lowerCase.indexOf(r, at + 1)) {
            int from = modifiedFrom(lowerCase, at);
            int to = modifiedTo(lowerCase, at + r.length());
            if ((from >= 0 || to >= 0) && !hyphenated(text, at, at + r.length())) {
                return Optional.of(text.substring(from >= 0 ? from : at, to >= 0 ? to : at + r.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * The longer words the role is printed inside, at the first place it is, letter case aside ("Ministerial" for
     * "Minister"), or empty when it is not printed there at all.
     */
    static Optional<String> insideWords(String text, String lowerCase, String role) {
        int at = lowerCase.indexOf(lowerCase(role));
        if (at < 0 || role.isEmpty()) {
            return Optional.empty();
        }
        int body = bodyTo(lowerCase, at + role.length());
        if (body >= 0) {
            // in Japanese, written without spaces, the words around are not the longer word: 大使館, not 在英国日本国大使館において
            return Optional.of(text.substring(at, body));
        }
        int from = at;
        int to = at + role.length();
        while (from > 0 && (wordChar(text.charAt(from - 1)) || hyphen(text.charAt(from - 1)))) {
            from--;
        }
        while (to < text.length() && (wordChar(text.charAt(to)) || hyphen(text.charAt(to)))) {
            to++;
        }
        return Optional.of(text.substring(from, to));
    }

    /** Whether a hyphen joins a letter to either end of {@code [start, end)}: "Vice-President", "President-elect". */
    private static boolean hyphenated(String text, int start, int end) {
        return (start >= 2 && hyphen(text.charAt(start - 1)) && Character.isLetter(text.charAt(start - 2)))
                || (end + 1 < text.length() && hyphen(text.charAt(end)) && Character.isLetter(text.charAt(end + 1)));
    }

    /**
     * A hyphen: the keyboard's, or the Unicode hyphen and non-breaking hyphen that word processors and PDFs print
     * ("Vice\u2011President").
     */
    private static boolean hyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The text in lower case, character for character, so that its offsets are the text's. */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /**
     * Whether a role is printed in the plural, and so may be shared by a list of names: its head noun, the last word
     * before "of", "for" and their kin ("Ministers for Foreign Affairs", "Hamas leaders", "Judges", "Heads of State"),
     * ends in "s" but not "ss", "us" or "is" ("Baroness", "Emeritus"), or in "men" ("Congressmen"), or is "General"
     * after a plural ("Attorneys General"). A title in the singular ("Minister for Foreign Affairs", "Prime
     * Minister") is one person's.
     */
    static boolean plural(String role) {
        List<String> words = new ArrayList<>();
        for (String w : role.split(" ")) {
            if (HEAD_ENDS.contains(w)) {
                break;
            }
            words.add(w.replaceAll("[^\\p{L}]+$", ""));
        }
        if (words.isEmpty()) {
            return false;
        }
        String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (head.equals("general") && words.size() > 1) {
            head = words.get(words.size() - 2).toLowerCase(Locale.ROOT);
        }
        return head.endsWith("men") || (head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is"));
    }

    /** Words after which a title's head noun has been named: "Minister for Foreign Affairs", "leaders of Hamas". */
    private static final Set<String> HEAD_ENDS = Set.of("of", "for", "to", "at", "in", "on", "from", "with", "and", "or");

    /** A letter of a script written without spaces between words: kanji, hiragana, katakana. */
    static boolean spaceless(char c) {
        return org.dossier.model.TextLanguage.kanjiOrKana(c);
    }

    /** A kanji, or the mark that repeats one ("佐々木"). */
    static boolean kanji(char c) {
        return c == '\u3005' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A letter or digit: what a word is made of, so that a role or a name cut from a longer word is not read. */
    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
