package org.dossier.xref;

import org.dossier.model.Block;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.ReadingText;
import org.dossier.model.Segment;
import org.dossier.model.Signature;
import org.dossier.model.Signatures;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Links the reading text to the registry and collects the mentions each entity page lists. */
public final class CrossReferencer {
    private static final int EXCERPT_REACH = 70;

    private final MentionLinker linker;

    public CrossReferencer(List<Entity> entities) {
        this.linker = new MentionLinker(entities);
    }

    /**
     * The same reading text with mentions linked in paragraphs and list items; headings stay plain, and text the
     * source already links keeps its link.
     */
    public ReadingText link(ReadingText text) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : text.blocks()) {
            if (b instanceof Block.Paragraph p) {
                blocks.add(new Block.Paragraph(p.number(), p.lines(), p.linked().stream().map(this::link).toList(), p.quoted()));
            } else if (b instanceof Block.ListBlock l) {
                blocks.add(new Block.ListBlock(l.items().stream()
                        .map(i -> new Block.Item(i.number(), i.text(), link(i.linked()))).toList()));
            } else {
                blocks.add(b);
            }
        }
        return new ReadingText(blocks, text.notes());
    }

    private List<Segment> link(List<Segment> line) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : line) {
            if (s.isLink()) {
                out.add(s);
                continue;
            }
            for (Segment found : linker.link(s.text())) {
                out.add(new Segment(found.text(), found.entityId(), found.href(), s.style()));
            }
        }
        return out;
    }

    /**
     * One mention per entity and paragraph, with a short excerpt around the first occurrence. A heading is read too,
     * though it holds no link: a statement whose title line is the only place it names its speaker mentions him, and
     * his page must not say that the text never does.
     */
    public List<Mention> mentions(String documentId, ReadingText linked) {
        List<Mention> out = new ArrayList<>();
        for (Block b : linked.blocks()) {
            if (b instanceof Block.Heading h) {
                collect(documentId, h.number(), linker.link(h.text()), new LinkedHashSet<>(), out);
            } else if (b instanceof Block.Paragraph p) {
                Set<String> seen = new LinkedHashSet<>();
                for (List<Segment> line : p.linked()) {
                    collect(documentId, p.number(), line, seen, out);
                }
            } else if (b instanceof Block.ListBlock l) {
                for (Block.Item i : l.items()) {
                    collect(documentId, i.number(), i.linked(), new LinkedHashSet<>(), out);
                }
            }
        }
        return out;
    }

    private static void collect(String documentId, int paragraph, List<Segment> line, Set<String> seen, List<Mention> out) {
        int offset = 0;
        String text = String.join("", line.stream().map(Segment::text).toList());
        for (Segment s : line) {
            if (s.isMention() && seen.add(s.entityId())) {
                out.add(new Mention(s.entityId(), documentId, paragraph, excerpt(text, offset, offset + s.text().length())));
            }
            offset += s.text().length();
        }
    }

    /** The words around [start, end), cut at word boundaries, with an ellipsis where text was left out. */
    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - EXCERPT_REACH);
        int to = Math.min(text.length(), end + EXCERPT_REACH);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** The paragraph number where each as-signed name is printed, searching list items first, then paragraphs. */
    public static Signatures locate(Signatures signatures, ReadingText text) {
        if (!signatures.isPresent()) {
            return signatures;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Block b : text.blocks()) {
            if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> candidates.add(new Candidate(i.number(), TextMatch.normalize(i.text()), true)));
            } else if (b instanceof Block.Paragraph p) {
                candidates.add(new Candidate(p.number(), TextMatch.normalize(p.text()), true));
            } else if (b instanceof Block.Heading h) {
                candidates.add(new Candidate(h.number(), TextMatch.normalize(h.text()), false));
            }
        }
        List<Integer> used = new ArrayList<>();
        return new Signatures(signatures.statedCount(), signatures.statedCountAsPrinted(), signatures.statedQualifier(),
                placeInOrder(signatures.coordinators(), candidates, used),
                placeInOrder(signatures.signatories(), candidates, used),
                signatures.unnamedCount(), signatures.unnamedAsPrinted(), signatures.unnamedQualifier());
    }

    /** A list's names placed in its order: each at or after the paragraph of the one before it, where it can be. */
    private static List<Signature> placeInOrder(List<Signature> list, List<Candidate> candidates, List<Integer> used) {
        List<Signature> out = new ArrayList<>();
        int floor = 0;
        for (Signature s : list) {
            Signature placed = place(s, candidates, used, floor);
            floor = Math.max(floor, placed.paragraph());
            out.add(placed);
        }
        return out;
    }

    /** What parts the names of a list printed in a paragraph: list punctuation, or the start or end of the text. */
    private static final java.util.regex.Pattern ITEM_EDGE = java.util.regex.Pattern.compile("[,;:|\u3001\uFF0C\uFF1B\uFF1A\u30FB\u2022\u00B7]");

    /** Whether the name stands in the text as an item of a list: between list punctuation or the text's ends. */
    private static boolean standsAsItem(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            String before = text.substring(0, at).stripTrailing();
            String after = text.substring(at + name.length()).stripLeading();
            boolean left = before.isEmpty() || ITEM_EDGE.matcher(before.substring(before.length() - 1)).matches();
            boolean right = after.isEmpty() || ITEM_EDGE.matcher(after.substring(0, 1)).matches()
                    || after.startsWith("\u307B\u304B") || after.startsWith("\u306A\u3069") || after.startsWith("\u4ED6"); // ほか, など, 他
            if (left && right) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph, heading or list item, its text normalised; a heading counts only when it is exactly the name. */
    private record Candidate(int number, String text, boolean mayContain) {
    }

    /**
     * The first not yet used item or paragraph printing exactly this name; else the first paragraph, at or after
     * {@code floor} (the paragraph of the name before it in its list), where it stands as an item of a list printed on
     * one line ("ピースボート、ヒューマンライツ・ナウ"); else the first containing it there, else anywhere. A name that a
     * letter's list in a paragraph prints again, or that a sentence before the list mentions, was placed at the first
     * paragraph holding its words: a coordinator's line, or the sentence, was cited as where it signed.
     */
    private static Signature place(Signature s, List<Candidate> candidates, List<Integer> used, int floor) {
        String wanted = TextMatch.normalize(s.asSigned());
        int exact = 0;
        int item = 0;
        int after = 0;
        int containing = 0;
        for (Candidate c : candidates) {
            int match = c.text().equals(wanted) ? 2 : c.mayContain() && c.text().contains(wanted) ? 1 : 0;
            if (match == 2 && exact == 0 && !used.contains(c.number())) {
                exact = c.number();
            } else if (match >= 1) {
                if (containing == 0) {
                    containing = c.number();
                }
                if (c.number() >= floor && after == 0) {
                    after = c.number();
                }
                if (c.number() >= floor && item == 0 && standsAsItem(c.text(), wanted)) {
                    item = c.number();
                }
            }
        }
        int paragraph = exact != 0 ? exact : item != 0 ? item : after != 0 ? after : containing;
        used.add(paragraph);
        return new Signature(s.asSigned(), s.organizationId(), s.role(), paragraph);
    }
}
