package dev.pyheap.cli.output;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.SizeClassUsage;
import dev.pyheap.driver.reports.RetentionReport;
import dev.pyheap.driver.reports.RunReport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The JSON documents of the commands that report ({@code run}, {@code compare}, {@code stats}, {@code config},
 * {@code list} with {@code --json}), written with Jackson. Each starts with {@code "schema_version"} and
 * {@code "kind"}; its shape is described by {@code dev/pyheap/cli/schemas/KIND.schema.json} (JSON Schema
 * draft 2020-12, shipped in the jar). Times are in the units their keys name, as doubles.
 */
public final class CommandJson {
    /** The version of the document kinds this class writes, but {@code run}'s. */
    public static final int SCHEMA_VERSION = 1;
    /** The version of the {@code run} document: 2 since it also describes a Python program run without threads. */
    public static final int RUN_SCHEMA_VERSION = 2;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CommandJson() {
    }

    /**
     * One option of {@code pyheap config}.
     *
     * @param name        the option's name
     * @param value       its effective value as text
     * @param source      where it came from: default, file, environment or command line
     * @param origin      the exact place (a file path, an environment variable, --set), null for a default
     * @param description the option's one-line doc
     */
    public record ConfigEntry(String name, String value, String source, String origin, String description) {
    }

    /**
     * One row of {@code pyheap list}.
     *
     * @param name        the name to give on the command line
     * @param description its one-line description
     * @param defaultOps  the default --ops, or null when it has none (runs to its end, or not a pattern/workload)
     */
    public record ListEntry(String name, String description, Long defaultOps) {
    }

    /**
     * What {@code pyheap stats} measured for one pattern.
     *
     * @param pattern   the pattern's name
     * @param allocator the allocator's name
     * @param ops       the timed operations
     * @param seed      the seed, null for a pattern that draws no random numbers
     * @param nsPerPair nanoseconds per alloc+free pair of the timed phase
     * @param warmUpOps the untimed warm-up operations
     */
    public record StatsRun(String pattern, String allocator, long ops, Long seed, double nsPerPair, long warmUpOps) {
    }

    /**
     * A Python program run in the driver's threads ({@code run PROGRAM --threads N}).
     *
     * @param callsMain   each call was of {@code main()} (else a run of the module body)
     * @param calls       calls made, all threads together
     * @param failedCalls calls that ended in an uncaught exception
     * @param checks      the sanity checker and leak check after the program ended, or null without them
     */
    public record ThreadedProgram(boolean callsMain, long calls, long failedCalls, Checks checks) {
    }

    /** The checks after a program ended ({@code ProgramChecks}) as plain values. */
    public record Checks(boolean sanityOk, long sanityChecks, List<String> problems, boolean leakOk,
                         Map<String, Long> expected, Map<String, Long> found, String cycles) {
    }

    /**
     * The heap at one moment of a Python program's run.
     *
     * @param arenas         arenas mapped
     * @param pools          pools in use (holding at least one block)
     * @param blocks         allocated blocks (pool blocks and raw blocks, {@code sys.getallocatedblocks()})
     * @param bytesMapped    bytes mapped: arenas plus raw blocks
     * @param bytesAllocated bytes in allocated blocks: pool blocks at their size class plus raw blocks
     * @param bytesInUse     bytes that cannot go back to the system: pools in use plus raw blocks
     */
    public record HeapState(long arenas, long pools, long blocks, long bytesMapped, long bytesAllocated,
                            long bytesInUse) {
        /** Each figure's maximum of the two. */
        public HeapState max(HeapState o) {
            return new HeapState(Math.max(arenas, o.arenas), Math.max(pools, o.pools), Math.max(blocks, o.blocks),
                    Math.max(bytesMapped, o.bytesMapped), Math.max(bytesAllocated, o.bytesAllocated),
                    Math.max(bytesInUse, o.bytesInUse));
        }
    }

