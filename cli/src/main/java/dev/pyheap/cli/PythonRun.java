package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.cli.output.ReportTable;
import dev.pyheap.cli.output.CommandJson;
import dev.pyheap.driver.Leak;
import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.ProgramChecks;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.MutatorDriver;
import dev.pyheap.driver.scheduling.RunSpec;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pyheap run FILE.py [ARGS]}, {@code -c CODE}, {@code -}: a Python program on a heap made
 * from the configuration, its output on the command's streams, its exit code the command's; the
 * inspection options ({@code --tracemalloc}, {@code --leaks}, {@code --graph}) observe it.
 */
final class PythonRun {
    private final Context context;

    /** {@code -W} and {@code -X} options of the command line. */
    private List<String> warnOptions = List.of();
    private List<String> xOptions = List.of();

    PythonRun(Context context) {
        this.context = context;
    }

    /** Takes the interpreter options {@code -W} and {@code -X} of the command line. */
    PythonRun withOptions(List<String> warn, List<String> x) {
        this.warnOptions = List.copyOf(warn);
        this.xOptions = List.copyOf(x);
        return this;
    }

    /**
     * {@code sys.warnoptions} as CPython's configuration builds it: {@code default} in development mode
     * ({@code -X dev}), the entries of {@code PYTHONWARNINGS} (split at commas, empty ones dropped),
     * then the {@code -W} options.
     */
    List<String> allWarnOptions() {
        List<String> all = new java.util.ArrayList<>();
        // development mode (-X dev) shows every warning once per location, as a first 'default' entry
        if (xOptions.stream().anyMatch(x -> x.equals("dev") || x.startsWith("dev="))) {
            all.add("default");
        }
        String env = context.environment().get("PYTHONWARNINGS");
        if (env != null) {
            for (String part : env.split(",")) {
                if (!part.isEmpty()) {
                    all.add(part);
                }
            }
        }
        all.addAll(warnOptions);
        return all;
    }

    /**
     * What a single-threaded run reports besides the program's own output.
     *
     * @param observer the inspection options, or null
     * @param verify   the sanity checker and the leak check after the program (always for a bundled workload)
     * @param recorder {@code --report}'s recorder, or null
     * @param json     {@code --json}: the program's stdout goes to stderr and the facts are measured
     */
    record Reporting(Runner.Observer observer, boolean verify, ReportRecorder recorder, boolean json) {
    }

    /**
     * What a run found: the exit code, and when measured ({@code --json}, {@code --report}) its facts and,
     * with the checks, their result (else null).
     */
    record Outcome(int exit, CommandJson.Facts facts, ProgramChecks checks) {
    }

    /**
     * With {@code verify}, or for a workload named instead of a file ({@code pyheap run gcbench}: a
     * program of the jar's workloads folder when no such file exists), the run ends with the sanity
     * checker and the leak check ({@link ProgramRun}), reported on stderr; a failed check makes the
     * exit code 1 when the program's was 0. The observer (the inspection options) watches the
     * run. With a {@code recorder} ({@code --report}) the heap is recorded from its opening to the
     * program's end (its interpreter torn down). With {@code --json} or {@code --report} the run's
     * facts are measured ({@link ProgramMeter}).
     */
    Outcome run(Configuration configuration, String code, String module, List<String> program, Reporting reporting) {
        Source found = source(code, module, program);
        if (found.failed()) {
            return new Outcome(found.failure(), null, null);
        }
        Runner.Program source = found.program();
        List<String> argv = found.argv();
        boolean verify = reporting.verify() || found.bundled();
        ReportRecorder recorder = reporting.recorder();
        PrintWriter programOut = reporting.json() ? context.err() : context.out();
        String shown = code != null ? "-c" : module != null ? "-m " + module : program.get(0);
        ProgramMeter meter = reporting.json() || recorder != null ? new ProgramMeter(shown, argv, configuration) : null;
        if (verify) {
            if (recorder != null) {
                context.err().println("pyheap: --report is not supported with --verify or a bundled workload yet");
                return new Outcome(ErrorReporter.USAGE, null, null);
            }
            if (reporting.observer() != null) {
                context.err().println("pyheap: --tracemalloc, --leaks and --graph cannot be combined with a verified run");
                return new Outcome(ErrorReporter.USAGE, null, null);
            }
            return checked(configuration, source, argv, programOut, meter);
        }
        try (PyHeap heap = PyHeap.open(configuration)) {
            if (recorder != null) {
                ProgramRun.withGil(heap, () -> recorder.start(heap));
            }
            if (meter != null) {
                ProgramRun.withGil(heap, () -> meter.start(heap));
            }
            Runner runner = runner(heap, programOut).unbuffered(unbuffered(context))
                    .terminals(programOut == context.out() && context.stdoutTerminal(), context.stderrTerminal())
                    .warnOptions(allWarnOptions()).xOptions(xOptions);
            if (reporting.observer() != null) {
                runner.observedBy(reporting.observer());
            }
            int exit = runner.run(source, argv);
            if (meter != null) {
                ProgramRun.withGil(heap, () -> meter.end(heap, exit, runner.endedWith()));
            }
            if (recorder != null) {
                ProgramRun.withGil(heap, () -> recorder.end(heap));
            }
            programOut.flush();
            context.err().flush();
            return new Outcome(exit, meter == null ? null : meter.facts(), null);
        }
    }

