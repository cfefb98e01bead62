package org.dossier.diag;

import java.util.List;

/** A stage found errors in the input; carries every diagnostic it collected. */
public final class BuildFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String stage;
    private final transient List<Diagnostic> diagnostics;
    private final int dropped;

    public BuildFailure(String stage, List<Diagnostic> diagnostics, int dropped) {
        super(stage + ": " + diagnostics.size() + " problem(s)", null, false, false);
        this.stage = stage;
        this.diagnostics = List.copyOf(diagnostics);
        this.dropped = dropped;
    }

    public static BuildFailure of(String stage, Diagnostic diagnostic) {
        return new BuildFailure(stage, List.of(diagnostic), 0);
    }

    public String stage() {
        return stage;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count() + dropped;
    }

    /** Every diagnostic as users see it, then a closing count. */
    public String report() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.format());
        }
        if (dropped > 0) {
            out.append("… and ").append(dropped).append(" more not shown\n");
        }
        long errors = errorCount();
        out.append(stage).append(": ").append(errors).append(errors == 1 ? " error" : " errors")
           .append("; nothing was written\n");
        return out.toString();
    }
}
