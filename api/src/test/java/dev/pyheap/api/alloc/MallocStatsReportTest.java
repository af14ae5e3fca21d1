package dev.pyheap.api.alloc;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report against the {@code sys._debugmallocstats()} sample of CPYTHON-3.11-FACTS.md §1.6.
 *
 * <p>The sample elides the rows of classes 6 to 29, so the snapshot holds only the rows it shows
 * (0 to 5, 30, 31) while its byte breakdown is the sample's, which covers every class: the six
 * breakdown lines sum to 4 arenas * 1 MiB, but the listed rows alone sum to less.
 */
class MallocStatsReportTest {

    static final List<SizeClassUsage> SAMPLE_CLASSES = List.of(
            new SizeClassUsage(0, 16, 2, 1107, 935),
            new SizeClassUsage(1, 32, 6, 2893, 167),
            new SizeClassUsage(2, 48, 13, 4245, 175),
            new SizeClassUsage(3, 64, 58, 14567, 223),
            new SizeClassUsage(4, 80, 37, 7464, 84),
            new SizeClassUsage(5, 96, 9, 1526, 4),
            new SizeClassUsage(30, 496, 2, 34, 30),
            new SizeClassUsage(31, 512, 2, 50, 12));

    /** The sample's figures, plus two raw blocks of 48 KiB and a block count of our choosing. */
    static final AllocatorSnapshot PYMALLOC = new AllocatorSnapshot("pymalloc", true, SAMPLE_CLASSES, 32, 512,
            1 << 20, 1 << 14,
            4, 0, 4, 4,
            3_696_560, 321_776, 5, 11_856, 16_656, 65_536,
            2, 98_304, 60_125, 4 * (1 << 20) + 98_304, -1, Optional.empty(), Optional.empty());

    /** 60,000 live blocks, 122 in quarantine and 3 retired are the 60,125 blocks the wrapped pymalloc holds. */
    static final DebugOverhead OVERHEAD = new DebugOverhead(60_000, 2_150_000, 60_000 * 24, 122, 9_000, 1 << 20, 3);

    static final AllocatorSnapshot MALLOC = new AllocatorSnapshot("malloc", false, List.of(), 32, 512,
            1 << 20, 1 << 14,
            0, 0, 0, 0,
            0, 0, 0, 0, 0, 0,
            31_889, 2_345_678, 31_889, 2_345_678, 64L << 20, Optional.empty(), Optional.empty());

    static final String SAMPLE_POOLS = """
            Small block threshold = 512, in 32 size classes.

            class   size   num pools   blocks in use  avail blocks
            -----   ----   ---------   -------------  ------------
                0     16           2            1107           935
                1     32           6            2893           167
                2     48          13            4245           175
                3     64          58           14567           223
                4     80          37            7464            84
                5     96           9            1526             4
               30    496           2              34            30
               31    512           2              50            12

            # arenas allocated total           =                    4
            # arenas reclaimed                 =                    0
            # arenas highwater mark            =                    4
            # arenas allocated current         =                    4
            4 arenas * 1048576 bytes/arena     =            4,194,304

            # bytes in allocated blocks        =            3,696,560
            # bytes in available blocks        =              321,776
            5 unused pools * 16384 bytes       =               81,920
            # bytes lost to pool headers       =               11,856
            # bytes lost to quantization       =               16,656
            # bytes lost to arena alignment    =               65,536
            Total                              =            4,194,304

            """;

    static final String PYMALLOC_RAW = """
            # raw blocks in use                =                    2
            # bytes in raw blocks              =               98,304
            # blocks (sys.getallocatedblocks)  =               60,125
            # bytes mapped (arenas + raw)      =            4,292,608
            """;

    /** Under the debug hooks sys.getallocatedblocks() counts the program's 60,000 blocks, not the 125 freed ones. */
    static final String PYMALLOC_DEBUG_RAW = """
            # raw blocks in use                =                    2
            # bytes in raw blocks              =               98,304
            # blocks (sys.getallocatedblocks)  =               60,000
            # bytes mapped (arenas + raw)      =            4,292,608
            """;

    static final String DEBUG_SECTION = """

            Debug hooks of 'pymalloc_debug'
            # live blocks                      =               60,000
            # bytes requested in live blocks   =            2,150,000
            # bytes in debug pads              =            1,440,000
            # blocks in quarantine             =                  122
            # bytes in quarantine              =                9,000
            # quarantine limit in bytes        =            1,048,576
            # blocks retired (found damaged)   =                    3
            # blocks held by the allocator     =               60,125
            """;

    @Test
    void pooledReportMatchesTheCPythonSample() {
        assertEquals(SAMPLE_POOLS + PYMALLOC_RAW, MallocStatsReport.format(PYMALLOC));
    }

