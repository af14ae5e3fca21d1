package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pyheap run --tracemalloc/--leaks/--graph FILE.py}: the report goes to stderr after the
 * program's own output, never into its stdout; allocation sites are the program's Python lines;
 * the leak groups are what the collector leaves after the main module is cleared.
 */
class PythonInspectionTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    private static final String LEAKY = """
            class Node:
                pass

            def make():
                a, b = Node(), Node()
                a.other, b.other = b, a

            blocks = [[0] * 600 for _ in range(20)]
            for _ in range(3):
                make()
            print("done")
            """;

    @Test
    void tracemallocNamesThePythonLineThatAllocated() throws IOException {
        Files.writeString(dir.resolve("prog.py"), LEAKY);
        CliRun r = run("run", "--tracemalloc", "1", "--top", "1", "prog.py");
        assertEquals("done\n", r.out(), r.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> err = r.err().lines().toList();
        assertEquals("tracemalloc: top 1 allocation sites when the program finished (statistics 'lineno', traced from"
                + " the program's start, 1 frame):", err.get(0), r.toString());
        String file = dir.resolve("prog.py").toAbsolutePath().toString();
        // 20 lists of 600 items (4800 bytes of items each): the line of the program that made them
        assertTrue(err.get(1).startsWith(file + ":8: size=9"), err.get(1));
        assertTrue(err.get(1).contains(" KiB, count="), err.get(1));
        assertEquals(2, err.size(), r.toString());
    }

    @Test
    void leaksUnderRefcountAreTheCyclesLeftAtExit() throws IOException {
        Files.writeString(dir.resolve("prog.py"), LEAKY);
        CliRun r = run("run", "--collector", "refcount", "--leaks", "prog.py");
        assertEquals("done\n", r.out(), r.toString());
        assertTrue(r.err().contains("Node"), r.toString());
        assertTrue(r.err().contains("unreachable cycle (refcount never frees it)"), r.toString());
    }

    @Test
    void theRuntimesOwnAllocationsAreUnknownAsInCPythonNeverAJavaFile() {
        // The main module's code object is made before its first instruction, with no Python frame:
        // CPython traces such allocations as <unknown>:0. The program keeps it alive to the report
        // (else it is freed first, and what else of the load is left depends on the free lists).
        CliRun r = run("run", "--tracemalloc", "5", "-c", "import sys; code = sys._getframe().f_code; x = [1] * 100");
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.err().contains(".java"), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("<string>:1: size=")), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("<unknown>:0: size=")), r.toString());
    }

    @Test
    void leaksOfAProgramTalkAboutTheProgram() throws IOException {
        Files.writeString(dir.resolve("prog.py"), LEAKY);
        CliRun r = run("run", "--collector", "refcount", "--leaks", "prog.py");
        assertTrue(r.err().contains(" alive beyond the baseline after the program ended (atexit, its main module"
                + " cleared) and a full collection, by type"), r.toString());
        assertFalse(r.err().contains("mutator"), r.toString());
    }

    @Test
    void leaksUnderTheGenerationalCollectorFindNoNode() throws IOException {
        Files.writeString(dir.resolve("prog.py"), LEAKY);
        CliRun r = run("run", "--collector", "generational", "--leaks", "prog.py");
        assertEquals("done\n", r.out(), r.toString());
        assertFalse(r.err().contains("Node"), r.toString());
    }

    @Test
    void graphIsWrittenAsDot() throws IOException {
        Files.writeString(dir.resolve("prog.py"), LEAKY);
        CliRun r = run("run", "--collector", "refcount", "--graph", "leak.dot", "prog.py");
        assertEquals("done\n", r.out(), r.toString());
        assertTrue(r.err().contains("graph: the back references of one "), r.toString());
        String dot = Files.readString(dir.resolve("leak.dot"));
        assertTrue(dot.startsWith("digraph"), dot);
    }

    @Test
    void snapshotEveryIsForWorkloads() throws IOException {
        Files.writeString(dir.resolve("prog.py"), "print(1)\n");
        CliRun r = run("run", "--snapshot-every", "100", "prog.py");
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out());
    }
}
