package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pyheap run PROGRAM --threads N}: a Python program's {@code main()} (or its module body) in N of
 * the driver's threads under the GIL, then the driver's numbers and, with {@code --verify}, the sanity
 * checker and the leak check. Deterministic facts only (calls, lines printed, counts that reconcile, the
 * checks' verdicts), never timings.
 */
class ThreadedProgramTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    /**
     * The seeded stress run of the shipped {@code sharing} workload: four threads race on a shared list
     * and dict; every call prints its line, the counts of all calls reconcile with the list at exit, the
     * heap is sane, and the leak check holds under every collector (200 Peers a call kept by refcount).
     */
    @ParameterizedTest
    @ValueSource(strings = {"refcount", "marksweep", "generational"})
    void theSharingStressProgramRunsInFourThreadsAndPassesItsChecks(String collector) {
        CliRun r = run("run", "--threads", "4", "--seed", "1234", "--verify", "--collector", collector, "sharing", "600");
        assertEquals(0, r.code(), r::toString);
        List<String> out = r.outLines();
        assertEquals(Collections.nCopies(4, "600 rounds, 100 pairs dropped"), out.subList(0, 4), r::toString);
        assertEquals("4 calls: pushed - popped == len(shared): True", out.get(4), r::toString);
        assertEquals(5, out.size(), r::toString);
        assertTrue(r.err().contains("pyheap: sharing.py on " + collector + " + pymalloc, 4 threads, seed 0x4d2, yield"
                + " switchinterval"), r::toString);
        assertTrue(r.err().contains("calls          4 of main()"), r::toString);
        assertTrue(r.err().contains("pyheap: sanity: ok"), r::toString);
        assertTrue(r.err().contains(collector.equals("refcount")
                ? "pyheap: leak check: ok, left behind as declared without a cycle collector: 800 Peer"
                : "pyheap: leak check: ok, nothing left behind"), r::toString);
    }

    /** The body runs once as __mp_main__ (its main guard skipped), then main() once per thread. */
    @Test
    void theModuleBodyRunsOnceAsMpMainThenMainInEachThread() throws IOException {
        Files.writeString(dir.resolve("prog.py"), """
                import sys
                print("body", __name__)
                calls = []
                def main():
                    calls.append(1)
                    print("main", len(sys.argv))
                if __name__ == "__main__":
                    print("not under --threads")
                """);
        CliRun r = run("run", "--threads", "2", "prog.py", "arg");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("body __mp_main__", "main 2", "main 2"), r.outLines(), r::toString);
        assertTrue(r.err().contains("calls          2 of main()"), r::toString);
    }

    /** Without a main(), every thread runs the module body as __main__, in one shared namespace. */
    @Test
    void withoutMainEachThreadRunsTheModuleBody() throws IOException {
        Files.writeString(dir.resolve("prog.py"), """
                runs = globals().get("runs", 0) + 1
                print("body", __name__)
                """);
        CliRun r = run("run", "--threads", "3", "prog.py");
        assertEquals(0, r.code(), r::toString);
        assertEquals(Collections.nCopies(3, "body __main__"), r.outLines(), r::toString);
        assertTrue(r.err().contains("calls          3 of the module body"), r::toString);
    }

    /** --ops counts calls of main() over all threads. */
    @Test
    void opsCountsCallsOfMain() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "def main():\n    print('call')\n");
        CliRun r = run("run", "--threads", "2", "--ops", "5", "prog.py");
        assertEquals(0, r.code(), r::toString);
        assertEquals(Collections.nCopies(5, "call"), r.outLines(), r::toString);
        assertTrue(r.err().contains("calls          5 of main()"), r::toString);
    }

    /** An exception in a thread: threading's report, the other threads go on, exit code 1. */
    @Test
    void anExceptionInAThreadIsReportedAsThreadingDoes() throws IOException {
        Files.writeString(dir.resolve("boom.py"), """
                tokens = ["boom"]
                def main():
                    try:
                        token = tokens.pop()
                    except IndexError:
                        print("the other thread went on")
                        return
                    raise ValueError(token)
                """);
        CliRun r = run("run", "--threads", "2", "--verify", "boom.py");
        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of("the other thread went on"), r.outLines(), r::toString);
        String file = dir.resolve("boom.py").toAbsolutePath().toString();
        assertTrue(r.err().matches("(?s)Exception in thread Thread-[12] \\(main\\):\n"
                + "Traceback \\(most recent call last\\):\n"
                + "  File \"" + java.util.regex.Pattern.quote(file) + "\", line 8, in main\n"
                + "    raise ValueError\\(token\\)\n"
                + "ValueError: boom\n.*"), r::toString);
        assertTrue(r.err().contains("2 of main() in "), r::toString);
        assertTrue(r.err().contains(", 1 raised"), r::toString);
        assertTrue(r.err().contains("pyheap: sanity: ok"), r::toString);
        assertTrue(r.err().contains("pyheap: leak check: ok, nothing left behind"), r::toString);
    }

    /** SystemExit in a thread ends that thread quietly, as threading's excepthook does. */
    @Test
    void systemExitInAThreadIsQuiet() throws IOException {
        Files.writeString(dir.resolve("bye.py"), "import sys\ndef main():\n    sys.exit(3)\n");
        CliRun r = run("run", "--threads", "2", "bye.py");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().startsWith("pyheap: bye.py on "), r::toString);
    }

    @Test
    void aFailingModuleBodyEndsTheRunBeforeTheThreads() throws IOException {
        Files.writeString(dir.resolve("bad.py"), "def main():\n    print('never')\nraise KeyError('k')\n");
        CliRun r = run("run", "--threads", "2", "bad.py");
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r::toString);
        assertTrue(r.err().endsWith("KeyError: 'k'\n"), r::toString);
    }

    @Test
    void threadsBelowOneIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "def main():\n    pass\n");
        CliRun r = run("run", "--threads", "0", "prog.py");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().contains("--threads must be from 1 to 1024, got 0"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void theDriversTurnsAreRefusedForAPythonProgram() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "def main():\n    pass\n");
        CliRun r = run("run", "--threads", "2", "--yield", "always", "prog.py");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().contains("--yield always"), r::toString);
    }

    private static final String CACHING = """
            # pyheap: leaks-without-cycle-collector = 1 Node
            cache = []

            class Node:
                pass

            def main():
                cache.append([0] * 500)
                n = Node()
                n.self = n
            """;

    @Test
    void tracemallocAndLeaksObserveTheThreads() throws IOException {
        Files.writeString(dir.resolve("prog.py"), CACHING);
        CliRun r = run("run", "--threads", "2", "--collector", "refcount", "--tracemalloc", "1", "--top", "1",
                "--leaks", "prog.py");
        assertEquals(0, r.code(), r::toString);
        String file = dir.resolve("prog.py").toAbsolutePath().toString();
        List<String> err = r.errLines();
        int at = err.indexOf("tracemalloc: top 1 allocation sites when the program's threads finished (statistics"
                + " 'lineno', traced from the end of the module body, 1 frame):");
        assertTrue(at >= 0, r::toString);
        // two lists of 500 items, made by main() in the two threads, kept by the cache
        assertTrue(err.get(at + 1).startsWith(file + ":8: size="), r::toString);
        assertTrue(r.err().contains("alive beyond the baseline after the program's threads ended and a full"
                + " collection, by type"), r::toString);
        assertTrue(err.stream().anyMatch(l -> l.matches("\\s+2 Node\\s+unreachable cycle.*")), r::toString);
        assertTrue(err.stream().anyMatch(l -> l.matches("\\s+2 list\\s+.*dict\\['cache'\\] -> list\\[\\d\\] -> list")),
                r::toString);
        assertFalse(r.err().contains("mutator"), r::toString);
    }

    @Test
    void jsonOfThreadsCarriesTracemallocLeaksAndTheChecks() throws IOException {
        Files.writeString(dir.resolve("prog.py"), CACHING);
        CliRun r = run("run", "--threads", "3", "--collector", "refcount", "--json", "--verify", "--tracemalloc", "2",
                "--leaks", "prog.py");
        assertEquals(0, r.code(), r::toString);
        String doc = r.out();
        assertTrue(doc.contains("\"frames\" : 2"), doc);
        assertTrue(doc.contains("\"line\" : 8"), doc);
        assertTrue(doc.contains("\"type\" : \"Node\""), doc);
        // the declaration counted once per call: three calls, three self-referencing Nodes left
        assertTrue(doc.matches("(?s).*\"expected\" : \\{\\s*\"Node\" : 3\\s*}.*"), doc);
        assertTrue(doc.matches("(?s).*\"found\" : \\{\\s*\"Node\" : 3\\s*}.*"), doc);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void reportOfThreadsIsWritten() throws IOException {
        Files.writeString(dir.resolve("prog.py"), CACHING);
        CliRun r = run("run", "--threads", "2", "--report", "threads.html", "--tracemalloc", "1", "prog.py");
        assertEquals(0, r.code(), r::toString);
        String page = Files.readString(dir.resolve("threads.html"));
        assertTrue(page.contains("pyheap run --threads 2 prog.py"), "the title");
        assertTrue(page.contains("prog.py:8"), "the top site");
    }

    /** With --json the document alone is on stdout; the program's lines go to stderr. */
    @Test
    void jsonGoesToStdoutAndTheProgramsOutputToStderr() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "def main():\n    print('hello')\n");
        CliRun r = run("run", "--threads", "2", "--json", "--verify", "prog.py");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("{"), r::toString);
        assertTrue(r.out().contains("\"kind\" : \"run\""), r::toString);
        assertTrue(r.out().contains("\"calls\" : 2"), r::toString);
        assertTrue(!r.out().contains("hello"), r::toString);
        assertEquals(List.of("hello", "hello"), r.errLines(), r::toString);
    }
}
