package org.dossier.publish;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.Severity;
import org.dossier.model.Address;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the links of a rendered site before it is written: every href and src must name a file of the site
 * (never a folder, never a root-relative path, so that it works from disk and under any sub-path), and every
 * #fragment an id in that file. Problems point at the generated page's line and column.
 */
public final class LinkChecker {
    private final SiteOutput files;
    private final String outShown;
    private final Map<String, Source> sources;

    /** Where a link of a generated page is written in the content: that is where a broken one is reported. */
    public record Source(String file, String written, int line, int column, String excerpt, String hint) {
    }

    /** The key under which a link's source is looked up: the page and the href as the page carries it. */
    public static String key(String page, String href) {
        return page + "\n" + href;
    }
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final Memo memo;
    private final Archive archive;

    /**
     * What the zip of the site holds otherwise than the site (see {@link SiteArchive}): not itself, and some pages in
     * another version. A page the zip holds as the site has it must not link to the zip, or the copy unzipped from it
     * has a dead link there; a page it holds in another version is checked in that version too, against what the zip
     * holds.
     *
     * @param path     the zip's path in the site
     * @param versions by site path, the pages the zip holds in another version, and their bytes there
     * @param shown    how the zip's folder is named in messages, after the output folder: {@code dossier.zip!/dossier}
     */
    public record Archive(String path, Map<String, byte[]> versions, String shown) {
    }

    /**
     * @param files    the site, path to bytes
     * @param outShown how the output folder is named in messages
     */
    public LinkChecker(Map<String, byte[]> files, String outShown) {
        this(memory(files), outShown, Map.of());
    }

    private static SiteOutput memory(Map<String, byte[]> files) {
        SiteOutput.Memory out = SiteOutput.inMemory();
        files.forEach(out::put);
        return out;
    }

    /**
     * @param files   the site, as written so far
     * @param sources where links are written, by {@link #key}; others are reported in the generated page
     */
    public LinkChecker(SiteOutput files, String outShown, Map<String, Source> sources) {
        this(files, outShown, sources, null);
    }

    /**
     * @param memo what the last check of the same site learnt of each page (see {@link Memo}); null to read every
     *             page afresh
     */
    public LinkChecker(SiteOutput files, String outShown, Map<String, Source> sources, Memo memo) {
        this(files, outShown, sources, memo, null);
    }

    /** Where a layout writes a link, found by the link as a page has it; empty when no layout writes it as such. */
    public interface Layouts {
        java.util.Optional<Source> find(String url);
    }

    private Layouts layouts = url -> java.util.Optional.empty();

    /** Reports a broken link that a layout writes at the layout's line, rather than in a generated page. */
    public LinkChecker withLayouts(Layouts layouts) {
        this.layouts = layouts;
        return this;
    }

    /** @param archive what the zip of the site holds otherwise than the site; null when there is no zip to check */
    public LinkChecker(SiteOutput files, String outShown, Map<String, Source> sources, Memo memo, Archive archive) {
        this.files = files;
        this.outShown = outShown;
        this.sources = sources;
        this.memo = memo;
        this.archive = archive;
    }

    /**
     * What a check learns of a site held in memory (the preview), kept for the next check of it: each page's ids and
     * what each of its links needs of the rest of the site (a file, and an id in it), the pages that passed, and which
     * pages need each file. A page whose bytes are the same array as last time is not read again. A page that passed
     * is checked again only when what it needs may have changed: a file it needs appeared or went, or a page it needs
     * an id in has new bytes. Every other page is checked again, and a page with a link that fails is checked in
     * full, so that the report is the one a check without the memo gives.
     */
    public static final class Memo {
        /** Stands, among the bytes seen, for a file promised but not yet made (see {@link SiteOutput.Memory#promise}). */
        private static final Object PROMISED = new Object();

        private final Map<String, Page> pages = new ConcurrentHashMap<>();
        private final Map<Target, Target> needs = new ConcurrentHashMap<>();
        /** Every file of the site at the last check, and its bytes (the array, compared by identity). */
        private Map<String, Object> seen = Map.of();
        /** The pages that passed the last check, with the needs they are filed under in {@link #byFile} and {@link #byId}. */
        private final Map<String, Target[]> passed = new ConcurrentHashMap<>();
        /** For each file, the pages that passed and need it to exist. */
        private final Map<String, Set<String>> byFile = new ConcurrentHashMap<>();
        /** For each page, the pages that passed and need an id in it. */
        private final Map<String, Set<String>> byId = new ConcurrentHashMap<>();

