package dev.pyheap.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

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
        dev.pyheap.interpreter.run.Runner.takeDefaultSignalActions(); // a SIGTERM from outside ends a program as it ends CPython
        PrintWriter outWriter = new PrintWriter(System.out, true);
        PrintWriter errWriter = new PrintWriter(System.err, true);
        int code = run(args, new Context(outWriter, errWriter, System.getenv(), Path.of("").toAbsolutePath(),
                System.console() != null, isTerminal(1), isTerminal(2), System.out, System.err, true));
        outWriter.flush();
        errWriter.flush();
        dev.pyheap.interpreter.run.Runner.exitProcess(code); // (the cli has a Runner of its own)
    }

    /**
     * Whether the process's descriptor {@code fd} is a terminal, as {@code isatty} answers on Linux:
     * it names a pseudo-terminal or a console device. False where {@code /proc} cannot say.
     */
    static boolean isTerminal(int fd) {
        try {
            String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
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
        return run(args, new Context(new PrintWriter(out, true), new PrintWriter(err, true), environment, workingDirectory,
                terminal, false, false, out, err));
    }

    /** Runs one command line in {@code context}. */
    static int run(String[] args, Context context) {
        PrintWriter outWriter = context.out();
        PrintWriter errWriter = context.err();
        ErrorReporter errors = new ErrorReporter(errWriter);
        try {
            java.util.Optional<QuickRun> quick = QuickRun.parse(args);
            if (quick.isPresent()) {
                return quick.get().run(context, errors);
            }
            CommandLine commandLine = new CommandLine(new PyheapCommand());
            Map<String, Supplier<CommandLine>> subcommands = subcommands(context);
            String named = subcommandNamed(args);
            if (named != null && subcommands.containsKey(named)) {
                commandLine.addSubcommand(named, subcommands.get(named).get());
            } else {
                subcommands.forEach((name, subcommand) -> commandLine.addSubcommand(name, subcommand.get()));
            }
            commandLine.setOut(outWriter)
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

    /**
     * The subcommands by name, in the order the help lists them, each made only when asked for:
     * picocli reads a command's annotations and builds its model when it is added, a tenth of a
     * second or more for all of them, so a command line naming one gets only that one.
     */
    static Map<String, Supplier<CommandLine>> subcommands(Context context) {
        Map<String, Supplier<CommandLine>> all = new LinkedHashMap<>();
        all.put("list", () -> new CommandLine(new ListCommand(context)));
        all.put("config", () -> new CommandLine(new ConfigCommand(context)));
        all.put("stats", () -> new CommandLine(new StatsCommand(context)));
        all.put("run", () -> new CommandLine(new RunCommand(context)).setStopAtPositional(true));
        all.put("compare", () -> new CommandLine(new CompareCommand(context)).setStopAtPositional(true));
        all.put("demo", () -> new CommandLine(new DemoCommand(context)));
        all.put("diff", () -> new CommandLine(new DiffCommand(context)).setStopAtPositional(true));
        all.put("repl", () -> new CommandLine(new ReplCommand(context, System.in)));
        return all;
    }

    /**
     * The subcommand a command line names when only {@code --debug} comes before it ({@code pyheap run
     * ...}, {@code pyheap --debug run ...}), else null: the top-level help and version options, a
     * mistyped name and no name at all need every subcommand (the help lists them, picocli suggests
     * the nearest name, {@code pyheap} alone starts the prompt).
     */
    static String subcommandNamed(String[] args) {
        for (String arg : args) {
            if (!arg.equals("--debug")) {
                return arg.startsWith("-") ? null : arg;
            }
        }
        return null;
    }
}
