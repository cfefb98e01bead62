package org.dossier.publish;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a site atomically: everything goes to a temporary folder beside the target, which replaces the target
 * only once every file is written. A failure leaves the previous site exactly as it was.
 */
public final class SiteWriter {

    /** Thrown when the target folder must not be replaced, or the write failed. */
    public static final class WriteException extends IOException {
        private static final long serialVersionUID = 1L;

        public WriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param files site-relative path (forward slashes) to content
     * @param out   the site folder to create or replace
     */
    public void write(Map<String, byte[]> files, Path out) throws IOException {
        try (Folder folder = open(out)) {
            try {
                files.forEach(folder::put);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            folder.commit();
        }
    }

    /**
     * Starts writing a site that will replace {@code out}: files go to a temporary folder beside it as they are
     * added; {@link Folder#commit} swaps it in, and closing without a commit deletes it.
     */
    public Folder open(Path out) throws IOException {
        checkReplaceable(out);
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path temp;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, "." + name + ".tmp-");
        } catch (IOException e) {
            throw cannotMakeAFolderIn(parent, e);
        }
        return new Folder(temp, target, parent, name, false).deletedOnExit();
    }

    /**
     * Throws an IOException saying why when no folder can be made where the site is to go (in its parent folder, or,
     * when that does not exist yet, in the nearest folder that does): a read-only place, a file where a folder should
     * be, a full disk. Makes a folder there and deletes it, so that a build can say so before it starts.
     */
    public static void checkWritable(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path place = target.getParent();
        while (place != null && !Files.exists(place)) {
            place = place.getParent();
        }
        if (place == null) {
            return; // the root, refused by checkReplaceable
        }
        try {
            Files.delete(Files.createTempDirectory(place, "." + target.getFileName() + ".tmp-"));
        } catch (IOException e) {
            throw cannotMakeAFolderIn(place, e);
        }
    }

    /** Java's own message of such a failure is often the path alone: this says what could not be done, and why. */
    private static IOException cannotMakeAFolderIn(Path place, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(java.util.Locale.ROOT)
                : e instanceof java.nio.file.FileSystemException // NoSuchFileException as "no such file"
                        ? e.getClass().getSimpleName().replace("Exception", "").replaceAll("(?<=.)(?=\\p{Lu})", " ").toLowerCase(java.util.Locale.ROOT)
                : e.getMessage();
        return new IOException("cannot make a folder in " + place + " (" + why + ")", e);
    }

