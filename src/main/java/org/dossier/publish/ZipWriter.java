package org.dossier.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a zip of deflated entries whose compressed bytes are already made, in the order given, with UTF-8 names, no
 * time (1980-01-01T00:00, the format's earliest) and no other attribute, so that the same files give the same bytes.
 * Zip64 records are written where the format needs them: 65,535 entries or more, or a zip past 4 GiB.
 * <p>
 * Written for {@link SiteArchive} rather than taken from a library: a general zip writer encodes and checks each name
 * several times, which was a third of the time a preview took to zip 50,000 files again.
 */
final class ZipWriter implements AutoCloseable {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int END64 = 0x06064b50;
    private static final int END64_LOCATOR = 0x07064b50;
    /** Bit 11: the name is UTF-8. */
    private static final int UTF8_NAMES = 1 << 11;
    private static final int DEFLATED = 8;
    /** 1980-01-01 in MS-DOS date format; the time is 00:00:00, which is 0. */
    private static final int DOS_DATE = (1 << 5) | 1;
    private static final long MAX_32 = 0xFFFFFFFFL;
    private static final int MAX_16 = 0xFFFF;

    private record Entry(byte[] name, long crc, long size, long compressedSize, long offset) {
    }

    /** An entry of a zip read back: its compressed bytes are at {@code dataOffset}. */
    record Raw(long crc, long size, long compressedSize, int dataOffset) {
    }

    /**
     * The deflated entries of a zip this writer made, by name, read back from its central directory; empty when the
     * bytes are not such a zip (another writer's zip may use records this does not read: its entries are not taken).
     */
    static java.util.Map<String, Raw> entries(byte[] zip) {
        return entries(zip, "");
    }

    /**
     * As {@link #entries(byte[])}, by name without {@code folder}, which starts the name of each entry taken (the
     * others are left out).
     */
    static java.util.Map<String, Raw> entries(byte[] zip, String folder) {
        byte[] prefix = folder.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        java.util.Map<String, Raw> out = new java.util.HashMap<>();
        try {
            int end = zip.length - 22;
            if (end < 0 || b.getInt(end) != END || b.getShort(end + 20) != 0) {
                return java.util.Map.of();
            }
            long count = Short.toUnsignedInt(b.getShort(end + 10));
            long directory = Integer.toUnsignedLong(b.getInt(end + 16));
            if (end >= 20 && b.getInt(end - 20) == END64_LOCATOR) {
                int end64 = Math.toIntExact(b.getLong(end - 12));
                if (b.getInt(end64) != END64) {
                    return java.util.Map.of();
                }
                count = b.getLong(end64 + 32);
                directory = b.getLong(end64 + 48);
            }
            int at = Math.toIntExact(directory);
            for (long i = 0; i < count; i++) {
                if (b.getInt(at) != CENTRAL) {
                    return java.util.Map.of();
                }
                int method = Short.toUnsignedInt(b.getShort(at + 10));
                long crc = Integer.toUnsignedLong(b.getInt(at + 16));
                long compressedSize = Integer.toUnsignedLong(b.getInt(at + 20));
                long size = Integer.toUnsignedLong(b.getInt(at + 24));
                int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
                long offset = Integer.toUnsignedLong(b.getInt(at + 42));
                if (offset == MAX_32 && extraLength == 12 && b.getShort(at + 46 + nameLength) == 1) {
                    offset = b.getLong(at + 46 + nameLength + 4);
                }
                boolean inFolder = nameLength >= prefix.length
                        && java.util.Arrays.equals(zip, at + 46, at + 46 + prefix.length, prefix, 0, prefix.length);
                int local = Math.toIntExact(offset);
                if (inFolder && method == DEFLATED && b.getInt(local) == LOCAL && Integer.toUnsignedLong(b.getInt(local + 14)) == crc
                        && Integer.toUnsignedLong(b.getInt(local + 18)) == compressedSize) {
                    int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
                    if (data + compressedSize <= zip.length) {
                        String name = new String(zip, at + 46 + prefix.length, nameLength - prefix.length, StandardCharsets.UTF_8);
                        out.put(name, new Raw(crc, size, compressedSize, data));
                    }
                }
                at += 46 + nameLength + extraLength + commentLength;
            }
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            return java.util.Map.of();
        }
        return out;
    }

    private final OutputStream out;
    private final List<Entry> entries = new ArrayList<>();
    private final byte[] header = new byte[64];
    private long written;

    /** @param out where the zip goes; closed with this writer */
    ZipWriter(OutputStream out) {
        this.out = new java.io.BufferedOutputStream(out, 1 << 16);
    }

    /**
     * Adds a file.
     *
     * @param crc        the CRC-32 of its bytes
     * @param size       how many bytes it has
     * @param compressed its raw deflate stream, {@code compressedSize} bytes long
     * @return where in the zip its compressed bytes start
     */
    long add(String path, long crc, long size, long compressedSize, InputStream compressed) throws IOException {
        if (size > MAX_32 || compressedSize > MAX_32) {
            throw new IOException(path + " is larger than 4 GiB, which this zip does not hold");
        }
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        if (name.length > MAX_16) {
            throw new IOException("the path " + path + " is too long for a zip");
        }
        long offset = written;
        int at = 0;
        at = int32(at, LOCAL);
        at = int16(at, 20);
        at = int16(at, UTF8_NAMES);
        at = int16(at, DEFLATED);
        at = int16(at, 0);
        at = int16(at, DOS_DATE);
        at = int32(at, crc);
        at = int32(at, compressedSize);
        at = int32(at, size);
        at = int16(at, name.length);
        at = int16(at, 0);
        write(header, at);
        write(name, name.length);
        long data = written;
        long copied = compressed.transferTo(out);
        written += copied;
        if (copied != compressedSize) {
            throw new IOException(path + ": " + copied + " compressed bytes where " + compressedSize + " were stated");
        }
        entries.add(new Entry(name, crc, size, compressedSize, offset));
        return data;
    }

    /**
     * How many bytes the zip of these entries has, as this writer writes it: local headers, names and data, the central
     * directory (with a Zip64 field for an entry beyond 4 GiB) and the end records (with Zip64 ones when needed).
     *
     * @param names           the entries' names, in order
     * @param compressedSizes their compressed sizes, in the same order
     */
    static long size(List<String> names, long[] compressedSizes) {
        long written = 0;
        long directorySize = 0;
        for (int i = 0; i < names.size(); i++) {
            int name = names.get(i).getBytes(StandardCharsets.UTF_8).length;
            boolean far = written >= MAX_32;
            written += 30 + name + compressedSizes[i];
            directorySize += 46 + name + (far ? 12 : 0);
        }
        long directory = written;
        boolean zip64 = names.size() >= MAX_16 || directory >= MAX_32 || directorySize >= MAX_32;
        return written + directorySize + (zip64 ? 56 + 20 : 0) + 22;
    }

    /** Writes the central directory and the end records. */
    private void finish() throws IOException {
        long directory = written;
        for (Entry e : entries) {
            boolean far = e.offset() >= MAX_32;
            int at = 0;
            at = int32(at, CENTRAL);
            at = int16(at, far ? 45 : 20); // made by: MS-DOS, with the version of the format it needs
            at = int16(at, far ? 45 : 20);
            at = int16(at, UTF8_NAMES);
            at = int16(at, DEFLATED);
            at = int16(at, 0);
            at = int16(at, DOS_DATE);
            at = int32(at, e.crc());
            at = int32(at, e.compressedSize());
            at = int32(at, e.size());
            at = int16(at, e.name().length);
            at = int16(at, far ? 12 : 0);
            at = int16(at, 0); // comment
            at = int16(at, 0); // disk
            at = int16(at, 0); // internal attributes
            at = int32(at, 0); // external attributes
            at = int32(at, far ? MAX_32 : e.offset());
            write(header, at);
            write(e.name(), e.name().length);
            if (far) {
                at = 0;
                at = int16(at, 1); // the Zip64 extra field
                at = int16(at, 8);
                at = int64(at, e.offset());
                write(header, at);
            }
        }
        long directorySize = written - directory;
        int count = entries.size();
        if (count >= MAX_16 || directory >= MAX_32 || directorySize >= MAX_32) {
            long end64 = written;
            int at = 0;
            at = int32(at, END64);
            at = int64(at, 44); // the size of the rest of this record
            at = int16(at, 45);
            at = int16(at, 45);
            at = int32(at, 0);
            at = int32(at, 0);
            at = int64(at, count);
            at = int64(at, count);
            at = int64(at, directorySize);
            at = int64(at, directory);
            write(header, at);
            at = 0;
            at = int32(at, END64_LOCATOR);
            at = int32(at, 0);
            at = int64(at, end64);
            at = int32(at, 1);
            write(header, at);
        }
        int at = 0;
        at = int32(at, END);
        at = int16(at, 0);
        at = int16(at, 0);
        at = int16(at, Math.min(count, MAX_16));
        at = int16(at, Math.min(count, MAX_16));
        at = int32(at, Math.min(directorySize, MAX_32));
        at = int32(at, Math.min(directory, MAX_32));
        at = int16(at, 0);
        write(header, at);
        out.flush();
    }

    /** Finishes the zip (its central directory and end records) and closes the stream it was written to. */
    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }

    private void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        written += length;
    }

    private int int16(int at, int value) {
        header[at] = (byte) value;
        header[at + 1] = (byte) (value >>> 8);
        return at + 2;
    }

    private int int32(int at, long value) {
        for (int i = 0; i < 4; i++) {
            header[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 4;
    }

    private int int64(int at, long value) {
        for (int i = 0; i < 8; i++) {
            header[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 8;
    }
}
