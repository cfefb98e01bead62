package org.dossier.render;

import java.util.function.Supplier;

/**
 * One page to render: where it goes, which template renders it and how to make the view the template reads. The
 * view is made when the page is rendered, and dropped after, so that a large site's views are never all in memory.
 */
public record PlannedPage(String path, String template, Supplier<Object> viewMaker) {

    /** The view of the page, made afresh. */
    public Object view() {
        return viewMaker.get();
    }
}