        private Page page(String path, byte[] bytes, java.util.function.Supplier<Page> make) {
            Page was = pages.get(path);
            if (was != null && was.bytes() == bytes) {
                return was;
            }
            Page now = make.get();
            pages.put(path, now);
            return now;
        }

        /** One need object per distinct need, shared by the pages that have it: pages link to the same pages. */
        private Target intern(Target need) {
            Target was = needs.putIfAbsent(need, need);
            return was == null ? need : was;
        }

        /**
         * The pages to check: those new, changed or failing last time, and those that passed but need a file that
         * appeared or went, or an id in a page whose bytes changed. Forgets the pages that went.
         */
        private Set<String> toCheck(SiteOutput files) {
            Map<String, Object> now = new java.util.HashMap<>(seen.size() * 4 / 3 + 16); // no resizing as it fills
            Set<String> check = new HashSet<>();
            files.forEachFile((path, bytes) -> {
                Object current = bytes == null ? PROMISED : bytes;
                now.put(path, current);
                Object was = seen.get(path);
                boolean page = path.endsWith(".html");
                if (was == null) {
                    dependents(path, check, true);
                } else if (was != current && page) {
                    dependents(path, check, false);
                }
                if (page && (was != current || !passed.containsKey(path))) {
                    check.add(path);
                }
            });
            for (String path : seen.keySet()) {
                if (!now.containsKey(path)) {
                    dependents(path, check, true);
                    pages.remove(path);
                    forget(path);
                }
            }
            check.removeIf(path -> !now.containsKey(path));
            seen = now;
            if (needs.size() > 4 * pages.size() + 100_000) {
                needs.clear(); // forgets needs no page has any more; the pages keep their own objects
            }
            return check;
        }

        /** Adds the pages that need the file at {@code path} (to exist, when {@code existence}; else an id in it). */
        private void dependents(String path, Set<String> check, boolean existence) {
            check.addAll(byId.getOrDefault(path, Set.of()));
            if (existence) {
                check.addAll(byFile.getOrDefault(path, Set.of()));
            }
        }

        /** Files a page that passed under each of its needs; safe from many threads. */
        private void pass(String path, Target[] pageNeeds) {
            Target[] was = passed.get(path);
            if (was == pageNeeds) {
                return;
            }
            forget(path);
            for (Target need : pageNeeds) {
                (need.id() == null ? byFile : byId).computeIfAbsent(need.path(), k -> ConcurrentHashMap.newKeySet()).add(path);
            }
            passed.put(path, pageNeeds);
        }

        /** Unfiles a page: it did not pass, or went. */
        private void forget(String path) {
            Target[] was = passed.remove(path);
            if (was == null) {
                return;
            }
            for (Target need : was) {
                Set<String> pagesNeeding = (need.id() == null ? byFile : byId).get(need.path());
                if (pagesNeeding != null) {
                    pagesNeeding.remove(path);
                }
            }
        }
    }

    /**
     * A page as its links see it: its ids, the file (and id, when not null) each of its links needs, and whether a link
     * fails whatever the rest of the site holds (empty, root-relative, leaving the site, naming a folder).
     */
    private record Page(byte[] bytes, Set<String> ids, Target[] needs, boolean broken) {
    }

