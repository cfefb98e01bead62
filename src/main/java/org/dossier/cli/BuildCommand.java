package org.dossier.cli;

import org.dossier.build.Pipeline;
import org.dossier.diag.BuildFailure;
import org.dossier.diag.Diagnostic;
import org.dossier.source.InputPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dossier build}: regenerates the site from the repository's content, seeds and layouts. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output folder. The previous site is replaced only if the build succeeds.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "YAML metadata and Markdown pages (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "the source documents, verbatim (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--layouts", paramLabel = "DIR", defaultValue = "layouts",
            description = "Freemarker layouts and site assets (default: ${DEFAULT-VALUE})")
    Path layouts;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "where to write the site (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the site's public address, overriding base_url in content/site.yaml (absolute, ending in /)")
    String baseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path base = Path.of("").toAbsolutePath();
        InputPaths inputs = new InputPaths(content, seeds, layouts, base);
        try {
            Pipeline.Result result = new Pipeline(Main.version()).build(new Pipeline.Options(inputs, out, baseUrl == null ? "" : baseUrl));
            for (Diagnostic w : result.warnings()) {
                stderr.print(w.format());
            }
            stderr.flush();
            stdout.println(String.format(Locale.ROOT, "Built %d %s, %d pages (%d files, search index %d KB) into %s/ in %.2f s (%s)",
                    result.documents(), result.documents() == 1 ? "document" : "documents", result.pages(), result.files(),
                    (result.searchIndexBytes() + 1023) / 1024, inputs.display(out), result.totalMillis() / 1000.0,
                    result.stages().stream().map(s -> s.stage() + " " + s.millis() + " ms").collect(Collectors.joining(", "))));
            stdout.flush();
            return 0;
        } catch (BuildFailure failure) {
            stderr.print(failure.report());
            stderr.flush();
            return failure.stage().equals("write") ? Main.WRITE_FAILED : Main.CONTENT_ERRORS;
        }
    }
}