    /** The heap's settings that decide what a Python program's run shows; {@code limitBytes} null when unlimited. */
    public record Settings(String collector, String allocator, String memory, List<Long> thresholds,
                           boolean gcEnabled, Long limitBytes) {
        public Settings {
            thresholds = List.copyOf(thresholds);
        }
    }

    /** One generation's {@code gc.get_stats()} entry. */
    public record Generation(long collections, long collected, long uncollectable) {
    }

    /** The pauses of a run's collections: their count and, in nanoseconds, their total, p50, p99 and maximum. */
    public record Pauses(long count, long totalNanos, long p50Nanos, long p99Nanos, long maxNanos) {
    }

    /**
     * A Python program's run ({@code pyheap run FILE.py|-c CODE|-}).
     *
     * @param program       the file as given, {@code -c}, {@code -} (stdin), or a bundled workload's name
     * @param argv          {@code sys.argv}
     * @param exitCode      the program's exit code
     * @param exception     the type of the exception that ended it (SystemExit included), or null
     * @param seconds       wall time from the heap's set-up to the end of finalization
     * @param configuration every option's effective value
     * @param gc            {@code gc.get_stats()}, one entry per generation
     * @param end           the heap after finalization
     * @param peak          the heap's peak (sampled at each collection's start; arenas exact)
     */
    public record Facts(String program, List<String> argv, int exitCode, String exception, double seconds,
                        Settings settings, Map<String, String> configuration, List<Generation> gc,
                        Pauses pauses, HeapState end, HeapState peak) {
        public Facts {
            argv = List.copyOf(argv);
            gc = List.copyOf(gc);
        }
    }

    /** One top allocation site: its most recent frame, bytes and blocks. */
    public record Site(String file, int line, long size, long count) {
    }

    /**
     * What the inspection options of {@code run} found.
     *
     * @param frames    tracemalloc's frames, 0 when it did not trace
     * @param topSites  the top allocation sites ({@code statistics('lineno')}) at the end, empty without tracing
     * @param retention the leak groups ({@code --leaks}), or null without them
     */
    public record Inspected(int frames, List<Site> topSites, RetentionReport retention) {
        public Inspected {
            topSites = List.copyOf(topSites);
        }
    }

    /**
     * {@code pyheap run --json}: the driver's report of a workload (or of a Python program's threads, then
     * with {@code program} and without the driver's leak check), and what {@code inspected} found.
     *
     * @param program   the Python program's part, or null for a workload
     * @param inspected the inspection options' results, or null when none was given
     */
    public static String run(RunReport report, ThreadedProgram program, Inspected inspected) {
        ObjectNode root = header("run", RUN_SCHEMA_VERSION);
        report(root, report, program == null);
        if (program == null) {
            root.putNull("program");
        } else {
            ObjectNode p = root.putObject("program");
            p.put("callsMain", program.callsMain());
            p.put("calls", program.calls());
            p.put("failedCalls", program.failedCalls());
            checks(p, program.checks());
        }
        inspected(root, inspected);
        return write(root);
    }

    /**
     * {@code pyheap run --json FILE.py|-c CODE|-}: a Python program's run without the driver's threads: the
     * program, its exit, the heap's settings, {@code gc.get_stats()}, the pauses, the heap at the end and at
     * its peak, what {@code inspected} found, and the checks ({@code --verify}) or null.
     */
    public static String program(Facts f, Inspected inspected, Checks checks) {
        ObjectNode root = header("run", RUN_SCHEMA_VERSION);
        ObjectNode p = root.putObject("python");
        p.put("program", f.program());
        ArrayNode argv = p.putArray("argv");
        f.argv().forEach(argv::add);
        p.put("exitCode", f.exitCode());
        p.put("exception", f.exception());
        p.put("seconds", f.seconds());
        ObjectNode s = root.putObject("settings");
        Settings settings = f.settings();
        s.put("collector", settings.collector());
        s.put("allocator", settings.allocator());
        s.put("memory", settings.memory());
        ArrayNode thresholds = s.putArray("thresholds");
        settings.thresholds().forEach(thresholds::add);
        s.put("gcEnabled", settings.gcEnabled());
        s.put("limitBytes", settings.limitBytes());
        ObjectNode configuration = s.putObject("configuration");
        f.configuration().forEach(configuration::put);
        ArrayNode gc = root.putArray("gc");
        for (Generation g : f.gc()) {
            ObjectNode o = gc.addObject();
            o.put("collections", g.collections());
            o.put("collected", g.collected());
            o.put("uncollectable", g.uncollectable());
        }
        ObjectNode pauses = root.putObject("pauseMillis");
        pauses.put("count", f.pauses().count());
        pauses.put("total", f.pauses().totalNanos() / 1e6);
        pauses.put("p50", f.pauses().p50Nanos() / 1e6);
        pauses.put("p99", f.pauses().p99Nanos() / 1e6);
        pauses.put("max", f.pauses().maxNanos() / 1e6);
        ObjectNode heap = root.putObject("heap");
        heapState(heap.putObject("end"), f.end());
        heapState(heap.putObject("peak"), f.peak());
        inspected(root, inspected);
        checks(root, checks);
        return write(root);
    }

