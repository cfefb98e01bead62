package org.dossier.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The whole dossier: settings, documents in reading order, Markdown pages. */
public record Dossier(SiteConfig site, List<Document> documents, List<MarkdownPage> pages) {

    /** Chronological, undated documents last, ties by title then id. */
    public static final Comparator<Document> READING_ORDER = Comparator
            .comparing(Document::date)
            .thenComparing(Document::title)
            .thenComparing(Document::id);

    public Dossier {
        documents = documents.stream().sorted(READING_ORDER).toList();
        pages = List.copyOf(pages);
    }

    public List<Document> documentsIn(Section section) {
        if (section == Section.SIGNATORY_INDEX) {
            return documents.stream().filter(d -> d.kind() == DocumentKind.JOINT_LETTER).toList();
        }
        return documents.stream().filter(d -> d.sections().contains(section)).toList();
    }

    public Optional<MarkdownPage> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
