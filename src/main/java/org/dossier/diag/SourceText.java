package org.dossier.diag;

import java.util.List;

/** The text of an input file, kept so that diagnostics can quote the line they point at. */
public record SourceText(String path, String text, List<String> lines) {

    public SourceText {
        lines = List.copyOf(lines);
    }

    public static SourceText of(String path, String text) {
        return new SourceText(path, text, List.of(text.split("\r\n|\r|\n", -1)));
    }

    /** The given 1-based line without its line break, or "" when out of range. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
