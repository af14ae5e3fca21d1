package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.runtime.GilScope;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pyheap run} and {@code compare} of the Java workloads in-process: tables, JSON, exit codes, one-line errors. */
class RunCommandTest {
    @TempDir
    Path dir;

    private CliRun pyheap(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    static Stream<String> collectorsThatReclaimCycles() {
        return Plugins.collectors().stream().map(CollectorProvider::name).filter(name -> {
            try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", name)));
                 PyThreadState t = heap.attach(); GilScope gil = t.gil()) {
                return heap.metrics().collector().leakReport().isEmpty();
            }
        });
    }

    @Test
    void runPrintsATableAndNothingOnStderr() {
        CliRun r = pyheap("run", "--workload", "lists", "--ops", "3000", "--threads", "2", "--yield", "every:10",
                "--collector", "refcount");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("lists on refcount + pymalloc, 2 threads, seed 0x5eed, yield every:10", lines.get(0));
        assertTrue(lines.get(1).matches("  ops {12}3,000 in \\d+\\.\\d{3} s \\([\\d,]+ ops/s\\)"), lines.get(1));
        assertEquals("  thread shares  50.0% 50.0%", lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  leak check     ok: the expected leak of a collector that"
                + " never reclaims cycles (refcount): ")), r::toString);
        assertTrue(lines.get(lines.size() - 1).matches("  sanity {9}ok \\([\\d,]+ checks\\)"), r::toString);
    }

    @Test
    void runJsonIsTheReportObjectAlone() {
        CliRun r = pyheap("run", "--workload", "strings", "--ops", "1000", "--json", "--seed", "7",
                "--set", "gc.threshold=500");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("{\n  \"schema_version\" : 2,\n  \"kind\" : \"run\",\n"
                + "  \"collector\" : \"generational\",\n"), r.out());
        assertTrue(r.out().contains("\n  \"workload\" : \"strings\",\n  \"threads\" : 1,\n  \"seed\" : 7,\n"), r.out());
        assertTrue(r.out().contains("\n    \"gc.threshold\" : \"500\",\n"), r.out());
        assertTrue(r.out().endsWith("}\n"), r.out());
    }

    @Test
    void compareHasAColumnPerCollector() {
        List<String> all = Plugins.collectors().stream().map(CollectorProvider::name).toList();
        CliRun r = pyheap("compare", "--workload", "cycles", "--ops", "3000");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertEquals("cycles on pymalloc, 1 thread, seed 0x5eed, yield switchinterval", r.outLines().get(0));
        assertEquals(List.of(all), List.of(List.of(r.outLines().get(1).strip().split(" +"))));
        assertTrue(r.outLines().get(2).matches("  ops( +3,000){" + all.size() + "}"), r::toString);
    }

    @Test
    void compareJsonListsTheCollectorsInTheOrderAsked() {
        CliRun r = pyheap("compare", "--workload", "lists", "--ops", "500", "--collectors", "refcount,refcount", "--json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("{\n  \"schema_version\" : 1,\n  \"kind\" : \"compare\","), r.out());
        assertEquals(1, r.out().split("\"seconds\" : \\{", -1).length - 1, "a collector named twice runs once");
        assertTrue(r.out().endsWith("}\n"), r.out());
        CliRun two = pyheap("compare", "--workload", "lists", "--ops", "500", "--collectors", "refcount,marksweep", "--json");
        assertEquals(0, two.code(), two::toString);
        int refcount = two.out().indexOf("\"collector\" : \"refcount\"");
        int marksweep = two.out().indexOf("\"collector\" : \"marksweep\"");
        assertTrue(refcount >= 0 && marksweep > refcount, "runs in the order asked: " + two.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run --ops 10 --duration 1s | pyheap: error: --ops and --duration cannot be used together (see pyheap run --help)",
        "run --threads 0 | pyheap: error: --threads must be from 1 to 1024, got 0 (see pyheap run --help)",
        "run --workload gcbnch | pyheap: error: unknown workload 'gcbnch'; available: churn, cycles, dicts, gcbench,"
                + " leaky, lists, seeds, strings (see pyheap run --help)",
        "run --yield sometimes | pyheap: error: Invalid value for option '--yield': unknown yield policy 'sometimes';"
                + " use switchinterval, always, every:N, random, random:N or never (see pyheap run --help)",
        "run --duration 0s | pyheap: error: Invalid value for option '--duration': '0s' is not a positive duration"
                + " (e.g. 500ms, 10s, 2m, 1.5s) (see pyheap run --help)",
        "demo --collector nope | pyheap: error: unknown collector 'nope'; available: ",
        "compare --collectors refcount | pyheap: error: give a PROGRAM or --workload W (one of them) (see pyheap compare --help)",
        "compare nothing_here.py | pyheap: error: 'nothing_here.py' is neither a file nor a Python workload (see pyheap list)",
        "compare --repeat 0 cycles | pyheap: error: --repeat must be at least 1, got 0 (see pyheap compare --help)",
        "compare --workload lists --collectors refcount,nope | pyheap: error: unknown collector 'nope'; available: "
    })
    void usageErrorsAreOneLineAndExitTwo(String args, String message) {
        CliRun r = pyheap(args.strip().split(" "));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith(message.strip()), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aMemoryErrorFailsTheRunInOneLine() {
        CliRun r = pyheap("run", "--workload", "gcbench", "--threads", "2", "--set", "heap.limit=3m");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: MemoryError: heap limit reached: "), r::toString);
        assertEquals("", r.out());
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("collectorsThatReclaimCycles")
    void garbageKeptInGcGarbageIsAnUnexpectedLeak(String collector) {
        // DEBUG_SAVEALL: every collected cycle goes to gc.garbage, so the heap keeps it.
        CliRun r = pyheap("run", "--workload", "cycles", "--ops", "500", "--collector", collector, "--set", "gc.debug=32");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: run failed: unexpected leak: found "), r::toString);
        assertTrue(r.out().contains("  leak check     FAILED: found "), r::toString);
    }

    @Test
    void onATerminalARunOverASecondDrawsAProgressBarAndWipesIt() {
        CliRun r = CliRun.onTerminal(Map.of(), dir, "run", "--workload", "lists", "--duration", "1500ms");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().startsWith("\rlists ["), r::toString);
        assertTrue(r.err().matches("(?s).*\\] +\\d+% [\\d,]+ ops  \\d+\\.\\d s.*"), r::toString);
        assertTrue(r.err().matches("(?s).*\\r +\\r"), "wiped at the end: " + r.err());
        assertTrue(r.out().startsWith("lists on generational"), r::toString);
    }

    @Test
    void onATerminalAShortRunDrawsNothing() {
        CliRun r = CliRun.onTerminal(Map.of(), dir, "run", "--workload", "lists", "--ops", "1000");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
    }
}
