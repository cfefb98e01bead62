package org.dossier.build;

import org.dossier.source.InputPaths;
import org.dossier.testing.FixtureSite;
import org.dossier.testing.SiteLinks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier as a host and an offline reader get it: links, host files, feed, zip, base URL. */
class PublishTest {
    @TempDir
    static Path dir;
    static Path plain;
    static Path hosted;

    @BeforeAll
    static void build() {
        plain = dir.resolve("plain");
        hosted = dir.resolve("hosted");
        new Pipeline("test").build(new Pipeline.Options(InputPaths.under(Path.of("")), plain));
        new Pipeline("test").build(new Pipeline.Options(InputPaths.under(Path.of("")), hosted, "https://example.org/dossier/"));
    }

    @Test
    void everyLinkOfTheDossierResolvesToAFileAndAnchor() {
        assertEquals(List.of(), new SiteLinks(plain).problems());
        assertEquals(List.of(), new SiteLinks(hosted).problems());
    }

    @Test
    void theLinkCheckerFindsWhatBreaksOfflineReading(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("a/index.html"), "<p id=x>x</p>");
        Files.writeString(site.resolve("index.html"), """
                <a href="/a/index.html">root</a><a href="a/">folder</a><a href="b.html">missing</a>
                <a href="a/index.html#y">anchor</a><a href="a/index.html#x">fine</a><img src="../up.png">
                """);
        assertEquals(List.of(
                "index.html: root-relative link /a/index.html",
                "index.html: folder link a/ (breaks under file://; link to index.html)",
                "index.html: missing target b.html",
                "index.html: missing anchor a/index.html#y",
                "index.html: link leaves the site ../up.png"), new SiteLinks(site).problems());
    }

    @Test
    void hostFilesAreThere() throws IOException {
        assertTrue(Files.isRegularFile(plain.resolve(".nojekyll")));
        assertTrue(Files.isRegularFile(plain.resolve("404.html")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(plain.resolve("robots.txt")));
        assertFalse(Files.exists(plain.resolve("sitemap.xml")), "a sitemap needs absolute addresses: only with a base URL");
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.org/dossier/sitemap.xml\n", Files.readString(hosted.resolve("robots.txt")));
        String sitemap = Files.readString(hosted.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/dossier/documents/2023-12-07-ishikane-security-council-organized-crime/index.html</loc>"));
        assertFalse(sitemap.contains("404.html"));
    }

    @Test
    void withABaseUrlPagesHaveCanonicalLinksAndTheSameFilesOtherwise() throws IOException {
        String page = "documents/2023-12-07-ishikane-security-council-organized-crime/index.html";
        assertEquals("https://example.org/dossier/" + page,
                Jsoup.parse(hosted.resolve(page).toFile(), "UTF-8").selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(Jsoup.parse(plain.resolve(page).toFile(), "UTF-8").select("link[rel=canonical]").isEmpty());
        assertEquals("https://example.org/dossier/index.html",
                Jsoup.parse(hosted.resolve("404.html").toFile(), "UTF-8").selectFirst("a.brand").attr("href"));
    }

    @Test
    void theFeedListsTheDatedDocumentsNewestFirst() throws IOException {
        org.jsoup.nodes.Document feed = Jsoup.parse(Files.readString(plain.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(List.of("2025-04-23T00:00:00Z", "2024-05-30T00:00:00Z", "2023-12-07T00:00:00Z"), feed.select("entry > updated").eachText());
        assertEquals("2025-04-23T00:00:00Z", feed.selectFirst("feed > updated").text());
        assertTrue(feed.selectFirst("entry > id").text().startsWith("urn:sha256:"));
    }

    @Test
    void theZipHoldsTheWholeSiteAndNothingElse() throws IOException {
        Map<String, byte[]> site = FixtureSite.snapshot(plain);
        byte[] zip = site.remove("dossier.zip");
        Map<String, byte[]> unzipped = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertTrue(e.getName().startsWith("dossier/"), e.getName());
                unzipped.put(e.getName().substring("dossier/".length()), in.readAllBytes());
            }
        }
        assertEquals(site.keySet(), unzipped.keySet());
        // every file is the site's, but the download page, which says there that the copy was unzipped from the zip
        site.forEach((k, v) -> assertEquals(!k.equals("download/index.html"), java.util.Arrays.equals(v, unzipped.get(k)), k));
        assertTrue(new String(unzipped.get("index.html"), StandardCharsets.UTF_8).contains("href=\"download/index.html\""));
        assertTrue(new String(site.get("download/index.html"), StandardCharsets.UTF_8).contains("href=\"../dossier.zip\""));
        assertFalse(new String(unzipped.get("download/index.html"), StandardCharsets.UTF_8).contains("dossier.zip\""));
    }

    @Test
    void theDossierUnzippedHasNoDeadLink(@TempDir Path copy) {
        for (Path built : List.of(plain, hosted)) {
            Path unzipped = org.dossier.testing.Unzipped.copyOf(built, copy.resolve(built.getFileName().toString()));
            org.dossier.diag.Diagnostics found = new org.dossier.diag.Diagnostics();
            new org.dossier.publish.LinkChecker(FixtureSite.snapshot(unzipped), "unzipped").check(found);
            assertEquals(List.of(), found.sorted().stream().map(org.dossier.diag.Diagnostic::headline).toList(), built.toString());
        }
        assertEquals(List.of(), new SiteLinks(copy.resolve("plain/dossier")).problems());
    }

    @Test
    void thePrintPageHoldsEveryDocumentInOrder() throws IOException {
        org.jsoup.nodes.Document print = Jsoup.parse(plain.resolve("print/index.html").toFile(), "UTF-8");
        assertEquals(5, print.select("article.print-document").size());
        assertEquals("2023-12-07-ishikane-security-council-organized-crime", print.selectFirst("article.print-document").id());
    }

    @Test
    void aTitleTheSourceDoesNotPrintIsSaidToBeTheDossiersAndCitedInBrackets() throws IOException {
        // found by review: "Capacity Building: criminal justice assistance through UNAFEI…" was cited as the source's title
        List<String> supplied = new java.util.ArrayList<>();
        try (var pages = Files.list(plain.resolve("documents"))) {
            for (Path folder : pages.sorted().toList()) {
                org.jsoup.nodes.Document page = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
                String ris = Files.readString(folder.resolve("cite.ris"));
                String title = page.selectFirst("h1").text();
                boolean noted = page.selectFirst("header p.title-note") != null;
                assertEquals(noted, ris.contains("TI  - [" + title + "]\r\n"), folder.toString());
                assertEquals(!noted, ris.contains("TI  - " + title + "\r\n"), folder.toString());
                if (noted) {
                    supplied.add(folder.getFileName().toString());
                }
            }
        }
        // the 2025 letter's title is its own, printed over two headings; the 2024 letter's is its first line
        assertEquals(List.of("2023-12-07-ishikane-security-council-organized-crime", "japan-profile-capacity-building",
                "japan-statement-discussion-on-cooperation"), supplied);
    }

    @Test
    void everyDocumentsReferenceFilesParseAndCarryOnlyAnAddressThatOpens() throws Exception {
        // found by audit: without a base URL, cite.ris and cite.json gave "documents/<id>/index.html" as the
        // document's address, which a reference manager stores and cannot open; statements were RIS GEN (a journal
        // article in Zotero); the ambassador's office was RIS's given name; JSON-LD typed letters "Letter"
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> types = new TreeMap<>();
        for (Path site : List.of(plain, hosted)) {
            try (var pages = Files.list(site.resolve("documents"))) {
                for (Path folder : pages.sorted().toList()) {
                    String id = folder.getFileName().toString();
                    String address = "https://example.org/dossier/documents/" + id + "/index.html";
                    boolean online = site == hosted;
                    org.jbibtex.BibTeXDatabase bib = new org.jbibtex.BibTeXParser().parse(
                            new java.io.StringReader(Files.readString(folder.resolve("cite.bib"))));
                    assertEquals(1, bib.getEntries().size(), id);
                    org.jbibtex.Value url = bib.getEntries().values().iterator().next().getField(org.jbibtex.BibTeXEntry.KEY_URL);
                    assertEquals(online ? address : null, url == null ? null : url.toUserString(), id);

                    com.fasterxml.jackson.databind.JsonNode csl = json.readTree(folder.resolve("cite.json").toFile());
                    assertEquals(1, csl.size(), id);
                    assertEquals(online ? address : null, csl.get(0).has("URL") ? csl.get(0).get("URL").asText() : null, id);
                    for (com.fasterxml.jackson.databind.JsonNode name : csl.get(0).path("author")) {
                        assertEquals(1, name.size(), id + ": a name is one literal, never family and given");
                        assertTrue(name.has("literal"), id);
                    }

                    List<String> ris = Files.readString(folder.resolve("cite.ris")).lines().toList();
                    assertTrue(ris.get(0).matches("TY  - [A-Z]+") && ris.get(ris.size() - 1).equals("ER  - "), id);
                    assertTrue(ris.stream().allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*")), id);
                    assertEquals(online ? List.of("UR  - " + address) : List.of(), ris.stream().filter(l -> l.startsWith("UR  -")).toList(), id);
                    assertTrue(ris.stream().filter(l -> l.startsWith("AU  - ")).noneMatch(l -> l.contains(",")),
                            id + ": RIS reads \"X, Y\" as family name X, given name Y");

                    org.jsoup.nodes.Document page = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
                    com.fasterxml.jackson.databind.JsonNode ld = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
                    assertEquals(online ? address : null, ld.has("url") ? ld.get("url").asText() : null, id);
                    types.put(id, csl.get(0).get("type").asText() + " " + ris.get(0).substring(6) + " " + ld.get("@type").asText());
                }
            }
        }
        assertEquals(Map.of(
                "2023-12-07-ishikane-security-council-organized-crime", "speech SLIDE CreativeWork",
                "2024-05-30-joint-letter-kamikawa-icc-independence", "personal_communication PCOMM Message",
                "2025-04-23-joint-letter-iwaya-supporting-icc", "personal_communication PCOMM Message",
                "japan-profile-capacity-building", "report RPRT CreativeWork",
                "japan-statement-discussion-on-cooperation", "speech SLIDE CreativeWork"), types);
    }

    @Test
    void anEntitysDescriptionAndAProgrammesNamesAreGivenAsTheDossiersNotTheSources() throws IOException {
        // found by audit: an organisation's description (content/organizations.yaml) stood as the page's lede with no
        // word that the editor wrote it, as the editor's summary of a document has; and the programmes table headed the
        // organisations an event links "With whom", so the ICC, the subject of the 2009 seminar in India, stood as
        // Japan's partner in it beside AALCO, its co-organiser
        org.jsoup.nodes.Document icc = Jsoup.parse(plain.resolve("organizations/international-criminal-court/index.html").toFile(), "UTF-8");
        assertEquals("Editorial description: The court to which both joint letters refer; the 2025 letter calls it a court of last"
                + " resort to ensure justice for serious international crimes.", icc.selectFirst("p.lede").text());
        org.jsoup.nodes.Document section = Jsoup.parse(plain.resolve("sections/capacity-building/index.html").toFile(), "UTF-8");
        assertEquals(List.of("When", "What", "Where", "Bodies and people named", "Source"), section.select("table.programmes thead th").eachText());
        org.jsoup.nodes.Element india = section.select("table.programmes tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith("Seminar on the ICC in India")).findFirst().orElseThrow();
        assertEquals("Asian-African Legal Consultative Organization, International Criminal Court", india.select("td").get(2).text());
        assertFalse(section.text().contains("With whom"));
        // found by review: the programme on corruption, which the profile scopes "(multi-national, since 2000)" as it
        // scopes the next one "(Southeast Asia since 2007)", showed its place as "not stated"
        assertEquals(List.of("multi-national", "Southeast Asia"), section.select("table.programmes tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith("Technical assistance on"))
                .limit(2).map(r -> r.select("td").get(1).text()).toList());
    }

    @Test
    void aPersonsRoleInTheDataGivesTheDateOfTheDocumentThatStatesIt() throws IOException {
        // found by audit: people.json gave each role a bare "date" (Netanyahu, "Israeli Prime Minister", 2025-04-23), read as
        // the date the role was held; it is the date of the letter that states it
        com.fasterxml.jackson.databind.JsonNode people = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plain.resolve("data/people.json").toFile());
        com.fasterxml.jackson.databind.JsonNode akane = java.util.stream.StreamSupport.stream(people.spliterator(), false)
                .filter(p -> p.get("id").asText().equals("tomoko-akane")).findFirst().orElseThrow();
        assertEquals("{\"role\":\"current ICC President\",\"document\":\"2024-05-30-joint-letter-kamikawa-icc-independence\","
                + "\"document_date\":\"2024-05-30\"}", akane.get("roles").get(2).toString());
    }

    @Test
    void aLetterThatCountsNoUnnamedSignatoriesIsNotSaidToHaveNone() throws IOException {
        // found by audit: the 2024 letter prints "32 organizations" over 29 names and says nothing of others, but
        // documents.json gave it unnamed_count 0, bound "exact", and the signatory index "Unnamed: 0"
        com.fasterxml.jackson.databind.JsonNode documents = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plain.resolve("data/documents.json").toFile());
        Map<String, String> unnamed = new TreeMap<>();
        for (com.fasterxml.jackson.databind.JsonNode d : documents) {
            if (d.has("signatures")) {
                com.fasterxml.jackson.databind.JsonNode s = d.get("signatures");
                unnamed.put(d.get("id").asText(), s.get("unnamed_count").asText() + " " + s.get("unnamed_count_bound").asText()
                        + " \"" + s.get("unnamed_as_printed").asText() + "\"");
            }
        }
        assertEquals(Map.of("2024-05-30-joint-letter-kamikawa-icc-independence", "not stated not stated \"\"",
                "2025-04-23-joint-letter-iwaya-supporting-icc", "2 exact \"2 other organizations\""), unnamed);
        org.jsoup.nodes.Document index = Jsoup.parse(plain.resolve("sections/signatory-index/index.html").toFile(), "UTF-8");
        assertEquals(List.of("not stated", "2 (“2 other organizations”)"), index.select("td[data-label=Unnamed:]").eachText());
    }

    @Test
    void aDocumentWithNoAuthorStatedSaysItsCitationsCreditNoOne() throws IOException {
        // found by review: the profile's "Credited in citations" gave its author field, "not stated (the closing lines
        // name …)", as if the citations named the division; they credit no one (Citations.stated)
        Map<String, String> credited = new TreeMap<>();
        for (String id : List.of("japan-profile-capacity-building", "japan-statement-discussion-on-cooperation",
                "2023-12-07-ishikane-security-council-organized-crime")) {
            org.jsoup.nodes.Document page = Jsoup.parse(plain.resolve("documents/" + id + "/index.html").toFile(), "UTF-8");
            credited.put(id, page.select("dt:containsOwn(Credited in citations) + dd").text());
        }
        assertEquals(Map.of("japan-profile-capacity-building", "no one: the author is not stated",
                "japan-statement-discussion-on-cooperation", "no one: the author is not stated",
                "2023-12-07-ishikane-security-council-organized-crime",
                "H.E. Ambassador ISHIKANE Kimihiro, Permanent Representative of Japan to the United Nations"), credited);
    }

    @Test
    void theSignatoryIndexsAlphabeticalListGivesANameAsPrintedWhereTheLetterPrintsItOtherwise() throws IOException {
        // found by review: the index, "exactly as printed", listed "Shizuoka YWCA" and "Japan Civil Liberties Union"
        // with their letters, though the letters print "Shiyzuoka YWCA" and "The Japan Civil Liberties Union (JCLU)";
        // only the table further down said so
        org.jsoup.nodes.Document index = Jsoup.parse(plain.resolve("sections/signatory-index/index.html").toFile(), "UTF-8");
        List<String> items = index.select("#alpha + ul.entity-list > li").eachText();
        assertTrue(items.contains("Shizuoka YWCA 1 letter: 30 May 2024 (signatory, printed “Shiyzuoka YWCA”)"), items.toString());
        assertTrue(items.contains("Japan Civil Liberties Union 1 letter: 23 April 2025 (signatory, printed “The Japan Civil Liberties Union (JCLU)”)"),
                items.toString());
        assertTrue(items.contains("Kyoto YWCA 2 letters: 30 May 2024 (signatory); 23 April 2025 (signatory)"), items.toString());
    }

    @Test
    void theHomePageCountsTheSignatoriesWithTheMergesTheIndexCallsProbable() throws IOException {
        // found by audit: the home page said "38 organisations" flat, where the signatory index says 2 of them are
        // spellings taken to name one organisation that the sources leave uncertain (40 if the merges are wrong)
        org.jsoup.nodes.Document home = Jsoup.parse(plain.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("3 documents", "1 document", "2 documents", "38 organisations, 2 of them probable merges"),
                home.select("li.card p.count").eachText());
    }

    @Test
    void thePrintPageShowsTheEditorialWorkAndTheCountsAsTheDocumentPagesDo() throws IOException {
        // found by review: the printed dossier, the likely exhibit, showed none of the notes on how texts were laid out
        org.jsoup.nodes.Document print = Jsoup.parse(plain.resolve("print/index.html").toFile(), "UTF-8");
        for (org.jsoup.nodes.Element article : print.select("article.print-document")) {
            org.jsoup.nodes.Document page = Jsoup.parse(plain.resolve("documents/" + article.id() + "/index.html").toFile(), "UTF-8");
            assertEquals(page.select("ul.notes li").eachText(), article.select("ul.notes li").eachText(), article.id());
        }
        assertEquals(5, print.select("div.print-notes").size());
        org.jsoup.nodes.Element letter = print.getElementById("2024-05-30-joint-letter-kamikawa-icc-independence");
        assertEquals("the letter states 32 (“32 organizations”); it lists 29 by name: the stated count and the list differ"
                + " (32 stated, 29 accounted for)", letter.select("dt:containsOwn(Signatories) + dd").text());
        org.jsoup.nodes.Document based = Jsoup.parse(hosted.resolve("print/index.html").toFile(), "UTF-8");
        // on paper the address is read, so it is the published one; the link itself stays relative, for reading offline
        org.jsoup.nodes.Element online = based.getElementById("2024-05-30-joint-letter-kamikawa-icc-independence").selectFirst("dt:containsOwn(Online page) + dd a");
        assertEquals("https://example.org/dossier/documents/2024-05-30-joint-letter-kamikawa-icc-independence/index.html", online.text());
        assertEquals("../documents/2024-05-30-joint-letter-kamikawa-icc-independence/index.html", online.attr("href"));
    }

    @Test
    void theSearchIndexIsAScriptWithEveryParagraph() throws IOException {
        String index = Files.readString(plain.resolve("assets/search-index.js"));
        assertTrue(index.startsWith("window.DOSSIER_SEARCH = {\"blocks\":[{\"documents\":[["), index.substring(0, 60));
        assertTrue(index.contains("\"sanctions\""));
        assertTrue(index.contains("Vladmir Putin"));
    }
}
