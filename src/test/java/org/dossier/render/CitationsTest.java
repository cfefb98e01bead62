package org.dossier.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Document;
import org.dossier.model.DocumentKind;
import org.dossier.model.DossierDate;
import org.dossier.model.ReadingText;
import org.dossier.model.Section;
import org.dossier.model.Seed;
import org.dossier.model.Signatures;
import org.dossier.model.SiteConfig;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationsTest {
    private static final SiteConfig SITE = new SiteConfig("Japan & the {ICC}", "d", "en", "");

    private static Document document(String date, String author, String title) {
        return new Document("a-doc", "content/documents/a-doc.yaml", "content/documents/a-doc.yaml", new Seed("a.txt", "ab".repeat(32), 10, false),
                DocumentKind.STATEMENT, title, DossierDate.parse(date).orElseThrow(), "", author, "", "Japan", "not stated", "", "",
                List.of(Section.ICC_SUPPORT), List.of(), "A summary.", new ReadingText(List.of(), List.of()), Signatures.NONE, List.of(), false);
    }

    private static BibTeXEntry parseBibtex(String text) throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(text));
        assertEquals(1, db.getEntries().size());
        return db.getEntries().values().iterator().next();
    }

    @Test
    void bibtexParsesBackWithEveryField() throws Exception {
        Citations c = new Citations(SITE);
        BibTeXEntry e = parseBibtex(c.bibtex(document("2023-12-07", "H.E. Ambassador ISHIKANE Kimihiro", "Statement on 50% of {things} & more}")));
        assertEquals("a_doc", e.getKey().getValue());
        assertEquals("Statement on 50\\% of \\textbraceleft{}things\\textbraceright{} \\& more\\textbraceright{}",
                e.getField(BibTeXEntry.KEY_TITLE).toUserString());
        assertEquals("{H.E. Ambassador ISHIKANE Kimihiro}", e.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("2023", e.getField(BibTeXEntry.KEY_YEAR).toUserString());
        assertEquals("12", e.getField(BibTeXEntry.KEY_MONTH).toUserString());
        assertEquals("2023-12-07", e.getField(new Key("date")).toUserString());
    }

    /** Whether braces balance as BibTeX counts them: every brace, escaped or not. */
    private static boolean bracesBalance(String bibtex) {
        int depth = 0;
        for (char c : bibtex.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    @Test
    void bibtexEscapesEveryCharacterTeXTreatsSpecially() throws Exception {
        Document d = new Document("a-doc", "content/documents/a-doc.yaml", "content/documents/a-doc.yaml",
                new Seed("a_b ~1 & 2%.txt", "ab".repeat(32), 10, false), DocumentKind.STATEMENT,
                "C:\\path ~ x^2 # $5 50% R&D a_b {open} close} and {", DossierDate.parse("2016").orElseThrow(), "",
                "Smith ~ Sons & {Co} \\", "", "Japan", "not stated", "", "", List.of(Section.ICC_SUPPORT), List.of(), "A summary.",
                new ReadingText(List.of(), List.of()), Signatures.NONE, List.of(), false);
        String bibtex = new Citations(new SiteConfig("Dossier #1 ~ {x}", "d", "en", "https://example.org/~user/dossier_1/")).bibtex(d);
        assertTrue(bracesBalance(bibtex), bibtex);
        BibTeXEntry e = parseBibtex(bibtex);
        assertEquals("C:\\textbackslash{}path \\textasciitilde{} x\\textasciicircum{}2 \\# \\$5 50\\% R\\&D a\\_b "
                + "\\textbraceleft{}open\\textbraceright{} close\\textbraceright{} and \\textbraceleft{}", e.getField(BibTeXEntry.KEY_TITLE).toUserString());
        assertEquals("{Smith \\textasciitilde{} Sons \\& \\textbraceleft{}Co\\textbraceright{} \\textbackslash{}}",
                e.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("Dossier \\#1 \\textasciitilde{} \\textbraceleft{}x\\textbraceright{}", e.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString());
        assertEquals("Statement; dated 2016; source file a\\_b \\textasciitilde{}1 \\& 2\\%.txt, SHA-256 " + "ab".repeat(32),
                e.getField(BibTeXEntry.KEY_NOTE).toUserString());
        // biblatex and the url package read the address verbatim: escaping its ~ or _ would break it
        assertEquals("https://example.org/~user/dossier_1/documents/a-doc/index.html", e.getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals("https://example.org/a%7Bb%7D%5C", Citations.bibtexUrl("https://example.org/a{b}\\"));
    }

    @Test
    void anUndatedSourceHasNoDateInAnyFormat() throws Exception {
        Citations c = new Citations(SITE);
        Document d = document("not stated", "not stated", "Discussion on Cooperation");
        BibTeXEntry e = parseBibtex(c.bibtex(d));
        assertNull(e.getField(BibTeXEntry.KEY_YEAR));
        assertNull(e.getField(BibTeXEntry.KEY_AUTHOR));
        assertTrue(e.getField(BibTeXEntry.KEY_NOTE).toUserString().contains("date not stated"));
        JsonNode csl = new ObjectMapper().readTree(c.cslJson(d)).get(0);
        assertFalse(csl.has("issued"));
        assertFalse(csl.has("author"));
        assertFalse(c.ris(d).contains("PY  -"));
        assertFalse(c.jsonLd(d).contains("datePublished"));
        assertTrue(c.meta(d).stream().noneMatch(m -> m.key().contains("date")));
        assertEquals("“Discussion on Cooperation.” Statement, date not stated. In Japan & the {ICC}. documents/a-doc/index.html. "
                + "Source file a.txt, SHA-256 " + "ab".repeat(32) + ".", c.text(d));
    }

    @Test
    void cslJsonParsesBackWithDateParts() throws Exception {
        Citations c = new Citations(new SiteConfig("Dossier", "d", "en", "https://example.org/dossier/"));
        JsonNode csl = new ObjectMapper().readTree(c.cslJson(document("2024-05", "Human Rights Now", "Letter"))).get(0);
        assertEquals("a-doc", csl.get("id").asText());
        assertEquals("speech", csl.get("type").asText());
        assertEquals("Letter", csl.get("title").asText());
        assertEquals("Human Rights Now", csl.get("author").get(0).get("literal").asText());
        assertEquals("[[2024,5]]", csl.get("issued").get("date-parts").toString());
        assertEquals("https://example.org/dossier/documents/a-doc/index.html", csl.get("URL").asText());
    }

    @Test
    void risHasOneTagPerLineAndEnds() {
        String ris = new Citations(SITE).ris(document("2016", "not stated", "Seminar"));
        assertTrue(ris.startsWith("TY  - SLIDE\r\nTI  - Seminar\r\nPY  - 2016\r\nDA  - 2016///\r\n"), ris);
        assertTrue(ris.endsWith("ER  - \r\n"));
    }

    @Test
    void risKeepsEachValueOnItsLineWhenAFieldHoldsALineBreak() {
        // a title written as a YAML block ("title: |") kept its line break: RIS cut the title there, and a line starting
        // "ER  - " ended the reference before its date
        String ris = new Citations(SITE).ris(document("2016", "Human Rights Watch\nand Human Rights Now", "Seminar\non\r\nER  - the Court\n"));
        assertTrue(ris.startsWith("TY  - SLIDE\r\nTI  - Seminar on ER  - the Court\r\nAU  - Human Rights Watch and Human Rights Now\r\nPY  - 2016\r\n"), ris);
        assertEquals(1, ris.lines().filter(l -> l.startsWith("ER  - ")).count(), ris);
        assertTrue(ris.lines().allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*")), ris);
    }

    private static Document document(DocumentKind kind, String author, String addressee, String venue, String title, String lang) {
        List<org.dossier.model.Block> blocks = lang.equals("ja")
                ? List.of(new org.dossier.model.Block.Heading(1, 1, "国際刑事裁判所に関する談話"))
                : List.of();
        return new Document("a-doc", "content/documents/a-doc.yaml", "content/documents/a-doc.yaml", new Seed("a.txt", "ab".repeat(32), 10, false),
                kind, title, DossierDate.parse("2024-05-30").orElseThrow(), "", author, "", "Japan", venue, addressee, "",
                List.of(Section.NGO_APPEALS), List.of(), "A summary.", new ReadingText(blocks, List.of()), Signatures.NONE, List.of(), false);
    }

    /** The item types of CSL-JSON 1.0.2 (csl-data.json), which no other type validates against. */
    private static final java.util.Set<String> CSL_TYPES = java.util.Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
            "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
            "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
            "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song",
            "speech", "standard", "thesis", "treaty", "webpage");

    private static String risTag(String ris, String tag) {
        return ris.lines().filter(l -> l.startsWith(tag + "  - ")).map(l -> l.substring(6)).findFirst().orElse(null);
    }

    @Test
    void eachKindIsTypedAsZoteroReadsItBack() throws Exception {
        // found by audit: every statement and the profile were RIS GEN, which Zotero imports as a journal article; a
        // speech was CSL "document"; JSON-LD typed letters "Letter", which schema.org does not have
        Citations c = new Citations(SITE);
        java.util.Map<DocumentKind, List<String>> expected = new java.util.EnumMap<>(DocumentKind.class);
        expected.put(DocumentKind.STATEMENT, List.of("speech", "SLIDE", "CreativeWork"));
        expected.put(DocumentKind.SPEECH, List.of("speech", "SLIDE", "CreativeWork"));
        expected.put(DocumentKind.PROFILE, List.of("report", "RPRT", "CreativeWork"));
        expected.put(DocumentKind.REPORT, List.of("report", "RPRT", "Report"));
        expected.put(DocumentKind.PRESS_RELEASE, List.of("report", "RPRT", "Report"));
        expected.put(DocumentKind.JOINT_LETTER, List.of("personal_communication", "PCOMM", "Message"));
        expected.put(DocumentKind.LETTER, List.of("personal_communication", "PCOMM", "Message"));
        for (DocumentKind kind : DocumentKind.values()) {
            Document d = document(kind, "Human Rights Now", "not stated", "not stated", "T", "");
            JsonNode csl = new ObjectMapper().readTree(c.cslJson(d)).get(0);
            String ris = c.ris(d);
            JsonNode ld = new ObjectMapper().readTree(c.jsonLd(d));
            assertEquals(expected.get(kind), List.of(csl.get("type").asText(), risTag(ris, "TY"), ld.get("@type").asText()), kind.id());
            assertTrue(CSL_TYPES.contains(csl.get("type").asText()), kind.id());
            assertEquals(kind.label(), csl.get("genre").asText());
            assertEquals(kind.label(), risTag(ris, "M3"), "Zotero's presentation, report and letter type");
            // the dossier holds a copy: Zotero reads PB as a report's institution, DB as the archive
            assertNull(risTag(ris, "PB"), ris);
            assertEquals("Japan & the {ICC}", risTag(ris, "DB"));
            assertEquals("Japan & the {ICC}", csl.get("archive").asText());
        }
    }

    /** Zotero's item types (schema of Zotero 7). */
    private static final java.util.Set<String> ZOTERO_TYPES = java.util.Set.of("artwork", "audioRecording", "bill", "blogPost", "book",
            "bookSection", "case", "computerProgram", "conferencePaper", "dataset", "dictionaryEntry", "document", "email",
            "encyclopediaArticle", "film", "forumPost", "hearing", "instantMessage", "interview", "journalArticle", "letter",
            "magazineArticle", "manuscript", "map", "newspaperArticle", "patent", "podcast", "preprint", "presentation", "radioBroadcast",
            "report", "standard", "statute", "thesis", "tvBroadcast", "videoRecording", "webpage");

    /**
     * The item type Zotero's page capture (translator "Embedded Metadata", with "RDF" for the DC and og tags) gives a
     * page with these tags: a Highwire tag that names a type wins; else og:type's sure types, then a DC.type that names
     * a Zotero type (or an eprints word); else the journal article that any citation_title makes it guess.
     */
    private static String zoteroItemType(List<Citations.Meta> meta) {
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        meta.forEach(m -> tags.putIfAbsent(m.key(), m.content()));
        for (var hw : java.util.Map.of("citation_journal_title", "journalArticle", "citation_technical_report_institution", "report",
                "citation_conference_title", "conferencePaper", "citation_conference", "conferencePaper", "citation_book_title", "bookSection",
                "citation_inbook_title", "bookSection", "citation_dissertation_institution", "thesis").entrySet()) {
            if (tags.containsKey(hw.getKey())) {
                return hw.getValue();
            }
        }
        String og = tags.getOrDefault("og:type", "");
        if (og.startsWith("video.")) {
            return "videoRecording";
        } else if (og.equals("book") || og.equals("website")) {
            return og.equals("book") ? "book" : "webpage";
        }
        String dc = tags.getOrDefault("DC.type", "");
        if (ZOTERO_TYPES.contains(dc)) {
            return dc;
        }
        String eprints = dc.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
        if (List.of("book", "patent", "report", "thesis").contains(eprints)) {
            return eprints;
        }
        return tags.containsKey("citation_title") ? "journalArticle" : "webpage";
    }

    @Test
    void zoteroCapturesEachKindsPageAsItsTypeNotAsAJournalArticle() {
        // found by review: the pages carried citation_title and no type Zotero reads (DC.type "Statement", "Joint
        // letter"), so Zotero's page capture saved every document as a journal article; citation_publisher and
        // DC.publisher named the dossier as publisher of what it only holds a copy of (Zotero: a report's institution)
        Citations c = new Citations(SITE);
        java.util.Map<DocumentKind, String> expected = new java.util.EnumMap<>(DocumentKind.class);
        expected.put(DocumentKind.STATEMENT, "presentation");
        expected.put(DocumentKind.SPEECH, "presentation");
        expected.put(DocumentKind.PROFILE, "report");
        expected.put(DocumentKind.REPORT, "report");
        expected.put(DocumentKind.PRESS_RELEASE, "report");
        expected.put(DocumentKind.JOINT_LETTER, "letter");
        expected.put(DocumentKind.LETTER, "letter");
        for (DocumentKind kind : DocumentKind.values()) {
            Document d = document(kind, "Human Rights Now", "not stated", "not stated", "T", "");
            List<Citations.Meta> meta = c.meta(d);
            assertEquals(expected.get(kind), zoteroItemType(meta), kind.id() + ": " + meta);
            assertTrue(meta.stream().noneMatch(m -> m.key().contains("publisher")), meta.toString());
            // the page's type is the downloads' type: Zotero reads CSL speech, report and personal_communication so
            assertEquals(java.util.Map.of("speech", "presentation", "report", "report", "personal_communication", "letter")
                    .get(Citations.types(kind).csl()), zoteroItemType(meta), kind.id());
        }
    }

    @Test
    void aProfileIsCalledWhatTheDossierCallsItWithNoAuthorTheSourceDoesNotName() throws Exception {
        // found by review: the kind read "Government profile", though the profile names no author (its closing lines
        // name a ministry's division under "Regions of work") and the dossier calls it "the profile"; and its RIS
        // type was GOVDOC, "government document"
        Citations c = new Citations(SITE);
        Document d = document(DocumentKind.PROFILE, "not stated", "not stated", "not stated", "Capacity Building", "");
        assertEquals("“Capacity Building.” Profile, 30 May 2024. In Japan & the {ICC}. documents/a-doc/index.html. Source file a.txt,"
                + " SHA-256 " + "ab".repeat(32) + ".", c.text(d));
        assertEquals("Profile", new ObjectMapper().readTree(c.cslJson(d)).get(0).get("genre").asText());
        assertEquals("Profile", risTag(c.ris(d), "M3"));
        assertEquals("RPRT", risTag(c.ris(d), "TY"));
        assertEquals("Profile", new ObjectMapper().readTree(c.jsonLd(d)).get("genre").asText());
        assertTrue(c.bibtex(d).contains("note = {Profile; dated 30 May 2024;"), c.bibtex(d));
    }

    @Test
    void anAuthorWithACommaIsNeverSplitIntoFamilyAndGivenName() throws Exception {
        // found by audit: RIS readers take "AU  - X, Y" as family name X, given name Y, so Zotero imported the
        // ambassador's office as his given name; and Zotero splits citation_author and DC.creator at commas and
        // spaces, so "Human Rights Watch" became given name "Human Rights", family name "Watch"
        Citations c = new Citations(SITE);
        String author = "H.E. Ambassador ISHIKANE Kimihiro, Permanent Representative of Japan to the United Nations";
        Document d = document(DocumentKind.STATEMENT, author, "", "not stated", "T", "");
        String ris = c.ris(d);
        assertNull(risTag(ris, "AU"), ris);
        assertEquals("Author: " + author + ". Source file a.txt, SHA-256 " + "ab".repeat(32) + ".", risTag(ris, "N1"));
        assertEquals(author, new ObjectMapper().readTree(c.cslJson(d)).get(0).get("author").get(0).get("literal").asText());
        assertFalse(new ObjectMapper().readTree(c.cslJson(d)).get(0).get("author").get(0).has("family"));
        assertEquals("{" + author + "}", parseBibtex(c.bibtex(d)).getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals(author, new ObjectMapper().readTree(c.jsonLd(d)).get("author").asText(), "text: neither Person nor Organization is stated");
        assertTrue(c.meta(d).stream().noneMatch(m -> m.key().equals("citation_author") || m.key().equals("DC.creator")), c.meta(d).toString());

        Document org = document(DocumentKind.JOINT_LETTER, "Human Rights Watch and Human Rights Now", "Foreign Minister Yoko Kamikawa",
                "not stated", "T", "");
        assertEquals("Human Rights Watch and Human Rights Now", risTag(c.ris(org), "AU"), "no comma: one corporate name");
        assertEquals("Source file a.txt, SHA-256 " + "ab".repeat(32) + ".", risTag(c.ris(org), "N1"));
        assertEquals("{Human Rights Watch and Human Rights Now}", parseBibtex(c.bibtex(org)).getField(BibTeXEntry.KEY_AUTHOR).toUserString(),
                "braced: BibTeX does not read its \"and\" as two authors");
    }

    @Test
    void aLetterGivesItsAddresseeAsRecipientAndAStatementItsVenue() throws Exception {
        Citations c = new Citations(SITE);
        Document letter = document(DocumentKind.JOINT_LETTER, "Human Rights Now", "Foreign Minister Yoko Kamikawa", "not stated", "T", "");
        assertEquals("Foreign Minister Yoko Kamikawa", new ObjectMapper().readTree(c.cslJson(letter)).get(0).get("recipient").get(0).get("literal").asText());
        assertEquals("Foreign Minister Yoko Kamikawa", risTag(c.ris(letter), "A2"), "Zotero: a letter's recipient");
        assertEquals("Foreign Minister Yoko Kamikawa", new ObjectMapper().readTree(c.jsonLd(letter)).get("recipient").asText());
        assertFalse(new ObjectMapper().readTree(c.cslJson(letter)).get(0).has("event-title"));

        Document unaddressed = document(DocumentKind.JOINT_LETTER, "Human Rights Now", "not stated", "not stated", "T", "");
        assertFalse(new ObjectMapper().readTree(c.cslJson(unaddressed)).get(0).has("recipient"));
        assertNull(risTag(c.ris(unaddressed), "A2"));
        Document withComma = document(DocumentKind.LETTER, "Human Rights Now", "Ms. Yoko Kamikawa, Minister for Foreign Affairs", "not stated", "T", "");
        assertNull(risTag(c.ris(withComma), "A2"));
        assertTrue(risTag(c.ris(withComma), "N1").startsWith("Addressee: Ms. Yoko Kamikawa, Minister for Foreign Affairs. "));

        Document statement = document(DocumentKind.STATEMENT, "Japan", "", "Security Council Ministerial Open Debate", "T", "");
        assertEquals("Security Council Ministerial Open Debate", new ObjectMapper().readTree(c.cslJson(statement)).get(0).get("event-title").asText());
        assertEquals("Security Council Ministerial Open Debate", risTag(c.ris(statement), "T2"), "Zotero: a presentation's meeting");
        assertNull(risTag(c.ris(document(DocumentKind.STATEMENT, "Japan", "", "not stated", "T", "")), "T2"));
    }

    @Test
    void withoutABaseUrlNoReferenceGivesAnAddressAReferenceManagerCannotOpen() throws Exception {
        // found by audit: RIS UR and CSL URL were "documents/a-doc/index.html", a path Zotero stored as the address
        Document d = document(DocumentKind.STATEMENT, "Japan", "", "not stated", "T", "");
        Citations offline = new Citations(SITE);
        assertNull(risTag(offline.ris(d), "UR"));
        assertFalse(new ObjectMapper().readTree(offline.cslJson(d)).get(0).has("URL"));
        assertNull(parseBibtex(offline.bibtex(d)).getField(BibTeXEntry.KEY_URL));
        assertFalse(new ObjectMapper().readTree(offline.jsonLd(d)).has("url"));

        Citations hosted = new Citations(new SiteConfig("Dossier", "d", "en", "https://example.org/sub/dossier/"));
        String address = "https://example.org/sub/dossier/documents/a-doc/index.html";
        assertEquals(address, risTag(hosted.ris(d), "UR"));
        assertEquals(address, new ObjectMapper().readTree(hosted.cslJson(d)).get(0).get("URL").asText());
        assertEquals(address, parseBibtex(hosted.bibtex(d)).getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals(address, new ObjectMapper().readTree(hosted.jsonLd(d)).get("url").asText());
        assertTrue(hosted.paragraph(d, 3).endsWith(address + "#p-3."), hosted.paragraph(d, 3));
    }

    @Test
    void japaneseTitlesAndNamesComeOutWhole() throws Exception {
        Citations c = new Citations(SITE);
        Document d = document(DocumentKind.STATEMENT, "外務大臣　上川陽子、外務省", "", "国際刑事裁判所締約国会議", "国際刑事裁判所に関する外務大臣談話", "ja");
        BibTeXEntry e = parseBibtex(c.bibtex(d));
        assertEquals("国際刑事裁判所に関する外務大臣談話", e.getField(BibTeXEntry.KEY_TITLE).toUserString());
        assertEquals("{外務大臣　上川陽子、外務省}", e.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        String ris = c.ris(d);
        assertEquals("外務大臣　上川陽子、外務省", risTag(ris, "AU"), "an ideographic comma parts no name in RIS");
        assertEquals("ja", risTag(ris, "LA"));
        assertEquals("国際刑事裁判所締約国会議", risTag(ris, "T2"));
        JsonNode csl = new ObjectMapper().readTree(c.cslJson(d)).get(0);
        assertEquals("外務大臣　上川陽子、外務省", csl.get("author").get(0).get("literal").asText());
        assertEquals("ja", csl.get("language").asText());
        assertEquals("国際刑事裁判所に関する外務大臣談話", new ObjectMapper().readTree(c.jsonLd(d)).get("name").asText());
        assertTrue(c.text(d).startsWith("外務大臣　上川陽子、外務省. “国際刑事裁判所に関する外務大臣談話.” Statement, 30 May 2024."), c.text(d));
    }

    @Test
    void aNameOrTitleEndingInItsOwnStopGetsNoSecond() {
        // found by audit: "Human Rights Watch Inc.. “Why Japan?.”"
        Citations c = new Citations(SITE);
        Document d = document(DocumentKind.STATEMENT, "Alter Trade Japan, Inc.", "", "not stated", "Why Japan?", "");
        assertTrue(c.text(d).startsWith("Alter Trade Japan, Inc. “Why Japan?” Statement, 30 May 2024."), c.text(d));
        assertTrue(c.paragraph(d, 2).startsWith("Alter Trade Japan, Inc. “Why Japan?” Statement, 30 May 2024, ¶ 2."), c.paragraph(d, 2));
        assertTrue(c.text(document(DocumentKind.STATEMENT, "外務省", "", "not stated", "声明。", "ja")).startsWith("外務省. “声明。” "));
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        String ld = new Citations(SITE).jsonLd(document("2016", "not stated", "</script><script>alert(1)</script>"));
        assertFalse(ld.contains("</script>"));
        assertTrue(ld.contains("\\u003c/script\\u003e"));
    }

    @Test
    void aTitleTheDossierSuppliedIsBracketedInEveryReference() throws Exception {
        // found by review: an editor's title was cited as if the source printed it
        Document given = document("2016", "not stated", "Capacity Building: outreach on the ICC");
        Document d = new Document(given.id(), given.metadataPath(), given.metadataFile(), given.seed(), given.kind(), given.title(),
                given.date(), given.dateAsPrinted(), given.author(), given.speaker(), given.onBehalfOf(), given.venue(), given.addressee(),
                given.sourceUrl(), given.sections(), given.topics(), given.summary(), given.text(), given.signatures(), given.links(), true);
        Citations c = new Citations(SITE);
        assertTrue(c.text(d).startsWith("“[Capacity Building: outreach on the ICC].” Statement, 2016."), c.text(d));
        assertTrue(c.paragraph(d, 2).startsWith("“[Capacity Building: outreach on the ICC].” Statement, 2016, ¶ 2."), c.paragraph(d, 2));
        assertEquals("[Capacity Building: outreach on the ICC]", parseBibtex(c.bibtex(d)).getField(new Key("title")).toUserString());
        assertTrue(c.ris(d).contains("\r\nTI  - [Capacity Building: outreach on the ICC]\r\n"), c.ris(d));
        assertEquals("[Capacity Building: outreach on the ICC]", new ObjectMapper().readTree(c.cslJson(d)).get(0).get("title").asText());
        assertEquals(List.of("[Capacity Building: outreach on the ICC]", "[Capacity Building: outreach on the ICC]"),
                c.meta(d).stream().filter(m -> m.key().equals("citation_title") || m.key().equals("DC.title")).map(Citations.Meta::content).toList());
        assertTrue(c.text(given).startsWith("“Capacity Building: outreach on the ICC.” "), "a title the source prints is cited as it is");
    }

    @Test
    void paragraphReferencesCarryTheParagraphAndItsAnchor() {
        assertEquals("Japan. “T.” Statement, 7 December 2023, ¶ 4. In Japan & the {ICC}. documents/a-doc/index.html#p-4.",
                new Citations(SITE).paragraph(document("2023-12-07", "Japan", "T"), 4));
    }
}