    private static void heapState(ObjectNode o, HeapState h) {
        o.put("arenas", h.arenas());
        o.put("pools", h.pools());
        o.put("blocks", h.blocks());
        o.put("bytesMapped", h.bytesMapped());
        o.put("bytesAllocated", h.bytesAllocated());
        o.put("bytesInUse", h.bytesInUse());
    }

    private static void checks(ObjectNode parent, Checks checks) {
        if (checks == null) {
            parent.putNull("checks");
        } else {
            ObjectNode c = parent.putObject("checks");
            sanity(c.putObject("sanity"), checks.sanityOk(), checks.sanityChecks(), checks.problems());
            ObjectNode leak = c.putObject("leakCheck");
            leak.put("ok", checks.leakOk());
            counts(leak.putObject("expected"), checks.expected());
            counts(leak.putObject("found"), checks.found());
            leak.put("cycles", checks.cycles());
        }
    }

    /**
     * One collector's column of {@code pyheap compare}: its counted runs as median and spread.
     *
     * @param gcMillisMedian total collection time of a run (Python programs), or null (Java workloads)
     * @param exitCode       a Python program's first non-zero exit code over the runs (else 0), or null (Java workloads)
     * @param failure        why a run failed its checks, or null
     * @param report         a Java workload's median run, or null (Python programs)
     */
    public record CompareEntry(String collector, double secondsMedian, double secondsSpread, Double gcMillisMedian,
                               Double gcMillisSpread, double maxPauseMillis, List<Long> collections, Integer exitCode,
                               String failure, RunReport report) {
        public CompareEntry {
            collections = List.copyOf(collections);
        }
    }

    /**
     * {@code pyheap compare --json}.
     *
     * @param python whether {@code name} is a Python program's command line (else a Java workload's name)
     */
    public static String compare(boolean python, String name, int repeat, List<CompareEntry> entries) {
        ObjectNode root = header("compare");
        ObjectNode program = root.putObject("program");
        program.put("kind", python ? "python" : "workload");
        program.put("name", name);
        root.put("repeat", repeat);
        ArrayNode collectors = root.putArray("collectors");
        for (CompareEntry e : entries) {
            ObjectNode c = collectors.addObject();
            c.put("collector", e.collector());
            medianAndSpread(c.putObject("seconds"), e.secondsMedian(), e.secondsSpread());
            if (e.gcMillisMedian() == null) {
                c.putNull("gcMillis");
            } else {
                medianAndSpread(c.putObject("gcMillis"), e.gcMillisMedian(), e.gcMillisSpread());
            }
            c.put("maxPauseMillis", e.maxPauseMillis());
            ArrayNode collections = c.putArray("collections");
            e.collections().forEach(collections::add);
            c.put("exitCode", e.exitCode());
            c.put("failure", e.failure());
            if (e.report() == null) {
                c.putNull("report");
            } else {
                report(c.putObject("report"), e.report(), true);
            }
        }
        return write(root);
    }

