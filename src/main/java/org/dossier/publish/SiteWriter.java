package org.dossier.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a site atomically: everything goes to a temporary folder beside the target, which replaces the target
 * only once every file is written. A failure leaves the previous site exactly as it was.
 */
public final class SiteWriter {

    /** Thrown when the target folder must not be replaced, or the write failed. */
    public static final class WriteException extends IOException {
        private static final long serialVersionUID = 1L;

        public WriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param files site-relative path (forward slashes) to content
     * @param out   the site folder to create or replace
     */
    public void write(Map<String, byte[]> files, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new WriteException("refusing to write the site to the file system root", null);
        }
        if (Files.exists(target) && !looksLikeSite(target)) {
            throw new WriteException("refusing to replace " + out + ": it is not empty and has no index.html, so it does not look like a built site", null);
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path temp = Files.createTempDirectory(parent, "." + name + ".tmp-");
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = temp.resolve(e.getKey()).normalize();
                if (!file.startsWith(temp)) {
                    throw new WriteException("refusing to write " + e.getKey() + ": it is outside the site folder", null);
                }
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            swap(temp, target, parent, name);
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private static void swap(Path temp, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    private static boolean looksLikeSite(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty() || Files.isRegularFile(dir.resolve("index.html"));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
