package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.RunReport;
import dev.pyheap.driver.RunReportJson;
import dev.pyheap.driver.Workloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            "2:usage or configuration error"
        })
final class RunCommand implements Callable<Integer> {
    private final Context context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigurationOptions configuration;

    @Mixin
    private RunOptions run;

    @Option(names = "--workload", paramLabel = "W", defaultValue = "gcbench",
            description = "The workload (default: ${DEFAULT-VALUE}).")
    private String workload;

    @Option(names = "--collector", paramLabel = "NAME", description = "The collector (same as --set collector=NAME).")
    private String collector;

    @Option(names = "--allocator", paramLabel = "NAME", description = "The allocator (same as --set allocator=NAME).")
    private String allocator;

    RunCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Workloads.named(workload);
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        RunReport report = Runner.run(context, effective, run.spec(spec.commandLine(), workload),
                run.json ? context.err() : context.out(), workload);
        return print(context, report, run.json);
    }

    /** Prints the report (table or JSON) and, when it failed, one line on stderr; returns the exit code. */
    static int print(Context context, RunReport report, boolean json) {
        if (json) {
            context.out().print(RunReportJson.write(report));
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
