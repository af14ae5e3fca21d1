package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pyheap run --tracemalloc/--top/--snapshot-every/--leaks/--graph} in-process: formats and exit codes. */
class RunInspectionTest {
    private static final String STATISTIC = "[\\w.]+:\\d+: size=\\d+(\\.\\d)? (B|KiB|MiB), count=\\d+, average=\\d+ B";
    private static final String DIFF = "[\\w.]+:\\d+: size=\\d+(\\.\\d)? (B|KiB|MiB) \\([+-]\\d+(\\.\\d)? (B|KiB|MiB)\\),"
            + " count=\\d+ \\([+-]\\d+\\), average=\\d+ B";
    private static final String LEAKS_HEADING = " alive beyond the baseline after the mutators dropped their roots"
            + " and a full collection";

    @TempDir
    Path dir;

    /** An empty PATH: Graphviz's dot is never found. */
    private CliRun pyheap(String... args) {
        return CliRun.run(Map.of("PATH", ""), dir, args);
    }

    private static List<String> after(CliRun r, String heading, int n) {
        List<String> lines = r.outLines();
        int i = lines.indexOf(heading);
        assertTrue(i >= 0, () -> "no line '" + heading + "' in\n" + r);
        return lines.subList(i + 1, Math.min(lines.size(), i + 1 + n));
    }

    @Test
    void leakysTopAllocationSiteIsTheLineThatGrowsTheCache() {
        CliRun r = pyheap("run", "--workload", "leaky", "--ops", "20000", "--tracemalloc", "1", "--top", "3");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        List<String> top = after(r, "tracemalloc: top 3 allocation sites when the mutators finished"
                + " (statistics 'lineno', traced from the end of the load, 1 frame):", 3);
        assertTrue(top.get(0).startsWith("leaky.py:19: size="), r::toString);
        assertEquals(3, top.size());
        top.forEach(line -> assertTrue(line.matches(STATISTIC), line));
        // A list the temporaries' line (11) freed into the free list and line 19 reuses for a payload is
        // traced again at 19 (_PyTraceMalloc_NewReference), so the next site is the retained pairs' line.
        assertTrue(top.get(1).startsWith("leaky.py:16: size="), r::toString);
    }

    @Test
    void snapshotEveryPrintsCompareToDiffsAtTheOperationCounts() {
        CliRun r = pyheap("run", "--workload", "leaky", "--ops", "20000", "--snapshot-every", "8000", "--top", "2");
        assertEquals(0, r.code(), r::toString);
        List<String> headings = r.outLines().stream().filter(l -> l.startsWith("tracemalloc: after")).toList();
        assertEquals(List.of(
                "tracemalloc: after 8,000 ops, top 2 differences from the previous snapshot (compare_to 'lineno'):",
                "tracemalloc: after 16,000 ops, top 2 differences from the previous snapshot (compare_to 'lineno'):"),
                headings);
        List<String> first = after(r, headings.get(0), 2);
        assertTrue(first.get(0).startsWith("leaky.py:19: size="), r::toString);
        first.forEach(line -> assertTrue(line.matches(DIFF), line));
        assertTrue(r.out().contains("traced from the end of the load, 1 frame"), "--snapshot-every implies --tracemalloc 1");
    }

