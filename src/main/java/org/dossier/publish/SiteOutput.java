package org.dossier.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
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
    java.util.List<String> paths();

    /** The size in bytes of a file already added. */
    long size(String path);

    /** Gives each file added so far with its bytes, and each file declared but not yet added with null, in no order. */
    default void forEachFile(java.util.function.BiConsumer<String, byte[]> action) {
        for (String path : paths()) {
            action.accept(path, read(path));
        }
    }

    /** A site held in memory. */
    static Memory inMemory() {
        return new Memory(java.util.List.of());
    }

    /**
     * A site held in memory that will likely have the paths of the last site made: its map is made that large at
     * once, and while its paths are those, {@link #paths} gives that list rather than sorting them again.
     *
     * @param last the last site's paths, sorted
     */
    static Memory inMemory(java.util.List<String> last) {
        return new Memory(last);
    }

    /** A site held in memory; {@link #files} gives it whole. */
    final class Memory implements SiteOutput {
        private final Map<String, byte[]> files;
        private final java.util.Set<String> promised = ConcurrentHashMap.newKeySet();
        /** How many paths were added or promised so far: {@link #paths} sorts again only after a change. */
        private final java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        private volatile Paths paths;
        private volatile java.util.function.BiConsumer<String, byte[]> added;

        private final java.util.List<String> last;

        private Memory(java.util.List<String> last) {
            this.last = last;
            files = new ConcurrentHashMap<>(last.size());
        }

        /** The paths as sorted after a number of changes: sorting 50,000 paths again on each call takes a while. */
        private record Paths(int changes, java.util.List<String> paths) {
        }

        /**
         * Declares a file that will be added later: until then it counts as present ({@link #has}, {@link #paths}),
         * so that links to it can be checked, but it cannot be read.
         */
        public void promise(String path) {
            if (promised.add(path) && !files.containsKey(path)) {
                changes.incrementAndGet();
            }
        }

        /** From now on, gives each file added to {@code listener} (null for none) once it can be read. */
        public void whenAdded(java.util.function.BiConsumer<String, byte[]> listener) {
            added = listener;
        }

        @Override
        public void put(String path, byte[] bytes) {
            byte[] was = files.put(path, bytes);
            if (!promised.remove(path) && was == null) {
                changes.incrementAndGet(); // a promised file made, or a file made again, leaves the paths as they were
            }
            java.util.function.BiConsumer<String, byte[]> listener = added;
            if (listener != null) {
                listener.accept(path, bytes);
            }
        }

        /**
         * Collects the stream in blocks of 1 MiB and makes the file's array once, at its exact size, when it closes:
         * a large file (the zip, the search index) then needs its size once more in memory, not the three times a
         * growing array needs.
         */
        @Override
        public OutputStream open(String path) {
            return new OutputStream() {
                private static final int BLOCK = 1 << 20;
                private final java.util.List<byte[]> blocks = new java.util.ArrayList<>();
                private byte[] block = new byte[BLOCK];
                private int used;
                private long size;

                /** Starts a new block when the current one is full. */
                private void room() {
                    if (used == BLOCK) {
                        blocks.add(block);
                        block = new byte[BLOCK];
                        used = 0;
                    }
                }

                @Override
                public void write(int b) {
                    room();
                    block[used++] = (byte) b;
                    size++;
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    while (length > 0) {
                        room();
                        int n = Math.min(length, BLOCK - used);
                        System.arraycopy(bytes, offset, block, used, n);
                        used += n;
                        offset += n;
                        length -= n;
                        size += n;
                    }
                }

                @Override
                public void close() {
                    if (block == null) {
                        return;
                    }
                    if (size > Integer.MAX_VALUE - 8) {
                        throw new IllegalStateException(path + " is larger than 2 GB");
                    }
                    byte[] all = new byte[(int) size];
                    int at = 0;
                    for (byte[] full : blocks) {
                        System.arraycopy(full, 0, all, at, BLOCK);
                        at += BLOCK;
                    }
                    System.arraycopy(block, 0, all, at, used);
                    blocks.clear();
                    block = null;
                    put(path, all);
                }
            };
        }

        @Override
        public byte[] read(String path) {
            return files.get(path);
        }

        @Override
        public boolean has(String path) {
            return files.containsKey(path) || promised.contains(path);
        }

        @Override
        public java.util.List<String> paths() {
            Paths was = paths;
            int now = changes.get();
            if (was != null && was.changes() == now) {
                return was.paths();
            }
            java.util.List<String> sorted = sameAsLast() ? last : sort();
            paths = new Paths(now, sorted);
            return sorted;
        }

        /** Whether the paths added and promised are exactly the last site's: then already sorted. */
        private boolean sameAsLast() {
            if (last.isEmpty() || files.size() + promised.stream().filter(p -> !files.containsKey(p)).count() != last.size()) {
                return false;
            }
            for (String path : last) {
                if (!has(path)) {
                    return false;
                }
            }
            return true;
        }

        private java.util.List<String> sort() {
            java.util.Set<String> all = new java.util.HashSet<>(files.keySet());
            all.addAll(promised);
            String[] sorted = all.toArray(String[]::new);
            java.util.Arrays.sort(sorted);
            return java.util.List.of(sorted);
        }

        @Override
        public long size(String path) {
            return files.get(path).length;
        }

        /** As the interface's, walking the map rather than looking each path up. */
        @Override
        public void forEachFile(java.util.function.BiConsumer<String, byte[]> action) {
            files.forEach(action);
            for (String path : promised) {
                if (!files.containsKey(path)) {
                    action.accept(path, null);
                }
            }
        }

        /** Path to bytes, in no order, taken faster than {@link #files}; files promised but not yet added are not among them. */
        public Map<String, byte[]> snapshot() {
            return Map.copyOf(files);
        }

        /** Path to bytes, sorted by path; files promised but not yet added are not among them. */
        public Map<String, byte[]> files() {
            return new java.util.TreeMap<>(files);
        }
    }
}
