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
        assertTrue(ris.startsWith("TY  - GEN\r\nTI  - Seminar\r\nPY  - 2016\r\nDA  - 2016///\r\n"), ris);
        assertTrue(ris.endsWith("ER  - \r\n"));
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
