package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.runtime.PyHeap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pyheap repl} (and {@code pyheap} alone on a terminal): CPython's interactive prompt on a
 * heap (Modules/main.c's {@code pymain_repl}, Python/pythonrun.c's {@code PyRun_InteractiveLoop}),
 * with the {@code :} commands of {@link ReplSession} to look at the heap. {@code :collector NAME}
 * ends the session and opens a fresh heap with that collector.
 */
@Command(name = "repl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "An interactive Python prompt on a heap, with commands to look at it (:help).",
        description = {
            "Statements run one at a time in one __main__, as in python3's interactive mode: an expression's value"
                    + " is shown by sys.displayhook (its repr; None is not shown; _ keeps the last one), a block"
                    + " ends with an empty line, an exception prints its traceback and the session goes on.",
            "On a terminal: line editing and a history file (JLine), Ctrl-C gives KeyboardInterrupt, Ctrl-D ends."
                    + " Otherwise (printf 'x=1\\nx\\n' | pyheap repl) as python3 -i with piped input: prompts and"
                    + " the banner on stderr, values on stdout, the end of the input ends the session.",
            "Commands: :heap (arenas, pools, blocks), :gc (counts, thresholds, collections), :refs EXPR"
                    + " (the referrers of a value), :collector NAME (a fresh heap), :help."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the input ended (or SystemExit without a code)",
            "N:SystemExit(N)",
            "2:usage or configuration error"
        })
final class ReplCommand implements Callable<Integer> {
    /** The history file in the home folder, as CPython's {@code ~/.python_history}. */
    static final String HISTORY_FILE = ".pyheap_history";

    private final Context context;
    private final InputStream stdin;

    @Mixin
    private ConfigurationOptions configuration;

    @Option(names = "--collector", paramLabel = "NAME", description = "The collector (same as --set collector=NAME).")
    private String collector;

    @Option(names = "--allocator", paramLabel = "NAME", description = "The allocator (same as --set allocator=NAME).")
    private String allocator;

    @Option(names = {"-q", "--quiet"}, description = "No banner (as python3 -q).")
    private boolean quiet;

    @Option(names = "--history", paramLabel = "FILE",
            description = "The history file on a terminal (default: ~/" + HISTORY_FILE + ").")
    private Path history;

    ReplCommand(Context context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    /** Whether stdin and stdout are a terminal: line editing, as CPython uses readline only then. */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    @Override
    public Integer call() {
        Configuration effective = Runner.configuration(configuration, context, allocator, collector);
        try (ReplInput input = onTerminal() ? ReplInput.terminal(historyFile()) : ReplInput.piped(stdin, context.err())) {
            if (!quiet) {
                context.err().println(banner(effective));
                context.err().println("Type \":help\" for the heap commands; Ctrl-D (end of input) ends.");
            }
            for (;;) {
                ReplSession session = new ReplSession(input, context.out(), context.err(), collectorNames());
                int exit;
                try (PyHeap heap = PyHeap.open(effective)) {
                    exit = new dev.pyheap.interpreter.run.Runner(heap, context.out(), context.err())
                            .interact(List.of(""), context.workingDirectory(), session::run);
                }
                if (session.nextCollector() == null) {
                    context.out().flush();
                    return exit;
                }
                collector = session.nextCollector();
                effective = Runner.configuration(configuration, context, allocator, collector);
                context.err().println("a fresh heap: " + heapLine(effective) + " (the old heap and its names are gone)");
            }
        }
    }

    private Path historyFile() {
        if (history != null) {
            return context.workingDirectory().resolve(history);
        }
        String home = context.environment().getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(HISTORY_FILE);
    }

    private static List<String> collectorNames() {
        return Plugins.collectors().stream().map(CollectorProvider::name).sorted().toList();
    }

    /** CPython's first banner line, with the heap's collector and allocator. */
    static String banner(Configuration configuration) {
        return "Python 3.11 on pyheap " + VersionProvider.version() + " (" + System.getProperty("os.name").toLowerCase(
                java.util.Locale.ROOT) + ", Java " + Runtime.version().feature() + "): " + heapLine(configuration);
    }

    private static String heapLine(Configuration configuration) {
        return "collector " + configuration.get(Options.COLLECTOR) + ", allocator " + configuration.get(Options.ALLOCATOR);
    }
}
