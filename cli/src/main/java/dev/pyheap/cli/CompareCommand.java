package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.cli.output.ReportTable;
import dev.pyheap.cli.output.RunReportJson;
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

/** {@code pyheap compare}: one workload under several collectors, same seed, one table. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run one workload under several collectors with the same seed and compare them.",
        description = "Each collector gets a new heap and the same run (workload, threads, ops or duration, seed);"
                + " the runs happen one after the other in this JVM, so the first also pays for warming up the JIT."
                + " Prints one side-by-side table, or with --json an array of run reports.",
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

    @Option(names = "--workload", paramLabel = "W", required = true, description = "The workload.")
    private String workload;

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
        Workloads.named(workload);
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
        List<RunReport> reports = new ArrayList<>();
        List<dev.pyheap.cli.output.HtmlReport.Run> pages = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            RunSpec runSpec = run.spec(spec.commandLine(), workload);
            ReportRecorder recorder = reportFile == null ? null : new ReportRecorder(null);
            if (recorder != null) {
                runSpec = runSpec.withObserver(recorder);
            }
            RunReport report = Runner.run(context, configurations.get(i), runSpec, context.err(),
                    workload + " under " + names.get(i));
            reports.add(report);
            if (recorder != null) {
                pages.add(recorder.run(names.get(i), report));
            }
        }
        if (run.json) {
            context.out().print(RunReportJson.write(reports));
        } else {
            ReportTable.compare(reports).forEach(context.out()::println);
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
