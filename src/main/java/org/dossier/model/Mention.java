package org.dossier.model;

/**
 * A place where a document's reading text mentions an entity.
 *
 * @param paragraph the paragraph or list item number (#p-N)
 * @param excerpt   a short passage around the mention, words as printed
 */
public record Mention(String entityId, String documentId, int paragraph, String excerpt) {
}
