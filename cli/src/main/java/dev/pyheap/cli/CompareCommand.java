package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.cli.output.ReportTable;
import dev.pyheap.cli.output.CommandJson;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pyheap compare}: one program (a Python program or workload, or a Java workload) under
 * several collectors, each with a warm-up run and repeats, one table.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run one program under several collectors and compare them (warm-up, repeats, median and spread).",
        description = {
            "PROGRAM is a Python program (FILE.py) or a Python workload's name (gcbench, see pyheap list); --workload W"
                    + " runs a Java workload (the embedding measurement) instead.",
            "Each collector gets a new heap per run: first a warm-up run that is not counted (so the first collector"
                    + " does not pay for warming up the JIT), then --repeat runs. Times are the median of the repeats"
                    + " with their spread (max - min); GC ms is the total time of the run's collections, beside the"
                    + " longest pause. A Python program's output is not shown; its exit code and the checks are.",
            "For a Java workload: one side-by-side table of the median run of each collector. With --json: one"
                    + " document (compare.schema.json) on stdout instead of the table, with each collector's median and"
                    + " spread (and a Java workload's median run report); the runs' own output never goes to stdout."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every run passed",
            "1:a run failed (not sane, an unexpected leak, a MemoryError)",
            "2:usage or configuration error"
        })
final class CompareCommand implements Callable<Integer> {
    private final Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigurationOptions configuration;

    @Mixin
    private RunOptions run;

    @Mixin
    private ReportOption reportOption;

    @Option(names = "--workload", paramLabel = "W", description = "A Java workload instead of a Python program.")
    private String workload;

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "PROGRAM [ARGS]",
            description = "A Python program (FILE.py) or a Python workload's name, and its arguments.")
    private List<String> program;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Counted runs per collector after the warm-up run (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--collectors", paramLabel = "A,B,...", split = ",",
            description = "The collectors, in column order (default: every collector found).")
    private List<String> collectors;

    @Option(names = "--allocator", paramLabel = "NAME", description = "The allocator (same as --set allocator=NAME).")
    private String allocator;

    CompareCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (program != null && program.isEmpty()) {
            program = null;
        }
        if ((program == null) == (workload == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a PROGRAM or --workload W (one of them)");
        }
        if (repeat < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1, got " + repeat);
        }
        if (workload != null) {
            Workloads.named(workload);
        }
        List<String> names = collectors == null
                ? Plugins.collectors().stream().map(CollectorProvider::name).toList()
                : List.copyOf(new LinkedHashSet<>(collectors));
        if (names.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--collectors names no collector");
        }
        List<Configuration> configurations = new ArrayList<>();
        for (String name : names) {
            Plugins.collector(name); // an unknown name fails before anything runs
            configurations.add(Runner.configuration(configuration, context, allocator, name));
        }
        java.nio.file.Path reportFile = reportOption.file(spec.commandLine(), context);
        if (program != null) {
            if (reportFile != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--report is not supported when comparing a Python program yet");
            }
            return new ProgramComparison(context, spec.commandLine(), program.get(0), program.subList(1, program.size()),
                    repeat).run(names, configurations, run.json);
        }
        List<RunReport> reports = new ArrayList<>();
        List<String> spreads = new ArrayList<>();
        List<Double> spreadSeconds = new ArrayList<>();
        List<dev.pyheap.cli.output.HtmlReport.Run> pages = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Runner.run(context, configurations.get(i), run.spec(spec.commandLine(), workload),
                    new java.io.PrintWriter(java.io.Writer.nullWriter()), workload + " under " + names.get(i) + " (warm-up)");
            List<RunReport> runs = new ArrayList<>();
            java.util.Map<RunReport, ReportRecorder> recorders = new java.util.IdentityHashMap<>();
            for (int r = 0; r < repeat; r++) {
                RunSpec runSpec = run.spec(spec.commandLine(), workload);
                ReportRecorder recorder = reportFile == null ? null : new ReportRecorder(null);
                if (recorder != null) {
                    runSpec = runSpec.withObserver(recorder);
                }
                RunReport report = Runner.run(context, configurations.get(i), runSpec, context.err(),
                        workload + " under " + names.get(i));
                runs.add(report);
                recorders.put(report, recorder);
            }
            runs.sort(java.util.Comparator.comparingDouble(RunReport::seconds));
            RunReport median = runs.get(runs.size() / 2);
            reports.add(median);
            if (reportFile != null) {
                pages.add(recorders.get(median).run(names.get(i), median)); // the report shows the median run
            }
            spreadSeconds.add(runs.get(runs.size() - 1).seconds() - runs.get(0).seconds());
            spreads.add(String.format(java.util.Locale.ROOT, "%s %.3f s (spread %.3f)", names.get(i),
                    runs.get(runs.size() / 2).seconds(), runs.get(runs.size() - 1).seconds() - runs.get(0).seconds()));
        }
        if (run.json) {
            List<CommandJson.CompareEntry> entries = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                RunReport median = reports.get(i);
                entries.add(new CommandJson.CompareEntry(median.collector(), median.seconds(), spreadSeconds.get(i),
                        null, null, median.pauseMillis().max(), median.collections(), null,
                        ReportTable.failure(median), median));
            }
            context.out().print(CommandJson.compare(false, workload, repeat, entries));
        } else {
            ReportTable.compare(reports).forEach(context.out()::println);
            context.out().println("median of " + repeat + " run" + (repeat == 1 ? "" : "s") + " after a warm-up run: "
                    + String.join(", ", spreads));
        }
        context.out().flush();
        int code = ErrorReporter.OK;
        for (RunReport r : reports) {
            String failure = ReportTable.failure(r);
            if (failure != null) {
                context.err().println("pyheap: the run under " + r.collector() + " failed: " + failure);
                code = ErrorReporter.RUN_FAILED;
            }
        }
        context.err().flush();
        if (reportFile != null) {
            code = Math.max(code, reportOption.write(context, reportFile, "pyheap compare --workload " + workload,
                    pages));
        }
        return code;
    }
}
