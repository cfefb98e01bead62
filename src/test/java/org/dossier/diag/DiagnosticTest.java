package org.dossier.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiagnosticTest {
    private final SourceText source = SourceText.of("content/x.yaml", "title: A\n\tdate: 2023\n");

    @Test
    void formatShowsTheLineWithACaretAndTheHint() {
        Diagnostic d = Diagnostic.error(source, 1, 8, "code", "message", "do this");
        assertEquals("""
                content/x.yaml:1:8: error [code] message
                  1 | title: A
                    |        ^
                  hint: do this
                """, d.format());
    }

    @Test
    void tabsInTheExcerptAreShownAsSpacesSoTheCaretLinesUp() {
        Diagnostic d = Diagnostic.warning(source, 2, 2, "tab", "a tab", "");
        assertEquals("""
                content/x.yaml:2:2: warning [tab] a tab
                  2 |  date: 2023
                    |  ^
                """, d.format());
    }

    @Test
    void diagnosticsSortByFileLineAndColumn() {
        Diagnostics all = new Diagnostics();
        all.add(Diagnostic.error(source, 2, 1, "b", "m", ""));
        all.add(Diagnostic.error(source, 1, 5, "a", "m", ""));
        all.add(Diagnostic.fileError("a.yaml", "c", "m", ""));
        assertEquals(List.of("a.yaml:1:1", "content/x.yaml:1:5", "content/x.yaml:2:1"),
                all.sorted().stream().map(d -> d.file() + ":" + d.line() + ":" + d.column()).toList());
    }

    @Test
    void collectionIsCappedButTheCountStaysTrue() {
        Diagnostics all = new Diagnostics();
        for (int i = 0; i < Diagnostics.CAP + 5; i++) {
            all.add(Diagnostic.error(source, 1, 1, "x", "m" + i, ""));
        }
        BuildFailure failure = new BuildFailure("validate", all.sorted(), all.dropped());
        assertEquals(Diagnostics.CAP + 5, failure.errorCount());
        assertEquals(List.of("… and 5 more not shown", "validate: 205 errors; nothing was written"),
                failure.report().lines().skip(failure.report().lines().count() - 2).toList());
    }
}
