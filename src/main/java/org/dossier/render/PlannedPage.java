package org.dossier.render;

import java.util.function.Supplier;

/**
 * One page to render: where it goes, which template renders it and how to make the view the template reads.
 *
 * @param key what the page is made from besides what every page shares (settings, registry, Markdown pages,
 *            layouts, generator), as one value compared by value: a preview reuses the page rendered for an equal
 *            key. A document's page has the document; a page made from many documents has its view, made when the
 *            page is planned, which holds only what the page shows; an organisation's, person's or topic's page has
 *            what its view is made from, and its view is made only when the page is rendered, so that a large site's
 *            views are never all in memory.
 */
public record PlannedPage(String path, String template, Supplier<Object> viewMaker, Object key) {

    public PlannedPage {
        java.util.Objects.requireNonNull(key, "key");
    }

    /** The view of the page. */
    public Object view() {
        return viewMaker.get();
    }
}
