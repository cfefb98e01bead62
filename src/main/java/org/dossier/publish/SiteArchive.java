package org.dossier.publish;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The zip of the whole site that readers download to read offline. It holds every file of the site but itself, each
 * with the site's bytes, but for the few pages it holds in another version (see {@link #SiteArchive(Pieces, Map)}).
 */
public final class SiteArchive {
    public static final String PATH = org.dossier.model.SiteConfig.ARCHIVE;
    /** The folder the zip holds the site in, so that unzipping makes one folder. */
    private static final String FOLDER = org.dossier.model.SiteConfig.ARCHIVE_FOLDER + "/";

    /** How many files are compressed in parallel before they are written in order: bounds the memory held. */
    private static final int ZIP_BATCH = 256;

    private final Pieces pieces;
    private final Map<String, byte[]> versions;

    /** An archive that compresses every file afresh. */
    public SiteArchive() {
        this(null);
    }

    /**
     * @param pieces what the last zip compressed, piece by piece (see {@link Pieces}), kept for the next; null to
     *               compress every file afresh. The bytes are the same either way.
     */
    public SiteArchive(Pieces pieces) {
        this(pieces, Map.of());
    }

    /**
     * @param versions by site path, the bytes the zip holds for a file of the site instead of the site's: a page that
     *                 says, once unzipped, that it was unzipped (the zip cannot hold itself, so the site's page, which
     *                 links to it, would have a dead link there). A path the site does not have is not added. Such an
     *                 entry is copied from the last zip only when that zip holds the same bytes for it: whether the
     *                 site's file changed says nothing of it.
     */
    public SiteArchive(Pieces pieces, Map<String, byte[]> versions) {
        this.pieces = pieces;
        this.versions = Map.copyOf(versions);
    }

    /**
     * How the zip's folder is named in messages, after the site folder: its entry of a site path is named this, a
     * slash and the path, as a jar: URL names an entry ({@code site/dossier.zip!/dossier/download/index.html}).
     */
    public static String shown() {
        return PATH + "!/" + FOLDER.substring(0, FOLDER.length() - 1);
    }

    /** The bytes the zip holds for the file at this site path. */
    private byte[] read(SiteOutput files, String path) {
        byte[] version = versions.get(path);
        return version != null ? version : files.read(path);
    }

    /**
     * The whole site (but the zip itself, and with its versions of some pages) as a zip that opens offline after
     * unzipping: fixed order and times, so builds are identical. Files are compressed in parallel, a batch at a time, and written in path order.
     */
    public void zip(SiteOutput files, OutputStream target) throws IOException {
        zip(files, target, java.util.Optional.empty(), path -> false);
    }

    /**
     * @param previous  the zip of the site being updated, if any
     * @param unchanged whether a file's bytes are those the previous site had: its compressed entry is then copied
     *                  from the previous zip instead of being compressed again (a file the zip holds in another version
     *                  is compared with the previous zip's entry instead)
     */
    public void zip(SiteOutput files, OutputStream target, java.util.Optional<java.nio.file.Path> previous,
                    java.util.function.Predicate<String> unchanged) throws IOException {
        try (ZipFile old = previous.isPresent() ? openQuietly(previous.get()) : null) {
            zip(files, target, old == null ? path -> null : path -> raw(old, FOLDER + path), unchanged);
        }
    }

