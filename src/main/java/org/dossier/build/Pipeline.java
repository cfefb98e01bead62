package org.dossier.build;

import org.dossier.diag.BuildFailure;
import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.markdown.MarkdownRenderer;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.publish.LinkChecker;
import org.dossier.publish.SiteWriter;
import org.dossier.render.Citations;
import org.dossier.render.DataExports;
import org.dossier.render.PagePlanner;
import org.dossier.render.SearchIndex;
import org.dossier.render.SiteFiles;
import org.dossier.render.PlannedPage;
import org.dossier.render.SiteRenderer;
import org.dossier.source.InputPaths;
import org.dossier.source.Input;
import org.dossier.source.SourceLoader;
import org.dossier.source.Sources;
import org.dossier.source.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds the site. The stages run in this order, each timed and reporting its own errors:
 * load → validate → model → render → check → write. {@link #check} runs all but the last.
 */
public final class Pipeline {
    private final String version;

    public Pipeline(String version) {
        this.version = version;
    }

    /**
     * @param baseUrl overrides the configured base URL when not empty
     * @param threads how many threads render the pages; 0 for one per core
     */
    public record Options(InputPaths inputs, Path out, String baseUrl, int threads, Progress progress) {
        public Options(InputPaths inputs, Path out) {
            this(inputs, out, "", 0);
        }

        public Options(InputPaths inputs, Path out, String baseUrl) {
            this(inputs, out, baseUrl, 0);
        }

        public Options(InputPaths inputs, Path out, String baseUrl, int threads) {
            this(inputs, out, baseUrl, threads, Progress.NONE);
        }
    }

    public record StageTime(String stage, long millis) {
    }

    /**
     * What a successful build did.
     *
     * @param pagesByKind how many pages of each kind (document, organisation, topic...), in the order first planned
     */
    public record Result(int documents, int pages, int files, long searchIndexBytes, List<StageTime> stages,
                         List<Diagnostic> warnings, Map<String, Integer> pagesByKind) {
        public long totalMillis() {
            return stages.stream().mapToLong(StageTime::millis).sum();
        }
    }

    /**
     * Runs every stage; writes the site only when all succeeded.
     *
     * @throws BuildFailure with every diagnostic of the first stage that found errors
     */
    public Result build(Options options) {
        return inPool(options, () -> run(options, true)).result();
    }

    /** Every check the build makes, the links of the rendered pages included; writes nothing. */
    public Result check(Options options) {
        return inPool(options, () -> run(options, false)).result();
    }

    /** A site built in memory: what {@link #build} would write, path to bytes. */
    public record Site(Result result, Map<String, byte[]> files) {
    }

    /** Runs every stage but the write, and returns the files that {@link #build} would write, byte for byte. */
    public Site render(Options options) {
        return inPool(options, () -> run(options, false));
    }

    /** Parallel streams started inside a fork-join pool use that pool: this sets the build's thread count. */
    private static <T> T inPool(Options options, Supplier<T> work) {
        if (options.threads() <= 0) {
            return work.get();
        }
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return pool.submit(work::get).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    private Site run(Options options, boolean write) {
        List<StageTime> times = new ArrayList<>();
        InputPaths in = options.inputs();
        Progress progress = options.progress();
        progress.stage("load", 0);
        Sources sources = timed("load", times, () -> new SourceLoader().load(in));
        progress.stage("validate", 0);
        Input input = timed("validate", times, () -> new Validator(options.baseUrl()).validate(sources));
        progress.stage("model", 0);
        Dossier dossier = timed("model", times, () -> new Assembler(new MarkdownRenderer()).assemble(input, sources.seedsPath()));
        List<PlannedPage> plan = new PagePlanner(version).plan(dossier);
        progress.stage("render", plan.size());
        Map<String, byte[]> files = timed("render", times, () -> render(plan, dossier, in, input.seedBytes(), progress));
        progress.stage("check", 0);
        timed("check", times, () -> checkLinks(files, in.display(options.out()), linkSources(dossier)));
        if (write) {
            progress.stage("write", 0);
            timed("write", times, () -> write(files, options.out(), in));
        }
        Map<String, Integer> byKind = new java.util.LinkedHashMap<>();
        plan.forEach(p -> byKind.merge(kindOf(p), 1, Integer::sum));
        return new Site(new Result(dossier.documents().size(), plan.size(), files.size(), files.get(SearchIndex.PATH).length, times,
                input.warnings(), byKind), files);
    }

    /** The kind of a planned page, for the summary: its layout's name, in the plural. */
    private static String kindOf(PlannedPage page) {
        String layout = page.template().replace(".ftlh", "");
        return switch (layout) {
            case "entity" -> page.path().substring(0, page.path().indexOf('/'));
            case "registry" -> "registers";
            case "home", "timeline", "search", "print", "notfound", "signatories" -> "other";
            case "section" -> "sections";
            case "page" -> "pages";
            default -> layout + "s";
        };
    }

    private static Map<String, byte[]> render(List<PlannedPage> plan, Dossier dossier, InputPaths in, Map<String, byte[]> seeds,
                                              Progress progress) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, byte[]> files = new TreeMap<>();
        try {
            SiteRenderer renderer = new SiteRenderer(in.layouts(), in.display(in.layouts()));
            renderer.render(plan, diagnostics, progress::advance).forEach(r -> files.put(r.path(), r.bytes()));
            copyAssets(in, files);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.fileError(in.display(in.layouts()), "unreadable", "cannot read the layouts: " + e.getMessage(), ""));
        }
        diagnostics.throwIfErrors("render");
        for (Document d : dossier.documents()) {
            files.put(d.seedPath(), seeds.get(d.seed().fileName()));
        }
        files.putAll(new DataExports().export(dossier));
        byte[] index = new SearchIndex().build(dossier);
        files.put(SearchIndex.PATH, index);
        SiteFiles siteFiles = new SiteFiles();
        files.putAll(siteFiles.hostFiles(dossier, plan.stream().map(PlannedPage::path).toList()));
        Citations citations = new Citations(dossier.site());
        for (Document d : dossier.documents()) {
            String folder = "documents/" + d.id() + "/";
            files.put(folder + "cite.bib", citations.bibtex(d).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.put(folder + "cite.ris", citations.ris(d).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.put(folder + "cite.json", citations.cslJson(d).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        files.put(SiteFiles.ZIP, siteFiles.zip(files));
        return files;
    }

    /** Links written in Markdown pages, by page and href, so that broken ones are reported where they are written. */
    private static Map<String, LinkChecker.Source> linkSources(Dossier dossier) {
        Map<String, LinkChecker.Source> sources = new java.util.HashMap<>();
        for (var page : dossier.pages()) {
            String path = page.id().equals("home") ? "index.html" : PagePlanner.pagePath(page);
            for (var link : page.links()) {
                sources.putIfAbsent(LinkChecker.key(path, link.href()),
                        new LinkChecker.Source(page.sourcePath(), link.written(), link.line(), link.column(), link.excerpt(),
                                "link to a page of the site from its root, such as documents/<id>/index.html#p-3"));
            }
        }
        for (Document d : dossier.documents()) {
            for (var link : d.links()) {
                sources.putIfAbsent(LinkChecker.key(d.path(), link.href()),
                        new LinkChecker.Source(d.metadataPath(), link.written(), link.line(), link.column(), link.excerpt(),
                                "link relative to the document's page, such as ../<id>/ for another document or ../<id>/#p-3 for one of its paragraphs"));
            }
        }
        return sources;
    }

    private static Void checkLinks(Map<String, byte[]> files, String outShown, Map<String, LinkChecker.Source> sources) {
        Diagnostics diagnostics = new Diagnostics();
        new LinkChecker(files, outShown, sources).check(diagnostics);
        diagnostics.throwIfErrors("check");
        return null;
    }

    private static void copyAssets(InputPaths in, Map<String, byte[]> files) throws IOException {
        Path assets = in.layouts().resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put("assets/" + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }

    private static Void write(Map<String, byte[]> files, Path out, InputPaths in) {
        try {
            new SiteWriter().write(files, out);
            return null;
        } catch (IOException e) {
            throw BuildFailure.of("write", Diagnostic.fileError(in.display(out), "write-failed",
                    "cannot write the site: " + e.getMessage(), "the previous site, if any, is unchanged"));
        }
    }

    private static <T> T timed(String stage, List<StageTime> times, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        times.add(new StageTime(stage, (System.nanoTime() - start) / 1_000_000));
        return result;
    }
}
