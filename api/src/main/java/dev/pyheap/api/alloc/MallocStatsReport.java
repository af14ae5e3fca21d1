package dev.pyheap.api.alloc;

import java.util.Locale;

/**
 * Renders {@link AllocatorStatistics} in the format of CPython 3.11's {@code sys._debugmallocstats()}
 * ({@code _PyObject_DebugMallocStats}, then {@code _PyObject_DebugTypeStats}): the size-class table,
 * the arena counters, the byte breakdown whose six lines add up to the arena bytes, the arena map's
 * nodes and bytes, and the types' free lists, each line as CPython prints it. Lines beyond CPython's
 * (raw blocks, the mapped total, the heap limit, the debug overhead) follow after them in the same
 * style, so CPython's part reads line for line as CPython's.
 *
 * <p>Under a debug allocator the size-class table and the byte breakdown include the blocks it
 * holds back after the program freed them; {@code sys.getallocatedblocks} does not. The debug
 * section lists those blocks and their sum with the live ones, which equals the pool blocks in use
 * plus the raw blocks.
 */
public final class MallocStatsReport {
    private static final int LABEL_WIDTH = 35;
    private static final int VALUE_WIDTH = 21;

    private MallocStatsReport() {
    }

    /** The allocator's part alone (no free lists), lines ending in {@code \n}: what an allocator without an object model reports. */
    public static String format(AllocatorStatistics s) {
        StringBuilder out = new StringBuilder();
        allocatorPart(s, out);
        ownLines(s, out);
        return out.toString();
    }

    /**
     * The whole of {@code sys._debugmallocstats()}: the allocator's part, a blank line, the free-list
     * lines {@code typeStats} (as {@link #freeListLine} renders them), then a blank line and the lines
     * of our own.
     */
    public static String format(AllocatorStatistics s, String typeStats) {
        StringBuilder out = new StringBuilder();
        allocatorPart(s, out);
        out.append(typeStats).append('\n');
        ownLines(s, out);
        return out.toString();
    }

    /** {@code _PyObject_DebugMallocStats} and the blank line {@code sys._debugmallocstats} writes after it. */
    private static void allocatorPart(AllocatorStatistics s, StringBuilder out) {
        if (s.pooled()) {
            formatPools(s, out);
            s.arenaMap().ifPresent(m -> formatArenaMap(m, out));
        } else {
            out.append("No pools in use: allocator '").append(s.allocator())
                    .append("' serves every request from the raw allocator.\n");
        }
        out.append('\n');
    }

    /** The lines of our own: raw blocks, the mapped total, the limit, a debug allocator's overhead. */
    private static void ownLines(AllocatorStatistics s, StringBuilder out) {
        line(out, "# raw blocks in use", s.rawBlocks());
        line(out, "# bytes in raw blocks", s.rawBytes());
        line(out, "# blocks (sys.getallocatedblocks)", s.allocatedBlocks()); // fits the 35-column label
        line(out, "# bytes mapped (arenas + raw)", s.mappedBytes());
        if (s.limitBytes() >= 0) {
            line(out, "# heap limit", s.limitBytes());
        }
        s.debug().ifPresent(d -> {
            out.append('\n');
            out.append("Debug hooks of '").append(s.allocator()).append("'\n");
            line(out, "# live blocks", d.liveBlocks());
            line(out, "# bytes requested in live blocks", d.requestedBytes());
            line(out, "# bytes in debug pads", d.padBytes());
            line(out, "# blocks in quarantine", d.quarantinedBlocks());
            line(out, "# bytes in quarantine", d.quarantinedBytes());
            line(out, "# quarantine limit in bytes", d.quarantineLimit());
            line(out, "# blocks retired (found damaged)", d.retiredBlocks());
            line(out, "# blocks held by the allocator", s.heldBlocks());
        });
    }

    /** The radix tree's section, after the byte breakdown as in CPython 3.11 on 64-bit. */
    private static void formatArenaMap(ArenaMapUsage m, StringBuilder out) {
        out.append("\narena map counts\n");
        line(out, "# arena map mid nodes", m.midNodes());
        line(out, "# arena map bot nodes", m.botNodes());
        out.append('\n');
        line(out, "# bytes lost to arena map root", m.rootBytes());
        line(out, "# bytes lost to arena map mid", m.midBytes());
        line(out, "# bytes lost to arena map bot", m.botBytes());
        line(out, "Total", m.totalBytes());
    }

    private static void formatPools(AllocatorStatistics s, StringBuilder out) {
        out.append("Small block threshold = ").append(s.smallRequestThreshold()).append(", in ")
                .append(s.sizeClassCount()).append(" size classes.\n\n");
        out.append("class   size   num pools   blocks in use  avail blocks\n");
        out.append("-----   ----   ---------   -------------  ------------\n");
        for (SizeClassUsage c : s.sizeClasses()) {
            if (c.pools() == 0) {
                continue; // CPython lists only classes with a non-empty pool
            }
            // Locale.ROOT: a default locale with other digits (Arabic, Thai...) would change the columns.
            out.append(String.format(Locale.ROOT, "%5d %6d %11d %15d %13d\n", c.index(), c.blockSize(), c.pools(),
                    c.blocksInUse(), c.availableBlocks()));
        }
        out.append('\n');
        line(out, "# arenas allocated total", s.arenasAllocatedTotal());
        line(out, "# arenas reclaimed", s.arenasReclaimed());
        line(out, "# arenas highwater mark", s.arenasHighWater());
        line(out, "# arenas allocated current", s.arenasCurrent());
        line(out, s.arenasCurrent() + " arenas * " + s.arenaSize() + " bytes/arena", s.arenaBytes());
        out.append('\n');
        line(out, "# bytes in allocated blocks", s.allocatedBlockBytes());
        line(out, "# bytes in available blocks", s.availableBlockBytes());
        line(out, s.unusedPools() + " unused pools * " + s.poolSize() + " bytes", s.unusedPools() * s.poolSize());
        line(out, "# bytes lost to pool headers", s.poolHeaderBytes());
        line(out, "# bytes lost to quantization", s.quantizationBytes());
        line(out, "# bytes lost to arena alignment", s.arenaAlignmentBytes());
        line(out, "Total", s.reconciledArenaBytes());
    }

    /** CPython's {@code printone}: the label padded to column 35, {@code =}, the value with thousands commas in 21 columns. */
    public static void line(StringBuilder out, String label, long value) {
        out.append(label);
        for (int i = label.length(); i < LABEL_WIDTH; i++) {
            out.append(' ');
        }
        out.append('=');
        String digits = String.format(Locale.ROOT, "%,d", value);
        for (int i = digits.length(); i < VALUE_WIDTH; i++) {
            out.append(' ');
        }
        out.append(digits).append('\n');
    }

    /**
     * CPython's {@code _PyDebugAllocatorStats} line for a free list:
     * {@code "%d %ss * %zd bytes each"} right-aligned in 48 columns and a space, then as {@link #line}.
     */
    public static void freeListLine(StringBuilder out, String blockName, long blocks, long blockSize) {
        line(out, String.format(Locale.ROOT, "%48s ", blocks + " " + blockName + "s * " + blockSize + " bytes each"),
                blocks * blockSize);
    }
}
