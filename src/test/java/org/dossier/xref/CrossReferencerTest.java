package org.dossier.xref;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CrossReferencerTest {
    @Test
    void excerptsCutAtWordsAndMarkWhatIsLeftOut() {
        String text = "a".repeat(100) + " one two three MENTION four five six " + "b".repeat(100);
        int at = text.indexOf("MENTION");
        String excerpt = CrossReferencer.excerpt(text, at, at + "MENTION".length());
        assertEquals("…one two three MENTION four five six…", excerpt);
    }

    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("Human Rights Now", CrossReferencer.excerpt("Human Rights Now", 0, 16));
    }
}
