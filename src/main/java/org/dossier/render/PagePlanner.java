package org.dossier.render;

import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Event;
import org.dossier.model.LetterSignature;
import org.dossier.model.MarkdownPage;
import org.dossier.model.Mention;
import org.dossier.model.OrganizationKind;
import org.dossier.model.RoleStatement;
import org.dossier.model.Section;
import org.dossier.model.SiteConfig;
import org.dossier.model.Signature;
import org.dossier.model.SignatureRole;
import org.dossier.normalize.TextMatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Decides which pages the site has and what each shows. */
public final class PagePlanner {
    public static final String TIMELINE = "timeline/index.html";
    public static final String DOWNLOAD = "download/index.html";

    private final String version;

    public PagePlanner(String version) {
        this.version = version;
    }

    /**
     * The pages of the dossier, made from {@code memo}'s last plan when the model made this dossier from the last
     * one's (the same settings, Markdown pages, registry, events and figures, and the same signatures and mentions,
     * see {@link Dossier#changedSince}) and every document that changed is listed as it was ({@link Views.Listed}).
     * Then only the changed documents' pages (and a complete print page, which holds every text) are planned again;
     * every other page keeps its key, so a preview finds it rendered by identity. Otherwise, as {@link #plan(Dossier)}. The pages are those {@link #plan(Dossier)}
     * gives either way: equal keys and views, in the same order.
     */
    public List<PlannedPage> plan(Dossier dossier, Memo memo) {
        List<PlannedPage> pages = memo.sameShapeAsLast(dossier) ? replan(dossier, memo.plan) : plan(dossier);
        memo.planned(dossier, pages);
        return pages;
    }

    /**
     * What the last plan was made from and gave, for the next (see {@link #plan(Dossier, Memo)}). One plan at a time.
     */
    public static final class Memo {
        private Dossier dossier;
        private List<PlannedPage> plan;
        private boolean replanned;

        /** Whether the last plan was made from the one before it rather than afresh. */
        public boolean replanned() {
            return replanned;
        }

        private void planned(Dossier dossier, List<PlannedPage> plan) {
            this.dossier = dossier;
            this.plan = plan;
        }

        /**
         * Whether every page but the changed documents' own shows the same of {@code now} as of the last dossier: the
         * model made {@code now} from it (so settings, pages, registry, events, figures, signatures and mentions are
         * the same, see {@link Dossier#changedSince}), and each document it put in is listed as before.
         */
        private boolean sameShapeAsLast(Dossier now) {
            Dossier was = dossier;
            replanned = now.changedSince(was).map(changed -> changed.values().stream().allMatch(d ->
                    Views.Listed.of(d).equals(Views.Listed.of(was.document(d.id()).orElseThrow())))).orElse(false);
            return replanned;
        }
    }

    /**
     * The last plan's pages for a dossier of the same shape: each document's page made for its document now, the
     * print page planned again when it holds every text, an entity's page with its last key and a view made from
     * this dossier, and every other page as it was (its view is its key, and holds only what is the same).
     */
    private List<PlannedPage> replan(Dossier dossier, List<PlannedPage> last) {
        Map<String, Entity> entities = new java.util.HashMap<>();
        dossier.entities().forEach(e -> entities.put(e.path(), e));
        java.util.function.Supplier<Lists> lists = new java.util.function.Supplier<>() {
            private Lists made;

            @Override
            public synchronized Lists get() { // made only if a page's view is: none is, when its page is kept
                if (made == null) {
                    made = Lists.of(dossier);
                }
                return made;
            }
        };
        int next = 0;
        List<Document> documents = dossier.documents();
        List<PlannedPage> pages = new ArrayList<>(last.size());
        for (PlannedPage p : last) {
            switch (p.template()) {
                case "document.ftlh" -> pages.add(document(dossier, documents.get(next++)));
                case "entity.ftlh" -> {
                    Entity e = entities.get(p.path());
                    pages.add(new PlannedPage(p.path(), p.template(), () -> entityView(dossier, lists.get(), e, p.path()), p.key()));
                }
                case "print.ftlh" -> pages.add(dossier.documents().size() <= PRINT_LIMIT ? print(dossier, lists.get()) : p);
                default -> pages.add(p);
            }
        }
        return pages;
    }

