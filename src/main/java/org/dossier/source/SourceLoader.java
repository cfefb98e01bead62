package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The load stage: reads content/, seeds/ into memory. Checks only that files exist and are UTF-8 text. */
public final class SourceLoader {
    /** No real metadata file or document comes near this; a larger file is a mistake or an attack. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final FileMemo memo;

    public SourceLoader() {
        this(null);
    }

    /** @param memo the files the last load read, kept for this one (see {@link FileMemo}); null to read every file */
    public SourceLoader(FileMemo memo) {
        this.memo = memo;
    }

    public Sources load(InputPaths paths) {
        Diagnostics diagnostics = new Diagnostics();
        requireDirectory(paths, paths.content(), "the content folder", "--content", diagnostics);
        requireDirectory(paths, paths.seeds(), "the seeds folder", "--seeds", diagnostics);
        requireDirectory(paths, paths.layouts(), "the layouts folder", "--layouts", diagnostics);
        diagnostics.throwIfErrors("load");

        Path siteFile = paths.content().resolve("site.yaml");
        SourceText site = Files.isRegularFile(siteFile) ? readText(paths, siteFile, diagnostics).orElse(null) : null;
        if (site == null && !Files.isRegularFile(siteFile) && !notAFile(paths, siteFile, diagnostics)) {
            diagnostics.add(Diagnostic.fileError(paths.display(siteFile), "missing-file", "the site settings file does not exist",
                    "create it with the fields title, description and language"));
        }
        Map<String, byte[]> documentBytes = new java.util.concurrent.ConcurrentHashMap<>();
        List<SourceText> documents = readDocuments(paths, paths.content().resolve("documents"), documentBytes, diagnostics);
        List<SourceText> pages = readAll(paths, paths.content().resolve("pages"), ".md", diagnostics);
        Map<org.dossier.model.EntityKind, SourceText> registries = new java.util.EnumMap<>(org.dossier.model.EntityKind.class);
        for (var e : Registry.FILES.entrySet()) {
            Path file = paths.content().resolve(e.getValue());
            if (Files.isRegularFile(file)) {
                readText(paths, file, diagnostics).ifPresent(t -> registries.put(e.getKey(), t));
            } else {
                notAFile(paths, file, diagnostics);
            }
        }
        Map<String, SourceText> chronicles = new TreeMap<>();
        for (String name : List.of(Chronicle.EVENTS_FILE, Chronicle.FIGURES_FILE)) {
            Path file = paths.content().resolve(name);
            if (Files.isRegularFile(file)) {
                readText(paths, file, diagnostics).ifPresent(t -> chronicles.put(name, t));
            } else {
                notAFile(paths, file, diagnostics);
            }
        }
        // the same file named .yml would be passed over in silence: a site without its events, say
        List<String> named = new ArrayList<>(List.of("site.yaml", Chronicle.EVENTS_FILE, Chronicle.FIGURES_FILE));
        named.addAll(new java.util.TreeSet<>(Registry.FILES.values()));
        for (String name : named) {
            Path yml = paths.content().resolve(name.replace(".yaml", ".yml"));
            if (Files.isRegularFile(yml)) {
                diagnostics.add(Diagnostic.fileError(paths.display(yml), "missing-file",
                        "the file \"" + yml.getFileName() + "\" is not read: the generator reads " + name, "rename it " + name));
            }
        }
        Map<String, byte[]> seeds = new TreeMap<>();
        for (Path file : list(paths, paths.seeds(), List.of(""), diagnostics)) {
            FileMemo.Read read = readFile(paths, file, diagnostics, false);
            if (read != null) {
                seeds.put(file.getFileName().toString(), read.bytes());
            }
        }
        if (memo != null) {
            memo.loaded();
        }
        diagnostics.throwIfErrors("load");
        return new Sources(site, documents, documentBytes, pages, registries, chronicles, seeds, paths.display(paths.seeds()));
    }

