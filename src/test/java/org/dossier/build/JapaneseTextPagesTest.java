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
 * Japanese text is marked lang="ja" wherever the site shows it, by the rule of the document page (TextLanguage.of):
 * lists, entity pages, the timeline, breadcrumbs, titles, search results, the feed and the data exports.
 */
public class JapaneseTextPagesTest {
    @TempDir
    Path dir;

    static final String SEED = """
            国際刑事裁判所に関する声明

            日本は、国際刑事裁判所の独立性を支持する。「日本弁護士連合会」もこれを支持した。

            2023年12月、東京で研修を行った。
            """;

    static final String ORGANIZATIONS = """
            - id: jfba
              name: 日本弁護士連合会
              kind: ngo
              aliases: [日本弁護士連合会]
            """;

    static final String EVENTS = """
            - id: training
              date: 2023-12
              title: 東京での研修
              kind: training
              where: 東京
              entities: [jfba]
              document: statement
              paragraph: 3
              quote: "2023年12月、東京で研修を行った"
            """;

    private FixtureSite site() {
        return fixture(dir);
    }

    /** A small dossier with one statement in Japanese, a Japanese organisation and an event: also the search's test. */
    public static FixtureSite fixture(Path dir) {
        return FixtureSite.minimal(dir)
                .write("seeds/a.txt", SEED)
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC
                        .replace("title: Statement on Cooperation", "title: 国際刑事裁判所に関する声明"))
                .write("content/organizations.yaml", ORGANIZATIONS)
                .write("content/events.yaml", EVENTS);
    }

    private List<String> marked(FixtureSite site, String path) throws IOException {
        Document page = Jsoup.parse(site.out().resolve(path).toFile(), "UTF-8");
        return page.select("[lang=ja]").stream().map(e -> e.tagName() + ": " + e.text()).toList();
    }

    @Test
    void theCitationMarksAJapaneseTitle() throws IOException {
        // found by review: "Cite this" gave the title in the site's lang="en", so a screen reader read it as English
        FixtureSite site = site();
        site.build();
        Document page = Jsoup.parse(site.out().resolve("documents/statement/index.html").toFile(), "UTF-8");
        assertEquals("[国際刑事裁判所に関する声明.]", page.select("#citation [lang=ja]").eachText().toString());
        assertTrue(page.selectFirst("#citation").text().startsWith("“国際刑事裁判所に関する声明.” Statement, "), page.selectFirst("#citation").text());
    }

    @Test
    void japaneseTextIsMarkedAsJapaneseOnEveryPageThatShowsIt() throws IOException {
        // found by review: only the document and print pages marked Japanese text; the lists, an organisation's page,
        // the timeline, breadcrumbs, <title>, search results and the feed gave it the site's lang="en", so a screen
        // reader read 国際刑事裁判所に関する声明 as English
        FixtureSite site = site();
        site.build();
        String title = "国際刑事裁判所に関する声明";
        String event = "span: 東京での研修, span: 東京, span: 日本弁護士連合会, p: “2023年12月、東京で研修を行った”, span: " + title;
        assertEquals("[a: " + title + "]", marked(site, "index.html").toString());
        assertEquals("[a: " + title + "]", marked(site, "topics/cooperation/index.html").toString());
        // the programme's source cell names its document (span), as the document list below does (a)
        assertEquals("[th: 東京での研修, span: 東京, span: 日本弁護士連合会, q: 2023年12月、東京で研修を行った, span: " + title + ", a: " + title + "]",
                marked(site, "sections/icc-support/index.html").toString());
        assertEquals("[a: 日本弁護士連合会]", marked(site, "organizations/index.html").toString());
        assertEquals("[title: 日本弁護士連合会 · Test Dossier, li: 日本弁護士連合会, h1: 日本弁護士連合会, span: 日本弁護士連合会, " + event
                + ", a: " + title + ", q: 日本は、国際刑事裁判所の独立性を支持する。「日本弁護士連合会」もこれを支持した。]",
                marked(site, "organizations/jfba/index.html").toString());
        assertEquals("[" + event + "]", marked(site, "timeline/index.html").toString());
        assertEquals("[title: " + title + " · Test Dossier, li: " + title + ", h1: " + title + ", span: " + title + ".,"
                + " h3: 1 " + title
                + ", p: 2 日本は、国際刑事裁判所の独立性を支持する。「日本弁護士連合会」もこれを支持した。, p: 3 2023年12月、東京で研修を行った。]",
                marked(site, "documents/statement/index.html").toString());
        // English beside it keeps the site's language: the summary, the home page's title
        Document home = Jsoup.parse(site.out().resolve("index.html").toFile(), "UTF-8");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertEquals("", home.selectFirst("title").attr("lang"));
        assertEquals("", home.selectFirst(".doc-summary").attr("lang"));

        String feed = Files.readString(site.out().resolve("feed.xml"));
        assertTrue(feed.contains("<title xml:lang=\"ja\">" + title + "</title>"), feed);
        assertTrue(feed.contains("<summary>Japan states that it supports the Court.</summary>"), feed);
        assertTrue(Files.readString(site.out().resolve("data/documents.json"))
                .contains("\"title\" : \"" + title + "\",\n  \"title_lang\" : \"ja\",\n  \"kind\""));
        assertTrue(Files.readString(site.out().resolve("data/organizations.json"))
                .contains("\"name\" : \"日本弁護士連合会\",\n  \"name_lang\" : \"ja\",\n  \"kind\""));
        // the search script marks a result's text by the language the index gives after it
        String index = Files.readString(site.out().resolve("assets/search-index.js"));
        for (String entry : List.of("[\"" + title + "\",\"documents/statement/index.html\",\"ja\"]",
                "[2,0,\"Statement · 7 December 2023 · on behalf of Japan\"]", "[0,0,3,\"2023年12月、東京で研修を行った。\",\"ja\"]",
                "[1,\"日本弁護士連合会\",\"organizations/jfba/index.html\",\"Non-governmental organisation\",\"\",\"ja\",\"\"]",
                "[1,\"Cooperation\",\"topics/cooperation/index.html\",\"Topic\",\"\"]")) {
            assertTrue(index.contains(entry), entry);
        }
    }

    @Test
    void aJapaneseDocumentsCitationsGiveItsLanguage() throws IOException {
        // found by review: the citations of a document in Japanese gave the site's language, "en" (RIS LA, CSL-JSON
        // language, citation_language, DC.language, JSON-LD inLanguage), so a reference manager filed it as English
        FixtureSite site = site();
        site.build();
        Path folder = site.out().resolve("documents/statement");
        Document page = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("ja", "ja"), List.of(page.selectFirst("meta[name=citation_language]").attr("content"),
                page.selectFirst("meta[name=DC.language]").attr("content")));
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().contains("\"inLanguage\":\"ja\""),
                page.selectFirst("script[type=application/ld+json]").data());
        assertTrue(Files.readString(folder.resolve("cite.ris")).contains("LA  - ja\r\n"));
        assertTrue(Files.readString(folder.resolve("cite.json")).contains("\"language\" : \"ja\""), Files.readString(folder.resolve("cite.json")));
        // an English document keeps the site's
        FixtureSite english = FixtureSite.minimal(dir.resolve("en"));
        english.build();
        assertTrue(Files.readString(english.out().resolve("documents/statement/cite.ris")).contains("LA  - en\r\n"));
    }
}
