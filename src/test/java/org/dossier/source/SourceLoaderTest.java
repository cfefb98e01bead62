package org.dossier.source;

import org.dossier.diag.BuildFailure;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What stands where the load stage expects a file or a folder. Each of these was passed over in silence: a registry
 * written as a folder left every person out (and the events' references to them failed, with unrelated suggestions),
 * a file where content/pages/ goes dropped the About page from the site, and a link to nothing left its document out.
 */
class SourceLoaderTest {
    @TempDir
    Path dir;

    private static String failure(FixtureSite site) {
        return assertThrows(BuildFailure.class, () -> new SourceLoader().load(site.inputs())).report();
    }

    @Test
    void aFolderWhereARegistryFileGoesIsReported() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        Files.createDirectories(site.root().resolve("content/people.yaml"));
        assertEquals("""
                content/people.yaml:1:1: error [missing-file] "people.yaml" is a folder, not a file
                  hint: the generator reads a file of this name: move what the folder holds elsewhere, remove the folder, and write the file
                load: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void aFolderWhereTheSiteSettingsGoAreNotSaidToBeMissing() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir).delete("content/site.yaml");
        Files.createDirectories(site.root().resolve("content/site.yaml"));
        assertEquals("""
                content/site.yaml:1:1: error [missing-file] "site.yaml" is a folder, not a file
                  hint: the generator reads a file of this name: move what the folder holds elsewhere, remove the folder, and write the file
                load: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void aFolderNamedAsAMetadataFileIsReported() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        Files.createDirectories(site.root().resolve("content/documents/new-letter.yaml"));
        assertEquals("""
                content/documents/new-letter.yaml:1:1: error [missing-file] "new-letter.yaml" is a folder, not a file, so it is not read
                  hint: a file of this name is read from content/documents/: move what the folder holds elsewhere, and remove or rename the folder
                load: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void aFileWhereThePagesFolderGoesIsReported() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        try (var pages = Files.list(site.root().resolve("content/pages"))) {
            for (Path page : pages.toList()) {
                Files.delete(page);
            }
        }
        site.delete("content/pages").write("content/pages", "---\ntitle: About\n---\nText.\n");
        assertEquals("""
                content/pages:1:1: error [missing-folder] "pages" is a file, not a folder
                  hint: the generator reads the Markdown pages (.md) from a folder of this name: rename the file, make the folder, and put them in it
                load: 1 error; nothing was written
                """, failure(site));
    }

    @Test
    void anInputFolderGivenAsAFileIsNotSaidToBeMissing() {
        FixtureSite site = FixtureSite.minimal(dir).write("notes.txt", "x\n");
        InputPaths given = new InputPaths(site.root().resolve("notes.txt"), site.root().resolve("seeds"),
                site.root().resolve("layouts"), site.root());
        assertEquals("""
                notes.txt:1:1: error [missing-folder] the content folder is a file, not a folder
                  hint: point to the folder with --content, or run the command from the repository root
                load: 1 error; nothing was written
                """, assertThrows(BuildFailure.class, () -> new SourceLoader().load(given)).report());
    }

    @Test
    void aMissingFolderHintNamesItsOption() {
        // the hint said "the matching option", leaving the reader to guess which of three
        FixtureSite site = FixtureSite.minimal(dir);
        InputPaths given = new InputPaths(site.root().resolve("content"), site.root().resolve("no-seeds"),
                site.root().resolve("no-layouts"), site.root());
        assertEquals("""
                no-layouts:1:1: error [missing-folder] the layouts folder does not exist
                  hint: run the command from the repository root, or point to the folder with --layouts
                no-seeds:1:1: error [missing-folder] the seeds folder does not exist
                  hint: run the command from the repository root, or point to the folder with --seeds
                load: 2 errors; nothing was written
                """, assertThrows(BuildFailure.class, () -> new SourceLoader().load(given)).report());
    }

    @Test
    void aLinkToNothingOrALoopOfLinksIsReported() throws IOException {
        FixtureSite site = FixtureSite.minimal(dir);
        Files.createSymbolicLink(site.root().resolve("content/documents/loop.yaml"), Path.of("loop.md"));
        Files.createSymbolicLink(site.root().resolve("content/documents/loop.md"), Path.of("loop.yaml"));
        Files.createSymbolicLink(site.root().resolve("seeds/gone.txt"), Path.of("../elsewhere/gone.txt"));
        assertEquals("""
                content/documents/loop.md:1:1: error [unreadable] cannot read the file: it is a symbolic link to loop.yaml, which leads to no file (the file is missing, or the links go round in a loop)
                  hint: point the link at the file, or replace the link with the file itself, or remove it
                content/documents/loop.yaml:1:1: error [unreadable] cannot read the file: it is a symbolic link to loop.md, which leads to no file (the file is missing, or the links go round in a loop)
                  hint: point the link at the file, or replace the link with the file itself, or remove it
                seeds/gone.txt:1:1: error [unreadable] cannot read the file: it is a symbolic link to ../elsewhere/gone.txt, which leads to no file (the file is missing, or the links go round in a loop)
                  hint: point the link at the file, or replace the link with the file itself, or remove it
                load: 3 errors; nothing was written
                """, failure(site));
    }

    @Test
    void aFileThatMayNotBeReadSaysSoInWords() throws IOException {
        // Java's message was the file's path alone: "cannot read the file: /home/.../statement.yaml"
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
        FixtureSite site = FixtureSite.minimal(dir);
        Path file = site.root().resolve("content/documents/statement.yaml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assertEquals("""
                    content/documents/statement.yaml:1:1: error [unreadable] cannot read the file: permission denied
                      hint: check that you may read it: ls -l shows its permissions, and chmod u+r gives you the right to read it
                    load: 1 error; nothing was written
                    """, failure(site));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
