package dev.pyheap.cli;

import dev.pyheap.api.UserText;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.ArenaUsage;
import dev.pyheap.cli.output.ArenaMapPicture;
import dev.pyheap.cli.output.CommandJson;
import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationLoader;
import dev.pyheap.api.config.Options;
import dev.pyheap.driver.patterns.AllocatorPattern;
import dev.pyheap.driver.patterns.Batch;
import dev.pyheap.driver.patterns.Churn;
import dev.pyheap.api.Plugins;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code pyheap stats}: runs one of the C anchors' allocation patterns on a fresh heap, prints the
 * time per alloc+free pair of the timed phase, and the allocator's {@code _debugmallocstats} report
 * at the pattern's peak and at its end.
 *
 * <p>Each run first does an untimed warm-up of a tenth of the operations, so the JIT has compiled
 * the allocator before the clock starts. Statistics are taken outside the timed phase: they walk
 * every arena.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run an allocation pattern and print the allocator's statistics.",
        description = {
            "Run an allocation pattern on a new heap, print ns per alloc+free pair (timed phase only, after an"
                    + " untimed warm-up of 1/10 of the ops), then the allocator's statistics at the pattern's peak"
                    + " and at its end (after every block is freed).",
            "Patterns: free32 (alloc+free one 32-byte block, with one other 32-byte block resident as in the C"
                    + " anchor), lifo / shuffle (allocate a batch of random sizes"
                    + " 16..512, free it in reverse / shuffled order), churn (100,000 live blocks, each step frees a"
                    + " random one and allocates a random size)."
        })
final class StatsCommand implements Callable<Integer> {
    private final Context context;
    private final Logger log = LoggerFactory.getLogger(StatsCommand.class);

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigurationOptions configuration;

    @Option(names = "--allocator", paramLabel = "NAME",
            description = "The allocator (same as --set allocator=NAME); see pyheap list.")
    private String allocator;

    @Option(names = "--pattern", paramLabel = "NAME", defaultValue = "churn", converter = PatternConverter.class,
            description = "free32, lifo, shuffle or churn (default: ${DEFAULT-VALUE}).")
    private AllocatorPattern pattern;

