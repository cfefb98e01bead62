package org.dossier.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index as written: its blocks are joined, and their postings written, by hand, so the file is read back
 * here as JSON and every posting checked to name an item of its block that holds its term.
 */
class SearchIndexTest {
    private static final String PREFIX = "window.DOSSIER_SEARCH = ";

    @TempDir
    Path dir;

    /** The index's JSON, after checking it is the script the pages load. */
    private static JsonNode read(Path index) throws IOException {
        String script = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(script.startsWith(PREFIX) && script.endsWith(";\n"), "a script that sets window.DOSSIER_SEARCH");
        return new ObjectMapper().readTree(script.substring(PREFIX.length(), script.length() - 2));
    }

    /**
     * Checks each block: its terms sorted and distinct, a posting string per term, and every posting naming, in
     * increasing order, an item of the block that holds the term; the entities are the last block, alone. Returns the
     * paragraphs and entities counted.
     */
    private static int[] checkBlocks(JsonNode index) {
        JsonNode blocks = index.get("blocks");
        int paragraphs = 0;
        int entities = 0;
        for (int b = 0; b < blocks.size(); b++) {
            JsonNode block = blocks.get(b);
            boolean last = b == blocks.size() - 1;
            JsonNode items = block.get("items");
            assertEquals(last, block.get("documents").isEmpty(), "only the last block, the entities', has no documents");
            int documents = 0;
            for (JsonNode item : items) {
                int kind = item.get(0).asInt();
                assertTrue(last ? kind == 1 : kind == 0 || kind == 2, "documents and paragraphs in the documents' blocks, entities in the last");
                if (kind == 0 || kind == 2) {
                    assertTrue(item.get(1).asInt() < block.get("documents").size(), "a paragraph or document item names a document of its block");
                    if (kind == 2) {
                        assertEquals(documents++, item.get(1).asInt(), "each document has its item, in order");
                    } else {
                        paragraphs++;
                    }
                } else {
                    entities++;
                }
            }
            assertEquals(block.get("documents").size(), documents, "an item for each document");
            JsonNode terms = block.get("terms");
            assertEquals(terms.size(), block.get("postings").size());
            for (int t = 0; t < terms.size(); t++) {
                String term = terms.get(t).asText();
                assertTrue(t == 0 || terms.get(t - 1).asText().compareTo(term) < 0, "terms sorted and distinct: " + term);
                int lastItem = -1;
                for (String id : block.get("postings").get(t).asText().split(",")) {
                    int n = Integer.parseInt(id, 36);
                    assertTrue(n > lastItem && n < items.size(), "term " + term + ": item " + n + " after " + lastItem);
                    JsonNode item = items.get(n);
                    String text = switch (item.get(0).asInt()) {
                        case 0 -> item.get(3).asText();
                        case 2 -> block.get("documents").get(item.get(1).asInt()).get(0).asText() + " " + item.get(2).asText();
                        default -> item.get(1).asText() + " " + item.get(4).asText();
                    };
                    assertTrue(SearchIndex.terms(text).contains(term), "item " + n + " holds " + term);
                    lastItem = n;
                }
            }
        }
        return new int[] {paragraphs, entities};
    }

    @Test
    void aRunOfKanjiAndKanaIsIndexedByEveryTwoLettersOfIt() {
        // found by review: Japanese, written without spaces, made one term of a whole run up to punctuation, so a query
        // for a word inside it ("独立性" of "国際刑事裁判所の独立性") found nothing
        assertEquals(List.of("日本は", "日本", "本は", "は", "独立性を支持", "独立", "立性", "性を", "を支", "支持", "持"),
                SearchIndex.terms("日本は、独立性を支持。"));
        // letters of another script after kanji or kana are a term of their own, as assets/search.js splits a query
        // (before them, they are the start of the whole term already)
        assertEquals(List.of("icc独立ー", "独立", "立ー", "ー", "unodcの", "の", "独立icc", "独立", "立", "icc"),
                SearchIndex.terms("ICC独立ー UNODCの 独立ICC"));
        assertEquals(List.of("sanctions", "on", "icc"), SearchIndex.terms("Sanctions on ICC"));
    }

    @Test
    void foldingReadsCompatibilityFormsAsTheirLettersAndKeepsTheKanasVoicingMarks() {
        // found by review: folding removed accents (NFD) but left full-width "ＩＣＣ" as it stands, so "ICC" did not find
        // it; half-width "ｶﾞ" kept its voicing mark apart, and the mark was removed from "ガ" as if it were an accent
        assertEquals("icc cote がいどらいん がいどらいん かいとらいん fi 2023", SearchIndex.fold("ＩＣＣ Côte ｶﾞｲﾄﾞﾗｲﾝ ガイドライン カイトライン ﬁ ２０２３"));
        // a soft hyphen, which a PDF's text may keep, does not part a word; a word's last sigma is folded as the others
        assertEquals(List.of("international", "σοσ"), SearchIndex.terms("Inter\u00adnational ΣΟΣ"));
        assertEquals(List.of("icc", "がいど", "がい", "いど", "ど"), SearchIndex.terms("ＩＣＣ　ｶﾞｲﾄﾞ"));
    }

