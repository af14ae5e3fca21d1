package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.reports.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code pyheap demo}: the seed articles' examples on a heap, then the run's report. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run the seed articles' examples (the seeds workload) and show the report.",
        description = "Runs the examples of the articles pyheap implements - id() identity, sys.getrefcount 2/3/2,"
                + " two lists and Person<->Dog in cycles, gc.collect(), objgraph-style counts - printing what the"
                + " articles print, then the run's report. Same options as pyheap run, without --workload.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run passed (an expected leak under refcount included)",
            "1:the run failed",
            "2:usage or configuration error"
        })
final class DemoCommand implements Callable<Integer> {
    private final Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigurationOptions configuration;

    @Mixin
    private RunOptions run;

    @Option(names = "--collector", paramLabel = "NAME", description = "The collector (same as --set collector=NAME).")
    private String collector;

    @Option(names = "--allocator", paramLabel = "NAME", description = "The allocator (same as --set allocator=NAME).")
    private String allocator;

    DemoCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        RunReport report = Runner.run(context, effective, run.spec(spec.commandLine(), "seeds"),
                run.json ? context.err() : context.out(), "seeds");
        if (!run.json) {
            context.out().println();
        }
        return RunCommand.print(context, report, run.json);
    }
}