    private static void requireDirectory(InputPaths paths, Path dir, String what, String option, Diagnostics diagnostics) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.fileError(paths.display(dir), "missing-folder", what + " is a file, not a folder",
                    "point to the folder with " + option + ", or run the command from the repository root"));
        } else if (!Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.fileError(paths.display(dir), "missing-folder", what + " does not exist",
                    "run the command from the repository root, or point to the folder with " + option));
        }
    }

    /**
     * Reports what stands where a file the generator reads is expected, a folder or a link that leads nowhere, and
     * says whether there was one: passed over, a registry or the events would be left out of the site in silence.
     */
    private static boolean notAFile(InputPaths paths, Path file, Diagnostics diagnostics) {
        if (Files.isDirectory(file)) {
            diagnostics.add(Diagnostic.fileError(paths.display(file), "missing-file", "\"" + file.getFileName() + "\" is a folder, not a file",
                    "the generator reads a file of this name: move what the folder holds elsewhere, remove the folder, and write the file"));
            return true;
        }
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            diagnostics.add(danglingLink(paths, file));
            return true;
        }
        return false;
    }

    /** A symbolic link to nothing, or to itself through others: it names a file the generator cannot read. */
    private static Diagnostic danglingLink(InputPaths paths, Path link) {
        String target;
        try {
            target = " to " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            target = "";
        }
        return Diagnostic.fileError(paths.display(link), "unreadable",
                "cannot read the file: it is a symbolic link" + target + ", which leads to no file (the file is missing, or the links go round in a loop)",
                "point the link at the file, or replace the link with the file itself, or remove it");
    }

    /** A folder the generator reads files from ({@code content/documents/}, {@code content/pages/}) that is a file. */
    private static boolean notAFolder(InputPaths paths, Path dir, String holds, Diagnostics diagnostics) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.fileError(paths.display(dir), "missing-folder", "\"" + dir.getFileName() + "\" is a file, not a folder",
                    "the generator reads " + holds + " from a folder of this name: rename the file, make the folder, and put them in it"));
            return true;
        }
        return false;
    }

    /**
     * The sidecars (.yaml) and Markdown documents (.md) of content/documents/, sorted by path, read in parallel;
     * the bytes of each Markdown document are kept, since the file itself is published as the source.
     */
    private List<SourceText> readDocuments(InputPaths paths, Path dir, Map<String, byte[]> bytes, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            notAFolder(paths, dir, "the documents' metadata files (<id>.yaml) and Markdown documents (<id>.md)", diagnostics);
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path file : list(paths, dir, List.of(".yaml", ".md", ".yml"), diagnostics)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                // a sidecar named .yml would otherwise be passed over in silence, and its document left out of the site
                diagnostics.add(Diagnostic.fileError(paths.display(file), "invalid-id",
                        "the file \"" + name + "\" is not read: a document's metadata file is named <id>.yaml",
                        "rename it " + name.substring(0, name.length() - ".yml".length()) + ".yaml"));
            } else {
                files.add(file);
            }
        }
        return files.parallelStream().map(file -> {
            FileMemo.Read read = readFile(paths, file, diagnostics, true);
            if (read != null && file.getFileName().toString().endsWith(".md")) {
                bytes.put(read.text().path(), read.bytes());
            }
            return Optional.ofNullable(read).map(FileMemo.Read::text);
        }).flatMap(Optional::stream).toList();
    }

    private List<SourceText> readAll(InputPaths paths, Path dir, String extension, Diagnostics diagnostics) {
        List<SourceText> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            notAFolder(paths, dir, "the Markdown pages (" + extension + ")", diagnostics);
            return out;
        }
        for (Path file : list(paths, dir, List.of(extension), diagnostics)) {
            readText(paths, file, diagnostics).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The files of the folder whose names end with one of the extensions ("" for any) and do not start with a dot,
     * sorted by path. The names are filtered first, so that only the files taken are asked whether they are regular
     * files (a question to the file system each), and those questions are asked in parallel. A link that leads to no
     * file is reported, and so is a folder named as a file is ({@code x.yaml}, {@code x.md}): either would leave a
     * document out of the site in silence. (Another folder, such as one in seeds/, is not read.)
     */
    private static List<Path> list(InputPaths paths, Path dir, List<String> extensions, Diagnostics diagnostics) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> named = files.filter(p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".") && extensions.stream().anyMatch(name::endsWith);
            }).toList();
            List<Path> regular = named.parallelStream().filter(Files::isRegularFile).sorted().toList();
            if (regular.size() < named.size()) {
                for (Path other : named.stream().filter(p -> !regular.contains(p)).sorted().toList()) {
                    if (!Files.isDirectory(other)) {
                        notAFile(paths, other, diagnostics);
                    } else if (!extensions.contains("")) {
                        diagnostics.add(Diagnostic.fileError(paths.display(other), "missing-file",
                                "\"" + other.getFileName() + "\" is a folder, not a file, so it is not read",
                                "a file of this name is read from " + paths.display(dir) + "/: move what the folder holds elsewhere,"
                                        + " and remove or rename the folder"));
                    }
                }
            }
            return regular;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.fileError(paths.display(dir), "unreadable", "cannot list the folder: " + reason(e),
                    "check that you may read it: ls -ld shows its permissions, and chmod u+rx gives you the right to list it"));
            return List.of();
        }
    }

    /** What went wrong, in words: Java's message for a file it may not read is the file's path alone. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static final String UNREADABLE_HINT =
            "check that you may read it: ls -l shows its permissions, and chmod u+r gives you the right to read it";

    /** Reads a file as strict UTF-8; reports the line and column of the first invalid byte. */
    private Optional<SourceText> readText(InputPaths paths, Path file, Diagnostics diagnostics) {
        return Optional.ofNullable(readFile(paths, file, diagnostics, true)).map(FileMemo.Read::text);
    }

    /**
     * Reads a file, from the memo when it did not change since the last load; as text (strict UTF-8) when
     * {@code text}, otherwise as bytes only. Null, reported, when it cannot be read or is not text.
     */
    private FileMemo.Read readFile(InputPaths paths, Path file, Diagnostics diagnostics, boolean text) {
        String shown = paths.display(file);
        FileMemo.Reader reader = f -> {
            if (tooLarge(paths, f, diagnostics)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(f);
            if (!text) {
                return new FileMemo.Read(bytes, null);
            }
            return decode(shown, bytes, diagnostics).map(t -> new FileMemo.Read(bytes, SourceText.of(shown, stripBom(t)))).orElse(null);
        };
        try {
            if (memo == null) {
                return reader.read(file);
            }
            FileMemo.Read read = memo.read(file, reader);
            return read == null || read.text() == null || read.text().path().equals(shown) ? read : reader.read(file);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.fileError(shown, "unreadable", "cannot read the file: " + reason(e), UNREADABLE_HINT));
            return null;
        }
    }

    private static boolean tooLarge(InputPaths paths, Path file, Diagnostics diagnostics) throws IOException {
        long size = Files.size(file);
        if (size <= MAX_FILE_BYTES) {
            return false;
        }
        diagnostics.add(Diagnostic.fileError(paths.display(file), "file-too-large",
                String.format(java.util.Locale.ROOT, "the file is %,d bytes; the limit is %,d", size, MAX_FILE_BYTES),
                "a source document or metadata file is text of a few kilobytes; check that this is the right file"));
        return true;
    }

    /** Decodes UTF-8 strictly; on failure reports where the first invalid byte is. */
    public static Optional<String> decode(String shownPath, byte[] bytes, Diagnostics diagnostics) {
        return decode(shownPath, bytes, false, diagnostics);
    }

    /**
     * As {@link #decode(String, byte[], Diagnostics)}; {@code evidence} for a seed, which is kept as received and so
     * is never to be saved again in another encoding.
     */
    public static Optional<String> decode(String shownPath, byte[] bytes, boolean evidence, Diagnostics diagnostics) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    int line = 1;
                    int lineStart = 0;
                    for (int j = 0; j < i; j++) {
                        if (text.charAt(j) == '\n') {
                            line++;
                            lineStart = j + 1;
                        }
                    }
                    diagnostics.add(new Diagnostic(shownPath, line, i - lineStart + 1, org.dossier.diag.Severity.ERROR, "binary-file",
                            String.format(java.util.Locale.ROOT, "the file holds a control character (U+%04X), so it is not a text document", (int) c),
                            "only plain text belongs here; if this is a PDF or an image, copy its text into a .txt file", ""));
                    return Optional.empty();
                }
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            diagnostics.add(new Diagnostic(shownPath, line, column, org.dossier.diag.Severity.ERROR, "not-utf8",
                    String.format(java.util.Locale.ROOT, "the file is not valid UTF-8 text (byte 0x%02X at offset %d)", bytes[bad] & 0xFF, bad),
                    evidence
                            ? "a seed is never saved again: if it is text in another encoding, keep this file outside seeds/ and put"
                                    + " here a UTF-8 copy of the source (from its publisher, or converted without changing a character,"
                                    + " as iconv -f SHIFT_JIS -t UTF-8 does), saying so in the summary; a PDF or an image does not belong here"
                            : "save the file as UTF-8; if it is not a text file, it does not belong here", ""));
            return Optional.empty();
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    /** The text without the byte order mark it may start with (as Windows Notepad saves UTF-8). */
    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
