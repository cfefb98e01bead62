package org.dossier.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputPathsTest {
    private final Path base = Path.of("/work/dossier");
    private final InputPaths paths = InputPaths.under(base);

    @Test
    void aPathIsShownFromTheBaseWhichIsShownAsADot() {
        assertEquals("content/documents/a.yaml", paths.display(base.resolve("content/documents/a.yaml")));
        assertEquals(".", paths.display(base), "--out . names the base: a message must not start with \":1:1\"");
        assertEquals("/elsewhere/site", paths.display(Path.of("/elsewhere/site")));
    }
}
