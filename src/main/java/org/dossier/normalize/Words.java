package org.dossier.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text, for proving that normalisation loses, adds and reorders none. A word is a run of letters,
 * digits and marks; HTML tags carried as text are markup, not words, and are left out.
 */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*\\b[^<>]*>");

    private Words() {
    }

    /** The words of a seed, markup left out. */
    public static List<String> ofSource(String text) {
        return of(HTML_TAG.matcher(text).replaceAll(""));
    }

    /** The words of plain text. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
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
}
