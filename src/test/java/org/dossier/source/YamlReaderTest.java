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

    private String firstError(String yaml) {
        Diagnostics d = new Diagnostics();
        reader.read(SourceText.of("x.yaml", yaml), d);
        return d.sorted().get(0).headline() + "\n  hint: " + d.sorted().get(0).hint();
    }

    @Test
    void anAliasIsReportedNotReadAsItsName() {
        // "venue: *k" was read as the venue "k"
        assertEquals("x.yaml:2:8: error [yaml-syntax] invalid YAML: \"*k\" repeats a value written elsewhere in the file (an alias),"
                        + " which the generator does not read: every value is checked where it is written"
                        + "\n  hint: write the value out here, and remove the \"&k\" that names it",
                firstError("kind: &k statement\nvenue: *k\n"));
        // nor read without it: the value left out was reported again, twice, as empty
        Diagnostics d = new Diagnostics();
        assertTrue(reader.read(SourceText.of("x.yaml", "kind: &k statement\nvenue: *k\n"), d).isEmpty());
        assertEquals(1, d.sorted().size());
    }

    @Test
    void aSecondDocumentIsReportedNotPassedOver() {
        // the fields after the "---" line were passed over in silence
        assertEquals("x.yaml:4:1: error [yaml-syntax] invalid YAML: a second YAML document starts here, after the \"---\" line on line 3,"
                        + " and it would not be read: a file holds one"
                        + "\n  hint: remove the \"---\" line if the fields below it belong to this file, or move them into a file of their own",
                firstError("title: T\ndescription: D\n---\nlanguage: en\n"));
        for (String one : new String[] {"---\ntitle: T\n", "title: T\n---\n", "title: T\n...\n", "---\ntitle: T\n...\n"}) {
            Diagnostics d = new Diagnostics();
            assertTrue(reader.read(SourceText.of("x.yaml", one), d).isPresent(), one);
            assertTrue(d.sorted().isEmpty(), one + ": " + d.sorted());
        }
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItStarts() {
        assertEquals("x.yaml:2:8: error [yaml-syntax] invalid YAML: the quoted value that starts here is not closed"
                        + " (found at line 4, column 1: found unexpected end of stream)"
                        + "\n  hint: close the quotes; inside double quotes write a double quote as \\\", inside single quotes"
                        + " a single quote as ''",
                firstError("a: b\ntitle: \"unclosed\ndate: 2024-01-01\n"));
    }

    @Test
    void anUnclosedListIsReportedWhereItStarts() {
        // The parser notices only on the next line that the list was not closed: the error was reported there.
        assertEquals("x.yaml:2:8: error [yaml-syntax] invalid YAML: the list that starts here with \"[\" is not closed"
                        + " (found at line 3, column 5: expected ',' or ']', but got :)"
                        + "\n  hint: close the list with \"]\" on the same line, or put quotes around a value that starts"
                        + " with \"[\"",
                firstError("a: b\ntitle: [broken\ndate: 2024-01-01\n"));
    }

    @Test
    void aListLeftOpenAtTheEndOfTheFileIsReportedWhereItStarts() {
        // reported as "expected the node content, but found '<stream end>' while parsing a flow node that starts at
        // line 3, column 1", a line after the end of the file
        assertEquals("x.yaml:2:8: error [yaml-syntax] invalid YAML: the list that starts here with \"[\" is not closed"
                        + " (found at line 3, column 1: expected the node content, but found '<stream end>')"
                        + "\n  hint: close the list with \"]\" on the same line, or put quotes around a value that starts"
                        + " with \"[\"",
                firstError("a: b\ntitle: [\n"));
        assertEquals("x.yaml:2:8: error [yaml-syntax] invalid YAML: the mapping that starts here with \"{\" is not closed"
                        + " (found at line 3, column 1: expected the node content, but found '<stream end>')",
                firstError("a: b\ntitle: {\n").lines().findFirst().orElseThrow());
    }

    @Test
    void theCommonestMistakesAreSaidInPlainWords() {
        // each was SnakeYAML's own words, "expected <block end>, but found '<block mapping start>' while parsing a
        // block mapping", "found character '@' that cannot start any token. (Do not use @ for indentation)"...
        assertEquals("x.yaml:2:3: error [yaml-syntax] invalid YAML: this line is indented more than line 1 above it, and is not part of"
                        + " what that line holds (found at line 2, column 3: expected <block end>, but found '<block mapping start>')"
                        + "\n  hint: indent it as the lines of its block: the fields of a mapping start in one column, and so do the \"- \" of a list; spaces only",
                firstError("seed: a.txt   # the file\n  kind: profile\n"));
        assertEquals("x.yaml:4:3: error [yaml-syntax] invalid YAML: this line is indented less than line 3 above it, and is not part of"
                        + " what that line holds (found at line 4, column 3: expected <block end>, but found '-')",
                firstError("signatures:\n  coordinators:\n    - a\n  - b\n").lines().findFirst().orElseThrow());
        assertEquals("x.yaml:1:15: error [yaml-syntax] invalid YAML: text after the quoted value: the single quote before it ends the value"
                        + " (found at line 1, column 15: expected <block end>, but found '<scalar>')"
                        + "\n  hint: inside single quotes write a single quote twice, 'it''s', or put the value in double quotes: \"it's\"",
                firstError("title: 'Japan's statement'\n"));
        assertEquals("x.yaml:1:8: error [yaml-syntax] invalid YAML: a value cannot start with \"@\" unless it is in quotes"
                        + "\n  hint: put the value in quotes, such as: field: \"@…\"",
                firstError("title: @UNJapan\n"));
    }

    @Test
    void anUnclosedMappingIsReportedWhereItStarts() {
        assertEquals("x.yaml:1:4: error [yaml-syntax] invalid YAML: the mapping that starts here with \"{\" is not closed"
                        + " (found at line 2, column 2: expected ',' or '}', but got :)",
                firstError("a: {b: c\nd: e\n").lines().findFirst().orElseThrow());
    }

    @Test
    void aQuoteClosedWithTheOtherMarkIsReportedWhereItOpens() {
        // The single quote runs on to the next single quote, two lines down, where the parser fails.
        assertEquals("x.yaml:2:8: error [yaml-syntax] invalid YAML: the quoted value that starts here ends only at line 4,"
                        + " column 9 (found at line 4, column 10: expected <block end>, but found '<scalar>')"
                        + "\n  hint: close the quotes on this line with the quote mark that opens them; inside double quotes"
                        + " write a double quote as \\\", inside single quotes a single quote as ''",
                firstError("kind: speech\ntitle: 'Remarks\"\ndate: 2024-01-01\nauthor: 'not stated (a \"name\")'\n"));
    }

    @Test
    void aTabIndentingALineOfAFoldedValueIsReportedAsATabNotAsAQuote() {
        assertEquals("x.yaml:3:1: error [yaml-syntax] invalid YAML: a tab where YAML takes only spaces",
                firstError("title: A title\nsummary: >\n\tThe first line\n  and the second.\n").lines().findFirst().orElseThrow());
    }

    @Test
    void aQuotedValueOverSeveralLinesIsNoError() {
        Diagnostics d = new Diagnostics();
        YamlNode root = reader.read(SourceText.of("x.yaml", "title: 'one\n  two'\ndate: 2024\n"), d).orElseThrow();
        assertEquals("one two", ((YamlNode.Scalar) ((YamlNode.Mapping) root).values().get("title")).text());
        assertTrue(d.sorted().isEmpty());
    }

    @Test
    void aLineWithoutAColonIsReportedItself() {
        assertEquals("x.yaml:2:1: error [yaml-syntax] invalid YAML: this line has no \": \" after a field name"
                        + " (found at line 3, column 1: could not find expected ':')"
                        + "\n  hint: write the field as \"name: value\", or indent the line if it continues the value above",
                firstError("title: A\nan orphan line\ndate: 2024-01-01\n"));
    }

    @Test
    void aTabIsNamedAsSuch() {
        // SnakeYAML's own words ("found character '\t(TAB)' that cannot start any token") name neither the tab nor the fix
        assertEquals("x.yaml:2:1: error [yaml-syntax] invalid YAML: a tab where YAML takes only spaces"
                        + "\n  hint: replace the tab with spaces: YAML indents, and puts a value after \": \", with spaces only",
                firstError("a:\n\t- b\n"));
        assertEquals("x.yaml:2:6: error [yaml-syntax] invalid YAML: a tab where YAML takes only spaces",
                firstError("a: b\nkind:\tspeech\n").lines().findFirst().orElseThrow());
    }

    @Test
    void commentsOnlyIsAnEmptyFile() {
        Diagnostics d = new Diagnostics();
        reader.read(SourceText.of("x.yaml", "# nothing here\n"), d);
        assertEquals("x.yaml:1:1: error [empty-file] the file has no YAML content", d.sorted().get(0).headline());
    }
}
