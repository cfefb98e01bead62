package org.dossier.render;

import org.dossier.model.Document;
import org.dossier.model.MarkdownPage;
import org.dossier.model.Section;
import org.dossier.model.SiteConfig;

import java.util.List;

/** The typed data each template reads. Every href is already relative to the page it appears on. */
public final class Views {
    private Views() {
    }

    /** What every page's frame needs. {@code root} leads from the page to the site root ("" or "../../"). */
    public record Layout(SiteConfig site, String path, String root, String title, String description,
                         List<NavLink> nav, String version) {
    }

    public record NavLink(String title, String href, boolean current) {
    }

    public record Link(String title, String href) {
    }

    public record SectionCard(Section section, String href, int count) {
    }

    public record DocumentCard(Document doc, String href) {
    }

    public record Home(Layout layout, String introHtml, List<SectionCard> sections, List<DocumentCard> documents) {
    }

    public record SectionPage(Layout layout, Section section, List<DocumentCard> documents, String note) {
    }

    public record DocumentPage(Layout layout, Document doc, List<Link> sections, String seedHref) {
    }

    public record Page(Layout layout, MarkdownPage page) {
    }
}
