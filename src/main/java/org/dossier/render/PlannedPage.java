package org.dossier.render;

/** One page to render: where it goes, which template renders it and the view the template reads. */
public record PlannedPage(String path, String template, Object view) {
}
