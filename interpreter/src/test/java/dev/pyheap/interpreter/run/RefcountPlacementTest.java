package dev.pyheap.interpreter.run;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.PyHeap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where the evaluation loop holds references, checked with {@code sys.getrefcount} against the
 * numbers CPython 3.11.7 prints for the same lines (recorded with {@code python3}): arguments
 * moved into the callee's frame, a method called through LOAD_METHOD without a bound method and
 * through a bound method, an iterator holding its sequence, a constant held by its code object and
 * by the parser arena while the main module runs.
 */
class RefcountPlacementTest {
    private static String run(String source, String collector) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", collector)));
             PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            int exit = new Runner(heap, o, e).run(new Runner.Program("/tmp/refcounts.py",
                    source.getBytes(StandardCharsets.UTF_8), Path.of("/tmp")), List.of("refcounts.py"));
            o.flush();
            e.flush();
            assertEquals("", err.toString());
            assertEquals(0, exit);
        }
        return out.toString();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void argumentsAreMovedIntoTheCallee(String collector) {
        assertEquals(lines("3", "2", "4"), run(lines(
                "import sys",
                "x = []",
                "def f(a):",
                "    return sys.getrefcount(a)",
                "print(f(x))",
                "print(sys.getrefcount(x))",
                "def g(a, b):",
                "    return sys.getrefcount(a)",
                "print(g(x, x))"), collector));
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void loadMethodMakesNoBoundMethod(String collector) {
        assertEquals(lines("3", "4", "3"), run(lines(
                "import sys",
                "class C:",
                "    def m(self):",
                "        return sys.getrefcount(self)",
                "c = C()",
                "print(c.m())",
                "bm = c.m",
                "print(bm())",
                "print(sys.getrefcount(c))"), collector));
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void iteratorsHoldTheirSequence(String collector) {
        assertEquals(lines("2", "3", "3", "3", "2"), run(lines(
                "import sys",
                "seq = [1, 2]",
                "print(sys.getrefcount(seq))",
                "for item in seq:",
                "    print(sys.getrefcount(seq))",
                "it = iter(seq)",
                "print(sys.getrefcount(seq))",
                "del it",
                "print(sys.getrefcount(seq))"), collector));
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void constantsAreHeldByTheCodeAndTheArena(String collector) {
        assertEquals(lines("4", "4"), run(lines(
                "import sys",
                "print(sys.getrefcount(5000))",
                "def h():",
                "    return sys.getrefcount(5000)",
                "print(h())"), collector));
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void tupleItemsAndBoundBuiltins(String collector) {
        assertEquals(lines("1", "4"), run(lines(
                "import sys",
                "x = []",
                "print(sys.getrefcount(x.append))",
                "t = (x, x)",
                "print(sys.getrefcount(x))"), collector));
    }
}
