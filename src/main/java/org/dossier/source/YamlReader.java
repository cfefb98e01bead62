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
            boolean[] aliased = {false};
            YamlNode root = readValue(parser, token, source, diagnostics, aliased);
            JsonToken more = parser.nextToken();
            while (more == JsonToken.VALUE_NULL || (more == JsonToken.VALUE_STRING && parser.getText().isEmpty())) {
                // an empty document, after a "---" that ends the file: nothing is lost
                more = parser.nextToken();
            }
            if (more != null) {
                // a second document after a "---" line: Jackson reads one, and the rest was passed over in silence
                JsonLocation at = parser.currentTokenLocation();
                int line = at.getLineNr();
                diagnostics.add(Diagnostic.error(source, line, at.getColumnNr(), "yaml-syntax",
                        "invalid YAML: a second YAML document starts here, after the \"---\" line" + separator(source, line)
                                + ", and it would not be read: a file holds one",
                        "remove the \"---\" line if the fields below it belong to this file, or move them into a file of their own"));
                return Optional.empty();
            }
            // a value left out where an alias stands would be reported again as missing or empty: the file is not read
            return aliased[0] ? Optional.empty() : Optional.of(root);
        } catch (JsonProcessingException e) {
            diagnostics.add(syntaxError(source, e));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.fileError(source.path(), "unreadable", "cannot read the file: " + e.getMessage(), ""));
            return Optional.empty();
        }
    }

    private YamlNode readValue(JsonParser parser, JsonToken token, SourceText source, Diagnostics diagnostics, boolean[] aliased)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson gives an alias as its name for text: "venue: *k" read as the venue "k"
            diagnostics.add(Diagnostic.error(source, line, column, "yaml-syntax",
                    "invalid YAML: \"*" + parser.getText() + "\" repeats a value written elsewhere in the file (an alias),"
                            + " which the generator does not read: every value is checked where it is written",
                    "write the value out here, and remove the \"&" + parser.getText() + "\" that names it"));
            aliased[0] = true;
            return new YamlNode.Scalar("", true, false, line, column);
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> values = new LinkedHashMap<>();
                Map<String, YamlNode.Scalar> keys = new LinkedHashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String name = parser.currentName();
                    YamlNode.Scalar key = new YamlNode.Scalar(name, false, true, keyAt.getLineNr(), keyAt.getColumnNr());
                    YamlNode value = readValue(parser, parser.nextToken(), source, diagnostics, aliased);
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
                    items.add(readValue(parser, next, source, diagnostics, aliased));
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

    /** Where the "---" line before {@code line} is, for the message: " on line N". */
    private static String separator(SourceText source, int line) {
        for (int l = line; l >= 1; l--) {
            if (source.line(l).startsWith("---")) {
                return " on line " + l;
            }
        }
        return "";
    }

    private static Diagnostic syntaxError(SourceText source, JsonProcessingException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                var mark = marked.getProblemMark();
                var start = marked.getContextMark();
                Optional<Unclosed> unclosed = Unclosed.of(marked.getContext());
                if (unclosed.isPresent() && start != null) {
                    return Diagnostic.error(source, start.getLine() + 1, start.getColumn() + 1, "yaml-syntax",
                            "invalid YAML: " + unclosed.get().message + " (found at line " + (mark.getLine() + 1)
                                    + ", column " + (mark.getColumn() + 1) + ": " + marked.getProblem() + ")",
                            unclosed.get().hint);
                }
                Optional<org.yaml.snakeyaml.tokens.Token> flow = "while parsing a flow node".equals(marked.getContext())
                        ? unclosedFlow(source.text(), mark) : Optional.empty();
                if (flow.isPresent()) {
                    // "title: [" at the end of the file: SnakeYAML names the end of the file as where the node starts
                    Unclosed open = flow.get() instanceof org.yaml.snakeyaml.tokens.FlowSequenceStartToken ? Unclosed.LIST : Unclosed.MAPPING;
                    var opened = flow.get().getStartMark();
                    return Diagnostic.error(source, opened.getLine() + 1, opened.getColumn() + 1, "yaml-syntax",
                            "invalid YAML: " + open.message + " (found at line " + (mark.getLine() + 1)
                                    + ", column " + (mark.getColumn() + 1) + ": " + marked.getProblem() + ")",
                            open.hint);
                }
                Optional<org.yaml.snakeyaml.tokens.Token> quote = runawayQuote(source.text(), mark);
                if (quote.isPresent()) {
                    var opened = quote.get().getStartMark();
                    var closed = quote.get().getEndMark();
                    return Diagnostic.error(source, opened.getLine() + 1, opened.getColumn() + 1, "yaml-syntax",
                            "invalid YAML: the quoted value that starts here ends only at line " + (closed.getLine() + 1)
                                    + ", column " + closed.getColumn() + " (found at line " + (mark.getLine() + 1)
                                    + ", column " + (mark.getColumn() + 1) + ": " + marked.getProblem() + ")",
                            "close the quotes on this line with the quote mark that opens them; " + ESCAPES);
                }
                Optional<Diagnostic> plain = plainWords(source, marked, mark);
                if (plain.isPresent()) {
                    return plain.get();
                }
                if (marked.getProblem() != null && marked.getProblem().startsWith("found character '\\t(TAB)'")) {
                    return Diagnostic.error(source, mark.getLine() + 1, mark.getColumn() + 1, "yaml-syntax",
                            "invalid YAML: a tab where YAML takes only spaces",
                            "replace the tab with spaces: YAML indents, and puts a value after \": \", with spaces only");
                }
                String context = "";
                if (marked.getContext() != null && start != null) {
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

    /**
     * SnakeYAML's words for the mistakes people make most, said in theirs: a line indented more than the block it
     * belongs to, a second ": " on a line, text after a closing quote, a character that starts no value.
     */
    private static Optional<Diagnostic> plainWords(SourceText source, org.yaml.snakeyaml.error.MarkedYAMLException marked,
                                                   org.yaml.snakeyaml.error.Mark mark) {
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        int line = mark.getLine() + 1;
        int column = mark.getColumn() + 1;
        String text = source.line(line);
        int indent = indent(text);
        int above = line - 1;
        while (above >= 1 && (source.line(above).isBlank() || source.line(above).trim().startsWith("#"))) {
            above--;
        }
        String found = "(found at line " + line + ", column " + column + ": " + problem + ")";
        if (problem.equals("mapping values are not allowed here") || problem.startsWith("expected <block end>, but found '<block mapping start>'")
                || problem.startsWith("expected <block end>, but found '-'") || problem.startsWith("expected <block end>, but found '?'")) {
            if (above >= 1 && indent != indent(source.line(above)) && column > indent) {
                String how = indent > indent(source.line(above)) ? "more" : "less";
                return Optional.of(Diagnostic.error(source, line, indent + 1, "yaml-syntax",
                        "invalid YAML: this line is indented " + how + " than line " + above + " above it, and is not part of"
                                + " what that line holds " + found,
                        "indent it as the lines of its block: the fields of a mapping start in one column, and so do the"
                                + " \"- \" of a list; spaces only"));
            }
            if (problem.equals("mapping values are not allowed here")) {
                return Optional.of(Diagnostic.error(source, line, column, "yaml-syntax",
                        "invalid YAML: a second \": \" on this line, inside the value: YAML reads \": \" as the end of a field's name",
                        "put the value in quotes, such as: title: \"Remarks: the Court\""));
            }
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'") && column >= 2) {
            char before = text.length() >= column - 1 ? text.charAt(column - 2) : ' ';
            if (before == '\'' || before == '"') {
                return Optional.of(Diagnostic.error(source, line, column, "yaml-syntax",
                        "invalid YAML: text after the quoted value: the " + (before == '"' ? "double" : "single")
                                + " quote before it ends the value " + found,
                        before == '"' ? "inside double quotes write a double quote as \\\", or put the value in single quotes: 'the \"Court\"'"
                                : "inside single quotes write a single quote twice, 'it''s', or put the value in double quotes: \"it's\""));
            }
        }
        java.util.regex.Matcher starts = java.util.regex.Pattern.compile("found character '(.)' that cannot start any token").matcher(problem);
        if (starts.lookingAt()) {
            return Optional.of(Diagnostic.error(source, line, column, "yaml-syntax",
                    "invalid YAML: a value cannot start with \"" + starts.group(1) + "\" unless it is in quotes",
                    "put the value in quotes, such as: field: \"" + starts.group(1) + "…\""));
        }
        return Optional.empty();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static final String ESCAPES = "inside double quotes write a double quote as \\\", inside single quotes a single quote as ''";

    /**
     * The quoted value running over lines that ends on the line where the parser failed, if there is one: a quote left
     * open (or closed with the other quote mark) takes in the lines after it, up to the next quote of its kind, and
     * the parser fails only there, on what follows that quote.
     */
    private static Optional<org.yaml.snakeyaml.tokens.Token> runawayQuote(String text, org.yaml.snakeyaml.error.Mark problem) {
        org.yaml.snakeyaml.tokens.Token last = null;
        try {
            var scanner = new org.yaml.snakeyaml.scanner.ScannerImpl(new org.yaml.snakeyaml.reader.StreamReader(text),
                    new org.yaml.snakeyaml.LoaderOptions());
            while (!scanner.checkToken(org.yaml.snakeyaml.tokens.Token.ID.StreamEnd)
                    && scanner.peekToken().getStartMark().getIndex() < problem.getIndex()) {
                last = scanner.getToken();
            }
        } catch (RuntimeException e) {
            // the scanner failed too, after the tokens read so far
        }
        if (last instanceof org.yaml.snakeyaml.tokens.ScalarToken scalar // quoted: a block (> or |) is not a quote left open
                && (scalar.getStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.SINGLE_QUOTED
                        || scalar.getStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.DOUBLE_QUOTED)
                && scalar.getStartMark().getLine() < scalar.getEndMark().getLine()
                && scalar.getEndMark().getLine() == problem.getLine()) {
            return Optional.of(last);
        }
        return Optional.empty();
    }

    /** The first "[" or "{" still open where the parser failed, if there is one. */
    private static Optional<org.yaml.snakeyaml.tokens.Token> unclosedFlow(String text, org.yaml.snakeyaml.error.Mark problem) {
        java.util.Deque<org.yaml.snakeyaml.tokens.Token> open = new java.util.ArrayDeque<>();
        try {
            var scanner = new org.yaml.snakeyaml.scanner.ScannerImpl(new org.yaml.snakeyaml.reader.StreamReader(text),
                    new org.yaml.snakeyaml.LoaderOptions());
            while (!scanner.checkToken(org.yaml.snakeyaml.tokens.Token.ID.StreamEnd)
                    && scanner.peekToken().getStartMark().getIndex() < problem.getIndex()) {
                var token = scanner.getToken();
                switch (token.getTokenId()) {
                    case FlowSequenceStart, FlowMappingStart -> open.push(token);
                    case FlowSequenceEnd, FlowMappingEnd -> open.poll();
                    default -> { }
                }
            }
        } catch (RuntimeException e) {
            // the scanner failed too, after the tokens read so far
        }
        return Optional.ofNullable(open.peekLast());
    }

    /**
     * What is left open where the YAML parser notices the error only later, often lines later or at the end of the
     * file: such an error is reported where the construct starts, since that is where it is to be mended.
     */
    private enum Unclosed {
        LIST("while parsing a flow sequence", "the list that starts here with \"[\" is not closed",
                "close the list with \"]\" on the same line, or put quotes around a value that starts with \"[\""),
        MAPPING("while parsing a flow mapping", "the mapping that starts here with \"{\" is not closed",
                "close it with \"}\" on the same line, or put quotes around a value that starts with \"{\""),
        QUOTED("while scanning a quoted scalar", "the quoted value that starts here is not closed",
                "close the quotes; " + ESCAPES),
        KEY("while scanning a simple key", "this line has no \": \" after a field name",
                "write the field as \"name: value\", or indent the line if it continues the value above");

        private final String context;
        private final String message;
        private final String hint;

        Unclosed(String context, String message, String hint) {
            this.context = context;
            this.message = message;
            this.hint = hint;
        }

        static Optional<Unclosed> of(String context) {
            for (Unclosed u : values()) {
                if (u.context.equals(context)) {
                    return Optional.of(u);
                }
            }
            return Optional.empty();
        }
    }

    private static final String SYNTAX_HINT =
            "check the indentation (spaces, not tabs) and put quotes around values that contain \": \" or start with a quote";
}
