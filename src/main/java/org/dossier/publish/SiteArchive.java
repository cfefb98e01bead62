package org.dossier.publish;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** The zip of the whole site that readers download to read offline. */
public final class SiteArchive {
    public static final String PATH = "dossier.zip";
    /** 1980-01-01T00:00, the zip format's earliest time: the archive carries no build time. */
    private static final long ZIP_TIME = 315532800000L;

    /** How many files are compressed in parallel before they are written in order: bounds the memory held. */
    private static final int ZIP_BATCH = 256;

    /**
     * The whole site (but the zip itself) as a zip that opens offline after unzipping: fixed order and times, so
     * builds are identical. Files are compressed in parallel, a batch at a time, and written in path order.
     */
    public void zip(SiteOutput files, OutputStream target) throws IOException {
        zip(files, target, java.util.Optional.empty(), path -> false);
    }

    /**
     * @param previous  the zip of the site being updated, if any
     * @param unchanged whether a file's bytes are those the previous site had: its compressed entry is then copied
     *                  from the previous zip instead of being compressed again
     */
    public void zip(SiteOutput files, OutputStream target, java.util.Optional<java.nio.file.Path> previous,
                    java.util.function.Predicate<String> unchanged) throws IOException {
        try (ZipFile old = previous.isPresent() ? openQuietly(previous.get()) : null) {
            zip(files, target, old, unchanged);
        }
    }

    /** As {@link #zip(SiteOutput, OutputStream, java.util.Optional, java.util.function.Predicate)}, from a zip in memory. */
    public void zip(SiteOutput files, OutputStream target, byte[] previous, java.util.function.Predicate<String> unchanged)
            throws IOException {
        ZipFile old;
        try {
            old = ZipFile.builder().setSeekableByteChannel(
                    new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(previous)).get();
        } catch (IOException e) {
            old = null;
        }
        try (ZipFile closing = old) {
            zip(files, target, closing, unchanged);
        }
    }

    private void zip(SiteOutput files, OutputStream target, ZipFile old, java.util.function.Predicate<String> unchanged)
            throws IOException {
        List<String> paths = files.paths().stream().filter(p -> !p.equals(PATH)).toList();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target)) {
            for (int from = 0; from < paths.size(); from += ZIP_BATCH) {
                List<Compressed> batch = paths.subList(from, Math.min(paths.size(), from + ZIP_BATCH)).parallelStream()
                        .map(p -> reusable(old, p, unchanged) ? null : Compressed.of(p, files.read(p)))
                        .toList();
                for (int i = 0; i < batch.size(); i++) {
                    Compressed c = batch.get(i);
                    if (c == null) {
                        ZipArchiveEntry was = old.getEntry("dossier/" + paths.get(from + i));
                        try (InputStream raw = old.getRawInputStream(was)) {
                            zip.addRawArchiveEntry(entry(paths.get(from + i), was.getSize(), was.getCrc(), was.getCompressedSize()), raw);
                        }
                        continue;
                    }
                    zip.addRawArchiveEntry(entry(c.path(), c.size(), c.crc(), c.data().length), new ByteArrayInputStream(c.data()));
                }
            }
            zip.finish();
        }
    }

    private static ZipArchiveEntry entry(String path, long size, long crc, long compressedSize) {
        ZipArchiveEntry entry = new ZipArchiveEntry("dossier/" + path);
        entry.setMethod(ZipArchiveEntry.DEFLATED);
        entry.setTime(ZIP_TIME);
        entry.setSize(size);
        entry.setCompressedSize(compressedSize);
        entry.setCrc(crc);
        return entry;
    }

    private static boolean reusable(ZipFile old, String path, java.util.function.Predicate<String> unchanged) {
        if (old == null || !unchanged.test(path)) {
            return false;
        }
        ZipArchiveEntry was = old.getEntry("dossier/" + path);
        return was != null && was.getMethod() == ZipArchiveEntry.DEFLATED && was.getSize() >= 0 && was.getCompressedSize() >= 0;
    }

    /** The previous zip, or null when it cannot be read: everything is then compressed afresh. */
    private static ZipFile openQuietly(java.nio.file.Path file) {
        try {
            return ZipFile.builder().setPath(file).get();
        } catch (IOException e) {
            return null;
        }
    }

    /** A file deflated on its own (raw deflate, as zip entries hold it), with its size and CRC-32. */
    private record Compressed(String path, long size, long crc, byte[] data) {
        private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

        static Compressed of(String path, byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Deflater deflater = DEFLATER.get();
            deflater.reset();
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Compressed(path, bytes.length, crc.getValue(), out.toByteArray());
        }
    }
}
