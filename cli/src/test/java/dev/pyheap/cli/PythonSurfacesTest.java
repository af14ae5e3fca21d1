package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Python surfaces in-process: {@code demo} over the seed examples, a Python workload by name,
 * {@code run --verify}'s checks and the leak declaration, {@code compare PROGRAM}'s repeats, and
 * {@code diff} against {@code python3} (skipped, saying so, when python3 is not on the PATH).
 */
class PythonSurfacesTest {
    @TempDir
    Path dir;

    private CliRun pyheap(String... args) {
        return CliRun.run(Map.of("PATH", System.getenv().getOrDefault("PATH", "")), dir, args);
    }

    @Test
    void theDemoNamesEachArticleAndWhatToWatchThenTheChecks() {
        CliRun r = pyheap("demo");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        int first = lines.indexOf("x and y refer to the same object");
        assertTrue(first >= 2, r::toString);
        assertTrue(lines.get(first - 2).startsWith("== s000_names_and_objects.py: article 000, "), r::toString);
        assertTrue(lines.get(first - 1).startsWith("   watch: y = x makes no copy"), r::toString);
        assertTrue(lines.contains("checks after each example (collector generational):"), r::toString);
        // ctypes' simple types let go of their methods when the interpreter closes: nothing outlives the program
        assertTrue(lines.contains("  s003_refcounts_through_ctypes: ok; leaks: ok, nothing left behind"), r::toString);
        assertTrue(lines.contains("  s002_references_and_list_cycle: ok; leaks: ok, nothing left behind")
                || r.out().contains("== s002_references_and_list_cycle.py: left out"), r::toString);
    }

    @Test
    void theDemoUnderRefcountShowsTheCyclesTheArticlesDescribe() {
        CliRun r = pyheap("demo", "--collector", "refcount", "--only", "s004_person_and_dog,s000_names_and_objects");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Person objects: 1\nDog objects: 1\n"), r::toString);
        assertTrue(r.outLines().contains("  s004_person_and_dog: ok; leaks: ok, left behind as declared without a cycle"
                + " collector: 1 Dog, 1 Person (1 cycle of 2 objects: Dog 1, Person 1)"), r::toString);
        assertTrue(r.outLines().contains("  s000_names_and_objects: ok; leaks: ok, nothing left behind"), r::toString);
    }

