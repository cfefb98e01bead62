package org.dossier.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An internal link checker for a built site, as a reader opening it from disk needs it: every href and src points
 * at a file that exists, every #fragment at an id in that file, and no link is root-relative or a folder.
 */
public final class SiteLinks {
    private final Path site;
    private final Map<Path, Document> parsed = new HashMap<>();

    public SiteLinks(Path site) {
        this.site = site;
    }

    /** Every problem found, one line each: "page: problem". */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = site.relativize(page).toString().replace('\\', '/');
                // a canonical link is the page's public address, absolute by definition
                for (Element el : parse(page).select("[href]:not(link[rel=canonical]), [src]")) {
                    String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    check(page, name, url, problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private void check(Path page, String name, String url, List<String> problems) {
        if (url.startsWith("https:") || url.startsWith("http:") || url.startsWith("mailto:")) {
            if (!name.equals("404.html")) {
                problems.add(name + ": external address " + url);
            }
            return;
        }
        if (url.isEmpty()) {
            problems.add(name + ": empty link");
            return;
        }
        if (url.startsWith("/")) {
            problems.add(name + ": root-relative link " + url);
            return;
        }
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        // decoded as a path: a + is a plus (a seed may be named a+b.txt), not a space as in a form
        Path target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!path.isEmpty() && (path.endsWith("/") || Files.isDirectory(target))) {
            problems.add(name + ": folder link " + url + " (breaks under file://; link to index.html)");
            return;
        }
        if (!target.startsWith(site)) {
            problems.add(name + ": link leaves the site " + url);
            return;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(name + ": missing target " + url);
            return;
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html") && parse(target).getElementById(fragment) == null) {
            problems.add(name + ": missing anchor " + url);
        }
    }

    private Document parse(Path page) {
        return parsed.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(p.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
