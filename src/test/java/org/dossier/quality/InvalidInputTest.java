package org.dossier.quality;

import org.dossier.diag.BuildFailure;
import org.dossier.testing.FixtureSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.dossier.testing.Snapshots.assertSameSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A corpus of bad input, one folder per case under src/test/resources/invalid/. Each case is laid over a small valid
 * site (with a signed letter) that has been built once; the build must fail with exactly the diagnostics in the
 * case's expected.txt, and leave the previous site byte for byte as it was, with no temporary folder behind.
 * A GENERATE file makes a large file at test time ("path bytes") rather than keeping it in the repository.
 */
class InvalidInputTest {
    private static final Path CASES = Path.of("src/test/resources/invalid");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void failsWithTheExpectedDiagnosticsAndWritesNothing(String name) throws IOException {
        Path source = CASES.resolve(name);
        FixtureSite site = FixtureSite.withLetter(dir);
        site.build();
        Map<String, byte[]> before = FixtureSite.snapshot(site.out());

        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                if (relative.equals("expected.txt")) {
                    continue;
                }
                if (relative.equals("GENERATE")) {
                    for (String line : Files.readAllLines(file)) {
                        String[] parts = line.split(" ");
                        generate(site.root().resolve(parts[0]), Long.parseLong(parts[1]));
                    }
                    continue;
                }
                site.writeBytes(relative, Files.readAllBytes(file));
            }
        }

        BuildFailure failure = assertThrows(BuildFailure.class, site::build);
        String report = failure.report();
        Path expected = source.resolve("expected.txt");
        if (System.getenv("RECORD_INVALID") != null) {
            Files.writeString(expected, report);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), report, name);
        assertSameSite(before, FixtureSite.snapshot(site.out()), name + ": the previous site");
        try (Stream<Path> list = Files.list(site.root())) {
            assertEquals(List.of(), list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).toList(),
                    name + ": temporary folders left behind");
        }
    }

    private static void generate(Path file, long bytes) throws IOException {
        byte[] chunk = "Japan supports the Court. ".repeat(4096).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
            }
        }
    }
}
