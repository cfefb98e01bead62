package org.dossier.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.model.TextLanguage;

/**
 * Whether a word of a field (a speaker, a venue…) is printed in a seed: at the start of one of its words, in any case
 * ("Japan" of "Japanese", "UN" of "United"), not inside one ("Ito" is not printed in "territory", nor "Ken" in
 * "taken"); a word in kanji or kana anywhere, as Japanese sets no spaces between words. The seed's HTML tags are
 * left out and its entities read as the letters they show ("C&amp;ocirc;te"), and letters are compared in one form:
 * full-width and compatibility letters as their plain forms (ＩＣＣ, the ligature of "Oﬃce"), accents aside ("Cote" of
 * "Côte", "İstanbul"), a soft hyphen ignored. A word hyphenated at the end of a printed line is taken joined too
 * ("Kami-" / "kawa" prints "Kamikawa"), kanji and kana are read across a space or a line break ("上川　陽子" prints
 * "上川陽子"), and initials with points are read with them or without ("U.N." prints "UN").
 */
public final class PrintedWords {
    /** A hyphen that ends a printed line between two letters, with the line break and the spaces around it. */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{L})[-\u2010\u2011]\\h*\\R\\h*(?=\\p{L})");
    /**
     * Space or a line break between kanji or kana: a name printed "上川　陽子" (with the full-width space Japanese letters
     * set between family and given name) or a word a PDF's line broke ("国際刑事裁" / "判所") is one run; a blank line, which parts paragraphs, is not crossed.
     */
    private static final String JA = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\u30FC";
    private static final Pattern JAPANESE_GAP = Pattern.compile("(?<=[" + JA + "])(?:[ \\t\u3000]*\\R[ \\t\u3000]*|[ \\t\u3000]+)(?=[" + JA + "])");
    private static final Pattern SOFT_HYPHEN_BREAK = Pattern.compile("\u00AD\\h*\\R\\h*(?=[\\p{L}\\p{Nd}])");
    private static final Pattern ACCENTS = Pattern.compile("[\u0300-\u036F]");
    /** Initials each followed by a point, "U.N.", "H.E.": one word, as "UN" and "HE" are. */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{L}\\.(?:\\p{L}\\.)+");

    private final String text;

    private PrintedWords(String text) {
        this.text = text;
    }

    /** The words printed in a seed's text. */
    public static PrintedWords in(String seedText) {
        // a word a soft hyphen breaks at a line's end is one word, as the reading text joins it
        String plain = SOFT_HYPHEN_BREAK.matcher(Entities.decode(Words.withoutTags(seedText))).replaceAll("").replace("\u00AD", "");
        String joined = undotted(JAPANESE_GAP.matcher(LINE_END_HYPHEN.matcher(plain).replaceAll("")).replaceAll(""));
        return new PrintedWords(fold(joined.equals(plain) ? plain : plain + "\n" + joined));
    }

    /**
     * The words of {@code value} that are not printed, each once, as the value writes them. Initials with points are
     * one word, printed where the seed prints them with points or without ("U.N." or "UN" for either).
     */
    public List<String> missing(String value) {
        List<String> missing = new ArrayList<>();
        Matcher dotted = DOTTED_INITIALS.matcher(value);
        int last = 0;
        while (true) {
            boolean found = dotted.find();
            for (String word : Words.of(value.substring(last, found ? dotted.start() : value.length()))) {
                if (!prints(word) && !missing.contains(word)) {
                    missing.add(word);
                }
            }
            if (!found) {
                return missing;
            }
            if (!prints(dotted.group().replace(".", "")) && !missing.contains(dotted.group())) {
                missing.add(dotted.group());
            }
            last = dotted.end();
        }
    }

    private static String undotted(String text) {
        return DOTTED_INITIALS.matcher(text).replaceAll(m -> m.group().replace(".", ""));
    }

    /** Whether the text holds any word at all. */
    public boolean any() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Whether {@code word} (a word as {@link Words#of} gives it) is printed. */
    public boolean prints(String word) {
        String w = fold(word);
        if (w.isEmpty()) {
            return true;
        }
        boolean japanese = TextLanguage.kanjiOrKana(w.codePointAt(0));
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            if (japanese || at == 0) {
                return true;
            }
            int before = text.codePointBefore(at);
            // a word starts after no letter or digit, or where kanji or kana give way to other letters ("のICC")
            if (!Words.isWordCharacter(before) || TextLanguage.kanjiOrKana(before)) {
                return true;
            }
        }
        return false;
    }

    /** One form for comparing: compatibility forms as plain letters, lower case, accents left out. */
    static String fold(String s) {
        String compatible = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
        return Normalizer.normalize(ACCENTS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
    }
}
