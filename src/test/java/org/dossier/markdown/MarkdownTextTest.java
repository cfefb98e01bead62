package org.dossier.markdown;

import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;
import org.dossier.model.Block;
import org.dossier.model.ReadingText;
import org.dossier.model.Segment;
import org.dossier.normalize.Words;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTextTest {
    private static MarkdownText.Read read(String body, Diagnostics diagnostics) {
        return new MarkdownText().read(SourceText.of("content/documents/x.md", "---\ntitle: X\n---\n" + body), body, 4,
                "documents/x/", diagnostics);
    }

    private static String words(ReadingText text) {
        return String.join(" ", Words.ofSource(String.join(" ", text.texts())));
    }

    @Test
    void everyWordOfTheSourceIsInTheReadingTextInOrder() {
        String body = """
                # Title with *emphasis*

                A paragraph with **strong**, `code`, an [inline link](../y/ "title"), a [reference][r], an
                autolink <https://example.org/a-b> and an entity &amp; an escaped \\*star\\*.

                > Quoted *words*
                > on two lines.

                1. First
                2. Second
                   - nested item

                <div class="note">Raw <b>HTML</b> block</div>

                    indented code

                ```
                fenced code
                ```

                ---

                [r]: ../z/
                """;
        ReadingText text = read(body, new Diagnostics()).text();
        assertEquals(String.join(" ", MarkdownText.sourceWords(body)), words(text));
        assertEquals("Title with emphasis A paragraph with strong code an inline link a reference an autolink https example org a b "
                + "and an entity an escaped star Quoted words on two lines 1 First 2 Second nested item Raw HTML block "
                + "indented code fenced code", words(text));
    }

    @Test
    void blocksAreNumberedAndQuotesMarked() {
        ReadingText text = read("## Head\n\nOne.\n\n> Two.\n\n- a\n- b\n", new Diagnostics()).text();
        assertEquals(new Block.Heading(1, 1, "Head"), text.blocks().get(0));
        assertEquals(false, ((Block.Paragraph) text.blocks().get(1)).quoted());
        assertEquals(true, ((Block.Paragraph) text.blocks().get(2)).quoted());
        assertEquals(List.of(4, 5), ((Block.ListBlock) text.blocks().get(3)).items().stream().map(Block.Item::number).toList());
        assertEquals(5, text.paragraphCount());
    }

    @Test
    void linksAreResolvedFromTheDocumentsPageAndFoldersBecomeIndexFiles() {
        MarkdownText.Read read = read("See [a](../other/), [b](../other/#p-3), [c](#p-1), [d](https://example.org/).\n", new Diagnostics());
        List<Segment> line = ((Block.Paragraph) read.text().blocks().get(0)).linked().get(0);
        assertEquals(List.of("documents/other/index.html", "documents/other/index.html#p-3", "documents/x/index.html#p-1",
                "https://example.org/"), line.stream().filter(Segment::isLink).map(Segment::href).toList());
        assertEquals(List.of("../../documents/other/index.html", "../../documents/other/index.html#p-3", "../../documents/x/index.html#p-1"),
                read.links().stream().map(l -> l.href()).toList());
        assertEquals(4, read.links().get(0).line());
        assertEquals(5, read.links().get(0).column());
    }

    @Test
    void unsafeAndEscapingLinksAreErrorsAtTheirPlace() {
        Diagnostics diagnostics = new Diagnostics();
        read("Text.\n\n[x](javascript:alert(1)) [y](../../../etc/) [z](/abs/)\n", diagnostics);
        assertEquals(List.of(
                "content/documents/x.md:6:1 unsafe-link",
                "content/documents/x.md:6:26 link-outside-site",
                "content/documents/x.md:6:45 root-relative-link"),
                diagnostics.sorted().stream().map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code()).toList());
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void anAddressALinkCannotHoldIsAnErrorAtTheCharacterAndEscapesAreUndoneFirst() {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownText.Read read = read("Text.\n\n[x](https://example.org/a|b) <https://e.org/{y}> [z][r] [w](https://e.org/a\\_b%41)\n\n"
                + "[r]: https://e.org/a^b%zz\n", diagnostics);
        assertEquals(List.of(
                "content/documents/x.md:6:26 invalid-link link \"https://example.org/a|b\" is not a valid address: \"|\" (character 22)"
                        + " must be percent-encoded, as %7C / percent-encode it: https://example.org/a%7Cb",
                "content/documents/x.md:6:45 invalid-link link \"https://e.org/{y}\" is not a valid address: \"{\" (character 15)"
                        + " must be percent-encoded, as %7B / percent-encode it: https://e.org/%7By%7D",
                "content/documents/x.md:8:21 invalid-link link \"https://e.org/a^b%zz\" is not a valid address: \"^\" (character 16)"
                        + " must be percent-encoded, as %5E / percent-encode it: https://e.org/a%5Eb%25zz"),
                diagnostics.sorted().stream().map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code() + " "
                        + d.message() + " / " + d.hint()).toList());
        assertEquals(List.of("https://e.org/a_b%41"), ((Block.Paragraph) read.text().blocks().get(1)).linked().get(0).stream()
                .filter(Segment::isLink).map(Segment::href).toList());
    }

    @Test
    void aLinkWhoseAddressHoldsASpaceIsAnErrorNotTextWithAWordCheckFailure() {
        // found by the second review: the parser took it for text, and the word check failed with "write the markup more simply"
        Diagnostics diagnostics = new Diagnostics();
        String body = "See [the annex](<https://e.org/Annex 2.pdf>) now.\n";
        ReadingText text = read(body, diagnostics).text();
        assertEquals(List.of("content/documents/x.md:4:37 invalid-link link \"https://e.org/Annex 2.pdf\" is not a valid address: a space"
                        + " (character 20) must be percent-encoded, as %20 / percent-encode it: https://e.org/Annex%202.pdf"),
                diagnostics.sorted().stream().map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code() + " "
                        + d.message() + " / " + d.hint()).toList());
        assertEquals(String.join(" ", MarkdownText.sourceWords(body)), words(text));
    }

    @Test
    void aLinkAfterRawHtmlAtTheStartOfALineIsReadAsALink() {
        // CommonMark takes such a line as an HTML block, links and all: the reading text had the link's address
        // as words, and the build failed with words-changed at 1:1
        String body = """
                <div>hello</div> and [x](https://example.org/) more

                <!-- c --> visible [y](../y/)

                <script>go();</script> and [z](https://example.org/z)

                Some <!-- note --> and <b>bold</b> [w](#p-1).
                """;
        Diagnostics diagnostics = new Diagnostics();
        ReadingText text = read(body, diagnostics).text();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(String.join(" ", MarkdownText.sourceWords(body)), words(text));
        assertEquals(List.of(
                        List.of(Segment.plain("hello and "), Segment.link("x", "https://example.org/", ""), Segment.plain(" more")),
                        List.of(Segment.plain("<!-- c --> visible "), Segment.link("y", "documents/y/index.html", "")),
                        List.of(Segment.plain("go(); and "), Segment.link("z", "https://example.org/z", "")),
                        List.of(Segment.plain("Some <!-- note --> and bold "), Segment.link("w", "documents/x/index.html#p-1", ""),
                                Segment.plain("."))),
                text.blocks().stream().map(b -> ((Block.Paragraph) b).linked().get(0)).toList());
    }

    @Test
    void wordsBetweenAngleBracketsThatAreNoTagAreKept() {
        // CommonMark reads <Provisional translation> as a tag with an attribute: dropped as one, its words were lost
        String body = "<Provisional translation> Contact <b>us</b>, see <Annex 2> and x<y and y>z.\n";
        Diagnostics diagnostics = new Diagnostics();
        ReadingText text = read(body, diagnostics).text();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("<Provisional translation> Contact us, see <Annex 2> and x<y and y>z."), text.texts());
        assertEquals(String.join(" ", MarkdownText.sourceWords(body)), words(text));
        assertEquals(List.of("Provisional", "translation", "Contact", "us", "see", "Annex", "2", "and", "x", "y", "and", "y", "z"),
                MarkdownText.sourceWords(body));
    }

    @Test
    void bracketsNoDefinitionMakesALinkAreShownAsWritten() {
        // found by review: "[sic]", an editor's "[is]" and a note's "[1]" lost their brackets, so the page gave the
        // editor's insertion as the author's words; CommonMark shows brackets without a definition as text
        String body = "He said [sic] the Court [is] independent [1], [*a*][x], [b][] and ![c], not [d][r].\n\n"
                + "[Provisional translation]\n\n[r]: ../r/\n";
        Diagnostics diagnostics = new Diagnostics();
        ReadingText text = read(body, diagnostics).text();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("He said [sic] the Court [is] independent [1], [a][x], [b][] and ![c], not d.", "[Provisional translation]"),
                text.texts());
        List<Segment> line = ((Block.Paragraph) text.blocks().get(0)).linked().get(0);
        assertEquals(List.of("d"), line.stream().filter(Segment::isLink).map(Segment::text).toList());
        assertEquals(List.of("a"), line.stream().filter(s -> s.style().equals("em")).map(Segment::text).toList());
        assertEquals(-1, Words.firstDifference(MarkdownText.sourceWords(body), Words.of(MarkdownText.comparable(String.join(" ", text.texts())))));
    }

    @Test
    void aFootnoteWrittenAsADefinitionIsTextNotAWordsChangedError() {
        // found by review: "[^1]: A footnote." is no reference definition to CommonMark (no title follows its
        // "destination"), so the page showed it, but the word check took it out as one and refused the document
        String body = "The Court is independent.[^1]\n\n[^1]: A footnote, with its words.\n\n[r]: ../r/ \"Title\"\n\n"
                + "[s]:\n  <../s/> 'Title'\n\nSee [r] and [s].\n";
        Diagnostics diagnostics = new Diagnostics();
        ReadingText text = read(body, diagnostics).text();
        assertEquals(List.of("The Court is independent.[^1]", "[^1]: A footnote, with its words.", "See r and s."), text.texts());
        assertEquals(-1, Words.firstDifference(MarkdownText.sourceWords(body), Words.of(MarkdownText.comparable(String.join(" ", text.texts())))));
        assertEquals(List.of("The", "Court", "is", "independent", "1", "1", "A", "footnote", "with", "its", "words", "See", "r", "and", "s"),
                MarkdownText.sourceWords(body));
    }

    @Test
    void aDefinitionWhoseTitleStartsTheNextLineIsNoWordsChangedError() {
        // a title on the line after the destination is CommonMark's too, and the page did not show it, but the word
        // check kept it as words of the text and refused the document with words-changed, "a bug in the generator";
        // a line after the destination that is no title alone is a paragraph, shown as written
        String body = "See [the Statute][s] and [r].\n\n[s]:\n  https://example.org/s\n  \"The Rome Statute\"\n\n"
                + "[r]: https://example.org/r\n\"A quote\" that goes on.\n";
        Diagnostics diagnostics = new Diagnostics();
        ReadingText text = read(body, diagnostics).text();
        assertEquals(List.of("See the Statute and r.", "\"A quote\" that goes on."), text.texts());
        assertEquals(List.of("See", "the", "Statute", "and", "r", "A", "quote", "that", "goes", "on"), MarkdownText.sourceWords(body));
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void tagsTakenOutAreCountedInTheEditorialNotesAsASeedsAre() {
        // found by review: a Markdown document's raw HTML was dropped with no note, <del> marks included
        ReadingText text = read("<div class=\"note\">Japan <del>will</del> has not joined.</div>\n\nPlain <b>bold</b>.\n", new Diagnostics()).text();
        assertEquals(List.of("Japan will has not joined.", "Plain bold."), text.texts());
        assertEquals(List.of("Removed 6 HTML tags that the source carries as text (<b> 2 times, <del> 2 times, <div> 2 times, counting"
                + " opening and closing tags); the words they enclosed are kept. Text the source marks as struck through or inserted"
                + " (<del>, <s>, <strike>, <ins>) is shown as plain text: the verbatim file shows which words those are."), text.notes());
        assertEquals(List.of(), read("No tags.\n", new Diagnostics()).text().notes());
    }

    @Test
    void aTagThatPartsTwoWordsInRawHtmlLeavesASpaceAsInTheSourcesWords() {
        // found by a contributor: "<details><summary>Method</summary>Figures are rounded.</details>" read "MethodFigures"
        String body = "<details><summary>Method</summary>Figures are <b>rounded</b>.</details>\n\nA<br><i>b</i> c\n";
        ReadingText text = read(body, new Diagnostics()).text();
        assertEquals(List.of("Method Figures are rounded.", "A b c"), text.texts());
        assertEquals(String.join(" ", MarkdownText.sourceWords(body)), words(text));
        assertEquals(List.of("Method", "Figures", "are", "rounded", "A", "b", "c"), MarkdownText.sourceWords(body));
    }

    @Test
    void anImageAndALinksTitleTheTextShowsAreSaidInTheNotes() {
        // found by a contributor: "![Chart of contributions, 2008–2024](chart.png)" was shown as a paragraph of the
        // author's words with no note that an image stood there, and a link's title ("ICC press release") was lost
        String body = "![Chart of contributions, 2008–2024](chart.png)\n\nSee the [press release](https://www.icc-cpi.int/news \"ICC press release\").\n\n"
                + "![](logo.png)\n";
        ReadingText text = read(body, new Diagnostics()).text();
        assertEquals(List.of("Chart of contributions, 2008–2024", "See the press release."), text.texts());
        assertEquals(List.of("2 images the text shows are not reproduced: the page gives each one's description, as text, where the"
                        + " text shows it, and the file it names: “Chart of contributions, 2008–2024” (chart.png); an image with no"
                        + " description (logo.png). An image with no description leaves nothing in the text.",
                "A title that the text gives a link or an image, which a browser shows only as a tooltip, is not shown in the text"
                        + " below: “ICC press release” (on “press release”)."), text.notes());
    }

    @Test
    void anUnsafeLinkAfterRawHtmlIsAnErrorAtItsPlace() {
        Diagnostics diagnostics = new Diagnostics();
        read("<div>hello</div> and [x](javascript:alert(1)) more\n\n<!-- c --> [y](javascript:y)\n\n"
                + "<script>go();</script> [z](javascript:z)\n", diagnostics);
        assertEquals(List.of(
                        "content/documents/x.md:4:22 unsafe-link",
                        "content/documents/x.md:6:12 unsafe-link",
                        "content/documents/x.md:8:24 unsafe-link"),
                diagnostics.sorted().stream().map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code()).toList());
    }

    @Test
    void theWordCheckJoinsWhatMarkupJoinsAndStillSeesEveryLetter() {
        assertEquals(List.of("The", "PDFs", "codes", "unxy"), MarkdownText.sourceWords("The [PDF](../r/)s, `code`s, un*x*y."));
        assertEquals(List.of("snakecase", "a", "b"), MarkdownText.sourceWords("snake_case a [b]"));
        // a letter lost is still a word changed
        assertEquals(1, Words.firstDifference(MarkdownText.sourceWords("The [PDF](../r/)s"), Words.of(MarkdownText.comparable("The PDF"))));
    }

    @Test
    void aChangedWordIsReportedWhereTheReadingsPart() {
        // a line that looks like a reference definition but continues a paragraph: its words are added
        assertEquals("""
                content/documents/x.md:7:1: error [words-changed] message
                  7 | [r]: ../r/
                    | ^
                  hint: write the markup here more simply (a line that looks like a link reference definition, such as [r]: ../r/, inside a paragraph is one); if it is plain Markdown, please report it with the file attached
                """, changedWords("First paragraph.\n\nA paragraph\n[r]: ../r/\n\nNext.\n"));
        // "<a " opens no tag: the reading text shows it, and "</b>" is dropped from both, so no word is lost
        String unfinished = "First paragraph.\n\nwith x <a </b> href=\"r\"> y.\n";
        assertEquals(-1, Words.firstDifference(MarkdownText.sourceWords(unfinished),
                Words.of(MarkdownText.comparable(String.join(" ", read(unfinished, new Diagnostics()).text().texts())))));
    }

    /** The words-changed error for a body, at the first word its reading text changes. */
    private static String changedWords(String body) {
        ReadingText text = read(body, new Diagnostics()).text();
        int diff = Words.firstDifference(MarkdownText.sourceWords(body),
                Words.of(MarkdownText.comparable(String.join(" ", text.texts()))));
        return MarkdownText.changedWords(SourceText.of("content/documents/x.md", "---\ntitle: X\n---\n" + body), body, 4,
                diff, "message").format();
    }
}
