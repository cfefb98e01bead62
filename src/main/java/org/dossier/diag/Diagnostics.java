package org.dossier.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the diagnostics of one stage, up to a cap, so that a user sees them all at once. */
public final class Diagnostics {
    public static final int CAP = 200;

    private final List<Diagnostic> items = new ArrayList<>();
    private int dropped;

    public synchronized void add(Diagnostic diagnostic) {
        if (items.size() < CAP) {
            items.add(diagnostic);
        } else {
            dropped++;
        }
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    /** Adds another stage's or part's diagnostics, counting those it dropped as dropped here. */
    public void addAll(Diagnostics other) {
        List<Diagnostic> theirs = other.sorted();
        int theirsDropped = other.dropped();
        synchronized (this) {
            addAll(theirs);
            dropped += theirsDropped;
        }
    }

    public synchronized boolean hasErrors() {
        return dropped > 0 || items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    public synchronized int dropped() {
        return dropped;
    }

    /** Ends the stage: throws if any error was collected. */
    public void throwIfErrors(String stage) {
        if (hasErrors()) {
            throw new BuildFailure(stage, sorted(), dropped());
        }
    }
}
