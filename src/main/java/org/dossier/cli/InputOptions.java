package org.dossier.cli;

import org.dossier.build.Pipeline;
import org.dossier.source.InputPaths;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options build, check and serve share: where the inputs are, how the site is addressed, how many threads render
 * it. Each command declares its own --out, since each does something else with that folder.
 */
final class InputOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "the folder of YAML metadata and Markdown pages (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "the folder of source documents, published verbatim (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--layouts", paramLabel = "DIR", defaultValue = "layouts",
            description = "the folder of Freemarker layouts and site assets (default: ${DEFAULT-VALUE})")
    Path layouts;

    /** The site folder: set by each command's --out. */
    Path out = Path.of("site");

    String baseUrl;

    /** A bad address is a wrong command line, as a bad --threads is: exit code 2, before anything is read. */
    @Option(names = "--base-url", paramLabel = "URL",
            description = "the site's public address, absolute, to which a / is added at its end if missing (default: "
                    + "base_url in content/site.yaml, or none)")
    void baseUrl(String url) {
        org.dossier.source.Validator.baseUrlProblem(url).ifPresent(p -> {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--base-url': " + p.message() + "\n  hint: " + p.hint());
        });
        baseUrl = url;
    }

    int threads;

    static final int MAX_THREADS = 1024;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "how many threads render pages: 0 for one per core, at most 1024 (default: ${DEFAULT-VALUE}); "
                    + "the output is the same for any number")
    void threads(int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (one per core) or more, not " + n);
        }
        if (n > MAX_THREADS) {
            // Java's pools take at most 32767, and failed with an internal error beyond; no machine renders faster with more
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at most " + MAX_THREADS + ", not " + n
                    + " (0 gives one per core)");
        }
        threads = n;
    }

    InputPaths inputs() {
        return new InputPaths(content, seeds, layouts, Path.of("").toAbsolutePath());
    }

    Pipeline.Options pipelineOptions() {
        return pipelineOptions(org.dossier.build.Progress.NONE);
    }

    Pipeline.Options pipelineOptions(org.dossier.build.Progress progress) {
        return new Pipeline.Options(inputs(), out, baseUrl == null ? "" : baseUrl, threads, progress, null);
    }
}
