package org.dossier.model;

import java.util.List;

/**
 * One document of the dossier: its editorial metadata, its seed and its reading text.
 * Text fields hold the literal "not stated" where the source is silent; {@code speaker} and {@code sourceUrl} are ""
 * when not given. {@code topics} are topic ids;
 * {@code signatures} is {@link Signatures#NONE} for documents that are not signed letters; {@code links} are the links
 * a Markdown document's text writes to pages of the site, with where they are written. {@code metadataPath} is the
 * metadata file as messages name it (from the folder the build runs in); {@code metadataFile} as its page shows it,
 * from the folder that holds the content folder ({@code content/documents/x.yaml}), wherever the build runs.
 * {@code titleSupplied} is true when the seed does not print the title as such (the dossier shortened, joined or
 * wrote it): pages say so, and citations bracket it, as catalogues bracket a supplied title.
 */
public record Document(
        String id,
        String metadataPath,
        String metadataFile,
        Seed seed,
        DocumentKind kind,
        String title,
        DossierDate date,
        String dateAsPrinted,
        String author,
        String speaker,
        String onBehalfOf,
        String venue,
        String addressee,
        String sourceUrl,
        List<Section> sections,
        List<String> topics,
        String summary,
        ReadingText text,
        Signatures signatures,
        List<MarkdownPage.SourceLink> links,
        boolean titleSupplied) {

    public Document {
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
        links = List.copyOf(links);
    }

    /** The language of the title where it is not the site's (see {@link TextLanguage#of}), else "". */
    public String titleLang() {
        return TextLanguage.of(title);
    }

    /**
     * The language of the document's text where it is not the site's ({@link TextLanguage#of} over all its words),
     * else "": the language its citations give.
     */
    public String textLang() {
        return TextLanguage.of(text.texts());
    }

    /** Site path of the document page, relative to the site root. */
    public String path() {
        return pathOf(id);
    }

    /** Site path of the page of the document with this id. */
    public static String pathOf(String id) {
        return "documents/" + id + "/index.html";
    }

    /** Site path of the verbatim copy of the seed: the file's real name, as written to disk and into the zip. */
    public String seedPath() {
        return "seeds/" + seed.fileName();
    }

    /** Address of the verbatim copy relative to the site root, as links write it: the name percent-encoded. */
    public String seedHref() {
        return "seeds/" + seed.urlName();
    }

    /** Who wrote or delivered it, for citations: the author, else the speaker. */
    public String creator() {
        return !speaker.isEmpty() && author.equals(DossierDate.NOT_STATED_TEXT) ? speaker : author;
    }

    /** The title as citations give it: in square brackets when this dossier supplied it. */
    public String citedTitle() {
        return titleSupplied ? "[" + title + "]" : title;
    }

    public boolean hasAddressee() {
        return !addressee.isEmpty();
    }
}
