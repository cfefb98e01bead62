package org.dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The offline search index: a script file that defines {@code window.DOSSIER_SEARCH}, so that it loads from file://
 * without fetch. Items are paragraphs (with their document and #p-N) and entities; terms are folded (lower case,
 * accents removed) and sorted, so that a query term finds every term it is a prefix of by binary search.
 */
public final class SearchIndex {
    public static final String PATH = "assets/search-index.js";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower case without accents; the same folding as assets/search.js. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (!isAscii(text)) {
            for (String t : NON_WORD.split(fold(text))) {
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }
        // ASCII text folds to its lower case, and its word characters are letters and digits: the same terms, faster.
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The item ids of one term, in increasing order since items are added in order. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /** The ids in base 36, separated by commas, as a JSON string: only digits, letters and commas, nothing to escape. */
        void writeQuoted(java.io.OutputStream out, byte[] buffer) throws IOException {
            out.write('"');
            int at = 0;
            for (int i = 0; i < size; i++) {
                if (at > buffer.length - 8) { // an int is at most 7 base-36 digits, with its comma
                    out.write(buffer, 0, at);
                    at = 0;
                }
                if (i > 0) {
                    buffer[at++] = ',';
                }
                int id = ids[i];
                int start = at;
                do {
                    buffer[at++] = (byte) Character.forDigit(id % 36, 36);
                    id /= 36;
                } while (id > 0);
                for (int l = start, r = at - 1; l < r; l++, r--) {
                    byte b = buffer[l];
                    buffer[l] = buffer[r];
                    buffer[r] = b;
                }
            }
            out.write(buffer, 0, at);
            out.write('"');
        }
    }

    /**
     * What the index holds of each document, kept for the next index of a preview: a document's part is made again
     * only when the document (the same object, or an equal one) or its place in the list changed.
     */
    public static final class Memo {
        private Map<String, Part> parts = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Part> next = new java.util.concurrent.ConcurrentHashMap<>();

        private Part part(Document d, int docIndex) {
            Part was = parts.get(d.id());
            Part now = was != null && was.docIndex() == docIndex && (was.document() == d || was.document().equals(d))
                    ? was : Part.of(d, docIndex);
            next.put(d.id(), now);
            return now;
        }

        private void written() {
            parts = new java.util.concurrent.ConcurrentHashMap<>(next);
            next.clear();
        }
    }

    /**
     * One document's share of the index: its items as JSON in UTF-8, separated by commas as in the items array, and
     * each term with the items it occurs in, counted from the document's first item.
     */
    private record Part(Document document, int docIndex, byte[] items, int count, String[] terms, int[][] positions) {
        static Part of(Document d, int docIndex) {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            Map<String, Postings> local = new java.util.LinkedHashMap<>();
            int[] next = {0};
            try (JsonGenerator json = JSON.createGenerator(text)) {
                json.writeStartArray();
                for (Block b : d.text().blocks()) {
                    if (b instanceof Block.Heading h) {
                        paragraph(json, local, next, docIndex, h.number(), h.text());
                    } else if (b instanceof Block.Paragraph p) {
                        paragraph(json, local, next, docIndex, p.number(), p.text());
                    } else if (b instanceof Block.ListBlock l) {
                        for (Block.Item i : l.items()) {
                            paragraph(json, local, next, docIndex, i.number(), i.text());
                        }
                    }
                }
                json.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] array = text.toByteArray();
            String[] terms = local.keySet().toArray(new String[0]);
            int[][] positions = new int[terms.length][];
            for (int t = 0; t < terms.length; t++) {
                Postings p = local.get(terms[t]);
                positions[t] = java.util.Arrays.copyOf(p.ids, p.size);
            }
            return new Part(d, docIndex, java.util.Arrays.copyOfRange(array, 1, array.length - 1), next[0], terms, positions);
        }
    }

    /** Documents whose parts are made in parallel, then written: bounds what a build without a memo holds. */
    private static final int BATCH = 256;

    /**
     * Writes the index as it is made (at thousands of documents it is too large to hold twice), keeping each
     * document's part in {@code memo} (null for none) for the next index.
     */
    public void write(Dossier dossier, java.io.OutputStream bytes, Memo memo) throws IOException {
        Map<String, Postings> postings = new HashMap<>();
        bytes.write("window.DOSSIER_SEARCH = ".getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = JSON.createGenerator(bytes).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeArrayFieldStart("documents");
            for (Document d : dossier.documents()) {
                json.writeStartArray();
                json.writeString(d.title());
                json.writeString(d.path());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("items");
            // The documents' items are copied as they were made, in UTF-8, past the writer (which would encode them
            // again char by char): the writer is flushed first, and the commas between them are written here.
            json.flush();
            boolean anyItem = false;
            int next = 0;
            List<Document> documents = dossier.documents();
            for (int from = 0; from < documents.size(); from += BATCH) {
                List<Part> parts = java.util.stream.IntStream.range(from, Math.min(documents.size(), from + BATCH)).parallel()
                        .mapToObj(i -> memo == null ? Part.of(documents.get(i), i) : memo.part(documents.get(i), i))
                        .toList();
                for (Part part : parts) {
                    if (part.count() > 0) {
                        if (anyItem) {
                            bytes.write(',');
                        }
                        bytes.write(part.items());
                        anyItem = true;
                    }
                    for (int t = 0; t < part.terms().length; t++) {
                        Postings all = postings.computeIfAbsent(part.terms()[t], k -> new Postings());
                        for (int position : part.positions()[t]) {
                            all.add(next + position);
                        }
                    }
                    next += part.count();
                }
            }
            if (memo != null) {
                memo.written();
            }
            boolean anyEntity = false;
            for (EntityKind kind : List.of(EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.TOPIC)) {
                for (Entity e : dossier.entities(kind)) {
                    if (anyItem && !anyEntity) {
                        bytes.write(','); // the writer has written no item of this array: the comma after the documents'
                    }
                    anyEntity = true;
                    String spellings = String.join("; ", e.aliases().stream().filter(a -> !a.equals(e.name())).toList());
                    json.writeStartArray();
                    json.writeNumber(1);
                    json.writeString(e.name());
                    json.writeString(e.path());
                    json.writeString(e.typeLabel());
                    json.writeString(spellings);
                    json.writeEndArray();
                    index(postings, next++, e.name() + " " + spellings);
                }
            }
            json.writeEndArray();
            List<String> terms = new ArrayList<>(postings.keySet());
            java.util.Collections.sort(terms);
            json.writeArrayFieldStart("terms");
            for (String t : terms) {
                json.writeString(t);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("postings");
            json.flush();
            byte[] buffer = new byte[8192];
            for (int t = 0; t < terms.size(); t++) {
                if (t > 0) {
                    bytes.write(',');
                }
                postings.get(terms.get(t)).writeQuoted(bytes, buffer);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        bytes.write(";\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void paragraph(JsonGenerator json, Map<String, Postings> postings, int[] next, int docIndex, int number,
                                  String text) throws IOException {
        json.writeStartArray();
        json.writeNumber(0);
        json.writeNumber(docIndex);
        json.writeNumber(number);
        json.writeString(text);
        json.writeEndArray();
        index(postings, next[0]++, text);
    }

    private static void index(Map<String, Postings> postings, int id, String text) {
        for (String t : terms(text)) {
            postings.computeIfAbsent(t, k -> new Postings()).add(id);
        }
    }
}