    @Option(names = "--ops", paramLabel = "N", converter = CountConverter.class,
            description = "Pairs for free32, blocks per batch for lifo/shuffle, steps for churn"
                    + " (default: the C anchor's count, shown by pyheap list).")
    private Long ops;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0x5EED", converter = SeedConverter.class,
            description = "Seed of the random sizes, decimal or 0x hex (default: ${DEFAULT-VALUE}, as the C anchors).")
    private long seed;

    @Option(names = "--map", paramLabel = "FILE.svg|png",
            description = "Draw the arena map at the pattern's peak (churn: after its steps, before the drain): every arena a row of its pools, coloured by size"
                    + " class and shaded by how full each is (pinned arenas and fragmentation at a glance).")
    private Path map;

    @Option(names = "--debugmallocstats",
            description = "Instead of a pattern, open a heap (allocator, collector and memory as configured) and print"
                    + " sys._debugmallocstats() of it, in CPython 3.11's format: the size classes, arenas, the arena"
                    + " map and the types' free lists, then pyheap's own lines.")
    private boolean debugMallocStats;

    @Option(names = "--json", description = "Print one JSON document (the timing and the statistics at the peak and at"
            + " the end) instead of the text report (schema: dev/pyheap/cli/schemas/stats.schema.json in the jar);"
            + " not with --debugmallocstats, whose report is CPython's text.")
    private boolean json;

    StatsCommand(Context context) {
        this.context = context;
    }

    /** What one run measured. */
    private record Measurement(long timedNanos, long warmUpOps, AllocatorStatistics peak, List<ArenaUsage> peakArenas,
                               AllocatorStatistics end) {
    }

    @Override
    public Integer call() {
        long count = ops != null ? ops : pattern.defaultOps();
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--ops must be at least 1, got " + count);
        }
        if ((pattern == AllocatorPattern.LIFO || pattern == AllocatorPattern.SHUFFLE) && count > Integer.MAX_VALUE - 8) {
            throw new ParameterException(spec.commandLine(),
                    "--ops for " + pattern.cliName() + " is at most " + (Integer.MAX_VALUE - 8) + ", got " + count);
        }
        if (json && debugMallocStats) {
            throw new ParameterException(spec.commandLine(),
                    "--json and --debugmallocstats cannot be used together: that report is CPython's text");
        }
        Path mapFile = null;
        ArenaMapPicture.Format mapFormat = null;
        if (map != null) {
            String shown = "--map " + UserText.quote(map.toString());
            mapFormat = ArenaMapPicture.Format.of(String.valueOf(map.getFileName()));
            if (mapFormat == null) {
                throw new ParameterException(spec.commandLine(), shown + ": the file name must end in .svg or .png");
            }
            mapFile = context.workingDirectory().resolve(map);
            OutputFile.check(spec.commandLine(), shown, mapFile);
        }
        ConfigurationLoader loader = configuration.loader(context);
        if (allocator != null) {
            loader.set(Options.ALLOCATOR.name(), allocator);
        }
        Configuration effective = loader.load();
        if (log.isInfoEnabled()) {
            effective.all().forEach(s -> log.info("option {} = {} ({})", s.option().name(), s.valueText(),
                    ConfigCommand.describe(s)));
        }
        if (debugMallocStats) {
            try (PyHeap heap = PyHeap.open(effective); PyThreadState thread = heap.attach();
                 var gil = thread.gil()) {
                context.out().print(heap.sys().debugmallocstats());
            }
            context.out().flush();
            return 0;
        }
        // The patterns exercise the allocator alone, as the C anchors do: no object model on top.
        try (Allocator a = Plugins.allocator(effective.get(Options.ALLOCATOR)).create(effective)) {
            Measurement m = switch (pattern) {
                case FREE32 -> free32(a, count);
                case LIFO -> batch(a, (int) count, false);
                case SHUFFLE -> batch(a, (int) count, true);
                case CHURN -> churn(a, count);
            };
            String unit = switch (pattern) {
                case FREE32 -> "pairs";
                case LIFO, SHUFFLE -> "blocks";
                case CHURN -> "steps";
            };
            // free32 draws no random numbers, so a seed would mean nothing there.
            String seedText = pattern == AllocatorPattern.FREE32 ? "" : String.format(Locale.ROOT, " seed=0x%x", seed);
            String state = pattern == AllocatorPattern.FREE32
                    ? "; one resident 32-byte block keeps the pool in use, as in the C anchor" : "";
            if (json) {
                context.out().print(CommandJson.stats(new CommandJson.StatsRun(pattern.cliName(), a.name(), count,
                        pattern == AllocatorPattern.FREE32 ? null : seed, (double) m.timedNanos() / count,
                        m.warmUpOps()), m.peak(), m.end()));
            } else {
                context.out().printf(Locale.ROOT,
                        "pattern=%s allocator=%s ops=%d%s ns_per_pair=%.1f (timed phase only, after warm-up"
                                + " of %d untimed %s%s)%n",
                        pattern.cliName(), a.name(), count, seedText, (double) m.timedNanos() / count, m.warmUpOps(),
                        unit, state);
                context.out().println("=== at peak (after allocation phase) ===");
                context.out().print(MallocStatsReport.format(m.peak()));
                context.out().println("=== at end ===");
                context.out().print(MallocStatsReport.format(m.end()));
            }
            context.out().flush();
            if (mapFile != null) {
                String title = String.format(Locale.ROOT, "pyheap stats --pattern %s --ops %d: %s, %d arenas",
                        pattern.cliName(), count, a.name(), m.peakArenas().size());
                try {
                    ArenaMapPicture.write(m.peakArenas(), m.peak().sizeClassCount(), title, mapFormat, mapFile);
                } catch (IOException e) {
                    context.err().println("pyheap: cannot write the arena map: " + UserText.quote(map.toString())
                            + ": " + UserText.reason(e));
                    context.err().flush();
                    return ErrorReporter.RUN_FAILED;
                }
            }
        }
        return 0;
    }

    /**
     * The C anchor's state: one 32-byte block stays allocated throughout (in {@code ab_pymalloc} the
     * embedded interpreter's own 32-byte objects keep a pool of that class in use), so each pair pops
     * and pushes one free-list entry. Without it every free would empty the pool and every allocation
     * take it back from its arena, pymalloc's slow path, which the anchor never measures. Warm-up
     * pairs, the peak (the resident block live), the timed pairs, then the resident block is freed.
     * The seed is unused.
     */
    private Measurement free32(Allocator a, long pairs) {
        long resident = a.allocate(32);
        long warmUp = pairs / 10;
        long checksum = AllocatorPattern.free32(a, warmUp);
        AllocatorStatistics peak = a.statistics();
        List<ArenaUsage> peakArenas = a.arenaMap();
        long start = System.nanoTime();
        checksum += AllocatorPattern.free32(a, pairs);
        long timed = System.nanoTime() - start;
        a.free(resident);
        log.debug("free32 checksum {}", checksum);
        return new Measurement(timed, warmUp, peak, peakArenas, a.statistics());
    }

    /** A warm-up batch of a tenth of the blocks, then the timed batch; the peak is taken between its two phases. */
    private Measurement batch(Allocator a, int blocks, boolean shuffled) {
        int warmUpBlocks = blocks / 10;
        long checksum = 0;
        if (warmUpBlocks > 0) {
            Batch warmUp = new Batch(warmUpBlocks, seed, shuffled);
            warmUp.allocateAll(a);
            checksum += warmUp.freeAll(a);
        }
        Batch batch = new Batch(blocks, seed, shuffled);
        long start = System.nanoTime();
        batch.allocateAll(a);
        long allocation = System.nanoTime() - start;
        AllocatorStatistics peak = a.statistics();
        List<ArenaUsage> peakArenas = a.arenaMap();
        start = System.nanoTime();
        checksum += batch.freeAll(a);
        long free = System.nanoTime() - start;
        log.debug("batch checksum {}", checksum);
        return new Measurement(allocation + free, warmUpBlocks, peak, peakArenas, a.statistics());
    }

    /** The fill (the peak), a tenth of the steps as warm-up, the timed steps, then the drain (the end). */
    private Measurement churn(Allocator a, long steps) {
        Churn churn = new Churn(AllocatorPattern.CHURN_LIVE, seed);
        churn.fill(a);
        AllocatorStatistics peak = a.statistics();
        long warmUp = steps / 10;
        long checksum = churn.steps(a, warmUp);
        long start = System.nanoTime();
        checksum += churn.steps(a, steps);
        long timed = System.nanoTime() - start;
        List<ArenaUsage> peakArenas = a.arenaMap(); // after the steps: the fragmentation they left
        churn.drain(a);
        log.debug("churn checksum {}", checksum);
        return new Measurement(timed, warmUp, peak, peakArenas, a.statistics());
    }

    /** {@code --pattern}: a pattern name, case-insensitive. */
    static final class PatternConverter implements CommandLine.ITypeConverter<AllocatorPattern> {
        @Override
        public AllocatorPattern convert(String value) {
            try {
                return AllocatorPattern.byName(value.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --ops}: a whole number; underscores may group digits ({@code 1_000_000}). */
    static final class CountConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(UserText.quote(value) + " is not a whole number");
            }
        }
    }

    /** {@code --seed}: decimal, or hexadecimal with a {@code 0x} prefix (all 64 bits usable). */
    static final class SeedConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String s = value.strip().replace("_", "");
            try {
                if (s.startsWith("0x") || s.startsWith("0X")) {
                    return Long.parseUnsignedLong(s.substring(2), 16);
                }
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(UserText.quote(value) + " is not a decimal or 0x hex number");
            }
        }
    }
}
