package org.dossier.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A letter that qualifies the count it prints ("over 2 organizations", "about 4", "and over 100 individuals"): its
 * page, the print page, the signatory index and documents.json show the count as the letter gives it, and never
 * call the count and the list different, or the same, when the letter's words do not allow it.
 */
class QualifiedCountSiteTest {
    @TempDir
    Path dir;

    /** The fixture's letter (3 names listed) with its count line printed as {@code seedWords}, and these signatures fields. */
    private FixtureSite letter(String seedWords, String countFields) {
        FixtureSite site = FixtureSite.withLetter(dir)
                .write("seeds/letter.txt", FixtureSite.LETTER_SEED.replace("[4 organizations]", "[" + seedWords + "]"))
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC
                        .replace("  stated_count: 4\n  stated_count_as_printed: \"4 organizations\"\n", countFields));
        site.build();
        return site;
    }

    private static Document page(FixtureSite site, String path) throws IOException {
        return Jsoup.parse(site.out().resolve(path).toFile(), "UTF-8");
    }

    /** The letter's row of the signatory index's counts: coordinators, named, unnamed, stated count, agree?. */
    private static List<String> indexRow(FixtureSite site) throws IOException {
        return page(site, "sections/signatory-index/index.html").select("table.counts tbody tr td").eachText();
    }

    private static String printed(FixtureSite site) throws IOException {
        return page(site, "print/index.html").select("#letter dt:containsOwn(Signatories) + dd").text();
    }

    private static JsonNode exported(FixtureSite site) throws IOException {
        return new ObjectMapper().readTree(site.out().resolve("data/documents.json").toFile()).get(1).get("signatures");
    }

    @Test
    void oneOrganisationListedUnderTwoSpellingsIsSaidToBeOne() throws IOException {
        // found by a contributor: "4 organizations" above four names, two of them spellings of one organisation, was said
        // to agree with its list, and nothing on the letter's page said that the list names three organisations
        FixtureSite site = FixtureSite.withLetter(dir)
                .write("seeds/letter.txt", FixtureSite.LETTER_SEED.replace("Japan Internatinoal Volunteer Center\n",
                        "Japan Internatinoal Volunteer Center\nJapan International Volunteer Center\n"))
                .write("content/documents/letter.yaml", FixtureSite.LETTER_DOC.replace(
                        "    - {as_signed: Japan Internatinoal Volunteer Center, org: jvc}\n",
                        "    - {as_signed: Japan Internatinoal Volunteer Center, org: jvc}\n    - {as_signed: Japan International Volunteer Center, org: jvc}\n"))
                .write("content/organizations.yaml", FixtureSite.ORGANIZATIONS.replace("aliases: [Japan Internatinoal Volunteer Center]",
                        "aliases: [Japan Internatinoal Volunteer Center, Japan International Volunteer Center]"));
        site.build();
        assertEquals("The letter states 4 signatories (“4 organizations”); it lists 4 by name. The stated count and the list agree."
                        + " Some names of the list are one organisation in this dossier (“Japan Internatinoal Volunteer Center” and"
                        + " “Japan International Volunteer Center”): its 4 names name 3 organisations."
                        + " The list is preceded by 2 coordinating organisations.",
                page(site, "documents/letter/index.html").selectFirst(".count-statement").text());
    }

    @Test
    void overTwoOrganizationsAndThreeNamesAgree() throws IOException {
        // it said "The stated count and the list differ: 2 stated, 3 accounted for": "over 2" was read as exactly 2
        FixtureSite site = letter("Over 2 organizations", "  stated_count: 2\n  stated_count_as_printed: \"Over 2 organizations\"\n");
        assertEquals("The letter states over 2 signatories (“Over 2 organizations”); it lists 3 by name. "
                        + "The stated count and the list agree. The list is preceded by 2 coordinating organisations.",
                page(site, "documents/letter/index.html").selectFirst(".count-statement").text());
        assertEquals(List.of("2", "3", "not stated", "over 2 (“Over 2 organizations”)", "Yes"), indexRow(site));
        assertEquals("the letter states over 2 (“Over 2 organizations”); it lists 3 by name: they agree", printed(site));
        JsonNode sig = exported(site);
        assertEquals(2, sig.get("stated_count").asInt());
        assertEquals("more-than", sig.get("stated_count_bound").asText());
        assertEquals("not stated", sig.get("unnamed_count_bound").asText(), "the letter counts no unnamed signatories");
    }

    @Test
    void twoOrganizationsOrMoreAndThreeNamesAgree() throws IOException {
        // the qualifier after the noun was not read: "The stated count and the list differ: 2 stated, 3 accounted for"
        FixtureSite site = letter("2 organizations or more", "  stated_count: 2\n  stated_count_as_printed: \"2 organizations or more\"\n");
        assertEquals("The letter states 2 or more signatories (“2 organizations or more”); it lists 3 by name. "
                        + "The stated count and the list agree. The list is preceded by 2 coordinating organisations.",
                page(site, "documents/letter/index.html").selectFirst(".count-statement").text());
        assertEquals(List.of("2", "3", "not stated", "2 or more (“2 organizations or more”)", "Yes"), indexRow(site));
        assertEquals("at-least", exported(site).get("stated_count_bound").asText());
    }

    @Test
    void atLeastFourOrganizationsAndThreeNamesDifferAsABound() throws IOException {
        FixtureSite site = letter("4団体以上", "  stated_count: 4\n  stated_count_as_printed: \"4団体以上\"\n");
        assertEquals("The letter states at least 4 signatories (“4団体以上”); it lists 3 by name. "
                        + "The stated count and the list differ: at least 4 stated, 3 accounted for. The list is preceded by 2 coordinating organisations.",
                page(site, "documents/letter/index.html").selectFirst(".count-statement").text());
        assertEquals(List.of("2", "3", "not stated", "at least 4 (“4団体以上”)", "No: at least 4 stated, 3 accounted for"), indexRow(site));
        assertEquals("the letter states at least 4 (“4団体以上”); it lists 3 by name: the stated count and the list differ "
                + "(at least 4 stated, 3 accounted for)", printed(site));
        assertEquals("at-least", exported(site).get("stated_count_bound").asText());
    }

    @Test
    void aboutFourOrganizationsCannotBeCheckedAgainstTheList() throws IOException {
        FixtureSite site = letter("about 4 organizations", "  stated_count: 4\n  stated_count_as_printed: \"about 4 organizations\"\n");
        assertEquals("The letter states about 4 signatories (“about 4 organizations”); it lists 3 by name. "
                        + "The letter gives an approximate count, which cannot be checked against the list. "
                        + "The list is preceded by 2 coordinating organisations.",
                page(site, "documents/letter/index.html").selectFirst(".count-statement").text());
        assertEquals(List.of("2", "3", "not stated", "about 4 (“about 4 organizations”)", "Cannot tell: the count is approximate"), indexRow(site));
        assertEquals("the letter states about 4 (“about 4 organizations”); it lists 3 by name: the count is approximate, "
                + "so it cannot be checked against the list", printed(site));
        assertEquals("about", exported(site).get("stated_count_bound").asText());
    }

    @Test
    void overAHundredUnnamedIsNotSummedAsIfExact() throws IOException {
        // 3 named and "over 100" unnamed come to 104 or more: 104 stated may or may not be that
        FixtureSite site = letter("104 signatories: 3 organizations and over 100 individuals",
                "  stated_count: 104\n  stated_count_as_printed: \"104 signatories\"\n"
                        + "  unnamed_count: 100\n  unnamed_as_printed: \"over 100 individuals\"\n");
        assertEquals("The letter states 104 signatories (“104 signatories”); it lists 3 by name and over 100 without a name "
                        + "(“over 100 individuals”). The letter does not say exactly how many signatories it leaves unnamed, "
                        + "so the list cannot be checked against the stated count. The list is preceded by 2 coordinating organisations.",
                page(site, "documents/letter/index.html").selectFirst(".count-statement").text());
        assertEquals(List.of("2", "3", "over 100 (“over 100 individuals”)", "104 (“104 signatories”)",
                "Cannot tell: the letter does not say exactly how many it leaves unnamed"), indexRow(site));
        assertEquals("the letter states 104 (“104 signatories”); it lists 3 by name and over 100 without a name (“over 100 individuals”): "
                + "the letter does not say exactly how many it leaves unnamed, so the list cannot be checked against the count", printed(site));
        JsonNode sig = exported(site);
        assertEquals("exact", sig.get("stated_count_bound").asText());
        assertEquals(100, sig.get("unnamed_count").asInt());
        assertEquals("more-than", sig.get("unnamed_count_bound").asText());
    }

    @Test
    void aStatedCountBelowWhatOverAHundredUnnamedAccountForDiffersWithoutASum() throws IOException {
        FixtureSite site = letter("50 signatories: 3 organizations and over 100 individuals",
                "  stated_count: 50\n  stated_count_as_printed: \"50 signatories\"\n"
                        + "  unnamed_count: 100\n  unnamed_as_printed: \"over 100 individuals\"\n");
        assertEquals("The stated count and the list differ: 50 stated, 3 named and over 100 unnamed accounted for.",
                page(site, "documents/letter/index.html").selectFirst(".count-statement .differs").text());
        assertEquals("No: 50 stated, 3 named and over 100 unnamed accounted for", indexRow(site).get(4));
    }
}
