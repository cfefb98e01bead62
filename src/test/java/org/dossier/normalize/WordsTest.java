package org.dossier.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {
    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertEquals(List.of("ICC", "s", "5", "800", "trainees", "Viet", "Nam"), Words.of("ICC\u2019s 5,800 trainees \u2014 Viet Nam."));
    }

    @Test
    void htmlTagsInASourceAreNotWords() {
        assertEquals(List.of("an", "executive", "order"), Words.ofSource("an <u>executive order</u>"));
    }

    @Test
    void firstDifferenceFindsTheFirstChangedWord() {
        assertEquals(-1, Words.firstDifference(List.of("a", "b"), List.of("a", "b")));
        assertEquals(1, Words.firstDifference(List.of("a", "b"), List.of("a", "c")));
        assertEquals(2, Words.firstDifference(List.of("a", "b"), List.of("a", "b", "c")));
    }

    @Test
    void wordsAreWhatTheRegexClassFinds() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
        String[] pieces = {"a", "Z", "9", " ", "-", "\u2019", "\u00E9", "e\u0301", "\u65E5\u672C", "\u2167", "\u00BD", "\u0663",
                "\uD835\uDC00", "\uD83D\uDE00", "\u20DD", "_", "\u00A0", "\uD800"};
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            java.util.List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = word.matcher(text);
            while (m.find()) {
                expected.add(m.group());
            }
            assertEquals(expected, Words.of(text.toString()), text::toString);
        }
    }

    @Test
    void firstDifferenceOfTwoTextsIsThatOfTheirWordLists() {
        String[] texts = {"", "a b", "a  b.", "a c", "a b c", "(a) b", "a", "b a", "ab", "\u00E9t\u00E9 a", "\u00E9t\u00E9, a"};
        for (String x : texts) {
            for (String y : texts) {
                assertEquals(Words.firstDifference(Words.of(x), Words.of(y)), Words.firstDifference(x, y), () -> x + " | " + y);
            }
        }
    }

    @Test
    void aSeedsWordsAreReadWithItsEntitiesAsTheirCharacters() {
        // "d&#39;Ivoire" is "d" and "Ivoire" to a reader, not "d", "39", "Ivoire"; "&lt;u&gt;" prints a tag, left out as
        // the reading text's own tags are when the two are compared
        assertEquals(List.of("Côte", "d", "Ivoire", "x", "AT", "T", "foo"), Words.ofSource("C&ocirc;te d&#39;Ivoire &lt;u&gt;x&lt;/u&gt; AT&T &foo;"));
        assertEquals("Smith & Co", Words.readable("Smith &amp; <b>Co</b>"));
    }
}
