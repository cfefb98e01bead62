package org.dossier.render;

import java.util.function.Supplier;

/**
 * One page to render: where it goes, which template renders it and how to make the view the template reads. The
 * view is made when the page is rendered, and dropped after, so that a large site's views are never all in memory.
 *
 * @param key what the page is made from besides what every page shares (settings, registry, Markdown pages,
 *            layouts, generator), when that is one value that can be compared: a preview reuses the page rendered
 *            for an equal key. Null for pages made from many documents, which are always rendered.
 */
public record PlannedPage(String path, String template, Supplier<Object> viewMaker, Object key) {

    /** A page that is always rendered. */
    public PlannedPage(String path, String template, Supplier<Object> viewMaker) {
        this(path, template, viewMaker, null);
    }

    /** The view of the page, made afresh. */
    public Object view() {
        return viewMaker.get();
    }
}
