package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * Everything the validate stage accepted: settings, document metadata, pages, the seeds' bytes and text, and the warnings it let pass.
 */
public record Input(SiteConfig site, List<DocumentMetadata> documents, List<PageSource> pages, List<Entity> entities,
                    List<Event> events, List<Figure> figures, List<QuoteClaim> claims,
                    Map<String, byte[]> seedBytes, Map<String, String> seedTexts, List<Diagnostic> warnings) {
}
