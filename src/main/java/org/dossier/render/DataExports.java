package org.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.dossier.model.Correction;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.LetterSignature;
import org.dossier.model.Mention;
import org.dossier.model.RoleStatement;
import org.dossier.model.Signature;
import org.dossier.model.Signatures;
import org.dossier.model.TextLanguage;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data behind the site, for researchers: signatories as CSV, and the registries and documents as JSON.
 * Paths inside are relative to the site root; the output is deterministic.
 */
public final class DataExports {
    private final ObjectWriter json = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private static final String SIGNATORIES = "data/signatories.csv";
    private static final String ORGANIZATIONS = "data/organizations.json";
    private static final String PEOPLE = "data/people.json";
    private static final String DOCUMENTS = "data/documents.json";

    /** The files {@link #export} makes, whatever the dossier. */
    public static final List<String> PATHS = List.of(SIGNATORIES, ORGANIZATIONS, PEOPLE, DOCUMENTS);

    /**
     * The data exports, path to bytes, taking from {@code memo} (null for none) each entry of documents.json,
     * organizations.json and people.json that was written before from the same key, and keeping the entries for the
     * next export.
     */
    public Map<String, byte[]> export(Dossier dossier, Memo memo) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(SIGNATORIES, signatoriesCsv(dossier).getBytes(StandardCharsets.UTF_8));
        files.put(ORGANIZATIONS, entities(dossier, EntityKind.ORGANIZATION, memo));
        files.put(PEOPLE, entities(dossier, EntityKind.PERSON, memo));
        files.put(DOCUMENTS, array(DOCUMENTS, dossier.documents(), Document::id, d -> d, DataExports::document, memo));
        return files;
    }

    /**
     * What documents.json, organizations.json and people.json held of each document or entity, kept for the next
     * export of a preview: an entry is written again only when what it is made from changed (a document kept from the
     * last build is the same object).
     */
    public static final class Memo {
        private record Entry(Object key, byte[] json) {
        }

        private final Map<String, Map<String, Entry>> files = new java.util.concurrent.ConcurrentHashMap<>();

        /** Forgets the entry of the document with this id in documents.json: the next export writes it again. */
        public void forget(String documentId) {
            Map<String, Entry> documents = files.get(DOCUMENTS);
            if (documents != null) {
                documents.remove(documentId);
            }
        }

        private byte[] entry(String file, String id, Object key, java.util.function.Supplier<byte[]> write) {
            Entry was = files.getOrDefault(file, Map.of()).get(id);
            return was != null && (was.key() == key || was.key().equals(key)) ? was.json() : write.get();
        }
    }

    /**
     * A JSON array of entries, each written on its own (in parallel), as one pass of the writer would write them.
     * Objects indent by their own depth and this writer's arrays do not indent, so an entry reads the same alone as in
     * the array: "[ " + entries joined by ", " + " ]". With a memo, an entry whose key (compared by identity, then
     * value) is the one it was written from last time is taken from it.
     *
     * @param key   all the entry is made from, for the memo
     * @param value the entry, as the writer writes it
     */
    private <T> byte[] array(String file, List<T> items, java.util.function.Function<T, String> id,
                             java.util.function.Function<T, Object> key, java.util.function.Function<T, Object> value, Memo memo) {
        if (items.isEmpty()) {
            return write(List.of());
        }
        java.util.function.Function<T, byte[]> entry = item -> {
            try {
                return json.writeValueAsBytes(value.apply(item));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<Object> keys = memo == null ? null : items.parallelStream().map(key).toList();
        List<byte[]> entries = java.util.stream.IntStream.range(0, items.size()).parallel()
                .mapToObj(i -> memo == null ? entry.apply(items.get(i))
                        : memo.entry(file, id.apply(items.get(i)), keys.get(i), () -> entry.apply(items.get(i))))
                .toList();
        if (memo != null) {
            Map<String, Memo.Entry> next = new java.util.concurrent.ConcurrentHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                next.put(id.apply(items.get(i)), new Memo.Entry(keys.get(i), entries.get(i)));
            }
            memo.files.put(file, next);
        }
        int size = 4 + 2 * (entries.size() - 1) + 1;
        for (byte[] e : entries) {
            size += e.length;
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size).put((byte) '[').put((byte) ' ');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.put((byte) ',').put((byte) ' ');
            }
            out.put(entries.get(i));
        }
        return out.put((byte) ' ').put((byte) ']').put((byte) '\n').array();
    }

    /**
     * One row per name on a letter, coordinators first, in the letter's order, with the organisation's merge as in
     * organizations.json: whether its spellings are certainly one organisation, and why only probably.
     */
    static String signatoriesCsv(Dossier dossier) {
        StringBuilder out = new StringBuilder("letter,letter_date,as_signed,organization_id,canonical_name,role,merge,merge_reason\r\n");
        for (Document letter : dossier.letters()) {
            for (Signature s : letter.signatures().all()) {
                Entity org = dossier.entity(s.organizationId()).orElseThrow();
                row(out, letter.id(), letter.date().isStated() ? letter.date().iso() : "not stated", s.asSigned(), org.id(),
                        org.name(), s.role().id(), merge(org), org.probableMerge() ? org.mergeReason() : "");
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells[i];
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }

    private static String merge(Entity organization) {
        return organization.probableMerge() ? "probable" : "certain";
    }

    /** organizations.json or people.json. */
    private byte[] entities(Dossier dossier, EntityKind kind, Memo memo) {
        return array(kind == EntityKind.ORGANIZATION ? ORGANIZATIONS : PEOPLE, dossier.entities(kind), Entity::id,
                e -> entityKey(dossier, e), e -> entity(dossier, kind, e), memo);
    }

    /** All that {@link #entity} reads: the entity, its roles' documents' dates, its signatures and its mentions. */
    private static List<Object> entityKey(Dossier dossier, Entity e) {
        List<Object> roles = new ArrayList<>();
        for (RoleStatement r : e.roles()) {
            roles.add(dossier.document(r.documentId()).orElseThrow().date());
        }
        List<Object> letters = new ArrayList<>();
        for (LetterSignature ls : dossier.signaturesOf(e.id())) {
            letters.add(ls.letter().id());
            letters.add(ls.signature());
        }
        return List.of(e, roles, letters, dossier.mentionsOf(e.id()));
    }

    private static Map<String, Object> entity(Dossier dossier, EntityKind kind, Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        putLang(m, "name_lang", e.name());
        if (kind == EntityKind.ORGANIZATION) {
            m.put("kind", e.organizationKind().id());
        }
        m.put("aliases", e.aliases());
        if (kind == EntityKind.ORGANIZATION) {
            m.put("merge", merge(e));
            if (e.probableMerge()) {
                m.put("merge_reason", e.mergeReason());
            }
            m.put("description", e.description());
        }
        List<Object> corrections = new ArrayList<>();
        for (Correction c : e.corrections()) {
            corrections.add(ordered("as_printed", c.asPrinted(), "note", c.note()));
        }
        m.put("corrections", corrections);
        if (kind == EntityKind.PERSON) {
            List<Object> roles = new ArrayList<>();
            for (RoleStatement r : e.roles()) {
                Document d = dossier.document(r.documentId()).orElseThrow();
                roles.add(ordered("role", r.role(), "document", d.id(), "document_date", d.date().isStated() ? d.date().iso() : "not stated"));
            }
            m.put("roles", roles);
        }
        m.put("notes", e.notes());
        if (kind == EntityKind.ORGANIZATION) {
            List<Object> letters = new ArrayList<>();
            for (LetterSignature ls : dossier.signaturesOf(e.id())) {
                letters.add(ordered("letter", ls.letter().id(), "as_signed", ls.signature().asSigned(),
                        "role", ls.signature().role().id()));
            }
            m.put("letters", letters);
        }
        List<Object> mentions = new ArrayList<>();
        for (Mention x : dossier.mentionsOf(e.id())) {
            mentions.add(ordered("document", x.documentId(), "paragraph", x.paragraph(),
                    "url", "documents/" + x.documentId() + "/index.html#p-" + x.paragraph()));
        }
        m.put("mentions", mentions);
        m.put("url", e.path());
        return m;
    }

    private static Map<String, Object> document(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        putLang(m, "title_lang", d.title());
        m.put("kind", d.kind().id());
        m.put("date", d.date().isStated() ? d.date().iso() : "not stated");
        m.put("date_precision", d.date().precision().label());
        m.put("date_as_printed", d.dateAsPrinted());
        m.put("author", d.author());
        m.put("speaker", d.speaker());
        m.put("on_behalf_of", d.onBehalfOf());
        m.put("venue", d.venue());
        m.put("addressee", d.hasAddressee() ? d.addressee() : "");
        m.put("source_url", d.sourceUrl());
        m.put("sections", d.sections().stream().map(s -> s.id()).toList());
        m.put("topics", d.topics());
        m.put("summary", d.summary());
        m.put("seed", ordered("file", d.seed().fileName(), "sha256", d.seed().sha256(), "size", d.seed().size(),
                "url", d.seedHref()));
        Signatures s = d.signatures();
        if (s.isPresent()) {
            Map<String, Object> sig = new LinkedHashMap<>();
            sig.put("stated_count", s.isCountStated() ? s.statedCount() : "not stated");
            sig.put("stated_count_as_printed", s.statedCountAsPrinted());
            sig.put("stated_count_bound", s.isCountStated() ? s.statedQualifier().bound().id() : "not stated");
            sig.put("coordinators", s.coordinators().stream().map(x -> ordered("as_signed", x.asSigned(), "organization_id", x.organizationId())).toList());
            sig.put("signatories", s.signatories().stream().map(x -> ordered("as_signed", x.asSigned(), "organization_id", x.organizationId())).toList());
            sig.put("listed_count", s.listedCount());
            // a letter that counts no unnamed signatories does not say it has none ("32 organizations" over 29 names)
            boolean unnamedStated = !s.unnamedAsPrinted().isEmpty();
            sig.put("unnamed_count", unnamedStated ? s.unnamedCount() : "not stated");
            sig.put("unnamed_as_printed", s.unnamedAsPrinted());
            sig.put("unnamed_count_bound", unnamedStated ? s.unnamedQualifier().bound().id() : "not stated");
            m.put("signatures", sig);
        }
        m.put("url", d.path());
        return m;
    }

    /** The language of a text where it is not the site's: "ja" for text mostly in kanji and kana, as the pages mark it. */
    private static void putLang(Map<String, Object> m, String key, String text) {
        String lang = TextLanguage.of(text);
        if (!lang.isEmpty()) {
            m.put(key, lang);
        }
    }

    /** A map that keeps its keys in the given order, so that output is byte-identical from build to build. */
    static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private byte[] write(Object value) {
        try {
            return (json.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
