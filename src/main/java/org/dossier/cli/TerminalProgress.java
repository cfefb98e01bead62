package org.dossier.cli;

import org.dossier.build.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on the terminal, drawn on one line of standard error and redrawn in place. It appears only once a
 * build has run for {@link #DELAY_NANOS} (a quick build shows none), and never when standard error is not a
 * terminal, so that logs and pipes get no control characters.
 */
final class TerminalProgress implements Progress {
    static final long DELAY_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int units;
    private long lastDrawn;
    private boolean drawn;

    private TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    /** A bar on {@code err} when the process runs on a terminal, else nothing. */
    static Progress forTerminal(PrintWriter err) {
        return System.console() != null && !"dumb".equals(System.getenv("TERM")) ? new TerminalProgress(err) : Progress.NONE;
    }

    @Override
    public void stage(String name, int units) {
        this.stage = name;
        this.units = units;
        done.set(0);
        draw(true);
    }

    @Override
    public void advance() {
        done.incrementAndGet();
        draw(false);
    }

    private synchronized void draw(boolean force) {
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || (!force && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        int n = done.get();
        String bar;
        if (units > 0) {
            int filled = (int) ((long) WIDTH * Math.min(n, units) / units);
            bar = String.format(Locale.ROOT, "[%s%s] %-8s %,d/%,d pages", "#".repeat(filled), ".".repeat(WIDTH - filled), stage, n, units);
        } else {
            bar = String.format(Locale.ROOT, "[%s] %-8s", " ".repeat(WIDTH), stage);
        }
        out.print("\r" + bar + " ".repeat(Math.max(0, 60 - bar.length())));
        out.flush();
    }

    /** Clears the bar's line, so that the summary starts on a clean one. */
    synchronized void finish() {
        if (drawn) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }
}
