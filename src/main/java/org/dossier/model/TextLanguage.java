package org.dossier.model;

import java.util.List;

/**
 * The language of a source's words where it is not the site's: Japanese, told by its script. The pages mark such
 * text with {@code lang="ja"}, so that a screen reader reads it in Japanese and a browser picks Japanese glyphs.
 */
public final class TextLanguage {
    private TextLanguage() {
    }

    /** The first character of the first block of kanji or kana (CJK Radicals Supplement); none comes before it. */
    private static final char FIRST_KANJI_OR_KANA = '\u2e80';

    /** "ja" when most letters of the text are kanji or kana, else "" (the site's language). */
    public static String of(String text) {
        return of(List.of(text));
    }

    /** "ja" when most letters of the texts, taken together, are kanji or kana, else "" (the site's language). */
    public static String of(List<String> texts) {
        if (texts.stream().noneMatch(TextLanguage::mayHoldKanjiOrKana)) {
            return ""; // most text: each paragraph of a large dossier is asked, several times, and a script's lookup is slow
        }
        int japanese = 0;
        int letters = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                letters++;
                if (kanjiOrKana(cp)) {
                    japanese++;
                }
            }
        }
        return japanese > 0 && japanese * 2 >= letters ? "ja" : "";
    }

    /**
     * A kanji, hiragana or katakana: a letter of the scripts Japanese writes without spaces between words. The one
     * test of it, for the pages' language, the search index's terms and the roles read in Japanese order.
     */
    public static boolean kanjiOrKana(int codePoint) {
        return switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA -> true;
            default -> false;
        };
    }

    private static boolean mayHoldKanjiOrKana(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_KANJI_OR_KANA) {
                return true;
            }
        }
        return false;
    }
}
