package org.dossier.publish;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ZipWriterTest {
    /** The site as zipped, written to a file for the readers that read a zip's directory from its end. */
    private static Path zipped(SiteOutput.Memory site, Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiteArchive().zip(site, out);
        return Files.write(dir.resolve("site.zip"), out.toByteArray());
    }

    @Test
    void aZipOfMoreThan65535FilesHasZip64EndRecordsThatZipReadersFollow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        SiteOutput.Memory site = SiteOutput.inMemory();
        int count = 70_000;
        for (int i = 0; i < count; i++) {
            site.put(String.format(java.util.Locale.ROOT, "documents/%06d/cite.ris", i), ("TY  - GEN\nID  - " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path zip = zipped(site, dir);

        // readers tolerate a wrong count in the end record; the format asks for a Zip64 end record holding the true one
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Files.readAllBytes(zip)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int end = bytes.limit() - 22;
        assertEquals(0x06054b50, bytes.getInt(end));
        assertEquals(0xFFFF, Short.toUnsignedInt(bytes.getShort(end + 10)), "the end record's count says: see the Zip64 record");
        assertEquals(0x07064b50, bytes.getInt(end - 20), "the Zip64 locator");
        int end64 = (int) bytes.getLong(end - 20 + 8);
        assertEquals(0x06064b50, bytes.getInt(end64));
        assertEquals(count, bytes.getLong(end64 + 32));
        assertEquals(end64 - bytes.getLong(end64 + 40), bytes.getLong(end64 + 48), "the directory ends where the Zip64 record begins");

        assertEquals(count, ZipWriter.entries(Files.readAllBytes(zip)).size(), "the entries read back through the Zip64 record");
        assertEquals(Files.size(zip), reckoned(site, Files.readAllBytes(zip)),
                "the size reckoned before writing, Zip64 records included");

        try (ZipFile jdk = new ZipFile(zip.toFile())) {
            assertEquals(count, jdk.size());
            ZipEntry last = jdk.getEntry("dossier/documents/069999/cite.ris");
            assertArrayEquals("TY  - GEN\nID  - 69999\n".getBytes(StandardCharsets.UTF_8), jdk.getInputStream(last).readAllBytes());
            assertEquals(ZipEntry.DEFLATED, last.getMethod());
        }
        try (org.apache.commons.compress.archivers.zip.ZipFile commons = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(zip).get()) {
            assertEquals(count, java.util.Collections.list(commons.getEntries()).size());
            var first = commons.getEntry("dossier/documents/000000/cite.ris");
            assertArrayEquals("TY  - GEN\nID  - 0\n".getBytes(StandardCharsets.UTF_8), commons.getInputStream(first).readAllBytes());
        }
    }

    @Test
    void namesAreUtf8AndEntriesCarryNoTime(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        SiteOutput.Memory site = SiteOutput.inMemory();
        site.put("organizations/réseau-légal/index.html", "<p>Réseau</p>\n".getBytes(StandardCharsets.UTF_8));
        site.put("empty.txt", new byte[0]);
        Path zip = zipped(site, dir);
        try (ZipFile jdk = new ZipFile(zip.toFile(), StandardCharsets.ISO_8859_1)) { // bit 11 makes a reader take UTF-8 whatever it is told
            assertEquals(java.util.List.of("dossier/empty.txt", "dossier/organizations/réseau-légal/index.html"),
                    java.util.Collections.list(jdk.entries()).stream().map(ZipEntry::getName).toList());
            ZipEntry page = jdk.getEntry("dossier/organizations/réseau-légal/index.html");
            assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), page.getTimeLocal());
            assertArrayEquals("<p>Réseau</p>\n".getBytes(StandardCharsets.UTF_8), jdk.getInputStream(page).readAllBytes());
            assertEquals(0, jdk.getInputStream(jdk.getEntry("dossier/empty.txt")).readAllBytes().length);
        }
    }

    @Test
    void theEntriesOfAZipItMadeAreReadBackWithTheirCompressedBytesAndThoseOfAnotherWritersZipAreNot(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        SiteOutput.Memory site = SiteOutput.inMemory();
        site.put("index.html", "<p>Réseau</p>\n".repeat(500).getBytes(StandardCharsets.UTF_8));
        site.put("organizations/réseau/index.html", "<p>légal</p>\n".getBytes(StandardCharsets.UTF_8));
        site.put("empty.txt", new byte[0]);
        byte[] zip = Files.readAllBytes(zipped(site, dir));

        java.util.Map<String, ZipWriter.Raw> entries = ZipWriter.entries(zip);
        assertEquals(zip.length, reckoned(site, zip),
                "the size reckoned before writing, with names in UTF-8");
        assertEquals(java.util.Set.of("dossier/index.html", "dossier/organizations/réseau/index.html", "dossier/empty.txt"), entries.keySet());
        java.util.Map<String, ZipWriter.Raw> inFolder = ZipWriter.entries(zip, "dossier/");
        assertEquals(java.util.Set.of("index.html", "organizations/réseau/index.html", "empty.txt"), inFolder.keySet());
        assertEquals(entries.get("dossier/organizations/réseau/index.html"), inFolder.get("organizations/réseau/index.html"));
        assertEquals(java.util.Map.of("index.html", entries.get("dossier/organizations/réseau/index.html")),
                ZipWriter.entries(zip, "dossier/organizations/réseau/"), "entries outside the folder left out, whatever their length");
        for (String path : java.util.List.of("index.html", "organizations/réseau/index.html", "empty.txt")) {
            ZipWriter.Raw raw = entries.get("dossier/" + path);
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            inflater.setInput(zip, raw.dataOffset(), (int) raw.compressedSize());
            byte[] bytes = new byte[(int) raw.size()];
            assertEquals(bytes.length, inflater.inflate(bytes));
            assertArrayEquals(site.read(path), bytes, path);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes);
            assertEquals(crc.getValue(), raw.crc());
        }

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream jdk = new java.util.zip.ZipOutputStream(other)) {
            jdk.putNextEntry(new ZipEntry("dossier/index.html")); // sizes and CRC after the data: nothing to copy
            jdk.write(site.read("index.html"));
        }
        assertEquals(java.util.Map.of(), ZipWriter.entries(other.toByteArray()));
        assertEquals(java.util.Map.of(), ZipWriter.entries("not a zip".getBytes(StandardCharsets.UTF_8)));
        assertEquals(java.util.Map.of(), ZipWriter.entries(java.util.Arrays.copyOf(zip, zip.length - 1)));
    }

    /** The size ZipWriter reckons for the zip of the site (its entries named "dossier/" + path), from the sizes in the zip. */
    private static long reckoned(SiteOutput site, byte[] zip) {
        java.util.List<String> names = site.paths().stream().map(p -> "dossier/" + p).toList();
        java.util.Map<String, ZipWriter.Raw> entries = ZipWriter.entries(zip);
        return ZipWriter.size(names, names.stream().mapToLong(n -> entries.get(n).compressedSize()).toArray());
    }
}