    /**
     * {@code pyheap run PROGRAM --threads N}: the program's {@code main()} (or its module body) in the
     * driver's N threads ({@link ThreadedProgram}), then the driver's numbers on {@code report} (or the
     * JSON document on stdout, the program's own output then going to stderr: never both on stdout);
     * with {@code verify} (always for a bundled workload) the sanity checker and the leak check after the
     * program ended, the declared leak counted once per call.
     *
     * @return the module body's exit code when it failed; else 1 when a thread's call raised or a check
     *         failed; else 0
     */
    /** A runner writing the program's stdout to {@code programOut} and its stderr to the context's, bytes as they are. */
    private Runner runner(PyHeap heap, PrintWriter programOut) {
        return new Runner(heap, programOut, context.err()).endsProcess(context.ownsProcess())
                .byteStreams(programOut == context.out() ? context.outBytes() : context.errBytes(), context.errBytes());
    }

    /** What a threaded run ended with: its exit code, and the driver's report (null when the module body failed). */
    record ThreadedOutcome(int exit, RunReport report) {
    }

    /**
     * {@code inspection} ({@code --tracemalloc}, {@code --leaks}) and {@code recorder} ({@code --report}), each
     * null when not asked for, observe the threads as they observe a workload's mutators: from after the module
     * body (the baseline) to the threads' end.
     */
    ThreadedOutcome runThreaded(Configuration configuration, String code, String module, List<String> program,
                                RunSpec spec, boolean verify, boolean json, Inspection inspection,
                                ReportRecorder recorder) {
        Source found = source(code, module, program);
        if (found.failed()) {
            return new ThreadedOutcome(found.failure(), null);
        }
        verify |= found.bundled();
        Leak declared;
        try {
            declared = ProgramRun.declared(found.program());
        } catch (IllegalArgumentException e) { // a malformed leak declaration
            context.err().println("pyheap: " + e.getMessage());
            context.err().flush();
            return new ThreadedOutcome(ErrorReporter.USAGE, null);
        }
        PrintWriter programOut = json ? context.err() : context.out();
        dev.pyheap.driver.scheduling.RunObserver observer = recorder != null ? recorder : inspection;
        if (observer != null) {
            spec = spec.withObserver(observer);
        }
        try (PyHeap heap = PyHeap.open(configuration)) {
            Baseline before = verify ? ProgramChecks.before(heap) : null;
            ThreadedProgram threaded = new ThreadedProgram(runner(heap, programOut),
                    found.program(), found.argv(), spec.ops() > 0 || spec.duration() != null);
            RunReport report = MutatorDriver.run(heap, threaded, spec.withVerify(spec.verify() || verify));
            programOut.flush();
            context.err().flush();
            if (threaded.exit() != 0) {
                return new ThreadedOutcome(threaded.exit(), null);
            }
            ProgramChecks checks = verify ? ProgramChecks.after(heap, before,
                    declared.times(threaded.calls()).objectsByType()) : null;
            if (json) {
                CommandJson.Checks plain = ProgramRun.plain(checks);
                context.out().print(CommandJson.run(report, new CommandJson.ThreadedProgram(threaded.callsMain(),
                        threaded.calls(), threaded.failedCalls(), plain), inspection == null ? null
                        : inspection.inspected()));
                context.out().flush();
            } else {
                PrintWriter err = context.err();
                ReportTable.threadedProgram(report, threaded.callsMain(), threaded.calls(), threaded.failedCalls())
                        .forEach(line -> err.println("pyheap: " + line));
                if (checks != null) {
                    ProgramRun.describe(checks).forEach(line -> err.println("pyheap: " + line));
                }
                if (inspection != null) {
                    inspection.endLines().forEach(err::println);
                }
                err.flush();
            }
            boolean passed = threaded.failedCalls() == 0 && report.sanity().ok()
                    && (checks == null || checks.passed());
            return new ThreadedOutcome(passed ? ErrorReporter.OK : ErrorReporter.RUN_FAILED, report);
        }
    }

