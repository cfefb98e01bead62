package org.dossier.source;

import org.dossier.diag.SourceText;

import java.util.List;
import java.util.Map;

/**
 * Every input file read from disk, not yet checked.
 *
 * @param siteConfig content/site.yaml
 * @param documents  content/documents/*.yaml (sidecars) and *.md (Markdown documents), sorted by path
 * @param documentBytes the bytes of each Markdown document, by its path as shown
 * @param pages      content/pages/*.md, sorted by path
 * @param seeds      seeds/ file name to bytes, sorted by name
 * @param registries content/organizations.yaml, people.yaml, topics.yaml, those that exist
 * @param chronicles content/events.yaml and figures.yaml by file name, those that exist
 * @param seedsPath  how seeds/ is named in messages
 */
public record Sources(SourceText siteConfig, List<SourceText> documents, Map<String, byte[]> documentBytes,
                      List<SourceText> pages,
                      Map<org.dossier.model.EntityKind, SourceText> registries, Map<String, SourceText> chronicles,
                      Map<String, byte[]> seeds, String seedsPath) {
}
