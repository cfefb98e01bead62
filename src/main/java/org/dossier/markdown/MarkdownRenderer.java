package org.dossier.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.model.MarkdownPage;
import org.dossier.source.PageSource;

import java.util.ArrayList;
import java.util.List;

/**
 * One Flexmark parser and renderer for the whole build. Raw HTML in Markdown is escaped, never passed through.
 * Links are written relative to the site root ({@code about/index.html}) and rewritten relative to the page.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        // as in a Markdown document (see MarkdownText): a line that starts with a tag is a paragraph, its tags shown as
        // text and its links read, checked and rewritten, rather than a raw block whose links would be neither
        options.set(Parser.HTML_BLOCK_PARSER, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders a page's body.
     *
     * @param root the relative path from the page to the site root, such as "" or "../"
     */
    public record Rendered(String html, List<MarkdownPage.SourceLink> links) {
    }

    public Rendered render(PageSource page, String root, Diagnostics diagnostics) {
        Node document = parser.parse(page.body());
        List<MarkdownPage.SourceLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            // inline links, images and reference definitions ([x]: url) all carry a URL
            if (node instanceof LinkNodeBase link) {
                String written = link.getUrl().toString();
                String href = invalid(link.getUrl(), true, node, page, diagnostics) ? "#" : rewrite(written, node, page, root, diagnostics);
                link.setUrl(BasedSequence.of(href));
                int line = line(node, page);
                links.add(new MarkdownPage.SourceLink(href, written, line, column(node, page), page.source().line(line)));
            } else if (node instanceof AutoLink auto && !invalid(auto.getText(), false, node, page, diagnostics)) {
                rewrite(auto.getText().toString(), node, page, root, diagnostics);
            }
        }
        LinkRules.spacedDestinations(page.body(), page.source(), page.bodyLine(), diagnostics);
        return new Rendered(renderer.render(document), links);
    }

    private static int line(Node node, PageSource page) {
        return LinkRules.line(node, page.bodyLine());
    }

    private static int column(Node node, PageSource page) {
        return LinkRules.column(node, page.body());
    }

    private static String rewrite(String url, Node node, PageSource page, String root, Diagnostics diagnostics) {
        if (url.startsWith("#")) {
            return url;
        }
        java.util.Optional<String> scheme = LinkRules.scheme(url);
        if (scheme.isPresent()) {
            if (LinkRules.allowed(scheme.get())) {
                return url;
            }
            report(node, page, diagnostics, LinkRules.UNSAFE_CODE, LinkRules.unsafeMessage(url, scheme.get()), LinkRules.UNSAFE_HINT);
            return "#";
        }
        if (url.startsWith("/")) {
            report(node, page, diagnostics, LinkRules.ROOT_RELATIVE_CODE, LinkRules.rootRelativeMessage(url),
                    "write the path from the site root without the leading slash, such as about/index.html");
            return url;
        }
        // a folder stands for its index.html, as in a Markdown document: under file:// a folder link opens no page
        int hash = url.indexOf('#');
        String path = hash >= 0 ? url.substring(0, hash) : url;
        return root + (path.endsWith("/") ? path + "index.html" : path) + (hash >= 0 ? url.substring(hash) : "");
    }

    /**
     * Whether the address cannot be written as it is, reported when so. A link's backslash escapes are undone first,
     * as the HTML renderer undoes them; an autolink has none.
     */
    private static boolean invalid(BasedSequence written, boolean escapes, Node node, PageSource page, Diagnostics diagnostics) {
        String url = escapes ? Escaping.unescapeString(written.toString()) : written.toString();
        java.util.Optional<LinkRules.Invalid> invalid = url.isEmpty() ? java.util.Optional.empty() : LinkRules.invalid(url, written, node);
        invalid.ifPresent(i -> diagnostics.add(Diagnostic.error(page.source(), LinkRules.line(node, i.offset(), page.bodyLine()),
                LinkRules.column(i.offset(), page.body()), LinkRules.INVALID_CODE, i.message(), i.hint())));
        return invalid.isPresent();
    }

    private static void report(Node node, PageSource page, Diagnostics diagnostics, String code, String message, String hint) {
        diagnostics.add(Diagnostic.error(page.source(), line(node, page), column(node, page), code, message, hint));
    }
}
