package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * Everything the validate stage accepted: settings, document metadata, pages, the seeds' digests and text, and the
 * warnings it let pass. The seeds' bytes are not held: they are read again when they are published.
 */
public record Input(SiteConfig site, List<DocumentMetadata> documents, List<PageSource> pages, List<Entity> entities,
                    List<Event> events, List<Figure> figures, List<QuoteClaim> claims,
                    Map<String, Digest> seedDigests, Map<String, String> seedTexts, List<Diagnostic> warnings) {

    /** A seed's size and lowercase hex SHA-256. */
    public record Digest(String sha256, long size) {
        public static Digest of(byte[] bytes) {
            try {
                return new Digest(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                        bytes.length);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
