package org.dossier.source;

import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    @Test
    void everyValueKnowsItsLineAndColumn() {
        Diagnostics d = new Diagnostics();
        YamlNode root = reader.read(SourceText.of("x.yaml", "title: A\nsections:\n  - one\n  - two\nyear: 2023\n"), d).orElseThrow();
        YamlNode.Mapping m = assertInstanceOf(YamlNode.Mapping.class, root);
        assertEquals(List.of(1, 8), List.of(m.values().get("title").line(), m.values().get("title").column()));
        assertEquals(List.of(2, 1), List.of(m.keys().get("sections").line(), m.keys().get("sections").column()));
        YamlNode.Sequence seq = assertInstanceOf(YamlNode.Sequence.class, m.values().get("sections"));
        assertEquals(List.of(4, 5), List.of(seq.items().get(1).line(), seq.items().get(1).column()));
        YamlNode.Scalar year = assertInstanceOf(YamlNode.Scalar.class, m.values().get("year"));
        assertEquals("2023", year.text());
        assertEquals(false, year.isString());
        assertTrue(d.sorted().isEmpty());
    }

    @Test
    void anUnclosedQuoteNamesWhereItStarts() {
        Diagnostics d = new Diagnostics();
        reader.read(SourceText.of("x.yaml", "a: b\ntitle: \"unclosed\n"), d);
        assertEquals("x.yaml:3:1: error [yaml-syntax] invalid YAML: found unexpected end of stream while scanning a quoted scalar"
                + " that starts at line 2, column 8", d.sorted().get(0).headline());
    }

    @Test
    void tabsForIndentationAreASyntaxError() {
        Diagnostics d = new Diagnostics();
        reader.read(SourceText.of("x.yaml", "a:\n\t- b\n"), d);
        assertEquals("x.yaml:2:1: error [yaml-syntax] invalid YAML: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation)", d.sorted().get(0).headline());
    }

    @Test
    void commentsOnlyIsAnEmptyFile() {
        Diagnostics d = new Diagnostics();
        reader.read(SourceText.of("x.yaml", "# nothing here\n"), d);
        assertEquals("x.yaml:1:1: error [empty-file] the file has no YAML content", d.sorted().get(0).headline());
    }
}
