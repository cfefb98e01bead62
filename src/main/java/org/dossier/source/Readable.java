package org.dossier.source;

import org.dossier.model.Block;
import org.dossier.model.ReadingText;
import org.dossier.normalize.Entities;
import org.dossier.normalize.HtmlTags;
import org.dossier.normalize.Normalizer;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A seed as {@link #of} gives it, where its lines break ({@link TextMatch#lineBreaks}), and, as {@link #forRoles}
 * gives it, where its reading text starts a new heading, paragraph or item ({@code blockBreaks}).
 */
record Readable(String text, String lowerCase, BitSet lineBreaks, BitSet blockBreaks) {
    /**
     * The seed as a reader reads it, and as roles and count words are compared with it: without its HTML tags (a
     * role may be printed "Minister for <u>Foreign Affairs</u>"), quotes folded and white space as one space; and
     * where that white space held a line break.
     */
    static Readable of(String seedText) {
        String plain = HtmlTags.remove(seedText);
        String text = TextMatch.normalize(plain);
        return new Readable(text, RoleTitles.lowerCase(text), TextMatch.lineBreaks(plain), new BitSet());
    }

    /**
     * The seed as roles are read in it: its HTML entities read, as {@link #of} gives it otherwise, but with its lines
     * broken where its reading text ({@link Normalizer}) breaks them: a line break that the reading text joins, a
     * hard wrap inside running text ("…said the Minister for Foreign Affairs" / "Shigeru Ishiba, who…"), is read as the
     * space it stands for, so that the words run on as the reader reads them; where the reading text starts a new
     * heading, paragraph or item, the break is one of {@code blockBreaks} too, which no role is read across ("Statement
     * by the Minister for Foreign Affairs", a title, above "Takeshi Iwaya welcomed…"). A reading line that cannot be
     * found in the text as it is (a word a soft hyphen splits over two lines) keeps the source's breaks.
     */
    static Readable forRoles(String seedText) {
        Readable read = of(Entities.decode(seedText));
        String text = read.text();
        BitSet breaks = read.lineBreaks();
        BitSet blocks = new BitSet();
        ReadingText reading = new Normalizer().normalize(seedText);
        int from = 0;
        for (Block b : reading.blocks()) {
            List<String> lines = new ArrayList<>();
            if (b instanceof Block.Heading h) {
                lines.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                lines.addAll(p.lines());
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> lines.add(i.text()));
            }
            for (int k = 0; k < lines.size(); k++) {
                String line = TextMatch.normalize(HtmlTags.remove(lines.get(k)));
                int at = line.isEmpty() ? -1 : text.indexOf(line, from);
                if (at < 0) {
                    continue;
                }
                breaks.clear(at, at + line.length());
                if (at > 0 && text.charAt(at - 1) == ' ') {
                    breaks.set(at - 1);
                    if (k == 0 || b instanceof Block.ListBlock) {
                        blocks.set(at - 1);
                    }
                }
                from = at + line.length();
            }
        }
        return new Readable(text, read.lowerCase(), breaks, blocks);
    }
}
