package org.dossier.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteWriterTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> out = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            out.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A site as the generator builds it: with the files a folder it replaces must have. */
    private static Map<String, byte[]> site(String... pathsAndTexts) {
        Map<String, byte[]> out = files(pathsAndTexts);
        out.put(".nojekyll", new byte[0]);
        out.put("dossier.zip", new byte[0]);
        return out;
    }

    @Test
    void replacesTheWholeSiteAndLeavesNoTemporaryFolders() throws IOException {
        Path out = dir.resolve("site");
        new SiteWriter().write(site("index.html", "one", "old/page.html", "gone soon"), out);
        new SiteWriter().write(site("index.html", "two"), out);
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old")));
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count());
        }
    }

    @Test
    void aPathOutsideTheSiteIsRefusedAndNothingChanges() throws IOException {
        Path out = dir.resolve("site");
        new SiteWriter().write(site("index.html", "one"), out);
        IOException e = assertThrows(IOException.class, () -> new SiteWriter().write(site("index.html", "two", "../escape.txt", "x"), out));
        assertEquals("refusing to write ../escape.txt: it is outside the site folder", e.getMessage());
        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve("escape.txt")));
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count());
        }
    }

    @Test
    void aFolderThatIsNotASiteIsNeverReplaced() throws IOException {
        Path out = dir.resolve("src");
        Files.createDirectories(out);
        Files.writeString(out.resolve("Main.java"), "class Main {}");
        IOException e = assertThrows(IOException.class, () -> new SiteWriter().write(site("index.html", "x"), out));
        assertEquals("refusing to replace " + out + ": it is not empty and does not look like a site this generator built"
                + " (such a site has index.html, .nojekyll, dossier.zip)", e.getMessage());
        assertEquals("class Main {}", Files.readString(out.resolve("Main.java")));
    }

    @Test
    void aFileIsNeverReplacedAndIsCalledAFile() throws IOException {
        // it was refused as "exists and is not a folder", whose hint spoke of permissions and free space
        Path out = dir.resolve("notes.txt");
        Files.writeString(out, "mine");
        IOException e = assertThrows(SiteWriter.WriteException.class, () -> SiteWriter.checkReplaceable(out));
        assertEquals("refusing to replace " + out + ": it is a file, not a folder", e.getMessage());
        assertThrows(SiteWriter.WriteException.class, () -> new SiteWriter().write(site("index.html", "x"), out));
        assertEquals("mine", Files.readString(out));
    }

    @Test
    void aStopBeforeTheCommitDeletesTheUnfinishedSiteAndLeavesTheSite() throws IOException {
        // Ctrl-C in the middle of a build left a .site.tmp-* folder, as large as the site, beside it every time
        Path out = dir.resolve("site");
        new SiteWriter().write(site("index.html", "one"), out);
        for (boolean update : new boolean[] {false, true}) {
            try (SiteWriter.Folder folder = update ? new SiteWriter().update(out) : new SiteWriter().open(out)) {
                assertTrue(Runtime.getRuntime().removeShutdownHook(folder.onExit), "a stop runs it");
                Runtime.getRuntime().addShutdownHook(folder.onExit);
                folder.put("index.html", "two".getBytes(StandardCharsets.UTF_8));
                folder.put("new/page.html", "new".getBytes(StandardCharsets.UTF_8));
                folder.abandon();
                try (var list = Files.list(dir)) {
                    assertEquals(List.of(out), list.toList(), "only the site is left");
                }
                IOException put = assertThrows(java.io.UncheckedIOException.class,
                        () -> folder.put("late.html", "x".getBytes(StandardCharsets.UTF_8))).getCause();
                assertEquals("the build was stopped before the site was written; the previous site is unchanged", put.getMessage());
                IOException commit = assertThrows(SiteWriter.WriteException.class, folder::commit);
                assertEquals("the build was stopped before the site was written; the previous site is unchanged", commit.getMessage());
            }
            assertEquals("one", Files.readString(out.resolve("index.html")));
            assertFalse(Files.exists(out.resolve("new")));
            try (var list = Files.list(dir)) {
                assertEquals(List.of(out), list.toList());
            }
        }
    }

    @Test
    void aStopAfterTheCommitLeavesTheNewSiteAndAClosedWriterNoLongerWaitsForOne() throws IOException {
        Path out = dir.resolve("site");
        SiteWriter.Folder folder = new SiteWriter().open(out);
        try (folder) {
            site("index.html", "one").forEach(folder::put);
            folder.commit();
            folder.abandon();
        }
        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertFalse(Runtime.getRuntime().removeShutdownHook(folder.onExit), "closed: nothing left to delete at a stop");
    }

    @Test
    void anotherSitesFolderWithAnIndexPageIsNeverReplaced() throws IOException {
        Path out = dir.resolve("docs"); // as GitHub Pages publishes from
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "<h1>Our handbook</h1>");
        Files.writeString(out.resolve("guide.html"), "<p>Read me</p>");
        IOException e = assertThrows(IOException.class, () -> new SiteWriter().write(site("index.html", "x"), out));
        assertTrue(e.getMessage().startsWith("refusing to replace " + out + ": "), e.getMessage());
        assertThrows(IOException.class, () -> new SiteWriter().update(out).close());
        assertEquals("<p>Read me</p>", Files.readString(out.resolve("guide.html")));
        assertEquals("<h1>Our handbook</h1>", Files.readString(out.resolve("index.html")));
    }
}
