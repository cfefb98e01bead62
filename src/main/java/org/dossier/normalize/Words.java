package org.dossier.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a text, for proving that normalisation loses, adds and reorders none. A word is a run of letters,
 * digits and marks (the regex class {@code [\p{L}\p{N}\p{M}]+}); HTML tags carried as text are markup, not words, and
 * are left out, and a source's HTML entities are read as the characters the reading text shows ({@link #readable}).
 */
public final class Words {

    private Words() {
    }

    /** The words of a seed, markup left out and HTML entities read ({@link #readable}). */
    public static List<String> ofSource(String text) {
        return of(readable(text));
    }

    /**
     * A seed's text as its reading text shows it: tags taken out, then HTML entities read as their characters
     * ({@link Entities}), as the reading text reads them ("d&amp;#39;Ivoire" is the words "d" and "Ivoire", not "39"). A
     * tag that entities print ("&amp;lt;u&amp;gt;") is then taken out too, as it is out of the reading text when the two
     * are compared ({@code withoutTags} on both), so that either way the same words are compared.
     */
    public static String readable(String text) {
        String stripped = withoutTags(text);
        String read = Entities.decode(stripped);
        return read.equals(stripped) ? stripped : withoutTags(read);
    }

    /** A seed's text with its HTML tags taken out: the text whose words {@link #ofSource} lists. */
    public static String withoutTags(String text) {
        return HtmlTags.remove(text);
    }

    /** The words of plain text. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while ((start = nextStart(text, start)) >= 0) {
            int end = endOf(text, start);
            words.add(text.substring(start, end));
            start = end;
        }
        return words;
    }

    /** The index of the first word where the two lists differ, or -1 when they are equal. */
    public static int firstDifference(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return i;
            }
        }
        return expected.size() == actual.size() ? -1 : n;
    }

    /**
     * The index of the first word where the words of two plain texts differ, or -1 when they are the same words:
     * {@code firstDifference(of(expected), of(actual))}, without making the lists, since every document's text is
     * compared with its source on every build.
     */
    public static int firstDifference(String expected, String actual) {
        int a = 0;
        int b = 0;
        for (int index = 0; ; index++) {
            a = nextStart(expected, a);
            b = nextStart(actual, b);
            if (a < 0 || b < 0) {
                return a < 0 && b < 0 ? -1 : index;
            }
            int aEnd = endOf(expected, a);
            int bEnd = endOf(actual, b);
            if (aEnd - a != bEnd - b || !expected.regionMatches(a, actual, b, aEnd - a)) {
                return index;
            }
            a = aEnd;
            b = bEnd;
        }
    }

    /** Where the next word starts at or after {@code from}, or -1. */
    private static int nextStart(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; ) {
            int c = text.codePointAt(i);
            if (isWordCharacter(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The end of the word that starts at {@code start}. */
    private static int endOf(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordCharacter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** A letter, digit or mark: {@code [\p{L}\p{N}\p{M}]}. */
    static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }
}
