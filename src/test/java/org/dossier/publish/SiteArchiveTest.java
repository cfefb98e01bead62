package org.dossier.publish;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteArchiveTest {
    /** A text of {@code size} bytes that repeats itself only loosely, with accented letters and dashes. */
    private static byte[] text(int size) {
        StringBuilder sb = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        String[] words = {"Japan", "Court", "statute", "Rome", "accession", "cooperation", "Réseau", "légal", "—", "¶", "2007",
                "capacity", "building", "victims", "trust", "fund", "signatories", "appeal", "ministry", "justice"};
        while (sb.length() < size) {
            sb.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ".\n" : " ");
        }
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(utf8, size);
    }

    private static byte[] zip(Map<String, byte[]> files, int threads) throws Exception {
        SiteOutput.Memory site = SiteOutput.inMemory();
        files.forEach(site::put);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new SiteArchive().zip(site, out);
                return out.toByteArray();
            }).get();
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes()); // ZipInputStream checks each entry's CRC-32 and size
            }
        }
        return out;
    }

    @Test
    void theZipUnzipsToTheSiteAndIsTheSameWhateverTheThreadsAndWhateverItReuses() throws Exception {
        byte[] large = text(3_000_000);
        Map<String, byte[]> files = new TreeMap<>(Map.of("assets/search-index.js", large, "data/documents.json", text(70_000),
                "index.html", "<p>Réseau</p>\n".getBytes(StandardCharsets.UTF_8), "empty.txt", new byte[0]));

        byte[] one = zip(files, 1);
        assertArrayEquals(one, zip(files, 3), "the zip must not depend on the number of threads");

        Map<String, byte[]> unzipped = unzip(one);
        assertEquals(files.keySet().stream().map(p -> "dossier/" + p).toList(), java.util.List.copyOf(unzipped.keySet()));
        files.forEach((path, bytes) -> assertArrayEquals(bytes, unzipped.get("dossier/" + path), path));

        // A zip made again from the last one, with one file changed, is the zip made afresh.
        Map<String, byte[]> changed = new TreeMap<>(files);
        changed.put("index.html", "<p>Réseau légal</p>\n".getBytes(StandardCharsets.UTF_8));
        SiteOutput.Memory site = SiteOutput.inMemory();
        changed.forEach(site::put);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new SiteArchive().zip(site, again, one, path -> java.util.Arrays.equals(files.get(path), changed.get(path)));
        assertArrayEquals(zip(changed, 2), again.toByteArray());
    }
}
