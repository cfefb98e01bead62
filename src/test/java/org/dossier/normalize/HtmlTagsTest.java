package org.dossier.normalize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTagsTest {
    @Test
    void tagsOfHtmlElementsAreTakenOutAndNamed() {
        List<String> names = new ArrayList<>();
        assertEquals("A bold, underlined line, break and link.", HtmlTags.remove(
                "A <b>bold</b>, <U>underlined</U> line,<br/> break<BR> and <a href=\"https://e.org/?a=1&b=2\" target=_blank>link</a>.",
                names::add));
        assertEquals(List.of("b", "b", "u", "u", "br", "br", "a", "a"), names);
        assertEquals("cell, rule, image", HtmlTags.remove("<td nowrap align = 'left'>cell</td>, <hr noshade />rule, <img src=x alt=\"a > b\">image"));
    }

    @Test
    void wordsBetweenAngleBracketsAreKeptWhenTheyAreNoTag() {
        for (String text : List.of("<Annex 2>", "<English version>", "<press@hrn.example>", "x<y and y>z", "<Summary>",
                "</Summary>", "<Provisional translation>", "<a and b>", "<p class>", "</b x>", "<o:p>", "<b", "a < b > c",
                "<section 2>", "<ul type=>")) {
            assertEquals(text, HtmlTags.remove(text), text);
        }
    }
}
