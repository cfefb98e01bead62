package org.dossier.build;

import org.dossier.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seed copied from a web page carries HTML entities as text ({@code C&ocirc;te d&#39;Ivoire}, {@code &rsquo;},
 * {@code &nbsp;}). They showed as printed on the page, so a reader saw "C&ocirc;te", a name written with one was not
 * linked, search did not find it, and a count or quote typed as the page reads did not match. Now the reading text, its
 * links, the search, the quoted values and counts and the quotes of events all read the characters, the note names
 * them, and the verbatim copy keeps the bytes.
 */
class HtmlEntitiesSiteTest {
    @TempDir
    Path dir;

    private Pipeline.Result built;

    static final String EVENTS = """
            - id: appeal
              date: 2024-05-30
              title: An appeal on Côte d'Ivoire
              kind: statement
              document: letter
              paragraph: 3
              quote: "the government of Côte d'Ivoire to support the Court"
            """;

    /** A role the seed prints with a no-break space written as an entity, and an alias it prints only with entities. */
    static final String PEOPLE = """
            - id: minister
              name: Aya Satō
              aliases: [Aya Satō]
              roles:
                - role: Foreign Minister
                  document: letter
            """;

    private FixtureSite site() {
        String seed = FixtureSite.LETTER_SEED
                .replace("We call on the government to support the Court.",
                        "We call on the government of C&ocirc;te d&#39;Ivoire to support the Court, as Smith & Co and AT&T do.")
                .replace("[4 organizations]", "[1&nbsp;500 organizations]")
                .replace("Women’s Museum(WAM)", "Women&rsquo;s Museum(WAM)")
                .replace("Dear Minister,", "Dear Foreign&nbsp;Minister Aya Sat&#333;,");
        FixtureSite site = FixtureSite.withLetter(dir)
                .write("seeds/letter.txt", seed)
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC
                        .replace("stated_count: 4\n", "stated_count: 1500\n")
                        .replace("\"4 organizations\"", "\"1 500 organizations\""))
                .write("content/events.yaml", EVENTS)
                .write("content/people.yaml", PEOPLE);
        built = site.build();
        return site;
    }

    /** Paragraph n's text, without the number that links to it. */
    private static String text(Document page, int n) {
        return page.getElementById("p-" + n).text().replaceFirst("^" + n + " ", "");
    }

    @Test
    void entitiesAreReadOnThePageInLinksSearchCountsAndQuotes() throws IOException {
        FixtureSite site = site();
        Document page = Jsoup.parse(site.out().resolve("documents/letter/index.html").toFile(), "UTF-8");
        assertEquals("We call on the government of Côte d'Ivoire to support the Court, as Smith & Co and AT&T do.", text(page, 3));
        assertEquals("[1\u00A0500 organizations]", page.getElementById("p-7").wholeOwnText().strip());
        assertTrue(text(page, 8).startsWith("Women’s Museum(WAM)"), text(page, 8));
        // the name printed with an entity is the organisation's alias, so it is linked
        assertEquals(1, page.select("#p-8 a[href*=womens-museum]").size(), page.getElementById("p-8").outerHtml());
        assertTrue(page.select("ul.notes li").eachText().contains("6 HTML entities that the source prints as text are shown as the"
                + " characters they stand for, as a browser shows them: \"&nbsp;\" as a no-break space (U+00A0) 2 times (paragraphs"
                + " 2 and 7); \"&#333;\" as \"ō\" once (paragraph 2); \"&ocirc;\" as \"ô\" once (paragraph 3); \"&#39;\" as \"'\" once"
                + " (paragraph 3); \"&rsquo;\" as \"’\" once (paragraph 8). The verbatim file keeps them as printed."), page.select("ul.notes li").eachText().toString());
        assertTrue(page.selectFirst(".count-statement").text().startsWith("The letter states 1500 signatories"),
                page.selectFirst(".count-statement").text());
        assertEquals(1, page.select("#p-2 a[href*=people/minister]").size(), page.getElementById("p-2").outerHtml());
        assertTrue(built.warnings().stream().noneMatch(w -> w.code().equals("unused-alias")), built.warnings().toString());
        String index = Files.readString(site.out().resolve("assets/search-index.js"));
        assertTrue(index.contains("\"cote\""), "search finds Côte");
        assertTrue(!index.contains("\"ocirc\""), "the entity's name is no word");
        assertTrue(Files.readString(site.out().resolve("timeline/index.html")).contains("the government of Côte d&#39;Ivoire"),
                "the event's quote, typed as the page reads, is found in its paragraph");
        assertTrue(Files.readString(site.out().resolve("seeds/letter.txt")).contains("C&ocirc;te d&#39;Ivoire"),
                "the verbatim copy keeps the entities");
    }

    @Test
    void aNamePrintedWithANoBreakSpaceLinksToItsPageAndIsShownAsPrinted() throws IOException {
        // "Rights&nbsp;Now" is read as "Rights\u00A0Now", and was shown so but not linked, nor listed on the organisation's
        // page; a no-break space printed as the character is shown as a space, as any run of spaces inside a line is
        String seed = FixtureSite.LETTER_SEED
                .replace("We call on the government to support the Court.",
                        "We call on the government to support the Court, as Rights&nbsp;Now and Rights&nbsp; Watch do.")
                .replace("Japan Internatinoal Volunteer Center\nRights Now\n", "Japan Internatinoal Volunteer Center\nRights\u00A0Now\n");
        FixtureSite site = FixtureSite.withLetter(dir).write("seeds/letter.txt", seed);
        site.build();
        Document page = Jsoup.parse(site.out().resolve("documents/letter/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Rights\u00A0Now", "Rights\u00A0 Watch"), page.select("#p-3 a.mention").stream().map(e -> e.wholeText()).toList(),
                page.getElementById("p-3").outerHtml());
        assertEquals(List.of("../../organizations/rights-now/index.html", "../../organizations/rights-watch/index.html"),
                page.select("#p-3 a.mention").eachAttr("href"));
        assertEquals("../../organizations/rights-now/index.html", page.selectFirst("#p-10 a.mention").attr("href"),
                page.getElementById("p-10").outerHtml());
        Document orgPage = Jsoup.parse(site.out().resolve("organizations/rights-now/index.html").toFile(), "UTF-8");
        assertTrue(orgPage.text().contains("Mentioned in Joint letter ¶ 3 We call on the government to support the Court, as Rights"),
                orgPage.text());
        // no word lost or added: the build's own check, and the words as the page shows them
        page.select("section.reading .pnum, section.reading .cite-p, section.reading h2").remove();
        assertEquals(org.dossier.normalize.Words.ofSource(seed), org.dossier.normalize.Words.of(page.selectFirst("section.reading").text()));
    }
}
