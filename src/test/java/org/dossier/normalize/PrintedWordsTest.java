package org.dossier.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintedWordsTest {
    @Test
    void aNameASoftHyphenBreaksAtALinesEndIsPrintedWhole() {
        // "Kami\u00AD" / "kawa": the reading text shows "Kamikawa", but the soft hyphen was taken out and the line break
        // left, so "Kamikawa" was not printed
        PrintedWords printed = PrintedWords.in("Dear Foreign Minister Yoko Kami\u00AD\nkawa, and Ms. Naka\u00ADgawa,");
        assertEquals(List.of(), printed.missing("Yoko Kamikawa"));
        assertEquals(List.of(), printed.missing("Nakagawa"));
    }

    @Test
    void entitiesAreReadAsTheReadingTextReadsThem() {
        PrintedWords printed = PrintedWords.in("Ambassador of C&ocirc;te d&#39;Ivoire, for Smith & Co");
        assertEquals(List.of(), printed.missing("Côte d'Ivoire, Smith & Co"));
        assertEquals(List.of("ocirc"), printed.missing("ocirc"), "an entity's name is no word the source prints");
    }
}
