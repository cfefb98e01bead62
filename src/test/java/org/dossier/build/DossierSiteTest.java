package org.dossier.build;

import org.dossier.normalize.Words;
import org.dossier.source.InputPaths;
import org.dossier.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.dossier.testing.Snapshots.assertSameSite;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the real dossier from the repository and checks it as a reader would rely on it. */
class DossierSiteTest {
    @TempDir
    static Path dir;
    static Path out;
    static Map<String, byte[]> built;

    @BeforeAll
    static void buildTheDossier() {
        out = dir.resolve("site");
        new Pipeline(org.dossier.cli.Main.version()).build(new Pipeline.Options(InputPaths.under(Path.of("")), out));
        built = FixtureSite.snapshot(out);
    }

    private static List<Path> documentPages() throws IOException {
        try (var list = Files.list(out.resolve("documents"))) {
            return list.map(p -> p.resolve("index.html")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void theCommittedSiteEqualsAFreshBuild() {
        assertSameSite(built, FixtureSite.snapshot(Path.of("site")),
                "site/ is stale: run ./dossier build and commit site/");
    }

    @Test
    void everySeedIsPublishedWithItsOwnPage() throws IOException {
        List<String> seeds;
        try (var list = Files.list(Path.of("seeds"))) {
            seeds = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(5, seeds.size());
        assertEquals(seeds.size(), documentPages().size());
        for (String seed : seeds) {
            assertArrayEquals(Files.readAllBytes(Path.of("seeds", seed)), built.get("seeds/" + seed), seed);
        }
    }

    @Test
    void everyDocumentPageKeepsEveryWordOfItsSeedInOrder() throws IOException {
        for (Path page : documentPages()) {
            Document doc = parse(page);
            String seedName = doc.selectFirst("a[href^=../../seeds/]").text();
            String seed = Files.readString(Path.of("seeds", seedName), StandardCharsets.UTF_8);
            Element reading = doc.selectFirst("section.reading").clone();
            reading.select("h2, .pnum, .cite-p").remove();
            assertEquals(Words.ofSource(seed), Words.of(reading.wholeText()), page.toString());
        }
    }

    @Test
    void everyDocumentPageShowsTheSeedNameAndItsSha256() throws IOException {
        for (Path page : documentPages()) {
            Document doc = parse(page);
            Element link = doc.selectFirst("a[href^=../../seeds/]");
            String seedName = link.text();
            assertEquals("../../seeds/" + seedName, link.attr("href"));
            String sha = org.dossier.source.Input.Digest.of(Files.readAllBytes(Path.of("seeds", seedName))).sha256();
            assertEquals(sha, doc.selectFirst("code.hash").text(), page.toString());
        }
    }

    @Test
    void paragraphAnchorsAreNumberedFromOneWithVisibleLinks() throws IOException {
        for (Path page : documentPages()) {
            Document doc = parse(page);
            List<String> ids = doc.select("section.reading [id^=p-]").eachAttr("id");
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= ids.size(); i++) {
                expected.add("p-" + i);
            }
            assertEquals(expected, ids, page.toString());
            for (String id : ids) {
                Element link = doc.selectFirst("#" + id + " > a.pnum");
                assertEquals("#" + id, link.attr("href"));
                assertEquals(id.substring(2), link.text());
            }
        }
    }

    @Test
    void aTableThatStacksOnPhonesIsNotSaidToScrollSideways() throws IOException {
        // found by review: on phones the programmes and counts tables stack row by row, but a screen reader still
        // heard "(scrolls sideways)"; only the letters-by-organisation matrix, which does not stack, scrolls there
        List<String> said = new java.util.ArrayList<>();
        for (String page : List.of("sections/signatory-index/index.html", "sections/capacity-building/index.html")) {
            parse(out.resolve(page)).select(".table-scroll").forEach(region -> said.add(region.attr("aria-label")
                    + (region.selectFirst("table.stack") != null ? " (stacks)" : "")));
        }
        assertEquals(List.of("Signatories per letter table (stacks)", "Organisation by letter table (scrolls sideways)",
                "Programmes table (stacks)"), said);
    }

    @Test
    void noSourceMarkupLeaksIntoAnyPage() throws IOException {
        for (Path page : documentPages()) {
            Document doc = parse(page);
            assertTrue(doc.select("u, script:not([src]):not([type=application/ld+json])").isEmpty(), page.toString());
            String text = doc.selectFirst("section.reading").text();
            assertFalse(text.contains("<u>") || text.contains("</u>") || text.contains("##"), page.toString());
        }
    }

    @Test
    void everyLinkIsRelativeAndPointsAtAFile() {
        Pattern href = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
        for (var e : built.entrySet()) {
            if (!e.getKey().endsWith(".html")) {
                continue;
            }
            Matcher m = href.matcher(new String(e.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                String url = m.group(1);
                assertFalse(url.startsWith("/") || url.startsWith("http:") || url.startsWith("//"), e.getKey() + ": " + url);
                if (url.startsWith("#") || url.startsWith("https:") || url.startsWith("mailto:")) {
                    continue;
                }
                String path = url.replaceAll("#.*", "");
                Path target = out.resolve(e.getKey()).getParent().resolve(path).normalize();
                assertTrue(Files.isRegularFile(target), e.getKey() + " links to missing " + url);
            }
        }
    }

    @Test
    void theHomePagePresentsTheFourSections() throws IOException {
        Document home = parse(out.resolve("index.html"));
        assertEquals(List.of("Capacity-building record", "ICC support statements", "NGO appeals", "Signatory index"),
                home.select(".cards h3").eachText());
        // the signatory index counts organisations (those of data/signatories.csv), the other sections documents
        long signers = Files.readAllLines(out.resolve("data/signatories.csv")).stream().skip(1)
                .map(row -> row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[3]).distinct().count(); // commas outside quotes
        long probable = Files.readAllLines(out.resolve("data/signatories.csv")).stream().skip(1)
                .map(row -> row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).filter(cells -> cells[6].equals("probable"))
                .map(cells -> cells[3]).distinct().count();
        assertEquals(List.of("3 documents", "1 document", "2 documents", signers + " organisations, " + probable + " of them probable merges"),
                home.select(".cards .count").eachText());
    }

    @Test
    void theMay2024LetterSaysPlainlyThatItsStatedCountDiffersFromItsList() throws IOException {
        Document letter = parse(out.resolve("documents/2024-05-30-joint-letter-kamikawa-icc-independence/index.html"));
        assertTrue(letter.selectFirst(".count-statement").text().startsWith(
                "The letter states 32 signatories (“32 organizations”); it lists 29 by name. "
                        + "The stated count and the list differ: 32 stated, 29 accounted for."), letter.selectFirst(".count-statement").text());
        Document other = parse(out.resolve("documents/2025-04-23-joint-letter-iwaya-supporting-icc/index.html"));
        assertTrue(other.selectFirst(".count-statement").text().contains("The stated count and the list agree."));
    }

    @Test
    void theAboutPagesDataSectionHoldsOnlyWhatItSaysOfTheData() throws IOException {
        // found by review: a note on the sources' spellings, written on the line under the Data paragraph, was shown
        // there as a list of one item; it is a quirk of the sources, the last of that list
        Document about = parse(out.resolve("about/index.html"));
        List<String> underData = new java.util.ArrayList<>();
        for (Element e = about.selectFirst("h2:containsOwn(Data)").nextElementSibling(); e != null; e = e.nextElementSibling()) {
            underData.add(e.tagName());
        }
        assertEquals(List.of("p"), underData);
        Element quirks = about.selectFirst("h2:containsOwn(Known quirks of the sources) + ul");
        assertEquals("Spellings such as \"Vladmir\", \"Internatinoal\" and \"Shiyzuoka\" are the sources' own.",
                quirks.select("> li").last().text());
        assertTrue(about.selectFirst("h2:containsOwn(Data) + p").text().contains("role, merge (certain, or probable where the sources leave it uncertain that two spellings name one organisation) and the reason for a probable one"));
    }

    @Test
    void anEntityPageAndItsRegisterSpeakOfAPersonAsAPerson() throws IOException {
        // found by review: a person's page opened with "What it is", and the people index said each page lists "the
        // paragraphs that mention it", leaving out the roles every person's page gives first
        assertEquals("About this person", parse(out.resolve("people/tomoko-akane/index.html")).getElementById("what").text());
        assertEquals("About this organisation", parse(out.resolve("organizations/unafei/index.html")).getElementById("what").text());
        assertEquals("About this topic", parse(out.resolve("topics/cybercrime/index.html")).getElementById("what").text());
        assertEquals("Every person the dossier registers, with the spellings the sources use. Each page lists the person's roles "
                + "as the sources state them and the paragraphs that mention the person.", parse(out.resolve("people/index.html")).selectFirst(".lede").text());
    }

    @Test
    void aPersonPageSaysWhenNoSourceStatesARole() throws IOException {
        Element roles = parse(out.resolve("people/nyanjura/index.html")).selectFirst("section[aria-labelledby=roles]");
        assertEquals("Roles, as the sources state them not stated: no source gives this person a title or office.", roles.text());
        Element stated = parse(out.resolve("people/cammett/index.html")).selectFirst("section[aria-labelledby=roles] li");
        // the role and its source are apart in the text too, not only on screen: copied or read without the stylesheet,
        // the line read "“Professor”in Statement by ..."
        assertTrue(stated.text().startsWith("“Professor” in Statement by H.E. Ambassador ISHIKANE Kimihiro"), stated.text());
    }

    @Test
    void everyNameOnEveryLetterIsInTheSignatoriesExportExactlyOnceAndInOrder() throws IOException {
        List<String> rows = new String(built.get("data/signatories.csv"), StandardCharsets.UTF_8).lines().skip(1).toList();
        for (Path page : documentPages()) {
            Document doc = parse(page);
            if (doc.selectFirst("#signatories") == null) {
                continue;
            }
            String id = page.getParent().getFileName().toString();
            long expected = doc.select("ol.signatures li").size();
            assertEquals(expected, rows.stream().filter(r -> r.startsWith(id + ",")).count(), id);
        }
        assertEquals(2 + 29 + 2 + 23, rows.size());
    }

    @Test
    void everyMentionLinkPointsAtAnEntityPageThatListsTheParagraphBack() throws IOException {
        for (Path page : documentPages()) {
            Document doc = parse(page);
            String id = page.getParent().getFileName().toString();
            for (Element link : doc.select("section.reading a.mention")) {
                Element block = link.closest("[id^=p-]");
                Path target = page.getParent().resolve(link.attr("href")).normalize();
                Document entity = parse(target);
                String back = "../../documents/" + id + "/index.html#" + block.id();
                assertTrue(!entity.select("ul.mentions a[href=" + back + "]").isEmpty(), target + " does not list " + back);
            }
        }
    }

    @Test
    void theTimelineIsInDateOrderAndEveryEventLinksToItsParagraph() throws IOException {
        Document timeline = parse(out.resolve("timeline/index.html"));
        List<String> starts = new ArrayList<>();
        for (Element time : timeline.select("li.event time")) {
            starts.add(time.attr("datetime"));
        }
        List<String> sorted = new ArrayList<>(starts);
        sorted.sort(null);
        assertEquals(sorted, starts);
        assertTrue(starts.size() >= 20, "the sources report many dated events: " + starts.size());
        for (Element link : timeline.select("li.event blockquote footer a")) {
            String href = link.attr("href");
            Path page = out.resolve("timeline").resolve(href.substring(0, href.indexOf('#'))).normalize();
            assertTrue(parse(page).getElementById(href.substring(href.indexOf('#') + 1)) != null, href);
        }
    }

    /** The index said "0 mentions" of a topic tagged on a document, as if nothing were on it. */
    @Test
    void theTopicsIndexCountsTheDocumentsEachTopicPageLists() throws IOException {
        Document index = parse(out.resolve("topics/index.html"));
        Pattern count = Pattern.compile("^(\\d+) documents? · \\d+ mentions?$");
        for (Element item : index.select("ul.entity-list > li")) {
            Element link = item.selectFirst("a");
            Matcher m = count.matcher(item.selectFirst(".doc-meta").text());
            assertTrue(m.matches(), item.text());
            Document topic = parse(out.resolve("topics").resolve(link.attr("href")).normalize());
            assertEquals(Integer.parseInt(m.group(1)), topic.select("#tagged ~ ul.doc-list > li").size(), item.text());
        }
        assertEquals("1 document · 0 mentions", index.select("ul.entity-list > li").last().selectFirst(".doc-meta").text());
        // found by review: on a phone "9" ended a line and "mentions" began the next; a count keeps its noun
        assertEquals("1\u00a0document · 0\u00a0mentions", index.select("ul.entity-list > li").last().selectFirst(".doc-meta").wholeText());
    }

    @Test
    void everyNotStatedOfTheMetadataIsSetAsSuch() throws IOException {
        // found by review: the profile's author, "not stated (the closing lines name ...)", was in plain type where
        // every other "not stated" of the page is set apart
        List<Path> pages = new java.util.ArrayList<>(documentPages());
        pages.add(out.resolve("print/index.html"));
        List<String> plain = new java.util.ArrayList<>();
        int marked = 0;
        for (Path page : pages) {
            for (var dd : parse(page).select(".meta dd")) {
                if (dd.text().startsWith("not stated")) {
                    var first = dd.children().first();
                    if (first != null && first.hasClass("not-stated") && first.text().equals("not stated") && dd.html().startsWith("<span")) {
                        marked++;
                    } else {
                        plain.add(out.relativize(page) + ": " + dd.text());
                    }
                }
            }
        }
        assertEquals(List.of(), plain);
        assertTrue(marked > 10, "not stated values marked: " + marked);
        assertEquals("not stated (the closing lines name \"Ministry of Foreign Affairs, International Legal Affairs Division\")",
                parse(out.resolve("documents/japan-profile-capacity-building/index.html")).select(".meta dt:containsOwn(Author) + dd").text());
    }

    @Test
    void onAnEntitysPageItsNameInAnEventIsTheCurrentPageNotALink() throws IOException {
        // found by review: each of the court's 14 events on its own page linked "International Criminal Court" to the
        // page being read
        Document court = parse(out.resolve("organizations/international-criminal-court/index.html"));
        var events = court.select("li.event");
        assertEquals(14, events.size());
        for (var event : events) {
            assertEquals(List.of("International Criminal Court"), event.select("a[aria-current=page]").eachText(), event.text());
            assertEquals("../../organizations/international-criminal-court/index.html", event.selectFirst("a[aria-current=page]").attr("href"));
        }
        assertEquals(List.of("Karim Khan", "Karim Khan", "Karim Khan"),
                parse(out.resolve("people/karim-khan/index.html")).select("li.event a[aria-current=page]").eachText());
        assertTrue(parse(out.resolve("timeline/index.html")).select("li.event a[aria-current]").isEmpty());
    }

    @Test
    void undatedDocumentsCarryNoDateInTheirCitations() throws IOException {
        Document page = parse(out.resolve("documents/japan-statement-discussion-on-cooperation/index.html"));
        assertTrue(page.select("meta[name=citation_date], meta[name=citation_publication_date], meta[name=DC.date]").isEmpty());
        assertTrue(page.selectFirst("#citation").text().contains("date not stated"));
        Document dated = parse(out.resolve("documents/2023-12-07-ishikane-security-council-organized-crime/index.html"));
        assertEquals("2023/12/07", dated.selectFirst("meta[name=citation_publication_date]").attr("content"));
    }

    @Test
    void noPageCarriesABuildTime() {
        Pattern year = Pattern.compile("2026-\\d\\d-\\d\\d|\\d\\d:\\d\\d:\\d\\d");
        for (var e : built.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                assertFalse(year.matcher(new String(e.getValue(), StandardCharsets.UTF_8)).find(), e.getKey());
            }
        }
    }
}
