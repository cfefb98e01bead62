package org.dossier.source;

import org.dossier.diag.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A file is read again whenever it may have changed, and only then. */
class FileMemoTest {
    @TempDir
    Path dir;

    private final FileMemo memo = new FileMemo();
    private final AtomicInteger reads = new AtomicInteger();

    private FileMemo.Read load(Path file) throws Exception {
        FileMemo.Read read = memo.read(file, f -> {
            reads.incrementAndGet();
            byte[] bytes = Files.readAllBytes(f);
            return new FileMemo.Read(bytes, SourceText.of(f.toString(), new String(bytes, StandardCharsets.UTF_8)));
        });
        memo.loaded();
        return read;
    }

    /** Written an hour ago, as far as its modification time tells. */
    private Path settled(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        return file;
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws Exception {
        Path file = settled("a.yaml", "title: A\n");
        FileMemo.Read first = load(file);
        assertSame(first, load(file));
        assertSame(first, load(file));
        assertEquals(1, reads.get());
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndModificationTimeIsReadAgain() throws Exception {
        Path file = settled("a.yaml", "title: A\n");
        FileTime modified = Files.getLastModifiedTime(file);
        load(file);
        Thread.sleep(20); // the change time moves on
        Files.writeString(file, "title: B\n");
        Files.setLastModifiedTime(file, modified);
        assertEquals("title: B\n", load(file).text().text());
        assertEquals(2, reads.get());
    }

    @Test
    void aFileReplacedByAnotherIsReadAgain() throws Exception {
        Path file = settled("a.yaml", "title: A\n");
        FileTime modified = Files.getLastModifiedTime(file);
        load(file);
        Path other = settled("b.yaml", "title: B\n");
        Files.setLastModifiedTime(other, modified);
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals("title: B\n", load(file).text().text());
    }

    @Test
    void aFileModifiedLessThanTwoSecondsBeforeItWasReadIsReadAgainEachTime() throws Exception {
        Path file = Files.writeString(dir.resolve("a.yaml"), "title: A\n");
        FileMemo.Read first = load(file);
        FileMemo.Read second = load(file);
        assertEquals(2, reads.get());
        assertSame(first, second, "bytes equal to those read before keep the text made of them");
    }

    @Test
    void aFileTheLastLoadDidNotReadIsForgotten() throws Exception {
        Path file = settled("a.yaml", "title: A\n");
        load(file);
        memo.loaded(); // a load that read nothing
        load(file);
        assertEquals(2, reads.get());
    }
}
