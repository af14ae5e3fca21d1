package dev.pyheap.interpreter.run;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.PyHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interactive session in-process: lines pushed one at a time into one {@code __main__}, expected
 * output as CPython 3.11.7 prints it for the same lines piped into {@code python3 -i -q} (prompts
 * left out: they are the caller's).
 */
class ConsoleTest {
    /** What a session printed and how it ended, and the results of each push. */
    record Session(String out, String err, int exit, List<Console.Result> results) {
    }

    private static Session session(String collector, String... lines) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        List<Console.Result> results = new ArrayList<>();
        int exit;
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", collector)));
             PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = new Runner(heap, o, e).interact(List.of(""), null, console -> {
                for (String line : lines) {
                    Console.Result r = console.push(line);
                    results.add(r);
                    if (r == Console.Result.EXIT) {
                        return console.exitStatus();
                    }
                }
                results.add(console.finish());
                return 0;
            });
            o.flush();
            e.flush();
        }
        return new Session(out.toString(), err.toString(), exit, results);
    }

    @ParameterizedTest
    @ValueSource(strings = {"generational", "marksweep", "refcount"})
    void expressionValuesAreDisplayedAndUnderscoreKeepsTheLast(String collector) {
        Session s = session(collector, "x = 6 * 7", "x", "_", "None", "_ + 1", "'abc'", "[1, 'a']");
        assertEquals("42\n42\n43\n'abc'\n[1, 'a']\n", s.out());
        assertEquals("", s.err());
        assertEquals(0, s.exit());
    }

    @Test
    void aBlockWaitsForAnEmptyLineAndShowsEachValue() {
        Session s = session("generational", "for i in range(2):", "    i", "", "def f():", "    return 7", "", "f()");
        assertEquals(List.of(Console.Result.MORE, Console.Result.MORE, Console.Result.DONE,
                Console.Result.MORE, Console.Result.MORE, Console.Result.DONE, Console.Result.DONE,
                Console.Result.DONE), s.results());
        assertEquals("0\n1\n7\n", s.out());
    }

    @Test
    void anErrorPrintsItsTracebackAndTheSessionGoesOn() {
        Session s = session("generational", "1/0", "def f(:", "x = 2", "x");
        assertEquals("2\n", s.out());
        assertEquals("""
                Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                ZeroDivisionError: division by zero
                  File "<stdin>", line 1
                    def f(:
                          ^
                SyntaxError: invalid syntax
                """, s.err());
    }

    @Test
    void systemExitEndsTheSessionWithItsCode() {
        Session s = session("generational", "x = 1", "raise SystemExit(3)", "x");
        assertEquals(3, s.exit());
        assertEquals("", s.out());
        assertEquals(List.of(Console.Result.DONE, Console.Result.EXIT), s.results());
    }

    @Test
    void theEndOfTheInputClosesAnOpenBlock() {
        Session s = session("generational", "for i in range(2):", "    i");
        assertEquals("0\n1\n", s.out());
    }

    @Test
    void displayhookIsLookedUpInSysEachTime() {
        Session s = session("generational", "import sys", "sys.displayhook = lambda v: print('hook', v)", "5",
                "sys.displayhook = sys.__displayhook__", "6", "del sys.displayhook", "7");
        assertEquals("hook 5\n6\n", s.out());
        assertEquals("""
                Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                RuntimeError: lost sys.displayhook
                """, s.err());
    }

    @Test
    void referrersOfAValueNameItsHolders() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        List<String> lines = new ArrayList<>();
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", "generational")));
             PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            new Runner(heap, o, e).interact(List.of(""), null, console -> {
                console.push("x = [1, 2]");
                console.push("holder = [x]");
                lines.addAll(console.referrers("x", 40));
                assertEquals(null, console.referrers("nope", 40));
                return 0;
            });
        }
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.contains("list  [[1, 2]]"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dict  {'__name__': '__main__'")), lines::toString);
        // as CPython 3.11's prompt: the traceback offers the closest name (the builtin None)
        assertTrue(err.toString().endsWith("NameError: name 'nope' is not defined. Did you mean: 'None'?\n"), err::toString);
    }
}
