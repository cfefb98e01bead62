package org.dossier.normalize;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMatchTest {
    /** The definition {@link TextMatch#normalize} implements in one pass. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u3000]+");

    private static String byDefinition(String text) {
        return SPACES.matcher(TextMatch.foldQuotes(text)).replaceAll(" ").strip();
    }

    @Test
    void foldsQuotesAndCollapsesWhiteSpace() {
        assertEquals("Center for \"Prisoners' Rights\"", TextMatch.normalize("  Center\u00A0for\n\t\u201CPrisoners\u2019 Rights\u201D \u3000"));
        assertEquals("a b", TextMatch.normalize("a  b"));
        assertEquals("a b", TextMatch.normalize("a\r\nb"));
        assertEquals("", TextMatch.normalize(" \u2007\u202F "));
        assertEquals("plain", TextMatch.normalize("plain"));
        assertEquals("it's", TextMatch.foldQuotes("it\u2019s"));
    }

    @Test
    void equalsTheRegexDefinitionOnAnyText() {
        char[] alphabet = {'a', 'Z', '1', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2007', '\u202F', '\u3000',
                '\u2002', '\u2028', '\u001C', '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u201C', '\u201D', '\u201E',
                '\u201F', '\u2033', '"', '\'', '\u00E9', '\u65E5'};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(byDefinition(text.toString()), TextMatch.normalize(text.toString()), () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void occursInComparesNormalisedTexts() {
        assertTrue(TextMatch.occursIn("Prisoners\u2019  Rights", "the \"Prisoners'\nRights\" group"));
        assertFalse(TextMatch.occursIn("Prisoners Rights", "Prisoners' Rights"));
    }
}
