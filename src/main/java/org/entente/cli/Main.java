package org.entente.cli;

import java.nio.file.Path;

import org.entente.EntenteException;
import org.entente.pipeline.Project;
import org.entente.util.Progress;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code entente} command line. A thin layer: each subcommand parses options and calls the
 * library. User errors ({@link EntenteException}) print one clear message and exit 1; stack
 * traces are shown only with {@code --verbose}.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "A knowledge graph of international relations: articles to sourced statements in TDB2, with reasoning and linked data.",
        subcommands = {IngestCmd.class, ConvertCmd.class, LoadCmd.class, ValidateCmd.class, BuildCmd.class, QueryCmd.class, ServeCmd.class, ExplainCmd.class, ExportCmd.class, ImportCmd.class, ExtractCmd.class, EvalCmd.class, GenerateCmd.class, ReasonCmd.class,
                CommandLine.HelpCommand.class})
public final class Main {

    @Option(names = "--root", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Project root with ontology/, data/ and queries/ (default: $ENTENTE_ROOT or the current directory).")
    Path root;

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "TDB2 store directory (default: $ENTENTE_STORE or ROOT/target/tdb2).")
    Path store;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Log more, and show stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "No progress bars.")
    boolean quiet;

    /** The project these options point at. */
    Project project() {
        Path r = root;
        if (r == null && System.getenv("ENTENTE_ROOT") != null) r = Path.of(System.getenv("ENTENTE_ROOT"));
        if (r == null) r = Path.of(".");
        Path s = store;
        if (s == null && System.getenv("ENTENTE_STORE") != null) s = Path.of(System.getenv("ENTENTE_STORE"));
        return Project.at(r, s);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 user error, 2 usage error, 3 internal error). */
    public static int run(String... args) {
        boolean verbose = false;
        for (String a : args) if (a.equals("-v") || a.equals("--verbose")) verbose = true;
        configureLogging(verbose);
        final boolean showTraces = verbose;
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof EntenteException) {
                cmd.getErr().println("entente: " + ex.getMessage());
                if (showTraces) ex.printStackTrace(cmd.getErr());
                return 1;
            }
            cmd.getErr().println("entente: internal error: " + ex);
            if (showTraces) ex.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(run again with --verbose for the stack trace)");
            return 3;
        });
        return cl.execute(args);
    }

    private static void configureLogging(boolean verbose) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }

    /** Applies --quiet; called by every subcommand first. */
    /** A confidence threshold must be a confidence: between 0 and 1. */
    static void checkConfidence(double x) {
        if (!(x >= 0 && x <= 1)) throw new org.entente.EntenteException("--min-confidence " + x + ": a confidence is between 0 and 1");
    }

    void init() {
        Progress.setQuiet(quiet);
    }
}
