package org.dossier.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.normalize.Words;
import org.dossier.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small site with a signed letter: the letter page, organisation pages, the signatory index and the exports. */
class CrossReferenceSiteTest {
    @TempDir
    Path dir;

    private FixtureSite built() {
        FixtureSite site = FixtureSite.withLetter(dir);
        site.build();
        return site;
    }

    /** A second letter, a year later: Rights Watch coordinates, Women's Museum is not on it, and JVC is printed another way. */
    private static final String SECOND_SEED = """
            Second joint letter

            Dear Minister,

            We call on the government again to support the Court.

            [1 Coordinating organization]

            Rights Watch

            [2 organizations]

            Rights Now
            Volunteer Center Japan
            """;

    private static final String SECOND_DOC = """
            seed: second.txt
            kind: joint-letter
            title: Second joint letter
            date: 2025-04-23
            author: Rights Watch
            on_behalf_of: not stated
            venue: not stated
            addressee: Minister
            sections: [ngo-appeals]
            topics: [cooperation]
            summary: A second letter.
            signatures:
              stated_count: 2
              stated_count_as_printed: "2 organizations"
              coordinators:
                - {as_signed: Rights Watch, org: rights-watch}
              signatories:
                - {as_signed: Rights Now, org: rights-now}
                - {as_signed: Volunteer Center Japan, org: jvc}
            """;

    /** The letter site with {@link #SECOND_DOC}, and JVC's organisation entry ending with {@code jvcEnd}. */
    private FixtureSite twoLetters(String jvcEnd) {
        FixtureSite site = FixtureSite.withLetter(dir).write("seeds/second.txt", SECOND_SEED)
                .write("content/documents/second.yaml", SECOND_DOC)
                .write("content/organizations.yaml", FixtureSite.ORGANIZATIONS.replace(
                        "aliases: [Japan Internatinoal Volunteer Center]", "aliases: [Japan Internatinoal Volunteer Center, Volunteer Center Japan]" + jvcEnd));
        site.build();
        return site;
    }

