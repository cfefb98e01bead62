package org.dossier.render;

import org.dossier.model.Document;
import org.dossier.model.DocumentKind;
import org.dossier.model.DossierDate;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.MarkdownPage;
import org.dossier.model.Section;
import org.dossier.model.Signature;
import org.dossier.model.SiteConfig;

import java.util.List;

/** The typed data each template reads. Every href is already relative to the page it appears on. */
public final class Views {
    private Views() {
    }

    /** What every page's frame needs. {@code root} leads from the page to the site root ("" or "../../"). */
    public record Layout(SiteConfig site, String path, String root, String title, String description,
                         List<NavLink> nav, String version, List<Citations.Meta> meta, String jsonLd, List<String> scripts,
                         String canonical) {
    }

    /** A page that needs only the frame: search, page not found. */
    public record Plain(Layout layout) {
    }

    /**
     * {@code complete} when every document's text is on the page: {@code documents} holds them all, and {@code listed}
     * is null; a large dossier lists them instead, in {@code listed}, and {@code documents} is null, so that a layout
     * that still reads it stops the build with its line rather than print an empty list.
     */
    public record PrintPage(Layout layout, List<Document> documents, List<DocumentCard> listed, boolean complete) {
    }

    public record NavLink(String title, String href, boolean current) {
    }

    public record Link(String title, String href) {
    }

    /** A section on the home page: how many documents, or for the signatory index organisations, of which {@code probableMerges} are only probably one. */
    public record SectionCard(Section section, String href, int count, int probableMerges) {
    }

    /** A document in a list: what the list shows of it, and the way to its page. */
    public record DocumentCard(Listed doc, String href) {
    }

    /**
     * What a page that lists documents reads of each (the home page, sections, timeline, registers, the signatory
     * index, an organisation's, person's or topic's page): such a page is made again only when this, or what else it
     * shows, changed, not when a document's text did.
     *
     * @param sections the document's sections' ids, space-separated, and {@code topics} its topics' ids, for the
     *                 timeline's filters
     */
    public record Listed(String id, String title, DocumentKind kind, DossierDate date, String summary, String sections,
                         String topics) {
        public static Listed of(Document d) {
            return new Listed(d.id(), d.title(), d.kind(), d.date(), d.summary(),
                    String.join(" ", d.sections().stream().map(Section::id).toList()), String.join(" ", d.topics()));
        }

        /** Site path of the document page, relative to the site root. */
        public String path() {
            return Document.pathOf(id);
        }
    }

    public record Home(Layout layout, String introHtml, List<SectionCard> sections, List<DocumentCard> documents,
                       List<Link> registries) {
    }

    public record SectionPage(Layout layout, Section section, List<DocumentCard> documents,
                              List<EventLine> programmes, List<FigureGroup> figures) {
    }

    /** An event as listed: what, when, where, who, and the source paragraph that reports it. */
    public record EventLine(Event event, List<Link> entities, DocumentCard document, String quoteHref, String sections,
                            String topics) {
    }

    public record YearGroup(String year, List<EventLine> events) {
    }

    public record FilterOption(String value, String label) {
    }

    public record Timeline(Layout layout, List<YearGroup> years, int count, List<FilterOption> sections, List<FilterOption> topics) {
    }

    /** A figure with its source and the source's date. */
    public record FigureLine(Figure figure, DocumentCard document, String quoteHref) {
    }

    /** Every source's figure for one measure, side by side. */
    public record FigureGroup(String measure, List<FigureLine> figures, boolean differ) {
    }

    /**
     * A name on a letter: as printed, the organisation it names, where it is printed.
     *
     * @param mergedSpellings when the organisation is a probable merge, the name as printed, then the organisation's
     *                        other spellings; else empty
     */
    public record SignatureLine(Signature signature, Entity organization, String organizationHref, String paragraphHref,
                                boolean printedAsNamed, List<String> mergedSpellings) {
    }

    public record DocumentPage(Layout layout, Document doc, List<Link> sections, List<Link> topics, String seedHref,
                               List<SignatureLine> coordinators, List<SignatureLine> signatories, Cite cite) {
    }

    /**
     * The document's reference, and the two halves of every paragraph's: prefix + N + middle + N + ".". The reference
     * is shown in parts: its {@code title} (marked lang="ja" where it is Japanese) between {@code beforeTitle} and
     * {@code afterTitle}, then the source's SHA-256, {@code hashStart} and {@code end} (its last character and the
     * full stop, which are kept on one line).
     */
    public record Cite(String beforeTitle, String title, String afterTitle, String hashStart, String end, String paragraphPrefix,
                       String paragraphMiddle, String bibHref, String risHref, String cslHref) {
        public String text() {
            return beforeTitle + title + afterTitle + hashStart + end;
        }
    }

