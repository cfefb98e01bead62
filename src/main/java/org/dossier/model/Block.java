package org.dossier.model;

import java.util.List;

/** A unit of a document's reading text. Every block and list item carries its paragraph number (#p-N). */
public sealed interface Block {
    /** "heading", "paragraph" or "list", for templates. */
    String type();

    /** A heading; {@code level} is relative: 1 is the document's most prominent heading. */
    record Heading(int number, int level, String text) implements Block {
        @Override
        public String type() {
            return "heading";
        }
    }

    /** A paragraph; more than one line when the source breaks lines on purpose (an address). */
    record Paragraph(int number, List<String> lines) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }

        @Override
        public String type() {
            return "paragraph";
        }

        public String text() {
            return String.join(" ", lines);
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

    record Item(int number, String text) {
    }
}
