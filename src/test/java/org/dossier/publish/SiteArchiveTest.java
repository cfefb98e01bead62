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
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The cuts as one pass from the start finds them: each piece's hash computed from its least length on. */
    private static int[] cutsOnePass(byte[] bytes) {
        int n = bytes.length;
        if (n < 2 * SiteArchive.MIN_PIECE) {
            return new int[] {0, n};
        }
        java.util.List<Integer> cuts = new java.util.ArrayList<>(java.util.List.of(0));
        int start = 0;
        while (n - start >= 2 * SiteArchive.MIN_PIECE) {
            int end = Math.min(n - SiteArchive.MIN_PIECE, start + SiteArchive.MAX_PIECE);
            int at = end;
            long hash = 0;
            for (int i = start + SiteArchive.MIN_PIECE - 64; i < end; i++) {
                hash = (hash << 1) + SiteArchive.GEAR[bytes[i] & 0xff];
                if (i >= start + SiteArchive.MIN_PIECE && (hash & SiteArchive.CUT_MASK) == 0) {
                    at = i;
                    break;
                }
            }
            cuts.add(at);
            start = at;
        }
        cuts.add(n);
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theCutsFoundInParallelAreThoseOfOnePassFromTheStart() {
        java.util.Random random = new java.util.Random(11);
        for (int size : new int[] {100, 2 * SiteArchive.MIN_PIECE - 1, 2 * SiteArchive.MIN_PIECE, 3_000_000, 4 << 20, (4 << 20) + 65,
                9_000_000, 21_000_000}) {
            byte[] words = text(size);
            assertArrayEquals(cutsOnePass(words), SiteArchive.cuts(words), "text of " + size);
            byte[] noise = new byte[size];
            random.nextBytes(noise);
            assertArrayEquals(cutsOnePass(noise), SiteArchive.cuts(noise), "random bytes, " + size);
        }
        // stretches as short as the hash's 64 bytes, or shorter, or not a divisor: the places found at their edges too
        byte[] words = text(3_000_000);
        for (int stretch : new int[] {1, 63, 64, 65, 1000, 4096, 999_983}) {
            assertArrayEquals(cutsOnePass(words), SiteArchive.cuts(words, stretch), "stretches of " + stretch);
        }
        // no place to cut: every piece is as long as it may be
        byte[] zeros = new byte[13_000_000];
        assertArrayEquals(cutsOnePass(zeros), SiteArchive.cuts(zeros));
        assertTrue(SiteArchive.cuts(zeros).length > 3);
    }

    /** The pieces the file is cut into, as texts. */
    private static java.util.List<String> pieces(byte[] file) {
        int[] cuts = SiteArchive.cuts(file);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            out.add(new String(file, cuts[i], cuts[i + 1] - cuts[i], StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    @Test
    void aLargeFileIsCutWhereItsContentSaysSoThatAChangeInOnePlaceLeavesTheOtherPiecesAsTheyWere() {
        byte[] file = text(12_000_000);
        java.util.List<String> was = pieces(file);
        assertTrue(was.size() >= 6, "pieces: " + was.size());
        assertEquals(new String(file, StandardCharsets.ISO_8859_1), String.join("", was));
        for (String piece : was) {
            assertTrue(piece.length() >= SiteArchive.MIN_PIECE && piece.length() <= SiteArchive.MAX_PIECE, "length " + piece.length());
        }
        assertEquals(java.util.List.of(new String(new byte[100], StandardCharsets.ISO_8859_1)), pieces(new byte[100]));

        // a paragraph added in the middle: the pieces before it are the same, and all but two after it
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int middle = text.indexOf('\n', 6_000_000) + 1;
        byte[] edited = (text.substring(0, middle) + "Edited: a new paragraph.\n" + text.substring(middle)).getBytes(StandardCharsets.ISO_8859_1);
        java.util.List<String> now = pieces(edited);
        java.util.List<String> kept = new java.util.ArrayList<>(now);
        kept.retainAll(was);
        assertTrue(kept.size() >= was.size() - 2, kept.size() + " of " + was.size() + " pieces kept");
        int before = 0;
        for (String piece : was) {
            if (before + piece.length() > middle) {
                break;
            }
            assertTrue(now.contains(piece), "a piece before the change");
            before += piece.length();
        }
    }

    @Test
    void aZipMadeWithTheLastZipsPiecesCopiesTheUnchangedOnesAndIsTheZipMadeAfresh() throws Exception {
        String index = new String(text(8_000_000), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new TreeMap<>(Map.of("assets/search-index.js", index.getBytes(StandardCharsets.UTF_8),
                "index.html", "<p>Réseau</p>\n".getBytes(StandardCharsets.UTF_8)));
        SiteArchive.Pieces pieces = new SiteArchive.Pieces();
        assertArrayEquals(zip(files, 2), zip(files, pieces), "the pieces kept change nothing in the zip");
        assertEquals(0, pieces.copied());

        int middle = index.indexOf('\n', 4_000_000) + 1;
        Map<String, byte[]> changed = new TreeMap<>(files);
        changed.put("assets/search-index.js", (index.substring(0, middle) + "Légal: a new paragraph.\n" + index.substring(middle))
                .getBytes(StandardCharsets.UTF_8));
        byte[] again = zip(changed, pieces);
        assertArrayEquals(zip(changed, 2), again);
        assertTrue(pieces.copied() >= SiteArchive.cuts(changed.get("assets/search-index.js")).length - 4, "copied " + pieces.copied());
        assertArrayEquals(changed.get("assets/search-index.js"), unzip(again).get("dossier/assets/search-index.js"));
    }

    private static byte[] zip(Map<String, byte[]> files, SiteArchive.Pieces pieces) throws IOException {
        SiteOutput.Memory site = SiteOutput.inMemory();
        files.forEach(site::put);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiteArchive(pieces).zip(site, out);
        return out.toByteArray();
    }
}
