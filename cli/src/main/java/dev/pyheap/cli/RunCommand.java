package dev.pyheap.cli;

import dev.pyheap.api.UserText;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.cli.output.Graphviz;
import dev.pyheap.cli.output.ReportTable;
import dev.pyheap.cli.output.CommandJson;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.reports.RetentionReport;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.RunSpec;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

/** {@code pyheap run}: one workload on one heap, a report, and an exit code saying whether the heap held up. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run a workload on N mutator threads sharing one heap, then check the heap.",
        description = {
            "Mutator threads attach to one heap, take its GIL and run the workload operation by operation with a"
                    + " check point between operations (collections run there). At the end the sanity checker runs"
                    + " and the leak check compares the heap with its state before the run, plus what the workload"
                    + " declares a collector that never reclaims cycles keeps (an expected leak is a success).",
            "Workloads: gcbench, cycles, churn, lists, dicts, strings, leaky, seeds (see pyheap list)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run passed (an expected leak under refcount included)",
            "1:the run failed: the heap is not sane, an unexpected leak, a MemoryError",
            "2:usage or configuration error (a --graph image without Graphviz's dot on the PATH included)"
        })
final class RunCommand implements Callable<Integer> {
    private final Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigurationOptions configuration;

    @Mixin
    private RunOptions run;

    @Mixin
    private ReportOption reportOption;

    @Option(names = "--workload", paramLabel = "W", defaultValue = "gcbench",
            description = "The workload (default: ${DEFAULT-VALUE}).")
    private String workload;

    @Option(names = "--collector", paramLabel = "NAME", description = "The collector (same as --set collector=NAME).")
    private String collector;

    @Option(names = "--allocator", paramLabel = "NAME", description = "The allocator (same as --set allocator=NAME).")
    private String allocator;

    @Option(names = "--tracemalloc", paramLabel = "N",
            description = "Trace allocations with tracebacks of N frames (1..65535), from the end of the workload's load"
                    + " (the baseline) to the end of the run, and print the top allocation sites (statistics 'lineno')"
                    + " of the blocks alive when the mutators finished, in CPython's format.")
    private Integer tracemalloc;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "How many sites --tracemalloc and --snapshot-every print (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--snapshot-every", paramLabel = "D", converter = EveryConverter.class,
            description = "While running, every D operations (all threads together: 100000 or 100_000) or every D of time"
                    + " (500ms, 2s), take a tracemalloc snapshot and print its compare_to the previous one (top K)."
                    + " Taken by the thread holding the GIL, every 64 of its operations at most. Implies --tracemalloc 1"
                    + " unless given.")
    private Inspection.Every snapshotEvery;

    @Option(names = "--leaks",
            description = "End with a leak report: the objects alive beyond the baseline after the mutators dropped"
                    + " their roots and a full collection (before the workload empties its shared state), by type,"
                    + " each type with one back-reference chain from a root. For a Python program: after it ended"
                    + " (atexit, its main module cleared) and a full collection; with --threads, after its threads.")
    private boolean leaks;

    @Option(names = "--graph", paramLabel = "FILE",
            description = "Draw the back references of the biggest leak group (implies --leaks): FILE.dot as Graphviz"
                    + " text, FILE.svg/.png/.pdf rendered by Graphviz's dot, which must be on the PATH.")
    private java.nio.file.Path graph;

    @CommandLine.Parameters(arity = "0..*", paramLabel = "FILE.py [ARGS]",
            description = "A Python program to run on the heap instead of a workload (- reads it from stdin), and its"
                    + " arguments (sys.argv[1:]). Its stdout and stderr are CPython's; the exit code is the program's.")
    private java.util.List<String> program;

    @Option(names = "-c", paramLabel = "CODE", description = "Run the Python program CODE (sys.argv[0] is '-c').")
    private String code;

    @Option(names = "-m", paramLabel = "MODULE", parameterConsumer = ModuleAndArguments.class,
            description = "Run the module MODULE as __main__, as python3 -m does: found in the working directory,"
                    + " then in the library; the arguments after it are its own (sys.argv[1:]) and sys.argv[0] is"
                    + " its file.")
    private String module;

    /**
     * {@code -m MODULE ARGS...}: as with python3, everything after the module's name is the module's
     * arguments, options of {@code run} included.
     */
    static final class ModuleAndArguments implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec argSpec,
                                      CommandSpec commandSpec) {
            if (args.isEmpty()) {
                throw new CommandLine.MissingParameterException(commandSpec.commandLine(), argSpec,
                        "Missing required parameter for option '-m' (MODULE)");
            }
            argSpec.setValue(args.pop());
            java.util.List<String> rest = new java.util.ArrayList<>();
            while (!args.isEmpty()) {
                rest.add(args.pop());
            }
            commandSpec.positionalParameters().get(0).setValue(rest);
        }
    }

    @Option(names = "-W", paramLabel = "ARG",
            description = "Warning control, as python3 -W: action:message:category:module:lineno (sys.warnoptions,"
                    + " after PYTHONWARNINGS's entries); repeatable.")
    private java.util.List<String> warnOptions = new java.util.ArrayList<>();

    @Option(names = "-X", paramLabel = "OPT",
            description = "An implementation-specific option, as python3 -X: name or name=value in sys._xoptions;"
                    + " repeatable.")
    private java.util.List<String> xOptions = new java.util.ArrayList<>();

    @Option(names = "--jfr", paramLabel = "FILE.jfr",
            description = "Record the run with the JDK Flight Recorder into FILE.jfr: pyheap's events (collections,"
                    + " arena map/unmap, MemoryError, GIL forced switches, allocation samples with their traceback while"
                    + " tracemalloc traces) and the JDK's default ones. Read it with JDK Mission Control or"
                    + " 'jfr print --categories pyheap FILE.jfr'.")
    private Path jfr;

    RunCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (jfr == null) {
            return runAndReport();
        }
        try (FlightRecording recording = FlightRecording.start(context.workingDirectory().resolve(jfr),
                spec.commandLine())) {
            return runAndReport();
        }
    }

    private Integer runAndReport() {
        Path reportFile = reportOption.file(spec.commandLine(), context);
        if (code != null || module != null || program != null && !program.isEmpty()) {
            return runPython(reportFile);
        }
        Workloads.named(workload);
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        RunSpec runSpec = run.spec(spec.commandLine(), workload);
        Inspection inspection = inspection();
        Path graphFile = graph == null ? null : context.workingDirectory().resolve(graph);
        if (graphFile != null) {
            checkGraph(graphFile);
        }
        PrintWriter programOut = run.json ? context.err() : context.out();
        ReportRecorder recorder = reportFile == null ? null : new ReportRecorder(inspection);
        if (recorder != null) {
            runSpec = runSpec.withObserver(recorder);
        } else if (inspection != null) {
            runSpec = runSpec.withObserver(inspection);
        }
        RunReport report = Runner.run(context, effective, runSpec, programOut, workload);
        int code = print(context, report, run.json, inspection == null ? null : inspection.inspected());
        if (recorder != null) {
            code = Math.max(code, reportOption.write(context, reportFile, "pyheap run --workload " + workload,
                    java.util.List.of(recorder.run(report.collector(), report))));
        }
        if (inspection != null) {
            if (!run.json) { // else they are in the document
                inspection.endLines().forEach(programOut::println);
                programOut.flush();
            }
            if (graphFile != null && inspection.retention() != null) {
                int drawn = draw(inspection.retention(), graphFile, programOut);
                code = Math.max(code, drawn);
            }
        }
        return code;
    }

    /**
     * A Python program ({@code FILE.py}, {@code -c}, {@code -}); the inspection's report goes to stderr, never
     * into the program's stdout; recorded for {@code --report} when asked.
     */
    private int runPython(Path reportFile) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
            return runPythonThreaded(reportFile);
        }
        if (snapshotEvery != null) {
            throw usage("--snapshot-every is for workloads; a Python program can take tracemalloc snapshots itself");
        }
        Inspection inspection = inspection();
        Path graphFile = graph == null ? null : context.workingDirectory().resolve(graph);
        if (graphFile != null) {
            checkGraph(graphFile);
        }
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        ReportRecorder recorder = reportFile == null ? null : new ReportRecorder(inspection);
        java.util.List<String> args = program == null ? java.util.List.of() : program;
        PythonRun.Outcome outcome = new PythonRun(context).withOptions(warnOptions, xOptions).run(effective, code,
                module, args, new PythonRun.Reporting(
                inspection == null ? null : inspection.python(), run.verify, recorder, run.json));
        int exit = outcome.exit();
        if (inspection != null && !run.json) { // else they are in the document
            PrintWriter report = context.err();
            inspection.endLines().forEach(report::println);
            report.flush();
        }
        if (inspection != null && graphFile != null && inspection.retention() != null) {
            exit = Math.max(exit, draw(inspection.retention(), graphFile, context.err()));
        }
        if (outcome.facts() == null) { // not measured, or it did not run
            return exit;
        }
        if (run.json) {
            context.out().print(CommandJson.program(outcome.facts(), inspection == null ? null : inspection.inspected(),
                    ProgramRun.plain(outcome.checks())));
            context.out().flush();
        }
        if (recorder == null) {
            return exit;
        }
        String collectorName = outcome.facts().settings().collector();
        int written = reportOption.write(context, reportFile, "pyheap run " + outcome.facts().program(),
                java.util.List.of(recorder.run(collectorName, collectorName, outcome.facts().settings().allocator(),
                        ProgramMeter.summary(outcome.facts()))));
        return written != ErrorReporter.OK && exit == 0 ? written : exit;
    }

    /**
     * {@code --threads N} with a Python program: its {@code main()} (or its module body) in N threads of the
     * driver ({@link PythonRun#runThreaded}), observed by the inspection options and {@code --report} as a
     * workload's mutators are; the driver's turns cannot split a call of {@code main()}, so only the switch
     * interval decides who runs.
     */
    private int runPythonThreaded(Path reportFile) {
        Inspection inspection = inspection();
        if (inspection != null) {
            inspection.threadedProgram();
        }
        Path graphFile = graph == null ? null : context.workingDirectory().resolve(graph);
        if (graphFile != null) {
            checkGraph(graphFile);
        }
        RunSpec runSpec = run.spec(spec.commandLine(), "python");
        if (runSpec.yieldPolicy().turnBased()) {
            throw usage("--yield " + runSpec.yieldPolicy().text() + ": a Python program's threads switch at the"
                    + " evaluator's check points (--yield switchinterval, sys.setswitchinterval); the driver's turns"
                    + " come between operations, and an operation is a whole call of main()");
        }
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        java.util.List<String> args = program == null ? java.util.List.of() : program;
        ReportRecorder recorder = reportFile == null ? null : new ReportRecorder(inspection);
        PythonRun.ThreadedOutcome outcome = new PythonRun(context).runThreaded(effective, code, module, args, runSpec,
                run.verify, run.json, inspection, recorder);
        int exit = outcome.exit();
        if (outcome.report() == null) {
            return exit;
        }
        if (inspection != null && graphFile != null && inspection.retention() != null) {
            exit = Math.max(exit, draw(inspection.retention(), graphFile, context.err()));
        }
        if (recorder != null) {
            int written = reportOption.write(context, reportFile, "pyheap run --threads " + outcome.report().threads()
                    + " " + outcome.report().workload(), java.util.List.of(recorder.run(outcome.report().collector(),
                    outcome.report())));
            exit = Math.max(exit, written);
        }
        return exit;
    }

    /** The observer for the inspection options, or null when none is given. */
    private Inspection inspection() {
        CommandLine cl = spec.commandLine();
        if (tracemalloc != null && (tracemalloc < 1 || tracemalloc > Tracemalloc.MAX_NFRAME)) {
            throw new CommandLine.ParameterException(cl, "--tracemalloc: the number of frames must be in range [1; "
                    + Tracemalloc.MAX_NFRAME + "], got " + tracemalloc);
        }
        if (top < 1) {
            throw new CommandLine.ParameterException(cl, "--top must be at least 1, got " + top);
        }
        int frames = tracemalloc != null ? tracemalloc : snapshotEvery != null ? 1 : 0;
        boolean retention = leaks || graph != null;
        if (frames == 0 && !retention) {
            return null;
        }
        return new Inspection(frames, top, snapshotEvery, retention, graph != null,
                run.json ? context.err() : context.out());
    }

    /**
     * Before the run, so that a long run is not wasted on a graph that cannot be written (usage
     * errors, exit 2): the extension, {@code dot} on the PATH for an image, and the place
     * ({@link OutputFile}).
     */
    private void checkGraph(Path file) {
        String shown = "--graph " + UserText.quote(graph.toString());
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        switch (ext) {
            case "dot", "gv" -> {
            }
            case "svg", "png", "pdf" -> {
                if (graphviz().findDot().isEmpty()) {
                    throw usage(shown + ": Graphviz's 'dot' program is not on the PATH; " + Graphviz.INSTALL_HINT);
                }
            }
            default -> throw usage(shown + ": the file name must end in .dot, .gv, .svg, .png or .pdf");
        }
        OutputFile.check(spec.commandLine(), shown, file);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private Graphviz graphviz() {
        return new Graphviz(context.environment().get("PATH"));
    }

    /** Writes the biggest group's graph; a failure is one line on stderr and exit code 1. */
    private int draw(RetentionReport retention, Path file, PrintWriter out) {
        if (retention.graphDot() == null) {
            out.println("graph: nothing to draw (no leak), " + graph + " not written");
            out.flush();
            return ErrorReporter.OK;
        }
        try {
            graphviz().write(retention.graphDot(), file);
        } catch (IOException e) {
            return cannotDraw(UserText.quote(graph.toString()) + ": " + UserText.reason(e));
        } catch (RuntimeException e) {
            return cannotDraw(e.getMessage());
        }
        RetentionReport.Group biggest = retention.groups().get(0);
        out.println("graph: the back references of one " + biggest.type() + " (the biggest group) written to "
                + graph);
        out.flush();
        return ErrorReporter.OK;
    }

    private int cannotDraw(String why) {
        context.err().println("pyheap: cannot draw the graph: " + why);
        context.err().flush();
        return ErrorReporter.RUN_FAILED;
    }

    /** {@code --snapshot-every}: operations ({@code 100000}, {@code 100_000}) or a time ({@code 500ms}). */
    static final class EveryConverter implements CommandLine.ITypeConverter<Inspection.Every> {
        @Override
        public Inspection.Every convert(String value) {
            String s = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (s.matches(".*\\d\\s*(ms|s|m|h)") || s.startsWith("pt")) {
                return new Inspection.Every(0, new RunOptions.DurationConverter().convert(value));
            }
            long ops;
            try {
                ops = new StatsCommand.CountConverter().convert(value);
            } catch (Exception e) {
                throw new CommandLine.TypeConversionException(UserText.quote(value)
                        + " is neither a number of operations (100000) nor a time (500ms, 2s)");
            }
            if (ops < 1) {
                throw new CommandLine.TypeConversionException(UserText.quote(value) + ": at least 1 operation");
            }
            return new Inspection.Every(ops, null);
        }
    }

    /**
     * Prints the report (table or JSON, with what the inspection options found) and, when it failed, one line on
     * stderr; returns the exit code.
     */
    static int print(Context context, RunReport report, boolean json, CommandJson.Inspected inspected) {
        if (json) {
            context.out().print(CommandJson.run(report, null, inspected));
        } else {
            ReportTable.run(report).forEach(context.out()::println);
        }
        context.out().flush();
        String failure = ReportTable.failure(report);
        if (failure != null) {
            context.err().println("pyheap: run failed: " + failure);
            context.err().flush();
            return ErrorReporter.RUN_FAILED;
        }
        return ErrorReporter.OK;
    }
}
