package org.dossier.cli;

import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.configure(new CommandLine(new Main()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String[] buildArgs(FixtureSite site) {
        return new String[] {"build", "--content", site.root().resolve("content").toString(),
                "--seeds", site.root().resolve("seeds").toString(), "--layouts", site.root().resolve("layouts").toString(),
                "--out", site.out().toString()};
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Run run = run("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Usage: dossier [-hV] [COMMAND]"), run.out());
        assertTrue(run.out().contains("build"), run.out());
        assertTrue(run.out().contains("1   content errors, each printed as file:line:column; nothing written"), run.out());
        assertTrue(run.out().contains("2   the command line is wrong (unknown option or command)"), run.out());
    }

    @Test
    void buildHelpListsItsOptions() {
        Run run = run("build", "--help");
        assertEquals(0, run.code());
        for (String option : new String[] {"--content=DIR", "--seeds=DIR", "--layouts=DIR", "--out=DIR"}) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
    }

    @Test
    void versionIsPrinted() {
        Run run = run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("dossier \\d+\\.\\d+\\.\\d+\\R"), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("build", "--colour");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("Unknown option: '--colour'"), run.err());
    }

    @Test
    void anOptionBeforeTheCommandSaysToPutItAfter() {
        // found by review: "dossier --base-url x build" said only "Unknown options" and printed the usage
        Run run = run("--base-url", "https://example.org/", "build", "--threads", "1");
        assertEquals(2, run.code());
        assertEquals("Unknown options: '--base-url', 'https://example.org/'\n"
                + "hint: options go after the command: dossier build --base-url https://example.org/ --threads 1\n", run.err());
    }

    @Test
    void aNegativeThreadCountIsAUsageError() {
        for (String command : new String[] {"build", "check", "serve"}) {
            Run run = run(command, "--threads", "-1");
            assertEquals(2, run.code(), command);
            assertTrue(run.err().startsWith("--threads must be 0 (one per core) or more, not -1\n"), run.err());
        }
    }

    @Test
    void tooManyThreadsIsAUsageErrorNotAnInternalError() {
        // --threads 100000 ended in "dossier: internal error: java.lang.IllegalArgumentException", exit 3
        for (String command : new String[] {"build", "check", "serve"}) {
            Run run = run(command, "--threads", "100000");
            assertEquals(2, run.code(), command);
            assertTrue(run.err().startsWith("--threads must be at most 1024, not 100000 (0 gives one per core)\n"), run.err());
        }
    }

    @Test
    void aBadBaseUrlIsAUsageErrorLikeAnyBadOptionAndNothingIsWritten() {
        // it was reported as a content error, "--base-url:1:1: error [invalid-value] ...", with exit code 1
        FixtureSite site = FixtureSite.minimal(dir);
        String[][] cases = {
                {"ftp://example.org/", "\"ftp://example.org/\" is not an absolute http(s) URL", "give it as https://example.github.io/dossier/"},
                {"", "\"\" is not an absolute http(s) URL", "give it as https://example.github.io/dossier/"},
                {"https://example.org/a b/", "\"https://example.org/a b/\" is not a valid address: a space (character 22) must be percent-encoded, as %20",
                        "percent-encode it: https://example.org/a%20b/"},
                {"https://example.org/dossier/?v=1", "\"https://example.org/dossier/?v=1\" holds a query or fragment (\"?\" or \"#\"): "
                        + "the address of every page would start with it", "give the site folder's address alone, such as https://example.github.io/dossier/"}};
        for (String command : new String[] {"build", "check"}) {
            for (String[] c : cases) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(buildArgs(site)).skip(1),
                        java.util.stream.Stream.of("--base-url", c[0])).toArray(String[]::new);
                Run run = run(java.util.stream.Stream.concat(java.util.stream.Stream.of(command), java.util.Arrays.stream(args)).toArray(String[]::new));
                assertEquals(2, run.code(), command + " " + c[0] + ": " + run.err());
                assertTrue(run.err().startsWith("Invalid value for option '--base-url': " + c[1] + "\n  hint: " + c[2] + "\nUsage: dossier " + command),
                        run.err());
                assertFalse(Files.exists(site.out()));
            }
        }
        Run serve = run("serve", "--base-url", "notaurl");
        assertEquals(2, serve.code());
        assertTrue(serve.err().startsWith("Invalid value for option '--base-url': \"notaurl\" is not an absolute http(s) URL\n"), serve.err());
    }

    @Test
    void aSiteFolderThatIsAnInputFolderOrInOneOrHoldsOneIsAUsageError() throws java.io.IOException {
        // --out content/site built into the content folder, hashed and watched as input; --out seeds and --out . were
        // refused only after the whole build, as a write failure (exit 3) whose hint said nothing of what to do
        FixtureSite site = FixtureSite.minimal(dir);
        java.util.Map<String, byte[]> seeds = FixtureSite.snapshot(site.root().resolve("seeds"));
        String[][] cases = {
                {"seeds", "is the seeds folder"},
                {"content/site", "is inside the content folder " + site.root().resolve("content")},
                {"layouts/assets", "is inside the layouts folder " + site.root().resolve("layouts")},
                {"", "holds the content folder " + site.root().resolve("content")}};
        for (String[] c : cases) {
            String out = c[0].isEmpty() ? site.root().toString() : site.root().resolve(c[0]).toString();
            String[] args = buildArgs(site);
            args[args.length - 1] = out;
            Run run = run(args);
            assertEquals(2, run.code(), c[0] + ": " + run.err());
            assertTrue(run.err().startsWith("--out " + out + " " + c[1] + ": a build replaces the whole site folder, which must be apart"
                    + " from content, seeds and layouts\n  hint: give a folder of its own, such as --out site (the default), beside them\nUsage: dossier build"),
                    run.err());
        }
        assertFalse(Files.exists(site.root().resolve("content/site")));
        org.dossier.testing.Snapshots.assertSameSite(seeds, FixtureSite.snapshot(site.root().resolve("seeds")), "seeds");
        Path link = dir.resolve("link-to-seeds");
        Files.createSymbolicLink(link, site.root().resolve("seeds"));
        String[] args = buildArgs(site);
        args[args.length - 1] = link.toString();
        assertEquals(2, run(args).code(), "a link to the seeds folder");
    }

    @Test
    void aCacheFolderInsideTheSiteFolderIsAUsageErrorAndNothingIsWritten() {
        FixtureSite site = FixtureSite.minimal(dir);
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(buildArgs(site)),
                java.util.stream.Stream.of("--cache", site.out().resolve("cache").toString())).toArray(String[]::new);
        Run run = run(args);
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("--cache " + site.out().resolve("cache") + " is inside the site folder " + site.out()
                + ": the cache would be published with the site, and a build could never find the site as it left it; "
                + "give a folder outside it, or leave --cache out for .dossier-cache beside the site folder\n"), run.err());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run();
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("Missing command: try 'dossier build'"), run.err());
    }

    @Test
    void successfulBuildPrintsASummaryOfPagesByKindAndTimePerStage() {
        FixtureSite site = FixtureSite.minimal(dir);
        Run run = run(buildArgs(site));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("Built 1 document, 16 pages \\(35 files, search index \\d+ KB\\) into .*site/ in \\d+\\.\\d\\d s "
                + "\\(cache \\d+ ms, load \\d+ ms, validate \\d+ ms, model \\d+ ms, plan \\d+ ms, render \\d+ ms, check \\d+ ms, write \\d+ ms\\)\\R"
                + "Pages: documents 1, sections 4, topics 1, registers 3, pages 1, other 6\\R"), run.out());
        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")));

        Run again = run(buildArgs(site));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().matches("Up to date: nothing changed since the last build of 1 document, 16 pages \\(35 files\\) "
                + "into .*site/ \\(checked in \\d+\\.\\d\\d s\\)\\R"), again.out());
        assertTrue(Files.isRegularFile(site.root().resolve(".dossier-cache/manifest.json")));
    }

    @Test
    void checkReportsEverythingTheBuildWouldAndWritesNothing() {
        FixtureSite site = FixtureSite.minimal(dir).write("content/pages/about.md", "---\ntitle: About\n---\nSee [the letter](documents/letter/index.html).\n");
        String[] args = buildArgs(site);
        args[0] = "check";
        Run run = run(args);
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("content/pages/about.md:4:5: error [broken-link] link \"documents/letter/index.html\" points to a file that does not exist\n"), run.err());
        assertTrue(run.err().endsWith("check: 1 error\n"), run.err());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void checkOfAGoodSiteSaysSoAndWritesNothing() {
        FixtureSite site = FixtureSite.minimal(dir);
        String[] args = buildArgs(site);
        args[0] = "check";
        Run run = run(args);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Checked 1 document and 16 pages: no errors ("), run.out());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void contentErrorsExitWithOneAndNoStackTrace() {
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/statement.yaml", "seed: [\n");
        Run run = run(buildArgs(site));
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().endsWith("validate: 1 error; nothing was written\n"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void missingFoldersAreNamed() throws java.io.IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("layouts"));
        Run run = run("build", "--content", dir.resolve("nope").toString(), "--seeds", dir.resolve("seeds").toString(),
                "--layouts", dir.resolve("layouts").toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains(":1:1: error [missing-folder] the content folder does not exist\n"), run.err());
    }
}
