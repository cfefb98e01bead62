package org.dossier.build;

import org.dossier.diag.BuildFailure;
import org.dossier.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Documents written as Markdown with YAML front matter, as the benchmark corpus and Hugo or Jekyll users write them. */
class MarkdownDocumentTest {
    static final String SPEECH = """
            ---
            title: "Remarks at the Side Event"
            date: 2024-06-11
            kind: speech
            speaker: "Hana Tanaka, Legal Adviser"
            venue: "Side event, Vienna"
            topics:
              - "Cooperation"
            source_url: "https://dossier.example.org/archive/2024/remarks"
            ---
            ## Background

            Japan *supports* the **Court** and its `cooperation` work. See also [the letter](../letter-md/).

            > The Court is a court of last resort.

            - Repeal the provisions
            - Report back publicly

            1. First step
            2. Second step
            """;

    static final String LETTER = """
            ---
            title: "Joint letter to the Prime Minister"
            date: 2024-05-30
            kind: joint-letter
            author: "Rights Watch"
            venue: "Open letter"
            topics:
              - cooperation
            signatories:
              - "Rights Watch"
              - "Rights Now"
            ---
            We, the undersigned organisations, write to you. See [the remarks](../speech/#p-2).
            """;

    @TempDir
    Path dir;

    private FixtureSite site() {
        return FixtureSite.withLetter(dir)
                .write("content/topics.yaml", FixtureSite.GOOD_TOPICS.replace("aliases: []", "aliases: [cooperation]"))
                .write("content/documents/speech.md", SPEECH)
                .write("content/documents/letter-md.md", LETTER);
    }

    private static Document page(FixtureSite site, String path) throws IOException {
        return Jsoup.parse(site.out().resolve(path).toFile(), "UTF-8");
    }

    private static String failure(FixtureSite site) {
        return assertThrows(BuildFailure.class, site::build).report();
    }

    @Test
    void aMarkdownDocumentKeepsItsHeadingsEmphasisQuotesListsAndLinks() throws IOException {
        FixtureSite site = site();
        site.build();
        Document doc = page(site, "documents/speech/index.html");
        assertEquals("Remarks at the Side Event", doc.selectFirst("h1").text());
        assertEquals("Speech", doc.selectFirst(".kicker").text());
        assertEquals("1 Background", doc.selectFirst("#p-1").text());
        assertEquals("<em>supports</em>", doc.selectFirst("#p-2 em").outerHtml());
        assertEquals("<strong>Court</strong>", doc.selectFirst("#p-2 strong").outerHtml());
        assertEquals("<code>cooperation</code>", doc.selectFirst("#p-2 code").outerHtml());
        assertEquals("../../documents/letter-md/index.html", doc.selectFirst("#p-2 a[href*=letter-md]").attr("href"));
        assertEquals("blockquote", doc.selectFirst("#p-3").tagName());
        assertEquals("3 The Court is a court of last resort.", doc.selectFirst("#p-3").text());
        assertEquals("5 Report back publicly", doc.selectFirst("#p-5").ownText().isEmpty() ? "" : doc.selectFirst("#p-5 .pnum").text()
                + " " + doc.selectFirst("#p-5").ownText());
        assertEquals("6 1. First step", doc.selectFirst("#p-6 .pnum").text() + " " + doc.selectFirst("#p-6").ownText());
        assertEquals("https://dossier.example.org/archive/2024/remarks", doc.selectFirst("a[href^=https://dossier]").text());
        assertEquals(List.of("Speaker", "Hana Tanaka, Legal Adviser"),
                doc.select("dt:contains(Speaker), dt:contains(Speaker) + dd").eachText());
        assertEquals(List.of("Cooperation"), doc.select("dt:contains(Topics) + dd li").eachText());
    }

    @Test
    void theVerbatimCopyIsTheWholeFileByteForByte() throws IOException {
        FixtureSite site = site();
        site.build();
        assertArrayEquals(SPEECH.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(site.out().resolve("seeds/speech.md")));
        Document doc = page(site, "documents/speech/index.html");
        assertEquals("speech.md (Markdown with its front matter, UTF-8, exactly as received)",
                doc.selectFirst("dt:contains(Verbatim copy) + dd").text());
    }

