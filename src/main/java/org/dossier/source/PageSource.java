package org.dossier.source;

import org.dossier.diag.SourceText;

/**
 * A Markdown page with its front matter read.
 *
 * @param bodyLine 1-based line of the file on which the Markdown body starts
 */
public record PageSource(String id, SourceText source, String title, String body, int bodyLine) {
}
