package org.dossier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A seed turned into blocks for reading, with the editorial notes that say what the normaliser changed.
 */
public record ReadingText(List<Block> blocks, List<String> notes) {
    public ReadingText {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** Every text of the reading text in order, one string per heading, paragraph line or list item. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                out.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                out.addAll(p.lines());
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> out.add(i.text()));
            }
        }
        return out;
    }

    /** The text of paragraph, heading or list item number {@code n} (#p-n), or empty. */
    public java.util.Optional<String> paragraph(int n) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.number() == n) {
                return java.util.Optional.of(h.text());
            } else if (b instanceof Block.Paragraph p && p.number() == n) {
                return java.util.Optional.of(p.text());
            } else if (b instanceof Block.ListBlock l) {
                for (Block.Item i : l.items()) {
                    if (i.number() == n) {
                        return java.util.Optional.of(i.text());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether some line links an entity it mentions: the document page then says that those links, and their
     * underlining, are the dossier's and not the source's.
     */
    public boolean hasMentions() {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.linked().stream().flatMap(List::stream).anyMatch(Segment::isMention)) {
                return true;
            }
            if (b instanceof Block.ListBlock l && l.items().stream().flatMap(i -> i.linked().stream()).anyMatch(Segment::isMention)) {
                return true;
            }
        }
        return false;
    }

    public int paragraphCount() {
        int n = 0;
        for (Block b : blocks) {
            n += b instanceof Block.ListBlock l ? l.items().size() : 1;
        }
        return n;
    }
}
