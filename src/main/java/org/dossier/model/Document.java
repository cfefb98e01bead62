package org.dossier.model;

import java.util.List;

/**
 * One document of the dossier: its editorial metadata, its seed and its reading text.
 * Text fields hold the literal "not stated" where the source is silent. {@code topics} are topic ids;
 * {@code signatures} is {@link Signatures#NONE} for documents that are not signed letters.
 */
public record Document(
        String id,
        String metadataPath,
        Seed seed,
        DocumentKind kind,
        String title,
        DossierDate date,
        String dateAsPrinted,
        String author,
        String onBehalfOf,
        String forum,
        String addressee,
        List<Section> sections,
        List<String> topics,
        String summary,
        ReadingText text,
        Signatures signatures) {

    public Document {
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
    }

    /** Site path of the document page, relative to the site root. */
    public String path() {
        return "documents/" + id + "/index.html";
    }

    /** Site path of the verbatim copy of the seed. */
    public String seedPath() {
        return "seeds/" + seed.fileName();
    }

    public boolean hasAddressee() {
        return !addressee.isEmpty();
    }
}
