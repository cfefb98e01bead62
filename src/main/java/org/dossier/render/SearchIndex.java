package org.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.model.Block;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The offline search index: a script file that defines {@code window.DOSSIER_SEARCH}, so that it loads from file://
 * without fetch. Items are paragraphs (with their document and #p-N) and entities; terms are folded (lower case,
 * accents removed) and sorted, so that a query term finds every term it is a prefix of by binary search.
 */
public final class SearchIndex {
    public static final String PATH = "assets/search-index.js";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower case without accents; the same folding as assets/search.js. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String t : NON_WORD.split(fold(text))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    public byte[] build(Dossier dossier) {
        List<Object> documents = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        TreeMap<String, TreeSet<Integer>> postings = new TreeMap<>();
        int docIndex = 0;
        for (Document d : dossier.documents()) {
            documents.add(List.of(d.title(), d.path()));
            for (Block b : d.text().blocks()) {
                if (b instanceof Block.Heading h) {
                    add(items, postings, List.of(0, docIndex, h.number(), h.text()), h.text());
                } else if (b instanceof Block.Paragraph p) {
                    add(items, postings, List.of(0, docIndex, p.number(), p.text()), p.text());
                } else if (b instanceof Block.ListBlock l) {
                    for (Block.Item i : l.items()) {
                        add(items, postings, List.of(0, docIndex, i.number(), i.text()), i.text());
                    }
                }
            }
            docIndex++;
        }
        for (EntityKind kind : List.of(EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.TOPIC)) {
            for (Entity e : dossier.entities(kind)) {
                String spellings = String.join("; ", e.aliases().stream().filter(a -> !a.equals(e.name())).toList());
                add(items, postings, List.of(1, e.name(), e.path(), e.typeLabel(), spellings), e.name() + " " + spellings);
            }
        }
        List<String> terms = new ArrayList<>(postings.keySet());
        List<String> lists = new ArrayList<>();
        for (TreeSet<Integer> ids : postings.values()) {
            StringBuilder sb = new StringBuilder();
            for (int id : ids) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(Integer.toString(id, 36));
            }
            lists.add(sb.toString());
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("documents", documents);
        index.put("items", items);
        index.put("terms", terms);
        index.put("postings", lists);
        try {
            String json = new ObjectMapper().writeValueAsString(index);
            return ("window.DOSSIER_SEARCH = " + json + ";\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<Object> items, Map<String, TreeSet<Integer>> postings, List<Object> item, String text) {
        int id = items.size();
        items.add(item);
        for (String t : terms(text)) {
            postings.computeIfAbsent(t, k -> new TreeSet<>()).add(id);
        }
    }
}
