package org.dossier.normalize;

import java.util.regex.Pattern;

/**
 * How quoted words are compared with a source: typographic quotes count as straight ones and any run of
 * white space as one space, so that a name copied from a PDF or a web page still matches.
 */
public final class TextMatch {
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u3000]+");

    private TextMatch() {
    }

    /** Maps each typographic quote to its straight form, one character for one, so offsets are kept. */
    public static String foldQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Quotes folded, white space collapsed to single spaces and trimmed. */
    public static String normalize(String text) {
        return SPACES.matcher(foldQuotes(text)).replaceAll(" ").strip();
    }

    /** Whether {@code needle} occurs in {@code haystack}, both normalised. */
    public static boolean occursIn(String needle, String haystack) {
        return normalize(haystack).contains(normalize(needle));
    }
}