    private static Document page(FixtureSite site, String path) throws IOException {
        return Jsoup.parse(site.out().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theLetterPageShowsTheStatedCountBesideTheListedOne() throws IOException {
        // the letter prints a count its list does not account for (a stated count its words do not state is an error)
        FixtureSite site = FixtureSite.withLetter(dir)
                .write("seeds/letter.txt", FixtureSite.LETTER_SEED.replace("[4 organizations]", "[5 organizations]"))
                .write("content/documents/letter.yaml",
                        FixtureSite.LETTER_DOC.replace("stated_count: 4", "stated_count: 5").replace("\"4 organizations\"", "\"5 organizations\""));
        site.build();
        Document doc = page(site, "documents/letter/index.html");
        assertEquals("The letter states 5 signatories (“5 organizations”); it lists 3 by name. "
                + "The stated count and the list differ: 5 stated, 3 accounted for. "
                + "The list is preceded by 2 coordinating organisations.", doc.selectFirst(".count-statement").text());
    }

    @Test
    void signatoriesLinkToTheirOrganisationAndShowThePrintedSpelling() throws IOException {
        Document doc = page(built(), "documents/letter/index.html");
        assertEquals(List.of("Women's Museum (WAM) printed “Women's Museum(WAM)” ¶ 8",
                        "Japan International Volunteer Center printed “Japan Internatinoal Volunteer Center” ¶ 9",
                        "Rights Now ¶ 10"),
                doc.select("#signatories ~ ol.signatures").last().select("li").eachText());
        assertEquals("../../organizations/jvc/index.html", doc.selectFirst("ol.signatures a[href*=jvc]").attr("href"));
    }

    @Test
    void namesPrintedInColumnsAreShownOneCellPerLineWithANoteAndTheirWordsUnchanged() throws IOException {
        // PDF text of a list in two columns: the letter page showed "Rights Watch Rights Now", two names run together
        String seed = FixtureSite.LETTER_SEED
                .replace("Rights Watch\nRights Now\n", "Rights Watch        Rights Now\n")
                .replace("Women’s Museum(WAM)\nJapan Internatinoal Volunteer Center\n", "Women’s Museum(WAM)\tJapan Internatinoal Volunteer Center\n");
        FixtureSite site = FixtureSite.withLetter(dir).write("seeds/letter.txt", seed);
        site.build(); // the word check passed: a changed word stops the build with words-changed
        Document doc = page(site, "documents/letter/index.html");
        assertEquals(List.of("Rights Watch", "Rights Now", "Women’s Museum(WAM)", "Japan Internatinoal Volunteer Center", "Rights Now"),
                doc.select("#p-5, #p-6, #p-8, #p-9, #p-10").stream().map(p -> p.ownText() + p.select("a.mention").text()).map(String::strip).toList());
        assertTrue(doc.select("ul.notes li").eachText().contains("2 rows printed in columns (their cells parted by a tab or a run of spaces)"
                + " are shown one cell per line, in the order of each row."), doc.select("ul.notes li").eachText().toString());
        // each signature points at the paragraph that prints its name, and the mention there links
        assertEquals(List.of("Women's Museum (WAM) printed “Women's Museum(WAM)” ¶ 8",
                        "Japan International Volunteer Center printed “Japan Internatinoal Volunteer Center” ¶ 9", "Rights Now ¶ 10"),
                doc.select("#signatories ~ ol.signatures").last().select("li").eachText());
        assertEquals("../../organizations/rights-now/index.html", doc.selectFirst("#p-6 a.mention").attr("href"));
        // the words of the reading text, as the page shows them, are the seed's
        doc.select("section.reading .pnum, section.reading .cite-p, section.reading h2").remove();
        assertEquals(Words.ofSource(seed), Words.of(doc.selectFirst("section.reading").text()));
    }

    @Test
    void aFootnotesNumberAgainstACapitalMayBeLeftOutOfTheSignatureWhenTheLetterPrintsTheFootnote() throws IOException {
        // "WAM2" with its footnote printed below the list: the build stopped with not-in-list for "Women’s Museum WAM"
        String seed = FixtureSite.LETTER_SEED.replace("Women’s Museum(WAM)\n", "Women’s Museum WAM2\n")
                + "\n2 The museum opened in 2005.\n";
        FixtureSite site = FixtureSite.withLetter(dir).write("seeds/letter.txt", seed)
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC.replace("\"Women's Museum(WAM)\"", "\"Women’s Museum WAM\""))
                .write("content/organizations.yaml", FixtureSite.ORGANIZATIONS.replace("\"Women’s Museum(WAM)\"", "\"Women’s Museum WAM\""));
        site.build();
        Document doc = page(site, "documents/letter/index.html");
        assertEquals("Women's Museum (WAM) printed “Women’s Museum WAM” ¶ 8", doc.select("#signatories ~ ol.signatures").last().selectFirst("li").text());
        // the page keeps the letter's words, the footnote's number with them
        Element item = doc.selectFirst("#p-8").clone();
        item.select(".pnum, .cite-p").remove();
        assertEquals("Women’s Museum WAM2", item.text());
    }

    @Test
    void aNameWrappedInsideItsColumnBuildsAndKeepsTheLettersLines() throws IOException {
        // "Japan Internatinoal" over "Volunteer Center" in the right column: the build stopped with not-in-list
        String seed = FixtureSite.LETTER_SEED.replace("Women’s Museum(WAM)\nJapan Internatinoal Volunteer Center\nRights Now\n",
                "Women’s Museum(WAM)        Japan Internatinoal\n                           Volunteer Center\nRights Now\n");
        FixtureSite site = FixtureSite.withLetter(dir).write("seeds/letter.txt", seed);
        site.build();
        Document doc = page(site, "documents/letter/index.html");
        // the page keeps the letter's lines, so no one paragraph prints the wrapped name whole, and none is cited for it
        assertEquals(List.of("Women's Museum (WAM) printed “Women's Museum(WAM)” ¶ 8",
                        "Japan International Volunteer Center printed “Japan Internatinoal Volunteer Center”", "Rights Now ¶ 11"),
                doc.select("#signatories ~ ol.signatures").last().select("li").eachText());
        doc.select("section.reading .pnum, section.reading .cite-p, section.reading h2").remove();
        assertEquals(Words.ofSource(seed), Words.of(doc.selectFirst("section.reading").text()));
    }

    @Test
    void mentionsInTheTextLinkToEntityPagesButNeverInsideHeadings() throws IOException {
        Document doc = page(built(), "documents/letter/index.html");
        assertEquals("../../organizations/rights-watch/index.html", doc.selectFirst("#p-5 a.mention").attr("href"));
        assertTrue(doc.select("section.reading h3 a.mention, section.reading h4 a.mention").isEmpty());
        assertEquals("Rights Watch", doc.selectFirst("#p-5").ownText().isEmpty() ? doc.selectFirst("#p-5 a.mention").text() : doc.selectFirst("#p-5 a.mention").text());
    }

    @Test
    void thePageSaysThatTheUnderlinedMentionsAreTheDossiersLinksOutsideTheSourcesText() throws IOException {
        Document doc = page(built(), "documents/letter/index.html");
        Element note = doc.selectFirst("#editorial-notes ~ p.links-note");
        assertTrue(note.text().startsWith("Names and terms underlined in the text below link to this dossier's pages"), note.text());
        assertTrue(note.text().endsWith("The links and their underlining are the dossier's, not the source's."), note.text());
        assertTrue(doc.select("section.reading .links-note").isEmpty());
    }

    @Test
    void theOrganisationPageListsEverySpellingTheLettersAndTheMentions() throws IOException {
        FixtureSite site = built();
        Document org = page(site, "organizations/jvc/index.html");
        assertEquals("Japan International Volunteer Center", org.selectFirst("h1").text());
        assertTrue(org.text().contains("The source prints “Japan Internatinoal Volunteer Center”. The letter prints \"Internatinoal\"."), org.text());
        assertEquals("../../documents/letter/index.html#p-9", org.selectFirst("ul.mentions a").attr("href"));
        assertEquals("¶ 9 Japan Internatinoal Volunteer Center", org.selectFirst("ul.mentions li").text());
    }

    @Test
    void aLetterThatPrintsANameTwiceIsListedOnceOnTheOrganisationsPage() throws IOException {
        // found by review: Rights Now, a coordinator and a signatory of the one letter, had "Letters coordinated or
        // signed (2)", the letter listed twice, where the register and the signatory index say "1 letter"
        Document now = page(built(), "organizations/rights-now/index.html");
        assertEquals("Letters coordinated or signed (1)", now.selectFirst("#letters").text());
        Element letter = now.selectFirst("#letters ~ ul li");
        assertEquals(1, now.select("#letters ~ ul li").size());
        assertEquals("Coordinator and signatory · 30 May 2024 · printed “Rights Now” ¶ 6, ¶ 10", letter.selectFirst(".doc-meta").text());
        assertEquals(List.of("../../documents/letter/index.html#p-6", "../../documents/letter/index.html#p-10"),
                letter.select("a.para-ref").eachAttr("href"));
        assertEquals("Rights Now, paragraph 6 of the letter", letter.selectFirst("a.para-ref").attr("aria-label"));
    }

    @Test
    void theSignatoryIndexHasAnAccessibleMatrixAndTheCounts() throws IOException {
        Document index = page(built(), "sections/signatory-index/index.html");
        assertEquals(List.of("Japan International Volunteer Center", "Rights Now", "Rights Watch", "Women's Museum (WAM)"),
                index.select("#alpha ~ ul.entity-list > li > a").eachText());
        // The table is named by a caption set above its scrolling box, so that a phone shows it whole.
        Element matrix = index.selectFirst("table.matrix");
        assertEquals("Each organisation's role on each letter, with its name as printed there",
                index.getElementById(matrix.attr("aria-labelledby")).text());
        assertEquals(List.of("Organisation", "30 May 2024"), index.select("table.matrix thead th[scope=col]").eachText());
        assertEquals(4, index.select("table.matrix tbody th[scope=row]").size());
        assertEquals("Coordinator and signatory", index.select("table.matrix tbody tr").get(1).selectFirst("td").text());
        assertTrue(index.selectFirst(".figures").text().startsWith("4 distinct organisations coordinated or signed the letter."), index.selectFirst(".figures").text());
    }

    @Test
    void theAlphabeticalListSeparatesOnlyTheLettersAnOrganisationIsOn() throws IOException {
        Document index = page(twoLetters(""), "sections/signatory-index/index.html");
        // a name the letter prints otherwise is given as printed there
        assertEquals(List.of("Japan International Volunteer Center 2 letters: 30 May 2024 (signatory, printed “Japan Internatinoal Volunteer"
                                + " Center”); 23 April 2025 (signatory, printed “Volunteer Center Japan”)",
                        "Rights Now 2 letters: 30 May 2024 (coordinator and signatory); 23 April 2025 (signatory)",
                        "Rights Watch 2 letters: 30 May 2024 (coordinator); 23 April 2025 (coordinator)",
                        "Women's Museum (WAM) 1 letter: 30 May 2024 (signatory, printed “Women's Museum(WAM)”)"),
                index.select("#alpha ~ ul.entity-list > li").eachText());
    }

    /** JVC's two spellings, one on each letter, merged only probably; the reason has a comma and straight quotes. */
    private static final String PROBABLE = "\n  merge: probable"
            + "\n  merge_reason: 'The 2025 letter prints \"Volunteer Center Japan\", the same words in another order.'";

    @Test
    void theSignatoryIndexMarksAProbableMergeWithItsReasonAndCountsIt() throws IOException {
        Document index = page(twoLetters(PROBABLE), "sections/signatory-index/index.html");
        assertEquals(List.of("4 distinct organisations coordinated or signed the 2 letters. 1 of them is a probable merge: its spellings "
                                + "are taken to name one organisation, but the sources leave it uncertain (marked “probable merge” below).",
                        "3 organisations are on every letter, 1 of them a probable merge: "
                                + "Japan International Volunteer Center (probable merge), Rights Now, Rights Watch."),
                index.select(".figures > li").eachText());
        assertEquals("Japan International Volunteer Center 2 letters: 30 May 2024 (signatory, printed “Japan Internatinoal Volunteer Center”);"
                        + " 23 April 2025 (signatory, printed “Volunteer Center Japan”) "
                        + "Probable merge: the spellings “Japan Internatinoal Volunteer Center” and “Volunteer Center Japan” are taken to name "
                        + "one organisation, but the sources leave it uncertain: The 2025 letter prints \"Volunteer Center Japan\", "
                        + "the same words in another order.",
                index.selectFirst("#alpha ~ ul.entity-list > li").text());
        assertEquals(1, index.select("#alpha ~ ul.entity-list .merge-note").size());
        assertEquals(List.of("Japan International Volunteer Center (probable merge)", "Rights Now", "Rights Watch", "Women's Museum (WAM)"),
                index.select("#bycount ~ ul.inline > li").eachText());
        assertEquals(List.of("Japan International Volunteer Center probable merge", "Rights Now", "Rights Watch", "Women's Museum (WAM)"),
                index.select("table.matrix tbody th[scope=row]").eachText());
    }

    @Test
    void withoutAProbableMergeTheCountsSayNothingOfOne() throws IOException {
        Document index = page(twoLetters(""), "sections/signatory-index/index.html");
        assertEquals(List.of("4 distinct organisations coordinated or signed the 2 letters.",
                        "3 organisations are on every letter: Japan International Volunteer Center, Rights Now, Rights Watch."),
                index.select(".figures > li").eachText());
        assertTrue(index.select(".merge-note, .merge-mark").isEmpty());
    }

    @Test
    void aLetterMarksANameMergedOnlyProbablyAndLinksToTheReason() throws IOException {
        FixtureSite site = twoLetters(PROBABLE);
        Document first = page(site, "documents/letter/index.html");
        assertEquals(List.of("Women's Museum (WAM) printed “Women's Museum(WAM)” ¶ 8",
                        "Japan International Volunteer Center printed “Japan Internatinoal Volunteer Center” ¶ 9 Probable merge: the spellings "
                                + "“Japan Internatinoal Volunteer Center” and “Volunteer Center Japan” are taken to name one organisation, "
                                + "but the sources leave it uncertain (the reason).",
                        "Rights Now ¶ 10"),
                first.select("#signatories ~ ol.signatures").last().select("li").eachText());
        Element reason = first.selectFirst("ol.signatures .merge-note a");
        assertEquals("../../organizations/jvc/index.html#merge", reason.attr("href"));
        assertEquals("The reason for the probable merge of “Japan Internatinoal Volunteer Center”", reason.attr("aria-label"));
        assertEquals("Merge", page(site, "organizations/jvc/index.html").getElementById("merge").text());
        Document second = page(site, "documents/second/index.html");
        assertEquals(List.of("Rights Now ¶ 7",
                        "Japan International Volunteer Center printed “Volunteer Center Japan” ¶ 8 Probable merge: the spellings "
                                + "“Volunteer Center Japan” and “Japan Internatinoal Volunteer Center” are taken to name one organisation, "
                                + "but the sources leave it uncertain (the reason)."),
                second.select("#signatories ~ ol.signatures").last().select("li").eachText());
    }

    @Test
    void theSignatoriesExportGivesEachNamesMergeAndItsReason() throws IOException {
        assertEquals("""
                letter,letter_date,as_signed,organization_id,canonical_name,role,merge,merge_reason\r
                letter,2024-05-30,Rights Watch,rights-watch,Rights Watch,coordinator,certain,\r
                letter,2024-05-30,Rights Now,rights-now,Rights Now,coordinator,certain,\r
                letter,2024-05-30,Women's Museum(WAM),womens-museum,Women's Museum (WAM),signatory,certain,\r
                letter,2024-05-30,Japan Internatinoal Volunteer Center,jvc,Japan International Volunteer Center,signatory,probable,\
                "The 2025 letter prints ""Volunteer Center Japan"", the same words in another order."\r
                letter,2024-05-30,Rights Now,rights-now,Rights Now,signatory,certain,\r
                second,2025-04-23,Rights Watch,rights-watch,Rights Watch,coordinator,certain,\r
                second,2025-04-23,Rights Now,rights-now,Rights Now,signatory,certain,\r
                second,2025-04-23,Volunteer Center Japan,jvc,Japan International Volunteer Center,signatory,probable,\
                "The 2025 letter prints ""Volunteer Center Japan"", the same words in another order."\r
                """, Files.readString(twoLetters(PROBABLE).out().resolve("data/signatories.csv")));
    }

    @Test
    void exportsCarryEveryNameAsSigned() throws IOException {
        FixtureSite site = built();
        assertEquals("""
                letter,letter_date,as_signed,organization_id,canonical_name,role,merge,merge_reason\r
                letter,2024-05-30,Rights Watch,rights-watch,Rights Watch,coordinator,certain,\r
                letter,2024-05-30,Rights Now,rights-now,Rights Now,coordinator,certain,\r
                letter,2024-05-30,Women's Museum(WAM),womens-museum,Women's Museum (WAM),signatory,certain,\r
                letter,2024-05-30,Japan Internatinoal Volunteer Center,jvc,Japan International Volunteer Center,signatory,certain,\r
                letter,2024-05-30,Rights Now,rights-now,Rights Now,signatory,certain,\r
                """, Files.readString(site.out().resolve("data/signatories.csv")));
        JsonNode orgs = new ObjectMapper().readTree(site.out().resolve("data/organizations.json").toFile());
        assertEquals(4, orgs.size());
        assertEquals("jvc", orgs.get(0).get("id").asText());
        assertEquals("Japan Internatinoal Volunteer Center", orgs.get(0).get("letters").get(0).get("as_signed").asText());
        JsonNode docs = new ObjectMapper().readTree(site.out().resolve("data/documents.json").toFile());
        JsonNode letter = docs.get(1);
        assertEquals("letter", letter.get("id").asText());
        assertEquals(4, letter.get("signatures").get("stated_count").asInt());
        assertEquals(3, letter.get("signatures").get("listed_count").asInt());
    }
}
