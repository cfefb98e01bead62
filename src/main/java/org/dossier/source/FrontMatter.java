package org.dossier.source;

import org.dossier.diag.Diagnostic;
import org.dossier.diag.Diagnostics;
import org.dossier.diag.SourceText;

import java.util.List;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between two lines of ---) and its body, the convention Hugo and
 * Jekyll use. The YAML keeps the file's line numbers, so that diagnostics point into the file itself.
 *
 * @param yaml     the front matter, as a source whose lines are the whole file's
 * @param body     the Markdown after the closing ---
 * @param bodyLine 1-based line of the file on which the body starts
 */
record FrontMatter(SourceText yaml, String body, int bodyLine) {

    /** @param example a line of front matter to show in the hint, such as "title: The page title" */
    static Optional<FrontMatter> split(SourceText file, String example, Diagnostics diagnostics) {
        List<String> lines = file.lines();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            diagnostics.add(Diagnostic.error(file, 1, 1, "missing-front-matter", "the file has no front matter",
                    "start the file with a line of three hyphens (---), then " + example + ", then another line of ---"));
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                if (lines.subList(1, i).stream().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
                    // read as YAML, nothing is an empty text: "the file must be a mapping of fields, not text"
                    diagnostics.add(Diagnostic.error(file, 1, 1, "missing-front-matter", "the front matter is empty",
                            "write the fields between the two lines of ---, one a line, such as: " + example));
                    return Optional.empty();
                }
                String frontMatter = String.join("\n", lines.subList(0, i)) + "\n";
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return Optional.of(new FrontMatter(new SourceText(file.path(), frontMatter, file.lines()), body, i + 2));
            }
        }
        diagnostics.add(Diagnostic.error(file, 1, 1, "missing-front-matter", "the front matter is not closed",
                "end the front matter with a line of three hyphens: ---"));
        return Optional.empty();
    }
}
