package org.dossier.cli;

import org.dossier.build.Pipeline;
import org.dossier.diag.BuildFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dossier check}: every check the build makes, links and anchors included, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check metadata, references, quotes, as-signed names, and every link and anchor of the pages "
                + "the build would write. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputOptions options;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "check writes nothing, there or anywhere: DIR only names the pages in messages, as "
                    + "DIR/index.html, so that they read as the build's (default: ${DEFAULT-VALUE})")
    void out(java.nio.file.Path dir) {
        options.out = dir;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Pipeline.Result result = new Pipeline(Main.version()).check(options.pipelineOptions());
            BuildCommand.printWarnings(result, stderr);
            stdout.println(String.format(Locale.ROOT, "Checked %d %s and %d pages: no errors%s (%s)",
                    result.documents(), result.documents() == 1 ? "document" : "documents", result.pages(),
                    result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + (result.warnings().size() == 1 ? " warning" : " warnings"),
                    BuildCommand.stages(result)));
            stdout.flush();
            return 0;
        } catch (BuildFailure failure) {
            stderr.print(failure.report().replace("; nothing was written", ""));
            stderr.flush();
            return Main.CONTENT_ERRORS;
        }
    }
}
