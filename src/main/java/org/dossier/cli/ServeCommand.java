package org.dossier.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dossier.build.Pipeline;
import org.dossier.build.Reuse;
import org.dossier.diag.BuildFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code dossier serve}: a local preview. Builds the site in memory, serves it on 127.0.0.1, watches content/,
 * layouts/ and seeds/, rebuilds on every change and makes open pages reload. A rebuild keeps, from the build before,
 * every document whose inputs did not change, with its page and files (see {@link Reuse}). The bytes served are the
 * bytes {@code build} writes; nothing is written to disk. When a build fails, every address answers with its errors,
 * which are also printed on the console, until a build succeeds: the last good site is not served meanwhile.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site at http://127.0.0.1:PORT/, rebuilding and reloading open pages on every change. "
                + "The site is built in memory: nothing is written.")
final class ServeCommand implements Callable<Integer> {
    static final String VERSION_PATH = "/__dossier/version";
    /** Marks every answer of the preview, so that a page asks for {@link #VERSION_PATH} only here (see search.js). */
    static final String SERVED_BY = "X-Dossier-Serve";

    @CommandLine.Mixin
    InputOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "serve neither writes nor reads DIR (the site it serves is built in memory): DIR only names "
                    + "the pages in messages, as DIR/index.html, so that they read as the build's (default: ${DEFAULT-VALUE})")
    void out(Path dir) {
        options.out = dir;
    }

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "the port to listen on, on 127.0.0.1 only: 1 to 65535, or 0 for a free one, which serve "
                    + "prints (default: ${DEFAULT-VALUE})")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The current state: the last good site, or the report of the last failed build, and the build's number.
     *
     * @param pending the files the build is still making (see {@link Pipeline#WHOLE_SITE}), each given by its future
     *                as soon as it is made
     */
    private record State(Map<String, byte[]> files, Map<String, CompletableFuture<byte[]>> pending, String failure, int version) {
    }

    private volatile State state = new State(Map.of(), Map.of(), "", 0);

    /** What each build keeps for the next, so that a change rebuilds only what it touches. */
    private final Reuse reuse = new Reuse();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be a port number from 0 to 65535, not " + port);
        }
        HttpServer server; // before the first build, which can take a while: a port in use is said at once
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (java.net.BindException e) {
            err.println("serve: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")");
            err.println("  hint: another program, or another dossier serve, uses this port: stop it, or give another with --port (--port 0 picks a free one)");
            err.flush();
            return 2;
        }
        rebuild(out, err);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        out.println("Serving the site at http://127.0.0.1:" + server.getAddress().getPort() + "/ (Ctrl-C stops)");
        out.println("Watching " + String.join(", ", options.inputs().display(options.content), options.inputs().display(options.layouts),
                options.inputs().display(options.seeds)) + " for changes");
        out.flush();
        // Ctrl-C ends Java with no word (and exit 130, as a shell gives it): this says serve stopped
        String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        Thread stopped = new Thread(() -> {
            err.println("\nserve: stopped; " + address + " no longer answers");
            err.flush();
        }, "dossier: serve stopped");
        Runtime.getRuntime().addShutdownHook(stopped);
        List<Path> roots = Stream.of(options.content, options.layouts, options.seeds).map(p -> p.toAbsolutePath().normalize()).toList();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            // The folders that hold the watched ones are watched too, for those only: a watched folder deleted and
            // made again (as git does when it checks one out) is then watched again.
            java.util.Set<Path> holders = new java.util.HashSet<>();
            for (Path root : roots) {
                register(watcher, root);
                if (root.getParent() != null && holders.add(root.getParent()) && Files.isDirectory(root.getParent())) {
                    root.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
            warmUp(out);
            while (true) {
                WatchKey key = watcher.take();
                // let a burst of saves (an editor writes a file in several steps) settle into one rebuild
                TimeUnit.MILLISECONDS.sleep(150);
                boolean changed = false;
                do {
                    for (var event : key.pollEvents()) {
                        if (!(key.watchable() instanceof Path dir)) {
                            continue;
                        }
                        Path path = event.context() instanceof Path p ? dir.resolve(p) : dir;
                        boolean holder = holders.contains(dir) && !roots.contains(dir);
                        if (holder && !roots.contains(path)) {
                            continue; // another file beside a watched folder
                        }
                        changed = true;
                        if (Files.isDirectory(path)) {
                            register(watcher, path);
                        }
                    }
                    key.reset();
                } while ((key = watcher.poll()) != null);
                if (changed) {
                    rebuild(out, err);
                    if (!warmedUp) {
                        warmUp(out); // serve started on inputs that failed: warmed up once they build
                    }
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            return 0;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopped);
            } catch (IllegalStateException e) {
                // stopping already: the hook says so
            }
            server.stop(0);
        }
    }

    private static void register(WatchService watcher, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /** How many rebuilds with nothing changed {@link #warmUp} runs. */
    static final int WARM_UPS = 2;

    /** Whether {@link #warmUp} has run. */
    private boolean warmedUp;

    /**
     * Runs the rebuild {@link #WARM_UPS} times with nothing changed, once the site is served and the folders watched,
     * so that Java has compiled the rebuild's code before the first save: without it, the first rebuilds after a save
     * take up to twice as long as the next. The last makes one document again as an edit to it would (see
     * {@link Reuse#forgetOneDocument}), so that the code an edit runs is compiled too. What it makes is the site already
     * served, so nothing is published. A save meanwhile is rebuilt as usual once it is done: the watcher holds its
     * events. When serve starts on inputs that do not build, this runs after the first rebuild that succeeds.
     */
    private void warmUp(PrintWriter out) {
        if (!state.failure().isEmpty()) {
            return;
        }
        warmedUp = true;
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UPS; i++) {
            if (i == WARM_UPS - 1) {
                reuse.forgetOneDocument(); // made again as after an edit, with the same bytes: the code an edit runs
            }
            try {
                new Pipeline(Main.version()).preview(options.pipelineOptions(), reuse).finish();
            } catch (RuntimeException e) {
                return; // an input changed meanwhile and no longer builds: the rebuild the watcher asks for reports it
            }
        }
        out.println(String.format(Locale.ROOT, "Warmed up in %.2f s (%d rebuilds with nothing changed): rebuilds after a save are quicker from now on",
                (System.nanoTime() - start) / 1e9, WARM_UPS));
        out.flush();
    }

    /**
     * Builds, and serves the pages as soon as they are made and checked, which reloads open pages; then makes the files
     * made from the whole site (search index, data exports, zip) and serves each as soon as it is made: a request for
     * one of them waits until then.
     */
    private void rebuild(PrintWriter out, PrintWriter err) {
        State last = state;
        int next = last.version() + 1;
        Pipeline.Preview preview;
        try {
            preview = new Pipeline(Main.version()).preview(options.pipelineOptions(), reuse);
        } catch (BuildFailure failure) {
            // nothing of the last good site is served while a build fails: it need not be held either
            String report = failure.report().replace("; nothing was written", ""); // serve writes nothing, ever
            state = new State(Map.of(), Map.of(), report, next);
            err.print(report);
            err.println("serve: every page and file answers with these errors until a build succeeds");
            err.flush();
            return;
        }
        boolean samePages = last.failure().isEmpty() && samePages(last.files(), preview.files(), preview.pending());
        if (samePages) {
            next = last.version(); // open pages are not reloaded: nothing they show changed (an editor's swap file...)
        }
        Map<String, CompletableFuture<byte[]>> pending = new java.util.HashMap<>();
        preview.pending().forEach(path -> pending.put(path, new CompletableFuture<>()));
        state = new State(preview.files(), Map.copyOf(pending), "", next);
        BuildCommand.printWarnings(preview.result(), err);
        out.println(String.format(Locale.ROOT, "Built %d pages in %.2f s (%s); %s%s", preview.result().pages(),
                preview.result().totalMillis() / 1000.0, BuildCommand.stages(preview.result()), reuse.counts().describe(),
                samePages ? "; no page changed, so open pages are not reloaded" : ""));
        out.flush();
        long start = System.nanoTime();
        java.util.List<String> made = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try {
            Map<String, byte[]> files = preview.finish((path, bytes) -> {
                CompletableFuture<byte[]> file = pending.get(path);
                if (file != null) {
                    made.add(String.format(Locale.ROOT, "%s after %.2f s", path, (System.nanoTime() - start) / 1e9));
                    file.complete(bytes);
                }
            }).files();
            pending.forEach((path, file) -> file.complete(files.get(path)));
            state = new State(files, Map.of(), "", next);
            out.println(String.format(Locale.ROOT, "Made the whole site in %.2f s: %s",
                    (System.nanoTime() - start) / 1e9, String.join(", ", made)));
        } catch (RuntimeException e) {
            pending.values().forEach(file -> file.completeExceptionally(e));
            err.println("serve: could not make " + String.join(", ", preview.pending()) + ": " + e);
            err.flush();
        }
        out.flush();
    }

    /**
     * Whether the pages and files of a preview are those of the last site, leaving out the files still to be made: a
     * file made again with the same bytes keeps its array (see {@link Reuse}), so most are compared by identity.
     */
    static boolean samePages(Map<String, byte[]> last, Map<String, byte[]> now, java.util.Set<String> pending) {
        long lastPages = last.keySet().stream().filter(path -> !pending.contains(path)).count();
        if (lastPages != now.size()) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : now.entrySet()) {
            byte[] was = last.get(e.getKey());
            if (was != e.getValue() && (was == null || !java.util.Arrays.equals(was, e.getValue()))) {
                return false;
            }
        }
        return true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // a page of another site, whose name was pointed at this machine, must not read the preview
                send(exchange, 403, "text/plain; charset=utf-8",
                        "dossier serve answers only at http://127.0.0.1 and http://localhost\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "a preview is only read\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            State now = state;
            // decoded as a path: a + is a plus (as in a seed named a+b.txt), not a space as in a form
            String path = exchange.getRequestURI().getPath();
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", Integer.toString(now.version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String file = path.startsWith("/") ? path.substring(1) : path;
            if (file.isEmpty() || file.endsWith("/")) {
                file += "index.html";
            }
            // Nothing of the last good site is served while a build fails, not even its zip or data: none of it is
            // what the files now make, and an error page is the one answer that cannot be taken for the site.
            if (!now.failure().isEmpty()) {
                send(exchange, 500, "text/html; charset=utf-8", errorPage(now).getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = now.pending().containsKey(file) ? made(now.pending().get(file)) : now.files().get(file);
            if (body == null && now.pending().containsKey(file)) {
                send(exchange, 500, "text/plain; charset=utf-8", ("serve: could not make " + file + "; see the console")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (body == null) {
                byte[] notFound = now.files().get("404.html");
                send(exchange, 404, "text/html; charset=utf-8",
                        notFound == null ? "Not found".getBytes(StandardCharsets.UTF_8) : rootedNotFound(notFound));
                return;
            }
            send(exchange, 200, contentType(file), body);
        }
    }

    /** Whether a request's Host names this machine's loopback: 127.0.0.1 or localhost, with any port. */
    static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d*$", "");
        return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost") || name.equals("[::1]");
    }

    /**
     * The site's 404 page, as a host shows it at any address, with a {@code <base href="/">} so that its relative links
     * (written for the site's root) work at any depth: styled, with working links, and reloading when the page
     * appears (as when a document being renamed is saved). No file of the site is served other than as built.
     */
    static byte[] rootedNotFound(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int head = html.indexOf("<head>");
        return head < 0 ? page
                : (html.substring(0, head + 6) + "<base href=\"/\">" + html.substring(head + 6)).getBytes(StandardCharsets.UTF_8);
    }

    /** A file being made from the whole site, once made; null if making it failed. */
    private static byte[] made(CompletableFuture<byte[]> file) {
        try {
            return file.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set(SERVED_BY, "preview");
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    static String contentType(String file) {
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "xml" -> "application/xml; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "txt", "md", "bib", "ris" -> "text/plain; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }

    /** The failed build's report, escaped, on a page that reloads itself when the next build is done. */
    static String errorPage(State state) {
        String report = state.failure().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed · dossier serve</title>"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}pre{white-space:pre-wrap;"
                + "background:#fff4f4;border-left:4px solid #b00020;padding:1rem;overflow:auto}</style></head><body>"
                + "<h1>The build failed</h1><p>Correct the files named below and save: this page reloads when a build succeeds. "
                + "The last good site is not shown while there are errors.</p><pre>" + report + "</pre>"
                + "<script>(function(){var v='" + state.version() + "';function p(){fetch('" + VERSION_PATH
                + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){if(t!==v){location.reload();}"
                + "else{setTimeout(p,700);}}).catch(function(){setTimeout(p,2000);});}p();})();</script></body></html>\n";
    }
}
