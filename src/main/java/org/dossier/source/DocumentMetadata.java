package org.dossier.source;

import org.dossier.diag.SourceText;
import org.dossier.model.DocumentKind;
import org.dossier.model.DossierDate;
import org.dossier.model.Section;
import org.dossier.model.Signatures;

import java.util.List;

/** A document's sidecar YAML, checked field by field; the seed it names exists and is UTF-8. */
public record DocumentMetadata(String id, SourceText source, String seedFile, DocumentKind kind, String title,
                               DossierDate date, String dateAsPrinted, String author, String onBehalfOf,
                               String forum, String addressee, List<Section> sections, List<String> topics,
                               String summary, Signatures signatures) {
    public DocumentMetadata {
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
    }
}