    @Test
    void theProvenanceSaysWhomCitationsCreditAndThatTheDateIsNotQuotedWithoutContradictingTheMetadata() throws IOException {
        FixtureSite site = site();
        site.build();
        Document doc = page(site, "documents/speech/index.html");
        assertEquals("not stated", doc.selectFirst("dt:contains(Author) + dd").text());
        assertEquals("Hana Tanaka, Legal Adviser (the speaker: no author is stated)",
                doc.selectFirst("dt:contains(Credited in citations) + dd").text());
        assertEquals("not quoted in the metadata (the date is given above)", doc.selectFirst("dt:contains(Date as printed) + dd").text());
        Document letter = page(site, "documents/letter-md/index.html");
        assertEquals("Rights Watch", letter.selectFirst("dt:contains(Credited in citations) + dd").text());
    }

    @Test
    void signatoriesByNameLinkToTheirOrganisations() throws IOException {
        FixtureSite site = site();
        site.build();
        Document doc = page(site, "documents/letter-md/index.html");
        assertEquals(List.of("Rights Watch", "Rights Now"), doc.select("ol.signatures li a:not(.para-ref)").eachText());
        assertEquals("../../organizations/rights-now/index.html", doc.select("ol.signatures li a").get(1).attr("href"));
        Document org = page(site, "organizations/rights-now/index.html");
        assertEquals(1, org.select("a[href$=documents/letter-md/index.html]").size() > 0 ? 1 : 0);
    }

    @Test
    void errorsInTheFrontMatterPointIntoTheMarkdownFile() {
        FixtureSite site = site().write("content/documents/letter-md.md", LETTER.replace("  - \"Rights Now\"", "  - \"Rights Nowe\"")
                .replace("date: 2024-05-30", "date: 30 May 2024"));
        assertEquals("""
                content/documents/letter-md.md:3:7: error [invalid-date] "30 May 2024" is not a date
                  3 | date: 30 May 2024
                    |       ^
                  hint: write it as 2024-05-30 (YYYY-MM-DD, YYYY-MM or YYYY: the form gives the precision); date_as_printed, if given, quotes the date as the source prints it, which "30 May 2024" is not
                content/documents/letter-md.md:11:5: error [unknown-signatory] signatory "Rights Nowe" matches no known organisation
                  11 |   - "Rights Nowe"
                     |     ^
                  hint: closest organisations: "Rights Now" (rights-now); or add an entry to content/organizations.yaml
                validate: 2 errors; nothing was written
                """, failure(site));
    }

