package org.dossier.cli;

import org.dossier.testing.FixtureSite;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dossier serve --port 0} on a fixture site, in a thread of the test, with what it prints; closing stops it. */
final class ServeRun implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Serving the site at (http://127\\.0\\.0\\.1:(\\d+)/)");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Thread thread;

    private ServeRun(FixtureSite site) {
        CommandLine cli = Main.configure(new CommandLine(new Main()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> cli.execute("serve", "--port", "0", "--out", site.out().toString(),
                "--content", site.root().resolve("content").toString(), "--seeds", site.root().resolve("seeds").toString(),
                "--layouts", site.root().resolve("layouts").toString()));
        thread.setDaemon(true);
        thread.start();
    }

    static ServeRun start(FixtureSite site) {
        return new ServeRun(site);
    }

    /** Whether it has printed this yet. */
    boolean said(String text) {
        return out.toString().contains(text);
    }

    /** Waits up to 30 s until it has printed this. */
    void awaitSaid(String text) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!said(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("serve did not say \"" + text + "\" in 30 s; it said:\n" + out + err);
            }
            Thread.sleep(50);
        }
    }

    /** The address it serves, http://127.0.0.1:PORT/, once it says it. */
    String address() throws InterruptedException {
        awaitSaid("Serving the site at ");
        Matcher m = SERVING.matcher(out.toString());
        if (!m.find()) {
            throw new AssertionError("serve said: " + out);
        }
        return m.group(1);
    }

    int port() throws InterruptedException {
        String address = address();
        return Integer.parseInt(address.substring("http://127.0.0.1:".length(), address.length() - 1));
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
