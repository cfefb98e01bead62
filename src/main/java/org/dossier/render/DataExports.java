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
     * The data exports, path to bytes, taking from {@code memo} (null for none) each document's entry in documents.json
     * that was written before for the same document, and keeping the entries for the next export.
     */
    public Map<String, byte[]> export(Dossier dossier, Memo memo) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(SIGNATORIES, signatoriesCsv(dossier).getBytes(StandardCharsets.UTF_8));
        files.put(ORGANIZATIONS, write(entities(dossier, EntityKind.ORGANIZATION)));
        files.put(PEOPLE, write(entities(dossier, EntityKind.PERSON)));
        files.put(DOCUMENTS, documentsJson(dossier, memo));
        return files;
    }

    /**
     * What documents.json held of each document, kept for the next export of a preview: an entry is written again
     * only when its document changed (a document kept from the last build is the same object).
     */
    public static final class Memo {
        private record Entry(Document document, String json) {
        }

        private Map<String, Entry> entries = new java.util.concurrent.ConcurrentHashMap<>();

        private String entry(Document d, java.util.function.Function<Document, String> write) {
            Entry was = entries.get(d.id());
            return was != null && (was.document() == d || was.document().equals(d)) ? was.json() : write.apply(d);
        }
    }

    /**
     * documents.json: the array of the documents' entries, each written on its own (in parallel), as one pass of the
     * writer would write them. Objects indent by their own depth and this writer's arrays do not indent, so an entry
     * reads the same alone as in the array: "[ " + entries joined by ", " + " ]".
     */
    private byte[] documentsJson(Dossier dossier, Memo memo) {
        List<Document> documents = dossier.documents();
        if (documents.isEmpty()) {
            return write(List.of());
        }
        java.util.function.Function<Document, String> entry = d -> {
            try {
                return json.writeValueAsString(document(d));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<String> entries = documents.parallelStream().map(d -> memo == null ? entry.apply(d) : memo.entry(d, entry)).toList();
        if (memo != null) {
            Map<String, Memo.Entry> next = new java.util.concurrent.ConcurrentHashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                next.put(documents.get(i).id(), new Memo.Entry(documents.get(i), entries.get(i)));
            }
            memo.entries = next;
        }
        return ("[ " + String.join(", ", entries) + " ]\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One row per name on a letter, coordinators first, in the letter's order. */
    static String signatoriesCsv(Dossier dossier) {
        StringBuilder out = new StringBuilder("letter,letter_date,as_signed,organization_id,canonical_name,role\r\n");
        for (Document letter : dossier.letters()) {
            for (Signature s : letter.signatures().all()) {
                Entity org = dossier.entity(s.organizationId()).orElseThrow();
                row(out, letter.id(), letter.date().isStated() ? letter.date().iso() : "not stated", s.asSigned(), org.id(),
                        org.name(), s.role().id());
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

    private List<Object> entities(Dossier dossier, EntityKind kind) {
        List<Object> out = new ArrayList<>();
        for (Entity e : dossier.entities(kind)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            if (kind == EntityKind.ORGANIZATION) {
                m.put("kind", e.organizationKind().id());
            }
            m.put("aliases", e.aliases());
            if (kind == EntityKind.ORGANIZATION) {
                m.put("merge", e.probableMerge() ? "probable" : "certain");
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
                    roles.add(ordered("role", r.role(), "document", d.id(), "date", d.date().isStated() ? d.date().iso() : "not stated"));
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
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> document(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
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
                "url", d.seedPath()));
        Signatures s = d.signatures();
        if (s.isPresent()) {
            Map<String, Object> sig = new LinkedHashMap<>();
            sig.put("stated_count", s.isCountStated() ? s.statedCount() : "not stated");
            sig.put("stated_count_as_printed", s.statedCountAsPrinted());
            sig.put("coordinators", s.coordinators().stream().map(x -> ordered("as_signed", x.asSigned(), "organization_id", x.organizationId())).toList());
            sig.put("signatories", s.signatories().stream().map(x -> ordered("as_signed", x.asSigned(), "organization_id", x.organizationId())).toList());
            sig.put("listed_count", s.listedCount());
            sig.put("unnamed_count", s.unnamedCount());
            sig.put("unnamed_as_printed", s.unnamedAsPrinted());
            m.put("signatures", sig);
        }
        m.put("url", d.path());
        return m;
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
