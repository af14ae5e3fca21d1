package dev.pyheap.cli;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.SizeClassUsage;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.cli.output.CommandJson.Facts;
import dev.pyheap.cli.output.CommandJson.Generation;
import dev.pyheap.cli.output.CommandJson.Pauses;
import dev.pyheap.cli.output.CommandJson.HeapState;
import dev.pyheap.cli.output.CommandJson.Settings;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.PyHeap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts of one Python program's run ({@code pyheap run FILE.py|-c CODE|-}) that {@code --json} prints
 * and {@code --report} shows: the program, its exit, its wall time, the heap's settings, {@code gc.get_stats()}
 * per generation, the pauses, and the heap at the end and at its peak.
 *
 * <p>The peak is sampled: at the start (the heap set up), at the start of every collection (the heap at its
 * fullest before a collection frees), and at the end. A sample walks the allocator's statistics, so after
 * one the collections of the youngest generation, the frequent ones, are not sampled for
 * {@link #COST_FACTOR} times its cost; older generations' (and {@code gc.collect()}'s) always are. The peak's arenas are exact (the allocator's
 * high-water mark), and its mapped bytes never below them. {@link #start} and {@link #end} run with the GIL held.
 */
final class ProgramMeter {
    /** The wait after a sample, in multiples of what the sample cost. */
    static final long COST_FACTOR = 20;

    private final String program;
    private final List<String> argv;
    private final Settings settings;
    private final java.util.Map<String, String> configuration;
    private PyHeap heap;
    private GcCallback callback;
    private HeapState peak;
    private long startNanos;
    private long nextSampleNanos;
    private Facts facts;

    ProgramMeter(String program, List<String> argv, Configuration configuration) {
        this.program = program;
        this.argv = List.copyOf(argv);
        long limit = configuration.get(Options.HEAP_LIMIT);
        this.settings = new Settings(configuration.get(Options.COLLECTOR), configuration.get(Options.ALLOCATOR),
                configuration.get(Options.MEMORY), List.copyOf(configuration.get(Options.GC_THRESHOLD)),
                configuration.get(Options.GC_ENABLED), limit < 0 ? null : limit);
        var map = new java.util.LinkedHashMap<String, String>();
        configuration.all().forEach(s -> map.put(s.option().name(), s.valueText()));
        this.configuration = java.util.Collections.unmodifiableMap(map);
    }

    /** Before the program (GIL held): the first sample, and the collections' callback. */
    void start(PyHeap heap) {
        this.heap = heap;
        startNanos = System.nanoTime();
        sample(startNanos);
        callback = (phase, generation, collected, uncollectable) -> {
            long now = System.nanoTime();
            if (phase.equals("start") && (generation > 0 || now - nextSampleNanos >= 0)) {
                sample(now);
            }
        };
        heap.gc().callbacks().add(callback);
    }

    private void sample(long now) {
        HeapState s = state(heap.metrics().allocator());
        peak = peak == null ? s : peak.max(s);
        nextSampleNanos = System.nanoTime() + COST_FACTOR * (System.nanoTime() - now);
    }

    /** After the program's finalization (GIL held). */
    void end(PyHeap heap, int exitCode, String exception) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        heap.gc().callbacks().remove(callback);
        AllocatorStatistics s = heap.metrics().allocator();
        HeapState end = state(s);
        peak = peak.max(end);
        long highWater = s.arenasHighWater();
        peak = new HeapState(Math.max(peak.arenas(), highWater), peak.pools(), peak.blocks(),
                Math.max(peak.bytesMapped(), highWater * s.arenaSize()), peak.bytesAllocated(), peak.bytesInUse());
        var pauses = heap.metrics().collector().pauses();
        facts = new Facts(program, argv, exitCode, exception, seconds, settings, configuration,
                heap.metrics().collector().statistics().stream()
                        .map(g -> new Generation(g.collections(), g.collected(), g.uncollectable())).toList(),
                new Pauses(pauses.count(), pauses.totalNanos(), pauses.p50Nanos(), pauses.p99Nanos(), pauses.maxNanos()),
                end, peak);
    }

    private static HeapState state(AllocatorStatistics s) {
        long pools = s.sizeClasses().stream().mapToLong(SizeClassUsage::pools).sum();
        return new HeapState(s.arenasCurrent(), pools, s.allocatedBlocks(), s.mappedBytes(),
                s.allocatedBlockBytes() + s.rawBytes(), pools * s.poolSize() + s.rawBytes());
    }

    /** What {@link #end} found; null before it. */
    Facts facts() {
        return facts;
    }

    /** The facts as the HTML report's summary rows. */
    static List<List<String>> summary(Facts f) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("program", f.program()));
        rows.add(List.of("sys.argv", String.join(" ", f.argv())));
        rows.add(List.of("exit code", f.exitCode() + (f.exception() == null ? "" : " (" + f.exception() + ")")));
        rows.add(List.of("seconds", String.format(Locale.ROOT, "%.3f", f.seconds())));
        Settings s = f.settings();
        rows.add(List.of("settings", "collector " + s.collector() + ", allocator " + s.allocator() + ", memory "
                + s.memory() + ", thresholds " + s.thresholds() + (s.gcEnabled() ? "" : ", gc disabled")
                + (s.limitBytes() == null ? "" : String.format(Locale.ROOT, ", limit %,d B", s.limitBytes()))));
        for (int g = 0; g < f.gc().size(); g++) {
            Generation gs = f.gc().get(g);
            rows.add(List.of("gc generation " + g, String.format(Locale.ROOT,
                    "%,d collections, %,d collected, %,d uncollectable", gs.collections(), gs.collected(),
                    gs.uncollectable())));
        }
        Pauses p = f.pauses();
        rows.add(List.of("pauses", String.format(Locale.ROOT, "%,d, total %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                p.count(), p.totalNanos() / 1e6, p.p50Nanos() / 1e6, p.p99Nanos() / 1e6, p.maxNanos() / 1e6)));
        rows.add(List.of("heap at the end", heap(f.end())));
        rows.add(List.of("heap at its peak", heap(f.peak())));
        return rows;
    }

    private static String heap(HeapState h) {
        return String.format(Locale.ROOT, "%,d arenas, %,d pools, %,d blocks; %,d B mapped, %,d B allocated,"
                + " %,d B in use", h.arenas(), h.pools(), h.blocks(), h.bytesMapped(), h.bytesAllocated(),
                h.bytesInUse());
    }
}
