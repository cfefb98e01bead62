package org.dossier.model;

/** A page written in Markdown under content/pages/, already rendered to safe HTML. */
public record MarkdownPage(String id, String sourcePath, String title, String html) {
}
