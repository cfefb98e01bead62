package org.dossier.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;

import static org.dossier.testing.Snapshots.assertSameSite;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end builds of small inline sites. */
class PipelineTest {
    @TempDir
    Path dir;

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void buildsEveryPageOfAMinimalSite() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        var result = site.build();
        assertEquals(1, result.documents());
        assertEquals(List.of("load", "validate", "model", "plan", "render", "check", "write"),
                result.stages().stream().map(s -> s.stage()).toList());
        Map<String, byte[]> files = FixtureSite.snapshot(site.out());
        assertEquals(List.of(".nojekyll", "404.html", "about/index.html", "assets/cite.js", "assets/favicon.svg", "assets/filter.js", "assets/print.css",
                "assets/search-index.js", "assets/search.js", "assets/style.css", "data/documents.json",
                "data/organizations.json", "data/people.json", "data/signatories.csv", "documents/statement/cite.bib",
                "documents/statement/cite.json", "documents/statement/cite.ris", "documents/statement/index.html", "dossier.zip", "download/index.html",
                "feed.xml", "index.html", "organizations/index.html", "people/index.html", "print/index.html", "robots.txt",
                "search/index.html", "sections/capacity-building/index.html",
                "sections/icc-support/index.html", "sections/ngo-appeals/index.html", "sections/signatory-index/index.html",
                "seeds/a.txt", "timeline/index.html", "topics/cooperation/index.html", "topics/index.html"), List.copyOf(files.keySet()));
        assertEquals(FixtureSite.GOOD_SEED, new String(files.get("seeds/a.txt"), StandardCharsets.UTF_8));

        Document doc = page(site.out().resolve("documents/statement/index.html"));
        assertEquals("Statement on Cooperation", doc.selectFirst("h1").text());
        assertEquals("Statement on Cooperation", doc.selectFirst("#p-1").ownText());
        assertEquals("Japan supports the Court. It hosts an institute in Tokyo.", doc.selectFirst("#p-2").ownText());
        assertEquals("#p-2", doc.selectFirst("#p-2 a.pnum").attr("href"));
        assertEquals("../../seeds/a.txt", doc.select("a[href$=a.txt]").attr("href"));
        assertTrue(doc.text().contains(sha256(FixtureSite.GOOD_SEED)));

