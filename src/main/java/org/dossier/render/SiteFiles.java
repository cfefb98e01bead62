package org.dossier.render;

import org.dossier.model.Document;
import org.dossier.model.Dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a host and a reader need beside the pages: .nojekyll, robots.txt, sitemap.xml (only with a base URL,
 * since sitemaps need absolute addresses) and the Atom feed.
 */
public final class SiteFiles {

    public Map<String, byte[]> hostFiles(Dossier dossier, List<String> pagePaths) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(".nojekyll", new byte[0]);
        String base = dossier.site().baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!base.isEmpty()) {
            robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
            files.put("sitemap.xml", sitemap(base, pagePaths));
        }
        files.put("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
        files.put("feed.xml", feed(dossier));
        return files;
    }

    private static byte[] sitemap(String base, List<String> pagePaths) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pagePaths.stream().filter(p -> !p.equals("404.html")).sorted().forEach(p ->
                out.append("  <url><loc>").append(xml(base + p)).append("</loc></url>\n"));
        return out.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Atom requires an update time for every entry; a document without a stated date has none, and none is invented,
     * so the feed carries the dated documents only, and says so.
     */
    /** {@code xml:lang="ja"} for text mostly in kanji and kana ({@link org.dossier.model.TextLanguage#of}), else nothing. */
    private static String xmlLang(String text) {
        String lang = org.dossier.model.TextLanguage.of(text);
        return lang.isEmpty() ? "" : " xml:lang=\"" + lang + "\"";
    }

    private static byte[] feed(Dossier dossier) {
        String base = dossier.site().baseUrl();
        List<Document> dated = new ArrayList<>(dossier.documents().stream().filter(d -> d.date().isStated()).toList());
        java.util.Collections.reverse(dated);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"");
        if (!base.isEmpty()) {
            out.append(" xml:base=\"").append(xml(base)).append('"');
        }
        out.append(">\n  <title>").append(xml(dossier.site().title())).append("</title>\n")
                .append("  <subtitle>Documents with a stated date; undated documents are listed on the site.</subtitle>\n")
                .append("  <id>").append(base.isEmpty() ? "urn:dossier:" + slug(dossier.site().title()) : xml(base)).append("</id>\n")
                .append("  <link rel=\"alternate\" href=\"index.html\"/>\n")
                .append("  <link rel=\"self\" href=\"feed.xml\"/>\n");
        dated.stream().map(d -> d.date()).max(Comparable::compareTo)
                .ifPresent(d -> out.append("  <updated>").append(atomDate(d)).append("</updated>\n"));
        out.append("  <author><name>").append(xml(dossier.site().title())).append("</name></author>\n");
        for (Document d : dated) {
            // xml:lang as the pages' lang="ja": Atom lets any element say its language
            out.append("  <entry>\n    <title").append(xmlLang(d.title())).append('>');
            xml(out, d.title());
            out.append("</title>\n    <id>urn:sha256:").append(d.seed().sha256()).append("</id>\n    <link rel=\"alternate\" href=\"");
            xml(out, d.path());
            out.append("\"/>\n    <updated>").append(atomDate(d.date())).append("</updated>\n    <summary").append(xmlLang(d.summary())).append('>');
            if (d.date().precision() != org.dossier.model.DossierDate.Precision.DAY) {
                // Atom's time needs a day: the entry says which part of it the source states, so no day is claimed
                xml(out, "Dated " + d.date().display() + ": the source states the " + d.date().precision().label()
                        + " only, so the entry's updated time gives its first day. ");
            }
            xml(out, d.summary());
            out.append("</summary>\n    <category term=\"").append(d.kind().id()).append("\" label=\"");
            xml(out, d.kind().label());
            out.append("\"/>\n  </entry>\n");
        }
        return out.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Atom needs a full timestamp; a month or year is given as its first day, which the entry's title page states.
     * (String.format, which this replaced, took much of the feed's time at 10,000 documents.)
     */
    private static String atomDate(org.dossier.model.DossierDate d) {
        return digits(d.year(), 4) + "-" + digits(Math.max(1, d.month()), 2) + "-" + digits(Math.max(1, d.day()), 2) + "T00:00:00Z";
    }

    private static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        xml(out, text);
        return out.toString();
    }

    /** Appends the text with &amp;, &lt;, &gt; and &quot; escaped, in one pass. */
    private static void xml(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (escaped != null) {
                out.append(text, from, i).append(escaped);
                from = i + 1;
            }
        }
        out.append(text, from, text.length());
    }
}
