package org.dossier.testing;

import org.dossier.build.Pipeline;
import org.dossier.source.InputPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small site written inline by a test: content, seeds, and the repository's own layouts (or test ones).
 * Paths in diagnostics are relative to the fixture's root, as they are to the repository root in real use.
 */
public final class FixtureSite {
    public static final String GOOD_SITE = """
            title: Test Dossier
            description: A dossier for tests.
            language: en
            """;

    public static final String GOOD_SEED = """
            Statement on Cooperation

            Japan supports the Court. It hosts an institute in Tokyo.

            Thank you.
            """;

    public static final String GOOD_DOC = """
            seed: a.txt
            kind: statement
            title: Statement on Cooperation
            date: 2023-12-07
            author: not stated
            on_behalf_of: Japan
            forum: not stated
            sections: [icc-support]
            topics: [Cooperation]
            summary: Japan states that it supports the Court.
            """;

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** A minimal valid site: settings, one seed, one document, an about page, the repository's layouts. */
    public static FixtureSite minimal(Path root) {
        FixtureSite site = new FixtureSite(root);
        site.write("content/site.yaml", GOOD_SITE);
        site.write("seeds/a.txt", GOOD_SEED);
        site.write("content/documents/statement.yaml", GOOD_DOC);
        site.write("content/pages/about.md", "---\ntitle: About\n---\nAbout [home](index.html).\n");
        copyTree(Path.of("layouts"), root.resolve("layouts"));
        return site;
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site");
    }

    public FixtureSite write(String path, String text) {
        return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureSite writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputPaths inputs() {
        return InputPaths.under(root);
    }

    public Pipeline.Result build() {
        return new Pipeline("test").build(new Pipeline.Options(inputs(), out()));
    }

    /** Every file under a folder, path to bytes, for comparing whole sites. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
