package org.dossier.build;

import org.dossier.diag.BuildFailure;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.dossier.testing.Snapshots.assertSameSite;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build cache: a build with it must give exactly what a build from scratch gives, whatever changed since the
 * last one, and skip the work only when nothing did.
 */
class BuildCacheTest {
    @TempDir
    Path dir;

    private static Pipeline.Result cached(FixtureSite site, String version) {
        return new Pipeline(version).build(new Pipeline.Options(site.inputs(), site.out()).withCache(site.root().resolve(".dossier-cache")));
    }

    /** The site the cached build left must equal, file for file and byte for byte, a build from scratch. */
    private static void assertSameAsFresh(FixtureSite site, String version, String what) throws IOException {
        Path fresh = site.root().resolve("fresh-site");
        new Pipeline(version).build(new Pipeline.Options(site.inputs(), fresh));
        assertSameSite(FixtureSite.snapshot(fresh), FixtureSite.snapshot(site.out()), what);
        try (var walk = Files.walk(fresh)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Builds with the cache after a change, and checks that it was built, and built right. */
    private static void assertRebuiltAfter(FixtureSite site, String version, String what) throws IOException {
        Pipeline.Result result = cached(site, version);
        assertFalse(result.upToDate(), what + ": the cache took the changed inputs for the old ones");
        assertSameAsFresh(site, version, what);
    }

    @Test
    void aSecondBuildWithNothingChangedBuildsNothingAndLeavesTheSiteAlone() throws IOException {
        FixtureSite site = FixtureSite.withLetter(dir);
        Pipeline.Result first = cached(site, "v1");
        assertFalse(first.upToDate());
        assertEquals(List.of("cache", "load", "validate", "model", "plan", "render", "check", "write"),
                first.stages().stream().map(Pipeline.StageTime::stage).toList());
        FileTime before = Files.getLastModifiedTime(site.out().resolve("index.html"));

        Pipeline.Result second = cached(site, "v1");
        assertTrue(second.upToDate());
        assertEquals(List.of("cache"), second.stages().stream().map(Pipeline.StageTime::stage).toList());
        assertEquals(first.pages(), second.pages());
        assertEquals(first.files(), second.files());
        assertEquals(first.warnings(), second.warnings());
        assertEquals(before, Files.getLastModifiedTime(site.out().resolve("index.html")));
        assertSameAsFresh(site, "v1", "nothing changed");
    }

    @Test
    void aFolderOrALinkToNothingWhereAFileIsReadIsReportedNotFoundUpToDate() throws IOException {
        // the key hashed regular files only: an empty folder named as a sidecar, or a link to nothing, left the key as
        // it was, and the build said "Up to date" instead of the error the load stage reports
        FixtureSite site = FixtureSite.withLetter(dir);
        cached(site, "v1");
        Map<String, byte[]> built = FixtureSite.snapshot(site.out());
        Files.createDirectories(site.root().resolve("content/documents/new-letter.yaml"));
        assertEquals("content/documents/new-letter.yaml:1:1: error [missing-file] \"new-letter.yaml\" is a folder, not a file, so it is not read",
                assertThrows(BuildFailure.class, () -> cached(site, "v1")).report().lines().findFirst().orElseThrow());
        Files.delete(site.root().resolve("content/documents/new-letter.yaml"));
        Files.createSymbolicLink(site.root().resolve("content/documents/new-letter.yaml"), Path.of("nowhere.yaml"));
        assertTrue(assertThrows(BuildFailure.class, () -> cached(site, "v1")).report()
                .startsWith("content/documents/new-letter.yaml:1:1: error [unreadable] "));
        assertSameSite(built, FixtureSite.snapshot(site.out()), "after the failed builds");
    }

    @Test
    void aStaleCacheNeverGivesStaleOutput() throws IOException {
        FixtureSite site = FixtureSite.withLetter(dir);
        cached(site, "v1");

        site.write("seeds/a.txt", FixtureSite.GOOD_SEED.replace("It hosts an institute in Tokyo.", "It hosts an institute in Fuchu, Tokyo."));
        assertRebuiltAfter(site, "v1", "a seed's text");

        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("title: Statement on Cooperation", "title: Statement on Court Cooperation"));
        assertRebuiltAfter(site, "v1", "a document's metadata");

        Path layout = site.root().resolve("layouts/document.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("About this document", "About the document"));
        assertRebuiltAfter(site, "v1", "a layout");

        // what only the zip's version of the download page says: the site's page keeps its bytes, the zip's entry must not
        byte[] downloadPage = Files.readAllBytes(site.out().resolve("download/index.html"));
        Path download = site.root().resolve("layouts/download.ftlh");
        Files.writeString(download, Files.readString(download).replace("does not state where", "does not say where"));
        assertRebuiltAfter(site, "v1", "what only the zip's download page says");
        assertArrayEquals(downloadPage, Files.readAllBytes(site.out().resolve("download/index.html")));

        site.write("content/site.yaml", FixtureSite.GOOD_SITE.replace("Test Dossier", "Test Dossier, second edition"));
        assertRebuiltAfter(site, "v1", "the settings");
        site.write("content/site.yaml", FixtureSite.GOOD_SITE + "base_url: https://example.org/dossier/\n");
        assertRebuiltAfter(site, "v1", "a base URL, which the zip's download page gives");

        site.write("seeds/b.txt", "A second statement\n\nJapan cooperates with the Court.\n")
                .write("content/documents/second.yaml", FixtureSite.GOOD_DOC.replace("seed: a.txt", "seed: b.txt")
                        .replace("title: Statement on Cooperation", "title: A second statement"));
        assertRebuiltAfter(site, "v1", "a document added");
        assertTrue(Files.exists(site.out().resolve("documents/second/index.html")));

        site.delete("content/documents/second.yaml").delete("seeds/b.txt");
        assertRebuiltAfter(site, "v1", "a document removed");
        assertFalse(Files.exists(site.out().resolve("documents/second")), "the removed document's folder stays");

        assertRebuiltAfter(site, "v2", "the generator");
    }

    @Test
    void anEditThatKeepsTheFileSizeAndTimeIsStillSeen() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        cached(site, "v1");
        Path seed = site.root().resolve("seeds/a.txt");
        FileTime time = Files.getLastModifiedTime(seed);
        String edited = FixtureSite.GOOD_SEED.replace("Tokyo", "Kyoto");
        assertEquals(FixtureSite.GOOD_SEED.length(), edited.length());
        Files.writeString(seed, edited);
        Files.setLastModifiedTime(seed, time);
        assertRebuiltAfter(site, "v1", "same size, same time");
        assertTrue(Files.readString(site.out().resolve("documents/statement/index.html")).contains("Kyoto"));
    }

    @Test
    void aSiteChangedByHandIsBuiltAgain() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        cached(site, "v1");
        Files.writeString(site.out().resolve("index.html"), "edited by hand");
        assertRebuiltAfter(site, "v1", "a page edited by hand");
        Files.delete(site.out().resolve("feed.xml"));
        assertRebuiltAfter(site, "v1", "a file deleted by hand");
        Files.writeString(site.out().resolve("stray.html"), "not ours");
        assertRebuiltAfter(site, "v1", "a file added by hand");
    }

    @Test
    void aFailedBuildLeavesTheSiteAndTheCacheAsTheyWere() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        cached(site, "v1");
        Map<String, byte[]> before = FixtureSite.snapshot(site.out());
        byte[] manifest = Files.readAllBytes(site.root().resolve(".dossier-cache/manifest.json"));

        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: 2023-13-07"));
        assertThrows(BuildFailure.class, () -> cached(site, "v1"));
        assertSameSite(before, FixtureSite.snapshot(site.out()), "after a failed build");
        assertEquals(new String(manifest, StandardCharsets.UTF_8),
                Files.readString(site.root().resolve(".dossier-cache/manifest.json")));

        site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC);
        assertTrue(cached(site, "v1").upToDate(), "the inputs are again those the site was built from");
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        cached(site, "v1");
        Files.writeString(site.root().resolve(".dossier-cache/manifest.json"), "{ not json");
        assertRebuiltAfter(site, "v1", "a damaged manifest");
    }
}