    /**
     * What to run and its {@code sys.argv}.
     *
     * @param bundled a workload of the jar named instead of a file: checked ({@link ProgramRun}) always
     * @param failure when there is nothing to run ({@code program} null), the command's exit code
     */
    record Source(Runner.Program program, List<String> argv, boolean bundled, int failure) {
        Source(Runner.Program program, List<String> argv, boolean bundled) {
            this(program, argv, bundled, ErrorReporter.OK);
        }

        /** Nothing to run (a line on stderr said why): the command ends with {@code exit}. */
        static Source failedWith(int exit) {
            return new Source(null, List.of(), false, exit);
        }

        boolean failed() {
            return program == null;
        }
    }

    /**
     * {@code -c CODE}, {@code -m MODULE}, {@code -} (stdin), a bundled workload's name, or a file; null (a line on
     * stderr) when unreadable or not found.
     */
    Source source(String code, String module, List<String> program) {
        List<String> argv = new ArrayList<>();
        if (module != null) {
            Runner.Program found;
            try {
                found = Runner.Program.module(module, context.workingDirectory());
            } catch (IllegalArgumentException e) { // python3 says it the same way, with exit code 1
                context.err().println("pyheap: " + e.getMessage());
                context.err().flush();
                return Source.failedWith(ErrorReporter.RUN_FAILED);
            }
            argv.add(found.filename());
            argv.addAll(program);
            return new Source(found, argv, false);
        }
        if (code != null) {
            argv.add("-c");
            argv.addAll(program);
            return new Source(new Runner.Program("<string>", code.getBytes(StandardCharsets.UTF_8),
                    context.workingDirectory()), argv, false);
        }
        if (program.get(0).equals("-")) {
            argv.addAll(program);
            try {
                return new Source(new Runner.Program("<stdin>", System.in.readAllBytes(), context.workingDirectory()),
                        argv, false);
            } catch (IOException e) {
                context.err().println("pyheap: cannot read stdin: " + e.getMessage());
                return Source.failedWith(ErrorReporter.USAGE);
            }
        }
        java.util.Optional<Bundled.Program> workload = bundledWorkload(program.get(0));
        if (workload.isPresent()) {
            argv.add(workload.get().fileName());
            argv.addAll(program.subList(1, program.size()));
            return new Source(new Runner.Program(workload.get().fileName(), workload.get().source(),
                    context.workingDirectory()), argv, true);
        }
        argv.addAll(program);
        Path file = context.workingDirectory().resolve(program.get(0)).toAbsolutePath().normalize();
        try {
            if (Files.exists(file)) {
                java.util.Optional<Runner.Program> main;
                try {
                    main = Runner.Program.main(file);
                } catch (IllegalArgumentException e) { // python3 says it the same way, with exit code 1
                    context.err().println("pyheap: " + e.getMessage());
                    context.err().flush();
                    return Source.failedWith(ErrorReporter.RUN_FAILED);
                }
                if (main.isPresent()) {
                    return new Source(main.get(), argv, false);
                }
            }
            return new Source(new Runner.Program(file.toString(), Files.readAllBytes(file), file.getParent()), argv,
                    false);
        } catch (IOException e) {
            context.err().println("pyheap: can't open file '" + file + "': [Errno 2] No such file or directory");
            return Source.failedWith(ErrorReporter.USAGE);
        }
    }

    /** A bundled workload named {@code name} when no file of that name exists. */
    private java.util.Optional<Bundled.Program> bundledWorkload(String name) {
        if (Files.exists(context.workingDirectory().resolve(name))) {
            return java.util.Optional.empty();
        }
        return Bundled.find(Bundled.WORKLOADS, name);
    }

    private Outcome checked(Configuration configuration, Runner.Program source, List<String> argv,
                            PrintWriter programOut, ProgramMeter meter) {
        ProgramRun.Result result;
        try {
            result = ProgramRun.run(configuration, source, argv, programOut, context.err(), meter);
        } catch (IllegalArgumentException e) { // a malformed leak declaration
            context.err().println("pyheap: " + e.getMessage());
            context.err().flush();
            return new Outcome(ErrorReporter.USAGE, null, null);
        }
        ProgramRun.describe(result.checks()).forEach(line -> context.err().println("pyheap: " + line));
        context.err().flush();
        int exit = result.exit() == 0 && !result.checks().passed() ? ErrorReporter.RUN_FAILED : result.exit();
        return new Outcome(exit, meter == null ? null : meter.facts(), result.checks());
    }

    /** {@code PYTHONUNBUFFERED} set to a non-empty value, as CPython reads it (the launcher's {@code -u} sets it). */
    static boolean unbuffered(Context context) {
        String v = context.environment().get("PYTHONUNBUFFERED");
        return v != null && !v.isEmpty();
    }
}
