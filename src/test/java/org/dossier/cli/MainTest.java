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
        assertTrue(run.out().replaceAll("\\s+", " ").contains("2 the command line is wrong (unknown option or command, a bad value, or a folder "
                + "that may not be used)"), run.out());
    }

    @Test
    void buildHelpListsItsOptions() {
        Run run = run("build", "--help");
        assertEquals(0, run.code());
        for (String option : new String[] {"--content=DIR", "--seeds=DIR", "--layouts=DIR", "--out=DIR"}) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
    }

    /** The help as one line: picocli wraps it at 80 columns. */
    private static String helpText(String command) {
        Run run = run(command, "--help");
        assertEquals(0, run.code());
        return run.out().replaceAll("\\s+", " ");
    }

    @Test
    void serveAndCheckSayWhatTheyDoWithTheSiteFolder() {
        // serve's help said "--out: the site folder: where build writes the site", and nothing of what serve does with it
        assertTrue(helpText("serve").contains("--out=DIR serve neither writes nor reads DIR (the site it serves is built in memory): "
                + "DIR only names the pages in messages, as DIR/index.html, so that they read as the build's (default: site)"), helpText("serve"));
        assertTrue(helpText("serve").contains("The site is built in memory: nothing is written."), helpText("serve"));
        assertTrue(helpText("check").contains("--out=DIR check writes nothing, there or anywhere: DIR only names the pages in messages, "
                + "as DIR/index.html, so that they read as the build's (default: site)"), helpText("check"));
        assertTrue(helpText("build").contains("--out=DIR the site folder, replaced whole when the build succeeds: a new or empty folder, "
                + "or a site this generator built, apart from content, seeds, layouts and any other site folder (default: site)"), helpText("build"));
    }

    @Test
    void everyOptionOfEveryCommandSaysItsDefault() {
        // --base-url and --no-cache said none; the same option is described alike in every command
        CommandLine cli = new CommandLine(new Main());
        java.util.Map<String, String> described = new java.util.HashMap<>();
        for (String command : new String[] {"build", "check", "serve"}) {
            for (CommandLine.Model.OptionSpec option : cli.getSubcommands().get(command).getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                String description = String.join(" ", option.description());
                assertTrue(description.matches(".*\\(default: [^)]+\\).*"), command + " " + option.longestName() + ": " + description);
                if (!option.longestName().equals("--out")) {
                    assertEquals(described.computeIfAbsent(option.longestName(), name -> description), description, option.longestName());
                }
            }
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
    void anotherCommandsOptionIsNamedAsSuch() {
        // "build --port 8000" and "check --cache x" said only "Unknown options", then the command's whole help
        Run build = run("build", "--port", "8000");
        assertEquals(2, build.code());
        assertEquals("Unknown options: '--port', '8000'\nhint: --port is an option of dossier serve, not of dossier build: "
                + "leave it out, or run that command\n", build.err());
        Run check = run("check", "--no-cache");
        assertEquals(2, check.code());
        assertEquals("Unknown option: '--no-cache'\nhint: --no-cache is an option of dossier build, not of dossier check: "
                + "leave it out, or run that command\n", check.err());
        Run unknown = run("build", "--colour");
        assertEquals(2, unknown.code());
        assertFalse(unknown.err().contains("hint:"), unknown.err());
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
    void aSiteFolderInsideAnotherSiteFolderIsAUsageErrorAndNothingIsWritten() {
        // --out site/sub built inside the site, and the next build of site deleted it
        FixtureSite site = FixtureSite.minimal(dir);
        assertEquals(0, run(buildArgs(site)).code());
        java.util.Map<String, byte[]> built = FixtureSite.snapshot(site.out());
        String[] args = buildArgs(site);
        for (String inside : new String[] {"sub", "documents/letter"}) {
            Path out = site.out().resolve(inside);
            args[args.length - 1] = out.toString();
            Run run = run(args);
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().startsWith("--out " + out + " is inside the site folder " + site.out() + ", which every build of "
                    + site.out() + " replaces whole: " + out + " would be published with it, then deleted\n"
                    + "  hint: give a folder outside every site folder, such as --out " + site.root().resolve(out.getFileName()) + "\n"
                    + "Usage: dossier build"), run.err());
        }
        org.dossier.testing.Snapshots.assertSameSite(built, FixtureSite.snapshot(site.out()), "the site");
        // the site folder of the current folder (the repository's site/ here), written as the user would
        args[args.length - 1] = "site/sub";
        Run run = run(args);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("--out site/sub is inside the site folder site, which every build of site replaces whole: "
                + "site/sub would be published with it, then deleted\n  hint: give a folder outside every site folder, such as --out sub\n"),
                run.err());
        assertFalse(Files.exists(Path.of("site/sub")));
    }

    @Test
    void aFolderInsideAFolderNamedSiteThatIsNoBuiltSiteIsBuilt() throws Exception {
        // found in review: --out site/x was refused whenever the current folder held a folder named site, though a
        // folder of the user's own files there is no site that a build replaces (the default build refuses it)
        FixtureSite site = FixtureSite.minimal(dir);
        Files.createDirectories(site.out());
        Files.writeString(site.out().resolve("notes.txt"), "mine");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "--content", "content",
                "--seeds", "seeds", "--layouts", "layouts", "--out", "site/x")
                .directory(site.root().toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(build.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the build did not end");
        assertEquals(0, build.exitValue(), Files.readString(dir.resolve("out.txt")));
        assertTrue(Files.isRegularFile(site.out().resolve("x/index.html")));
        assertEquals("mine", Files.readString(site.out().resolve("notes.txt")));
    }

    @Test
    void aFolderThatIsNotASiteIsRefusedBeforeAnythingIsRead() throws java.io.IOException {
        // it was refused only once the build had run, after every error of the content; now the content's errors
        // (a broken YAML file here) are not even reached
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/statement.yaml", "seed: [\n");
        Path mine = Files.createDirectories(dir.resolve("my files"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        String[] args = buildArgs(site);
        args[args.length - 1] = mine.toString();
        Run run = run(args);
        assertEquals(3, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(mine + ":1:1: error [write-failed] cannot write the site: refusing to replace " + mine + ": it is not empty and "
                + "does not look like a site this generator built (such a site has index.html, .nojekyll, dossier.zip)\n"
                + "  hint: give --out a new or empty folder, or the folder of a site this generator built (such as site); nothing was changed\n"
                + "write: 1 error; nothing was written\n", run.err());
        assertEquals(java.util.Map.of("notes.txt", "mine"), java.util.Map.of("notes.txt", Files.readString(mine.resolve("notes.txt"))));
        try (var list = Files.list(mine)) {
            assertEquals(1, list.count());
        }
        try (var list = Files.list(dir)) {
            assertEquals(java.util.List.of("content", "layouts", "my files", "seeds"), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path file = mine.resolve("notes.txt");
        args[args.length - 1] = file.toString();
        Run onAFile = run(args);
        assertEquals(3, onAFile.code(), onAFile.err());
        assertTrue(onAFile.err().startsWith(file + ":1:1: error [write-failed] cannot write the site: refusing to replace " + file
                + ": it is a file, not a folder\n  hint: give --out a new or empty folder"), onAFile.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aPlaceWhereNoFolderCanBeMadeIsSaidBeforeAnythingIsRead() throws java.io.IOException {
        // said only after the whole build, as "cannot write the site: <the path>", which did not say what was wrong
        // (a read-only place was said so; as root here, a file where a folder should be stands for it)
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/statement.yaml", "seed: [\n");
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        String[] args = buildArgs(site);
        args[args.length - 1] = file.resolve("site").toString();
        Run run = run(args);
        assertEquals(3, run.code(), run.err());
        assertEquals(file.resolve("site") + ":1:1: error [write-failed] cannot write the site: cannot make a folder in " + file
                + " (not a directory)\n  hint: check that the folder and the one it is in may be written, and the disk's free space; "
                + "the previous site, if any, is unchanged\nwrite: 1 error; nothing was written\n", run.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aCacheFolderInAnInputFolderOrThatIsAFileIsAUsageError() throws java.io.IOException {
        // a cache in content/ was hashed as input, so that no build was ever up to date; a file as --cache was refused
        // after the whole build as "site:1:1: error [write-failed] cannot write the site: README.md/manifest.json: Not a directory"
        FixtureSite site = FixtureSite.minimal(dir);
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        String[][] cases = {
                {site.root().resolve("content/.cache").toString(), " is inside the content folder " + site.root().resolve("content")
                        + ": the cache would be read as input, and no build would find its inputs unchanged\n  hint: give a folder apart from "
                        + "content, seeds and layouts, or leave --cache out for .dossier-cache beside the site folder\n"},
                {file.toString(), " is a file, not a folder\n  hint: give a folder (it is made if missing), or leave --cache out for "
                        + ".dossier-cache beside the site folder\n"}};
        for (String[] c : cases) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(buildArgs(site)),
                    java.util.stream.Stream.of("--cache", c[0])).toArray(String[]::new);
            Run run = run(args);
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().startsWith("--cache " + c[0] + c[1] + "Usage: dossier build"), run.err());
        }
        assertFalse(Files.exists(site.out()));
        assertFalse(Files.exists(site.root().resolve("content/.cache")));
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void cacheAndNoCacheTogetherAreAUsageError() {
        // --no-cache --cache x built without a cache and said nothing of x
        FixtureSite site = FixtureSite.minimal(dir);
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(buildArgs(site)),
                java.util.stream.Stream.of("--no-cache", "--cache", dir.resolve("cache").toString())).toArray(String[]::new);
        Run run = run(args);
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("--cache " + dir.resolve("cache") + " and --no-cache contradict each other: --no-cache builds "
                + "without any cache\n  hint: leave out one of them\nUsage: dossier build"), run.err());
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
