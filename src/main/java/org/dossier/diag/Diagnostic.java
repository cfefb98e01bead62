package org.dossier.diag;

import java.util.Objects;

/**
 * One problem found in the input, pointing at a place in a file.
 *
 * @param file      path relative to the repository root, with forward slashes
 * @param line      1-based line, or 0 when the problem concerns the whole file
 * @param column    1-based column, or 0 when the problem concerns the whole file
 * @param severity  error or warning
 * @param code      short stable name of the problem, e.g. {@code unknown-field}
 * @param message   what is wrong
 * @param hint      what to do about it (may be empty)
 * @param excerpt   the source line the problem is on (may be empty)
 */
public record Diagnostic(String file, int line, int column, Severity severity, String code,
                         String message, String hint, String excerpt) implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(file);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
        excerpt = excerpt == null ? "" : excerpt;
    }

    public static Diagnostic error(SourceText source, int line, int column, String code, String message, String hint) {
        return new Diagnostic(source.path(), line, column, Severity.ERROR, code, message, hint, source.line(line));
    }

    public static Diagnostic warning(SourceText source, int line, int column, String code, String message, String hint) {
        return new Diagnostic(source.path(), line, column, Severity.WARNING, code, message, hint, source.line(line));
    }

    /** A problem with a file as a whole (it is missing, unreadable, empty). */
    public static Diagnostic fileError(String file, String code, String message, String hint) {
        return new Diagnostic(file, 1, 1, Severity.ERROR, code, message, hint, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line only: {@code file:line:column: severity [code] message}. */
    public String headline() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " [" + code + "] " + message;
    }

    /**
     * The full text users see: the headline, the source line with a caret under the column, then the hint.
     */
    public String format() {
        StringBuilder out = new StringBuilder(headline()).append('\n');
        if (!excerpt.isEmpty()) {
            String number = String.valueOf(line);
            String gutter = " ".repeat(number.length());
            String shown = excerpt.replace('\t', ' ');
            out.append("  ").append(number).append(" | ").append(shown).append('\n');
            int caret = Math.max(0, Math.min(column - 1, shown.length()));
            out.append("  ").append(gutter).append(" | ").append(" ".repeat(caret)).append("^\n");
        }
        if (!hint.isEmpty()) {
            out.append("  hint: ").append(hint).append('\n');
        }
        return out.toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        int c = file.compareTo(other.file);
        if (c != 0) return c;
        c = Integer.compare(line, other.line);
        if (c != 0) return c;
        c = Integer.compare(column, other.column);
        if (c != 0) return c;
        c = code.compareTo(other.code);
        return c != 0 ? c : message.compareTo(other.message);
    }
}
