package org.dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.TextLanguage;

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
 * without fetch. It is made of blocks of documents (see {@link #write}). Items are documents (by their title and what
 * their page states of them: kind, date, who, where), paragraphs (with their document and #p-N) and entities; terms are folded (lower case, accents removed) and sorted, so that a query term finds every
 * term it is a prefix of by binary search, in each block.
 */
public final class SearchIndex {
    public static final String PATH = "assets/search-index.js";

    private static final JsonFactory JSON = new JsonFactory();
    /** Accents and other marks, but the kana's voicing marks (゛゜), which make "ガ" of "カ" and "パ" of "ハ". */
    private static final Pattern MARKS = Pattern.compile("[\\p{M}&&[^\u3099\u309a]]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The text as the search compares it, the same folding as assets/search.js ({@code foldChar}): compatibility forms as
     * their plain letters (NFKD: full-width "ＩＣＣ" is "icc", half-width "ｶﾞ" is "ガ", "ﬁ" is "fi"), accents removed
     * ("Côte" is "cote") but the kana's voicing marks kept (NFC puts them back on their letters), lower case (with
     * "ς" as "σ", which lower case gives a word's last sigma), the soft hyphen dropped, so that a word the PDF's
     * text hyphenates softly is one word, and katakana as hiragana ("ガイド" is "がいど"), since a Japanese reader may
     * type a word in either.
     */
    public static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return hiragana(Normalizer.normalize(plain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('\u03c2', '\u03c3')
                .replace("\u00ad", ""));
    }

    /**
     * Katakana as the hiragana of the same sound, letter for letter ("ァ" to "ヶ", and the marks of repetition
     * "ヽヾ"), as assets/search.js folds them ({@code foldChar}); "ヷ" to "ヺ", which hiragana lacks, and "ー" stay.
     */
    static String hiragana(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u30a1' && c <= '\u30f6') || c == '\u30fd' || c == '\u30fe') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c - 0x60);
            }
        }
        return chars == null ? text : new String(chars);
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (!isAscii(text)) {
            for (String t : NON_WORD.split(fold(text))) {
                if (!t.isEmpty()) {
                    out.add(t);
                    spacelessTerms(t, out);
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

    /**
     * The terms that let a query find words inside a run of letters of a script written without spaces (kanji and
     * kana), where a term is the whole run up to punctuation ("国際刑事裁判所の独立性を強く支持します"), so that
     * "独立性" finds it: every two letters of such a run, and its last letter alone; and each part of a term in other
     * letters ("icc" of "icc独立"). assets/search.js splits a query the same way ({@code pieces}), and every part of it
     * must match, as every word of it must.
     */
    private static void spacelessTerms(String term, List<String> out) {
        int n = term.length();
        if (n < 2 || !hasSpaceless(term)) {
            return;
        }
        int start = 0;
        while (start < n) {
            boolean spaceless = spaceless(term.charAt(start));
            int end = start + 1;
            while (end < n && spaceless(term.charAt(end)) == spaceless) {
                end++;
            }
            if (!spaceless) {
                if (start > 0) {
                    out.add(term.substring(start, end)); // the part at the start is a prefix of the term already
                }
            } else {
                for (int i = start; i + 2 <= end; i++) {
                    out.add(term.substring(i, i + 2));
                }
                out.add(term.substring(end - 1, end));
            }
            start = end;
        }
    }

    private static boolean hasSpaceless(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (spaceless(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Kanji and kana (and the long-vowel mark "ー"), which Japanese writes without spaces between words. */
    static boolean spaceless(char c) {
        return c == '\u30fc' || TextLanguage.kanjiOrKana(c);
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
     * The blocks of the last index, kept for the next index of a preview: a block is made again only when its
     * documents changed (each the same object, or an equal one) or it holds other documents.
     */
    public static final class Memo {
        private record Made(List<Document> documents, byte[] bytes) {
        }

        private Map<String, Made> blocks = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Made> next = new java.util.concurrent.ConcurrentHashMap<>();

        private byte[] block(List<Document> documents) {
            String first = documents.get(0).id();
            Made was = blocks.get(first);
            // List.equals compares element by element, each by identity first, then value
            Made now = was != null && was.documents().equals(documents) ? was
                    : new Made(List.copyOf(documents), SearchIndex.block(documents, List.of()));
            next.put(first, now);
            return now.bytes();
        }

        private void written() {
            blocks = new java.util.concurrent.ConcurrentHashMap<>(next);
            next.clear();
        }

        /** Forgets the block that holds the document with this id: the next index makes it again. */
        public void forget(String documentId) {
            blocks.values().removeIf(made -> made.documents().stream().anyMatch(d -> d.id().equals(documentId)));
        }
    }

    /**
     * A document starts a new block when its id's hash says so, one in {@value #BLOCK} on average (the first always),
     * so that a document added or removed changes only the block it is in, as its edits do.
     */
    static final int BLOCK = 128;

    /** Where each block starts, as positions in {@code ids} (the documents' ids in reading order); 0 first. */
    static List<Integer> blockStarts(List<String> ids) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int mixed = ids.get(i).hashCode() * 0x9E3779B9;
            if (i == 0 || (mixed >>> 25) == 0) { // the top 7 bits clear: 1 in 128
                starts.add(i);
            }
        }
        return starts;
    }

    /** Blocks made in parallel, then written: bounds what a build without a memo holds. */
    private static final int BATCH = 16;

    /**
     * Writes the index, block by block as they are made (at thousands of documents it is too large to hold twice),
     * keeping each block in {@code memo} (null for none) for the next index. Each block holds its documents, their
     * paragraphs (each naming its document by its place in the block), the terms they hold, sorted, and for each term
     * the paragraphs it is in (their places in the block): a block reads the same wherever it is. The entities
     * (organisations, people, topics) are the last block.
     */
    public void write(Dossier dossier, java.io.OutputStream bytes, Memo memo) throws IOException {
        try {
            parts(dossier, memo, part -> {
                try {
                    bytes.write(part);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The index as {@link #write} writes it, made in one array of its exact size from the blocks {@code memo} keeps
     * (which it holds anyway), rather than collected as it is written and copied once more.
     */
    public byte[] bytes(Dossier dossier, Memo memo) {
        List<byte[]> parts = new ArrayList<>();
        parts(dossier, memo, parts::add);
        long size = parts.stream().mapToLong(part -> part.length).sum();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(PATH + " is larger than 2 GB");
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static final byte[] START = "window.DOSSIER_SEARCH = {\"blocks\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BETWEEN = {','};
    private static final byte[] END = "]};\n".getBytes(StandardCharsets.UTF_8);

    /** The index's bytes, in order, given to {@code sink} a part at a time. */
    private static void parts(Dossier dossier, Memo memo, java.util.function.Consumer<byte[]> sink) {
        List<Document> documents = dossier.documents();
        List<Integer> starts = blockStarts(documents.stream().map(Document::id).toList());
        List<List<Document>> blocks = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            blocks.add(documents.subList(starts.get(b), b + 1 < starts.size() ? starts.get(b + 1) : documents.size()));
        }
        sink.accept(START);
        for (int from = 0; from < blocks.size(); from += BATCH) {
            List<byte[]> made = blocks.subList(from, Math.min(blocks.size(), from + BATCH)).parallelStream()
                    .map(b -> memo == null ? block(b, List.of()) : memo.block(b))
                    .toList();
            for (byte[] block : made) {
                sink.accept(block);
                sink.accept(BETWEEN);
            }
        }
        if (memo != null) {
            memo.written();
        }
        List<Entity> entities = new ArrayList<>();
        for (EntityKind kind : List.of(EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.TOPIC)) {
            entities.addAll(dossier.entities(kind));
        }
        sink.accept(block(List.of(), entities));
        sink.accept(END);
    }

    /** One block: its documents and their paragraphs, then its entities, with their terms and postings. */
    private static byte[] block(List<Document> documents, List<Entity> entities) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Map<String, Postings> postings = new HashMap<>();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("documents");
            for (Document d : documents) {
                json.writeStartArray();
                json.writeString(d.title());
                json.writeString(d.path());
                writeLang(json, d.title());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("items");
            int[] next = {0};
            for (int i = 0; i < documents.size(); i++) {
                // the document itself, found by its title and what its page says about it (kind, date, who, where)
                String about = about(documents.get(i));
                json.writeStartArray();
                json.writeNumber(2);
                json.writeNumber(i);
                json.writeString(about);
                writeLang(json, about);
                json.writeEndArray();
                index(postings, next[0]++, documents.get(i).title() + " " + about);
                for (Block b : documents.get(i).text().blocks()) {
                    if (b instanceof Block.Heading h) {
                        paragraph(json, postings, next, i, h.number(), h.text());
                    } else if (b instanceof Block.Paragraph p) {
                        paragraph(json, postings, next, i, p.number(), p.text());
                    } else if (b instanceof Block.ListBlock l) {
                        for (Block.Item item : l.items()) {
                            paragraph(json, postings, next, i, item.number(), item.text());
                        }
                    }
                }
            }
            for (Entity e : entities) {
                String spellings = String.join("; ", e.aliases().stream().filter(a -> !a.equals(e.name())).toList());
                json.writeStartArray();
                json.writeNumber(1);
                json.writeString(e.name());
                json.writeString(e.path());
                json.writeString(e.typeLabel());
                json.writeString(spellings);
                // the name's language, then the spellings', when either is Japanese
                if (!TextLanguage.of(e.name()).isEmpty() || !TextLanguage.of(spellings).isEmpty()) {
                    json.writeString(TextLanguage.of(e.name()));
                    json.writeString(TextLanguage.of(spellings));
                }
                json.writeEndArray();
                index(postings, next[0]++, e.name() + " " + spellings);
            }
            json.writeEndArray();
            List<String> terms = new ArrayList<>(postings.keySet());
            java.util.Collections.sort(terms);
            json.writeArrayFieldStart("terms");
            for (String t : terms) {
                json.writeString(t);
            }
            json.writeEndArray();
            // The postings are written past the writer, as base-36 bytes: the writer is flushed first, and the commas
            // between them are written here.
            json.writeArrayFieldStart("postings");
            json.flush();
            byte[] buffer = new byte[8192];
            for (int t = 0; t < terms.size(); t++) {
                if (t > 0) {
                    out.write(',');
                }
                postings.get(terms.get(t)).writeQuoted(out, buffer);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * What a result for the document itself shows under its title, as its page states it: kind, date, author or
     * speaker, on whose behalf, venue and addressee, leaving out what is not stated.
     */
    static String about(Document d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.kind().label());
        if (d.date().isStated()) {
            parts.add(d.date().display());
        }
        for (String who : List.of(d.author(), d.speaker())) {
            if (Citations.stated(who)) {
                parts.add(who);
            }
        }
        if (Citations.stated(d.onBehalfOf())) {
            parts.add("on behalf of " + d.onBehalfOf());
        }
        if (Citations.stated(d.venue())) {
            parts.add(d.venue());
        }
        if (Citations.stated(d.addressee())) {
            parts.add("to " + d.addressee());
        }
        return String.join(" · ", parts);
    }


    private static void paragraph(JsonGenerator json, Map<String, Postings> postings, int[] next, int document, int number,
                                  String text) throws IOException {
        json.writeStartArray();
        json.writeNumber(0);
        json.writeNumber(document);
        json.writeNumber(number);
        json.writeString(text);
        writeLang(json, text);
        json.writeEndArray();
        index(postings, next[0]++, text);
    }

    /**
     * The language of a text the search shows, after it, where it is not the site's ({@link TextLanguage#of}): "ja".
     * Nothing for the site's language, so that assets/search.js marks a result's Japanese text as the pages do.
     */
    private static void writeLang(JsonGenerator json, String text) throws IOException {
        String lang = TextLanguage.of(text);
        if (!lang.isEmpty()) {
            json.writeString(lang);
        }
    }

    private static void index(Map<String, Postings> postings, int id, String text) {
        for (String t : terms(text)) {
            postings.computeIfAbsent(t, k -> new Postings()).add(id);
        }
    }
}
