package org.dossier.render;

import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.MarkdownPage;
import org.dossier.model.Section;

import java.util.ArrayList;
import java.util.List;

/** Decides which pages the site has and what each shows. */
public final class PagePlanner {
    private final String version;

    public PagePlanner(String version) {
        this.version = version;
    }

    public List<PlannedPage> plan(Dossier dossier) {
        List<PlannedPage> pages = new ArrayList<>();
        String home = "index.html";
        String homeRoot = rootOf(home);
        List<Views.SectionCard> cards = new ArrayList<>();
        for (Section s : Section.values()) {
            cards.add(new Views.SectionCard(s, homeRoot + sectionPath(s), dossier.documentsIn(s).size()));
        }
        String intro = dossier.page("home").map(MarkdownPage::html).orElse("");
        pages.add(new PlannedPage(home, "home.ftlh", new Views.Home(
                layout(dossier, home, dossier.site().title(), dossier.site().description(), "home"),
                intro, cards, cards(dossier.documents(), homeRoot))));

        for (Section s : Section.values()) {
            String path = sectionPath(s);
            String note = s == Section.SIGNATORY_INDEX
                    ? "The joint letters of the dossier, each listing its signatories exactly as printed."
                    : "";
            pages.add(new PlannedPage(path, "section.ftlh", new Views.SectionPage(
                    layout(dossier, path, s.title(), s.description(), s.id()), s,
                    cards(dossier.documentsIn(s), rootOf(path)), note)));
        }
        for (Document d : dossier.documents()) {
            String path = d.path();
            String root = rootOf(path);
            List<Views.Link> sections = d.sections().stream()
                    .map(s -> new Views.Link(s.title(), root + sectionPath(s))).toList();
            pages.add(new PlannedPage(path, "document.ftlh", new Views.DocumentPage(
                    layout(dossier, path, d.title(), d.summary(), ""), d, sections, root + d.seedPath())));
        }
        for (MarkdownPage p : dossier.pages()) {
            if (p.id().equals("home")) {
                continue;
            }
            String path = pagePath(p);
            pages.add(new PlannedPage(path, "page.ftlh", new Views.Page(
                    layout(dossier, path, p.title(), dossier.site().description(), p.id()), p)));
        }
        return pages;
    }

    public static String sectionPath(Section s) {
        return "sections/" + s.id() + "/index.html";
    }

    public static String pagePath(MarkdownPage p) {
        return p.id() + "/index.html";
    }

    /** "" for index.html, "../" for about/index.html, "../../" for documents/x/index.html. */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private List<Views.DocumentCard> cards(List<Document> documents, String root) {
        return documents.stream().map(d -> new Views.DocumentCard(d, root + d.path())).toList();
    }

    private Views.Layout layout(Dossier dossier, String path, String title, String description, String current) {
        String root = rootOf(path);
        List<Views.NavLink> nav = new ArrayList<>();
        nav.add(new Views.NavLink("Home", root + "index.html", current.equals("home")));
        for (Section s : Section.values()) {
            nav.add(new Views.NavLink(s.title(), root + sectionPath(s), current.equals(s.id())));
        }
        dossier.page("about").ifPresent(p -> nav.add(new Views.NavLink(p.title(), root + pagePath(p), current.equals("about"))));
        return new Views.Layout(dossier.site(), path, root, title, description, nav, version);
    }
}
