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
        // an opening tag wrapped after its name, as an e-mail's HTML wraps it, is one all the same
        assertEquals("a link", HtmlTags.remove("<a\nhref=\"x.html\">a link</a>"));
        assertEquals("<p><a>\nHuman Rights Watch</a>", HtmlTags.tagsOnOneLine("<p><a\nhref=\"x.html\">Human Rights Watch</a>", java.util.Set.of("a")));
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

    @Test
    void aTagThatPartsTwoWordsLeavesASpaceSoThatTheyAreNotReadAsOne() {
        // found by a contributor: "Human Rights Now<br>Human Rights Watch" and "<td>Peace Boat</td><td>(Japan)</td>"
        // read "NowHuman" and "Boat(Japan)", words the source does not print, and the word check, reading the source
        // the same way, passed them
        List<String> names = new ArrayList<>();
        assertEquals("Signed: Human Rights Now Human Rights Watch", HtmlTags.remove("Signed:<br>Human Rights Now<br/>Human Rights Watch", names::add));
        assertEquals(List.of("br", HtmlTags.PARTED, "br", HtmlTags.PARTED), names);
        assertEquals("Peace Boat (Japan)", HtmlTags.remove("<tr><td>Peace Boat</td><td>(Japan)</td></tr>"));
        assertEquals("first item second item", HtmlTags.remove("<li>first item</li><li>second item</li>"));
        assertEquals("Peace Boat\t(Japan)", HtmlTags.remove("<td>Peace Boat</td><td>(Japan)</td>", java.util.Set.of(), n -> { }, '\t'));
        // a tag inside a word, or beside a space, leaves nothing
        assertEquals("Japan and <Annex 2>", HtmlTags.remove("<b>Ja</b>pan <br>and <p><Annex 2></p>"));
        assertEquals(java.util.Optional.of("Removed 4 HTML tags that the source carries as text (<br> 2 times, <p> 2 times,"
                        + " counting opening and closing tags); the words they enclosed are kept. In 3 places a tag that starts a"
                        + " line, a block or a table's cell (<br>, <p>, <li>, <td>…) stood between two words with no space; a"
                        + " space parts them there, as a browser does, so that they are not read as one word."),
                HtmlTags.removalNote(java.util.Map.of("br", 2, "p", 2, HtmlTags.PARTED, 3)));
    }
}
