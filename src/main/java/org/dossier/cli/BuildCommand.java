package org.dossier.cli;

import org.dossier.build.Pipeline;
import org.dossier.diag.BuildFailure;
import org.dossier.diag.Diagnostic;
import org.dossier.publish.SiteWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dossier build}: regenerates the site from the repository's content, seeds and layouts. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the site folder (--out). The previous site is replaced only if the build succeeds.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputOptions options;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "the site folder, replaced whole when the build succeeds: a new or empty folder, or a site this "
                    + "generator built, apart from content, seeds, layouts and any other site folder (default: ${DEFAULT-VALUE})")
    void out(Path dir) {
        options.out = dir;
    }

    @CommandLine.Option(names = "--cache", paramLabel = "DIR",
            description = "the build cache folder, outside the site folder (default: .dossier-cache beside the site folder)")
    Path cache;

    @CommandLine.Option(names = "--no-cache",
            description = "build everything afresh and replace the whole site, without reading or writing the cache, "
                    + "which is left as it is (default: the cache is used)")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        checkOutFolder();
        if (noCache && cache != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + options.inputs().display(cache)
                    + " and --no-cache contradict each other: --no-cache builds without any cache"
                    + "\n  hint: leave out one of them");
        }
        Path cacheFolder = noCache ? null : cacheFolder();
        try {
            // said before anything is read: a long build would otherwise end only to say it
            SiteWriter.checkReplaceable(options.out);
        } catch (SiteWriter.WriteException e) {
            stderr.print(Pipeline.writeFailure(e, options.out, options.inputs()).report());
            stderr.flush();
            return Main.WRITE_FAILED;
        } catch (IOException e) {
            // the folder cannot be listed: the build's write says so, with what to do
        }
        try {
            SiteWriter.checkWritable(options.out);
        } catch (IOException e) {
            stderr.print(Pipeline.writeFailure(e, options.out, options.inputs()).report());
            stderr.flush();
            return Main.WRITE_FAILED;
        }
        var progress = TerminalProgress.forTerminal(stderr);
        // Ctrl-C ends Java with no word: this says what became of the site (the writer deletes the unfinished one)
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Thread stopped = new Thread(() -> {
            stopping.set(true);
            stderr.println("\nbuild: stopped before it finished; " + options.inputs().display(options.out)
                    + "/ is as the last build that finished left it");
            stderr.flush();
        }, "dossier: build stopped");
        Runtime.getRuntime().addShutdownHook(stopped);
        try {
            Pipeline.Result result;
            try {
                Pipeline.Options pipeline = options.pipelineOptions(progress);
                if (cacheFolder != null) {
                    pipeline = pipeline.withCache(cacheFolder);
                }
                result = new Pipeline(Main.version()).build(pipeline);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopped);
                } catch (IllegalStateException e) {
                    // stopping already: the hook says so
                }
                if (progress instanceof TerminalProgress bar) {
                    bar.finish();
                }
            }
            printWarnings(result, stderr);
            if (result.upToDate()) {
                stdout.println(String.format(Locale.ROOT, "Up to date: nothing changed since the last build of %d %s, %d pages (%d files) into %s/ (checked in %.2f s)",
                        result.documents(), result.documents() == 1 ? "document" : "documents", result.pages(), result.files(),
                        options.inputs().display(options.out), result.totalMillis() / 1000.0));
                stdout.flush();
                return 0;
            }
            stdout.println(String.format(Locale.ROOT, "Built %d %s, %d pages (%d files, search index %d KB) into %s/ in %.2f s (%s)",
                    result.documents(), result.documents() == 1 ? "document" : "documents", result.pages(), result.files(),
                    (result.searchIndexBytes() + 1023) / 1024, options.inputs().display(options.out), result.totalMillis() / 1000.0,
                    stages(result)));
            stdout.println("Pages: " + pagesByKind(result));
            stdout.flush();
            return 0;
        } catch (RuntimeException e) {
            if (stopping.get()) {
                return STOPPED; // the writer's folder was deleted under the build: not an error to report
            }
            if (e instanceof BuildFailure failure) {
                stderr.print(failure.report());
                stderr.flush();
                return failure.stage().equals("write") ? Main.WRITE_FAILED : Main.CONTENT_ERRORS;
            }
            throw e;
        }
    }

    /** The exit code of a build stopped by Ctrl-C, as a shell gives it (128 + SIGINT's 2). */
    static final int STOPPED = 130;

    /**
     * The site folder is replaced whole by every build: it may be neither an input folder, nor inside one (the site
     * would be read, hashed and watched as input), nor hold one, nor be inside another site folder (the next build of
     * that one would delete it, and publish it meanwhile). Said before anything is read, as a wrong command line.
     */
    private void checkOutFolder() {
        Path out = real(options.out);
        for (var input : List.of(Map.entry("content", options.content), Map.entry("seeds", options.seeds),
                Map.entry("layouts", options.layouts))) {
            Path folder = real(input.getValue());
            String problem = out.equals(folder) ? "is the " + input.getKey() + " folder"
                    : out.startsWith(folder) ? "is inside the " + input.getKey() + " folder " + options.inputs().display(input.getValue())
                    : folder.startsWith(out) ? "holds the " + input.getKey() + " folder " + options.inputs().display(input.getValue())
                    : null;
            if (problem != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out " + options.inputs().display(options.out) + " " + problem
                        + ": a build replaces the whole site folder, which must be apart from content, seeds and layouts"
                        + "\n  hint: give a folder of its own, such as --out site (the default), beside them");
            }
        }
        for (Path folder = out.getParent(); folder != null; folder = folder.getParent()) {
            if (SiteWriter.isBuiltSite(folder)) {
                String shown = options.inputs().display(options.out);
                String site = options.inputs().display(folder);
                throw new CommandLine.ParameterException(spec.commandLine(), "--out " + shown + " is inside the site folder " + site
                        + ", which every build of " + site + " replaces whole: " + shown + " would be published with it, then deleted"
                        + "\n  hint: give a folder outside every site folder, such as --out "
                        + options.inputs().display(beside(folder, out.getFileName().toString())));
            }
        }
    }

    /** A folder named {@code name} beside {@code site}, for a hint; not {@code site} itself. */
    private static Path beside(Path site, String name) {
        Path sibling = site.resolveSibling(name);
        return sibling.equals(site) ? site.resolveSibling(name + "-2") : sibling;
    }

    /** The folder as the file system names it (links followed), or as written when it does not exist yet. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
        }
    }

    /**
     * The build cache folder: {@code --cache}, or .dossier-cache beside the site folder. Never inside the site folder,
     * which a build replaces, and which is published.
     */
    private Path cacheFolder() {
        Path folder = cache != null ? cache : Pipeline.defaultCache(options.out);
        if (folder.toAbsolutePath().normalize().startsWith(options.out.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--cache %s is inside the site folder %s: the cache would be published with the site, and a build "
                            + "could never find the site as it left it; give a folder outside it, or leave --cache out "
                            + "for .dossier-cache beside the site folder",
                    options.inputs().display(folder), options.inputs().display(options.out)));
        }
        // found by trying: a cache in content/ was hashed as input, so that no build was ever up to date; a file as
        // --cache was reported after the whole build as "cannot write the site: README.md/manifest.json"
        for (var input : List.of(Map.entry("content", options.content), Map.entry("seeds", options.seeds),
                Map.entry("layouts", options.layouts))) {
            if (real(folder).startsWith(real(input.getValue()))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + options.inputs().display(folder)
                        + " is inside the " + input.getKey() + " folder " + options.inputs().display(input.getValue())
                        + ": the cache would be read as input, and no build would find its inputs unchanged"
                        + "\n  hint: give a folder apart from content, seeds and layouts, or leave --cache out for "
                        + ".dossier-cache beside the site folder");
            }
        }
        if (java.nio.file.Files.exists(folder) && !java.nio.file.Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + options.inputs().display(folder)
                    + " is a file, not a folder\n  hint: give a folder (it is made if missing), or leave --cache out for "
                    + ".dossier-cache beside the site folder");
        }
        return folder;
    }

    static void printWarnings(Pipeline.Result result, PrintWriter stderr) {
        for (Diagnostic w : result.warnings()) {
            stderr.print(w.format());
        }
        stderr.flush();
    }

    static String pagesByKind(Pipeline.Result result) {
        java.util.List<String> order = java.util.List.of("documents", "sections", "organizations", "people", "topics", "registers", "pages", "other");
        return result.pagesByKind().entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String stages(Pipeline.Result result) {
        return result.stages().stream().map(s -> s.stage() + " " + s.millis() + " ms").collect(Collectors.joining(", "));
    }
}
