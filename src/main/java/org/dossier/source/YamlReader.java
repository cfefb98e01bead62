package org.dossier.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses YAML with Jackson's streaming parser into {@link YamlNode}s that keep their positions,
 * so that every later check can point at the exact line and column.
 */
public final class YamlReader {
    private final YAMLFactory factory = YAMLFactory.builder().build();

    /** Parses {@code source}; on a syntax error adds a diagnostic and returns empty. */
    public Optional<YamlNode> read(SourceText source, Diagnostics diagnostics) {
        if (source.text().isBlank()) {
            diagnostics.add(Diagnostic.fileError(source.path(), "empty-file", "the file is empty",
                    "write the fields this file needs, or delete it"));
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(source.text())) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                diagnostics.add(Diagnostic.fileError(source.path(), "empty-file", "the file has no YAML content",
                        "write the fields this file needs, or delete it"));
                return Optional.empty();
            }
            YamlNode root = readValue(parser, token, source, diagnostics);
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            diagnostics.add(syntaxError(source, e));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.fileError(source.path(), "unreadable", "cannot read the file: " + e.getMessage(), ""));
            return Optional.empty();
        }
    }

    private YamlNode readValue(JsonParser parser, JsonToken token, SourceText source, Diagnostics diagnostics)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> values = new LinkedHashMap<>();
                Map<String, YamlNode.Scalar> keys = new LinkedHashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String name = parser.currentName();
                    YamlNode.Scalar key = new YamlNode.Scalar(name, false, true, keyAt.getLineNr(), keyAt.getColumnNr());
                    YamlNode value = readValue(parser, parser.nextToken(), source, diagnostics);
                    if (keys.containsKey(name)) {
                        YamlNode.Scalar first = keys.get(name);
                        diagnostics.add(Diagnostic.error(source, key.line(), key.column(), "duplicate-field",
                                "field \"" + name + "\" is given twice (first on line " + first.line() + ")",
                                "keep one of them"));
                        continue;
                    }
                    keys.put(name, key);
                    values.put(name, value);
                }
                return new YamlNode.Mapping(values, keys, line, column);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                    items.add(readValue(parser, next, source, diagnostics));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar("", true, false, line, column);
            case VALUE_STRING:
                return new YamlNode.Scalar(parser.getText(), false, true, line, column);
            default:
                return new YamlNode.Scalar(parser.getText(), false, false, line, column);
        }
    }

    private static Diagnostic syntaxError(SourceText source, JsonProcessingException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                var mark = marked.getProblemMark();
                String context = "";
                if (marked.getContext() != null && marked.getContextMark() != null) {
                    var start = marked.getContextMark();
                    context = " " + marked.getContext() + " that starts at line " + (start.getLine() + 1)
                            + ", column " + (start.getColumn() + 1);
                }
                return Diagnostic.error(source, mark.getLine() + 1, mark.getColumn() + 1, "yaml-syntax",
                        "invalid YAML: " + marked.getProblem() + context, SYNTAX_HINT);
            }
            cause = cause.getCause();
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return Diagnostic.error(source, line, column, "yaml-syntax", "invalid YAML: " + e.getOriginalMessage(), SYNTAX_HINT);
    }

    private static final String SYNTAX_HINT =
            "check the indentation (spaces, not tabs) and put quotes around values that contain \": \" or start with a quote";
}