    @Test
    void theSampleLinesQuotedInTheFactsAppearVerbatim() {
        List<String> lines = MallocStatsReport.format(PYMALLOC).lines().toList();
        assertTrue(lines.contains("class   size   num pools   blocks in use  avail blocks"));
        assertTrue(lines.contains("-----   ----   ---------   -------------  ------------"));
        assertTrue(lines.contains("    0     16           2            1107           935"));
        assertTrue(lines.contains("# arenas allocated total           =                    4"));
        assertTrue(lines.contains("Total                              =            4,194,304"));
        // printone: 35 columns of label, '=', 21 columns of value; 12 pool lines and 4 of our own
        assertEquals(16, lines.stream().filter(l -> l.length() == 57 && l.charAt(35) == '=').count());
    }

    @Test
    void debugSectionFollowsTheWrappedAllocatorsFigures() {
        AllocatorSnapshot debug = PYMALLOC.withDebug("pymalloc_debug", OVERHEAD);
        assertEquals(SAMPLE_POOLS + PYMALLOC_DEBUG_RAW + DEBUG_SECTION, MallocStatsReport.format(debug));
    }

    @Test
    void nonPooledReportHasOnlyRawFiguresAndTheLimit() {
        assertEquals("""
                No pools in use: allocator 'malloc' serves every request from the raw allocator.

                # raw blocks in use                =               31,889
                # bytes in raw blocks              =            2,345,678
                # blocks (sys.getallocatedblocks)  =               31,889
                # bytes mapped (arenas + raw)      =            2,345,678
                # heap limit                       =           67,108,864
                """, MallocStatsReport.format(MALLOC));
    }

    @Test
    void pooledFiguresReconcileInTheRenderedReport() {
        Map<String, Long> v = values(MallocStatsReport.format(PYMALLOC));
        long total = v.get("Total");
        assertEquals(4_194_304, total);
        assertEquals(total, v.get("4 arenas * 1048576 bytes/arena"));
        assertEquals(total, v.get("# bytes in allocated blocks") + v.get("# bytes in available blocks")
                + v.get("5 unused pools * 16384 bytes") + v.get("# bytes lost to pool headers")
                + v.get("# bytes lost to quantization") + v.get("# bytes lost to arena alignment"));
        assertEquals(v.get("# arenas allocated total") - v.get("# arenas allocated current"),
                v.get("# arenas reclaimed"));
        assertEquals(total + v.get("# bytes in raw blocks"), v.get("# bytes mapped (arenas + raw)"));
        // 247 non-empty pools (48-byte headers) and 5 unused ones fill 4 arenas of 63 pools (one lost to alignment each)
        assertEquals(247 * 48, v.get("# bytes lost to pool headers"));
        assertEquals(4 * 16384, v.get("# bytes lost to arena alignment"));
        assertFalse(v.containsKey("# heap limit"));
    }

    @Test
    void debugFiguresReconcileWithTheWrappedAllocator() {
        Map<String, Long> v = values(MallocStatsReport.format(PYMALLOC.withDebug("pymalloc_debug", OVERHEAD)));
        assertEquals(v.get("# blocks (sys.getallocatedblocks)"), v.get("# live blocks"));
        assertEquals(v.get("# blocks held by the allocator"), v.get("# live blocks") + v.get("# blocks in quarantine")
                + v.get("# blocks retired (found damaged)"));
        assertEquals(24 * v.get("# live blocks"), v.get("# bytes in debug pads"));
        assertTrue(v.get("# bytes in quarantine") <= v.get("# quarantine limit in bytes"));
        assertTrue(v.get("# bytes requested in live blocks") + v.get("# bytes in debug pads")
                + v.get("# bytes in quarantine")
                <= v.get("# bytes in allocated blocks") + v.get("# bytes in raw blocks"));
    }

    @Test
    void mallocFiguresReconcile() {
        AllocatorSnapshot debug = MALLOC.withDebug("malloc_debug",
                new DebugOverhead(31_800, 1_500_000, 31_800 * 24, 89, 4_000, 1 << 20, 0));
        String report = MallocStatsReport.format(debug);
        assertTrue(report.contains("\nDebug hooks of 'malloc_debug'\n"));
        assertFalse(report.contains("arenas allocated"));
        Map<String, Long> v = values(report);
        assertEquals(v.get("# bytes in raw blocks"), v.get("# bytes mapped (arenas + raw)"));
        assertEquals(v.get("# live blocks"), v.get("# blocks (sys.getallocatedblocks)"));
        assertEquals(v.get("# raw blocks in use"), v.get("# live blocks") + v.get("# blocks in quarantine"));
        assertEquals(v.get("# raw blocks in use"), v.get("# blocks held by the allocator"));
    }

    /** CPython 3.11.7's arena map section on 64-bit (python3 -c "import sys; sys._debugmallocstats()" here). */
    static final String CPYTHON_ARENA_MAP = """

            arena map counts
            # arena map mid nodes              =                    1
            # arena map bot nodes              =                    1

            # bytes lost to arena map root     =              262,144
            # bytes lost to arena map mid      =              262,144
            # bytes lost to arena map bot      =              131,072
            Total                              =              655,360
            """;

