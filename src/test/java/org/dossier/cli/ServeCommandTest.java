package org.dossier.cli;

import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The live preview: the same bytes as build, a rebuild on change, errors in the browser until they are fixed. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("timed out waiting for " + what);
    }

    @Test
    void servesTheBuildsBytesRebuildsOnChangeAndShowsErrorsInThePage() throws Exception {
        FixtureSite site = FixtureSite.minimal(dir);
        String[] inputs = {"--content", site.root().resolve("content").toString(), "--seeds", site.root().resolve("seeds").toString(),
                "--layouts", site.root().resolve("layouts").toString()};
        CommandLine build = Main.configure(new CommandLine(new Main()));
        build.setOut(new PrintWriter(new StringWriter()));
        String[] buildArgs = java.util.stream.Stream.concat(java.util.stream.Stream.of("build", "--out", site.out().toString()),
                java.util.Arrays.stream(inputs)).toArray(String[]::new);
        assertEquals(0, build.execute(buildArgs));
        Map<String, byte[]> built = FixtureSite.snapshot(site.out());

        try (ServeRun serve = ServeRun.start(site)) {
            StringWriter out = serve.out;
            StringWriter err = serve.err;
            int port = serve.port();

            for (String path : new String[] {"index.html", "documents/statement/index.html", "assets/style.css", "assets/search-index.js"}) {
                HttpResponse<byte[]> response = get(port, "/" + path);
                assertEquals(200, response.statusCode(), path);
                assertArrayEquals(built.get(path), response.body(), path);
            }
            assertArrayEquals(built.get("index.html"), get(port, "/").body());
            // only this machine's names, and only reading
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) { // as a name pointed at this machine asks
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                assertEquals("HTTP/1.1 403 Forbidden", new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine());
            }
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/index.html"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<byte[]> missing = get(port, "/no/such/page.html");
            assertEquals(404, missing.statusCode());
            // the site's 404 page, as a host shows it, rooted so that its links and style work at any depth
            assertEquals(new String(built.get("404.html"), java.nio.charset.StandardCharsets.UTF_8).replace("<head>", "<head><base href=\"/\">"),
                    new String(missing.body(), java.nio.charset.StandardCharsets.UTF_8));
            String first = new String(get(port, ServeCommand.VERSION_PATH).body());
            await("the warm-up", () -> out.toString().contains("Warmed up in"));
            assertTrue(Pattern.compile("\nWarmed up in [0-9]+\\.[0-9]{2} s \\(2 rebuilds with nothing changed\\): rebuilds after a save are quicker from now on\n")
                    .matcher(out.toString()).find(), out.toString());
            assertEquals(first, new String(get(port, ServeCommand.VERSION_PATH).body()), "the warm-up publishes nothing: open pages do not reload");

            site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("Statement on Cooperation", "Statement on Cooperation, revised"));
            await("the rebuild", () -> !new String(get(port, ServeCommand.VERSION_PATH).body()).equals(first));
            await("the new title", () -> new String(get(port, "/documents/statement/index.html").body()).contains("Statement on Cooperation, revised"));
            // the files made from the whole site after the pages: a request waits for them, and gets the new ones
            Path revised = dir.resolve("revised");
            String[] revisedArgs = java.util.stream.Stream.concat(java.util.stream.Stream.of("build", "--no-cache", "--out", revised.toString()),
                    java.util.Arrays.stream(inputs)).toArray(String[]::new);
            assertEquals(0, build.execute(revisedArgs));
            Map<String, byte[]> rebuilt = FixtureSite.snapshot(revised);
            for (String path : new String[] {"assets/search-index.js", "dossier.zip", "data/documents.json"}) {
                assertArrayEquals(rebuilt.get(path), get(port, "/" + path).body(), path);
            }
            assertTrue(new String(rebuilt.get("assets/search-index.js")).contains("Statement on Cooperation, revised"));
            await("the console's report", () -> out.toString().contains("\nMade the whole site in "));
            assertTrue(Pattern.compile("\nMade the whole site in [0-9]+\\.[0-9]{2} s: assets/search-index\\.js after [0-9]+\\.[0-9]{2} s, "
                    + "data/documents\\.json after [0-9]+\\.[0-9]{2} s, data/organizations\\.json after [0-9]+\\.[0-9]{2} s, "
                    + "data/people\\.json after [0-9]+\\.[0-9]{2} s, data/signatories\\.csv after [0-9]+\\.[0-9]{2} s, "
                    + "dossier\\.zip after [0-9]+\\.[0-9]{2} s\n").matcher(out.toString()).find(), out.toString());

            site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: yesterday"));
            await("the error page", () -> get(port, "/documents/statement/index.html").statusCode() == 500);
            String page = new String(get(port, "/index.html").body());
            assertTrue(page.contains("content/documents/statement.yaml:4:7: error [invalid-date] &quot;yesterday&quot; is not a date")
                    || page.contains("content/documents/statement.yaml:4:7: error [invalid-date] \"yesterday\" is not a date"), page);
            await("the error on the console", () -> err.toString().contains("content/documents/statement.yaml:4:7: error [invalid-date]"));
            // serve writes nothing in any case: the build's "; nothing was written" would suggest it sometimes does
            await("the end of the report", () -> err.toString().contains("serve: every page"));
            assertTrue(err.toString().contains("\nvalidate: 1 error\nserve: every page and file answers with these errors until a build succeeds\n"),
                    err.toString());
            for (String path : new String[] {"/dossier.zip", "/data/documents.json", "/assets/search-index.js", "/assets/style.css"}) {
                assertEquals(500, get(port, path).statusCode(), path + " while the build fails");
            }

            site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC);
            await("the fixed site", () -> get(port, "/documents/statement/index.html").statusCode() == 200);
            assertArrayEquals(built.get("documents/statement/index.html"), get(port, "/documents/statement/index.html").body());

            // a file that changes no page (an editor's swap file): rebuilt, but open pages are not reloaded
            String fixed = new String(get(port, ServeCommand.VERSION_PATH).body());
            int builds = out.toString().split("\nBuilt ", -1).length;
            site.write("content/documents/.statement.yaml.swp", "swap");
            await("the rebuild", () -> out.toString().split("\nBuilt ", -1).length > builds);
            assertTrue(out.toString().contains("; no page changed, so open pages are not reloaded\n"), out.toString());
            assertEquals(fixed, new String(get(port, ServeCommand.VERSION_PATH).body()));

            // a watched folder deleted and made again, as git does when it checks one out: it is watched again
            Path layouts = site.root().resolve("layouts");
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(layouts)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
            await("the error page", () -> get(port, "/documents/statement/index.html").statusCode() == 500);
            FixtureSite.copyTree(Path.of("layouts"), layouts);
            await("the site again", () -> get(port, "/documents/statement/index.html").statusCode() == 200);
            String layout = java.nio.file.Files.readString(layouts.resolve("document.ftlh"));
            site.write("layouts/document.ftlh", layout.replace("</article>", "</article><!-- watched again -->"));
            await("the layout's change", () -> new String(get(port, "/documents/statement/index.html").body()).contains("<!-- watched again -->"));
        }
    }

    @Test
    void aSeedNamedWithPlusOrPercentSignsIsServedAtTheLinkItsPageWrites() throws Exception {
        FixtureSite site = FixtureSite.withSeedNamesToEncode(dir);
        try (ServeRun serve = ServeRun.start(site)) {
            int port = serve.port();
            for (Map.Entry<String, String> seed : FixtureSite.SEED_NAMES_TO_ENCODE.entrySet()) {
                String page = "/documents/" + seed.getKey() + "/index.html";
                String href = org.jsoup.Jsoup.parse(new String(get(port, page).body(), java.nio.charset.StandardCharsets.UTF_8))
                        .selectFirst("a[href^=../../seeds/]").attr("href");
                HttpResponse<byte[]> response = get(port, URI.create(page).resolve(href).getRawPath());
                assertEquals(200, response.statusCode(), href);
                assertArrayEquals(java.nio.file.Files.readAllBytes(site.root().resolve("seeds").resolve(seed.getValue())), response.body(), href);
            }
        }
    }

    @Test
    void startedOnInputsThatFailItWarmsUpOnceTheyBuild() throws Exception {
        FixtureSite site = FixtureSite.minimal(dir).write("content/documents/statement.yaml",
                FixtureSite.GOOD_DOC.replace("date: 2023-12-07", "date: yesterday"));
        try (ServeRun serve = ServeRun.start(site)) {
            serve.address();
            Thread.sleep(500);
            assertTrue(!serve.said("Warmed up in"), serve.out.toString());
            site.write("content/documents/statement.yaml", FixtureSite.GOOD_DOC);
            serve.awaitSaid("Warmed up in");
        }
    }

    @Test
    void aPortInUseOrOutOfRangeIsSaidAtOnceWithWhatToDo() throws Exception {
        FixtureSite site = FixtureSite.minimal(dir);
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        other.start();
        try {
            int busy = other.getAddress().getPort();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.configure(new CommandLine(new Main()));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            String[] inputs = {"--content", site.root().resolve("content").toString(), "--seeds", site.root().resolve("seeds").toString(),
                    "--layouts", site.root().resolve("layouts").toString(), "--out", site.out().toString()};
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("serve", "--port", Integer.toString(busy)),
                    java.util.Arrays.stream(inputs)).toArray(String[]::new);
            assertEquals(2, cli.execute(args));
            assertEquals("serve: cannot listen on 127.0.0.1:" + busy + " (Address already in use)\n"
                    + "  hint: another program, or another dossier serve, uses this port: stop it, or give another with --port"
                    + " (--port 0 picks a free one)\n", err.toString());
            assertEquals("", out.toString(), "said before anything is built");

            StringWriter usage = new StringWriter();
            cli.setErr(new PrintWriter(usage, true));
            args[2] = "70000";
            assertEquals(2, cli.execute(args));
            assertTrue(usage.toString().startsWith("--port must be a port number from 0 to 65535, not 70000\n"), usage.toString());
        } finally {
            other.stop(0);
        }
    }

    @Test
    void ctrlCSaysServeStoppedAndExits130() throws Exception {
        // serve stopped by Ctrl-C ended with no word, where build says it stopped
        FixtureSite site = FixtureSite.minimal(dir);
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--out", site.out().toString(), "--content", site.root().resolve("content").toString(),
                "--seeds", site.root().resolve("seeds").toString(), "--layouts", site.root().resolve("layouts").toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            await("serve to listen", () -> java.nio.file.Files.readString(dir.resolve("out.txt")).contains("Watching "));
            String out = java.nio.file.Files.readString(dir.resolve("out.txt"));
            java.util.regex.Matcher address = Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+/").matcher(out);
            assertTrue(address.find(), out);
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start().waitFor());
            assertTrue(serve.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "serve did not stop");
            assertEquals(130, serve.exitValue());
            String err = java.nio.file.Files.readString(dir.resolve("err.txt")); // after the test classpath's log4j warnings
            assertTrue(err.endsWith("\nserve: stopped; " + address.group() + " no longer answers\n"), err);
        } finally {
            serve.destroyForcibly();
        }
    }
}
