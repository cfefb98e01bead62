package org.dossier.source;

import org.dossier.diag.SourceText;
import org.dossier.model.DocumentKind;
import org.dossier.model.DossierDate;
import org.dossier.model.Section;
import org.dossier.model.Signatures;

import java.util.List;

/**
 * A document's metadata, checked field by field: from a sidecar (content/documents/&lt;id&gt;.yaml) naming a seed, or
 * from the front matter of a Markdown document (content/documents/&lt;id&gt;.md), whose body is its text.
 *
 * @param seedFile the seed's file name in seeds/; for a Markdown document, &lt;id&gt;.md
 * @param markdown true for a Markdown document: its text is Markdown, read from line {@code bodyLine} of the file
 * @param seedSha256 the SHA-256 the metadata records for its seed (the {@code sha256} field), or "" when none
 */
public record DocumentMetadata(String id, SourceText source, String seedFile, boolean markdown, int bodyLine,
                               DocumentKind kind, String title, DossierDate date, String dateAsPrinted, String author,
                               String speaker, String onBehalfOf, String venue, String addressee, String sourceUrl,
                               List<Section> sections, List<String> topics, String summary, Signatures signatures,
                               String seedSha256) {
    public DocumentMetadata {
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
    }
}
