package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Entry point: {@code dossier build}, {@code dossier --help}, {@code dossier --version}. */
@Command(name = "dossier",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a cross-linked, citable static site from source documents and YAML metadata.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the command succeeded",
                "1:content errors, each printed as file:line:column; nothing written",
                "2:the command line is wrong (unknown option or command, a bad value, or a folder that may not be used)",
                "3:the site could not be written, or the generator failed"})
public final class Main implements Runnable {
    public static final int CONTENT_ERRORS = 1;
    public static final int WRITE_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'dossier build'");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return configure(new CommandLine(new Main())).execute(args);
    }

    /** Unexpected failures end with a one-line message and exit code 3, not a stack trace. */
    static CommandLine configure(CommandLine cli) {
        CommandLine.IParameterExceptionHandler usual = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, args) -> {
            String moved = e instanceof CommandLine.UnmatchedArgumentException ? optionsMovedAfterTheCommand(e.getCommandLine(), args) : null;
            String other = e instanceof CommandLine.UnmatchedArgumentException u ? anotherCommandsOption(u) : null;
            if (other != null) {
                e.getCommandLine().getErr().println(e.getMessage() + "\nhint: " + other);
                e.getCommandLine().getErr().flush();
                return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
            }
            if (moved == null) {
                return usual.handleParseException(e, args);
            }
            e.getCommandLine().getErr().println(e.getMessage() + "\nhint: options go after the command: dossier " + moved);
            e.getCommandLine().getErr().flush();
            return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dossier: internal error: " + e
                    + "\nThis is a bug in the generator; please report it with the command you ran. Nothing was written.");
            commandLine.getErr().flush();
            return WRITE_FAILED;
        });
    }

    /**
     * What to say of an option that this command does not take but another does ("build --port 8000"): picocli's
     * usual answer, the list of this command's options, does not say where it belongs. Null when no other command
     * takes it.
     */
    private static String anotherCommandsOption(CommandLine.UnmatchedArgumentException e) {
        CommandLine cli = e.getCommandLine();
        if (cli.getParent() == null || e.getUnmatched().isEmpty()) {
            return null;
        }
        String option = e.getUnmatched().get(0).replaceFirst("=.*", "");
        List<String> takers = new ArrayList<>();
        cli.getParent().getSubcommands().forEach((name, command) -> {
            if (command != cli && command.getCommandSpec().findOption(option) != null && !takers.contains(name)) {
                takers.add(name);
            }
        });
        if (!option.startsWith("--") || takers.isEmpty()) {
            return null;
        }
        return option + " is an option of dossier " + String.join(" and dossier ", takers) + ", not of dossier "
                + cli.getCommandName() + ": leave it out, or run " + (takers.size() == 1 ? "that command" : "one of those commands");
    }

    /**
     * The command line with the options written before the command moved after it ("--base-url x build" as "build
     * --base-url x"), or null when it has no such options: picocli reads options before the command as the options of
     * "dossier" itself, and has none of the command's.
     */
    private static String optionsMovedAfterTheCommand(CommandLine cli, String[] args) {
        if (!(cli.getCommand() instanceof Main) || args.length == 0 || !args[0].startsWith("-")) {
            return null;
        }
        for (int i = 1; i < args.length; i++) {
            if (cli.getSubcommands().containsKey(args[i])) {
                List<String> moved = new ArrayList<>();
                moved.add(args[i]);
                moved.addAll(Arrays.asList(args).subList(0, i));
                moved.addAll(Arrays.asList(args).subList(i + 1, args.length));
                return String.join(" ", moved);
            }
        }
        return null;
    }

    /** The generator's version, from the build. */
    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/dossier-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dossier " + version()};
        }
    }
}
