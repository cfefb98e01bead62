package org.dossier.normalize;

/**
 * How quoted words are compared with a source: typographic quotes count as straight ones and any run of
 * white space as one space, so that a name copied from a PDF or a web page still matches.
 */
public final class TextMatch {
    private TextMatch() {
    }

    /** Maps each typographic quote to its straight form, one character for one, so offsets are kept. */
    public static String foldQuotes(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Quotes folded, white space collapsed to single spaces and trimmed: each run of white space (Java's
     * regex class \s, and the no-break, figure, narrow no-break and ideographic spaces) replaced by one space in
     * {@link #foldQuotes}'s result, then stripped. One pass, since every name and every text of the dossier goes
     * through it.
     */
    public static String normalize(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            boolean space = isSpace(c);
            if (out == null && (folded != c || (space && (c != ' ' || inSpace)))) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (space) {
                if (!inSpace && out != null) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                if (out != null) {
                    out.append(folded);
                }
                inSpace = false;
            }
        }
        return (out == null ? text : out.toString()).strip();
    }

    /** One white-space character of that class: Java's \s, no-break and figure spaces, and the ideographic space. */
    private static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F', '\u3000' -> true;
            default -> false;
        };
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }

    /** Whether {@code needle} occurs in {@code haystack}, both normalised. */
    public static boolean occursIn(String needle, String haystack) {
        return normalize(haystack).contains(normalize(needle));
    }
}
