package org.dossier.build;

import org.dossier.publish.LinkChecker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the layouts write a link, for reporting a broken one at the layout's line: a page's link, its leading
 * {@code ../} and {@code ./} taken away, is looked for as a whole attribute value that follows an interpolation
 * ({@code href="${l.root}prnt/index.html"}) or stands alone ({@code href="prnt/index.html"}). Read only when a link is
 * broken, so a build that passes never reads them.
 */
final class LayoutLinks implements LinkChecker.Layouts {
    private final Path folder;
    private final String shown;
    private List<Line> lines;

    private record Line(String file, int number, String text) {
    }

    /** @param shown the folder as messages name it, such as "layouts" */
    LayoutLinks(Path folder, String shown) {
        this.folder = folder;
        this.shown = shown;
    }

    @Override
    public synchronized Optional<LinkChecker.Source> find(String url) {
        String rest = url;
        while (rest.startsWith("../") || rest.startsWith("./")) {
            rest = rest.substring(rest.indexOf('/') + 1);
        }
        if (rest.isEmpty() || rest.indexOf('"') >= 0) {
            return Optional.empty();
        }
        for (Line line : lines()) {
            for (String written : List.of("}" + rest + "\"", "\"" + rest + "\"")) {
                int at = line.text().indexOf(written);
                if (at >= 0) {
                    return Optional.of(new LinkChecker.Source(line.file(), rest, line.number(), at + 2, line.text(), ""));
                }
            }
        }
        return Optional.empty();
    }

    private List<Line> lines() {
        if (lines == null) {
            lines = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ftlh")).sorted().toList()) {
                    List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < text.size(); i++) {
                        lines.add(new Line(shown + "/" + file.getFileName(), i + 1, text.get(i)));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                lines = List.of(); // unreadable layouts: the link is reported in the page, as without them
            }
        }
        return lines;
    }
}
