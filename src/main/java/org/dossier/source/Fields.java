package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the fields of one YAML mapping. Every problem becomes a diagnostic at the exact position of the
 * key or value, so that all of a file's problems are reported at once.
 */
final class Fields {
    private final SourceText source;
    private final YamlNode.Mapping mapping;
    private final Diagnostics diagnostics;
    private final Map<String, String> allowed;

    /**
     * @param allowed every field this mapping may have, in documentation order, with an example value for hints
     */
    Fields(SourceText source, YamlNode.Mapping mapping, Diagnostics diagnostics, Map<String, String> allowed) {
        this.source = source;
        this.mapping = mapping;
        this.diagnostics = diagnostics;
        this.allowed = allowed;
        reportUnknown();
    }

    /** The fields a mapping may have, in documentation order, each with an example value for hints. */
    static Map<String, String> spec(String... namesAndExamples) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndExamples.length; i += 2) {
            out.put(namesAndExamples[i], namesAndExamples[i + 1]);
        }
        return out;
    }

    /** The root of a file as a mapping, or a diagnostic saying that it is not one. */
    static Optional<YamlNode.Mapping> asMapping(SourceText source, YamlNode root, Diagnostics diagnostics) {
        if (root instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        diagnostics.add(Diagnostic.error(source, root.line(), root.column(), "wrong-type",
                "the file must be a mapping of fields (name: value), not " + root.typeName(),
                "write one field per line, such as: title: The document's title"));
        return Optional.empty();
    }

    /** The fields an unknown field's name is a typo of, and which are not given otherwise. */
    private final java.util.Set<String> misspelt = new java.util.HashSet<>();

    private void reportUnknown() {
        for (YamlNode.Scalar key : mapping.keys().values()) {
            if (allowed.containsKey(key.text())) {
                continue;
            }
            Optional<String> meant = closest(key.text(), allowed.keySet());
            meant.filter(name -> !has(name)).ifPresent(misspelt::add);
            // a typo beside the field it is a typo of ("titel" under "title"): renaming it would give the name twice
            String hint = meant.map(name -> "did you mean \"" + name + "\"?" + (has(name) && mapping.keys().get(name) != null
                            ? " \"" + name + "\" is given already, on line " + mapping.keys().get(name).line()
                                    + ": keep the one of the two values that is right, and remove the other line"
                            : ""))
                    .orElse("the fields are: " + String.join(", ", allowed.keySet()));
            error(key, "unknown-field", "unknown field \"" + key.text() + "\"", hint);
        }
    }

    boolean has(String name) {
        return mapping.values().containsKey(name);
    }

    YamlNode node(String name) {
        return mapping.values().get(name);
    }

    /** The position of a field's value, or of the mapping when the field is absent. */
    YamlNode at(String name) {
        YamlNode node = mapping.values().get(name);
        return node != null ? node : mapping;
    }

    Optional<String> requiredText(String name) {
        if (!has(name)) {
            missing(name);
            return Optional.empty();
        }
        return optionalText(name);
    }

    /** A field that takes one of a list of values (kind) never takes "not stated": the hint lists the values instead. */
    private String emptyHint(String name, String write) {
        String example = allowed.getOrDefault(name, "");
        return example.contains(" | ") ? write + ", one of: " + example.replace(" | ", ", ")
                : write + ", or \"not stated\" where the source does not say";
    }

    Optional<String> optionalText(String name) {
        YamlNode node = node(name);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            String text = s.text().strip();
            if (text.isEmpty()) {
                error(s, "empty-value", "field \"" + name + "\" is empty", emptyHint(name, "write a value"));
                return Optional.empty();
            }
            return Optional.of(text);
        }
        if (node instanceof YamlNode.Scalar) {
            error(node, "empty-value", "field \"" + name + "\" has no value", emptyHint(name, "write a value after the colon"));
            return Optional.empty();
        }
        error(node, "wrong-type", "field \"" + name + "\" must be text, not " + node.typeName(),
                "write it on one line, such as: " + name + ": " + allowed.get(name));
        return Optional.empty();
    }

    /** A list of text values; each item is returned with its own node, for positions. */
    Optional<List<YamlNode.Scalar>> requiredTextList(String name) {
        return requiredTextList(name, false);
    }

    Optional<List<YamlNode.Scalar>> requiredTextList(String name, boolean emptyAllowed) {
        if (!has(name)) {
            missing(name);
            return Optional.empty();
        }
        YamlNode node = node(name);
        if (!(node instanceof YamlNode.Sequence seq)) {
            error(node, "wrong-type", "field \"" + name + "\" must be a list, not " + node.typeName(),
                    "write it as " + name + ": " + allowed.get(name));
            return Optional.empty();
        }
        List<YamlNode.Scalar> items = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                items.add(new YamlNode.Scalar(s.text().strip(), false, true, s.line(), s.column()));
            } else {
                ok = false;
                error(item, "wrong-type", "each item of \"" + name + "\" must be text, not " + item.typeName(),
                        "write it as " + name + ": " + allowed.get(name));
            }
        }
        if (ok && items.isEmpty() && !emptyAllowed) {
            error(node, "empty-value", "field \"" + name + "\" is an empty list", "give at least one value, such as: " + name + ": " + allowed.get(name));
            return Optional.empty();
        }
        return ok ? Optional.of(items) : Optional.empty();
    }

    /** A nested mapping, or empty (with a diagnostic when present but not a mapping). */
    Optional<YamlNode.Mapping> optionalMapping(String name) {
        YamlNode node = node(name);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        error(node, "wrong-type", "field \"" + name + "\" must be a mapping of fields, not " + node.typeName(),
                "write its fields on the following lines, indented: " + allowed.get(name));
        return Optional.empty();
    }

    /** A list of mappings, each checked to be one. */
    Optional<List<YamlNode.Mapping>> mappingList(String name, boolean required) {
        YamlNode node = node(name);
        if (node == null) {
            if (required) {
                missing(name);
            }
            return Optional.empty();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            error(node, "wrong-type", "field \"" + name + "\" must be a list, not " + node.typeName(),
                    "write one entry per line, each starting with \"- \": " + allowed.get(name));
            return Optional.empty();
        }
        List<YamlNode.Mapping> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Mapping m) {
                out.add(m);
            } else {
                error(item, "wrong-type", "each entry of \"" + name + "\" must be a mapping of fields, not " + item.typeName(),
                        "write it as: " + allowed.get(name));
            }
        }
        return Optional.of(out);
    }

    /** A whole number of at least 0, or the text "not stated" (returned as -1). */
    Optional<Integer> countOrNotStated(String name, boolean required) {
        if (!has(name)) {
            if (required) {
                missing(name);
            }
            return Optional.empty();
        }
        YamlNode node = node(name);
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            if (s.text().equals("not stated")) {
                return Optional.of(-1);
            }
            if (!s.isString() && s.text().matches("\\d{1,6}")) {
                return Optional.of(Integer.parseInt(s.text()));
            }
        }
        error(node, "wrong-type", "field \"" + name + "\" must be a whole number or \"not stated\"",
                "write it as: " + name + ": " + allowed.get(name));
        return Optional.empty();
    }

    Optional<List<YamlNode.Scalar>> optionalTextList(String name) {
        return has(name) ? requiredTextList(name, true) : Optional.empty();
    }

    void missing(String name) {
        missing(name, mapping);
    }

    /** A field required by another, reported at that one. */
    void missing(String name, YamlNode at) {
        if (misspelt.contains(name)) {
            return; // "titel": the unknown field, and its hint "did you mean \"title\"?", say what to mend, once
        }
        diagnostics.add(Diagnostic.error(source, at.line(), at.column(), "missing-field",
                "missing required field \"" + name + "\"", "add a line such as: " + name + ": " + allowed.get(name)));
    }

    void error(YamlNode at, String code, String message, String hint) {
        diagnostics.add(Diagnostic.error(source, at.line(), at.column(), code, message, hint));
    }

    SourceText source() {
        return source;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * The document id closest to {@code word}, among the documents read and those whose metadata could not be read
     * (a typo of the id of a document with a broken file is still a typo).
     */
    static Optional<String> closestDocument(String word, java.util.Set<String> read, java.util.Set<String> unreadable) {
        java.util.Set<String> ids = new java.util.TreeSet<>(read);
        ids.addAll(unreadable);
        return closest(word, ids);
    }

    /** The candidate closest to {@code word} by edit distance, when it is close enough to be a likely typo. */
    static Optional<String> closest(String word, Iterable<String> candidates) {
        List<String> sorted = new ArrayList<>();
        candidates.forEach(sorted::add);
        return sorted.stream()
                .filter(c -> editDistance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT))
                        <= Math.max(2, c.length() / 3))
                .min(Comparator.comparingInt((String c) -> editDistance(word, c)).thenComparing(c -> c));
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