    @Test
    void katakanaIsFoldedToHiraganaSoThatAWordIsFoundInEither() {
        // found by review: "がいどらいん" did not find "ガイドライン", nor the reverse, though a Japanese reader types either
        assertEquals(SearchIndex.fold("がいどらいん"), SearchIndex.fold("ガイドライン"));
        assertEquals("ぁゖゝゞ ゔぁいおりん ー ヷヺ 刑事", SearchIndex.fold("ァヶヽヾ ヴァイオリン ー ヷヺ 刑事"));
        assertEquals(List.of("こーと", "こー", "ーと", "と"), SearchIndex.terms("コート"));
    }

    @Test
    void aWordASoftHyphenBreaksIsIndexedWhole() {
        // the reading text keeps a PDF's soft hyphen (U+00AD), unseen: "crimi\u00ADnal" was indexed as "crimi" and "nal",
        // so a search for "criminal" did not find the paragraph that reads "criminal"
        assertEquals(List.of("the", "criminal", "court"), SearchIndex.terms("the crimi\u00ADnal Court"));
    }

    @Test
    void blocksStartWhereTheirFirstDocumentsIdSaysSoThatAnAddedDocumentChangesOnlyItsBlock() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add(String.format("%06d-document", i));
        }
        List<Integer> starts = SearchIndex.blockStarts(ids);
        assertEquals(0, starts.get(0));
        assertTrue(starts.size() > 5000 / SearchIndex.BLOCK / 2 && starts.size() < 5000 / SearchIndex.BLOCK * 2, starts.size() + " blocks");
        // a document added in the middle: every block starts with the same document as before, but the added one's
        List<String> added = new ArrayList<>(ids);
        added.add(2500, "002500-added");
        List<String> firsts = SearchIndex.blockStarts(ids).stream().map(ids::get).toList();
        List<String> addedFirsts = new ArrayList<>(SearchIndex.blockStarts(added).stream().map(added::get).toList());
        addedFirsts.remove("002500-added");
        assertEquals(firsts, addedFirsts);
        assertEquals(List.of(0), SearchIndex.blockStarts(List.of("only")));
        assertEquals(List.of(), SearchIndex.blockStarts(List.of()));
    }

    @Test
    void theIndexIsJsonAndEveryPostingNamesAnItemThatHoldsItsTerm() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        site.build();
        JsonNode index = read(site.out().resolve(SearchIndex.PATH));
        int[] counted = checkBlocks(index);
        assertTrue(counted[0] > 0 && counted[1] > 0, "both kinds of item: the comma between the blocks is written by hand");
    }

    @Test
    void aDocumentIsFoundByItsTitleAndWhatItsPageStatesOfIt() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/remarks.md", """
                ---
                title: "Remarks at the Side Event"
                date: 2024-06-11
                kind: speech
                speaker: "Hana Tanaka, Legal Adviser"
                venue: "Side event, Vienna"
                topics: [cooperation]
                ---
                Japan supports the Court.
                """);
        site.build();
        JsonNode index = read(site.out().resolve(SearchIndex.PATH));
        checkBlocks(index);
        for (JsonNode block : index.get("blocks")) {
            for (int d = 0; d < block.get("documents").size(); d++) {
                if (!block.get("documents").get(d).get(1).asText().equals("documents/remarks/index.html")) {
                    continue;
                }
                JsonNode items = block.get("items");
                int item = -1;
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).get(0).asInt() == 2 && items.get(i).get(1).asInt() == d) {
                        item = i;
                    }
                }
                // author, on_behalf_of and addressee are not stated: left out
                assertEquals("Speech · 11 June 2024 · Hana Tanaka, Legal Adviser · Side event, Vienna", items.get(item).get(2).asText());
                for (String term : List.of("remarks", "tanaka", "vienna", "speech")) {
                    int t = java.util.Arrays.asList(new ObjectMapper().convertValue(block.get("terms"), String[].class)).indexOf(term);
                    assertTrue(java.util.Arrays.asList(block.get("postings").get(t).asText().split(",")).contains(Integer.toString(item, 36)), term);
                }
                return;
            }
        }
        throw new AssertionError("the document is in no block");
    }

    @Test
    void theDossiersIndexHoldsEveryDocumentAndEntity() throws IOException {
        JsonNode index = read(Path.of("site").resolve(SearchIndex.PATH));
        ObjectMapper mapper = new ObjectMapper();
        int documents = 0;
        for (JsonNode block : index.get("blocks")) {
            documents += block.get("documents").size();
        }
        assertEquals(mapper.readTree(Path.of("site/data/documents.json").toFile()).size(), documents);
        long topics;
        try (var pages = Files.list(Path.of("site/topics"))) {
            topics = pages.filter(Files::isDirectory).count();
        }
        int entities = mapper.readTree(Path.of("site/data/organizations.json").toFile()).size()
                + mapper.readTree(Path.of("site/data/people.json").toFile()).size() + (int) topics;
        assertEquals(entities, checkBlocks(index)[1]);
    }
}
