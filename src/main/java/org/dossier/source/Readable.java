package org.dossier.source;

import org.dossier.normalize.TextMatch;

/** A seed as {@link #of} gives it, and where its lines break ({@link TextMatch#lineBreaks}). */
record Readable(String text, String lowerCase, java.util.BitSet lineBreaks) {
    /**
     * The seed as a reader reads it, and as roles and count words are compared with it: without its HTML tags (a
     * role may be printed "Minister for <u>Foreign Affairs</u>"), quotes folded and white space as one space; and
     * where that white space held a line break.
     */
    static Readable of(String seedText) {
        String plain = org.dossier.normalize.HtmlTags.remove(seedText);
        String text = TextMatch.normalize(plain);
        return new Readable(text, RoleTitles.lowerCase(text), TextMatch.lineBreaks(plain));
    }
}
