package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pyheap demo}: the seed articles' examples ({@code examples/seeds/*.py}, inside the jar) run
 * through the interpreter, each after a line naming its article and what to watch, then the checks
 * of every run: under {@code refcount} the leak check shows the cycles the articles describe.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run the seed articles' examples (examples/seeds/*.py) on the heap.",
        description = {
            "Runs each example of the articles pyheap implements - id() identity, sys.getrefcount 2/3/2,"
                    + " two lists and Person<->Dog in cycles, gc.collect(), objgraph-style counts, tracemalloc -"
                    + " through the interpreter on a fresh heap, after a line telling which article it comes from"
                    + " and what to watch. Each prints what CPython 3.11 prints.",
            "At the end, the sanity checker's and the leak check's verdict for each: with --collector refcount the"
                    + " cycles the articles describe stay behind, as each example declares"
                    + " ('# pyheap: leaks-without-cycle-collector = ...')."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every example ran and passed its checks (a declared leak under refcount included)",
            "1:an example failed (an error, a sanity problem, an undeclared leak)",
            "2:usage or configuration error"
        })
final class DemoCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    private ConfigurationOptions configuration;

    @Option(names = "--collector", paramLabel = "NAME", description = "The collector (same as --set collector=NAME).")
    private String collector;

    @Option(names = "--allocator", paramLabel = "NAME", description = "The allocator (same as --set allocator=NAME).")
    private String allocator;

    @Option(names = "--all", description = "Also run the examples that do not give CPython's output on pyheap yet"
            + " (examples/seeds/PENDING.txt; otherwise each is one line saying why it is left out).")
    private boolean all;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Run only these examples (names without .py, e.g. s004_person_and_dog).")
    private List<String> only;

    DemoCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        List<Bundled.Program> examples = new ArrayList<>();
        for (Bundled.Program p : Bundled.list(Bundled.EXAMPLES)) {
            if (only == null || only.contains(p.name())) {
                examples.add(p);
            }
        }
        if (only != null && examples.size() < new java.util.HashSet<>(only).size()) {
            context.err().println("pyheap: demo --only: no example named " + only.stream()
                    .filter(n -> examples.stream().noneMatch(p -> p.name().equals(n))).toList() + "; available: "
                    + Bundled.list(Bundled.EXAMPLES).stream().map(Bundled.Program::name).toList());
            context.err().flush();
            return ErrorReporter.USAGE;
        }
        String collectorName = effective.get(dev.pyheap.api.config.Options.COLLECTOR);
        List<String> verdicts = new ArrayList<>();
        int code = ErrorReporter.OK;
        java.util.Map<String, String> pending = all ? java.util.Map.of() : Bundled.pending(Bundled.EXAMPLES);
        for (Bundled.Program example : examples) {
            if (pending.containsKey(example.name()) && only == null) {
                context.out().println("== " + example.name() + ".py: left out, not like CPython on pyheap yet ("
                        + pending.get(example.name()) + "); --all runs it");
                context.out().println();
                continue;
            }
            context.out().println("== " + example.name() + ".py: article " + example.headerText("Article"));
            context.out().println("   watch: " + example.headerText("Watch"));
            context.out().flush();
            ProgramRun.Result result = ProgramRun.run(effective, new dev.pyheap.interpreter.run.Runner.Program(example.fileName(), example.source(),
                    context.workingDirectory()), List.of(example.fileName()), context.out(), context.err());
            context.out().println();
            List<String> checks = ProgramRun.describe(result.checks());
            String verdict = result.passed() ? "ok" : "FAILED";
            if (result.exit() != 0) {
                verdict += ", exit code " + result.exit();
            }
            verdicts.add(example.name() + ": " + verdict + "; " + checks.get(1).replace("leak check: ", "leaks: ")
                    + (result.checks().sanity().ok() ? "" : "; " + checks.get(0)));
            if (!result.passed()) {
                code = ErrorReporter.RUN_FAILED;
            }
        }
        context.out().println("checks after each example (collector " + collectorName + "):");
        verdicts.forEach(v -> context.out().println("  " + v));
        context.out().flush();
        return code;
    }
}
