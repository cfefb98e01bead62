package org.dossier.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.source.Input;
import org.dossier.source.InputPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the last successful build read and wrote, kept in a folder of its own (by default {@code .dossier-cache/}
 * beside the site, which git ignores), so that a build can tell what changed.
 *
 * <p>The key of a build is a SHA-256 over the content of every file under content/, seeds/ and layouts/ (read and
 * hashed on every build: a file's size and time are never trusted to mean it is unchanged), the build's settings,
 * the folders it reads and writes, the Java runtime, and the generator's own code. When the key and the site on
 * disk are as the last build left them, there is nothing to do. Otherwise the site is built again, and only the
 * files whose bytes changed are written; the zip reuses the compressed entries of unchanged files.
 */
final class BuildCache {
    /** Bumped when the cache's own format changes; an older manifest is then ignored. */
    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    /** A file's size and modification time, as the last build saw it, in nanoseconds since the epoch. */
    record FileState(long size, long modified) {
        static FileState of(BasicFileAttributes a) {
            return new FileState(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
    }

    /**
     * @param key     the build key (see the class comment)
     * @param site    the absolute path of the site folder written
     * @param generator the generator's identity, so that compressed zip entries are reused only from the same code
     * @param outputs every file of the site, by site path, as it was left on disk
     * @param result    what the build reported, to report again when nothing changed
     */
    record Manifest(int format, String key, String generator, String site, Map<String, FileState> outputs,
                    Pipeline.Result result) {
    }

    BuildCache(Path dir) {
        this.dir = dir;
    }

    /** The default cache folder of a site folder: .dossier-cache beside it. */
    static Path beside(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        return parent.resolve(".dossier-cache");
    }

    /** The manifest of the last successful build, if there is a readable one of this format. */
    Optional<Manifest> manifest() {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Manifest m = JSON.readValue(file.toFile(), Manifest.class);
            return m.format() == FORMAT && m.key() != null && m.outputs() != null && m.result() != null
                    ? Optional.of(m) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // a damaged cache is no cache: the build is then a full one
        }
    }

    /** Forgets the last build: done before the site folder is changed, so that an interrupted write leaves no valid cache. */
    void forget() throws IOException {
        Files.deleteIfExists(dir.resolve(MANIFEST));
    }

    void save(String key, String generator, Path site, Pipeline.Result result) throws IOException {
        Map<String, FileState> outputs = snapshot(site);
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "manifest", ".tmp");
        JSON.writeValue(temp.toFile(), new Manifest(FORMAT, key, generator, site.toAbsolutePath().normalize().toString(), outputs, result));
        Files.move(temp, dir.resolve(MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether the site folder holds exactly the files the manifest lists, each with its recorded size and time. */
    static boolean intact(Manifest manifest, Path site) {
        if (!Files.isDirectory(site) || !site.toAbsolutePath().normalize().toString().equals(manifest.site())) {
            return false;
        }
        try {
            return snapshot(site).equals(manifest.outputs());
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, FileState> snapshot(Path site) throws IOException {
        Map<String, FileState> out = new TreeMap<>();
        Files.walkFileTree(site, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                out.put(site.relativize(file).toString().replace('\\', '/'), FileState.of(attrs));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /**
     * The key of a build of these inputs with these settings.
     *
     * @param generator what identifies the generator's code (see {@link #generatorIdentity})
     */
    static String key(InputPaths in, Path out, String baseUrl, String generator) {
        List<Path> files = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Path root : List.of(in.content(), in.seeds(), in.layouts())) {
            if (Files.isDirectory(root)) {
                // A folder, a link to nothing or a folder that cannot be read where a file is read is an error the
                // build reports: each counts too, so that the build is not found up to date and runs to report it.
                try {
                    Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                            others.add(dir.toAbsolutePath().normalize() + "\tfolder");
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (Files.isRegularFile(file)) {
                                files.add(file);
                            } else {
                                others.add(file.toAbsolutePath().normalize() + (Files.isDirectory(file) ? "\tfolder" : "\tnot a file"));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                            others.add(file.toAbsolutePath().normalize() + "\tunreadable");
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Map<String, String> hashes = new java.util.concurrent.ConcurrentSkipListMap<>();
        files.parallelStream().forEach(f -> {
            try {
                hashes.put(f.toAbsolutePath().normalize().toString(), Input.Digest.of(Files.readAllBytes(f)).sha256());
            } catch (IOException e) {
                hashes.put(f.toAbsolutePath().normalize().toString(), "unreadable");
            }
        });
        MessageDigest digest = sha256();
        line(digest, "format " + FORMAT);
        line(digest, "generator " + generator);
        line(digest, "java " + Runtime.version() + " " + System.getProperty("java.vendor", ""));
        line(digest, "base " + in.base().toAbsolutePath().normalize());
        line(digest, "content " + in.content().toAbsolutePath().normalize());
        line(digest, "seeds " + in.seeds().toAbsolutePath().normalize());
        line(digest, "layouts " + in.layouts().toAbsolutePath().normalize());
        line(digest, "out " + out.toAbsolutePath().normalize());
        line(digest, "base-url " + baseUrl);
        hashes.forEach((path, hash) -> line(digest, path + "\t" + hash));
        others.stream().sorted().forEach(o -> line(digest, o));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The generator's version and a SHA-256 of its code (the jar, or every class file when it runs from a folder),
     * so that a changed generator never reuses what an older one built, even under the same version number.
     */
    static String generatorIdentity(String version) {
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = sha256();
            if (Files.isRegularFile(code)) {
                try (InputStream in = Files.newInputStream(code)) {
                    digest.update(in.readAllBytes());
                }
            } else {
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        line(digest, code.relativize(p).toString());
                        digest.update(Files.readAllBytes(p));
                    }
                }
            }
            return version + " " + HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + " unknown-code-" + System.nanoTime(); // unknown code: never matches, so never reuses
        }
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
