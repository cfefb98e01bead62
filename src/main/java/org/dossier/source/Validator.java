package org.dossier.source;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;
import org.dossier.model.Address;
import org.dossier.model.CountQualifier;
import org.dossier.model.DocumentKind;
import org.dossier.model.DossierDate;
import org.dossier.model.Section;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Signature;
import org.dossier.model.SignatureRole;
import org.dossier.model.Signatures;
import org.dossier.model.SiteConfig;
import org.dossier.normalize.TextMatch;
import org.dossier.normalize.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The validate stage: parses every YAML file and checks each field, collecting all problems before failing. */
public final class Validator {
    static final Map<String, String> SITE_FIELDS = Fields.spec(
            "title", "Japan and the International Criminal Court",
            "description", "One sentence on what the dossier collects",
            "language", "en",
            "base_url", "https://example.github.io/dossier/");

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

    static final Map<String, String> DOCUMENT_FIELDS = Fields.spec(
            "seed", "002_6448e20c8a5ce4b0.txt",
            "sha256", "b2f0eac69cfac20f16085c96e92ff52a35a29178334dc725d2af167a3c0c5b74",
            "kind", String.join(" | ", DocumentKind.ids()),
            "title", "The document's title",
            "date", "2023-12-07",
            "date_as_printed", "\"2023/12/7\"",
            "author", "not stated",
            "speaker", "H.E. Ambassador ISHIKANE Kimihiro",
            "on_behalf_of", "Japan",
            "venue", "Security Council, New York",
            "addressee", "Foreign Minister Takeshi Iwaya",
            "source_url", "https://www.mofa.go.jp/...",
            "sections", "[" + String.join(", ", Section.assignableIds()) + "]",
            "topics", "[capacity-building, criminal-justice]",
            "summary", "Two to four sentences that the text supports",
            "signatures", "stated_count, stated_count_as_printed, coordinators, signatories, unnamed_count, unnamed_as_printed",
            "signatories", "[Human Rights Watch, Human Rights Now]");

    static final Map<String, String> SIGNATURES_FIELDS = Fields.spec(
            "stated_count", "32",
            "stated_count_as_printed", "\"32 organizations\"",
            "coordinators", "- {as_signed: Human Rights Watch, org: human-rights-watch}",
            "signatories", "- {as_signed: Human Rights Now, org: human-rights-now}",
            "unnamed_count", "2",
            "unnamed_as_printed", "\"2 other organizations\"");

    static final Map<String, String> SIGNATURE_FIELDS = Fields.spec("as_signed", "Human Rights Watch", "org", "human-rights-watch");

