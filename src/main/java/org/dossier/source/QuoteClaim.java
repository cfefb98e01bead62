package org.dossier.source;

import org.dossier.diag.SourceText;
import org.dossier.model.Quote;

/**
 * A quote cited by an event or figure, with where its fields are written, so that the model stage (which knows
 * the paragraphs) can point at them when the quote is not in the cited paragraph.
 */
public record QuoteClaim(Quote quote, SourceText source, YamlNode quoteAt, YamlNode paragraphAt) {
}
