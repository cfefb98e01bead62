package org.dossier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A site's zip unzipped into a folder, as a reader unzips it to read offline. */
public final class Unzipped {
    private Unzipped() {
    }

    /**
     * Unzips the site's dossier.zip into {@code folder}; the folder the zip made there, which holds the site.
     *
     * @param site a built site
     */
    public static Path copyOf(Path site, Path folder) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(site.resolve("dossier.zip")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path file = folder.resolve(e.getName()).normalize();
                if (!file.startsWith(folder)) {
                    throw new IllegalStateException("the zip writes outside its folder: " + e.getName());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve("dossier");
    }
}
