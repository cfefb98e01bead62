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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index as written: the documents' items are copied in past the JSON writer, and the postings written by
 * hand, so the file is read back here as JSON and every posting checked to name an item.
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

    private static void checkPostings(JsonNode index, int paragraphs, int entities) {
        JsonNode items = index.get("items");
        int fromDocuments = 0;
        int fromEntities = 0;
        for (JsonNode item : items) {
            if (item.get(0).asInt() == 0) {
                assertEquals(0, fromEntities, "the documents' items come first");
                fromDocuments++;
            } else {
                fromEntities++;
            }
        }
        assertEquals(paragraphs, fromDocuments);
        assertEquals(entities, fromEntities);
        assertEquals(index.get("terms").size(), index.get("postings").size());
        for (int t = 0; t < index.get("terms").size(); t++) {
            String term = index.get("terms").get(t).asText();
            int last = -1;
            for (String id : index.get("postings").get(t).asText().split(",")) {
                int n = Integer.parseInt(id, 36);
                assertTrue(n > last && n < items.size(), "term " + term + ": item " + n + " after " + last);
                String text = items.get(n).get(0).asInt() == 0 ? items.get(n).get(3).asText() : items.get(n).get(1).asText() + " " + items.get(n).get(4).asText();
                assertTrue(SearchIndex.terms(text).contains(term), "item " + n + " holds " + term);
                last = n;
            }
        }
    }

    @Test
    void theIndexIsJsonAndEveryPostingNamesAnItemThatHoldsItsTerm() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        site.build();
        JsonNode index = read(site.out().resolve(SearchIndex.PATH));
        assertTrue(index.get("items").size() > 1);
        int paragraphs = 0;
        int entities = 0;
        for (JsonNode item : index.get("items")) {
            if (item.get(0).asInt() == 0) {
                paragraphs++;
            } else {
                entities++;
            }
        }
        assertTrue(paragraphs > 0 && entities > 0, "both kinds of item: the comma between them is written by hand");
        checkPostings(index, paragraphs, entities);
    }

    @Test
    void theDossiersIndexHoldsEveryDocumentAndEntity() throws IOException {
        JsonNode index = read(Path.of("site").resolve(SearchIndex.PATH));
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.readTree(Path.of("site/data/documents.json").toFile()).size(), index.get("documents").size());
        long topics;
        try (var pages = Files.list(Path.of("site/topics"))) {
            topics = pages.filter(Files::isDirectory).count();
        }
        int entities = mapper.readTree(Path.of("site/data/organizations.json").toFile()).size()
                + mapper.readTree(Path.of("site/data/people.json").toFile()).size() + (int) topics;
        int paragraphs = 0;
        for (JsonNode item : index.get("items")) {
            paragraphs += item.get(0).asInt() == 0 ? 1 : 0;
        }
        checkPostings(index, paragraphs, entities);
    }
}
