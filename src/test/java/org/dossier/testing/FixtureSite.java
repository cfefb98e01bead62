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
            venue: not stated
            sections: [icc-support]
            topics: [cooperation]
            summary: Japan states that it supports the Court.
            """;

    public static final String GOOD_TOPICS = """
            - id: cooperation
              name: Cooperation
              aliases: []
            """;

    /** A joint letter and the organisations that sign it, for signature tests. */
    public static final String LETTER_SEED = """
            Joint letter

            Dear Minister,

            We call on the government to support the Court.

            [2 Coordinating organizations]

            Rights Watch
            Rights Now

            [4 organizations]

            Women’s Museum(WAM)
            Japan Internatinoal Volunteer Center
            Rights Now
            """;

    public static final String LETTER_DOC = """
            seed: letter.txt
            kind: joint-letter
            title: Joint letter
            date: 2024-05-30
            author: Rights Watch and Rights Now
            on_behalf_of: not stated
            venue: not stated
            addressee: Minister
            sections: [ngo-appeals]
            topics: [cooperation]
            summary: A letter.
            signatures:
              stated_count: 4
              stated_count_as_printed: "4 organizations"
              coordinators:
                - {as_signed: Rights Watch, org: rights-watch}
                - {as_signed: Rights Now, org: rights-now}
              signatories:
                - {as_signed: "Women's Museum(WAM)", org: womens-museum}
                - {as_signed: Japan Internatinoal Volunteer Center, org: jvc}
                - {as_signed: Rights Now, org: rights-now}
            """;

    public static final String ORGANIZATIONS = """
            - id: rights-watch
              name: Rights Watch
              kind: ngo
              aliases: [Rights Watch]
            - id: rights-now
              name: Rights Now
              kind: ngo
              aliases: [Rights Now]
            - id: womens-museum
              name: Women's Museum (WAM)
              kind: ngo
              aliases: ["Women’s Museum(WAM)"]
            - id: jvc
              name: Japan International Volunteer Center
              kind: ngo
              aliases: [Japan Internatinoal Volunteer Center]
              corrections:
                - as_printed: Japan Internatinoal Volunteer Center
                  note: The letter prints "Internatinoal".
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
        site.write("content/topics.yaml", GOOD_TOPICS);
        copyTree(Path.of("layouts"), root.resolve("layouts"));
        return site;
    }

    /** The minimal site plus a signed joint letter and its organisations. */
    public static FixtureSite withLetter(Path root) {
        return minimal(root)
                .write("seeds/letter.txt", LETTER_SEED)
                .write("content/documents/letter.yaml", LETTER_DOC)
                .write("content/organizations.yaml", ORGANIZATIONS);
    }

    /**
     * Seeds named with what a link must percent-encode, by the id of the document that names each: a space and #,
     * an accent and ?, a % (before 20, as if already encoded), and + & ' [ ].
     */
    public static final Map<String, String> SEED_NAMES_TO_ENCODE = Map.of(
            "press-release", "Press release (17 July) #1.txt",
            "communique", "communiqué?.txt",
            "report", "Report%20final.txt",
            "draft", "a+b & c's [draft].txt");

    /** The minimal site plus a document for each of {@link #SEED_NAMES_TO_ENCODE}. */
    public static FixtureSite withSeedNamesToEncode(Path root) {
        FixtureSite site = minimal(root);
        SEED_NAMES_TO_ENCODE.forEach((id, name) -> site
                .write("seeds/" + name, GOOD_SEED.replace("Statement on Cooperation", "Statement " + id))
                .write("content/documents/" + id + ".yaml", GOOD_DOC.replace("seed: a.txt", "seed: \"" + name + "\"")
                        .replace("title: Statement on Cooperation", "title: Statement " + id)));
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
