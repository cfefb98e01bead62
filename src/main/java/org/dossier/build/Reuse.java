package org.dossier.build;

import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.render.SiteRenderer;
import org.dossier.source.DocumentMetadata;
import org.dossier.source.Input;
import org.dossier.xref.CrossReferencer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What one build in memory keeps for the next, so that a preview rebuilds only what changed (see
 * {@link Pipeline#render(Pipeline.Options, Reuse)}). Everything kept is keyed by all it was made from, compared by
 * value, never by time or name, but for the input files, which are taken as unchanged as git takes them:
 * <ul>
 *   <li>an input file's bytes and text, by its size, modification and change times and inode (see
 *       {@link org.dossier.source.FileMemo});</li>
 *   <li>a document's metadata as validated, by its file's text, the registry, its seed and the seed's text, and the
 *       aliases found in each source text, by that text and the aliases (see
 *       {@link org.dossier.source.Validator.Memo});</li>
 *   <li>a document's model, by its metadata, its text and digest, and the registry it was linked with; and the
 *       dossier's indexes, when the documents that changed are indexed as they were (see {@link Dossier#of});</li>
 *   <li>a document's page and files (citations, the copy of its source), by that model; an organisation's,
 *       person's or topic's page by the entity and all the page shows of the documents; a page made from many
 *       documents (the home page, sections, registers, timeline, signatory index) by its view, which holds only what
 *       it shows of them (see {@link org.dossier.render.PlannedPage#key}), and so the download page and the zip's
 *       version of it; each also by what every page shares: settings, registry, Markdown pages, layouts and
 *       generator;</li>
 *   <li>the plan of those pages, by the dossier: when the documents that changed are shown by other pages as they
 *       were, the other pages keep their keys (see {@link org.dossier.render.PagePlanner.Memo});</li>
 *   <li>a block of the search index, by its documents (see {@link org.dossier.render.SearchIndex.Memo});</li>
 *   <li>a document's entry in data/documents.json, by the document, and an organisation's or person's entry in
 *       data/organizations.json or data/people.json, by all it is made from (see
 *       {@link org.dossier.render.DataExports.Memo});</li>
 *   <li>each file's compressed entry in the zip, by the file's bytes (the zip's version of a page by its own, not
 *       the site's page's); and a large file's cuts and compressed pieces,
 *       by its bytes, compared with the next version's where they are the same, and each piece in between by its
 *       bytes (see {@link org.dossier.publish.SiteArchive.Pieces});</li>
 *   <li>what the link check learnt of each page (its ids, what its links need), by the page's bytes, and which
 *       pages passed (see {@link org.dossier.publish.LinkChecker.Memo}).</li>
 * </ul>
 * Everything else (the feed and sitemap, data/signatories.csv) is made afresh on every
 * build, since one document can change any of them; a page made again with the bytes it had keeps last build's
 * array, so that what is kept by the array is kept too. Not thread-safe across builds: one build at a time.
 */
public final class Reuse {
    /**
     * What a document's model is made from, held small: the metadata without the file's text, which the SHA-256 of
     * that text stands for, and the seed's digest, which stands for the seed's text (the registry is compared apart).
     * For a Markdown document the seed is the file itself.
     */
    record DocumentInputs(DocumentMetadata meta, String sourceSha256, Input.Digest seed, String seedsShown) {
        static DocumentInputs of(DocumentMetadata meta, Input.Digest seed, String seedsShown) {
            var source = meta.source();
            String sha = meta.markdown() ? seed.sha256()
                    : Input.Digest.of(source.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)).sha256();
            DocumentMetadata small = new DocumentMetadata(meta.id(), new org.dossier.diag.SourceText(source.path(), "", List.of()),
                    meta.seedFile(), meta.markdown(), meta.bodyLine(), meta.kind(), meta.title(), meta.date(),
                    meta.dateAsPrinted(), meta.author(), meta.speaker(), meta.onBehalfOf(), meta.venue(), meta.addressee(),
                    meta.sourceUrl(), meta.sections(), meta.topics(), meta.summary(), meta.signatures(), meta.seedSha256());
            return new DocumentInputs(small, sha, seed, seedsShown);
        }
    }

    /**
     * A document's model and its mentions, with what they were made from.
     *
     * @param keep false when reading the document reported anything: it is then read again next time
     */
    record Assembled(DocumentInputs inputs, Document document, List<Mention> mentions, boolean keep) {
    }

    /** A file made for a key: reused while the key is the same. */
    record Made(Object key, byte[] bytes) {
    }

    private List<Entity> registry;
    private CrossReferencer xref;
    private Map<String, Assembled> documents = new ConcurrentHashMap<>();
    private Map<String, Assembled> nextDocuments = new ConcurrentHashMap<>();
    private Dossier dossier;

    private Object shared;
    private Map<String, Made> files = new ConcurrentHashMap<>();
    private Map<String, Made> nextFiles = new ConcurrentHashMap<>();

    private Map<String, byte[]> site = Map.of();
    private java.util.List<String> paths = List.of();

    private final org.dossier.publish.LinkChecker.Memo links = new org.dossier.publish.LinkChecker.Memo();
    private final org.dossier.source.FileMemo inputFiles = new org.dossier.source.FileMemo();
    private final org.dossier.render.SearchIndex.Memo searchIndex = new org.dossier.render.SearchIndex.Memo();
    private final org.dossier.render.DataExports.Memo dataExports = new org.dossier.render.DataExports.Memo();
    private final org.dossier.publish.SiteArchive.Pieces zipPieces = new org.dossier.publish.SiteArchive.Pieces();
    private final org.dossier.source.Validator.Memo validation = new org.dossier.source.Validator.Memo();
    private final org.dossier.render.PagePlanner.Memo plan = new org.dossier.render.PagePlanner.Memo();

    private final AtomicInteger documentsMade = new AtomicInteger();
    private final AtomicInteger documentsKept = new AtomicInteger();
    private final AtomicInteger filesMade = new AtomicInteger();
    private final AtomicInteger filesKept = new AtomicInteger();
    private final Set<String> made = ConcurrentHashMap.newKeySet();

    /** What the last build made afresh and what it kept. */
    public record Counts(int documentsMade, int documentsKept, int filesMade, int filesKept) {
        /** "made afresh: 1 of 10000 documents, 9 of 50540 pages and files that can be kept", for the console. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "made afresh: %d of %d documents, %d of %d pages and files that can be kept",
                    documentsMade, documentsMade + documentsKept, filesMade, filesMade + filesKept);
        }
    }

    public Counts counts() {
        return new Counts(documentsMade.get(), documentsKept.get(), filesMade.get(), filesKept.get());
    }

    /** The paths of the pages and files the last build made afresh, sorted. */
    java.util.SortedSet<String> made() {
        return new java.util.TreeSet<>(made);
    }

    /** Starts a build: forgets the models when the registry differs from the last build's. */
    CrossReferencer begin(List<Entity> entities) {
        documentsMade.set(0);
        documentsKept.set(0);
        filesMade.set(0);
        filesKept.set(0);
        made.clear();
        if (xref == null || !entities.equals(registry)) {
            registry = entities;
            xref = new CrossReferencer(entities);
            documents = new ConcurrentHashMap<>();
        }
        nextDocuments = new ConcurrentHashMap<>(documents.size()); // sized as the last: no resizing while it fills
        return xref;
    }

    /** The document the last build made from equal inputs, or one made now; safe from many threads. */
    Assembled document(DocumentInputs inputs, Supplier<Assembled> make) {
        Assembled was = documents.get(inputs.meta().id());
        Assembled now;
        if (was != null && was.inputs().equals(inputs)) {
            documentsKept.incrementAndGet();
            now = was;
        } else {
            documentsMade.incrementAndGet();
            now = make.get();
        }
        if (now.keep()) {
            nextDocuments.put(inputs.meta().id(), now);
        }
        return now;
    }

    /**
     * Forgets what was kept of one document of the last build (its metadata as validated, its model, its page and
     * files, its block of the search index, its entry in data/documents.json), so that the next build makes them
     * again, as it would after an edit to it; what that build makes is the same. {@code serve}'s warm-up uses it, so
     * that Java compiles the code an edit runs before the first edit. Null when nothing is kept.
     *
     * @return the id of the document forgotten
     */
    public String forgetOneDocument() {
        String id = documents.keySet().stream().sorted().findFirst().orElse(null);
        Assembled was = id == null ? null : documents.remove(id);
        if (was == null) {
            return null;
        }
        Document d = was.document();
        validation.forget(d.metadataPath());
        for (String path : List.of(d.path(), d.seedPath(), "documents/" + id + "/cite.bib", "documents/" + id + "/cite.ris",
                "documents/" + id + "/cite.json")) {
            files.remove(path);
        }
        searchIndex.forget(id);
        dataExports.forget(id);
        return id;
    }

    /** The dossier the last model stage made, or null: the next is made from it (see {@link Dossier#of}). */
    Dossier lastDossier() {
        return dossier;
    }

    void dossier(Dossier dossier) {
        this.dossier = dossier;
    }

    /** Ends the model stage: documents no longer in the dossier are forgotten. */
    void modelled() {
        documents = nextDocuments;
    }

    /**
     * Starts rendering: forgets every file when what all pages share differs from the last build's.
     *
     * @param shared settings, registry, Markdown pages, layouts and generator, compared by value
     */
    void rendering(Object shared) {
        if (!Objects.equals(shared, this.shared)) {
            this.shared = shared;
            files = new ConcurrentHashMap<>();
        }
        nextFiles = new ConcurrentHashMap<>(files.size()); // sized as the last: no resizing while it fills
    }

    /**
     * The file at {@code path} as the last build made it for the same key (compared by identity, then value), or made
     * now (then the last build's array if the bytes are the same); safe from many threads.
     */
    byte[] file(String path, Object key, Supplier<byte[]> make) {
        Made was = files.get(path);
        Made now;
        if (was != null && (was.key() == key || was.key().equals(key))) {
            filesKept.incrementAndGet();
            now = was;
        } else {
            filesMade.incrementAndGet();
            made.add(path);
            byte[] bytes = make.get();
            if (bytes == null) {
                return null;
            }
            now = new Made(key, sameArray(was, bytes));
        }
        nextFiles.put(path, now);
        return now.bytes();
    }

    /**
     * The array the last build made when its bytes are those made now, else the new one: so that what is kept by the
     * array (the link check's reading of a page) is kept too.
     */
    private static byte[] sameArray(Made was, byte[] bytes) {
        return was != null && java.util.Arrays.equals(was.bytes(), bytes) ? was.bytes() : bytes;
    }

    /** The pages' memory, for the renderer. */
    SiteRenderer.Memo pages() {
        return this::file;
    }

    /**
     * The memory of the pages the zip holds in another version than the site's (see
     * {@link org.dossier.render.PagePlanner#archived}), kept apart from the site's pages of the same path: under the
     * name of their entry in the zip ({@code dossier.zip!/dossier/download/index.html}).
     */
    SiteRenderer.Memo archivedPages() {
        String zip = org.dossier.publish.SiteArchive.shown() + "/";
        return (path, key, make) -> file(zip + path, key, make);
    }

    /** Ends rendering: files no longer made are forgotten. */
    void rendered() {
        files = nextFiles;
    }

    /** The input files the last load read (see {@link org.dossier.source.FileMemo}). */
    org.dossier.source.FileMemo inputFiles() {
        return inputFiles;
    }

    /** What validating the last build's inputs learnt (see {@link org.dossier.source.Validator.Memo}). */
    org.dossier.source.Validator.Memo validation() {
        return validation;
    }

    /** The last plan (see {@link org.dossier.render.PagePlanner.Memo}). */
    org.dossier.render.PagePlanner.Memo plan() {
        return plan;
    }

    /** The blocks of the search index (see {@link org.dossier.render.SearchIndex.Memo}). */
    org.dossier.render.SearchIndex.Memo searchIndex() {
        return searchIndex;
    }

    /** The entries of the data exports (see {@link org.dossier.render.DataExports.Memo}). */
    org.dossier.render.DataExports.Memo dataExports() {
        return dataExports;
    }

    /** The pieces of the last zip, which the next copies where a file's bytes are the same (see {@link org.dossier.publish.SiteArchive.Pieces}). */
    org.dossier.publish.SiteArchive.Pieces zipPieces() {
        return zipPieces;
    }

    /** What the link check learnt of each page, for the next check (see {@link org.dossier.publish.LinkChecker.Memo}). */
    org.dossier.publish.LinkChecker.Memo links() {
        return links;
    }

    /** The paths of the last build's site, sorted (none before the first): the next one's are likely the same. */
    java.util.List<String> lastPaths() {
        return paths;
    }

    /**
     * The last build's site, path to bytes (empty before the first): the next zip copies, from the zip it holds, the
     * compressed entries of files whose bytes did not change.
     */
    Map<String, byte[]> lastSite() {
        return site;
    }

    /** Ends a build that succeeded, whose site has these files and paths (sorted). */
    void built(Map<String, byte[]> site, java.util.List<String> paths) {
        this.site = site;
        this.paths = paths;
    }
}