    public List<PlannedPage> plan(Dossier dossier) {
        Lists lists = Lists.of(dossier);
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(home(dossier, lists));
        for (Section s : Section.values()) {
            pages.add(s == Section.SIGNATORY_INDEX ? signatoryIndex(dossier, lists) : section(dossier, lists, s));
        }
        for (Document d : dossier.documents()) {
            pages.add(document(dossier, d));
        }
        pages.add(timeline(dossier, lists));
        pages.add(listing("search/index.html", "search.ftlh", new Views.Plain(
                layout(dossier, "search/index.html", "Search", "Search every paragraph, organisation and person of the dossier.", "search"))));
        pages.add(print(dossier, lists));
        pages.add(download(dossier, false));
        pages.add(notFound(dossier));
        for (EntityKind kind : EntityKind.values()) {
            pages.add(registryIndex(dossier, kind));
            for (Entity e : dossier.entities(kind)) {
                pages.add(entity(dossier, lists, e));
            }
        }
        for (MarkdownPage p : dossier.pages()) {
            if (!p.id().equals("home")) {
                String path = pagePath(p);
                pages.add(listing(path, "page.ftlh", new Views.Page(
                        layout(dossier, path, p.title(), dossier.site().description(), p.id()), p)));
            }
        }
        return pages;
    }

    /**
     * A page whose view is made now and is its key: it holds only what the page shows (of a document, its
     * {@link Views.Listed}), so that a preview renders the page again only when that changed. Used for the pages
     * made from many documents and for the small ones.
     */
    private static PlannedPage listing(String path, String template, Object view) {
        return new PlannedPage(path, template, () -> view, view);
    }

    /** Above this many letters, a table of organisation × letter is too wide to read or to load. */
    static final int MATRIX_LIMIT = 12;

    /** Above this many documents, the print page lists the documents instead of holding them all. */
    static final int PRINT_LIMIT = 200;

    public static String sectionPath(Section s) {
        return "sections/" + s.id() + "/index.html";
    }

    public static String pagePath(MarkdownPage p) {
        return p.id() + "/index.html";
    }

    /** "" for index.html, "../" for about/index.html, "../../" for documents/x/index.html. */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private PlannedPage home(Dossier dossier, Lists lists) {
        String path = "index.html";
        String root = rootOf(path);
        List<Views.SectionCard> cards = new ArrayList<>();
        for (Section s : Section.values()) {
            int count = s == Section.SIGNATORY_INDEX ? dossier.signers().size() : dossier.documentsIn(s).size();
            int probable = s == Section.SIGNATORY_INDEX ? (int) dossier.signers().stream().filter(Entity::probableMerge).count() : 0;
            cards.add(new Views.SectionCard(s, root + sectionPath(s), count, probable));
        }
        List<Views.Link> registries = new ArrayList<>();
        for (EntityKind k : EntityKind.values()) {
            registries.add(new Views.Link(k.plural() + " (" + dossier.entities(k).size() + ")", root + k.indexPath()));
        }
        String intro = dossier.page("home").map(MarkdownPage::html).orElse("");
        return listing(path, "home.ftlh", new Views.Home(
                layout(dossier, path, dossier.site().title(), dossier.site().description(), "home"),
                intro, cards, cards(lists, dossier.documents(), root), registries));
    }

    private PlannedPage section(Dossier dossier, Lists lists, Section s) {
        String path = sectionPath(s);
        String root = rootOf(path);
        List<Views.EventLine> programmes = dossier.eventsIn(s).stream().filter(e -> e.kind().isProgramme())
                .map(e -> eventLine(dossier, lists, e, root)).toList();
        List<String> inSection = dossier.documentsIn(s).stream().map(Document::id).toList();
        List<Views.FigureGroup> figures = new ArrayList<>();
        dossier.figuresByMeasure().forEach((measure, list) -> {
            List<Views.FigureLine> lines = list.stream().filter(f -> inSection.contains(f.quote().documentId()))
                    .map(f -> new Views.FigureLine(f, card(lists.get(f.quote().documentId()), root), root + f.quote().path()))
                    .toList();
            if (!lines.isEmpty()) {
                boolean differ = lines.stream().map(l -> l.figure().value()).distinct().count() > 1;
                figures.add(new Views.FigureGroup(measure, lines, differ));
            }
        });
        return listing(path, "section.ftlh", new Views.SectionPage(
                layout(dossier, path, s.title(), s.description(), s.id()), s, cards(lists, dossier.documentsIn(s), root),
                programmes, figures));
    }

