package org.dossier.build;

import org.dossier.diag.BuildFailure;
import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.markdown.MarkdownRenderer;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.publish.LinkChecker;
import org.dossier.publish.SiteArchive;
import org.dossier.publish.SiteOutput;
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
 * load → validate → model → plan → render → check → write. {@link #check} runs all but the last.
 */
public final class Pipeline {
    private final String version;

    public Pipeline(String version) {
        this.version = version;
    }

    /**
     * @param baseUrl overrides the configured base URL when not empty
     * @param threads how many threads render the pages; 0 for one per core
     * @param cache   the build cache folder (see {@link BuildCache}); null to build without one
     */
    public record Options(InputPaths inputs, Path out, String baseUrl, int threads, Progress progress, Path cache) {
        public Options(InputPaths inputs, Path out) {
            this(inputs, out, "", 0);
        }

        public Options(InputPaths inputs, Path out, String baseUrl) {
            this(inputs, out, baseUrl, 0);
        }

        public Options(InputPaths inputs, Path out, String baseUrl, int threads) {
            this(inputs, out, baseUrl, threads, Progress.NONE, null);
        }

        /** The same options with the build cache in {@code folder}. */
        public Options withCache(Path folder) {
            return new Options(inputs, out, baseUrl, threads, progress, folder);
        }
    }

    /** The build cache folder a site folder gets when none is given: .dossier-cache beside it. */
    public static Path defaultCache(Path out) {
        return BuildCache.beside(out);
    }

    public record StageTime(String stage, long millis) {
    }

    /**
     * What a successful build did.
     *
     * @param pagesByKind how many pages of each kind (document, organisation, topic...), in the order first planned
     * @param upToDate    true when the build cache showed that nothing changed since the last build, so nothing was
     *                    built; the other figures are then those of that build
     */
    public record Result(int documents, int pages, int files, long searchIndexBytes, List<StageTime> stages,
                         List<Diagnostic> warnings, Map<String, Integer> pagesByKind, boolean upToDate) {
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
        List<Diagnostic> leftovers = leftoverFolders(options); // before this build makes its own
        Result result = inPool(options, () -> options.cache() == null ? run(options, true, null).result() : cachedBuild(options));
        if (leftovers.isEmpty()) {
            return result;
        }
        List<Diagnostic> warnings = new ArrayList<>(leftovers);
        warnings.addAll(result.warnings());
        return new Result(result.documents(), result.pages(), result.files(), result.searchIndexBytes(), result.stages(),
                List.copyOf(warnings), result.pagesByKind(), result.upToDate());
    }

    /**
     * The folders a build stopped by force (kill -9, a crash, a power cut) left beside the site: the unfinished site
     * (.site.tmp-*) or, stopped while swapping, the previous one (.site.old-*). Said, not deleted: nothing tells such a
     * folder from one a build running now is writing, and a .old- one may be the only copy of the previous site.
     */
    private static List<Diagnostic> leftoverFolders(Options options) {
        Path target = options.out().toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        String name = target.getFileName().toString();
        String site = options.inputs().display(options.out()) + "/";
        List<Diagnostic> found = new ArrayList<>();
        try (Stream<Path> beside = Files.list(parent)) {
            for (Path folder : beside.filter(Files::isDirectory).sorted().toList()) {
                String file = folder.getFileName().toString();
                String what = file.startsWith("." + name + ".tmp-") ? "an unfinished copy of " + site
                        : file.startsWith("." + name + ".old-") ? "a previous copy of " + site : null;
                if (what != null) {
                    String shown = options.inputs().display(folder);
                    found.add(new Diagnostic(shown, 1, 1, org.dossier.diag.Severity.WARNING, "leftover-folder",
                            what + " that a build stopped by force (kill -9, a crash)" + (what.startsWith("a previous") ? " while replacing it" : "")
                                    + " left behind",
                            "if no build of " + site + " is running, delete it (rm -r " + org.dossier.source.Validator.shellWord(shown)
                                    + "): the build does not, as it cannot tell it from the folder of a build running now", ""));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a folder that cannot be listed: the write says so, if it matters
        }
        return found;
    }

    /**
     * A build with the cache: nothing to do when the inputs, settings and generator are those of the last build and
     * the site is as it left it; otherwise a build that writes only the files that changed.
     */
    private Result cachedBuild(Options options) {
        long start = System.nanoTime();
        BuildCache cache = new BuildCache(options.cache());
        String generator = BuildCache.generatorIdentity(version);
        String key = BuildCache.key(options.inputs(), options.out(), options.baseUrl(), generator);
        java.util.Optional<BuildCache.Manifest> previous = cache.manifest();
        boolean intact = previous.isPresent() && BuildCache.intact(previous.get(), options.out());
        if (intact && previous.get().key().equals(key)) {
            Result was = previous.get().result();
            return new Result(was.documents(), was.pages(), was.files(), was.searchIndexBytes(),
                    List.of(new StageTime("cache", (System.nanoTime() - start) / 1_000_000)), was.warnings(), was.pagesByKind(), true);
        }
        long keyed = (System.nanoTime() - start) / 1_000_000;
        Update update = new Update(cache, intact && generator.equals(previous.get().generator()));
        Result built = run(options, true, update).result();
        List<StageTime> stages = new ArrayList<>();
        stages.add(new StageTime("cache", keyed));
        stages.addAll(built.stages());
        Result result = new Result(built.documents(), built.pages(), built.files(), built.searchIndexBytes(), stages,
                built.warnings(), built.pagesByKind(), false);
        try {
            cache.save(key, generator, options.out(), result);
        } catch (IOException e) {
            // The site is written; without a manifest the next build is a full one, which is correct, only slower.
        }
        return result;
    }

    /**
     * How a cached build writes: in place, only the files that changed, the cache forgotten first so that an
     * interrupted write is never taken for a complete one.
     *
     * @param reuseZip whether the previous zip's compressed entries may be copied for unchanged files
     */
    private record Update(BuildCache cache, boolean reuseZip) {
    }

    /** Every check the build makes, the links of the rendered pages included; writes nothing. */
    public Result check(Options options) {
        return inPool(options, () -> run(options, false, null)).result();
    }

    /** A site built in memory: what {@link #build} would write, path to bytes. */
    public record Site(Result result, Map<String, byte[]> files) {
    }

    /** Runs every stage but the write, and returns the files that {@link #build} would write, byte for byte. */
    public Site render(Options options) {
        return inPool(options, () -> run(options, false, null));
    }

    /**
     * As {@link #render(Options)}, but made from what {@code reuse} kept of the last render of these inputs: a
     * document whose inputs did not change keeps its model, page and files, and the zip its compressed entries. The
     * bytes are those {@link #render(Options)} gives, whatever changed; {@code reuse} then holds this render's.
     */
    public Site render(Options options, Reuse reuse) {
        return preview(options, reuse).finish();
    }

    /**
     * As {@link #render(Options, Reuse)}, in two steps, so that a preview shows its pages as soon as they are made:
     * this returns once the pages and every file they are made with are rendered and their links checked; then
     * {@link Preview#finish} makes the files made from the whole site (see {@link #WHOLE_SITE}).
     */
    public Preview preview(Options options, Reuse reuse) {
        return inPool(options, () -> {
            List<StageTime> times = new ArrayList<>();
            Model model = model(options, times, reuse);
            Dossier dossier = model.dossier();
            Plan plan = plan(options, dossier, times, reuse);
            SiteOutput.Memory memory = SiteOutput.inMemory(reuse.lastPaths());
            Map<String, byte[]> versions = new java.util.concurrent.ConcurrentHashMap<>();
            Result result = produce(options, model, dossier, plan, memory, versions, times, reuse, () -> {
                WHOLE_SITE.forEach(memory::promise);
                return 0L;
            });
            java.util.function.Function<java.util.function.BiConsumer<String, byte[]>, Site> finish = made -> {
                List<StageTime> more = new ArrayList<>(result.stages());
                memory.whenAdded(made);
                try {
                    timed("whole site", more, () -> renderWholeSite(dossier, memory, versions, false, reuse));
                } finally {
                    memory.whenAdded(null);
                }
                Map<String, byte[]> files = memory.snapshot(); // unsorted: sorting 50,000 paths again would take a while
                reuse.built(files, memory.paths());
                return new Site(new Result(result.documents(), result.pages(), result.files(), memory.size(SearchIndex.PATH),
                        more, result.warnings(), result.pagesByKind(), false), files);
            };
            return new Preview(result, memory.snapshot(), new java.util.TreeSet<>(WHOLE_SITE), made -> inPool(options, () -> finish.apply(made)));
        });
    }

    /**
     * The files made from the whole site rather than from some of its documents: the data exports, the search index
     * and the zip. One changed document changes each of them; a preview makes them after its pages.
     */
    public static final List<String> WHOLE_SITE = Stream.concat(DataExports.PATHS.stream(),
            Stream.of(SearchIndex.PATH, SiteArchive.PATH)).toList();

    /**
     * A preview's site before the files made from the whole site: its pages and their files, checked.
     *
     * @param result  the build so far; its search index size is 0
     * @param files   path to bytes, every file but those pending
     * @param pending the files {@link #finish} makes
     */
    public record Preview(Result result, Map<String, byte[]> files, java.util.SortedSet<String> pending,
                          java.util.function.Function<java.util.function.BiConsumer<String, byte[]>, Site> finisher) {
        /** Makes the pending files; the site returned is the whole of what {@link #build} would write. */
        public Site finish() {
            return finish((path, bytes) -> { });
        }

        /**
         * As {@link #finish()}, giving each pending file to {@code made} as soon as it is made, from the thread that made
         * it: the search index first, then the data exports, then the zip, which is made from every other file.
         */
        public Site finish(java.util.function.BiConsumer<String, byte[]> made) {
            return finisher.apply(made);
        }
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

    private Site run(Options options, boolean write, Update update) {
        List<StageTime> times = new ArrayList<>();
        InputPaths in = options.inputs();
        Model model = model(options, times, null);
        Dossier dossier = model.dossier();
        Plan plan = plan(options, dossier, times, null);
        Map<String, byte[]> versions = new java.util.concurrent.ConcurrentHashMap<>();
        if (!write) {
            SiteOutput.Memory memory = SiteOutput.inMemory();
            Result result = produce(options, model, dossier, plan, memory, versions, times, null,
                    () -> wholeSite(dossier, memory, versions, false));
            return new Site(result, memory.files());
        }
        // Pages go to disk as they are rendered, so that memory holds the model and not the site.
        try (SiteWriter.Folder folder = open(options.out(), in, update != null)) {
            Result result = produce(options, model, dossier, plan, folder, versions, times, null,
                    () -> wholeSite(dossier, folder, versions, update != null && update.reuseZip()));
            options.progress().stage("write", 0);
            timed("write", times, () -> commit(folder, options.out(), in, update));
            return new Site(result, Map.of());
        } catch (IOException e) {
            throw writeFailure(e, options.out(), in);
        }
    }

    /**
     * The pages of the site, and those the zip of the site holds in another version (see
     * {@link PagePlanner#archived}).
     */
    private record Plan(List<PlannedPage> pages, List<PlannedPage> archived) {
    }

    private Plan plan(Options options, Dossier dossier, List<StageTime> times, Reuse reuse) {
        options.progress().stage("plan", 0);
        PagePlanner planner = new PagePlanner(version);
        return timed("plan", times, () -> new Plan(reuse == null ? planner.plan(dossier) : planner.plan(dossier, reuse.plan()),
                planner.archived(dossier)));
    }

    /**
     * What the pages are made from: the model, and the bytes of the sources, published verbatim. The sources as
     * read and their decoded texts are no longer held once this returns.
     */
    private record Model(Dossier dossier, List<Diagnostic> warnings) {
    }

    private static Model model(Options options, List<StageTime> times, Reuse reuse) {
        Input input = validate(options, times, reuse);
        options.progress().stage("model", 0);
        Dossier dossier = timed("model", times, () -> new Assembler(new MarkdownRenderer())
                .assemble(input, options.inputs(), reuse));
        return new Model(dossier, input.warnings());
    }

    /** Loads and validates; the files as read are not held once this returns, only what validation made of them. */
    private static Input validate(Options options, List<StageTime> times, Reuse reuse) {
        options.progress().stage("load", 0);
        Sources sources = timed("load", times, () -> new SourceLoader(reuse == null ? null : reuse.inputFiles()).load(options.inputs()));
        options.progress().stage("validate", 0);
        return timed("validate", times, () -> new Validator(options.baseUrl(), reuse == null ? null : reuse.validation()).validate(sources));
    }

    /**
     * Renders into {@code out}, and the zip's versions of pages into {@code versions}, then makes the files of
     * {@link #WHOLE_SITE} with {@code wholeSite} (which gives the search index's size), and checks every link, the
     * zip's versions' among them.
     */
    private Result produce(Options options, Model model, Dossier dossier, Plan plan, SiteOutput out,
                           Map<String, byte[]> versions, List<StageTime> times, Reuse reuse, Supplier<Long> wholeSite) {
        InputPaths in = options.inputs();
        Progress progress = options.progress();
        progress.stage("render", plan.pages().size());
        if (reuse != null) {
            reuse.rendering(new Shared(dossier.site(), dossier.entities(), dossier.pages(), version, digests(in.layouts())));
        }
        long searchIndexBytes = timed("render", times, () -> {
            renderPages(plan, versions, dossier, in, progress, out, reuse);
            return wholeSite.get();
        });
        progress.stage("check", 0);
        timed("check", times, () -> checkLinks(out, in.display(options.out()), linkSources(dossier),
                reuse == null ? null : reuse.links(), new LinkChecker.Archive(SiteArchive.PATH, versions, SiteArchive.shown()),
                new LayoutLinks(in.layouts(), in.display(in.layouts()))));
        Map<String, Integer> byKind = new java.util.LinkedHashMap<>();
        plan.pages().forEach(p -> byKind.merge(kindOf(p), 1, Integer::sum));
        return new Result(dossier.documents().size(), plan.pages().size(), out.paths().size(), searchIndexBytes, times,
                model.warnings(), byKind, false);
    }

    private static SiteWriter.Folder open(Path out, InputPaths in, boolean update) {
        try {
            return update ? new SiteWriter().update(out) : new SiteWriter().open(out);
        } catch (IOException e) {
            throw writeFailure(e, out, in);
        }
    }

    /** The failure of a site that cannot be written: {@code build} also says it before it starts, where it can tell. */
    public static BuildFailure writeFailure(IOException e, Path out, InputPaths in) {
        return BuildFailure.of("write", Diagnostic.fileError(in.display(out), "write-failed",
                "cannot write the site: " + e.getMessage(), e instanceof SiteWriter.WriteException
                        ? "give --out a new or empty folder, or the folder of a site this generator built (such as site); nothing was changed"
                        : "check that the folder and the one it is in may be written, and the disk's free space; the previous site, if any, is unchanged"));
    }

    /** The kind of a planned page, for the summary: its layout's name, in the plural. */
    private static String kindOf(PlannedPage page) {
        String layout = page.template().replace(".ftlh", "");
        return switch (layout) {
            case "entity" -> page.path().substring(0, page.path().indexOf('/'));
            case "registry" -> "registers";
            case "home", "timeline", "search", "print", "download", "notfound" -> "other";
            case "section", "signatories" -> "sections"; // the signatory index is one of the four sections
            case "page" -> "pages";
            default -> layout + "s";
        };
    }

    /**
     * What every page is made from besides its own key (see {@link PlannedPage#key}): a preview renders every page
     * again when any of it changes.
     *
     * @param layouts each layout and asset's path and SHA-256
     */
    private record Shared(org.dossier.model.SiteConfig site, List<org.dossier.model.Entity> registry,
                          List<org.dossier.model.MarkdownPage> pages, String version, Map<String, String> layouts) {
    }

    /** Each file's path under the folder and SHA-256; empty when it cannot be read, which the render then reports. */
    private static Map<String, String> digests(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Input.Digest.of(Files.readAllBytes(p)).sha256());
            }
        } catch (IOException | UncheckedIOException e) {
            return Map.of();
        }
        return out;
    }

    /**
     * Renders the pages, and copies the assets and sources, and writes the host files and citations, into {@code out};
     * and renders the zip's versions of pages into {@code versions}.
     */
    private static void renderPages(Plan plan, Map<String, byte[]> versions, Dossier dossier, InputPaths in, Progress progress,
                                    SiteOutput out, Reuse reuse) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            SiteRenderer renderer = new SiteRenderer(in.layouts(), in.display(in.layouts()));
            renderer.render(plan.pages(), diagnostics, progress::advance, out::put, reuse == null ? null : reuse.pages());
            if (!diagnostics.hasErrors()) { // else an error in a layout they share with the site's pages is reported twice
                renderer.render(plan.archived(), diagnostics, () -> { }, versions::put, reuse == null ? null : reuse.archivedPages());
            }
            copyAssets(in, out);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.fileError(in.display(in.layouts()), "unreadable", "cannot read the layouts: " + e.getMessage(),
                    "check that you may read the layouts folder and every file in it (ls -lR layouts shows their permissions; "
                            + "chmod -R u+rX layouts gives you the right), and that none is a link to nothing"));
        }
        dossier.documents().parallelStream().forEach(d -> {
            byte[] source = reuse == null ? copySource(d, in, diagnostics) : reuse.file(d.seedPath(), d, () -> copySource(d, in, diagnostics));
            if (source != null) {
                out.put(d.seedPath(), source);
            }
        });
        diagnostics.throwIfErrors("render");
        new SiteFiles().hostFiles(dossier, plan.pages().stream().map(PlannedPage::path).toList()).forEach(out::put);
        Citations citations = new Citations(dossier.site());
        dossier.documents().parallelStream().forEach(d -> {
            String folder = "documents/" + d.id() + "/";
            Map<String, Supplier<String>> files = Map.of(folder + "cite.bib", () -> citations.bibtex(d),
                    folder + "cite.ris", () -> citations.ris(d), folder + "cite.json", () -> citations.cslJson(d));
            files.forEach((path, text) -> out.put(path, reuse == null ? utf8(text.get()) : reuse.file(path, d, () -> utf8(text.get()))));
        });
        if (reuse != null) {
            reuse.rendered();
        }
    }

    /** Makes the files of {@link #WHOLE_SITE} in a build without reuse; the search index's size. */
    private static long wholeSite(Dossier dossier, SiteOutput out, Map<String, byte[]> versions, boolean reuseZip) {
        renderWholeSite(dossier, out, versions, reuseZip, null);
        return out.size(SearchIndex.PATH);
    }

    /**
     * Writes the files of {@link #WHOLE_SITE} into {@code out}, which holds every other file: the search index first (a
     * preview's search works once it is made), then the data exports, and the zip last, with the zip's
     * {@code versions} of pages.
     */
    private static Void renderWholeSite(Dossier dossier, SiteOutput out, Map<String, byte[]> versions, boolean reuseZip,
                                        Reuse reuse) {
        if (reuse != null) { // a preview's site is in memory, as the memo's blocks are: one array, made at once
            out.put(SearchIndex.PATH, new SearchIndex().bytes(dossier, reuse.searchIndex()));
        } else {
            try (java.io.OutputStream index = out.open(SearchIndex.PATH)) {
                new SearchIndex().write(dossier, index, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        new DataExports().export(dossier, reuse == null ? null : reuse.dataExports()).forEach(out::put);
        Map<String, byte[]> last = reuse == null ? Map.of() : reuse.lastSite();
        SiteArchive archive = new SiteArchive(reuse == null ? null : reuse.zipPieces(), versions);
        try {
            if (last.containsKey(SiteArchive.PATH)) { // a preview's: made in memory, at its exact size
                out.put(SiteArchive.PATH, archive.zip(out, last.get(SiteArchive.PATH),
                        path -> java.util.Arrays.equals(last.get(path), out.read(path))));
                return null;
            }
            try (java.io.OutputStream zip = out.open(SiteArchive.PATH)) {
                if (reuseZip && out instanceof SiteWriter.Folder folder) {
                    archive.zip(out, zip, folder.previous(SiteArchive.PATH), folder::unchanged);
                } else {
                    archive.zip(out, zip);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A document's source, to publish verbatim, read again from disk rather than held in memory since it was loaded;
     * the copy must have the SHA-256 that the pages state, or the build stops. Null when it cannot be published.
     */
    private static byte[] copySource(Document d, InputPaths in, Diagnostics diagnostics) {
        Path file = d.seed().markdown() ? in.base().resolve(d.metadataPath()) : in.seeds().resolve(d.seed().fileName());
        String shown = in.display(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!Input.Digest.of(bytes).sha256().equals(d.seed().sha256())) {
                diagnostics.add(Diagnostic.fileError(shown, "changed-during-build", "the file changed while the site was being built",
                        "build again once it is saved"));
                return null;
            }
            return bytes;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.fileError(shown, "unreadable", "cannot read the file again to publish it: " + e.getMessage(),
                    "build again once it is saved"));
            return null;
        }
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

    private static Void checkLinks(SiteOutput files, String outShown, Map<String, LinkChecker.Source> sources,
                                   LinkChecker.Memo memo, LinkChecker.Archive archive, LinkChecker.Layouts layouts) {
        Diagnostics diagnostics = new Diagnostics();
        new LinkChecker(files, outShown, sources, memo, archive).withLayouts(layouts).check(diagnostics);
        diagnostics.throwIfErrors("check");
        return null;
    }

    private static void copyAssets(InputPaths in, SiteOutput out) throws IOException {
        Path assets = in.layouts().resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = "assets/" + assets.relativize(p).toString().replace('\\', '/');
                try {
                    out.put(name, Files.readAllBytes(p));
                } catch (IOException e) { // its message alone does not say which file
                    throw new IOException(name + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static Void commit(SiteWriter.Folder folder, Path out, InputPaths in, Update update) {
        try {
            if (update != null) {
                update.cache().forget();
            }
            folder.commit();
            return null;
        } catch (IOException e) {
            throw writeFailure(e, out, in);
        }
    }

    private static <T> T timed(String stage, List<StageTime> times, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        times.add(new StageTime(stage, (System.nanoTime() - start) / 1_000_000));
        return result;
    }
}
