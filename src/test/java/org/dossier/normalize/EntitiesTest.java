package org.dossier.normalize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntitiesTest {
    @Test
    void namedAndNumberedEntitiesAreReadAsTheirCharacters() {
        assertEquals("Côte d'Ivoire & Ghana \u00A0 2023\u20132024 – €",
                Entities.decode("C&ocirc;te d&#39;Ivoire &amp; Ghana &nbsp; 2023&#x2013;2024 &ndash; &#128;"));
    }

    @Test
    void aLiteralAmpersandAndWhatIsNoEntityAreLeftAsPrinted() {
        // "&not" of "&notit;" is an entity without its semicolon, which jsoup reads in "&notit;" as "¬it;": it is none
        for (String text : List.of("Smith & Co", "AT&T", "R&D;", "&foo;", "&notit;", "&copy 2024", "&#;", "&#0;", "&#10;",
                "&#xD800;", "&#x110000;", "&#1;", "a & b;")) {
            assertEquals(text, Entities.decode(text), text);
        }
    }

    @Test
    void eachEntityReadIsToldAsPrintedAndAsItsCharacter() {
        List<String> told = new ArrayList<>();
        Entities.decode("C&ocirc;te &amp; &foo; &AMP;", (printed, shown) -> told.add(printed + "=" + shown));
        assertEquals(List.of("&ocirc;=ô", "&amp;=&", "&AMP;=&"), told);
    }
}
