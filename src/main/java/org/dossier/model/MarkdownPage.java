package org.dossier.model;

import java.util.List;

/**
 * A page written in Markdown under content/pages/, already rendered to safe HTML, with where each of its links is
 * written, so that a broken one is reported in the Markdown, not in the generated page.
 */
public record MarkdownPage(String id, String sourcePath, String title, String html, List<SourceLink> links) {
    public MarkdownPage {
        links = List.copyOf(links);
    }

    /** A link as the page's HTML carries it, as the Markdown writes it, and its line, column and line text there. */
    public record SourceLink(String href, String written, int line, int column, String excerpt) {
    }
}
