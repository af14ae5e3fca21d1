package dev.pyheap.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Entry point of the {@code pyheap} command. {@link #main} only gathers the process's streams,
 * environment and working directory and exits with what {@link #run} returns, so tests drive the
 * whole command in-process.
 */
public final class Main {
    /** The system property {@code logback.xml} reads the root level from. */
    static final String LOG_LEVEL_PROPERTY = "pyheap.log.level";

    private Main() {
    }

    public static void main(String[] args) {
        // Logback reads the level once, when the first logger is created; --debug must be seen before that.
        if (Arrays.asList(args).contains("--debug") && System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, "DEBUG");
        }
        int code = run(args, System.out, System.err, System.getenv(), Path.of("").toAbsolutePath(),
                System.console() != null);
        System.exit(code);
    }

    /**
     * Runs one command line.
     *
     * @return the exit code: 0 success, 1 the run failed, 2 usage or configuration error
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
                   Path workingDirectory) {
        return run(args, out, err, environment, workingDirectory, false);
    }

    /** {@link #run(String[], PrintStream, PrintStream, Map, Path)} knowing whether stderr is a terminal. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
                   Path workingDirectory, boolean terminal) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        Context context = new Context(outWriter, errWriter, environment, workingDirectory, terminal);
        ErrorReporter errors = new ErrorReporter(errWriter);
        try {
            CommandLine commandLine = new CommandLine(new PyheapCommand())
                    .addSubcommand(new ListCommand(context))
                    .addSubcommand(new ConfigCommand(context))
                    .addSubcommand(new StatsCommand(context))
                    .addSubcommand(new CommandLine(new RunCommand(context)).setStopAtPositional(true))
                    .addSubcommand(new CommandLine(new CompareCommand(context)).setStopAtPositional(true))
                    .addSubcommand(new DemoCommand(context))
                    .addSubcommand(new CommandLine(new DiffCommand(context)).setStopAtPositional(true))
                    .addSubcommand(new ReplCommand(context, System.in))
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setParameterExceptionHandler(errors)
                    .setExecutionExceptionHandler(errors);
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            return errors.internal(e, Arrays.asList(args).contains("--debug"));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }
}