    private static void medianAndSpread(ObjectNode o, double median, double spread) {
        o.put("median", median);
        o.put("spread", spread);
    }

    private static void report(ObjectNode o, RunReport r, boolean withLeakCheck) {
        o.put("collector", r.collector());
        o.put("allocator", r.allocator());
        o.put("workload", r.workload());
        o.put("threads", r.threads());
        o.put("seed", r.seed());
        o.put("yield", r.yieldPolicy());
        o.put("ops", r.ops());
        o.put("seconds", r.seconds());
        o.put("opsPerSecond", r.opsPerSecond());
        ArrayNode shares = o.putArray("threadShares");
        r.threadShares().forEach(shares::add);
        ObjectNode gil = o.putObject("gil");
        gil.put("switches", r.gil().switches());
        gil.put("forcedSwitches", r.gil().forcedSwitches());
        gil.put("waitMillis", r.gil().waitMillis());
        ArrayNode collections = o.putArray("collections");
        r.collections().forEach(collections::add);
        o.put("collected", r.collected());
        o.put("uncollectable", r.uncollectable());
        ObjectNode pauses = o.putObject("pauseMillis");
        pauses.put("count", r.pauseMillis().count());
        pauses.put("p50", r.pauseMillis().p50());
        pauses.put("p99", r.pauseMillis().p99());
        pauses.put("max", r.pauseMillis().max());
        ObjectNode heap = o.putObject("heap");
        heap.put("peakBytes", r.heap().peakBytes());
        heap.put("finalBytes", r.heap().finalBytes());
        heap.put("arenasAllocated", r.heap().arenasAllocated());
        heap.put("arenasReclaimed", r.heap().arenasReclaimed());
        heap.put("arenasHighWater", r.heap().arenasHighWater());
        if (withLeakCheck) {
            ObjectNode leak = o.putObject("leakCheck");
            leak.put("ok", r.leakCheck().ok());
            leak.put("expectedObjects", r.leakCheck().expectedObjects());
            leak.put("leakedObjects", r.leakCheck().leakedObjects());
            counts(leak.putObject("byType"), r.leakCheck().byType());
            leak.put("expectedBlocks", r.leakCheck().expectedBlocks());
            leak.put("leakedBlocks", r.leakCheck().leakedBlocks());
        } else {
            o.putNull("leakCheck");
        }
        sanity(o.putObject("sanity"), r.sanity().ok(), r.sanity().checks(), r.sanity().problems());
        ObjectNode configuration = o.putObject("configuration");
        r.configuration().forEach(configuration::put);
    }

    private static void sanity(ObjectNode o, boolean ok, long checks, List<String> problems) {
        o.put("ok", ok);
        o.put("checks", checks);
        ArrayNode list = o.putArray("problems");
        problems.forEach(list::add);
    }

    private static void counts(ObjectNode o, Map<String, Long> byType) {
        byType.forEach(o::put);
    }

    private static void inspected(ObjectNode root, Inspected inspected) {
        if (inspected == null || inspected.frames() == 0) {
            root.putNull("tracemalloc");
        } else {
            ObjectNode t = root.putObject("tracemalloc");
            t.put("frames", inspected.frames());
            ArrayNode top = t.putArray("top");
            for (Site s : inspected.topSites()) {
                ObjectNode site = top.addObject();
                site.put("file", s.file());
                site.put("line", s.line());
                site.put("size", s.size());
                site.put("count", s.count());
            }
        }
        if (inspected == null || inspected.retention() == null) {
            root.putNull("leaks");
        } else {
            ObjectNode l = root.putObject("leaks");
            l.put("objects", inspected.retention().objects());
            ArrayNode groups = l.putArray("groups");
            for (RetentionReport.Group g : inspected.retention().groups()) {
                ObjectNode group = groups.addObject();
                group.put("type", g.type());
                group.put("count", g.count());
                group.put("chain", g.chain());
                group.put("why", g.why());
            }
        }
    }