    @Test
    void theDateIsCheckedAgainstTheDateAsPrintedInTheText() {
        // it built, though the front matter's date was not the one its date_as_printed prints
        FixtureSite site = site().write("content/documents/speech.md",
                SPEECH.replace("date: 2024-06-11", "date: 2024-06-11\ndate_as_printed: \"11 July 2024\"") + "\nVienna, 11 July 2024\n");
        assertEquals("""
                content/documents/speech.md:3:7: error [inconsistent] date 2024-06-11 differs from date_as_printed "11 July 2024", which states 11 July 2024
                  3 | date: 2024-06-11
                    |       ^
                  hint: write the date the source prints: date: 2024-07-11; or, if the source prints 11 June 2024 as its date, quote those words in date_as_printed
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void theStatedCountIsCheckedAgainstTheWordsQuotedFromTheText() {
        // it built, though the front matter's count was not the one its stated_count_as_printed prints
        FixtureSite site = site().write("content/documents/counted.md", """
                ---
                title: "Letter signed by two"
                date: 2024-05-30
                kind: joint-letter
                author: "Rights Watch"
                signatures:
                  stated_count: 3
                  stated_count_as_printed: "2 organisations"
                  signatories:
                    - {as_signed: Rights Watch, org: rights-watch}
                    - {as_signed: Rights Now, org: rights-now}
                ---
                Signed by 2 organisations: Rights Watch and Rights Now.
                """);
        assertEquals("""
                content/documents/counted.md:7:17: error [inconsistent] stated_count 3 differs from stated_count_as_printed "2 organisations", which states 2
                  7 |   stated_count: 3
                    |                 ^
                  hint: write the number the letter prints: stated_count: 2; or, if the letter states 3 in other words, quote those in stated_count_as_printed
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void anUnclosedListInTheFrontMatterIsReportedOnItsOwnLine() {
        // YAML notices the missing "]" only on the next line; the report points at the line to mend.
        FixtureSite site = site().write("content/documents/letter-md.md", LETTER.replace("kind: joint-letter", "kind: [joint-letter"));
        assertEquals("""
                content/documents/letter-md.md:4:7: error [yaml-syntax] invalid YAML: the list that starts here with "[" is not closed (found at line 5, column 7: expected ',' or ']', but got :)
                  4 | kind: [joint-letter
                    |       ^
                  hint: close the list with "]" on the same line, or put quotes around a value that starts with "["
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void aBrokenLinkInTheTextIsReportedWhereItIsWritten() {
        FixtureSite site = site().write("content/documents/letter-md.md", LETTER.replace("../speech/#p-2", "../speach/"));
        assertEquals("""
                content/documents/letter-md.md:13:54: error [broken-link] link "../speach/" points to a file that does not exist
                  13 | We, the undersigned organisations, write to you. See [the remarks](../speach/).
                     |                                                      ^
                  hint: link relative to the document's page, such as ../<id>/ for another document or ../<id>/#p-3 for one of its paragraphs
                check: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void rawHtmlBeforeALinkOnALineKeepsTheLinesWordsAndTheLink() throws IOException {
        // such a line failed the build with words-changed at 1:1, blamed on the generator
        FixtureSite site = site().write("content/documents/speech.md",
                SPEECH + "\n<div>Raw</div> and [the letter](../letter-md/) more, <!-- a comment --> kept.\n");
        site.build();
        assertEquals("<p id=\"p-8\" class=\"block\"><a class=\"pnum\" href=\"#p-8\" aria-label=\"Paragraph 8\">8</a> Raw and "
                        + "<a href=\"../../documents/letter-md/index.html\">the letter</a> more, &lt;!-- a comment --&gt; kept.</p>",
                page(site, "documents/speech/index.html").selectFirst("#p-8").outerHtml());
    }

    @Test
    void aLinkDefinitionInsideABlockQuoteMakesItsLinksAndPassesTheWordCheck() throws IOException {
        // CommonMark reads "> [icc]: https://…" as a definition for the whole document, and the page linked "the Court";
        // the word check looked for definitions at the start of a line only, so it kept "[icc]" as words and the build
        // stopped with words-changed ("Courticc"), blamed on the markup
        FixtureSite site = site().write("content/documents/speech.md", SPEECH
                + "\nSee [the Court][icc] on this.\n\n> As the report says, see [the Court][icc].\n>\n> [icc]: https://www.icc-cpi.int/\n");
        site.build();
        Document doc = page(site, "documents/speech/index.html");
        assertEquals("8 See the Court on this.", doc.selectFirst("#p-8").text());
        assertEquals(List.of("https://www.icc-cpi.int/", "https://www.icc-cpi.int/"), doc.select("#p-8 a[href^=https], #p-9 a[href^=https]").eachAttr("href"));
        assertEquals("9 As the report says, see the Court.", doc.selectFirst("blockquote#p-9").text());
    }

    @Test
    void aMarkdownTableIsShownAsPrintedOneRowPerLineWithANote() throws IOException {
        // CommonMark has no tables: the rows were one paragraph run together ("| Year | Contribution | |------|…")
        FixtureSite site = site().write("content/documents/speech.md", SPEECH
                + "\n| Year | Contribution |\n|------|--------------|\n| 2022 | 3.2 billion *yen* |\n| 2023 | [3.4 billion](../letter-md/) |\n");
        site.build();
        Document doc = page(site, "documents/speech/index.html");
        org.jsoup.nodes.Element table = doc.selectFirst("#p-8");
        assertEquals(3, table.select("br").size(), table.outerHtml());
        assertEquals("8 | Year | Contribution | |------|--------------| | 2022 | 3.2 billion yen | | 2023 | 3.4 billion |", table.text());
        assertEquals("yen", table.selectFirst("em").text());
        assertEquals("../../documents/letter-md/index.html", table.selectFirst("a[href*=letter-md]").attr("href"));
        assertEquals(List.of("A table written in Markdown (cells between pipes, |) is shown as the source prints it, one row per line,"
                + " in paragraph 8: not laid out as a table, so that no cell is read apart from its row."), doc.select("ul.notes li").eachText());
    }

    @Test
    void linkSyntaxInCodeIsTextAndPassesTheWordCheck() throws IOException {
        // the word check took the address out of it as out of a link, where the reading text shows it as written
        FixtureSite site = site().write("content/documents/speech.md",
                SPEECH + "\nWrite `[x](https://example.org/)` for a link.\n\n```\n[y](../z/) and [r]: ../r/\n```\n");
        site.build();
        Document doc = page(site, "documents/speech/index.html");
        assertEquals("8 Write [x](https://example.org/) for a link.", doc.selectFirst("#p-8").text());
        assertEquals("9 [y](../z/) and [r]: ../r/", doc.selectFirst("#p-9").text());
    }

    @Test
    void aTagWrittenAsTextOrInCodeIsTextAndPassesTheWordCheck() throws IOException {
        // the word check took "<b>" out of the reading text as a tag, where the source writes it as text
        FixtureSite site = site().write("content/documents/speech.md",
                SPEECH + "\nThe &lt;b&gt; tag and `<i>` and `<https://example.org/>` are text.\n");
        site.build();
        assertEquals("8 The <b> tag and <i> and <https://example.org/> are text.",
                page(site, "documents/speech/index.html").selectFirst("#p-8").text());
    }

    @Test
    void aMarkdownDocumentCannotRecordItsOwnSha256() {
        FixtureSite site = site().write("content/documents/speech.md", SPEECH.replace("kind: speech", "kind: speech\nsha256: "
                + "0".repeat(64)));
        assertEquals("content/documents/speech.md:5:9: error [invalid-value] a Markdown document is its own source, so it cannot record"
                + " its own SHA-256", failure(site).lines().findFirst().orElseThrow());
    }

    @Test
    void wordsTouchingALinkCodeOrEmphasisAreReadAsWritten() throws IOException {
        // the word check split them where the reading text, rightly, does not ("PDF" "s" against "PDFs")
        FixtureSite site = site().write("content/documents/speech.md",
                SPEECH + "\nThe [PDF](../letter-md/)s, the `code`s and un*x*y are as written.\n");
        site.build();
        assertEquals("8 The PDFs, the codes and unxy are as written.", page(site, "documents/speech/index.html").selectFirst("#p-8").text());
    }

    @Test
    void anUnsafeLinkAfterRawHtmlAndALineTheWordCheckCannotReadAreReportedWhereTheyAreWritten() {
        FixtureSite site = site().write("content/documents/speech.md",
                SPEECH + "\n<div>Raw</div> and [x](javascript:alert(1)) more\n\nThen a paragraph\n[r]: ../r/\n");
        assertEquals("""
                content/documents/speech.md:23:20: error [unsafe-link] link "javascript:alert(1)" uses the scheme "javascript:", which is not allowed
                  23 | <div>Raw</div> and [x](javascript:alert(1)) more
                     |                    ^
                  hint: link to http:, https: or mailto: addresses, or to a page of the site
                content/documents/speech.md:26:1: error [words-changed] reading this document would change its words at word 41 (source: end of text, reading text: "r")
                  26 | [r]: ../r/
                     | ^
                  hint: write the markup here more simply (a line that looks like a link reference definition, such as [r]: ../r/, inside a paragraph is one); if it is plain Markdown, please report it with the file attached
                model: 2 errors; nothing was written
                """, failure(site));
    }

    @Test
    void aMarkdownDocumentNamesNoSeedAndTakesNoIdTwice() {
        FixtureSite site = site().write("content/documents/speech.md", SPEECH.replace("kind: speech", "kind: speech\nseed: a.txt"))
                .write("seeds/b.txt", FixtureSite.GOOD_SEED)
                .write("content/documents/letter-md.yaml", FixtureSite.GOOD_DOC.replace("a.txt", "b.txt"));
        String report = failure(site);
        assertEquals(List.of(
                "content/documents/letter-md.yaml:1:1: error [duplicate-id] document id \"letter-md\" is also given by content/documents/letter-md.md",
                "content/documents/speech.md:5:7: error [invalid-value] a Markdown document is its own source and names no seed"),
                report.lines().filter(l -> l.startsWith("content/")).toList());
    }

    @Test
    void frontMatterMustBeClosed() {
        FixtureSite site = FixtureSite.withLetter(dir).write("content/documents/speech.md", "---\ntitle: Unclosed\nkind: speech\n\nText.\n");
        assertEquals("""
                content/documents/speech.md:1:1: error [missing-front-matter] the front matter is not closed
                  1 | ---
                    | ^
                  hint: end the front matter with a line of three hyphens: ---
                validate: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void anEmptyFrontMatterIsSaidToBeEmpty() {
        // it was "2:1: error [wrong-type] the file must be a mapping of fields (name: value), not text"
        FixtureSite site = FixtureSite.withLetter(dir).write("content/pages/about.md", "---\n\n---\nText.\n");
        assertEquals("""
                content/pages/about.md:1:1: error [missing-front-matter] the front matter is empty
                  1 | ---
                    | ^
                  hint: write the fields between the two lines of ---, one a line, such as: title: The page title
                validate: 1 error; nothing was written
                """, failure(site));
    }
    /** The minimal site with {@code count} more speeches, written as Markdown. */
    private FixtureSite withSpeeches(int count) {
        FixtureSite site = site();
        for (int i = 1; i <= count; i++) {
            site.write("content/documents/speech-" + i + ".md", SPEECH.replace("Remarks at the Side Event", "Remarks number " + i)
                    .replace("See also [the letter](../letter-md/).", ""));
        }
        return site;
    }

    @Test
    void aLargeDossiersPrintPageListsItsDocumentsAndALayoutThatStillReadsThemAllStopsTheBuild() throws IOException {
        FixtureSite small = withSpeeches(200 - 4); // 200 documents with the statement, the two letters and the speech
        small.build();
        Document all = page(small, "print/index.html");
        assertEquals(200, all.select("article").size(), "every document's text on the page");

        FixtureSite large = small.write("content/documents/speech-201.md", SPEECH.replace("Remarks at the Side Event", "Remarks number 201")
                .replace("See also [the letter](../letter-md/).", ""));
        large.build();
        Document listed = page(large, "print/index.html");
        assertEquals(0, listed.select("article").size());
        assertEquals(201, listed.select("main ol li a[href*=documents/]").size());
        assertEquals("../documents/speech-1/index.html", listed.selectFirst("main ol li a[href*=speech-1/]").attr("href"));

        // a layout made for a small dossier, that lists `documents` whatever their number
        Path print = large.root().resolve("layouts/print.ftlh");
        Files.writeString(print, Files.readString(print).replace("<#if !complete>", "<#if false>"));
        assertEquals("""
                layouts/print.ftlh:14:8: error [layout-error] The following has evaluated to null or missing: documents (rendering print/index.html)
                  14 | <#list documents as d><li><a href="#${d.id}"<@base.lang d.title/>>${d.title}</a></li></#list>
                     |        ^
                  hint: fix the layout; the data it can read is described in the README
                render: 1 error; nothing was written
                """, failure(large));
    }
}