    @Test
    void leaksOfLeakyNameTheGlobalCacheThatHoldsThem() {
        CliRun r = pyheap("run", "--workload", "leaky", "--ops", "20000", "--collector", "refcount", "--leaks");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of(
                "  1,251 Record  global 'cache' -> list[0] -> Record",
                "  1,251 list    global 'cache' -> list[0] -> Record.payload -> list",
                "     19 Dog     global 'cache' -> list[63] -> Person.pet -> Dog",
                "     19 Person  global 'cache' -> list[63] -> Person"),
                after(r, "leaks: 2,540 objects" + LEAKS_HEADING + ", by type, each with one chain from a root:", 5));
    }

    @Test
    void leaksUnderACycleCollectorStillNameTheCache() {
        CliRun r = pyheap("run", "--workload", "leaky", "--ops", "20000", "--leaks");
        assertEquals(0, r.code(), r::toString);
        List<String> groups = after(r, "leaks: 2,540 objects" + LEAKS_HEADING + ", by type, each with one chain from a root:", 4);
        assertTrue(groups.get(0).matches("  1,251 Record  global 'cache' -> list\\[\\d+] -> Record"), groups::toString);
        assertTrue(groups.get(3).matches("     19 Person  global 'cache' -> list\\[\\d+] -> Person"), groups::toString);
    }

    @Test
    void refcountsCyclesHaveNoRootAndSaySo() {
        CliRun r = pyheap("run", "--workload", "cycles", "--ops", "3000", "--collector", "refcount", "--leaks");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("  2,860 Node  unreachable cycle (refcount never frees it)"),
                after(r, "leaks: 2,860 objects" + LEAKS_HEADING + ", by type, each with one chain from a root:", 5));
    }

    @Test
    void aCycleCollectorLeavesNothing() {
        CliRun r = pyheap("run", "--workload", "cycles", "--ops", "3000", "--leaks", "--graph", "g.dot");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.outLines();
        assertEquals(List.of("leaks: nothing" + LEAKS_HEADING, "graph: nothing to draw (no leak), g.dot not written"),
                lines.subList(lines.size() - 2, lines.size()));
        assertFalse(Files.exists(dir.resolve("g.dot")));
    }

    @Test
    void graphDotDrawsTheBiggestGroupsBackReferences() throws Exception {
        CliRun r = pyheap("run", "--workload", "leaky", "--ops", "2000", "--graph", "g.dot");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("graph: the back references of one Record (the biggest group) written to g.dot",
                lines.get(lines.size() - 1));
        String dot = Files.readString(dir.resolve("g.dot"));
        assertTrue(dot.startsWith("digraph"), dot);
        assertTrue(dot.contains("cache"), dot);
    }

    @Test
    void anImageWithoutDotIsAOneLineUsageErrorBeforeTheRun() {
        CliRun r = pyheap("run", "--workload", "leaky", "--ops", "2000", "--graph", "g.svg");
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), "the run did not start");
        assertEquals("pyheap: error: --graph 'g.svg': Graphviz's 'dot' program is not on the PATH; install Graphviz"
                + " (Debian/Ubuntu: apt install graphviz; Fedora: dnf install graphviz; macOS: brew install graphviz)"
                + " or write a .dot file instead (see pyheap run --help)", r.singleErrorLine());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals("pyheap: error: --graph 'g.txt': the file name must end in .dot, .gv, .svg, .png or .pdf"
                + " (see pyheap run --help)", pyheap("run", "--graph", "g.txt").singleErrorLine());
        CliRun frames = pyheap("run", "--tracemalloc", "0");
        assertEquals(2, frames.code());
        assertEquals("pyheap: error: --tracemalloc: the number of frames must be in range [1; 65535], got 0"
                + " (see pyheap run --help)", frames.singleErrorLine());
        CliRun top = pyheap("run", "--tracemalloc", "1", "--top", "0");
        assertEquals(2, top.code());
        assertEquals("pyheap: error: --top must be at least 1, got 0 (see pyheap run --help)", top.singleErrorLine());
        CliRun every = pyheap("run", "--snapshot-every", "often");
        assertEquals(2, every.code());
        assertTrue(every.singleErrorLine().contains("'often' is neither a number of operations (100000) nor a time"
                + " (500ms, 2s)"), every::toString);
    }

    /** With --json the top sites and the leak groups are in the document, nothing on stderr. */
    @Test
    void withJsonTheInspectionIsInTheDocument() {
        CliRun r = pyheap("run", "--workload", "leaky", "--ops", "2000", "--json", "--tracemalloc", "1", "--leaks");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("{\n") && r.out().endsWith("}\n"), r.out());
        assertTrue(r.out().matches("(?s).*\"file\" : \"leaky.py\",\\s*\"line\" : 19,\\s*\"size\" : \\d+.*"), r.out());
        assertTrue(r.out().matches("(?s).*\"type\" : \"Record\",\\s*\"count\" : \\d+,\\s*\"chain\" : \"global 'cache' -> list\\[.*"),
                r.out());
    }
}
