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
        byte[] again = new SiteArchive().zip(site, one, path -> java.util.Arrays.equals(files.get(path), changed.get(path)));
        assertArrayEquals(zip(changed, 2), again);
    }

    private static final String DOWNLOAD = "download/index.html";

    /** A small site whose download page links to the zip. */
    private static Map<String, byte[]> siteWithDownloadPage(String download) {
        return new TreeMap<>(Map.of("index.html", "<p>Réseau</p>\n".getBytes(StandardCharsets.UTF_8),
                DOWNLOAD, download.getBytes(StandardCharsets.UTF_8), "seeds/a.txt", text(5_000)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static SiteOutput.Memory memory(Map<String, byte[]> files) {
        SiteOutput.Memory site = SiteOutput.inMemory();
        files.forEach(site::put);
        return site;
    }

    @Test
    void aPageTheZipHoldsInAnotherVersionIsThatVersionThereAndEveryOtherFileIsTheSites() throws Exception {
        Map<String, byte[]> files = siteWithDownloadPage("<a href=\"../dossier.zip\">Download</a>");
        files.put(SiteArchive.PATH, utf8("the zip of the last build"));
        byte[] unzipped = utf8("Unzipped from dossier.zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiteArchive(null, Map.of(DOWNLOAD, unzipped, "not/in/the/site.html", utf8("x"))).zip(memory(files), out);

        Map<String, byte[]> zipped = unzip(out.toByteArray());
        assertEquals(java.util.List.of("dossier/download/index.html", "dossier/index.html", "dossier/seeds/a.txt"),
                java.util.List.copyOf(zipped.keySet()), "the zip leaves itself out, and adds no file the site does not have");
        assertArrayEquals(unzipped, zipped.get("dossier/" + DOWNLOAD));
        assertArrayEquals(files.get("index.html"), zipped.get("dossier/index.html"));
        assertArrayEquals(files.get("seeds/a.txt"), zipped.get("dossier/seeds/a.txt"));
    }

    @Test
    void theZipsVersionOfAPageIsCompressedAgainWhenItChangedThoughTheSitesPageDidNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Map<String, byte[]> files = siteWithDownloadPage("<a href=\"../dossier.zip\">Download</a>");
        byte[] was = utf8("Unzipped from dossier.zip; published at https://example.org/dossier/");
        byte[] now = utf8("Unzipped from dossier.zip; published at https://example.net/dossier/");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        new SiteArchive(null, Map.of(DOWNLOAD, was)).zip(memory(files), first);

        // every file of the site is as it was, the download page too: only the zip's version of it changed
        byte[] inMemory = new SiteArchive(new SiteArchive.Pieces(), Map.of(DOWNLOAD, now)).zip(memory(files), first.toByteArray(), path -> true);
        assertArrayEquals(now, unzip(inMemory).get("dossier/" + DOWNLOAD), "a preview's zip");

        java.nio.file.Path previous = java.nio.file.Files.write(dir.resolve("dossier.zip"), first.toByteArray());
        ByteArrayOutputStream onDisk = new ByteArrayOutputStream();
        new SiteArchive(null, Map.of(DOWNLOAD, now)).zip(memory(files), onDisk, java.util.Optional.of(previous), path -> true);
        assertArrayEquals(now, unzip(onDisk.toByteArray()).get("dossier/" + DOWNLOAD), "a cached build's zip");

        ByteArrayOutputStream afresh = new ByteArrayOutputStream();
        new SiteArchive(null, Map.of(DOWNLOAD, now)).zip(memory(files), afresh);
        assertArrayEquals(afresh.toByteArray(), inMemory);
        assertArrayEquals(afresh.toByteArray(), onDisk.toByteArray());
    }

    @Test
    void theZipsVersionOfAPageIsCopiedFromTheLastZipWhenItIsTheSameThoughTheSitesPageChanged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Map<String, byte[]> files = siteWithDownloadPage("<a href=\"../dossier.zip\">Download</a>");
        byte[] unzipped = utf8("Unzipped from dossier.zip. ".repeat(40));
        // the last zip holds the version stored rather than deflated, so that a copy of its entry shows
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        try (ZipWriter writer = new ZipWriter(last)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] bytes = file.getKey().equals(DOWNLOAD) ? unzipped : file.getValue();
                java.util.zip.Deflater deflater = new java.util.zip.Deflater(
                        file.getKey().equals(DOWNLOAD) ? java.util.zip.Deflater.NO_COMPRESSION : java.util.zip.Deflater.BEST_SPEED, true);
                deflater.setInput(bytes);
                deflater.finish();
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                byte[] buffer = new byte[4096];
                while (!deflater.finished()) {
                    raw.write(buffer, 0, deflater.deflate(buffer));
                }
                deflater.end();
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                writer.add("dossier/" + file.getKey(), crc.getValue(), bytes.length, raw.size(), new ByteArrayInputStream(raw.toByteArray()));
            }
        }
        long stored = ZipWriter.entries(last.toByteArray(), "dossier/").get(DOWNLOAD).compressedSize();
        assertTrue(stored > unzipped.length, "stored: " + stored);

        // the site's download page changed; the zip's version of it did not
        Map<String, byte[]> changed = siteWithDownloadPage("<a href=\"../dossier.zip\">Download the zip</a>");
        java.util.function.Predicate<String> unchanged = path -> !path.equals(DOWNLOAD);
        byte[] inMemory = new SiteArchive(new SiteArchive.Pieces(), Map.of(DOWNLOAD, unzipped)).zip(memory(changed), last.toByteArray(), unchanged);
        assertEquals(stored, ZipWriter.entries(inMemory, "dossier/").get(DOWNLOAD).compressedSize(), "a preview's zip copies it");
        assertArrayEquals(unzipped, unzip(inMemory).get("dossier/" + DOWNLOAD));

        java.nio.file.Path previous = java.nio.file.Files.write(dir.resolve("dossier.zip"), last.toByteArray());
        ByteArrayOutputStream onDisk = new ByteArrayOutputStream();
        new SiteArchive(null, Map.of(DOWNLOAD, unzipped)).zip(memory(changed), onDisk, java.util.Optional.of(previous), unchanged);
        assertEquals(stored, ZipWriter.entries(onDisk.toByteArray(), "dossier/").get(DOWNLOAD).compressedSize(), "a cached build's zip copies it");
        assertArrayEquals(unzipped, unzip(onDisk.toByteArray()).get("dossier/" + DOWNLOAD));
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
        Map<String, byte[]> files = indexAndPage(index, "<p>Réseau</p>\n");
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

    @Test
    void aLargeFileCutAgainFromItsLastCutsIsCutAndZippedAsAfreshWhateverTheEdit() throws Exception {
        byte[] start = text(9_000_000);
        java.util.Random random = new java.util.Random(5);
        byte[] noise = new byte[3_000_000];
        random.nextBytes(noise);
        String text = new String(start, StandardCharsets.ISO_8859_1);
        int middle = text.indexOf('\n', 4_500_000) + 1;
        // each edit is made to the version before it, as saves follow one another in a preview
        Map<String, java.util.function.UnaryOperator<byte[]>> edits = new java.util.LinkedHashMap<>();
        edits.put("nothing", b -> b.clone());
        edits.put("a paragraph inserted in the middle", b -> splice(b, middle, 0, "Added: a new paragraph.\n"));
        edits.put("a paragraph removed from the middle", b -> splice(b, middle, 25, ""));
        edits.put("one byte changed in place", b -> splice(b, middle + 10, 1, "#"));
        edits.put("the first byte changed", b -> splice(b, 0, 1, "X"));
        edits.put("a byte changed within the first 64", b -> splice(b, 40, 1, "Y"));
        edits.put("the last byte changed", b -> splice(b, b.length - 1, 1, "Z"));
        edits.put("text appended", b -> splice(b, b.length, 0, "appended at the end\n".repeat(50)));
        edits.put("the end cut off", b -> java.util.Arrays.copyOf(b, b.length - 1_000_003));
        edits.put("text put before the start", b -> splice(b, 0, 0, "prepended\n".repeat(7)));
        edits.put("the start cut off", b -> java.util.Arrays.copyOfRange(b, 77_777, b.length));
        edits.put("the same bytes as the end, repeated", b -> splice(b, 600_000, 0,
                new String(b, b.length - 70_000, 70_000, StandardCharsets.ISO_8859_1)));
        edits.put("changes near both ends", b -> splice(splice(b, 100, 3, "abc"), b.length - 200, 3, "xyz"));
        edits.put("changes far apart, the pieces between them moved", b -> splice(splice(b, 1_000_000, 0, "moved"), b.length - 1_000_000, 0, "by"));
        edits.put("random bytes in place of the middle", b -> splice(b, 2_000_000, 3_000_000, new String(noise, StandardCharsets.ISO_8859_1)));
        edits.put("shorter than two pieces", b -> java.util.Arrays.copyOf(b, SiteArchive.MIN_PIECE + 5));
        edits.put("long again", b -> start.clone());
        edits.put("other text altogether", b -> text(7_000_000));
        SiteArchive.Pieces pieces = new SiteArchive.Pieces();
        byte[] file = start;
        zip(Map.of("assets/search-index.js", file), pieces);
        for (var edit : edits.entrySet()) {
            file = edit.getValue().apply(file);
            Map<String, byte[]> files = Map.of("assets/search-index.js", file);
            int copiedBefore = pieces.copied();
            assertArrayEquals(zip(files, 1), zip(files, pieces), edit.getKey());
            if (edit.getKey().equals("a paragraph inserted in the middle") || edit.getKey().startsWith("changes far apart")) {
                assertTrue(pieces.copied() - copiedBefore >= SiteArchive.cuts(file).length - 4,
                        "pieces copied: " + (pieces.copied() - copiedBefore));
            }
        }
    }

    @Test
    void thePlacesToCutFoundFromTheLastVersionAreThoseFoundAfreshAtTheEdgesOfAChange() throws Exception {
        byte[] file = text(3_000_000);
        int[] places = SiteArchive.places(file);
        assertTrue(places.length >= 2 && places[0] > 1000, "places: " + java.util.Arrays.toString(places));
        int place = places[0];
        // a byte changed in each of the 64 the hash at a place reads, and either side of them: the place found again,
        // or not, as afresh (the oldest byte makes only the hash's top bit, so it is changed for one that flips it)
        for (int at = place - 65; at <= place + 1; at++) {
            byte[] edited = file.clone();
            edited[at] = other(file[at], at == place - 63);
            assertArrayEquals(SiteArchive.places(edited), SiteArchive.placesAfter(file, edited), "byte " + (at - place) + " from a place");
            byte[] longer = splice(file, at, 1, "two");
            assertArrayEquals(SiteArchive.places(longer), SiteArchive.placesAfter(file, longer), "bytes " + (at - place) + " from a place");
        }
        // a file that starts 63 bytes before a place (which is none, being before byte 64) with bytes put before it:
        // the place is one now, though the last version had none where it moved from
        byte[] late = java.util.Arrays.copyOfRange(file, place - 63, file.length);
        for (String put : new String[] {"a", "abcde", "x".repeat(64), "y".repeat(65)}) {
            byte[] moved = splice(late, 0, 0, put);
            assertArrayEquals(SiteArchive.places(moved), SiteArchive.placesAfter(late, moved), "moved by " + put.length());
        }
        assertArrayEquals(places, SiteArchive.placesAfter(file, file.clone()));
        byte[] noise = new byte[1_000_000];
        new java.util.Random(3).nextBytes(noise);
        assertArrayEquals(SiteArchive.places(noise), SiteArchive.placesAfter(file, noise));
    }

    /** A byte other than {@code b}; with {@code flip}, one whose hash value differs from b's in its lowest bit. */
    private static byte other(byte b, boolean flip) {
        for (int c = 'a'; ; c++) {
            if (c != b && (!flip || ((SiteArchive.GEAR[c] ^ SiteArchive.GEAR[b & 0xff]) & 1) == 1)) {
                return (byte) c;
            }
        }
    }

    @Test
    void aFileCutOffWhereItWasCutZipsItsNewLastPieceAsTheLastOne() throws Exception {
        byte[] file = text(12_000_000);
        int[] cuts = SiteArchive.cuts(file);
        int start = -1;
        int end = -1;
        for (int i = 1; i + 1 < cuts.length - 1 && end < 0; i++) {
            if (cuts[i + 1] - cuts[i] < 2 * SiteArchive.MIN_PIECE) {
                start = cuts[i];
                end = cuts[i + 1];
            }
        }
        assertTrue(end > 0, "a piece shorter than two of the least among " + java.util.Arrays.toString(cuts));
        SiteArchive.Pieces pieces = new SiteArchive.Pieces();
        zip(Map.of("assets/search-index.js", file), pieces);
        Map<String, byte[]> shorter = Map.of("assets/search-index.js", java.util.Arrays.copyOf(file, end));
        int[] shorterCuts = SiteArchive.cuts(shorter.get("assets/search-index.js"));
        assertEquals(start, shorterCuts[shorterCuts.length - 2], "the last piece is the one that was not the last");
        byte[] zipped = zip(shorter, pieces);
        assertArrayEquals(zip(shorter, 1), zipped);
        assertArrayEquals(shorter.get("assets/search-index.js"), unzip(zipped).get("dossier/assets/search-index.js"));
    }

    @Test
    void aLargeFileUnchangedByOneZipIsCutFromItsPiecesWhenTheNextChangesIt() throws Exception {
        String index = new String(text(8_000_000), StandardCharsets.UTF_8);
        Map<String, byte[]> files = indexAndPage(index, "<p>One</p>\n");
        SiteArchive.Pieces pieces = new SiteArchive.Pieces();
        byte[] first = zip(files, pieces);
        // a build that changes the page only: the search index is copied from the last zip
        Map<String, byte[]> second = new TreeMap<>(files);
        second.put("index.html", "<p>Two</p>\n".getBytes(StandardCharsets.UTF_8));
        byte[] zipped = zipFrom(first, files, second, pieces);
        assertArrayEquals(zip(second, 1), zipped);
        // then one that changes the search index: its pieces but those around the change are copied
        Map<String, byte[]> third = new TreeMap<>(second);
        int middle = index.indexOf('\n', 4_000_000) + 1;
        third.put("assets/search-index.js", (index.substring(0, middle) + "Added.\n" + index.substring(middle)).getBytes(StandardCharsets.UTF_8));
        int before = pieces.copied();
        assertArrayEquals(zip(third, 1), zipFrom(zipped, second, third, pieces));
        assertTrue(pieces.copied() - before >= SiteArchive.cuts(third.get("assets/search-index.js")).length - 4,
                "copied " + (pieces.copied() - before));
    }

    /** The zip of {@code files} made from {@code previous}, the zip of {@code was}, as a preview makes it. */
    private static byte[] zipFrom(byte[] previous, Map<String, byte[]> was, Map<String, byte[]> files, SiteArchive.Pieces pieces)
            throws IOException {
        SiteOutput.Memory site = SiteOutput.inMemory();
        files.forEach(site::put);
        return new SiteArchive(pieces).zip(site, previous, path -> java.util.Arrays.equals(was.get(path), files.get(path)));
    }

    /** A site of a search index and a home page, sorted by path. */
    private static Map<String, byte[]> indexAndPage(String index, String page) {
        return new TreeMap<>(Map.of("assets/search-index.js", index.getBytes(StandardCharsets.UTF_8),
                "index.html", page.getBytes(StandardCharsets.UTF_8)));
    }

    /** The bytes with {@code length} of them from {@code at} replaced by {@code text}. */
    private static byte[] splice(byte[] bytes, int at, int length, String text) {
        byte[] put = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[bytes.length - length + put.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(put, 0, out, at, put.length);
        System.arraycopy(bytes, at + length, out, at + put.length, bytes.length - at - length);
        return out;
    }

    private static byte[] zip(Map<String, byte[]> files, SiteArchive.Pieces pieces) throws IOException {
        SiteOutput.Memory site = SiteOutput.inMemory();
        files.forEach(site::put);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiteArchive(pieces).zip(site, out);
        return out.toByteArray();
    }
}
