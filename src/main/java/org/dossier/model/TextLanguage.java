package org.dossier.model;

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
        if (!mayHoldKanjiOrKana(text)) {
            return ""; // most text: each paragraph of a large dossier is asked, several times, and a script's lookup is slow
        }
        int japanese = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                japanese++;
            }
        }
        return japanese > 0 && japanese * 2 >= letters ? "ja" : "";
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
