package org.dossier.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a build puts the files of the site as it produces them: a folder being written (see {@link SiteWriter}),
 * so that memory holds the model and not the site, or memory, for checks and the preview server. Safe to use from
 * the threads that render pages.
 */
public interface SiteOutput {

    /** Adds a file; the path is site-relative with forward slashes. */
    void put(String path, byte[] bytes);

    /** Adds a file written as a stream, for files too large to hold (the zip); it is added when the stream closes. */
    OutputStream open(String path) throws IOException;

    /** The bytes of a file already added. */
    byte[] read(String path);

    boolean has(String path);

    /** Every path added so far, sorted. */
    SortedSet<String> paths();

    /** The size in bytes of a file already added. */
    long size(String path);

    /** A site held in memory. */
    static Memory inMemory() {
        return new Memory();
    }

    /** A site held in memory; {@link #files} gives it whole. */
    final class Memory implements SiteOutput {
        private final Map<String, byte[]> files = new ConcurrentHashMap<>();

        @Override
        public void put(String path, byte[] bytes) {
            files.put(path, bytes);
        }

        @Override
        public OutputStream open(String path) {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    files.put(path, toByteArray());
                }
            };
        }

        @Override
        public byte[] read(String path) {
            return files.get(path);
        }

        @Override
        public boolean has(String path) {
            return files.containsKey(path);
        }

        @Override
        public SortedSet<String> paths() {
            return new TreeSet<>(files.keySet());
        }

        @Override
        public long size(String path) {
            return files.get(path).length;
        }

        /** Path to bytes, sorted by path. */
        public Map<String, byte[]> files() {
            return new java.util.TreeMap<>(files);
        }
    }
}
