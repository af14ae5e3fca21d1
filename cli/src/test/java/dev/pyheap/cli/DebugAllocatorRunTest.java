package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under a debug allocator {@code run}, {@code demo} and {@code stats} agree with
 * {@code sys.getallocatedblocks()}: the blocks freed into the quarantine are freed, so the leak
 * check finds nothing and {@code stats} shows them on their own line (issue 11, item 1).
 */
class DebugAllocatorRunTest {
    @TempDir
    Path dir;

    private CliRun pyheap(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    @Test
    void oneOperationUnderPymallocDebugLeavesNothingBehind() {
        CliRun r = pyheap("run", "--allocator", "pymalloc_debug", "--ops", "1");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().contains("  leak check     ok: nothing left behind\n"), r.out());
    }

    @Test
    void theDemoUnderDebugPasses() {
        // the debug allocator found gc.callbacks' bridge reading the gc module's freed dict at the last
        // collections (the list is now the interpreter's, as CPython's gcstate->callbacks)
        CliRun r = pyheap("demo", "--allocator", "debug", "--only", "s000_names_and_objects,s004_person_and_dog");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().contains("checks after each example (collector generational):"), r.out());
        assertTrue(r.out().contains("  s004_person_and_dog: ok; leaks: ok, nothing left behind\n"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void theJsonReportCountsNoQuarantinedBlock(String collector) {
        CliRun r = pyheap("run", "--workload", "leaky", "--allocator", "malloc_debug", "--collector", collector,
                "--ops", "2000", "--json");
        assertEquals(0, r.code(), r::toString);
        Matcher blocks = Pattern.compile("\"expectedBlocks\" : (\\d+),\\s*\"leakedBlocks\" : (\\d+)").matcher(r.out());
        assertTrue(blocks.find(), r.out());
        assertEquals(blocks.group(1), blocks.group(2), r.out());
        assertEquals(collector.equals("refcount"), !blocks.group(1).equals("0"), r.out());
    }

    /** At the end of lifo every block was freed: none allocated, all of them in the quarantine, and the sums agree. */
    @Test
    void statsShowsQuarantinedBlocksApartFromAllocatedOnes() {
        CliRun r = pyheap("stats", "--allocator", "pymalloc_debug", "--pattern", "lifo", "--ops", "1000");
        assertEquals(0, r.code(), r::toString);
        String end = r.out().substring(r.out().indexOf("=== at end ===\n"));
        Map<String, Long> v = values(end);
        assertEquals(0, v.get("# blocks (sys.getallocatedblocks)"), end);
        assertEquals(0, v.get("# live blocks"), end);
        assertEquals(1100, v.get("# blocks in quarantine"), end); // 100 warm-up blocks and 1,000 timed ones
        assertEquals(0, v.get("# blocks retired (found damaged)"), end);
        long pooled = poolBlocksInUse(end);
        assertEquals(v.get("# blocks held by the allocator"), pooled + v.get("# raw blocks in use"), end);
        assertEquals(v.get("# blocks held by the allocator"), v.get("# blocks in quarantine"), end);
    }

    /** The {@code label = value} lines of a report. */
    private static Map<String, Long> values(String report) {
        Map<String, Long> v = new java.util.HashMap<>();
        for (String line : report.lines().toList()) {
            int eq = line.indexOf('=');
            if (eq == 35) {
                v.put(line.substring(0, eq).strip(), Long.parseLong(line.substring(eq + 1).strip().replace(",", "")));
            }
        }
        return v;
    }

    /** The sum of the size-class table's "blocks in use" column. */
    private static long poolBlocksInUse(String report) {
        long sum = 0;
        List<String> lines = report.lines().toList();
        int start = lines.indexOf("-----   ----   ---------   -------------  ------------");
        for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            sum += Long.parseLong(lines.get(i).strip().split("\\s+")[3]);
        }
        return sum;
    }
}
