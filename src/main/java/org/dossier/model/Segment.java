package org.dossier.model;

/**
 * A run of reading text. When it mentions an entity, {@code entityId} names it and {@code href} is the site path of
 * its page; when the source links it (a Markdown document), {@code href} is the site path or the absolute address
 * it links to; otherwise both are "". {@code style} is "", "em", "strong" or "code", as the source marks it.
 * The segments of a line, joined, are exactly the line.
 */
public record Segment(String text, String entityId, String href, String style) {
    public static Segment plain(String text) {
        return new Segment(text, "", "", "");
    }

    public static Segment styled(String text, String style) {
        return new Segment(text, "", "", style);
    }

    public static Segment link(String text, String href, String style) {
        return new Segment(text, "", href, style);
    }

    public static Segment mention(String text, Entity entity) {
        return new Segment(text, entity.id(), entity.path(), "");
    }

    /** The same text and style, now a mention of {@code entity}. */
    public Segment mentioning(Entity entity) {
        return new Segment(text, entity.id(), entity.path(), style);
    }

    public boolean isLink() {
        return !href.isEmpty();
    }

    public boolean isMention() {
        return !entityId.isEmpty();
    }

    /** A link to an address outside the site, written as is; other links are site paths, written from the root. */
    public boolean isExternal() {
        return href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:");
    }
}