    public record Page(Layout layout, MarkdownPage page) {
    }

    /**
     * The page on downloading the site as a zip and reading it offline. The site's page links to the zip
     * ({@code archiveHref}); the zip holds the page made with {@code unzipped}, since a copy unzipped from the zip does
     * not hold the zip: that version says where the copy came from, and links to the zip only at its published
     * address, when the build was given the site's ({@code publishedSite} and {@code publishedArchive}, absolute; ""
     * without one).
     *
     * @param archive   the zip's file name, and {@code folder} the one folder it holds the site in
     * @param documents how many documents the dossier has
     */
    public record Download(Layout layout, boolean unzipped, String archive, String archiveHref, String folder,
                           int documents, String publishedSite, String publishedArchive) {
    }

    /** A paragraph that mentions an entity. */
    public record MentionLine(int paragraph, String href, String excerpt) {
    }

    /** The mentions of an entity in one document. */
    public record MentionGroup(DocumentCard document, List<MentionLine> mentions) {
    }

    /**
     * A letter an organisation's name is on, once however often the letter prints it: its role there ("Coordinator",
     * "Signatory" or "Coordinator and signatory") and each spelling the letter prints, with where.
     */
    public record SignedLetter(DocumentCard letter, String role, List<PrintedAs> printed) {
    }

    /** A spelling a letter prints for an organisation, and the paragraphs of its text that print it (none when the
     *  letter's front matter lists the name). */
    public record PrintedAs(String asSigned, List<ParagraphRef> paragraphs) {
    }

    /** A paragraph of a document's text, and the link to it. */
    public record ParagraphRef(int number, String href) {
    }

    /** A person's role in the words of a source. */
    public record RoleLine(String role, DocumentCard document) {
    }

    public record EntityPage(Layout layout, Entity entity, List<MentionGroup> mentions, List<SignedLetter> letters,
                             List<RoleLine> roles, List<DocumentCard> tagged, List<SpellingLine> spellings,
                             String registryHref, List<EventLine> events) {
    }

    /** One spelling of an organisation, with the letters that print it that way. */
    public record SpellingLine(String spelling, List<Link> letters) {
    }

    /**
     * An entity in its register's index: {@code documents} mention it or are tagged with it; {@code tagged} are
     * tagged with it, the documents its page lists for a topic, which the topics' index counts.
     */
    public record EntityCard(Entity entity, String href, int mentions, int letters, int documents, int tagged) {
    }

    public record EntityGroup(String title, List<EntityCard> entities) {
    }

    public record RegistryIndex(Layout layout, EntityKind kind, List<EntityGroup> groups, int count, String exportHref) {
    }

    /**
     * A column of the signatory matrix: one letter and its counts. A count is shown as the letter qualifies it
     * ("over 30"), and the list's total only as exact when it is; {@code approximate} when the stated count is.
     */
    public record LetterColumn(DocumentCard letter, String label, int coordinators, int listed, int unnamed,
                               int stated, String statedShown, String statedAsPrinted, String unnamedShown,
                               String unnamedAsPrinted, String accountedShown, boolean differs, boolean agrees,
                               boolean approximate) {
    }

    /** One cell of the matrix: the letter's label, the organisation's role on it, and its name as printed there. */
    public record MatrixCell(String letter, String role, List<String> asSigned) {
        public boolean isSigned() {
            return !role.isEmpty();
        }
    }

    public record SignerRow(EntityCard organization, List<MatrixCell> cells, int letterCount) {
    }

    public record CountGroup(int letters, List<SignerRow> rows) {
    }

    public record Export(String title, String href, String description) {
    }

    /**
     * {@code matrix} when there are few enough letters for a table of organisation × letter; rows then carry cells.
     * {@code probableMerges} is how many of the {@code distinct} organisations are probable merges, and
     * {@code probableMergesOnEvery} how many of {@code signedEvery}.
     */
    public record SignatoryIndex(Layout layout, Section section, List<LetterColumn> letters, List<SignerRow> rows,
                                 List<CountGroup> byCount, List<SignerRow> signedEvery, int distinct, int probableMerges,
                                 int probableMergesOnEvery, List<Export> exports, boolean matrix) {
    }
}
