package org.dossier.source;

import java.nio.file.Path;

/**
 * Where the inputs are, and the folder that paths in messages are relative to (the repository root).
 */
public record InputPaths(Path content, Path seeds, Path layouts, Path base) {

    public static InputPaths under(Path root) {
        return new InputPaths(root.resolve("content"), root.resolve("seeds"), root.resolve("layouts"), root);
    }

    /** The path as users should read it in a message: relative to the base when inside it, forward slashes. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path baseAbs = base.toAbsolutePath().normalize();
        Path shown = abs.startsWith(baseAbs) ? baseAbs.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /**
     * The path as the published site shows it: from the folder that holds the content folder, so that a page never
     * depends on, nor shows, where the build ran or where the dossier is kept.
     */
    public String published(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path holder = content.toAbsolutePath().normalize().getParent();
        Path shown = holder != null && abs.startsWith(holder) ? holder.relativize(abs) : abs.getFileName();
        return shown.toString().replace('\\', '/');
    }
}
