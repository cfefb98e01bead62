package org.dossier.source;

import org.dossier.diag.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The input files the last load read, kept for the next load of the same inputs (the preview), so that a file that
 * did not change is neither read nor decoded again. A file is taken as unchanged when its size, modification time,
 * change time and inode are those it had when it was read, as git and make take it, and when it was last modified
 * more than {@link #SETTLED_MILLIS} before it was read: a file written twice within the file system's clock tick
 * keeps its modification time, so a recent one is read again. A file read again whose bytes are those read before
 * keeps the text made of them, the same object, so that what later stages keep for that text still applies.
 */
public final class FileMemo {
    static final long SETTLED_MILLIS = 2_000;

    /** What the file system says of a file; equal stamps mean an unchanged file, unless it was modified recently. */
    private record Stamp(long size, java.nio.file.attribute.FileTime modified, java.nio.file.attribute.FileTime changed, Object inode) {
    }

    /** A file as read: its bytes, and its text when it is strict UTF-8 text (null otherwise). */
    record Read(byte[] bytes, SourceText text) {
    }

    private record Entry(Stamp stamp, boolean settled, Read read) {
    }

    private final Map<Path, Entry> files = new ConcurrentHashMap<>();
    private final Map<Path, Entry> next = new ConcurrentHashMap<>();

    /**
     * The file as the last load read it when unchanged since, otherwise as {@code read} reads it now; null when
     * {@code read} gives null (the file could not be read or decoded, which it has reported).
     */
    Read read(Path file, Reader read) throws IOException {
        Stamp stamp = stamp(file);
        Entry was = stamp == null ? null : files.get(file);
        if (was != null && was.settled() && was.stamp().equals(stamp)) {
            next.put(file, was);
            return was.read();
        }
        long readAt = System.currentTimeMillis();
        Read now = read.read(file);
        if (now == null || stamp == null) {
            return now;
        }
        if (was != null && Arrays.equals(was.read().bytes(), now.bytes())) {
            now = was.read();
        }
        next.put(file, new Entry(stamp, stamp.modified().toMillis() < readAt - SETTLED_MILLIS, now));
        return now;
    }

    /** Ends a load: files it did not read are forgotten. */
    void loaded() {
        files.clear();
        files.putAll(next);
        next.clear();
    }

    /** Null when the file system does not tell a file's change time and inode: the file is then always read. */
    private static Stamp stamp(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
            return new Stamp((Long) a.get("size"), (java.nio.file.attribute.FileTime) a.get("lastModifiedTime"),
                    (java.nio.file.attribute.FileTime) a.get("ctime"), a.get("dev") + ":" + a.get("ino"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    @FunctionalInterface
    interface Reader {
        Read read(Path file) throws IOException;
    }
}