    /**
     * Checks every page. A broken link that a layout writes on many pages is reported once, at its first page, with
     * the number of other pages, so that one mistake does not bury the rest.
     */
    public void check(Diagnostics diagnostics) {
        Diagnostics perPage = new Diagnostics();
        if (memo == null) {
            files.paths().parallelStream().filter(p -> p.endsWith(".html")).forEach(p -> checkPage(p, perPage));
        } else {
            Map<Target, Boolean> met = new ConcurrentHashMap<>();
            memo.toCheck(files).parallelStream().forEach(p -> {
                Page page = memoized(p);
                boolean fine = !page.broken();
                for (int i = 0; fine && i < page.needs().length; i++) {
                    Target need = page.needs()[i];
                    Boolean known = met.get(need);
                    if (known == null) {
                        known = met(need); // may read the target page: not inside computeIfAbsent, which would block
                        met.put(need, known);
                    }
                    fine = known && !deadOnceUnzipped(p, need.path());
                }
                if (fine) {
                    memo.pass(p, page.needs());
                } else {
                    memo.forget(p);
                    checkPage(p, perPage);
                }
            });
        }
        if (archive != null) {
            // the zip's own versions of pages: a link their layout writes is the same mistake as on the site's pages
            LinkChecker unzipped = new LinkChecker(new Unzipped(files, archive), outShown + "/" + archive.shown(), Map.of())
                    .withLayouts(layouts);
            archive.versions().keySet().stream().filter(files::has).sorted().forEach(p -> unzipped.checkPage(p, perPage));
        }
        java.util.Map<String, java.util.List<Diagnostic>> byMessage = new java.util.TreeMap<>();
        for (Diagnostic d : perPage.sorted()) {
            byMessage.computeIfAbsent(d.message(), k -> new java.util.ArrayList<>()).add(d);
        }
        byMessage.values().stream()
                .map(same -> {
                    // at one place (a layout's line), the page the hint names is the first by name, whatever the threads did
                    same.sort(java.util.Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                            .thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::hint));
                    Diagnostic first = same.get(0);
                    if (same.size() == 1) {
                        return first;
                    }
                    int others = same.size() - 1;
                    return new Diagnostic(first.file(), first.line(), first.column(), first.severity(), first.code(),
                            first.message() + " (and on " + others + " other " + (others == 1 ? "page" : "pages") + ")",
                            first.hint(), first.excerpt());
                })
                .sorted()
                .forEach(diagnostics::add);
    }

    /** Whether a link from this page to this file is dead in the copy unzipped from the zip: a link to the zip itself. */
    private boolean deadOnceUnzipped(String page, String target) {
        return archive != null && target.equals(archive.path()) && !archive.versions().containsKey(page);
    }

    /** The site as a copy unzipped from its zip has it: without the zip, and with the zip's versions of some pages. */
    private record Unzipped(SiteOutput site, Archive archive) implements SiteOutput {
        @Override
        public void put(String path, byte[] bytes) {
            throw new UnsupportedOperationException("the unzipped copy is only read");
        }

        @Override
        public java.io.OutputStream open(String path) {
            throw new UnsupportedOperationException("the unzipped copy is only read");
        }

        @Override
        public byte[] read(String path) {
            byte[] version = archive.versions().get(path);
            return version != null ? version : site.read(path);
        }

        @Override
        public boolean has(String path) {
            return !path.equals(archive.path()) && site.has(path);
        }

        @Override
        public List<String> paths() {
            return site.paths().stream().filter(this::has).toList();
        }

        @Override
        public long size(String path) {
            byte[] version = archive.versions().get(path);
            return version != null ? version.length : site.size(path);
        }
    }

    /** An attribute of a tag: href, src or id, its value with entities decoded, and the byte where the tag starts. */
    private record Attribute(String name, String value, int offset) {
    }

    /**
     * The href, src and id attributes of every tag of a generated page (UTF-8), in order. A scan, not a parse: the
     * pages are the generator's own output, and this is the only part of them the check needs. Comments and the
     * content of script and style elements are skipped; a canonical link is left out, since it names the page's
     * public address. Tag and attribute names are matched as HTML does, ignoring ASCII case; only the values kept
     * are decoded, so the scan works on the bytes.
     */
    static List<Attribute> attributes(byte[] html) {
        List<Attribute> out = new ArrayList<>();
        int n = html.length;
        int i = 0;
        while ((i = indexOf(html, (byte) '<', i)) >= 0 && i + 1 < n) {
            if (startsWith(html, i, "<!--")) {
                int end = indexOf(html, "-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int start = i;
            int p = i + 1;
            if (!isAsciiLetter(html[p])) {
                i = p;
                continue;
            }
            while (p < n && (isAsciiLetter(html[p]) || (html[p] >= '0' && html[p] <= '9') || html[p] == '-' || html[p] < 0)) {
                p++;
            }
            int tagStart = start + 1;
            int tagLength = p - tagStart;
            boolean link = named(html, tagStart, tagLength, "link");
            List<Attribute> mine = null;
            boolean canonical = false;
            while (p < n && html[p] != '>') {
                byte c = html[p];
                if (isSpace(c) || c == '/') {
                    p++;
                    continue;
                }
                int nameStart = p;
                while (p < n && !isSpace(html[p]) && html[p] != '=' && html[p] != '>' && html[p] != '/') {
                    p++;
                }
                int nameLength = p - nameStart;
                String name = named(html, nameStart, nameLength, "href") ? "href" : named(html, nameStart, nameLength, "src") ? "src"
                        : named(html, nameStart, nameLength, "id") ? "id" : link && named(html, nameStart, nameLength, "rel") ? "rel" : null;
                int valueStart = p;
                int valueEnd = p;
                if (p < n && html[p] == '=') {
                    p++;
                    byte quote = p < n ? html[p] : (byte) ' ';
                    if (quote == '"' || quote == '\'') {
                        valueStart = p + 1;
                        valueEnd = indexOf(html, quote, valueStart);
                        valueEnd = valueEnd < 0 ? n : valueEnd;
                        p = Math.min(n, valueEnd + 1);
                    } else {
                        valueStart = p;
                        while (p < n && !isSpace(html[p]) && html[p] != '>') {
                            p++;
                        }
                        valueEnd = p;
                    }
                }
                if (name == null) {
                    continue;
                }
                String value = new String(html, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                if (value.indexOf('&') >= 0) {
                    value = Parser.unescapeEntities(value, true);
                }
                if (name.equals("rel")) {
                    canonical |= value.equals("canonical");
                } else {
                    if (mine == null) {
                        mine = new ArrayList<>(2);
                    }
                    mine.add(new Attribute(name, value, start));
                }
            }
            if (mine != null) {
                for (Attribute a : mine) {
                    if (!(canonical && a.name().equals("href"))) {
                        out.add(a);
                    }
                }
            }
            i = p + 1;
            boolean script = named(html, tagStart, tagLength, "script");
            if (script || named(html, tagStart, tagLength, "style")) {
                String tag = script ? "script" : "style";
                int end = i;
                while ((end = indexOf(html, "</", end)) >= 0 && !named(html, end + 2, Math.min(tag.length(), n - end - 2), tag)) {
                    end += 2;
                }
                i = end < 0 ? n : end;
            }
        }
        return out;
    }

    /** Whether the bytes from {@code from}, {@code length} of them, are {@code name} (lower case ASCII), ignoring ASCII case. */
    private static boolean named(byte[] bytes, int from, int length, String name) {
        if (length != name.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            int b = bytes[from + k];
            if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean startsWith(byte[] bytes, int from, String ascii) {
        if (from + ascii.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (bytes[from + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int k = from; k < bytes.length; k++) {
            if (bytes[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, String ascii, int from) {
        byte first = (byte) ascii.charAt(0);
        for (int k = indexOf(bytes, first, from); k >= 0; k = indexOf(bytes, first, k + 1)) {
            if (startsWith(bytes, k, ascii)) {
                return k;
            }
        }
        return -1;
    }

    private List<Attribute> parse(String path) {
        return attributes(files.read(path));
    }

    private Set<String> idsOf(String path) {
        if (memo != null) {
            return memoized(path).ids();
        }
        return ids.computeIfAbsent(path, p -> {
            Set<String> out = new HashSet<>();
            parse(p).stream().filter(a -> a.name().equals("id")).forEach(a -> out.add(a.value()));
            return out;
        });
    }

    /** The page at {@code path} as the memo holds it, read afresh when its bytes are not the array read last time. */
    private Page memoized(String path) {
        byte[] bytes = files.read(path);
        return memo.page(path, bytes, () -> summarize(path, bytes));
    }

    private boolean met(Target need) {
        return files.has(need.path()) && (need.id() == null || idsOf(need.path()).contains(need.id()));
    }

    /** What the page's links need of the site (see {@link #target}); a link that fails whatever the site holds marks it broken. */
    private Page summarize(String path, byte[] bytes) {
        List<Attribute> attributes = attributes(bytes);
        Set<String> own = new HashSet<>();
        attributes.stream().filter(a -> a.name().equals("id")).forEach(a -> own.add(a.value()));
        Set<Target> needs = new java.util.LinkedHashSet<>();
        boolean broken = false;
        for (Attribute a : attributes) {
            Target target = a.name().equals("id") ? null : target(path, a.value());
            if (target == null) {
                continue;
            }
            if (target.problem() != null) {
                broken = true;
            } else if (target.path().equals(path)) {
                broken |= target.id() != null && !own.contains(target.id());
            } else {
                needs.add(memo.intern(target));
            }
        }
        return new Page(bytes, own, needs.toArray(new Target[0]), broken);
    }

    private void checkPage(String path, Diagnostics diagnostics) {
        byte[] html = files.read(path);
        List<Attribute> attributes = attributes(html);
        Set<String> own = new HashSet<>();
        attributes.stream().filter(a -> a.name().equals("id")).forEach(a -> own.add(a.value()));
        ids.putIfAbsent(path, own);
        for (Attribute a : attributes) {
            if (a.name().equals("id")) {
                continue;
            }
            String url = a.value();
            String problem = problem(path, url, own);
            if (problem == null) {
                continue;
            }
            Source source = sources.get(key(path, url));
            Source written = source == null ? layouts.find(url).orElse(null) : null;
            // a link to the zip is fixed by linking the page that links to it, not by another address of the zip
            String download = problem.equals(zipProblem()) ? downloadPage() : null;
            if (source != null) {
                diagnostics.add(new Diagnostic(source.file(), source.line(), source.column(), Severity.ERROR, "broken-link",
                        "link \"" + source.written() + "\" " + problem,
                        download == null ? source.hint() : "link to the download page, which links to the zip: "
                                + (source.written().endsWith(archive.path())
                                        ? source.written().substring(0, source.written().length() - archive.path().length()) + download
                                        : download),
                        source.excerpt()));
            } else if (written != null) {
                diagnostics.add(new Diagnostic(written.file(), written.line(), written.column(), Severity.ERROR, "broken-link",
                        a.name() + " \"" + written.written() + "\" " + problem,
                        "correct it in this layout" + (download == null ? "" : " to link to " + download + ", the page that links to the zip")
                                + "; pages have it as \"" + url + "\", such as " + outShown + "/" + path, written.excerpt()));
            } else {
                int line = 1;
                int lineStart = 0;
                for (int k = 0; k < a.offset(); k++) {
                    if (html[k] == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                int column = new String(html, lineStart, a.offset() - lineStart, StandardCharsets.UTF_8).length() + 1;
                diagnostics.add(new Diagnostic(outShown + "/" + path, line, column,
                        Severity.ERROR, "broken-link", a.name() + " \"" + url + "\" " + problem,
                        "correct the link in the layout that writes it; links are relative and name a file", ""));
            }
        }
    }

    /**
     * The site path a relative link from the page names, or null when it leaves the site. Plain paths (the links
     * the layouts write: leading ../ and ./ then names) are resolved by cutting the page's folder; anything else
     * goes through java.net.URI, which decodes percent-encoded names (a seed's {@code a%20b.txt} is {@code a b.txt}).
     *
     * @throws IllegalArgumentException when the link is not a valid URL, such as a % that starts no %XX
     */
    static String resolve(String page, String target) {
        if (!isPlainPath(target)) {
            return uriResolve(page, target);
        }
        int base = page.lastIndexOf('/'); // the page's folder is page[0, base); -1: the site's root
        int pos = 0;
        while (true) {
            if (target.startsWith("../", pos)) {
                if (base < 0) {
                    return null;
                }
                base = page.lastIndexOf('/', base - 1);
                pos += 3;
            } else if (target.startsWith("./", pos)) {
                pos += 2;
            } else {
                break;
            }
        }
        String rest = target.substring(pos);
        if (rest.equals("..") || rest.equals(".") || rest.endsWith("/..") || rest.endsWith("/.") || rest.contains("/../")
                || rest.contains("/./")) { // a dot segment after a name: rare, left to URI
            return uriResolve(page, target);
        }
        return base < 0 ? rest : page.substring(0, base + 1) + rest;
    }

    /** Whether the target is names of [A-Za-z0-9._~-] joined by single slashes, with perhaps a slash at the end. */
    private static boolean isPlainPath(String target) {
        int n = target.length();
        if (n == 0) {
            return false;
        }
        boolean segmentStart = true;
        for (int i = 0; i < n; i++) {
            char c = target.charAt(i);
            if (c == '/') {
                if (segmentStart) {
                    return false;
                }
                segmentStart = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~' || c == '-') {
                segmentStart = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether the link starts with a URL scheme, such as {@code javascript:}. */
    private static boolean hasScheme(String url) {
        int n = url.length();
        if (n == 0 || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String decode(String fragment) {
        return fragment.indexOf('%') < 0 && fragment.indexOf('+') < 0 ? fragment : URLDecoder.decode(fragment, StandardCharsets.UTF_8);
    }

    static String uriResolve(String page, String target) {
        URI base = URI.create("site:/" + page);
        // getPath decodes once, so a file named a%20b.txt, linked as a%2520b.txt, is found under its own name
        String path = base.resolve(URI.create(target)).getPath();
        if (path == null || !path.startsWith("/") || path.contains("/../")) {
            return null;
        }
        return path.substring(1);
    }

    private static final String FOLDER = "names a folder; under file:// it must name the file (…/index.html)";

    /**
     * Where a link points, worked out from the page and the link alone: the file (the page itself for a bare
     * #fragment) and the id it names there (null when none, or when the file is not a page); or, in
     * {@code problem}, why it fails whatever the site holds. The check then looks the file and id up in the site.
     */
    private record Target(String path, String id, String problem) {
        static Target failing(String problem) {
            return new Target(null, null, problem);
        }
    }

    /** Where the link points; null for an address elsewhere, which is not checked. */
    private static Target target(String page, String url) {
        if (url.isEmpty()) {
            return Target.failing("is empty");
        }
        java.util.Optional<Address.Problem> invalid = Address.problem(url);
        if (invalid.isPresent()) {
            return Target.failing("is not a valid URL: " + invalid.get().description());
        }
        if (hasScheme(url)) {
            if (url.regionMatches(true, 0, "https:", 0, 6) || url.regionMatches(true, 0, "http:", 0, 5)
                    || url.regionMatches(true, 0, "mailto:", 0, 7)) {
                return null; // an address elsewhere: Markdown pages may cite one; nothing is loaded from it
            }
            return Target.failing("uses a scheme that is not allowed");
        }
        if (url.startsWith("/")) {
            return Target.failing("is root-relative, which breaks reading from disk and hosting under a sub-path");
        }
        int hash = url.indexOf('#');
        String target = hash >= 0 ? url.substring(0, hash) : url;
        String fragment = hash >= 0 ? url.substring(hash + 1) : "";
        int query = target.indexOf('?');
        target = query >= 0 ? target.substring(0, query) : target;
        String resolved;
        String id;
        try {
            resolved = target.isEmpty() ? page : resolve(page, target);
            id = resolved != null && !fragment.isEmpty() && resolved.endsWith(".html") ? decode(fragment) : null;
        } catch (IllegalArgumentException e) {
            return Target.failing("is not a valid URL: " + e.getMessage());
        }
        if (resolved == null) {
            return Target.failing("leaves the site");
        }
        if (target.endsWith("/")) {
            return Target.failing(FOLDER);
        }
        return new Target(resolved, id, null);
    }

    private String zipProblem() {
        return archive == null ? null
                : "points to " + archive.path() + ", which the zip of the site cannot hold: the link is dead in a copy unzipped from it";
    }

    /** The page the zip holds in a version of its own, the one page that links to it: the download page. */
    private String downloadPage() {
        return archive.versions().keySet().stream().sorted().findFirst().orElse("download/index.html");
    }

    /** What is wrong with the link, or null when it is fine. */
    private String problem(String page, String url, Set<String> ownIds) {
        Target target = target(page, url);
        if (target == null || target.problem() != null) {
            return target == null ? null : target.problem();
        }
        if (deadOnceUnzipped(page, target.path())) {
            return zipProblem();
        }
        if (!files.has(target.path())) {
            return files.has(target.path() + "/index.html") ? FOLDER : "points to a file that does not exist";
        }
        Set<String> ids = target.id() == null ? Set.of() : target.path().equals(page) ? ownIds : idsOf(target.path());
        if (target.id() != null && !ids.contains(target.id())) {
            return "points to an anchor that does not exist" + paragraphs(target.id(), ids);
        }
        return null;
    }

    private static final java.util.regex.Pattern PARAGRAPH = java.util.regex.Pattern.compile("p-(\\d{1,9})");

    /** For a paragraph's anchor (#p-N), which the page has: " (the page's paragraphs are #p-1 to #p-M)", or "". */
    private static String paragraphs(String id, Set<String> ids) {
        if (!PARAGRAPH.matcher(id).matches()) {
            return "";
        }
        int last = 0;
        for (String other : ids) {
            java.util.regex.Matcher m = PARAGRAPH.matcher(other);
            if (m.matches()) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        return last == 0 ? " (the page has no numbered paragraphs)" : " (the page's paragraphs are #p-1 to #p-" + last + ")";
    }
}