    /**
     * Throws a {@link WriteException} when {@code out} is a folder a site may not replace: the file system root, a file,
     * or a folder that is neither empty nor a site this generator built. Reads nothing but the folder's listing, so
     * that a build can say so before it starts, as {@link #open} says it again before it writes.
     */
    public static void checkReplaceable(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new WriteException("refusing to write the site to the file system root", null);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new WriteException("refusing to replace " + out + ": it is a file, not a folder", null);
        }
        if (Files.exists(target) && !looksLikeSite(target)) {
            throw new WriteException("refusing to replace " + out + ": it is not empty and does not look like a site this generator"
                    + " built (such a site has " + String.join(", ", BUILT_SITE_HAS) + ")", null);
        }
    }

    /**
     * Starts updating the site in {@code out} in place: a file whose bytes equal those already there is not written
     * again; the others go to a temporary folder beside it, and {@link Folder#commit} moves them in and deletes the
     * files the new site no longer has. Until the commit, the site is untouched.
     */
    public Folder update(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(target) || !looksLikeSite(target)) {
            return open(out);
        }
        String name = target.getFileName().toString();
        Path temp;
        try {
            temp = Files.createTempDirectory(target.getParent(), "." + name + ".tmp-");
        } catch (IOException e) {
            throw cannotMakeAFolderIn(target.getParent(), e);
        }
        return new Folder(temp, target, target.getParent(), name, true).deletedOnExit();
    }

    /** A site being written to its temporary folder. */
    public static final class Folder implements SiteOutput, AutoCloseable {
        private final Path temp;
        private final Path target;
        private final Path parent;
        private final String name;
        private final Map<String, Long> sizes = new ConcurrentHashMap<>();
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        private final java.util.Set<String> unchanged = ConcurrentHashMap.newKeySet();
        private final boolean update;
        private boolean committed;
        /** Set when the process is stopping (Ctrl-C) before the commit: the temporary folder is then deleted. */
        private volatile boolean abandoned;
        /** Held by a commit, and by {@link #abandon}: a stop waits for a commit under way, and then lets it be. */
        private final Object commitLock = new Object();
        private static final String STOPPED = "the build was stopped before the site was written; the previous site is unchanged";
        final Thread onExit = new Thread(this::abandon, "dossier: delete the unfinished site");

        private Folder(Path temp, Path target, Path parent, String name, boolean update) {
            this.temp = temp;
            this.target = target;
            this.parent = parent;
            this.name = name;
            this.update = update;
        }

        /**
         * Deletes the temporary folder if the process stops (Ctrl-C, kill) before the commit: the unfinished site,
         * as large as the site, is not left beside it. A stop during the commit waits for it, so the site is never
         * left half moved in.
         */
        private Folder deletedOnExit() {
            try {
                Runtime.getRuntime().addShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // already stopping: close() deletes it, if it runs at all
            }
            return this;
        }

        /** What a stop does (see {@link #deletedOnExit}): after it, a commit is refused. */
        void abandon() {
            synchronized (commitLock) {
                if (committed || abandoned) {
                    return;
                }
                abandoned = true;
                // Render threads still running may add a file, or make its folder (and the temporary folder with it),
                // after a pass: passes go on until the folder has stayed away a while.
                for (int pass = 0; pass < 50; pass++) {
                    try {
                        deleteTree(temp);
                        Thread.sleep(20);
                        if (!Files.exists(temp)) {
                            return;
                        }
                    } catch (IOException | UncheckedIOException e) {
                        // a file added meanwhile: the next pass takes it
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** Whether the file is already in the site being updated, byte for byte. */
        public boolean unchanged(String path) {
            return unchanged.contains(path);
        }

        /** The file as the site being updated has it, if this writer updates a site in place and the file is there. */
        public java.util.Optional<Path> previous(String path) {
            if (!update) {
                return java.util.Optional.empty();
            }
            Path old = target.resolve(path).normalize();
            return old.startsWith(target) && Files.isRegularFile(old) ? java.util.Optional.of(old) : java.util.Optional.empty();
        }

        private boolean sameAsPrevious(String path, byte[] bytes) throws IOException {
            java.util.Optional<Path> old = previous(path);
            return old.isPresent() && Files.size(old.get()) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(old.get()), bytes);
        }

        /** The file's place in the temporary folder; refuses a path that leads out of it. */
        private Path file(String path) throws IOException {
            if (abandoned) {
                throw new WriteException(STOPPED, null);
            }
            Path file = temp.resolve(path).normalize();
            if (!file.startsWith(temp) || file.equals(temp)) {
                throw new WriteException("refusing to write " + path + ": it is outside the site folder", null);
            }
            return file;
        }

        /** Creates the file's folder in the temporary folder, once per folder, seen by no other thread before it exists. */
        private Path folderMade(Path file) {
            folders.computeIfAbsent(file.getParent(), dir -> {
                try {
                    Files.createDirectories(dir);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return file;
        }

        @Override
        public void put(String path, byte[] bytes) {
            try {
                Path file = file(path);
                if (sameAsPrevious(path, bytes)) {
                    unchanged.add(path);
                } else {
                    Files.write(folderMade(file), bytes);
                }
                sizes.put(path, (long) bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public OutputStream open(String path) throws IOException {
            Path file = folderMade(file(path));
            return new FilterOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    super.close();
                    sizes.put(path, Files.size(file));
                    java.util.Optional<Path> old = previous(path);
                    if (old.isPresent() && Files.mismatch(old.get(), file) == -1) {
                        Files.delete(file);
                        unchanged.add(path);
                    }
                }
            };
        }

        @Override
        public byte[] read(String path) {
            try {
                return Files.readAllBytes(unchanged.contains(path) ? target.resolve(path) : temp.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean has(String path) {
            return sizes.containsKey(path);
        }

        @Override
        public List<String> paths() {
            return sizes.keySet().stream().sorted().toList();
        }

        @Override
        public long size(String path) {
            return sizes.get(path);
        }

        /** Replaces the target with everything written, or, when updating, moves the changed files in. */
        public void commit() throws IOException {
            synchronized (commitLock) {
                if (abandoned) {
                    throw new WriteException(STOPPED, null);
                }
                if (update) {
                    moveIn();
                    deleteTree(temp);
                } else {
                    swap(temp, target, parent, name);
                }
                committed = true;
            }
        }

        /** Moves each changed file into the site, then deletes the files and folders the new site does not have. */
        private void moveIn() throws IOException {
            for (String path : new TreeSet<>(sizes.keySet())) {
                if (!unchanged.contains(path)) {
                    Path to = target.resolve(path);
                    Files.createDirectories(to.getParent());
                    Files.move(temp.resolve(path), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    String path = target.relativize(p).toString().replace('\\', '/');
                    if (p.equals(target) || sizes.containsKey(path)) {
                        continue;
                    }
                    if (!Files.isDirectory(p)) {
                        Files.delete(p);
                    } else {
                        try (Stream<Path> entries = Files.list(p)) {
                            if (entries.findAny().isEmpty()) {
                                Files.delete(p);
                            }
                        }
                    }
                }
            }
        }

        /** Deletes the temporary folder unless it was committed. */
        @Override
        public void close() throws IOException {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // stopping: the hook deletes the folder
            }
            synchronized (commitLock) {
                if (!committed && !abandoned) {
                    deleteTree(temp);
                }
            }
        }
    }

    private static void swap(Path temp, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /**
     * What every site the generator builds has at its root, and a folder it may replace must have (unless it is
     * empty): an index.html alone is not enough, since a folder of another site's pages (docs/ for GitHub Pages) has one.
     */
    static final List<String> BUILT_SITE_HAS = List.of("index.html", ".nojekyll", SiteArchive.PATH);

    private static boolean looksLikeSite(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty() || isBuiltSite(dir);
        }
    }

    /** Whether the folder holds a site this generator built: it has each of {@link #BUILT_SITE_HAS}. */
    public static boolean isBuiltSite(Path dir) {
        return Files.isDirectory(dir) && BUILT_SITE_HAS.stream().allMatch(name -> Files.isRegularFile(dir.resolve(name)));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
