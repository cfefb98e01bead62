package org.dossier.model;

/**
 * The language of a source's words where it is not the site's: Japanese, told by its script. The pages mark such
 * text with {@code lang="ja"}, so that a screen reader reads it in Japanese and a browser picks Japanese glyphs.
 */
public final class TextLanguage {
    private TextLanguage() {
    }

    /** "ja" when most letters of the text are kanji or kana, else "" (the site's language). */
    public static String of(String text) {
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
}
