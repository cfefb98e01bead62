package org.dossier.normalize;

/**
 * How quoted words are compared with a source: typographic quotes count as straight ones, the Unicode hyphens
 * (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash) as the keyboard's "-", any run of white space
 * as one space, and the invisible characters PDF text and web pages carry (a soft hyphen, a zero-width space, a word
 * joiner, U+FEFF) as nothing, so that a name copied from a PDF or a web page still matches.
 */
public final class TextMatch {
    private TextMatch() {
    }

    /**
     * Maps each typographic quote to its straight form, and each Unicode hyphen to "-", one character for one, so
     * offsets are kept. En and em dashes are punctuation, not hyphens, and stay as they are.
     */
    public static String foldQuotesAndHyphens(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Quotes folded, white space collapsed to single spaces and trimmed: each run of white space (Java's
     * regex class \s, and the no-break, figure, thin, narrow no-break and ideographic spaces) replaced by one space in
     * {@link #foldQuotesAndHyphens}'s result, the {@link #isInvisible invisible characters} taken out first, then stripped. One
     * pass, since every name and every text of the dossier goes through it.
     */
    public static String normalize(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            boolean space = isSpace(c);
            if (out == null && (folded != c || (space && (c != ' ' || inSpace)) || isInvisible(c))) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (isInvisible(c)) {
                continue;
            }
            if (space) {
                if (!inSpace && out != null) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                if (out != null) {
                    out.append(folded);
                }
                inSpace = false;
            }
        }
        return (out == null ? text : out.toString()).strip();
    }

    /**
     * Where {@link #normalize}{@code (text)} has a space that stands for white space holding a line break: the bits
     * set are indexes in the normalised text, so that what the text printed on lines of their own ("Kenneth Roth,
     * Executive Director" above "Jane Doe") can be told from words run on over a line.
     */
    public static java.util.BitSet lineBreaks(String text) {
        java.util.BitSet breaks = new java.util.BitSet();
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                if (c == '\n' || c == '\r') {
                    breaks.set(out.length() - 1);
                }
                inSpace = true;
            } else {
                out.append(fold(c));
                inSpace = false;
            }
        }
        String kept = out.toString();
        int lead = kept.length() - kept.stripLeading().length(); // as normalize strips, at both ends
        int length = kept.strip().length();
        return breaks.get(lead, Math.max(lead, Math.min(breaks.length(), lead + length)));
    }

    /**
     * One white-space character of that class: Java's \s, no-break and figure spaces, the thin, hair and other spaces
     * of U+2000 to U+200A and U+205F (a thin space parts digits in "1\u2009500"), and the ideographic space.
     */
    public static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    /**
     * A character a reader does not see, which PDF text and web pages carry inside words: a soft hyphen
     * ("crimi\u00ADnal" reads "criminal"), a zero-width space, a word joiner, or U+FEFF. A quote copied from the page,
     * or typed as it reads, holds none.
     */
    public static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    /**
     * A typographic quote as the straight one, and a hyphen as the keyboard's: word processors and PDFs print
     * "Vice\u2011President" and "Alapini\u2010Gansou" where metadata is typed with "-". The en and em dashes are not
     * folded: "2023\u20132024" is a range, not a hyphenated word.
     */
    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012' -> '-';
            default -> c;
        };
    }

    /** Whether {@code needle} occurs in {@code haystack}, both normalised. */
    public static boolean occursIn(String needle, String haystack) {
        return normalizedText(haystack).contains(normalize(needle));
    }

    /**
     * The last text each thread normalised to look quotes up in, and what it became: a document's quotes (its date,
     * counts and every name it is signed by) are looked up in the same source text one after the other, which is then
     * normalised once rather than once a quote. Compared by identity: the same string is the same text. A text of
     * more than a million characters is not kept, so that no thread holds a large source once it is read.
     */
    private static final ThreadLocal<String[]> LAST_TEXT = ThreadLocal.withInitial(() -> new String[2]);

    private static String normalizedText(String text) {
        if (text.length() > 1 << 20) {
            return normalize(text);
        }
        String[] last = LAST_TEXT.get();
        if (last[0] != text) {
            last[1] = normalize(text);
            last[0] = text;
        }
        return last[1];
    }

    /**
     * Where quoted words stand in a text, both normalised.
     *
     * @param kind  whether they occur, and if so whether as whole words somewhere
     * @param words when they occur only inside longer words, the text's whole words around their first occurrence
     *              ("13 May 2024" for "3 May 2024"); else ""
     */
    public record Occurrence(Kind kind, String words) {
        public enum Kind { WHOLE_WORDS, INSIDE_WORDS, ABSENT }

        public boolean isWholeWords() {
            return kind == Kind.WHOLE_WORDS;
        }

        public boolean isAbsent() {
            return kind == Kind.ABSENT;
        }
    }

    /**
     * Where {@code needle} occurs in {@code haystack}: as whole words when, at one of its occurrences at least, neither
     * end falls inside a word ("3 May 2024" stands in "on 3 May 2024," but only inside words in "13 May 2024", where
     * quoting it would change the date). Letters and digits of scripts written without spaces (kanji, kana, hangul,
     * Thai and their kin) are no word's inside: "32団体" stands whole in "賛同32団体".
     */
    public static Occurrence find(String needle, String haystack) {
        String text = normalizedText(haystack);
        String quote = normalize(needle);
        int first = text.indexOf(quote);
        if (first < 0 || quote.isEmpty()) {
            return new Occurrence(first < 0 ? Occurrence.Kind.ABSENT : Occurrence.Kind.WHOLE_WORDS, "");
        }
        for (int at = first; at >= 0; at = text.indexOf(quote, at + 1)) {
            int end = at + quote.length();
            if (standsWhole(text, at, end)) {
                return new Occurrence(Occurrence.Kind.WHOLE_WORDS, "");
            }
        }
        int from = first;
        int to = first + quote.length();
        for (int group = from; group >= 0; group = groupBefore(text, from)) {
            from = group;
            while (joined(text, from, true)) {
                from = text.offsetByCodePoints(from, -1);
            }
        }
        while (joined(text, to, true)) {
            to = text.offsetByCodePoints(to, 1);
        }
        return new Occurrence(Occurrence.Kind.INSIDE_WORDS, text.substring(from, to));
    }

    /**
     * Where the group of one to three digits starts that, a space between, comes before the group of three at {@code at}
     * ("1" of "1 025"), or -1: the words a quote is found inside are then the whole number, "1 025 organizations" for
     * "25 organizations", as the letter states it, not "025 organizations".
     */
    private static int groupBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ' || at + 3 > text.length() || (at + 3 < text.length() && isDigit(text.charAt(at + 3)))) {
            return -1;
        }
        for (int i = at; i < at + 3; i++) {
            if (!isDigit(text.charAt(i))) {
                return -1;
            }
        }
        int start = at - 1;
        while (start > 0 && isDigit(text.charAt(start - 1))) {
            start--;
        }
        int digits = at - 1 - start;
        return digits >= 1 && digits <= 3 ? start : -1;
    }

    /** Whether the words at {@code [start, end)} of a normalised text stand there whole: neither end falls inside a word. */
    public static boolean standsWhole(String text, int start, int end) {
        return !joined(text, start, true) && !joined(text, end, false);
    }

    /**
     * Whether {@code at} falls inside a word of {@code text}: between two letters or digits of a spaced script, but
     * for a digit right after a letter, which is a footnote mark as PDF text prints it ("Amnesty International1"); or
     * inside a number, at its thousands separator, or, where words would start ({@code start}), its decimal point
     * ("300" of "5,300", "5 million" of "1.5 million"). Words that end before a point and a digit are whole: the point
     * ends a sentence as often, before a footnote's number ("on 7 December 2023.1").
     */
    private static boolean joined(String text, int at, boolean start) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        if (wordPart(before) && wordPart(after)) {
            return !(Character.isLetter(before) && Character.isDigit(after));
        }
        return separatesDigits(text, at - 1, start) || separatesDigits(text, at, start)
                || (start && (DECIMAL_COMMA.matcher(text).region(at - 1, text.length()).lookingAt()
                || (at >= 2 && DECIMAL_COMMA.matcher(text).region(at - 2, text.length()).lookingAt())));
    }

    /**
     * A decimal comma, as European text prints "1,5 million": a digit, a comma, one or two digits and a word of
     * magnitude. Words starting after it start inside the number ("5 million" of "1,5 million"); elsewhere a comma
     * before other than three digits parts two numbers ("May 30,2024").
     */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("\\d,\\d{1,2}\\s?(?:millions?|billions?|thousands?|\u4E07|\u5104)(?![\\p{L}\\p{N}])",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Whether the character at {@code i} is a number's thousands separator (a comma before three digits and no more:
     * "5,300", not "May 30,2024"), or, when asked, a point between two digits.
     */
    private static boolean separatesDigits(String text, int i, boolean decimalPoint) {
        if (i <= 0 || i + 1 >= text.length() || !isDigit(text.charAt(i - 1)) || !isDigit(text.charAt(i + 1))) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '.') {
            return decimalPoint;
        }
        if (c != ',') {
            return false;
        }
        int digits = 0;
        while (i + 1 + digits < text.length() && isDigit(text.charAt(i + 1 + digits))) {
            digits++;
        }
        return digits == 3;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean wordPart(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return true; // an accent written after its letter ("e" and U+0301) is part of the word
        }
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> false;
            default -> true;
        };
    }
}
