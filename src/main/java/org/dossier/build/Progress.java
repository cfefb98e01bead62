package org.dossier.build;

/**
 * What a build reports while it runs, for a progress bar: each stage as it starts, and each page as it is rendered.
 * Calls may come from several threads at once.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void stage(String name, int units) {
        }

        @Override
        public void advance() {
        }
    };

    /** A stage starts; {@code units} is how many times {@link #advance} will be called in it, or 0 when not counted. */
    void stage(String name, int units);

    void advance();
}
