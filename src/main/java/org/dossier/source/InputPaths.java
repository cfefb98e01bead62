package org.dossier.source;

import java.nio.file.Path;

/**
 * Where the inputs are, and the folder that paths in messages are relative to (the repository root).
 */
public record InputPaths(Path content, Path seeds, Path layouts, Path base) {

    public static InputPaths under(Path root) {
        return new InputPaths(root.resolve("content"), root.resolve("seeds"), root.resolve("layouts"), root);
    }

    /**
     * The path as users should read it in a message: relative to the base when inside it, forward slashes; the base
     * itself is ".".
     */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        String shown = shown(base.toAbsolutePath().normalize(), abs, abs);
        return shown.isEmpty() ? "." : shown;
    }

    /**
     * The path as the published site shows it: from the folder that holds the content folder, so that a page never
     * depends on, nor shows, where the build ran or where the dossier is kept.
     */
    public String published(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return shown(content.toAbsolutePath().normalize().getParent(), abs, abs.getFileName());
    }

    /** {@code abs} relative to {@code from} when inside it, else {@code outside}; forward slashes. */
    private static String shown(Path from, Path abs, Path outside) {
        Path shown = from != null && abs.startsWith(from) ? from.relativize(abs) : outside;
        return shown.toString().replace('\\', '/');
    }
}