        Document section = page(site.out().resolve("sections/icc-support/index.html"));
        assertEquals("../../documents/statement/index.html", section.selectFirst(".doc-title").attr("href"));
        Document empty = page(site.out().resolve("sections/ngo-appeals/index.html"));
        assertTrue(empty.text().contains("No document belongs to this section yet."));
    }

    @Test
    void seedsNamedWithSpacesHashesQuestionMarksPercentSignsAndAccentsAreLinkedPercentEncoded() throws IOException {
        FixtureSite site = FixtureSite.withSeedNamesToEncode(dir);
        assertEquals(5, site.build().documents());
        Map<String, String> hrefs = Map.of(
                "press-release", "seeds/Press%20release%20(17%20July)%20%231.txt",
                "communique", "seeds/communiqu%C3%A9%3F.txt",
                "report", "seeds/Report%2520final.txt",
                "draft", "seeds/a+b%20&%20c's%20%5Bdraft%5D.txt");
        JsonNode exported = new ObjectMapper().readTree(site.out().resolve("data/documents.json").toFile());
        Map<String, byte[]> zipped = unzip(site.out().resolve("dossier.zip"));
        List<String> printed = page(site.out().resolve("print/index.html")).select("code").eachText();
        for (Map.Entry<String, String> seed : FixtureSite.SEED_NAMES_TO_ENCODE.entrySet()) {
            String id = seed.getKey();
            String name = seed.getValue();
            byte[] bytes = Files.readAllBytes(site.root().resolve("seeds").resolve(name));
            Path pagePath = site.out().resolve("documents/" + id + "/index.html");
            Document page = page(pagePath);
            org.jsoup.nodes.Element link = page.selectFirst("a[href^=../../seeds/]");
            assertEquals("../../" + hrefs.get(id), link.attr("href"));
            assertEquals(name, link.text(), "readers see the real name");
            assertTrue(page.select("code").eachText().contains(name), "the source file is named as it is");
            // followed as a browser does from disk: the link finds the copy, which keeps its real name
            assertArrayEquals(bytes, Files.readAllBytes(Path.of(pagePath.toUri().resolve(link.attr("href")))), id);
            assertArrayEquals(bytes, Files.readAllBytes(site.out().resolve("seeds").resolve(name)), id);
            assertArrayEquals(bytes, zipped.get("dossier/seeds/" + name), id);

            JsonNode export = java.util.stream.StreamSupport.stream(exported.spliterator(), false)
                    .filter(d -> d.get("id").asText().equals(id)).findFirst().orElseThrow();
            assertEquals(name, export.at("/seed/file").asText());
            assertEquals(hrefs.get(id), export.at("/seed/url").asText());
            assertArrayEquals(bytes, Files.readAllBytes(Path.of(site.out().toUri().resolve(export.at("/seed/url").asText()))), id);
            assertTrue(printed.contains(name), "the print page names " + name);
        }
        assertEquals(List.of(), new org.dossier.testing.SiteLinks(site.out()).problems());
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** The project's link check of a folder read from disk, as build reports it: one line per broken link. */
    private static List<String> brokenLinks(Path folder) {
        org.dossier.diag.Diagnostics found = new org.dossier.diag.Diagnostics();
        new org.dossier.publish.LinkChecker(FixtureSite.snapshot(folder), "unzipped").check(found);
        return found.sorted().stream().map(org.dossier.diag.Diagnostic::headline).toList();
    }

    @Test
    void aCopyUnzippedFromTheZipHasNoDeadLinkAndItsDownloadPageSaysItWasUnzippedFromTheZip() throws IOException {
        // every page's footer linked the zip, which a copy unzipped from it cannot hold: a dead link on every page there
        FixtureSite site = FixtureSite.minimal(dir.resolve("fixture"));
        site.build();
        Path copy = org.dossier.testing.Unzipped.copyOf(site.out(), dir.resolve("unzipped"));
        assertEquals(List.of(), brokenLinks(copy));
        assertEquals(List.of(), new org.dossier.testing.SiteLinks(copy).problems());

        // every file is the site's, byte for byte, but the download page
        Map<String, byte[]> built = FixtureSite.snapshot(site.out());
        Map<String, byte[]> unzipped = FixtureSite.snapshot(copy);
        built.remove("dossier.zip");
        assertEquals(built.keySet(), unzipped.keySet());
        built.forEach((path, bytes) -> assertEquals(!path.equals("download/index.html"), java.util.Arrays.equals(bytes, unzipped.get(path)), path));

        Document home = page(copy.resolve("index.html"));
        assertEquals("download/index.html", home.selectFirst("footer a:contains(Download the site)").attr("href"));
        Document onSite = page(site.out().resolve("download/index.html"));
        Document inZip = page(copy.resolve("download/index.html"));
        for (Document download : List.of(onSite, inZip)) {
            assertEquals("Download the site · Test Dossier", download.title());
            assertEquals(List.of("every page: the home page, the sections, the document with its reading text, the organisations, people"
                            + " and topics, the timeline, and the page for printing;",
                    "the copy of each source document, byte for byte, in dossier/seeds/: each document's page gives its SHA-256, to check it against;",
                    "the search, which works offline: its index is a file of the site;",
                    "the data exports, each document's citation files and the Atom feed."), download.select(".prose ul li").eachText());
            assertEquals(List.of(), download.select("a[href^=http:], a[href^=https:]"), "no address is invented");
        }
        assertEquals("The whole site is one zip file, dossier.zip, to read offline: from disk, with no connection and no server.",
                onSite.selectFirst(".lede").text());
        assertEquals(List.of("../dossier.zip"), onSite.select("a[href*=dossier.zip]").eachAttr("href"));
        assertEquals(List.of("Unzip dossier.zip: it makes one folder, dossier.", "Open dossier/index.html in a web browser, from disk."),
                onSite.select(".prose ol li").eachText());

        assertEquals("This copy of the dossier was unzipped from dossier.zip, the zip of the whole site: it reads from disk, with no"
                + " connection and no server.", inZip.selectFirst(".lede").text());
        assertEquals(List.of(), inZip.select("a[href*=dossier.zip]").eachAttr("href"));
        assertEquals(List.of("Unzipping dossier.zip made one folder, dossier.", "Open dossier/index.html in a web browser, from disk."),
                inZip.select(".prose ol li").eachText());
        assertEquals(List.of("This copy does not state where the dossier is published.",
                        "This copy does not hold dossier.zip: a zip cannot hold itself."),
                inZip.select("h2:contains(Where the zip comes from) ~ p").eachText());
    }

    @Test
    void withABaseUrlTheUnzippedDownloadPageLinksTheZipAtItsPublishedAddress() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir.resolve("fixture"));
        new Pipeline("test").build(new Pipeline.Options(site.inputs(), site.out(), "https://example.org/dossier/"));
        Path copy = org.dossier.testing.Unzipped.copyOf(site.out(), dir.resolve("unzipped"));
        assertEquals(List.of(), brokenLinks(copy));

        Document inZip = page(copy.resolve("download/index.html"));
        assertEquals(List.of("https://example.org/dossier/index.html", "https://example.org/dossier/dossier.zip"),
                inZip.select("main a[href^=https:]").eachAttr("href"));
        assertEquals(List.of("The dossier is published at https://example.org/dossier/, and its zip at https://example.org/dossier/dossier.zip.",
                        "This copy does not hold dossier.zip: a zip cannot hold itself."),
                inZip.select("h2:contains(Where the zip comes from) ~ p").eachText());
        Document onSite = page(site.out().resolve("download/index.html"));
        assertEquals(List.of("../dossier.zip"), onSite.select("main a[href*=dossier.zip]").eachAttr("href"), "the site links its own zip");
        assertTrue(Files.readString(site.out().resolve("sitemap.xml")).contains("<loc>https://example.org/dossier/download/index.html</loc>"));
    }

    @Test
    void aFolderABuildKilledByForceLeftBesideTheSiteIsSaid() throws IOException {
        // a build killed with kill -9 left .site.tmp-* beside the site, and the next builds passed over it in silence
        FixtureSite site = FixtureSite.minimal(dir);
        Files.createDirectories(site.root().resolve(".site.tmp-4711/documents"));
        Files.createDirectories(site.root().resolve(".site.old-4712"));
        Files.createDirectories(site.root().resolve(".other.tmp-1"));
        Pipeline.Result result = new Pipeline("test").build(new Pipeline.Options(site.inputs(), site.out()));
        assertEquals("""
                .site.old-4712:1:1: warning [leftover-folder] a previous copy of site/ that a build stopped by force (kill -9, a crash) while replacing it left behind
                  hint: if no build of site/ is running, delete it (rm -r .site.old-4712): the build does not, as it cannot tell it from the folder of a build running now
                .site.tmp-4711:1:1: warning [leftover-folder] an unfinished copy of site/ that a build stopped by force (kill -9, a crash) left behind
                  hint: if no build of site/ is running, delete it (rm -r .site.tmp-4711): the build does not, as it cannot tell it from the folder of a build running now
                """, result.warnings().stream().map(org.dossier.diag.Diagnostic::format).collect(java.util.stream.Collectors.joining()));
        assertTrue(Files.isDirectory(site.root().resolve(".site.tmp-4711/documents")), "left as it was");
    }

    @Test
    void theCommandToDeleteALeftoverFolderRunsWhenPastedThoughItsNameHoldsASpace() throws IOException {
        // found in review: "rm -r .my site.tmp-4711" would delete ".my" and "site.tmp-4711", not the folder
        FixtureSite site = FixtureSite.minimal(dir);
        Files.createDirectories(site.root().resolve(".my site.tmp-4711"));
        Pipeline.Result result = new Pipeline("test").build(new Pipeline.Options(site.inputs(), site.root().resolve("my site")));
        assertEquals("  hint: if no build of my site/ is running, delete it (rm -r '.my site.tmp-4711'): the build does not, as it cannot"
                + " tell it from the folder of a build running now", result.warnings().get(0).format().lines().toList().get(1));
    }

    @Test
    void aBrokenLinkALayoutWritesIsReportedOnceAtTheLayoutsLine() {
        // found by review: one mistake in base.ftlh was three errors, at generated pages that were never written
        FixtureSite site = FixtureSite.minimal(dir);
        Path base = site.root().resolve("layouts/base.ftlh");
        site.write("layouts/base.ftlh", read(base).replace("${l.root}print/index.html", "${l.root}prnt/index.html"));
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals(List.of("layouts/base.ftlh:54:26: error [broken-link] href \"prnt/index.html\" points to a file that does not exist"
                        + " (and on 16 other pages)",
                        "  hint: correct it in this layout; pages have it as \"../../prnt/index.html\", such as site/documents/statement/index.html",
                        "check: 1 error; nothing was written"),
                failure.report().lines().filter(l -> !l.startsWith("  54 |") && !l.startsWith("     |")).toList());
    }

    @Test
    void aLayoutThatLinksTheZipFromEveryPageFailsTheBuildSinceTheUnzippedCopyCannotHoldIt() {
        // the regression: base.ftlh's footer linked ${l.root}dossier.zip, dead on every page of the unzipped copy
        FixtureSite site = FixtureSite.minimal(dir);
        Path base = site.root().resolve("layouts/base.ftlh");
        site.write("layouts/base.ftlh", read(base).replace("${l.root}download/index.html", "${l.root}dossier.zip"));
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("check", failure.stage());
        assertEquals("""
                layouts/base.ftlh:54:130: error [broken-link] href "dossier.zip" points to a file that does not exist
                  54 |     <p><a href="${l.root}print/index.html">The whole dossier on one page</a> (for printing or saving as PDF) · \
                <a href="${l.root}dossier.zip">Download the site</a> (zip, reads offline) · <a href="${l.root}feed.xml">Atom feed</a></p>
                     |                                                                                                                                  ^
                  hint: correct it in this layout; pages have it as "../dossier.zip", such as site/dossier.zip!/dossier/download/index.html
                layouts/base.ftlh:54:130: error [broken-link] href "dossier.zip" points to dossier.zip, which the zip of the site \
                cannot hold: the link is dead in a copy unzipped from it (and on 14 other pages)
                  54 |     <p><a href="${l.root}print/index.html">The whole dossier on one page</a> (for printing or saving as PDF) · \
                <a href="${l.root}dossier.zip">Download the site</a> (zip, reads offline) · <a href="${l.root}feed.xml">Atom feed</a></p>
                     |                                                                                                                                  ^
                  hint: correct it in this layout to link to download/index.html, the page that links to the zip; pages have it as \
                "../../dossier.zip", such as site/documents/statement/index.html
                check: 2 errors; nothing was written
                """, failure.report());
        assertFalse(Files.exists(site.out()), "nothing was written");
    }

    @Test
    void aSeedSavedWithAByteOrderMarkIsLaidOutAsOneWithout() throws IOException {
        // found by a new user: a seed saved as "UTF-8 with BOM" (as Windows Notepad saves) showed its first line's
        // Markdown heading mark as text ("\uFEFF# Statement…"), and quoted the unseen mark in the editorial notes
        String seed = "# Statement on Cooperation\r\n\r\nJapan supports the Court. It hosts an institute in Tokyo.\r\n";
        FixtureSite site = FixtureSite.minimal(dir).write("seeds/a.txt", "\uFEFF" + seed);
        site.build();
        Document doc = page(site.out().resolve("documents/statement/index.html"));
        assertEquals("Statement on Cooperation", doc.selectFirst("#p-1").ownText());
        assertEquals("h3", doc.selectFirst("#p-1").tagName());
        assertEquals("Markdown marks in the source are shown as structure: 1 heading mark (#).",
                doc.select("ul.notes li").eachText().stream().filter(t -> t.startsWith("Markdown")).findFirst().orElseThrow());
        assertEquals("\uFEFF" + seed, Files.readString(site.out().resolve("seeds/a.txt")), "the copy keeps the file's bytes");
    }

    @Test
    void aMarkdownLinkToTheZipIsToldToLinkTheDownloadPage() {
        // found by a new user: the hint said "link to a page of the site from its root, such as
        // documents/<id>/index.html#p-3", with no word of the page to link instead
        FixtureSite site = FixtureSite.minimal(dir)
                .write("content/pages/about.md", "---\ntitle: About\n---\nAbout [home](index.html). [The zip](dossier.zip).\n")
                .write("content/documents/remarks.md", "---\ntitle: Remarks\ndate: 2024-06-11\nkind: speech\nspeaker: Hana Tanaka\n---\n"
                        + "Japan supports the Court. [The zip](../../dossier.zip).\n");
        assertEquals("""
                content/documents/remarks.md:7:27: error [broken-link] link "../../dossier.zip" points to dossier.zip, which the zip \
                of the site cannot hold: the link is dead in a copy unzipped from it
                  7 | Japan supports the Court. [The zip](../../dossier.zip).
                    |                           ^
                  hint: link to the download page, which links to the zip: ../../download/index.html
                content/pages/about.md:4:27: error [broken-link] link "dossier.zip" points to dossier.zip, which the zip of the site \
                cannot hold: the link is dead in a copy unzipped from it
                  4 | About [home](index.html). [The zip](dossier.zip).
                    |                           ^
                  hint: link to the download page, which links to the zip: download/index.html
                check: 2 errors; nothing was written
                """, assertThrows(BuildFailure.class, site::build).report());
    }

    @Test
    void aMarkdownPageCannotTakeTheDownloadPagesFolder() {
        FixtureSite site = FixtureSite.minimal(dir).write("content/pages/download.md", "---\ntitle: Download\n---\nText.\n");
        assertEquals("""
                content/pages/download.md:1:1: error [reserved-name] the page "download.md" would be written to download/, a name the site uses for its own pages
                  hint: rename the file, such as download-page.md
                validate: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, site::build).report());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void notStatedValuesAreShownAsNotStated() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir)
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: not stated"));
        site.build();
        Document doc = page(site.out().resolve("documents/statement/index.html"));
        // the citations credit no one where no author is stated
        assertEquals(List.of("not stated", "not stated", "not stated", "no one", "date not stated", "not stated"),
                doc.select(".meta .not-stated").eachText());
        assertFalse(doc.html().contains("datetime="));
        assertTrue(doc.select("meta[name=citation_date], meta[name=citation_publication_date], meta[name=DC.date]").isEmpty());
        assertFalse(doc.selectFirst("script[type=application/ld+json]").data().contains("datePublished"));
        assertTrue(doc.selectFirst("#citation").text().contains("date not stated"), doc.selectFirst("#citation").text());
        String bib = Files.readString(site.out().resolve("documents/statement/cite.bib"));
        assertFalse(bib.contains("year"), bib);
        assertFalse(Files.readString(site.out().resolve("documents/statement/cite.json")).contains("issued"));
        assertFalse(Files.readString(site.out().resolve("documents/statement/cite.ris")).contains("PY  -"));
    }

    @Test
    void japaneseTextIsMarkedAsJapaneseOnThePagesThatShowIt() throws IOException {
        // found by review: a Japanese-only document was marked only with the site's lang="en", so a screen reader read
        // its title and text as English, and a browser chose glyphs for Chinese or English where it had none
        FixtureSite site = FixtureSite.minimal(dir)
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC
                        .replace("title: Statement on Cooperation", "title: 国際刑事裁判所に関する声明")
                        .replace("topics: [cooperation]", "topics: []"))
                .write("seeds/a.txt", "国際刑事裁判所に関する声明\n\n日本は、国際刑事裁判所（ＩＣＣ）の独立性を支持する。\n\n"
                        + "Japan supports the ICC (国際刑事裁判所).\n\n- 日本政府\n- Human Rights Now\n");
        site.build();
        Document doc = page(site.out().resolve("documents/statement/index.html"));
        assertEquals("ja", doc.selectFirst("h1").attr("lang"));
        // a paragraph mostly in English, and an item in English, are the site's language
        assertEquals(List.of("ja", "ja", "", ""), List.of(doc.selectFirst("#p-1").attr("lang"), doc.selectFirst("#p-2").attr("lang"),
                doc.selectFirst("#p-3").attr("lang"), doc.selectFirst("#p-5").attr("lang")));
        assertEquals(List.of("日本政府"), doc.select("#p-4 span[lang=ja]").eachText());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        // the English label of a Japanese paragraph's number is the site's language: it was read in Japanese
        assertEquals(List.of("Paragraph 1 en", "Paragraph 2 en", "Paragraph 3 ", "Paragraph 4 ", "Paragraph 5 "),
                doc.select(".pnum").stream().map(a -> a.attr("aria-label") + " " + a.attr("lang")).toList());
        Document print = page(site.out().resolve("print/index.html"));
        // the list of documents at the top, then the document's title and text
        assertEquals(List.of("国際刑事裁判所に関する声明", "国際刑事裁判所に関する声明", "1 国際刑事裁判所に関する声明", "2 日本は、国際刑事裁判所（ＩＣＣ）の独立性を支持する。",
                "4 日本政府"), print.select("[lang=ja]").eachText());
    }

    @Test
    void markupInMetadataAndMarkdownIsEscaped() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir)
                .write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("title: Statement on Cooperation",
                        "title: \"<script>alert(1)</script>\""))
                .write("content/pages/about.md", "---\ntitle: About\n---\n<img src=x onerror=alert(1)>\n\nText <b>bold</b>.\n")
                .write("seeds/a.txt", "Title from Japan\n\n<script>alert(2)</script> and <img src=x onerror=alert(3)> end.\n");
        site.build();
        for (String page : List.of("documents/statement/index.html", "about/index.html", "index.html")) {
            Document doc = page(site.out().resolve(page));
            assertTrue(doc.select("script:not([src]):not([type=application/ld+json]), img, b").isEmpty(), page + " has live markup: " + doc.select("script:not([src]):not([type=application/ld+json]), img, b"));
        }
        assertTrue(Files.readString(site.out().resolve("about/index.html")).contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void markdownLinksAreMadeRelativeToThePage() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        site.build();
        assertEquals("../index.html", page(site.out().resolve("about/index.html")).selectFirst(".prose a").attr("href"));
    }

    @Test
    void aMarkdownPagesLineThatStartsWithATagHasItsTagShownAndItsLinkReadAsInADocument() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir).write("content/pages/about.md",
                "---\ntitle: About\n---\n<div>Raw</div> and [the topics](topics/) more.\n");
        site.build();
        assertEquals("<p>&lt;div&gt;Raw&lt;/div&gt; and <a href=\"../topics/index.html\">the topics</a> more.</p>",
                page(site.out().resolve("about/index.html")).selectFirst(".prose p").outerHtml());
        FixtureSite unsafe = FixtureSite.minimal(dir.resolve("unsafe")).write("content/pages/about.md",
                "---\ntitle: About\n---\n<div>Raw</div> and [x](javascript:alert(1)) more.\n");
        assertTrue(assertThrows(BuildFailure.class, unsafe::build).report().startsWith(
                "content/pages/about.md:4:20: error [unsafe-link] link \"javascript:alert(1)\" uses the scheme \"javascript:\""), "reported");
    }

    @Test
    void aMarkdownPagesLinkToAFolderIsALinkToItsIndexPageAsInADocument() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir).write("content/pages/about.md",
                "---\ntitle: About\n---\nSee [the topics](topics/) and [a statement](documents/statement/#p-2).\n");
        site.build();
        assertEquals(List.of("../topics/index.html", "../documents/statement/index.html#p-2"),
                page(site.out().resolve("about/index.html")).select(".prose a").eachAttr("href"));
    }

    @Test
    void rootRelativeAndScriptLinksInMarkdownAreErrors() {
        FixtureSite site = FixtureSite.minimal(dir)
                .write("content/pages/about.md", "---\ntitle: About\n---\nSee [the home page](/index.html).\n\nAnd [this](javascript:alert(1)).\n");
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                content/pages/about.md:4:5: error [root-relative-link] link "/index.html" starts with /, which breaks offline reading and sub-path hosting
                  4 | See [the home page](/index.html).
                    |     ^
                  hint: write the path from the site root without the leading slash, such as about/index.html
                content/pages/about.md:6:5: error [unsafe-link] link "javascript:alert(1)" uses the scheme "javascript:", which is not allowed
                  6 | And [this](javascript:alert(1)).
                    |     ^
                  hint: link to http:, https: or mailto: addresses, or to a page of the site
                model: 2 errors; nothing was written
                """, failure.report());
    }

    @Test
    void anAddressALinkCannotHoldIsAnErrorInAMarkdownPageAndAnEscapedOneIsWrittenUnescaped() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir)
                .write("content/pages/about.md", "---\ntitle: About\n---\nSee [the report](https://example.org/a|b).\n\nAnd <https://e.org/%zz>.\n");
        assertEquals("""
                content/pages/about.md:4:39: error [invalid-link] link "https://example.org/a|b" is not a valid address: "|" (character 22) must be percent-encoded, as %7C
                  4 | See [the report](https://example.org/a|b).
                    |                                       ^
                  hint: percent-encode it: https://example.org/a%7Cb
                content/pages/about.md:6:20: error [invalid-link] link "https://e.org/%zz" is not a valid address: "%" (character 15) starts no %XX escape: write it as %25
                  6 | And <https://e.org/%zz>.
                    |                    ^
                  hint: percent-encode it: https://e.org/%25zz
                model: 2 errors; nothing was written
                """, assertThrows(BuildFailure.class, site::build).report());
        site.write("content/pages/about.md", "---\ntitle: About\n---\nSee [the report](https://example.org/a\\_b%7C).\n");
        site.build();
        assertEquals("https://example.org/a_b%7C", page(site.out().resolve("about/index.html")).selectFirst(".prose a").attr("href"));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() {
        FixtureSite site = FixtureSite.minimal(dir);
        site.build();
        Map<String, byte[]> before = FixtureSite.snapshot(site.out());
        site.write("content/documents/statement.yaml", "title: [unclosed\n");
        assertThrows(BuildFailure.class, site::build);
        assertSameSite(before, FixtureSite.snapshot(site.out()), "after a failed validation");

        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC)
                .write("layouts/page.ftlh", "<#import \"base.ftlh\" as base>${page().nonexistent()}");
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("render", failure.stage());
        assertSameSite(before, FixtureSite.snapshot(site.out()), "after a failed render");
        assertEquals(List.of("site"), leftovers(site.root()));
    }

    @Test
    void aLayoutErrorNamesTheLayoutLineAndColumn() {
        FixtureSite site = FixtureSite.minimal(dir).write("layouts/page.ftlh", "<#import \"base.ftlh\" as base>\n<p>${page.nonexistent}</p>\n");
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                layouts/page.ftlh:2:6: error [layout-error] The following has evaluated to null or missing: page.nonexistent (rendering about/index.html)
                  2 | <p>${page.nonexistent}</p>
                    |      ^
                  hint: fix the layout; the data it can read is described in the README
                render: 1 error; nothing was written
                """, failure.report());
    }

    @Test
    void aMissingLayoutIsReportedOnceNotOncePerPage() throws java.io.IOException {
        // found by a new user: without layouts/entity.ftlh the dossier's build printed the same error 94 times, one
        // for each organisation, person and topic page
        FixtureSite site = FixtureSite.minimal(dir).write("content/topics.yaml", FixtureSite.GOOD_TOPICS + """
                - id: sanctions
                  name: Sanctions
                  aliases: []
                - id: warrants
                  name: Warrants
                  aliases: []
                """);
        java.nio.file.Files.delete(site.root().resolve("layouts/entity.ftlh"));
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                layouts/entity.ftlh:1:1: error [missing-layout] the layout does not exist (needed for topics/cooperation/index.html and 2 other pages)
                  hint: restore it from the repository, or point --layouts at a folder that has it
                render: 1 error; nothing was written
                """, failure.report());
    }

    @Test
    void aLayoutSyntaxErrorInAnIncludedLayoutNamesThatLayout() {
        FixtureSite site = FixtureSite.minimal(dir).write("layouts/broken.ftlh", "<p>\n<#if x>\n")
                .write("layouts/page.ftlh", "<#include \"broken.ftlh\">\n");
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("layouts/broken.ftlh:2:1: error [layout-syntax] Unexpected end of file reached. You have an unclosed #if.",
                failure.report().lines().findFirst().orElseThrow().replaceAll("(unclosed #if\\.).*", "$1"));
        assertTrue(failure.report().contains("until then the layouts that use it fail too: page.ftlh\n"), failure.report());
    }

    @Test
    void theCitationsFullStopStaysWithTheHash() throws IOException {
        // found by review: at 1280 px the full stop after the SHA-256 fell alone on the next line
        FixtureSite site = FixtureSite.withLetter(dir);
        site.build();
        Document page = Jsoup.parse(site.out().resolve("documents/statement/index.html").toFile(), "UTF-8");
        String citation = page.selectFirst("#citation").text();
        assertEquals(citation.substring(citation.length() - 2), page.select("#citation span.keep").text());
        // and the hash is in the monospace that fits it on one line at 1280 px, as the provenance table shows it
        assertEquals(citation.substring(citation.length() - 65), page.select("#citation span.hash").text());
        assertTrue(citation.matches(".*SHA-256 [0-9a-f]{64}\\."), citation);
    }

    @Test
    void anAssetThatCannotBeReadSaysWhatToDo() throws IOException {
        // its hint was empty: "hint:" and nothing after it
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/self/mem")), "a file that gives an error when read");
        FixtureSite site = FixtureSite.withLetter(dir);
        // read from its start, a process's memory is an input/output error, for root too
        Files.createSymbolicLink(site.root().resolve("layouts/assets/broken.css"), Path.of("/proc/self/mem"));
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                layouts:1:1: error [unreadable] cannot read the layouts: assets/broken.css: Input/output error
                  hint: check that you may read the layouts folder and every file in it (ls -lR layouts shows their permissions; chmod -R u+rX layouts gives you the right), and that none is a link to nothing
                render: 1 error; nothing was written
                """, failure.report());
    }

    @Test
    void aLayoutSyntaxErrorIsReportedOnceAndSaysWhatWasExpected() {
        // Freemarker's list of what it expected was cut off, and the second document's page reported an unreadable layout
        FixtureSite site = FixtureSite.withLetter(dir).write("layouts/document.ftlh", """
                <#import "base.ftlh" as base>
                <@base.page l=layout>
                <h1>${doc.title</h1>
                </@base.page>
                """);
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                layouts/document.ftlh:3:17: error [layout-syntax] Encountered "/", but was expecting one of these patterns: \
                a string, "false", "true", a number, ".", "+", "-", "!", "[", "(", "{", a name
                  3 | <h1>${doc.title</h1>
                    |                 ^
                  hint: fix the Freemarker syntax at or just before this place: often a ${ without its }, or a ( or [ without its ) or ]
                render: 1 error; nothing was written
                """, failure.report());
    }

    @Test
    void anUnclosedIfIsReportedWhereItOpens() {
        // it was reported at the end of the file, without the line of the <#if>
        FixtureSite site = FixtureSite.withLetter(dir).write("layouts/document.ftlh", """
                <#import "base.ftlh" as base>
                <#if doc.summary?has_content>
                <@base.page l=layout>
                <h1>${doc.title}</h1>
                </@base.page>
                """);
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                layouts/document.ftlh:2:1: error [layout-syntax] Unexpected end of file reached. You have an unclosed #if. \
                Check if the FreeMarker end-tags are present, and aren't malformed. \
                (Note that FreeMarker end-tags must have # or @ after the / character.)
                  2 | <#if doc.summary?has_content>
                    | ^
                  hint: close this #if with </#if>: the layout ends at line 5 without it
                render: 1 error; nothing was written
                """, failure.report());
    }

    @Test
    void aSyntaxErrorInTheBaseLayoutIsOneErrorNotOnePerLayoutThatImportsIt() {
        // the message was garbled ("character. and 1 other page)"), and each importing layout failed again ("Template importing failed")
        FixtureSite site = FixtureSite.withLetter(dir).write("layouts/base.ftlh", """
                <#macro page l>
                <!DOCTYPE html>
                <html lang="en">
                <#if l.description?has_content><meta name="description" content="${l.description}">
                <body>
                <#nested>
                </body>
                </html>
                </#macro>
                """);
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("""
                layouts/base.ftlh:9:1: error [layout-syntax] Encountered "</#macro>", but at this place only this can be closed: "#if". \
                This usually because of wrong nesting of FreeMarker directives, like a missed or malformed end-tag somewhere. \
                (Note that FreeMarker end-tags must have # or @ after the / character.)
                  9 | </#macro>
                    | ^
                  hint: the #if opened on line 4 is not closed: add its </#if> before this end-tag; until then the layouts that use it \
                fail too: document.ftlh, download.ftlh, entity.ftlh, home.ftlh, notfound.ftlh, page.ftlh, print.ftlh, registry.ftlh, \
                search.ftlh, section.ftlh, signatories.ftlh, timeline.ftlh
                render: 1 error; nothing was written
                """, failure.report());
    }

    @Test
    void aLayoutErrorOnManyPagesIsReportedOnce() {
        FixtureSite site = FixtureSite.minimal(dir).write("layouts/section.ftlh", "${nope}\n");
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("layouts/section.ftlh:1:3: error [layout-error] The following has evaluated to null or missing: nope"
                + " (rendering sections/capacity-building/index.html and 2 other pages)", failure.report().lines().findFirst().orElseThrow());
        assertEquals(1, failure.errorCount());
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        FixtureSite a = FixtureSite.minimal(dir.resolve("a"));
        FixtureSite b = FixtureSite.minimal(dir.resolve("b"));
        a.build();
        b.build();
        assertSameSite(FixtureSite.snapshot(a.out()), FixtureSite.snapshot(b.out()), "two builds");
    }

    @Test
    void aTitleIsTheSourcesOnlyWhenItPrintsItWhole() throws IOException {
        // found by the second review: a heading cut short counted as the source's own title
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/statement.yaml",
                FixtureSite.GOOD_DOC.replace("title: Statement on Cooperation", "title: Statement on"));
        site.build();
        assertEquals("Title supplied by this dossier: the source does not print it as such (citations give it in square brackets).",
                page(site.out().resolve("documents/statement/index.html")).selectFirst("p.title-note").text());
        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("title: Statement on Cooperation", "title: STATEMENT ON COOPERATION."));
        site.build();
        assertEquals(null, page(site.out().resolve("documents/statement/index.html")).selectFirst("p.title-note"), "a change of case is no new title");
    }

    @Test
    void aLongSignatoryOfALetterListedOnePerLineIsShownOnItsOwnLine() throws IOException {
        // found by review: in a letter wrapped line by line, a name filling the wrap width was joined to the next name,
        // so the letter's page showed two signatories run together in one paragraph
        String seed = String.join("\n\n", List.of(
                "We, the undersigned organisations, write to urge the Government of Japan to",
                "ratify the Kampala amendments to the Rome Statute and to strengthen its",
                "cooperation with the ICC. This letter is signed by 4 organisations",
                "based in Japan and abroad.",
                "Japan has been the largest contributor to the budget of the International",
                "Criminal Court since 2007. We welcome this support, but support must",
                "also be political. The Japanese government should publicly condemn the",
                "US sanctions imposed on the court's prosecutor and on ICC judges.",
                "Sincerely,",
                "Rights Watch",
                "Japan Federation of Bar Associations Committee on International Human Rights",
                "Rights Now",
                "Women’s Museum(WAM)")) + "\n";
        FixtureSite site = FixtureSite.withLetter(dir).write("seeds/letter.txt", seed)
                .write("content/organizations.yaml", FixtureSite.ORGANIZATIONS + """
                        - id: jfba-committee
                          name: Japan Federation of Bar Associations Committee on International Human Rights
                          kind: ngo
                          aliases: [Japan Federation of Bar Associations Committee on International Human Rights]
                        """)
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC.substring(0, FixtureSite.LETTER_DOC.indexOf("signatures:"))
                        .replace("addressee: Minister", "addressee: not stated")
                        + "signatories: [Rights Watch, Japan Federation of Bar Associations Committee on International Human Rights,"
                        + " Rights Now, \"Women's Museum(WAM)\"]\n");
        // the names are the letter's list, in its order (the fixture's other organisation goes unused)
        assertEquals(List.of("unused-alias"), site.build().warnings().stream().map(d -> d.code()).toList());
        Document page = page(site.out().resolve("documents/letter/index.html"));
        List<String> texts = page.select("[id^=p-]").stream().map(e -> {
            org.jsoup.nodes.Element copy = e.clone();
            copy.select(".pnum").remove();
            return copy.text();
        }).toList();
        assertEquals(List.of("Sincerely,", "Rights Watch", "Japan Federation of Bar Associations Committee on International Human Rights",
                "Rights Now", "Women’s Museum(WAM)"), texts.subList(texts.size() - 5, texts.size()));
        assertTrue(texts.contains("Japan has been the largest contributor to the budget of the International Criminal Court since 2007. We"
                + " welcome this support, but support must also be political. The Japanese government should publicly condemn the US"
                + " sanctions imposed on the court's prosecutor and on ICC judges."), texts.toString());
        assertFalse(page.text().contains("Human Rights Rights Now"), "no two names run together");
    }

    @Test
    void theSiteIsTheSameWhateverTheLanguageOfTheMachineThatBuildsIt() {
        FixtureSite english = FixtureSite.minimal(dir.resolve("english"));
        FixtureSite arabic = FixtureSite.minimal(dir.resolve("arabic"));
        english.build();
        java.util.Locale was = java.util.Locale.getDefault();
        try {
            // Java formats numbers in Arabic-Indic digits for this language unless told otherwise
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            arabic.build();
        } finally {
            java.util.Locale.setDefault(was);
        }
        Map<String, byte[]> built = FixtureSite.snapshot(arabic.out());
        assertTrue(new String(built.get("feed.xml"), StandardCharsets.UTF_8).contains("<updated>2023-12-07T00:00:00Z</updated>"));
        assertTrue(new String(built.get("documents/statement/cite.ris"), StandardCharsets.UTF_8).contains("DA  - 2023/12/07/"));
        assertSameSite(FixtureSite.snapshot(english.out()), built, "built in English and in Arabic");
    }

    @Test
    void theSiteIsTheSameWhereverTheBuildRunsFrom() {
        // Run from another folder, messages name the inputs by their absolute paths; pages must not.
        FixtureSite here = FixtureSite.minimal(dir.resolve("here"));
        FixtureSite there = FixtureSite.minimal(dir.resolve("there"));
        here.build();
        Path root = there.root();
        new Pipeline("test").build(new Pipeline.Options(new org.dossier.source.InputPaths(root.resolve("content"),
                root.resolve("seeds"), root.resolve("layouts"), dir.resolve("elsewhere")), there.out()));
        Map<String, byte[]> built = FixtureSite.snapshot(there.out());
        assertTrue(new String(built.get("documents/statement/index.html"), StandardCharsets.UTF_8)
                .contains("<dt>Metadata file</dt><dd><code>content/documents/statement.yaml</code></dd>"));
        assertSameSite(FixtureSite.snapshot(here.out()), built, "built from the dossier's folder and from another");
    }

    @Test
    void aLayoutErrorOnTheLastPageLeavesTheSiteAsItWas() {
        FixtureSite site = FixtureSite.minimal(dir);
        site.build();
        Map<String, byte[]> before = FixtureSite.snapshot(site.out());
        // about/index.html is the last page planned and rendered
        site.write("layouts/page.ftlh", "<#import \"base.ftlh\" as base><@base.page l=layout>${page.missing}</@base.page>");
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("render", failure.stage());
        assertSameSite(before, FixtureSite.snapshot(site.out()), "after a failure on the last page");
        assertEquals(List.of("site"), leftovers(site.root()));
    }

    @Test
    void theDossierBuiltInTwoFoldersWithDifferentThreadCountsIsByteIdentical() {
        Path a = dir.resolve("first/checkout");
        Path b = dir.resolve("second");
        for (Path root : List.of(a, b)) {
            for (String folder : List.of("content", "seeds", "layouts")) {
                FixtureSite.copyTree(Path.of(folder), root.resolve(folder));
            }
        }
        new Pipeline("test").build(new Pipeline.Options(org.dossier.source.InputPaths.under(a), a.resolve("site"), "", 1));
        new Pipeline("test").build(new Pipeline.Options(org.dossier.source.InputPaths.under(b), b.resolve("out/site"), "", 4));
        assertSameSite(FixtureSite.snapshot(a.resolve("site")), FixtureSite.snapshot(b.resolve("out/site")), "1 thread and 4 threads");
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir).write("site/notes.txt", "my notes");
        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        assertEquals("write", failure.stage());
        assertTrue(failure.report().startsWith("site:1:1: error [write-failed] cannot write the site: refusing to replace "), failure.report());
        // the hint said "the previous site, if any, is unchanged", which says nothing of what to do
        assertTrue(failure.report().endsWith("""
                  hint: give --out a new or empty folder, or the folder of a site this generator built (such as site); nothing was changed
                write: 1 error; nothing was written
                """), failure.report());
        assertEquals("my notes", Files.readString(site.out().resolve("notes.txt")));
    }

    @Test
    void theBuildNeverChangesTheSeeds() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        byte[] before = Files.readAllBytes(site.root().resolve("seeds/a.txt"));
        site.build();
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(site.root().resolve("seeds/a.txt"))));
    }

    private static List<String> leftovers(Path root) {
        try (var list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site") || n.equals("site")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        return org.dossier.source.Input.Digest.of(text.getBytes(StandardCharsets.UTF_8)).sha256();
    }
}