    /**
     * As {@link #zip(SiteOutput, OutputStream, java.util.Optional, java.util.function.Predicate)}, from a zip in memory
     * that this class made (a preview's last; any other is not copied from), into one array of the zip's exact size:
     * every entry is prepared first (the copies cost nothing to hold, and a preview compresses few files), so the size
     * is known before a byte is written.
     */
    public byte[] zip(SiteOutput files, byte[] previous, java.util.function.Predicate<String> unchanged) throws IOException {
        // the entries of the zip this archive made last are known: that zip is not read again
        Map<String, ZipWriter.Raw> old = pieces != null && pieces.lastZip == previous ? pieces.lastEntries
                : ZipWriter.entries(previous, FOLDER);
        List<String> paths = files.paths().stream().filter(p -> !p.equals(PATH)).toList();
        java.util.Set<String> copied = new java.util.HashSet<>(paths.size() * 4 / 3 + 16);
        Prepared[] all = prepare(files, paths, path -> {
            ZipWriter.Raw raw = old.get(path);
            return raw == null ? null : new Copy(raw.crc(), raw.size(), raw.compressedSize(),
                    () -> new ByteArrayInputStream(previous, raw.dataOffset(), (int) raw.compressedSize()));
        }, unchanged, copied);
        List<String> names = paths.stream().map(p -> FOLDER + p).toList();
        long size = ZipWriter.size(names, java.util.Arrays.stream(all).mapToLong(Prepared::compressedSize).toArray());
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException(PATH + " would be larger than 2 GB, more than a preview holds in memory");
        }
        byte[] zip = new byte[(int) size];
        Filling target = new Filling(zip);
        Map<String, ZipWriter.Raw> entries = new java.util.HashMap<>(all.length * 4 / 3 + 16);
        try (ZipWriter writer = new ZipWriter(target)) {
            for (int i = 0; i < all.length; i++) {
                try (InputStream data = all[i].open()) {
                    long at = writer.add(names.get(i), all[i].crc(), all[i].size(), all[i].compressedSize(), data);
                    entries.put(paths.get(i), new ZipWriter.Raw(all[i].crc(), all[i].size(), all[i].compressedSize(), (int) at));
                }
            }
        }
        if (target.filled != zip.length) {
            throw new IllegalStateException("the zip is " + target.filled + " bytes where " + zip.length + " were reckoned");
        }
        if (pieces != null) {
            pieces.zipped(copied);
            pieces.lastZip = zip;
            pieces.lastEntries = entries;
        }
        return zip;
    }

    /** Writes into an array made at the size it will have; fails rather than grow. */
    private static final class Filling extends OutputStream {
        private final byte[] into;
        private int filled;

        Filling(byte[] into) {
            this.into = into;
        }

        @Override
        public void write(int b) {
            into[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            System.arraycopy(bytes, offset, into, filled, length);
            filled += length;
        }
    }

    /** A file ready to be added to the zip: its CRC-32, its size and its compressed bytes. */
    private interface Prepared {
        long crc();

        long size();

        long compressedSize();

        InputStream open() throws IOException;
    }

    /** An entry of the previous zip, to copy. */
    private record Copy(long crc, long size, long compressedSize, IoSupplier<InputStream> data) implements Prepared {
        @Override
        public InputStream open() throws IOException {
            return data.get();
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    /** @param old the previous zip's entry of a site path, if it can be copied; null otherwise */
    private void zip(SiteOutput files, OutputStream target, java.util.function.Function<String, Copy> old,
                     java.util.function.Predicate<String> unchanged) throws IOException {
        List<String> paths = files.paths().stream().filter(p -> !p.equals(PATH)).toList();
        java.util.Set<String> copied = new java.util.HashSet<>(paths.size() * 4 / 3 + 16);
        try (ZipWriter zip = new ZipWriter(target)) {
            for (int from = 0; from < paths.size(); from += ZIP_BATCH) {
                List<String> names = paths.subList(from, Math.min(paths.size(), from + ZIP_BATCH));
                Prepared[] batch = prepare(files, names, old, unchanged, copied);
                for (int i = 0; i < batch.length; i++) {
                    try (InputStream data = batch[i].open()) {
                        zip.add(FOLDER + names.get(i), batch[i].crc(), batch[i].size(), batch[i].compressedSize(), data);
                    }
                }
            }
        }
        if (pieces != null) {
            pieces.zipped(copied);
        }
    }

    /**
     * The files at these paths ready to add: the entries to copy found in order, one lookup each, and the others
     * compressed in parallel (so that files that are all copied, nearly all in a preview, start no parallel work).
     *
     * @param copied gets the paths of the files copied
     */
    private Prepared[] prepare(SiteOutput files, List<String> paths, java.util.function.Function<String, Copy> old,
                               java.util.function.Predicate<String> unchanged, java.util.Set<String> copied) {
        Prepared[] prepared = new Prepared[paths.size()];
        // a lookup costs little but waits on memory: many (a preview's whole site) are looked up on every core
        java.util.stream.IntStream indices = java.util.stream.IntStream.range(0, prepared.length);
        (prepared.length > 4 * ZIP_BATCH ? indices.parallel() : indices).forEach(i -> {
            String p = paths.get(i);
            prepared[i] = !versions.containsKey(p) && unchanged.test(p) ? old.apply(p) : null;
        });
        List<Integer> toCompress = new java.util.ArrayList<>();
        for (int i = 0; i < prepared.length; i++) {
            byte[] version = versions.isEmpty() ? null : versions.get(paths.get(i));
            if (version != null) {
                prepared[i] = holding(old.apply(paths.get(i)), version);
            }
            if (prepared[i] != null) {
                copied.add(paths.get(i));
            } else {
                toCompress.add(i);
            }
        }
        (toCompress.size() > 1 ? toCompress.parallelStream() : toCompress.stream())
                .forEach(i -> prepared[i] = Compressed.of(paths.get(i), read(files, paths.get(i)), pieces));
        return prepared;
    }

    /**
     * The last zip's entry, if it holds exactly these bytes (its size and CRC-32 first, then its bytes inflated: only
     * a file the zip holds in another version is compared so, and there are few, and small); null otherwise.
     */
    private static Copy holding(Copy was, byte[] bytes) {
        if (was == null || was.size() != bytes.length) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != was.crc()) {
            return null;
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        // a raw deflate stream may need one byte past its end to finish (see java.util.zip.Inflater's "nowrap")
        try (InputStream in = new java.util.zip.InflaterInputStream(
                new java.io.SequenceInputStream(was.open(), new ByteArrayInputStream(new byte[1])), inflater)) {
            return java.util.Arrays.equals(in.readNBytes(bytes.length + 1), bytes) ? was : null;
        } catch (IOException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** The entry of {@code name} in a zip read from disk, if it can be copied. */
    private static Copy raw(ZipFile old, String name) {
        ZipArchiveEntry was = old.getEntry(name);
        if (was == null || was.getMethod() != ZipArchiveEntry.DEFLATED || was.getSize() < 0 || was.getCompressedSize() < 0) {
            return null;
        }
        return new Copy(was.getCrc(), was.getSize(), was.getCompressedSize(), () -> old.getRawInputStream(was));
    }

    /** The previous zip, or null when it cannot be read: everything is then compressed afresh. */
    private static ZipFile openQuietly(java.nio.file.Path file) {
        try {
            return ZipFile.builder().setPath(file).get();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A file deflated on its own (raw deflate, as zip entries hold it), with its size and CRC-32. A file is cut into
     * pieces where its content says (see {@link #cuts}), each deflated on its own and ended with a sync flush but the
     * last, so that the pieces, one after another, are the file's deflate stream (as {@code pigz -i} makes it). A
     * piece's compressed bytes thus depend on its own bytes only: a piece the last zip had is copied from it.
     */
    private record Compressed(long size, long crc, List<byte[]> pieces) implements Prepared {
        private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

        static Compressed of(String path, byte[] bytes, Pieces memo) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            if (bytes.length < 2 * MIN_PIECE) { // one piece, as almost every file of the site: no stream of pieces to start
                return new Compressed(bytes.length, crc.getValue(), List.of(new Piece(bytes, 0, bytes.length, true).deflate()));
            }
            Cut was = memo == null ? null : memo.lastCut(path);
            Cut.Same same = was == null ? null : was.sameAs(bytes);
            int[][] places = same == null ? places(bytes, 1 << 22) : same.places();
            int[] cuts = choose(places, bytes.length);
            List<Piece> pieces = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < cuts.length; i++) {
                pieces.add(new Piece(bytes, cuts[i], cuts[i + 1], i == cuts.length - 2));
            }
            List<byte[]> compressed = pieces.parallelStream().map(piece -> {
                byte[] kept = same == null ? null : same.compressed(piece);
                if (kept == null) {
                    return piece.deflate();
                }
                memo.copied.incrementAndGet();
                return kept;
            }).toList();
            if (memo != null) {
                memo.cut(path, new Cut(bytes, flat(places), cuts, compressed));
            }
            return new Compressed(bytes.length, crc.getValue(), compressed);
        }

        @Override
        public long compressedSize() {
            return pieces.stream().mapToLong(p -> p.length).sum();
        }

        @Override
        public InputStream open() {
            return new java.io.SequenceInputStream(java.util.Collections.enumeration(
                    pieces.stream().map(ByteArrayInputStream::new).toList()));
        }
    }

    /** A file's pieces are at least this long, but the last; a file shorter than twice this is one piece. */
    static final int MIN_PIECE = 1 << 16;
    /** ... and at most this long. */
    static final int MAX_PIECE = 1 << 22;
    /** A piece ends where the rolling hash of the bytes before has these bits clear: about every 256 KiB past the least. */
    static final long CUT_MASK = 0xFFFFC00000000000L;
    /** The rolling hash's value for each byte: a fixed table (splitmix64 of 0 to 255), so that cuts never change. */
    static final long[] GEAR = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long z = (i + 1) * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            GEAR[i] = z ^ (z >>> 31);
        }
    }

    /**
     * Where the file is cut into pieces: 0, the end of each piece, and the file's length. A cut is placed by the 64
     * bytes before it (a gear hash, as content-defined chunking does), so that a change in one place of a large file
     * (one document's paragraphs in the search index) moves the cuts around it only, and the other pieces stay the same.
     */
    static int[] cuts(byte[] bytes) {
        return cuts(bytes, 1 << 22);
    }

    /** As {@link #cuts(byte[])}, looking for the places to cut in stretches of {@code stretch} bytes, in parallel. */
    static int[] cuts(byte[] bytes, int stretch) {
        int n = bytes.length;
        if (n < 2 * MIN_PIECE) {
            return new int[] {0, n};
        }
        return choose(places(bytes, stretch), n);
    }

    /**
     * The places where the file may be cut (see {@link #candidates}), in order, in arrays found a stretch at a time. The
     * hash at a byte is made of the 64 bytes up to it only (each step shifts the oldest out), so they can be found in
     * parallel, a stretch at a time.
     */
    private static int[][] places(byte[] bytes, int stretch) {
        int n = bytes.length;
        return java.util.stream.IntStream.range(0, (n + stretch - 1) / stretch).parallel()
                .mapToObj(k -> candidates(bytes, k * stretch, Math.min(n, (k + 1) * stretch)))
                .toArray(int[][]::new);
    }

    private static int[] flat(int[][] places) {
        return java.util.Arrays.stream(places).flatMapToInt(java.util.Arrays::stream).toArray();
    }

    /** Every place where the file may be cut, in order (for tests). */
    static int[] places(byte[] bytes) {
        return flat(places(bytes, 1 << 22));
    }

    /** The places where {@code now} may be cut, found from those of {@code was} as the next zip finds them (for tests). */
    static int[] placesAfter(byte[] was, byte[] now) {
        return flat(new Cut(was, places(was), cuts(was), List.of()).sameAs(now).places());
    }

    /** The cuts of a file of {@code n} bytes chosen from the places to cut, in order, as one pass from the start would. */
    private static int[] choose(int[][] found, int n) {
        int[] cuts = new int[n / MIN_PIECE + 2];
        int count = 1;
        int start = 0;
        int k = 0;
        int j = 0;
        while (n - start >= 2 * MIN_PIECE) {
            int end = Math.min(n - MIN_PIECE, start + MAX_PIECE);
            int at = end;
            while (k < found.length) {
                if (j == found[k].length) {
                    k++;
                    j = 0;
                } else if (found[k][j] < start + MIN_PIECE) {
                    j++;
                } else {
                    if (found[k][j] < end) {
                        at = found[k][j];
                    }
                    break;
                }
            }
            cuts[count++] = at;
            start = at;
        }
        cuts[count++] = n;
        return java.util.Arrays.copyOf(cuts, count);
    }

    /**
     * A large file as the last zip cut it: its bytes, the places where it may be cut, its cuts, and its pieces as
     * compressed. The next version of the file has the same places and pieces where its bytes are the same: in the
     * stretch before its first changed byte, and in the stretch after its last (moved by the change in length), but
     * for the 64 bytes where the hash still reads changed bytes.
     */
    record Cut(byte[] bytes, int[] places, int[] cuts, List<byte[]> compressed) {
        /** What the new version {@code now} shares with this one; null when it shares nothing. */
        Same sameAs(byte[] now) {
            int before = java.util.Arrays.mismatch(bytes, now);
            if (before < 0) {
                return new Same(this, now.length, now.length, 0, new int[][] {places}, Map.of());
            }
            int after = commonEnd(bytes, now, Math.min(bytes.length, now.length) - before);
            int shift = now.length - bytes.length;
            // a place at i depends on the bytes from i - 63 to i, and is one only from byte 64
            int from = Math.min(now.length, Math.max(now.length - after + 63, 64 + Math.max(0, shift)));
            int[] head = java.util.Arrays.stream(places).filter(i -> i < before).toArray();
            int[] tail = java.util.Arrays.stream(places).map(i -> i + shift).filter(i -> i >= from).toArray();
            return new Same(this, before, now.length - after, shift, new int[][] {head, candidates(now, before, from), tail},
                    byLength());
        }

        /** The indices of this version's pieces by their length (pieces cut where the content says rarely share one). */
        private Map<Integer, List<Integer>> byLength() {
            Map<Integer, List<Integer>> out = new java.util.HashMap<>();
            for (int i = 0; i + 1 < cuts.length; i++) {
                out.computeIfAbsent(cuts[i + 1] - cuts[i], k -> new java.util.ArrayList<>()).add(i);
            }
            return out;
        }

        /** How many bytes {@code a} and {@code b} have the same at their ends, at most {@code limit}. */
        private static int commonEnd(byte[] a, byte[] b, int limit) {
            int same = 0;
            int step = 1 << 12;
            while (same + step <= limit
                    && java.util.Arrays.equals(a, a.length - same - step, a.length - same, b, b.length - same - step, b.length - same)) {
                same += step;
            }
            while (same < limit && a[a.length - same - 1] == b[b.length - same - 1]) {
                same++;
            }
            return same;
        }

        /**
         * A new version of the file against this one: its bytes before {@code before} and from {@code after} are this
         * one's, the latter moved by {@code shift}; {@code places} are its own places to cut; {@code byLength} this
         * one's pieces by length, for the pieces between the two stretches.
         */
        record Same(Cut was, int before, int after, int shift, int[][] places, Map<Integer, List<Integer>> byLength) {
            /** The piece as the last zip compressed it, when it was a piece of the last version too; else null. */
            byte[] compressed(Piece piece) {
                int[] cuts = was.cuts();
                if (piece.to() <= before || piece.from() >= after) { // where the bytes are the same: the same place
                    int from = piece.to() <= before ? piece.from() : piece.from() - shift;
                    int at = java.util.Arrays.binarySearch(cuts, from);
                    return at >= 0 && same(at, piece) ? was.compressed().get(at) : null;
                }
                // between them (two changes far apart leave pieces unchanged but moved): a piece with the same bytes
                for (int at : byLength.getOrDefault(piece.length(), List.of())) {
                    if (same(at, piece) && java.util.Arrays.equals(was.bytes(), cuts[at], cuts[at + 1], piece.file(), piece.from(), piece.to())) {
                        return was.compressed().get(at);
                    }
                }
                return null;
            }

            /** Whether the last version's piece {@code at} has the piece's length and is the last as it is. */
            private boolean same(int at, Piece piece) {
                int[] cuts = was.cuts();
                return at + 1 < cuts.length && cuts[at + 1] - cuts[at] == piece.length() && (at + 1 == cuts.length - 1) == piece.last();
            }
        }
    }

    /** The places from {@code from} to {@code to} where the hash of the 64 bytes up to them has {@link #CUT_MASK} clear. */
    private static int[] candidates(byte[] bytes, int from, int to) {
        int[] out = new int[16];
        int count = 0;
        long hash = 0;
        for (int i = Math.max(0, from - 64); i < to; i++) {
            hash = (hash << 1) + GEAR[bytes[i] & 0xff];
            if (i >= from && i >= 64 && (hash & CUT_MASK) == 0) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The bytes from {@code from} to {@code to} of a file, the file's last piece or not. */
    record Piece(byte[] file, int from, int to, boolean last) {
        int length() {
            return to - from;
        }

        /** Deflated on its own: ended with a sync flush (byte-aligned), or finished when it is the last. */
        byte[] deflate() {
            Deflater deflater = Compressed.DEFLATER.get();
            deflater.reset();
            deflater.setInput(file, from, to - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length() / 3));
            byte[] buffer = new byte[1 << 16];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        }
    }

    /**
     * What the last zip of a preview made of its large files, for the next: each one's cuts and pieces as compressed
     * (see {@link Cut}), kept while the file is unchanged; and the last zip made in memory, with its entries.
     */
    public static final class Pieces {
        private final java.util.concurrent.atomic.AtomicInteger copied = new java.util.concurrent.atomic.AtomicInteger();
        private Map<String, Cut> lastCuts = Map.of();
        private final Map<String, Cut> nextCuts = new java.util.concurrent.ConcurrentHashMap<>();
        /** The last zip made in memory, and its entries by site path. */
        private byte[] lastZip;
        private Map<String, ZipWriter.Raw> lastEntries = Map.of();

        /** How many pieces were copied so far rather than compressed. */
        int copied() {
            return copied.get();
        }

        /** The large file at this path as the last zip cut it, if it had one. */
        Cut lastCut(String path) {
            return lastCuts.get(path);
        }

        /** How this zip cut the large file at this path, for the next. */
        void cut(String path, Cut cut) {
            nextCuts.put(path, cut);
        }

        /**
         * The zip is made: the cuts it made are those the next one starts from, with the cuts of the large files it
         * copied from the last zip, whose bytes are those the cuts were made for (so that a file unchanged by one build
         * and changed by the next is cut again from its cuts, not afresh).
         *
         * @param copied the paths of the files copied from the last zip
         */
        void zipped(java.util.Set<String> copied) {
            lastCuts.forEach((path, cut) -> {
                if (copied.contains(path)) {
                    nextCuts.putIfAbsent(path, cut);
                }
            });
            lastCuts = Map.copyOf(nextCuts);
            nextCuts.clear();
        }
    }
}
