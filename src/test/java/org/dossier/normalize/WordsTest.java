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
}