    private static Views.EventLine eventLine(Dossier dossier, Lists lists, Event e, String root) {
        Views.Listed d = lists.get(e.quote().documentId());
        List<Views.Link> entities = e.entities().stream().map(id -> dossier.entity(id).orElseThrow())
                .map(x -> new Views.Link(x.name(), root + x.path())).toList();
        return new Views.EventLine(e, entities, card(d, root), root + e.quote().path(), d.sections(), d.topics());
    }

    /** What lists show of each document of the dossier, made once per plan. */
    private record Lists(Map<String, Views.Listed> byId) {
        static Lists of(Dossier dossier) {
            Map<String, Views.Listed> byId = new java.util.HashMap<>();
            dossier.documents().forEach(d -> byId.put(d.id(), Views.Listed.of(d)));
            return new Lists(byId);
        }

        Views.Listed get(String documentId) {
            Views.Listed listed = byId.get(documentId);
            if (listed == null) {
                throw new java.util.NoSuchElementException("no document " + documentId);
            }
            return listed;
        }

        Views.Listed get(Document d) {
            return get(d.id());
        }

        List<Views.Listed> all(List<Document> documents) {
            return documents.stream().map(this::get).toList();
        }
    }

    /**
     * A host shows 404.html at any address, at any depth, so its links cannot be relative: with a base URL they are
     * absolute; without one they are relative to the site's root folder, which serves a missing address at the top of
     * the site (root-relative links would break the site on a sub-path and from disk).
     */
    private PlannedPage notFound(Dossier dossier) {
        Views.Layout base = layout(dossier, "404.html", "Page not found", dossier.site().description(), "");
        String root = dossier.site().baseUrl();
        if (!root.isEmpty()) {
            List<Views.NavLink> nav = base.nav().stream().map(n -> new Views.NavLink(n.title(), root + n.href(), false)).toList();
            base = new Views.Layout(base.site(), base.path(), root, base.title(), base.description(), nav, base.version(),
                    base.meta(), base.jsonLd(), base.scripts().stream().map(x -> root + x).toList(), "");
        }
        return listing("404.html", "notfound.ftlh", new Views.Plain(base));
    }

    /**
     * The pages the zip of the site holds in another version than the site's: the download page, as a copy unzipped
     * from the zip reads it (see {@link Views.Download}). Each has the path of the site's page it stands for.
     */
    public List<PlannedPage> archived(Dossier dossier) {
        return List.of(download(dossier, true));
    }

    /** The download page: on the site, or, {@code unzipped}, in the zip. */
    private PlannedPage download(Dossier dossier, boolean unzipped) {
        String path = DOWNLOAD;
        String base = dossier.site().baseUrl();
        return listing(path, "download.ftlh", new Views.Download(
                layout(dossier, path, "Download the site", "The whole site as one zip file, to read offline without a connection or a server.", ""),
                unzipped, SiteConfig.ARCHIVE, rootOf(path) + SiteConfig.ARCHIVE, SiteConfig.ARCHIVE_FOLDER, dossier.documents().size(),
                base, base.isEmpty() ? "" : base + SiteConfig.ARCHIVE));
    }

    /** The whole dossier on one page, or, above {@link #PRINT_LIMIT} documents, a list of them. */
    private PlannedPage print(Dossier dossier, Lists lists) {
        String path = "print/index.html";
        boolean complete = dossier.documents().size() <= PRINT_LIMIT;
        return listing(path, "print.ftlh", new Views.PrintPage(
                layout(dossier, path, "The whole dossier", dossier.site().description(), "print"),
                complete ? dossier.documents() : null, complete ? null : cards(lists, dossier.documents(), rootOf(path)),
                complete));
    }