    /** {@code pyheap config --json}. */
    public static String config(List<ConfigEntry> options) {
        ObjectNode root = header("config");
        ArrayNode array = root.putArray("options");
        for (ConfigEntry e : options) {
            ObjectNode o = array.addObject();
            o.put("name", e.name());
            o.put("value", e.value());
            o.put("source", e.source());
            o.put("origin", e.origin()); // Jackson writes null for null
            o.put("description", e.description());
        }
        return write(root);
    }

    /** {@code pyheap list --json}. */
    public static String list(List<ListEntry> allocators, List<ListEntry> collectors, List<ListEntry> patterns,
                              List<ListEntry> pythonWorkloads, List<ListEntry> javaWorkloads) {
        ObjectNode root = header("list");
        entries(root.putArray("allocators"), allocators, false);
        entries(root.putArray("collectors"), collectors, false);
        entries(root.putArray("patterns"), patterns, true);
        entries(root.putArray("pythonWorkloads"), pythonWorkloads, false);
        entries(root.putArray("javaWorkloads"), javaWorkloads, true);
        return write(root);
    }

    /** {@code pyheap stats --json}: the run and the allocator's statistics at the peak and at the end. */
    public static String stats(StatsRun run, AllocatorStatistics peak, AllocatorStatistics end) {
        ObjectNode root = header("stats");
        root.put("pattern", run.pattern());
        root.put("allocator", run.allocator());
        root.put("ops", run.ops());
        root.put("seed", run.seed()); // null for free32
        root.put("nsPerPair", run.nsPerPair());
        root.put("warmUpOps", run.warmUpOps());
        statistics(root.putObject("peak"), peak);
        statistics(root.putObject("end"), end);
        return write(root);
    }

    private static ObjectNode header(String kind) {
        return header(kind, SCHEMA_VERSION);
    }

    private static ObjectNode header(String kind, int version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", version);
        root.put("kind", kind);
        return root;
    }

    private static void entries(ArrayNode array, List<ListEntry> rows, boolean withOps) {
        for (ListEntry e : rows) {
            ObjectNode o = array.addObject();
            o.put("name", e.name());
            o.put("description", e.description());
            if (withOps) {
                o.put("defaultOps", e.defaultOps()); // null when it has none
            }
        }
    }

    private static void statistics(ObjectNode o, AllocatorStatistics s) {
        o.put("pooled", s.pooled());
        o.put("sizeClassCount", s.sizeClassCount());
        o.put("smallRequestThreshold", s.smallRequestThreshold());
        o.put("arenaSize", s.arenaSize());
        o.put("poolSize", s.poolSize());
        o.put("arenasAllocatedTotal", s.arenasAllocatedTotal());
        o.put("arenasReclaimed", s.arenasReclaimed());
        o.put("arenasHighWater", s.arenasHighWater());
        o.put("arenasCurrent", s.arenasCurrent());
        o.put("allocatedBlocks", s.allocatedBlocks());
        o.put("allocatedBlockBytes", s.allocatedBlockBytes());
        o.put("availableBlockBytes", s.availableBlockBytes());
        o.put("unusedPools", s.unusedPools());
        o.put("poolHeaderBytes", s.poolHeaderBytes());
        o.put("quantizationBytes", s.quantizationBytes());
        o.put("arenaAlignmentBytes", s.arenaAlignmentBytes());
        o.put("rawBlocks", s.rawBlocks());
        o.put("rawBytes", s.rawBytes());
        o.put("mappedBytes", s.mappedBytes());
        o.put("limitBytes", s.limitBytes());
        ArrayNode classes = o.putArray("sizeClasses");
        for (SizeClassUsage c : s.sizeClasses()) {
            ObjectNode n = classes.addObject();
            n.put("index", c.index());
            n.put("blockSize", c.blockSize());
            n.put("pools", c.pools());
            n.put("blocksInUse", c.blocksInUse());
            n.put("availableBlocks", c.availableBlocks());
        }
    }

    private static String write(ObjectNode root) {
        return MAPPER.writeValueAsString(root) + System.lineSeparator();
    }
}
