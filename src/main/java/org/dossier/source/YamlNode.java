package org.dossier.source;

import java.util.List;
import java.util.Map;

/** A YAML value that remembers where in its file it starts (1-based line and column). */
public sealed interface YamlNode {
    int line();

    int column();

    /** A word for the node's type, used in messages: "text", "a list", "a mapping". */
    String typeName();

    /** A scalar value; {@code plain} is false for quoted strings and true for numbers, booleans and plain text. */
    record Scalar(String text, boolean isNull, boolean isString, int line, int column) implements YamlNode {
        @Override
        public String typeName() {
            if (isNull) return "nothing (an empty value)";
            return isString ? "text" : "a number or boolean";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "a list";
        }
    }

    /** A mapping; {@code keys} holds each key's own position, in file order. */
    record Mapping(Map<String, YamlNode> values, Map<String, Scalar> keys, int line, int column) implements YamlNode {
        @Override
        public String typeName() {
            return "a mapping";
        }
    }
}