    @Test
    void anUnknownExampleIsAUsageError() {
        CliRun r = pyheap("demo", "--only", "s999_nothing");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: demo --only: no example named [s999_nothing]; available: "),
                r::toString);
    }

    @Test
    void aWorkloadRunsByNameWithTheChecksOnStderr() {
        CliRun r = pyheap("run", "seeds", "20");
        assertEquals(0, r.code(), r::toString);
        assertEquals("20 rounds; gc.collect() found 80 objects\n", r.out());
        assertTrue(r.err().startsWith("pyheap: sanity: ok ("), r::toString);
        assertTrue(r.err().endsWith("pyheap: leak check: ok, nothing left behind\n"), r::toString);
    }

    @Test
    void anUndeclaredCycleFailsTheLeakCheckUnderRefcountOnly() throws IOException {
        Files.writeString(dir.resolve("ring.py"), "class Node:\n    pass\n\nn = Node()\nn.me = n\ndel n\n");
        CliRun gen = pyheap("run", "--verify", "ring.py");
        assertEquals(0, gen.code(), gen::toString);
        assertTrue(gen.err().endsWith("pyheap: leak check: ok, nothing left behind\n"), gen::toString);
        CliRun ref = pyheap("run", "--verify", "--collector", "refcount", "ring.py");
        assertEquals(1, ref.code(), ref::toString);
        assertTrue(ref.err().endsWith("pyheap: leak check: FAILED: expected nothing, found 1 Node"
                + " (1 cycle of 1 object: Node 1)\n"), ref::toString);
    }

    @Test
    void aDeclaredCycleIsExpectedUnderRefcount() throws IOException {
        Files.writeString(dir.resolve("ring.py"), "# a ring of one\n# pyheap: leaks-without-cycle-collector = 1 Node\n"
                + "class Node:\n    pass\n\nn = Node()\nn.me = n\ndel n\n");
        CliRun ref = pyheap("run", "--verify", "--collector", "refcount", "ring.py");
        assertEquals(0, ref.code(), ref::toString);
        assertTrue(ref.err().endsWith("pyheap: leak check: ok, left behind as declared without a cycle collector:"
                + " 1 Node (1 cycle of 1 object: Node 1)\n"), ref::toString);
    }

    @Test
    void aMalformedDeclarationIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("bad.py"), "# pyheap: leaks-without-cycle-collector = some Node\npass\n");
        CliRun r = pyheap("run", "--verify", "bad.py");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: expected 'COUNT TYPE' items separated by commas (or 'none'), each type once, got"
                + " 'some Node' in: # pyheap: leaks-without-cycle-collector = some Node", r.singleErrorLine());
    }

    @Test
    void compareRunsEachCollectorWithRepeats() throws IOException {
        Files.writeString(dir.resolve("cyc.py"), "import gc\nfor i in range(50):\n    a = []\n    a.append(a)\n"
                + "print(gc.collect())\n");
        CliRun r = pyheap("compare", "--repeat", "2", "--collectors", "generational,refcount", "cyc.py");
        assertEquals(1, r.code(), "refcount keeps 50 undeclared cycles: " + r);
        List<String> lines = r.outLines();
        assertEquals("cyc.py: median of 2 runs per collector after a warm-up run (spread = max - min)", lines.get(0));
        assertEquals(List.of("collector", "seconds", "spread", "collections", "GC", "ms", "spread", "max", "pause", "ms",
                "exit", "checks"), Arrays.asList(lines.get(1).strip().split(" +")));
        List<String> generational = Arrays.asList(lines.get(2).strip().split(" +"));
        List<String> refcount = Arrays.asList(lines.get(3).strip().split(" +"));
        assertEquals(List.of("generational", "0", "ok"), List.of(generational.get(0), generational.get(7),
                generational.get(8)), r::toString);
        assertEquals(List.of("refcount", "0", "FAILED"), List.of(refcount.get(0), refcount.get(7), refcount.get(8)),
                r::toString);
        assertTrue(r.err().startsWith("pyheap: the runs under refcount failed: leak check: FAILED: expected nothing,"
                + " found 50 list"), r::toString);
    }

    private static boolean python3OnPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "python3")));
    }

    @Test
    void diffOfAProgramBothRunAlikeIsEqual() throws IOException {
        assumeTrue(python3OnPath(), "python3 (CPython 3.11) is not on the PATH: pyheap diff has nothing to compare with");
        Files.writeString(dir.resolve("same.py"), "import gc, sys\nclass A:\n    pass\na = A()\nprint(sys.getrefcount(a))\n"
                + "print('at', hex(id(a)))\na.me = a\ndel a\nprint('gc.collect():', gc.collect())\n");
        CliRun r = pyheap("diff", "same.py");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.outLines();
        assertTrue(lines.get(0).startsWith("pyheap diff same.py: CPython ("), r::toString);
        assertEquals("stdout: the same", lines.get(1));
        assertTrue(lines.get(2).startsWith("= 2  "), r::toString);
        assertTrue(lines.get(2).endsWith("| 2  [reference count]") || lines.get(2).endsWith("| 2"), r::toString);
        assertTrue(lines.get(3).startsWith("~ at 0x"), r::toString);
        assertTrue(lines.get(3).endsWith("(addresses differ from run to run)"), r::toString);
        assertTrue(lines.get(4).startsWith("= gc.collect(): 1 "), r::toString);
        assertTrue(lines.get(4).endsWith("| gc.collect(): 1  [gc]"), r::toString);
        assertEquals(List.of("stderr: = (empty)", "exit code: = 0 | 0", "result: the same"), lines.subList(5, 8));
    }

    @Test
    void diffOfAProgramThatDiffersMarksTheLines() throws IOException {
        assumeTrue(python3OnPath(), "python3 (CPython 3.11) is not on the PATH: pyheap diff has nothing to compare with");
        // a CPython whose output differs for sure: python3 with one line changed and one added
        Path variant = dir.resolve("python3-variant");
        Files.writeString(variant, "#!/bin/sh\npython3 \"$@\" | sed 's/^2$/3/'\necho extra\n");
        assumeTrue(variant.toFile().setExecutable(true), "cannot make a test script executable");
        Files.writeString(dir.resolve("prog.py"), "print(1)\nprint(2)\n");
        CliRun r = pyheap("diff", "--python", variant.toString(), "prog.py");
        assertEquals(1, r.code(), r::toString);
        List<String> lines = r.outLines();
        assertEquals("stdout:", lines.get(1), r::toString);
        assertTrue(lines.get(2).startsWith("= 1 ") && lines.get(2).endsWith("| 1"), r::toString);
        assertTrue(lines.get(3).startsWith("! 3 ") && lines.get(3).endsWith("| 2"), r::toString);
        assertTrue(lines.get(4).startsWith("< extra ") && lines.get(4).strip().endsWith("|"), r::toString);
        assertEquals(List.of("stderr: = (empty)", "exit code: = 0 | 0", "result: 2 differences"), lines.subList(5, 8));
    }

    @Test
    void diffWithoutPython3SaysSoInOneLine() throws IOException {
        Files.writeString(dir.resolve("p.py"), "print(1)\n");
        CliRun r = CliRun.run(Map.of("PATH", dir.resolve("empty").toString()), dir, "diff", "p.py");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: diff: 'python3' is not on the PATH, so there is no CPython to compare with (install"
                + " CPython 3.11 or give --python)", r.singleErrorLine());
        assertFalse(r.out().contains("stdout"), r::toString);
    }
}
