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
}
