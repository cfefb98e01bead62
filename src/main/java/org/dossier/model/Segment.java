package org.dossier.model;

/**
 * A run of reading text; when it mentions an entity, {@code entityId} names it and {@code href} is the site path
 * of its page, otherwise both are "". The segments of a line, joined, are exactly the line.
 */
public record Segment(String text, String entityId, String href) {
    public static Segment plain(String text) {
        return new Segment(text, "", "");
    }

    public static Segment mention(String text, Entity entity) {
        return new Segment(text, entity.id(), entity.path());
    }

    public boolean isLink() {
        return !href.isEmpty();
    }
}