    private PlannedPage timeline(Dossier dossier, Lists lists) {
        String path = TIMELINE;
        String root = rootOf(path);
        Map<String, List<Views.EventLine>> byYear = new LinkedHashMap<>();
        for (Event e : dossier.events()) {
            byYear.computeIfAbsent(String.valueOf(e.date().year()), k -> new ArrayList<>()).add(eventLine(dossier, lists, e, root));
        }
        List<Views.YearGroup> years = new ArrayList<>();
        byYear.forEach((year, lines) -> years.add(new Views.YearGroup(year, lines)));
        List<Views.FilterOption> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            if (s.assignable()) {
                sections.add(new Views.FilterOption(s.id(), s.title()));
            }
        }
        List<Views.FilterOption> topics = dossier.entities(EntityKind.TOPIC).stream()
                .filter(t -> dossier.events().stream().anyMatch(e -> dossier.document(e.quote().documentId()).orElseThrow().topics().contains(t.id())))
                .map(t -> new Views.FilterOption(t.id(), t.name())).toList();
        return listing(path, "timeline.ftlh", new Views.Timeline(
                layout(dossier, path, "Timeline", "Every dated event the sources report, in order, each with the words that report it.",
                        "timeline", List.of(), "", List.of("assets/filter.js")),
                years, dossier.events().size(), sections, topics));
    }

    /**
     * A document's page; its view is made only when the page is rendered. It shows the document and, from the rest
     * of the dossier, only what every page shares (the registry's names, the settings, the navigation): so the
     * document is its key.
     */
    private PlannedPage document(Dossier dossier, Document d) {
        String path = d.path();
        return new PlannedPage(path, "document.ftlh", () -> documentView(dossier, d, path), d);
    }

    private Views.DocumentPage documentView(Dossier dossier, Document d, String path) {
        String root = rootOf(path);
        List<Views.Link> sections = d.sections().stream().map(s -> new Views.Link(s.title(), root + sectionPath(s))).toList();
        List<Views.Link> topics = d.topics().stream()
                .map(t -> dossier.entity(t).orElseThrow())
                .map(t -> new Views.Link(t.name(), root + t.path())).toList();
        Citations citations = new Citations(dossier.site());
        String one = citations.paragraph(d, 1);
        int cut = one.indexOf("¶ 1") + 2;
        String text = citations.text(d);
        String title = Citations.closed(d.citedTitle());
        int at = text.indexOf("“" + title + "”") + 1;
        int hash = text.length() - 1 - d.seed().sha256().length();
        Views.Cite cite = new Views.Cite(text.substring(0, at), title, text.substring(at + title.length(), hash),
                text.substring(hash, text.length() - 2), text.substring(text.length() - 2), one.substring(0, cut), one.substring(cut + 1, one.length() - 2),
                "cite.bib", "cite.ris", "cite.json");
        return new Views.DocumentPage(
                layout(dossier, path, d.title(), d.summary(), "", citations.meta(d), citations.jsonLd(d), List.of("assets/cite.js")),
                d, sections, topics, root + d.seedHref(),
                signatureLines(dossier, d.signatures().coordinators(), root),
                signatureLines(dossier, d.signatures().signatories(), root), cite);
    }

    private static List<Views.SignatureLine> signatureLines(Dossier dossier, List<Signature> signatures, String root) {
        return signatures.stream().map(s -> {
            Entity org = dossier.entity(s.organizationId()).orElseThrow();
            return new Views.SignatureLine(s, org, root + org.path(), s.paragraph() > 0 ? "#p-" + s.paragraph() : "",
                    TextMatch.normalize(s.asSigned()).equals(TextMatch.normalize(org.name())), mergedSpellings(org, s.asSigned()));
        }).toList();
    }

    /** For an organisation that is a probable merge, the name as printed, then its other spellings; else none. */
    private static List<String> mergedSpellings(Entity org, String asSigned) {
        if (!org.probableMerge()) {
            return List.of();
        }
        List<String> spellings = new ArrayList<>(List.of(asSigned));
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(TextMatch.normalize(asSigned)));
        for (String alias : org.aliases()) {
            if (seen.add(TextMatch.normalize(alias))) {
                spellings.add(alias);
            }
        }
        return List.copyOf(spellings);
    }

    /**
     * An organisation's, person's or topic's page; its view is made only when the page is rendered. Its key is all
     * that {@link #entityView} reads of the dossier besides what every page shares: the entity, its mentions,
     * signatures and events, and what a list shows ({@link Views.Listed}) of every document the page shows a card or
     * a line of. The view reads documents only through {@link Views.Listed}, so a document's text is not in the key.
     */
    private PlannedPage entity(Dossier dossier, Lists lists, Entity e) {
        String path = e.path();
        return new PlannedPage(path, "entity.ftlh", () -> entityView(dossier, lists, e, path), entityKey(dossier, lists, e));
    }

    private static List<Object> entityKey(Dossier dossier, Lists lists, Entity e) {
        List<Views.Listed> shown = new ArrayList<>();
        String last = null;
        for (Mention m : dossier.mentionsOf(e.id())) {
            if (!m.documentId().equals(last)) {
                shown.add(lists.get(m.documentId()));
                last = m.documentId();
            }
        }
        e.roles().forEach(r -> shown.add(lists.get(r.documentId())));
        List<Event> events = dossier.eventsInvolving(e.id());
        events.forEach(x -> shown.add(lists.get(x.quote().documentId())));
        List<Object> signed = new ArrayList<>();
        for (LetterSignature ls : dossier.signaturesOf(e.id())) {
            signed.add(lists.get(ls.letter()));
            signed.add(ls.signature());
        }
        return List.of(e, dossier.mentionsOf(e.id()), signed, lists.all(dossier.documentsTagged(e.id())), events, shown);
    }

    private Views.EntityPage entityView(Dossier dossier, Lists lists, Entity e, String path) {
        String root = rootOf(path);
        Map<String, List<Views.MentionLine>> byDocument = new LinkedHashMap<>();
        for (Mention m : dossier.mentionsOf(e.id())) {
            byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>())
                    .add(new Views.MentionLine(m.paragraph(), root + Document.pathOf(m.documentId()) + "#p-" + m.paragraph(), m.excerpt()));
        }
        List<Views.MentionGroup> mentions = new ArrayList<>();
        byDocument.forEach((id, lines) -> mentions.add(new Views.MentionGroup(card(lists.get(id), root), lines)));
        // A letter that prints the name among its coordinators and again among its signatories is one letter: the
        // page listed it twice, "Letters coordinated or signed (4)" for two letters the register counts as 2.
        Map<Views.Listed, List<Signature>> byLetter = new LinkedHashMap<>();
        Map<String, List<Views.Link>> spellings = new TreeMap<>();
        for (LetterSignature ls : dossier.signaturesOf(e.id())) {
            Signature s = ls.signature();
            Views.Listed letter = lists.get(ls.letter());
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(s);
            String href = root + letter.path() + (s.paragraph() > 0 ? "#p-" + s.paragraph() : "");
            List<Views.Link> on = spellings.computeIfAbsent(s.asSigned(), k -> new ArrayList<>());
            Views.Link link = new Views.Link(letter.title(), href);
            if (on.stream().noneMatch(l -> l.title().equals(link.title()))) {
                on.add(link);
            }
        }
        List<Views.SignedLetter> letters = new ArrayList<>();
        byLetter.forEach((letter, on) -> {
            Map<String, List<Views.ParagraphRef>> printed = new LinkedHashMap<>();
            for (Signature s : on) {
                List<Views.ParagraphRef> where = printed.computeIfAbsent(s.asSigned(), k -> new ArrayList<>());
                if (s.paragraph() > 0) {
                    where.add(new Views.ParagraphRef(s.paragraph(), root + letter.path() + "#p-" + s.paragraph()));
                }
            }
            List<Views.PrintedAs> as = new ArrayList<>();
            printed.forEach((spelling, where) -> as.add(new Views.PrintedAs(spelling, where)));
            letters.add(new Views.SignedLetter(card(letter, root), roleOn(on), as));
        });
        List<Views.SpellingLine> spellingLines = new ArrayList<>();
        spellings.forEach((spelling, on) -> spellingLines.add(new Views.SpellingLine(spelling, on)));
        List<Views.RoleLine> roles = new ArrayList<>();
        for (RoleStatement r : e.roles()) {
            roles.add(new Views.RoleLine(r.role(), card(lists.get(r.documentId()), root)));
        }
        List<Views.DocumentCard> tagged = lists.all(dossier.documentsTagged(e.id())).stream().map(d -> card(d, root)).toList();
        return new Views.EntityPage(
                layout(dossier, path, e.name(), e.typeLabel() + " in the dossier " + dossier.site().title(), e.kind().folder()),
                e, mentions, letters, roles, tagged, spellingLines, root + e.kind().indexPath(),
                dossier.eventsInvolving(e.id()).stream().map(x -> eventLine(dossier, lists, x, root)).toList());
    }

    private PlannedPage registryIndex(Dossier dossier, EntityKind kind) {
        String path = kind.indexPath();
        String root = rootOf(path);
        List<Views.EntityGroup> groups = new ArrayList<>();
        if (kind == EntityKind.ORGANIZATION) {
            for (OrganizationKind ok : OrganizationKind.values()) {
                List<Views.EntityCard> cards = dossier.entities(kind).stream()
                        .filter(e -> e.organizationKind() == ok).map(e -> entityCard(dossier, e, root)).toList();
                if (!cards.isEmpty()) {
                    groups.add(new Views.EntityGroup(ok.label() + "s", cards));
                }
            }
        } else {
            groups.add(new Views.EntityGroup("", dossier.entities(kind).stream().map(e -> entityCard(dossier, e, root)).toList()));
        }
        String export = kind == EntityKind.TOPIC ? "" : root + "data/" + kind.folder() + ".json";
        return listing(path, "registry.ftlh", new Views.RegistryIndex(
                layout(dossier, path, kind.plural(), kind.plural() + " in the dossier " + dossier.site().title(), kind.folder()),
                kind, groups, dossier.entities(kind).size(), export));
    }

    private static Views.EntityCard entityCard(Dossier dossier, Entity e, String root) {
        int documents = dossier.documentsMentioning(e.id());
        int tagged = dossier.documentsTagged(e.id()).size();
        return new Views.EntityCard(e, root + e.path(), dossier.mentionsOf(e.id()).size(), dossier.lettersSignedBy(e.id()).size(),
                Math.max(documents, tagged), tagged);
    }

    private PlannedPage signatoryIndex(Dossier dossier, Lists lists) {
        Section s = Section.SIGNATORY_INDEX;
        String path = sectionPath(s);
        String root = rootOf(path);
        List<Document> letters = dossier.letters();
        List<Views.LetterColumn> columns = new ArrayList<>();
        for (Document l : letters) {
            var sig = l.signatures();
            String label = l.date().isStated() ? l.date().display() : l.title();
            columns.add(new Views.LetterColumn(card(lists.get(l), root), label, sig.coordinators().size(), sig.listedCount(),
                    sig.unnamedCount(), sig.statedCount(), sig.statedShown(), sig.statedCountAsPrinted(), sig.unnamedShown(),
                    sig.unnamedAsPrinted(), sig.accountedShown(), sig.countDiffers(), sig.countAgrees(), sig.statedQualifier().isApproximate()));
        }
        List<Views.SignerRow> rows = new ArrayList<>();
        boolean matrix = letters.size() <= MATRIX_LIMIT;
        for (Entity org : dossier.signers()) {
            List<Views.MatrixCell> cells = new ArrayList<>();
            java.util.Map<String, List<Signature>> byLetter = new java.util.HashMap<>();
            dossier.signaturesOf(org.id()).forEach(ls -> byLetter.computeIfAbsent(ls.letter().id(), k -> new ArrayList<>()).add(ls.signature()));
            for (int i = 0; matrix && i < letters.size(); i++) {
                List<Signature> on = byLetter.getOrDefault(letters.get(i).id(), List.of());
                cells.add(new Views.MatrixCell(columns.get(i).label(), roleOn(on), on.stream().map(Signature::asSigned).distinct().toList()));
            }
            rows.add(new Views.SignerRow(entityCard(dossier, org, root), cells, dossier.lettersSignedBy(org.id()).size()));
        }
        TreeMap<Integer, List<Views.SignerRow>> byCount = new TreeMap<>(java.util.Comparator.reverseOrder());
        rows.forEach(r -> byCount.computeIfAbsent(r.letterCount(), k -> new ArrayList<>()).add(r));
        List<Views.CountGroup> groups = new ArrayList<>();
        byCount.forEach((n, list) -> groups.add(new Views.CountGroup(n, list)));
        List<Views.SignerRow> every = rows.stream().filter(r -> !letters.isEmpty() && r.letterCount() == letters.size()).toList();
        List<Views.Export> exports = List.of(
                new Views.Export("signatories.csv", root + "data/signatories.csv",
                        "one row per name on a letter: letter, letter date, as-signed name, organisation id, canonical name, role, "
                                + "merge (probable or certain) and the reason for a probable one"),
                new Views.Export("organizations.json", root + "data/organizations.json", "the organisation registry with spellings, letters and mentions"),
                new Views.Export("people.json", root + "data/people.json", "the people registry with roles as stated and mentions"),
                new Views.Export("documents.json", root + "data/documents.json", "every document's metadata, provenance and signatures"));
        return listing(path, "signatories.ftlh", new Views.SignatoryIndex(
                layout(dossier, path, s.title(), s.description(), s.id()), s, columns, rows, groups, every, rows.size(),
                probableMerges(rows), probableMerges(every), exports, matrix));
    }

    /** An organisation's role on a letter, from its names there: "" when the letter does not name it. */
    private static String roleOn(List<Signature> on) {
        boolean coordinator = on.stream().anyMatch(x -> x.role() == SignatureRole.COORDINATOR);
        boolean signatory = on.stream().anyMatch(x -> x.role() == SignatureRole.SIGNATORY);
        return coordinator && signatory ? "Coordinator and signatory" : coordinator ? "Coordinator" : signatory ? "Signatory" : "";
    }

    private static int probableMerges(List<Views.SignerRow> rows) {
        return (int) rows.stream().filter(r -> r.organization().entity().probableMerge()).count();
    }

    private static Views.DocumentCard card(Views.Listed d, String root) {
        return new Views.DocumentCard(d, root + d.path());
    }

    private static List<Views.DocumentCard> cards(Lists lists, List<Document> documents, String root) {
        return documents.stream().map(d -> card(lists.get(d), root)).toList();
    }

    private Views.Layout layout(Dossier dossier, String path, String title, String description, String current) {
        return layout(dossier, path, title, description, current, List.of(), "", List.of());
    }

    private Views.Layout layout(Dossier dossier, String path, String title, String description, String current,
                                List<Citations.Meta> meta, String jsonLd, List<String> scripts) {
        String root = rootOf(path);
        List<Views.NavLink> nav = new ArrayList<>();
        nav.add(new Views.NavLink("Home", root + "index.html", current.equals("home")));
        for (Section s : Section.values()) {
            nav.add(new Views.NavLink(s.title(), root + sectionPath(s), current.equals(s.id())));
        }
        nav.add(new Views.NavLink("Timeline", root + TIMELINE, current.equals("timeline")));
        for (EntityKind k : EntityKind.values()) {
            nav.add(new Views.NavLink(k.plural(), root + k.indexPath(), current.equals(k.folder())));
        }
        dossier.page("about").ifPresent(p -> nav.add(new Views.NavLink(p.title(), root + pagePath(p), current.equals("about"))));
        String canonical = dossier.site().baseUrl().isEmpty() ? "" : dossier.site().baseUrl() + path;
        return new Views.Layout(dossier.site(), path, root, title, description, nav, version, meta, jsonLd,
                scripts.stream().map(x -> root + x).toList(), canonical);
    }
}
