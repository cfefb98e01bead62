package org.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code dossier} script in the repository's root, which users run: it passes every command to the generator
 * with JVM settings sized to the input, from any folder. Run here with a {@code java} that prints what it is given.
 */
class WrapperScriptTest {
    @TempDir
    Path dir;

    /** A copy of the script beside a jar newer than its sources (so it does not compile), and a java that echoes. */
    private Path install() throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("src/main"));
        Files.createDirectories(repo.resolve("target"));
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Path script = repo.resolve("dossier");
        Files.copy(Path.of("dossier"), script);
        Path jar = repo.resolve("target/dossier.jar");
        Files.writeString(jar, "");
        Instant old = Instant.now().minusSeconds(60);
        for (Path p : new Path[] {repo.resolve("pom.xml"), repo.resolve("src/main")}) {
            Files.setLastModifiedTime(p, FileTime.from(old));
        }
        Path java = dir.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"java $*\"\nexit 7\n");
        java.toFile().setExecutable(true);
        return script;
    }

    private record Run(int code, String out) {
    }

    private Run run(Path script, Path from, String... args) throws Exception {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = script.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(from.toFile()).redirectErrorStream(true);
        builder.environment().remove("DOSSIER_JAVA_OPTS");
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    @Test
    void runsTheGeneratorFromAFolderWithoutContentOrWithAMissingContentFolderSoThatItCanSaySo() throws Exception {
        Path script = install();
        String jar = dir.resolve("repo/target/dossier.jar").toString();
        // outside the repository: no content/ or seeds/ here (the script once stopped silently, with exit code 1)
        assertEquals(new Run(7, "java -Xmx512m -XX:TieredStopAtLevel=1 -jar " + jar + " --help\n"), run(script, dir, "--help"));
        assertEquals(new Run(7, "java -Xmx512m -XX:TieredStopAtLevel=1 -jar " + jar + " build --content nowhere\n"),
                run(script, dir, "build", "--content", "nowhere"));
    }

    @Test
    void givesServeAndCheckTheirLargerHeapAndServeBothCompilers() throws Exception {
        Path script = install();
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.write(content.resolve("big.md"), new byte[40 * 1024 * 1024]); // 40 MiB: above the quick compiler's limit
        String jar = dir.resolve("repo/target/dossier.jar").toString();
        assertEquals(new Run(7, "java -Xmx1600m -jar " + jar + " serve\n"), run(script, dir, "serve"));
        assertEquals(new Run(7, "java -Xmx960m -jar " + jar + " check\n"), run(script, dir, "check"));
        assertEquals(new Run(7, "java -Xmx512m -jar " + jar + " build\n"), run(script, dir, "build"));
    }
}
