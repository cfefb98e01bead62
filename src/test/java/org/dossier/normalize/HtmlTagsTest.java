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
    void aOneLetterTagIsOneWhenItsTextClosesIt() {
        // found by review: <A>, <B>, <i>, <S> and <Q> marking a source's own items were taken out, and their letters lost
        assertEquals("Bold and underlined across lines", HtmlTags.remove("<B>Bold</B> and <u>underlined",
                HtmlTags.closedOneLetter("<B>Bold</B> and <u>underlined\nacross</u> lines"), n -> { }) + " across lines");
        assertEquals(java.util.Set.of("b", "u"), HtmlTags.closedOneLetter("<B>Bold</B> <u>x</u> <i> <Q> and </s>"));
        assertEquals("a link", HtmlTags.remove("<a href=\"x.html\">a link</a>"));
        assertEquals("an open paragraph", HtmlTags.remove("<p>an open paragraph"));
    }

    @Test
    void wordsBetweenAngleBracketsAreKeptWhenTheyAreNoTag() {
        for (String text : List.of("<Annex 2>", "<English version>", "<press@hrn.example>", "x<y and y>z", "<Summary>",
                "</Summary>", "<Provisional translation>", "<a and b>", "<p class>", "</b x>", "<o:p>", "<b", "a < b > c",
                "<section 2>", "<ul type=>", "Plan <B> of the annex", "Options <i> and <ii>", "<A> Cooperation", "See <Q> and <a> below",
                "<S> Summary: the text")) {
            assertEquals(text, HtmlTags.remove(text), text);
        }
    }
}
