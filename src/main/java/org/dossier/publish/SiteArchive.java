package org.dossier.publish;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
        List<String> paths = files.paths().stream().filter(p -> !p.equals(PATH)).toList();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target)) {
            for (int from = 0; from < paths.size(); from += ZIP_BATCH) {
                List<Compressed> batch = paths.subList(from, Math.min(paths.size(), from + ZIP_BATCH)).parallelStream()
                        .map(p -> Compressed.of(p, files.read(p)))
                        .toList();
                for (Compressed c : batch) {
                    ZipArchiveEntry entry = new ZipArchiveEntry("dossier/" + c.path());
                    entry.setMethod(ZipArchiveEntry.DEFLATED);
                    entry.setTime(ZIP_TIME);
                    entry.setSize(c.size());
                    entry.setCompressedSize(c.data().length);
                    entry.setCrc(c.crc());
                    zip.addRawArchiveEntry(entry, new ByteArrayInputStream(c.data()));
                }
            }
            zip.finish();
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