    static final Map<String, String> PAGE_FIELDS = Fields.spec("title", "About this dossier");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Names Windows reserves for devices: a file or folder so named cannot be written or unzipped there. */
    static final java.util.Set<String> RESERVED_NAMES = java.util.Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** Top-level folders the site writes itself; a Markdown page may not take one. */
    static final java.util.Set<String> SITE_FOLDERS = java.util.Set.of("assets", "data", "documents", "organizations", "people",
            "topics", "sections", "timeline", "search", "print", "download", "seeds");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s/]+(?:/.*)?/");
    private static final Pattern SOURCE_URL = Pattern.compile("https?://[^\\s/]+(?:/.*)?");
    private static final String NOT_STATED = DossierDate.NOT_STATED_TEXT;

    private final YamlReader yaml = new YamlReader();
    private final String baseUrlOverride;
    private final Memo memo;

    public Validator() {
        this("");
    }

    /** @param baseUrlOverride a base URL given on the command line, replacing the configured one; "" for none */
    public Validator(String baseUrlOverride) {
        this(baseUrlOverride, null);
    }

    /** @param memo what validating the last build's inputs learnt (see {@link Memo}); null to validate all afresh */
    public Validator(String baseUrlOverride, Memo memo) {
        this.baseUrlOverride = baseUrlOverride;
        this.memo = memo;
    }

    /**
     * What validating one build's inputs learnt, kept for the next validation of the same inputs (the preview):
     * <ul>
     *   <li>a document's metadata, read from the same text (the same object: see {@link FileMemo}) with the same
     *       registry, seed and seed text, when reading it reported nothing;</li>
     *   <li>the aliases found in each source text, for the same aliases;</li>
     *   <li>each seed's digest, for the same bytes (the same array).</li>
     * </ul>
     */
    public static final class Memo {
        /** A document read without a word reported, with what it depends on besides its file. */
        private record Read(SourceText file, DocumentMetadata metadata, boolean seedListed, String seedText, String body) {
        }

        private record Digested(byte[] bytes, Input.Digest digest) {
        }

        private List<Entity> registry = List.of();
        private Map<String, Read> documents = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Read> nextDocuments = new java.util.concurrent.ConcurrentHashMap<>();
        private java.util.Set<String> aliases = java.util.Set.of();
        private Map<String, java.util.Set<String>> found = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, java.util.Set<String>> nextFound = new java.util.concurrent.ConcurrentHashMap<>();
        private Map<String, Digested> digests = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Digested> nextDigests = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * Starts a validation: forgets what a validation that failed left half made, and the documents when the
         * registry differs from the last one's.
         */
        private void begin(List<Entity> entities) {
            nextDocuments.clear();
            nextFound.clear();
            nextDigests.clear();
            if (!entities.equals(registry)) {
                registry = entities;
                documents = new java.util.concurrent.ConcurrentHashMap<>();
            }
        }

        /** Starts the search for aliases: forgets what was found when the aliases differ from the last ones. */
        private void scanning(java.util.Set<String> aliases) {
            if (!aliases.equals(this.aliases)) {
                this.aliases = aliases;
                found = new java.util.concurrent.ConcurrentHashMap<>();
            }
        }

        private java.util.Set<String> found(String text, java.util.function.Supplier<java.util.Set<String>> scan) {
            java.util.Set<String> was = found.get(text);
            java.util.Set<String> now = was != null ? was : scan.get();
            nextFound.put(text, now);
            return now;
        }

        private Input.Digest digest(String seed, byte[] bytes) {
            Digested was = digests.get(seed);
            Digested now = was != null && was.bytes() == bytes ? was : new Digested(bytes, Input.Digest.of(bytes));
            nextDigests.put(seed, now);
            return now.digest();
        }

        /** Forgets the document whose metadata file is at this path (as messages name it): it is read again. */
        public void forget(String path) {
            documents.remove(path);
        }

        /** Ends a validation: what it did not use is forgotten. */
        private void validated() {
            documents = new java.util.concurrent.ConcurrentHashMap<>(nextDocuments);
            nextDocuments.clear();
            found = new java.util.concurrent.ConcurrentHashMap<>(nextFound);
            nextFound.clear();
            digests = new java.util.concurrent.ConcurrentHashMap<>(nextDigests);
            nextDigests.clear();
        }
    }

    public Input validate(Sources sources) {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig site = readSite(sources.siteConfig(), diagnostics);
        Map<String, String> seedTexts = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, byte[]> seedBytes = new java.util.concurrent.ConcurrentHashMap<>(sources.seeds());
        // a byte order mark is kept here: the reading text leaves it out with a note (Normalizer), quotes never see it (TextMatch)
        sources.seeds().forEach((name, bytes) -> SourceLoader.decode(sources.seedsPath() + "/" + name, bytes, true, diagnostics)
                .ifPresent(t -> seedTexts.put(name, t)));
        Registry registry = new Registry();
        for (EntityKind kind : EntityKind.values()) {
            SourceText file = sources.registries().get(kind);
            if (file != null) {
                registry.read(kind, file, yaml, diagnostics);
            }
        }
        if (memo != null) {
            memo.begin(registry.all().stream().map(Registry.Located::entity).toList());
        }
        List<DocumentMetadata> documents = new ArrayList<>();
        Map<String, DocumentMetadata> bySeed = new HashMap<>();
        Map<String, String> seedOfDocument = new java.util.concurrent.ConcurrentHashMap<>();
        List<Optional<DocumentMetadata>> read = sources.documents().parallelStream()
                .map(file -> readDocument(file, sources, seedTexts, seedBytes, seedOfDocument, registry, diagnostics))
                .toList();
        Map<String, DocumentMetadata> byId = new HashMap<>();
        for (Optional<DocumentMetadata> maybe : read) {
            maybe.ifPresent(doc -> {
                SourceText file = doc.source();
                DocumentMetadata sameId = byId.putIfAbsent(doc.id(), doc);
                DocumentMetadata earlier = bySeed.putIfAbsent(doc.seedFile(), doc);
                if (sameId != null) {
                    diagnostics.add(Diagnostic.fileError(file.path(), "duplicate-id",
                            "document id \"" + doc.id() + "\" is also given by " + sameId.source().path(),
                            "a document is either a sidecar (.yaml) or a Markdown document (.md); keep one of the two files"));
                } else if (earlier != null) {
                    YamlNode at = locateField(file, "seed");
                    diagnostics.add(Diagnostic.error(file, at.line(), at.column(), "duplicate-seed",
                            "seed \"" + doc.seedFile() + "\" is already described by " + earlier.source().path(),
                            "each seed has exactly one metadata file; merge the two files"));
                } else {
                    documents.add(doc);
                }
            });
        }
        java.util.Set<String> described = new java.util.HashSet<>(seedOfDocument.values());
        for (String seed : sources.seeds().keySet()) {
            // Only meaningful when every metadata file could be read: a broken one may name the seed.
            if (!diagnostics.hasErrors() && !described.contains(seed) && seedTexts.containsKey(seed)) {
                diagnostics.add(new Diagnostic(sources.seedsPath() + "/" + seed, 1, 1, org.dossier.diag.Severity.WARNING,
                        "unpublished-seed", "no metadata file names this seed, so it is not published",
                        "add content/documents/<id>.yaml with seed: " + seed, ""));
            }
        }
        // A document whose file exists but could not be read has its own errors; references to it are not reported too.
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        for (SourceText file : sources.documents()) {
            if (!seedOfDocument.containsKey(documentId(fileName(file)))) {
                unreadable.add(documentId(fileName(file)));
            }
        }
        RoleChecks.checkRoles(registry, seedOfDocument, unreadable, seedTexts, diagnostics);
        Chronicle chronicle = new Chronicle(yaml, registry, seedOfDocument, unreadable, diagnostics);
        Chronicle.Events events = Optional.ofNullable(sources.chronicles().get(Chronicle.EVENTS_FILE))
                .map(chronicle::readEvents).orElse(new Chronicle.Events(List.of(), List.of()));
        Chronicle.Figures figures = Optional.ofNullable(sources.chronicles().get(Chronicle.FIGURES_FILE))
                .map(chronicle::readFigures).orElse(new Chronicle.Figures(List.of(), List.of()));
        List<QuoteClaim> claims = new ArrayList<>(events.claims());
        claims.addAll(figures.claims());
        warnUnusedAliases(registry, seedTexts, documents, diagnostics);
        List<PageSource> pages = new ArrayList<>();
        for (SourceText file : sources.pages()) {
            readPage(file, diagnostics).ifPresent(pages::add);
        }
        Map<String, Input.Digest> digests = new java.util.concurrent.ConcurrentHashMap<>();
        seedBytes.entrySet().parallelStream().forEach(e -> digests.put(e.getKey(),
                memo == null ? Input.Digest.of(e.getValue()) : memo.digest(e.getKey(), e.getValue())));
        checkPinnedSeeds(documents, digests, sources.seedsPath(), diagnostics);
        diagnostics.throwIfErrors("validate");
        List<Diagnostic> warnings = diagnostics.sorted().stream().filter(d -> !d.isError()).toList();
        List<Entity> entities = registry.all().stream().map(Registry.Located::entity).toList();
        if (memo != null) {
            memo.validated();
        }
        return new Input(site, documents, pages, entities, events.events(), figures.figures(), claims,
                digests, seedTexts, warnings);
    }

    private SiteConfig readSite(SourceText file, Diagnostics diagnostics) {
        if (file == null) {
            return null;
        }
        Optional<YamlNode.Mapping> root = yaml.read(file, diagnostics).flatMap(r -> Fields.asMapping(file, r, diagnostics));
        if (root.isEmpty()) {
            return null;
        }
        Fields f = new Fields(file, root.get(), diagnostics, SITE_FIELDS);
        String title = f.requiredText("title").orElse("");
        String description = f.requiredText("description").orElse("");
        String language = f.requiredText("language").orElse("en");
        if (f.has("language") && !LANGUAGE.matcher(language).matches()) {
            f.error(f.at("language"), "invalid-value", "\"" + language + "\" is not a language tag", "write a BCP 47 tag such as en or ja");
        }
        String baseUrl = f.optionalText("base_url").orElse("");
        if (!baseUrl.isEmpty() && !BASE_URL.matcher(baseUrl).matches()) {
            f.error(f.at("base_url"), "invalid-value", "\"" + baseUrl + "\" is not an absolute http(s) URL ending in /",
                    "write it as https://example.github.io/dossier/, or leave the field out");
        } else if (!baseUrl.isEmpty() && QUERY_OR_FRAGMENT.matcher(baseUrl).find()) {
            f.error(f.at("base_url"), "invalid-value", "\"" + baseUrl + "\" " + QUERY_OR_FRAGMENT_PROBLEM,
                    "write the site folder's address alone, such as https://example.github.io/dossier/, or leave the field out");
        } else if (!baseUrl.isEmpty()) {
            checkAddress(f, "base_url", baseUrl);
        }
        if (!baseUrlOverride.isEmpty()) {
            baseUrl = baseUrlOverride.endsWith("/") ? baseUrlOverride : baseUrlOverride + "/";
            baseUrlProblem(baseUrlOverride).ifPresent(p -> diagnostics.add(new Diagnostic("--base-url", 1, 1,
                    org.dossier.diag.Severity.ERROR, "invalid-value", p.message(), p.hint(), "")));
        }
        return new SiteConfig(title, description, language, baseUrl);
    }

    /** What is wrong with a base URL given on the command line ({@code --base-url}), which may lack its final /. */
    public record BaseUrlProblem(String message, String hint) {
    }

    /**
     * What is wrong with {@code given} as the site's base URL on the command line, if anything: the command line checks
     * it before anything is read, so that it is a usage error like any other bad option.
     */
    public static Optional<BaseUrlProblem> baseUrlProblem(String given) {
        String url = given.endsWith("/") ? given : given + "/";
        if (!BASE_URL.matcher(url).matches()) {
            return Optional.of(new BaseUrlProblem("\"" + given + "\" is not an absolute http(s) URL",
                    "give it as https://example.github.io/dossier/"));
        }
        if (QUERY_OR_FRAGMENT.matcher(given).find()) {
            return Optional.of(new BaseUrlProblem("\"" + given + "\" " + QUERY_OR_FRAGMENT_PROBLEM,
                    "give the site folder's address alone, such as https://example.github.io/dossier/"));
        }
        return Address.problem(given).map(p -> new BaseUrlProblem("\"" + given + "\" is not a valid address: " + p.description(),
                Address.encodingHint(given, "give it as https://example.github.io/dossier/")));
    }

    /** A base URL is the folder every page's address starts with: a ? or # in it would end up in the middle of those. */
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#]");
    private static final String QUERY_OR_FRAGMENT_PROBLEM =
            "holds a query or fragment (\"?\" or \"#\"): the address of every page would start with it";

    /**
     * Reports an http(s) address that a link could not hold as written (a {@code |}, a space, a stray {@code %}), at
     * the character itself when the value is written on its line as it is.
     */
    private static void checkAddress(Fields f, String field, String url) {
        Address.problem(url).ifPresent(p -> {
            YamlNode at = f.at(field);
            int start = f.source().line(at.line()).indexOf(url, Math.max(0, at.column() - 1));
            f.diagnostics().add(Diagnostic.error(f.source(), at.line(), start >= 0 ? start + p.index() + 1 : at.column(),
                    "invalid-value", "\"" + url + "\" is not a valid address: " + p.description(),
                    Address.encodingHint(url, "give the address as the browser's address bar shows it")));
        });
    }

    private static String fileName(SourceText file) {
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    /** A document's id: its metadata file's name without .yaml or .md. */
    private static String documentId(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private Optional<DocumentMetadata> readDocument(SourceText file, Sources sources, Map<String, String> seedTexts,
                                                    Map<String, byte[]> seedBytes, Map<String, String> seedOfDocument,
                                                    Registry registry, Diagnostics diagnostics) {
        String name = fileName(file);
        boolean markdown = name.endsWith(".md");
        String id = documentId(name);
        Memo.Read was = memo == null ? null : memo.documents.get(file.path());
        if (was != null && was.file() == file) {
            String seed = was.metadata().seedFile();
            String seedText = markdown ? null : seedTexts.get(seed);
            if (was.seedListed() == sources.seeds().containsKey(seed) && java.util.Objects.equals(was.seedText(), seedText)) {
                if (markdown) {
                    seedTexts.put(seed, was.body());
                    seedBytes.put(seed, sources.documentBytes().get(file.path()));
                }
                seedOfDocument.put(id, seed);
                memo.nextDocuments.put(file.path(), was);
                return Optional.of(was.metadata());
            }
        }
        Diagnostics mine = new Diagnostics();
        if (ID.matcher(id).matches() && RESERVED_NAMES.contains(id)) {
            mine.add(Diagnostic.fileError(file.path(), "reserved-name",
                    "the file name \"" + name + "\" makes the id \"" + id + "\", a name some systems reserve for devices",
                    "rename the file"));
        } else if (!ID.matcher(id).matches()) {
            mine.add(Diagnostic.fileError(file.path(), "invalid-id",
                    "the file name \"" + name + "\" does not make a valid document id",
                    "name the file with lower-case letters, digits and single hyphens, such as 2024-05-30-joint-letter"
                            + (markdown ? ".md" : ".yaml")));
        }
        SourceText yamlPart = file;
        int bodyLine = 0;
        String seed;
        if (markdown) {
            Optional<FrontMatter> split = FrontMatter.split(file, "the document's fields (kind, title, date...)", mine);
            if (split.isEmpty()) {
                diagnostics.addAll(mine.sorted());
                return Optional.empty();
            }
            yamlPart = split.get().yaml();
            bodyLine = split.get().bodyLine();
            seed = name;
            if (sources.seeds().containsKey(seed)) {
                mine.add(Diagnostic.fileError(file.path(), "duplicate-seed", "this document would be published as seeds/" + seed
                                + ", the name of a file already in " + sources.seedsPath() + "/",
                        "rename the Markdown document, or the file in " + sources.seedsPath() + "/"));
            } else {
                seedTexts.put(seed, split.get().body());
                seedBytes.put(seed, sources.documentBytes().get(file.path()));
            }
            if (Words.ofSource(split.get().body()).isEmpty()) {
                mine.add(Diagnostic.error(file, Math.max(1, bodyLine - 1), 1, "empty-seed",
                        "the document has no text below its front matter, so there is nothing to publish",
                        "write the source's text below the closing --- line, as received"));
            }
            seedOfDocument.put(id, seed);
        } else {
            seed = null;
        }
        Optional<YamlNode.Mapping> root = yaml.read(yamlPart, mine).flatMap(r -> Fields.asMapping(file, r, mine));
        if (root.isEmpty()) {
            diagnostics.addAll(mine.sorted());
            return Optional.empty();
        }
        Fields f = new Fields(file, root.get(), mine, DOCUMENT_FIELDS);
        if (markdown && f.has("seed")) {
            f.error(f.at("seed"), "invalid-value", "a Markdown document is its own source and names no seed",
                    "remove the seed line; or, to describe a file in " + sources.seedsPath() + "/, write content/documents/" + id + ".yaml instead");
        } else if (!markdown) {
            seed = readSeedField(f, id, sources, seedTexts, seedOfDocument);
        }
        String seedText = seed == null ? null : seedTexts.get(seed);
        // the seed's words as its reading text shows them: HTML entities read ("C&ocirc;te" is "Côte", "1&nbsp;500" is
        // "1 500"), so that the quoted values and counts checked here are the words a reader sees
        String printed = markdown || seedText == null ? seedText : org.dossier.normalize.Entities.decode(seedText);
        String seedSha256 = f.optionalText("sha256").orElse("");
        if (markdown && f.has("sha256")) {
            f.error(f.at("sha256"), "invalid-value", "a Markdown document is its own source, so it cannot record its own SHA-256",
                    "remove the sha256 line: it is for a sidecar's seed");
            seedSha256 = "";
        } else if (!seedSha256.isEmpty() && !SHA256.matcher(seedSha256).matches()) {
            f.error(f.at("sha256"), "invalid-value", "\"" + seedSha256 + "\" is not a SHA-256 (64 hexadecimal digits)",
                    "copy the seed's SHA-256 from its page, or from: sha256sum " + sources.seedsPath() + "/" + seed);
            seedSha256 = "";
        }
        DocumentKind kind = f.requiredText("kind").flatMap(k -> {
            Optional<DocumentKind> known = DocumentKind.byId(k);
            if (known.isEmpty()) {
                f.error(f.at("kind"), "invalid-value", "unknown kind \"" + k + "\"",
                        "use one of: " + String.join(", ", DocumentKind.ids()));
            }
            return known;
        }).orElse(null);
        String title = f.requiredText("title").orElse("");
        Optional<DossierDate> dateRead = f.requiredText("date").flatMap(text -> {
            Optional<DossierDate> parsed = DossierDate.parse(text);
            if (parsed.isEmpty()) {
                // a date written as a source prints it ("7 December 2023", "2023/12/7") is given back as date writes it
                // the words go to date_as_printed only where the source prints them: else that is the next error
                f.error(f.at("date"), "invalid-date", "\"" + text + "\" is not a date", DossierDate.readPrinted(text)
                        .map(read -> "write it as " + read.iso() + " (YYYY-MM-DD, YYYY-MM or YYYY: the form gives the precision);"
                                + (printed != null && TextMatch.find(text, printed).isAbsent()
                                        ? " date_as_printed, if given, quotes the date as the source prints it, which \"" + text + "\" is not"
                                        : " keep the source's own wording, \"" + text + "\", in date_as_printed"))
                        .orElse("write YYYY-MM-DD, YYYY-MM or YYYY (the form gives the precision), or \"not stated\"; "
                                + "keep the source's own wording in date_as_printed"));
            }
            return parsed;
        });
        DossierDate date = dateRead.orElse(DossierDate.NOT_STATED);
        String dateAsPrinted = f.optionalText("date_as_printed").orElse("");
        if (!dateAsPrinted.isEmpty()) {
            // "not stated" written as the date, not a date that could not be read (reported above, once)
            TextMatch.Occurrence found = printed == null ? null : TextMatch.find(dateAsPrinted, printed);
            if (dateRead.isPresent() && !date.isStated()) {
                f.error(f.at("date_as_printed"), "inconsistent", "date_as_printed is given but date is \"not stated\"",
                        "give the date in date, or remove date_as_printed");
            } else if (found != null && found.isAbsent()) {
                f.error(f.at("date_as_printed"), "not-in-source", "date_as_printed \"" + dateAsPrinted + "\" does not occur in "
                                + sourceName(seed, markdown), entitiesRead(dateAsPrinted,
                                "copy the date exactly as the source prints it; where it prints none, leave date_as_printed out"));
            } else {
                // a date cut from a longer one ("3 May 2024" of "13 May 2024") is not the source's
                boolean whole = found == null
                        || wholeWords(f, f.at("date_as_printed"), "date_as_printed", dateAsPrinted, found, sourceName(seed, markdown));
                if (whole && date.isStated()) {
                    // compared only once the words are the source's: a date miscopied into date_as_printed is not the date to give
                    DateChecks.checkDateAsPrinted(f, date, dateAsPrinted);
                }
            }
        }
        if (!f.has("author") && !f.has("speaker")) {
            f.error(f.at("author"), "missing-field", "missing field \"author\" (or \"speaker\")",
                    "add a line such as: author: not stated; a statement or speech may name its speaker instead");
        }
        String author = f.optionalText("author").orElse(NOT_STATED);
        String speaker = f.optionalText("speaker").orElse("");
        String onBehalfOf = f.optionalText("on_behalf_of").orElse(NOT_STATED);
        String venue = f.optionalText("venue").orElse(NOT_STATED);
        String addressee = "";
        if (kind != null && kind.isLetter()) {
            addressee = f.optionalText("addressee").orElse(NOT_STATED);
        } else {
            addressee = f.optionalText("addressee").orElse("");
        }
        if (!markdown && seedText != null) {
            wordsInSource(f, seedText, seed); // PrintedWords reads the entities itself
        }
        String sourceUrl = f.optionalText("source_url").orElse("");
        if (!sourceUrl.isEmpty() && !SOURCE_URL.matcher(sourceUrl).matches()) {
            f.error(f.at("source_url"), "invalid-value", "\"" + sourceUrl + "\" is not an absolute http(s) address",
                    "give the address where the source is published, such as https://www.mofa.go.jp/..., or leave the field out");
        } else if (!sourceUrl.isEmpty()) {
            checkAddress(f, "source_url", sourceUrl);
        }
        List<Section> sections = readSections(f);
        List<String> topics = readTopics(f, registry);
        String summary = f.optionalText("summary").orElse("");
        Signatures signatures = Signatures.NONE;
        if (f.has("signatures") && f.has("signatories")) {
            f.error(f.at("signatories"), "inconsistent", "both signatures and signatories are given",
                    "keep one: signatories is a plain list of names; signatures also records counts and coordinators");
        } else if ((f.has("signatures") || f.has("signatories")) && kind != null && !kind.isLetter()) {
            String field = f.has("signatures") ? "signatures" : "signatories";
            f.error(f.at(field), "invalid-value", "only letters have " + field + ", and this document's kind is " + kind.id(),
                    "remove " + field + ", or correct the kind");
        } else if (f.has("signatures")) {
            String seedName = sourceName(seed, markdown);
            signatures = f.optionalMapping("signatures")
                    .map(m -> readSignatures(new Fields(file, m, mine, SIGNATURES_FIELDS), seedName, printed, registry))
                    .orElse(Signatures.NONE);
        } else if (f.has("signatories")) {
            signatures = readSignatoryNames(f, registry, markdown ? null : seed, markdown ? null : printed);
        }
        diagnostics.addAll(mine.sorted());
        if (mine.hasErrors()) {
            return Optional.empty();
        }
        DocumentMetadata read = new DocumentMetadata(id, file, seed, markdown, bodyLine, kind, title, date, dateAsPrinted, author,
                speaker, onBehalfOf, venue, addressee, sourceUrl, sections, topics, summary, signatures,
                seedSha256.toLowerCase(java.util.Locale.ROOT));
        if (memo != null && mine.sorted().isEmpty()) {
            memo.nextDocuments.put(file.path(), new Memo.Read(file, read, sources.seeds().containsKey(seed),
                    markdown ? null : seedText, markdown ? seedTexts.get(seed) : null));
        }
        return Optional.of(read);
    }

    /** An editor's remark in brackets, the dossier's words and not the source's: "(body not named in the source)". */
    private static final Pattern EDITORIAL_REMARK = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");

    /** The fields that give the source's own words for who delivered it, whom it addresses, where, on whose behalf. */
    private static final List<String> SOURCE_WORD_FIELDS = List.of("speaker", "addressee", "venue", "on_behalf_of");

    /**
     * Who delivered, whom a letter addresses, where and on whose behalf are the source's: each word of such a field must
     * be printed in the seed (in any case, and at the start of a longer word: "Japanese" holds "Japan"; see
     * {@link org.dossier.normalize.PrintedWords}). A speaker the source does not name, "H.E. Ambassador Taro Yamada"
     * above a statement by Hiroshi Suzuki, was shown on the page and in every citation as the source's. A field with no
     * kanji or kana for a text in Japanese is taken for a translation of its words and is not compared ("Press
     * Secretary" for 外務報道官); an editor's remark in brackets is not either. The seed is read once, for all the fields.
     */
    private static void wordsInSource(Fields f, String seedText, String seed) {
        org.dossier.normalize.PrintedWords printed = null;
        Boolean japaneseSeed = null;
        for (String field : SOURCE_WORD_FIELDS) {
            String value = f.optionalText(field).orElse("");
            if (value.equals(NOT_STATED) || value.isBlank()) {
                continue;
            }
            if (value.codePoints().noneMatch(org.dossier.model.TextLanguage::kanjiOrKana)) {
                if (japaneseSeed == null) {
                    japaneseSeed = "ja".equals(org.dossier.model.TextLanguage.of(seedText));
                }
                if (japaneseSeed) {
                    continue;
                }
            }
            if (printed == null) {
                printed = org.dossier.normalize.PrintedWords.in(seedText);
            }
            if (!printed.any()) {
                return; // a seed with no words is reported as empty-seed
            }
            List<String> missing = printed.missing(EDITORIAL_REMARK.matcher(value).replaceAll(" ")).stream()
                    .map(word -> "\"" + word + "\"").toList();
            if (!missing.isEmpty()) {
                String[] kept = wordsToWrite(value, printed.missing(EDITORIAL_REMARK.matcher(value).replaceAll(" ")));
                f.error(f.at(field), "not-in-source", field + " \"" + value + "\" holds " + (missing.size() == 1 ? "a word" : "words")
                                + " that seed " + seed + " does not print: " + String.join(", ", missing),
                        kept == null ? "copy the words as the source prints them (an abbreviation as printed: \"Amb.\", \"St.\"); put words of your own"
                                + " in brackets, an editor's remark, such as [Minister for Foreign Affairs]; or leave " + field
                                + " out, and the page says \"not stated\""
                                : "write " + field + ": \"" + kept[0] + "\", the words seed " + seed + " prints, with your own in brackets, an"
                                + " editor's remark (such as \"" + kept[1] + "\"); or leave " + field + " out, and the page says \"not stated\"");
            }
        }
    }

    /**
     * The words to write for a field whose first words, and only those, the source does not print, as words of address
     * before a name: the rest ("ISHIKANE Kimihiro (Japan)" of "H.E. Mr. ISHIKANE Kimihiro (Japan)"), and the field
     * with them in brackets ("[H.E. Mr.] ISHIKANE Kimihiro (Japan)"). Null when other words are not printed: a word left
     * out of the middle or end of a title or name ("Minister for Foreign [Affairs]") would make it another.
     */
    private static String[] wordsToWrite(String value, List<String> missing) {
        String[] tokens = value.trim().split("\\s+");
        int lead = 0;
        while (lead < tokens.length && unprinted(tokens[lead], missing)) {
            lead++;
        }
        if (lead == 0 || lead == tokens.length) {
            return null;
        }
        String rest = String.join(" ", java.util.Arrays.asList(tokens).subList(lead, tokens.length));
        int leading = lead;
        List<String> after = missing.stream().filter(w -> java.util.Arrays.stream(tokens, 0, leading).noneMatch(t -> unprinted(t, List.of(w)))).toList();
        if (!after.isEmpty() || !rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return new String[] {rest, "[" + String.join(" ", java.util.Arrays.asList(tokens).subList(0, lead)) + "] " + rest};
    }

    /** Whether the word, as a field writes it ("Mr.", "H.E."), is one of the words not printed. */
    private static boolean unprinted(String token, List<String> missing) {
        String bare = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
        return !token.startsWith("(") && !token.startsWith("[") && (missing.contains(bare) || missing.contains(bare.replaceAll("\\.$", "")));
    }

    private static String sourceName(String seed, boolean markdown) {
        return markdown ? "the text of the document" : "seed " + seed;
    }

    /** The seed a sidecar names: a file name inside seeds/ that exists. */
    private static String readSeedField(Fields f, String id, Sources sources, Map<String, String> seedTexts,
                                        Map<String, String> seedOfDocument) {
        String seed = f.requiredText("seed").orElse(null);
        if (seed != null) {
            seedOfDocument.put(id, seed);
        }
        if (seed != null && (seed.contains("/") || seed.contains("\\") || seed.startsWith(".") || seed.contains(":"))) {
            f.error(f.at("seed"), "invalid-path", "seed \"" + seed + "\" is a path, not a file name inside " + sources.seedsPath() + "/",
                    "give only the file name, such as 002_6448e20c8a5ce4b0.txt; the build never reads outside " + sources.seedsPath() + "/");
            return null;
        } else if (seed != null && !sources.seeds().containsKey(seed)) {
            String hint = Fields.closest(seed, sources.seeds().keySet())
                            .map(c -> "did you mean \"" + c + "\"?")
                            .orElse("copy the source document into " + sources.seedsPath() + "/ byte for byte, under this name");
            f.error(f.at("seed"), "missing-seed", "seed file \"" + seed + "\" does not exist in " + sources.seedsPath() + "/", hint);
        } else if (seed != null && seedTexts.containsKey(seed) && Words.ofSource(seedTexts.get(seed)).isEmpty()) {
            f.error(f.at("seed"), "empty-seed", "seed \"" + seed + "\" holds no words (" + sources.seeds().get(seed).length
                            + " bytes), so there is nothing to publish",
                    "copy the source's text into " + sources.seedsPath() + "/" + seed + " as received; a scan with no text layer cannot be published as text");
        }
        return seed;
    }

    private static List<Section> readSections(Fields f) {
        List<Section> sections = new ArrayList<>();
        f.optionalTextList("sections").ifPresent(items -> {
            for (YamlNode.Scalar item : items) {
                Optional<Section> section = Section.byId(item.text());
                if (section.isEmpty()) {
                    f.error(item, "invalid-value", "unknown section \"" + item.text() + "\"",
                            Fields.closest(item.text(), Section.assignableIds()).map(c -> "did you mean \"" + c + "\"? ").orElse("")
                                    + "use any of: " + String.join(", ", Section.assignableIds()));
                } else if (!section.get().assignable()) {
                    f.error(item, "invalid-value", "section \"" + item.text() + "\" cannot be assigned",
                            "the signatory index is built from the joint letters; use any of: " + String.join(", ", Section.assignableIds()));
                } else if (sections.contains(section.get())) {
                    f.error(item, "duplicate-value", "section \"" + item.text() + "\" is listed twice", "list it once");
                } else {
                    sections.add(section.get());
                }
            }
        });
        return sections;
    }

    /** Topics by id, or by a name or alias of the topic as the register writes it. */
    private static List<String> readTopics(Fields f, Registry registry) {
        List<String> topics = new ArrayList<>();
        f.optionalTextList("topics").ifPresent(items -> items.forEach(i -> {
            Optional<Registry.Located> topic = registry.byId(i.text())
                    .or(() -> registry.byAlias(i.text()))
                    .filter(l -> l.entity().kind() == EntityKind.TOPIC);
            if (topic.isEmpty() && (registry.clashes(i.text()) || registry.unread(EntityKind.TOPIC))) {
                return; // its two entries, or the broken file, are reported where they are written, and the build stops there
            }
            if (topic.isEmpty()) {
                f.error(i, "unknown-entity", "unknown topic \"" + i.text() + "\"", suggest(registry, i.text(), EntityKind.TOPIC));
            } else if (topics.contains(topic.get().entity().id())) {
                f.error(i, "duplicate-value", "topic \"" + i.text() + "\" is listed twice", "list it once");
            } else {
                topics.add(topic.get().entity().id());
            }
        }));
        return topics;
    }

    /**
     * The short form of a letter's signatures: the names as the document lists them, each a name or alias of a
     * registered organisation. In a sidecar, each must be a name of the seed's list, in its order, as an
     * {@code as_signed} must; in a Markdown document the front matter is part of the source, so the names are taken
     * as written there.
     *
     * @param seed the seed's file name, or null for a Markdown document
     */
    private static Signatures readSignatoryNames(Fields f, Registry registry, String seed, String seedText) {
        List<Signature> out = new ArrayList<>();
        List<SignatureList.Named> named = new ArrayList<>();
        f.optionalTextList("signatories").ifPresent(items -> items.forEach(i -> {
            TextMatch.Occurrence found = seedText == null ? null : TextMatch.find(i.text(), seedText);
            if (found != null && found.isAbsent()) {
                f.error(i, "not-in-source", "signatory \"" + i.text() + "\" does not occur in seed " + seed,
                        entitiesRead(i.text(), "copy the name exactly as the letter prints it, misspellings included"));
                return;
            }
            if (found != null && !wholeWords(f, i, "signatory", i.text(), found, "seed " + seed)) {
                return;
            }
            named.add(new SignatureList.Named(i.text(), i, "signatory"));
            Optional<Registry.Located> org = registry.byAlias(i.text()).filter(l -> l.entity().kind() == EntityKind.ORGANIZATION);
            if (org.isEmpty()) {
                if (!registry.unread(EntityKind.ORGANIZATION)) {
                    f.error(i, "unknown-signatory", "signatory \"" + i.text() + "\" matches no known organisation",
                            suggest(registry, i.text(), EntityKind.ORGANIZATION));
                }
            } else {
                out.add(new Signature(i.text(), org.get().entity().id(), SignatureRole.SIGNATORY, 0));
            }
        }));
        if (seedText != null) {
            new SignatureList(seedText).check(List.of(named), f, "seed " + seed);
        }
        return new Signatures(-1, "", CountQualifier.EXACT, List.of(), out, 0, "", CountQualifier.EXACT);
    }

    private Signatures readSignatures(Fields f, String seed, String seedText, Registry registry) {
        Optional<Integer> statedRead = f.countOrNotStated("stated_count", true);
        int stated = statedRead.orElse(-1);
        String statedAsPrinted = f.optionalText("stated_count_as_printed").orElse("");
        if (stated >= 0 && statedAsPrinted.isEmpty() && f.has("stated_count")) {
            f.missing("stated_count_as_printed");
        }
        Readable[] readable = {null}; // the seed as a reader reads it, made once if a quote needs it
        if (checkInSeed(f, "stated_count_as_printed", statedAsPrinted, seed, seedText) && !statedAsPrinted.isEmpty()) {
            CountChecks.checkQualifierKept(f, "stated_count_as_printed", statedAsPrinted, seedText, readable);
            if (statedRead.isPresent()) {
                // compared only once the words are the letter's, as the date is
                CountChecks.checkStatedCount(f, stated, statedAsPrinted);
            }
        }
        List<SignatureList.Named> namedCoordinators = new ArrayList<>();
        List<SignatureList.Named> namedSignatories = new ArrayList<>();
        List<Signature> coordinators = readSignatureList(f, "coordinators", SignatureRole.COORDINATOR, seed, seedText, registry, namedCoordinators);
        List<Signature> signatories = readSignatureList(f, "signatories", SignatureRole.SIGNATORY, seed, seedText, registry, namedSignatories);
        if (seedText != null) {
            new SignatureList(seedText).check(List.of(namedCoordinators, namedSignatories), f, seed);
        }
        int unnamed = f.countOrNotStated("unnamed_count", false).orElse(0);
        if (unnamed < 0) {
            f.error(f.at("unnamed_count"), "invalid-value", "unnamed_count must be a whole number", "write the number the letter gives, or leave the field out");
            unnamed = 0;
        }
        String unnamedAsPrinted = f.optionalText("unnamed_as_printed").orElse("");
        if (unnamed > 0 && unnamedAsPrinted.isEmpty()) {
            f.missing("unnamed_as_printed", f.at("unnamed_count"));
        }
        if (checkInSeed(f, "unnamed_as_printed", unnamedAsPrinted, seed, seedText) && !unnamedAsPrinted.isEmpty()) {
            CountChecks.checkQualifierKept(f, "unnamed_as_printed", unnamedAsPrinted, seedText, readable);
            if (unnamed > 0) {
                CountChecks.checkUnnamedCount(f, unnamed, unnamedAsPrinted);
            }
        }
        return new Signatures(stated, statedAsPrinted, CountQualifiers.of(statedAsPrinted), coordinators, signatories,
                unnamed, unnamedAsPrinted, CountQualifiers.of(unnamedAsPrinted));
    }

    private List<Signature> readSignatureList(Fields f, String field, SignatureRole role, String seed, String seedText,
                                              Registry registry, List<SignatureList.Named> named) {
        List<Signature> out = new ArrayList<>();
        for (YamlNode.Mapping entry : f.mappingList(field, field.equals("signatories")).orElse(List.of())) {
            Fields sf = new Fields(f.source(), entry, f.diagnostics(), SIGNATURE_FIELDS);
            Optional<String> asSigned = sf.requiredText("as_signed");
            if (asSigned.isEmpty()) {
                continue;
            }
            String name = asSigned.get();
            TextMatch.Occurrence found = seedText == null ? null : TextMatch.find(name, seedText);
            if (found != null && found.isAbsent()) {
                sf.error(sf.at("as_signed"), "not-in-source", "as-signed name \"" + name + "\" does not occur in " + seed,
                        entitiesRead(name, "copy the name exactly as the letter prints it, misspellings included"));
                continue; // a name mistyped here: whose spelling it is can be told once it is the letter's
            }
            if (found != null && !wholeWords(sf, sf.at("as_signed"), "as-signed name", name, found, seed)) {
                continue;
            }
            named.add(new SignatureList.Named(name, sf.at("as_signed")));
            Optional<String> orgId = sf.optionalText("org");
            Optional<Registry.Located> org;
            if (orgId.isPresent()) {
                org = registry.byId(orgId.get()).filter(l -> l.entity().kind() == EntityKind.ORGANIZATION);
                if (org.isEmpty() && (registry.clashes(orgId.get()) || registry.unread(EntityKind.ORGANIZATION))) {
                    continue; // its two entries, or the broken file, are reported where they are written
                }
                if (org.isEmpty()) {
                    sf.error(sf.at("org"), "unknown-entity", "unknown organisation id \"" + orgId.get() + "\" for \"" + name + "\"",
                            suggest(registry, name, EntityKind.ORGANIZATION));
                    continue;
                }
                Optional<Registry.Located> spelledAs = registry.byAlias(name);
                if (spelledAs.isEmpty() || spelledAs.get() != org.get()) {
                    sf.error(sf.at("as_signed"), "not-an-alias", "\"" + name + "\" is not a spelling of organisation \"" + orgId.get() + "\""
                                    + spelledAs.map(o -> " but of \"" + o.entity().id() + "\"").orElse(""),
                            spelledAs.isPresent() ? "map it to \"" + spelledAs.get().entity().id() + "\", whose spelling it is"
                                    : "if it is a spelling of \"" + orgId.get() + "\", add it to that organisation's aliases in "
                                    + org.get().source().path() + " (a spelling belongs to one organisation only); if not, map it to the organisation it names");
                    continue;
                }
            } else {
                org = registry.byAlias(name).filter(l -> l.entity().kind() == EntityKind.ORGANIZATION);
                if (org.isEmpty() && registry.unread(EntityKind.ORGANIZATION)) {
                    continue;
                }
                if (org.isEmpty()) {
                    sf.error(sf.at("as_signed"), "unknown-signatory", "as-signed name \"" + name + "\" matches no known organisation",
                            suggest(registry, name, EntityKind.ORGANIZATION));
                    continue;
                }
            }
            out.add(new Signature(name, org.get().entity().id(), role, 0));
        }
        return out;
    }

    /**
     * The hint for words not found in a seed: where they hold an HTML entity as the seed prints it ("Women&amp;rsquo;s"),
     * which the check reads as its character, as the page shows it, the words to write instead; otherwise {@code hint}.
     */
    static String entitiesRead(String written, String hint) {
        String shown = org.dossier.normalize.Entities.decode(written);
        return shown.equals(written) ? hint
                : "write the HTML entities as the characters the page shows for them: \"" + shown + "\"; " + hint;
    }

    /** Reports the words when they are not the letter's; returns whether they may be (or cannot be checked). */
    private static boolean checkInSeed(Fields f, String field, String text, String seed, String seedText) {
        if (text.isEmpty() || seedText == null) {
            return true;
        }
        TextMatch.Occurrence found = TextMatch.find(text, seedText);
        if (found.isAbsent()) {
            // "not stated" written here, as for other fields where the source is silent, is a quote of nothing
            f.error(f.at(field), "not-in-source", field + " \"" + text + "\" does not occur in " + seed,
                    entitiesRead(text, "copy the words exactly as the letter prints them; " + (field.equals("unnamed_as_printed")
                            ? "if it counts no signatories it does not name, leave unnamed_count and unnamed_as_printed out"
                            : "if it states no count, write stated_count: not stated and leave stated_count_as_printed out")));
            return false;
        }
        return wholeWords(f, f.at(field), field, text, found, seed);
    }

    /**
     * Words quoted from a source, which occur in it, must stand there as whole words somewhere: "3 May 2024" found
     * only in "13 May 2024", or "30 organizations" only in "130 organizations", would have the site state what the
     * source does not. False when reported ({@code part-of-word}).
     *
     * @param what  how the message names the quote ("date_as_printed", "as-signed name")
     * @param found where {@link TextMatch#find} found the quote in the source
     * @param where how it names the source ("seed letter.txt")
     */
    static boolean wholeWords(Fields f, YamlNode at, String what, String quote, TextMatch.Occurrence found, String where) {
        if (found.kind() != TextMatch.Occurrence.Kind.INSIDE_WORDS) {
            return true;
        }
        f.error(at, "part-of-word", what + " \"" + quote + "\" occurs in " + where + " only inside longer words: \""
                + found.words() + "\"", partOfWordHint(found.words()));
        return false;
    }

    /** What {@code part-of-word} advises, for a quote found only inside the source's {@code words}. */
    public static String partOfWordHint(String words) {
        return "quote whole words, as the source prints them (\"" + words + "\"): words cut from longer ones say something else";
    }

    private static String suggest(Registry registry, String text, EntityKind kind) {
        List<Registry.Located> close = registry.closest(text, kind);
        String file = "content/" + Registry.FILES.get(kind);
        if (close.isEmpty()) {
            return "no " + kind.label() + " is named or spelt close to it: add an entry for it to " + file
                    + (kind == EntityKind.ORGANIZATION ? ", or add it to the aliases of the organisation it names" : "");
        }
        List<String> names = new ArrayList<>();
        close.forEach(l -> names.add("\"" + l.entity().name() + "\" (" + l.entity().id() + ")"));
        return "closest " + kind.plural().toLowerCase(java.util.Locale.ROOT) + ": " + String.join(", ", names)
                + "; or add an entry to " + file;
    }

    /**
     * An alias that no source uses is probably a typo; it would never link anything. Used means printed in a seed
     * or in a document's text, or written as a signatory's name. One pass over all texts, however many aliases.
     */
    private void warnUnusedAliases(Registry registry, Map<String, String> seedTexts, List<DocumentMetadata> documents,
                                          Diagnostics diagnostics) {
        java.util.Set<String> aliases = new java.util.HashSet<>();
        registry.all().forEach(l -> l.aliasNodes().keySet().forEach(a -> aliases.add(TextMatch.normalize(a))));
        aliases.remove("");
        if (aliases.isEmpty()) {
            return;
        }
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(aliases.stream().collect(java.util.stream.Collectors.toMap(a -> a, a -> a, (a, b) -> a, java.util.TreeMap::new)));
        java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
        if (memo != null) {
            memo.scanning(aliases);
        }
        seedTexts.values().parallelStream().forEach(t -> {
            if (used.size() < aliases.size()) { // once every alias is found, the rest of the texts cannot change the warnings
                java.util.function.Supplier<java.util.Set<String>> scan = () -> {
                    java.util.Set<String> found = new java.util.HashSet<>();
                    AhoCorasickDoubleArrayTrie.IHit<String> hit = (begin, end, alias) -> found.add(alias);
                    trie.parseText(TextMatch.normalize(org.dossier.normalize.Entities.decode(t)), hit); // as mentions read it
                    return found;
                };
                used.addAll(memo == null ? scan.get() : memo.found(t, scan));
            }
        });
        if (used.size() < aliases.size()) { // until now, only aliases were added
            documents.forEach(d -> d.signatures().all().forEach(s -> used.add(TextMatch.normalize(s.asSigned()))));
        }
        for (Registry.Located l : registry.all()) {
            for (var e : l.aliasNodes().entrySet()) {
                if (!used.contains(TextMatch.normalize(e.getKey()))) {
                    YamlNode.Scalar at = e.getValue();
                    diagnostics.add(Diagnostic.warning(l.source(), at.line(), at.column(), "unused-alias",
                            "alias \"" + e.getKey() + "\" of \"" + l.entity().id() + "\" occurs in no source",
                            "aliases are spellings the sources use, exactly as printed; check the spelling"));
                }
            }
        }
    }

    /**
     * A seed whose metadata records its SHA-256 must still have it: a source is published exactly as received, and an
     * edit to it (an editor's re-save, a stray keystroke) would otherwise change what the site says it says.
     */
    private void checkPinnedSeeds(List<DocumentMetadata> documents, Map<String, Input.Digest> digests, String seedsShown,
                                  Diagnostics diagnostics) {
        for (DocumentMetadata d : documents) {
            Input.Digest now = digests.get(d.seedFile());
            if (d.seedSha256().isEmpty() || now == null || now.sha256().equals(d.seedSha256())) {
                continue;
            }
            YamlNode at = locateField(d.source(), "sha256");
            diagnostics.add(Diagnostic.error(d.source(), at.line(), at.column(), "seed-changed",
                    "seed \"" + d.seedFile() + "\" has changed since its metadata recorded it: its SHA-256 is now " + now.sha256(),
                    "a source is never edited: restore the file (git checkout -- " + shellWord(seedsShown + "/" + d.seedFile())
                            + "); if it was replaced on purpose by a newer version of the source, record its new SHA-256 here"));
        }
    }

    /** A path as a shell reads it, in single quotes unless it is plain: a seed's name may hold a space, so the hint's command still runs when pasted. */
    public static String shellWord(String path) {
        return path.matches("[A-Za-z0-9._/+,=@:-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private YamlNode locateField(SourceText file, String name) {
        Diagnostics ignored = new Diagnostics();
        return yaml.read(file, ignored)
                .filter(r -> r instanceof YamlNode.Mapping)
                .map(r -> ((YamlNode.Mapping) r).values().getOrDefault(name, r))
                .orElse(new YamlNode.Scalar("", true, false, 1, 1));
    }

    /** Reads optional front matter (between two lines of ---) and the Markdown body. */
    private Optional<PageSource> readPage(SourceText file, Diagnostics diagnostics) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        String id = name.substring(0, name.length() - ".md".length());
        if (!ID.matcher(id).matches()) {
            diagnostics.add(Diagnostic.fileError(file.path(), "invalid-id", "the file name \"" + name + "\" does not make a valid page id",
                    "name the file with lower-case letters, digits and single hyphens, such as about.md"));
            return Optional.empty();
        }
        if (RESERVED_NAMES.contains(id) || SITE_FOLDERS.contains(id)) {
            diagnostics.add(Diagnostic.fileError(file.path(), "reserved-name",
                    "the page \"" + name + "\" would be written to " + id + "/, a name the site "
                            + (SITE_FOLDERS.contains(id) ? "uses for its own pages" : "cannot use: some systems reserve it for devices"),
                    "rename the file, such as " + id + "-page.md"));
            return Optional.empty();
        }
        Optional<FrontMatter> split = FrontMatter.split(file, "title: The page title", diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> root = yaml.read(split.get().yaml(), diagnostics).flatMap(r -> Fields.asMapping(file, r, diagnostics));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Fields f = new Fields(file, root.get(), diagnostics, PAGE_FIELDS);
        return f.requiredText("title").map(t -> new PageSource(id, file, t, split.get().body(), split.get().bodyLine()));
    }

}