    /** CPython 3.11.7's free-list lines, a few of them, as its sys._debugmallocstats() printed them. */
    static final String CPYTHON_FREE_LISTS = """
                        8 free PyDictObjects * 48 bytes each =                  384
                       4 free PyFloatObjects * 24 bytes each =                   96
                       40 free PyListObjects * 40 bytes each =                1,600
               4 free 1-sized PyTupleObjects * 32 bytes each =                  128
             0 free 10-sized PyTupleObjects * 104 bytes each =                    0
             6 free 20-sized PyTupleObjects * 184 bytes each =                1,104
            """;

    @Test
    void theArenaMapSectionFollowsTheByteBreakdownAsInCPython() {
        AllocatorSnapshot withMap = new AllocatorSnapshot("pymalloc", true, SAMPLE_CLASSES, 32, 512, 1 << 20, 1 << 14,
                4, 0, 4, 4, 3_696_560, 321_776, 5, 11_856, 16_656, 65_536, 2, 98_304, 60_125, 4 * (1 << 20) + 98_304,
                -1, Optional.empty(), Optional.of(new ArenaMapUsage(1, 1, 262_144, 262_144, 131_072)));
        String pools = SAMPLE_POOLS.substring(0, SAMPLE_POOLS.length() - 1); // without the blank line that ends it
        assertEquals(pools + CPYTHON_ARENA_MAP + "\n" + PYMALLOC_RAW, MallocStatsReport.format(withMap));
    }

    @Test
    void freeListLinesAreCPythonsLines() {
        StringBuilder out = new StringBuilder();
        MallocStatsReport.freeListLine(out, "free PyDictObject", 8, 48);
        MallocStatsReport.freeListLine(out, "free PyFloatObject", 4, 24);
        MallocStatsReport.freeListLine(out, "free PyListObject", 40, 40);
        MallocStatsReport.freeListLine(out, "free 1-sized PyTupleObject", 4, 32);
        MallocStatsReport.freeListLine(out, "free 10-sized PyTupleObject", 0, 104);
        MallocStatsReport.freeListLine(out, "free 20-sized PyTupleObject", 6, 184);
        assertEquals(CPYTHON_FREE_LISTS, out.toString());
    }

    @Test
    void theWholeReportIsCPythonsSectionsThenOurOwnLines() {
        String report = MallocStatsReport.format(PYMALLOC, CPYTHON_FREE_LISTS);
        assertEquals(SAMPLE_POOLS + CPYTHON_FREE_LISTS + "\n" + PYMALLOC_RAW, report);
    }

    @Test
    void classesWithoutPoolsAreLeftOutAsCPythonDoes() {
        AllocatorSnapshot withEmpty = new AllocatorSnapshot("pymalloc", true,
                List.of(new SizeClassUsage(0, 16, 1, 1, 1020), new SizeClassUsage(1, 32, 0, 0, 0)), 32, 512,
                1 << 20, 1 << 14, 1, 0, 1, 1, 16, 16_320, 62, 48, 0, 16_384, 0, 0, 1, 1 << 20, -1, Optional.empty(),
                Optional.empty());
        String report = MallocStatsReport.format(withEmpty);
        assertTrue(report.contains("\n    0     16           1               1          1020\n\n"), report);
        assertFalse(report.contains("    1     32"));
        assertEquals(1L << 20, values(report).get("Total"));
    }

    @Test
    void printoneAlignsLabelsAndGroupsThousands() {
        StringBuilder out = new StringBuilder();
        MallocStatsReport.line(out, "short", 0);
        MallocStatsReport.line(out, "short", 999);
        MallocStatsReport.line(out, "short", 1000);
        MallocStatsReport.line(out, "short", 1_234_567_890_123L);
        MallocStatsReport.line(out, "a label that is longer than thirty-five columns", 7);
        assertEquals("""
                short                              =                    0
                short                              =                  999
                short                              =                1,000
                short                              =    1,234,567,890,123
                a label that is longer than thirty-five columns=                    7
                """, out.toString());
    }

    @Test
    void theDefaultLocaleChangesNothing() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertEquals(SAMPLE_POOLS + PYMALLOC_RAW, MallocStatsReport.format(PYMALLOC));
            Locale.setDefault(Locale.GERMANY); // '.' as grouping separator
            assertEquals(SAMPLE_POOLS + PYMALLOC_RAW, MallocStatsReport.format(PYMALLOC));
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** Every {@code printone} line of a report: label (column 0 to 34) to value (after the '='). */
    static Map<String, Long> values(String report) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : report.lines().toList()) {
            int eq = line.lastIndexOf('=');
            if (eq >= 35 && line.length() == eq + 22) {
                String label = line.substring(0, eq).strip();
                Long previous = values.put(label, Long.parseLong(line.substring(eq + 1).strip().replace(",", "")));
                assertEquals(null, previous, "label printed twice: " + label);
            }
        }
        return values;
    }
}
