package org.dossier.model;

import java.util.List;

/** A unit of a document's reading text. Every block and list item carries its paragraph number (#p-N). */
public sealed interface Block {
    /** "heading", "paragraph" or "list", for templates. */
    String type();

    /** A heading; {@code level} is relative: 1 is the document's most prominent heading. Headings hold no links. */
    record Heading(int number, int level, String text) implements Block {
        @Override
        public String type() {
            return "heading";
        }

        /** See {@link TextLanguage#of}. */
        public String lang() {
            return TextLanguage.of(text);
        }
    }

    /**
     * A paragraph; more than one line when the source breaks lines on purpose (an address).
     * {@code linked} holds each line as segments, some of them links to the entities they mention;
     * {@code quoted} when the source sets it apart as a quotation (a Markdown blockquote).
     */
    record Paragraph(int number, List<String> lines, List<List<Segment>> linked, boolean quoted) implements Block {
        public Paragraph {
            linked = linked.stream().map(List::copyOf).toList();
            lines = JoinedLines.sameAs(lines, linked) ? new JoinedLines(linked) : List.copyOf(lines);
        }

        public Paragraph(int number, List<String> lines, List<List<Segment>> linked) {
            this(number, lines, linked, false);
        }

        /** A paragraph without links. */
        public Paragraph(int number, List<String> lines) {
            this(number, lines, lines.stream().map(l -> List.of(Segment.plain(l))).toList());
        }

        @Override
        public String type() {
            return "paragraph";
        }

        public String text() {
            return String.join(" ", lines);
        }

        /** See {@link TextLanguage#of}. */
        public String lang() {
            return TextLanguage.of(text());
        }
    }

    record ListBlock(List<Item> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        @Override
        public String type() {
            return "list";
        }
    }

    /** A list item, with its text as segments like a paragraph line. */
    record Item(int number, String text, List<Segment> linked) {
        public Item {
            linked = List.copyOf(linked);
        }

        public Item(int number, String text) {
            this(number, text, List.of(Segment.plain(text)));
        }

        /** See {@link TextLanguage#of}. */
        public String lang() {
            return TextLanguage.of(text);
        }
    }
}
