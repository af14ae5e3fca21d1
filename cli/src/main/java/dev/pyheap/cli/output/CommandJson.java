package dev.pyheap.cli.output;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.SizeClassUsage;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The JSON documents of {@code pyheap stats --json}, {@code config --json} and {@code list --json}, written with
 * Jackson. Each starts with {@code "schema_version"} and {@code "kind"}; its shape is described by
 * {@code dev/pyheap/cli/schemas/KIND.schema.json} (JSON Schema draft 2020-12, shipped in the jar).
 */
public final class CommandJson {
    /** The version of every document kind this class writes. */
    public static final int SCHEMA_VERSION = 1;

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
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
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
