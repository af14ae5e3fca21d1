package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deep structures give CPython's RecursionError, never a StackOverflowError (issue 11 item 3), with
 * {@code sys.getrecursionlimit()} / {@code setrecursionlimit()}. The depths where an operation
 * starts to fail are CPython 3.11.7's, recorded at module level with {@code python3}: the module
 * frame counts one level, a builtin call ({@code repr(x)}) one, each nested repr or comparison one.
 *
 * <p>Each test runs on a thread of its own with a {@value #STACK_MB} MB stack: a nesting level takes
 * about 1 KB of Java stack under the build's test JVM (C1 only), so CPython's 1,000 levels would not
 * fit the default 1 MB and the error would come (as RecursionError still) before CPython's depth:
 * {@link #aJavaStackOverflowBeforeTheLimitIsARecursionErrorToo} is the test of that case.
 */
final class RecursionLimitTest {
    private static final String REPR = "maximum recursion depth exceeded while getting the repr of an object";
    private static final String COMPARISON = "maximum recursion depth exceeded in comparison";
    static final int STACK_MB = 16;

    private HeapFixture f;
    private PyThreadState t;

    /** Runs {@code body} with a fresh heap on a new thread with a stack of {@code stackBytes} (0: the JVM's default), and waits for it. */
    private void onThreadWithStack(long stackBytes, org.junit.jupiter.api.function.Executable body) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try (HeapFixture fixture = new HeapFixture()) {
                f = fixture;
                t = fixture.t;
                body.execute();
                while (t.depth() > 0) {
                    t.popFrame();
                }
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "deep", stackBytes);
        thread.start();
        try {
            done.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    private void onBigStack(org.junit.jupiter.api.function.Executable body) throws Exception {
        onThreadWithStack(STACK_MB << 20, body);
    }

    private static void assertRecursionError(String message, org.junit.jupiter.api.function.Executable operation) {
        PyException e = assertThrows(PyException.class, operation);
        assertEquals("RecursionError", e.pythonType());
        assertEquals(message, e.pythonMessage());
    }

    private static void assertPyError(String type, String message, org.junit.jupiter.api.function.Executable operation) {
        PyException e = assertThrows(PyException.class, operation);
        assertEquals(type + ": " + message, e.getMessage());
    }

    /** {@code [[...[]...]]}: {@code depth} lists around an empty one. */
    private Handle nestedList(int depth) {
        CApi c = t.capi();
        return f.keep(c.toHandle(HeapFixture.nestedList(c, depth)));
    }

    /** {@code ((...((),)...),)}: {@code depth} tuples around the empty one. */
    private Handle nestedTuple(int depth) {
        CApi c = t.capi();
        long inner = c.newTuple();
        for (int i = 0; i < depth; i++) {
            long outer = c.newTuple(inner);
            c.decref(inner);
            inner = outer;
        }
        return f.keep(c.toHandle(inner));
    }

    /** {@code {'k': {'k': ... {}}}}. */
    private Handle nestedDict(int depth) {
        Handle key = f.keep(t.literal("k"));
        Handle inner = t.newDict();
        for (int i = 0; i < depth; i++) {
            Handle outer = t.newDict();
            t.setitem(outer, key, inner);
            inner.close();
            inner = outer;
        }
        return f.keep(inner);
    }

    @Test
    void theLimitIsCpythonsAndBadValuesGetCpythonsErrors() throws Exception {
        onBigStack(() -> {
            PySys sys = f.sys();
            assertEquals(1000, sys.getrecursionlimit());
            assertPyError("ValueError", "recursion limit must be greater or equal than 1", () -> sys.setrecursionlimit(0));
            assertPyError("ValueError", "recursion limit must be greater or equal than 1", () -> sys.setrecursionlimit(-1));
            assertPyError("OverflowError", "Python int too large to convert to C int", () -> sys.setrecursionlimit(1L << 31));
            assertPyError("OverflowError", "Python int too large to convert to C int", () -> sys.setrecursionlimit(-(1L << 40)));
            // at module level the depth is 2: the module's frame and the call of setrecursionlimit
            assertRecursionError("cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low",
                    () -> sys.setrecursionlimit(2));
            assertRecursionError("cannot set the recursion limit to 1 at the recursion depth 2: the limit is too low",
                    () -> sys.setrecursionlimit(1));
            assertEquals(1000, sys.getrecursionlimit(), "a refused limit changes nothing");
            sys.setrecursionlimit(Integer.MAX_VALUE);
            assertEquals(Integer.MAX_VALUE, sys.getrecursionlimit());
            sys.setrecursionlimit(3);
            assertEquals(3, sys.getrecursionlimit());
            t.pushFrame("f", "app.py", 1);
            assertRecursionError("cannot set the recursion limit to 3 at the recursion depth 3: the limit is too low",
                    () -> sys.setrecursionlimit(3));
        });
    }

    @Test
    void reprOfNestedContainersRaisesRecursionErrorAtCpythonsDepth() throws Exception {
        onBigStack(() -> {
            assertEquals(2 * 998, t.repr(nestedList(997)).length());
            assertRecursionError(REPR, () -> t.repr(nestedList(998)));
            assertEquals("(".repeat(997) + "()" + ",)".repeat(997), t.repr(nestedTuple(997)));
            assertRecursionError(REPR, () -> t.repr(nestedTuple(998)));
            assertTrue(t.repr(nestedDict(997)).startsWith("{'k': {'k': "));
            assertRecursionError(REPR, () -> t.repr(nestedDict(998)));
            Handle small = nestedList(1);
            assertEquals("[[]]", t.repr(small), "nothing of the failed reprs is left behind");
        });
    }

    @Test
    void comparisonsRaiseRecursionErrorAtCpythonsDepth() throws Exception {
        onBigStack(() -> {
            assertTrue(t.eq(nestedList(998), nestedList(998)));
            assertRecursionError(COMPARISON, () -> t.eq(nestedList(999), nestedList(999)));
            assertTrue(t.eq(nestedDict(998), nestedDict(998)));
            assertRecursionError(COMPARISON, () -> t.eq(nestedDict(999), nestedDict(999)));
            assertTrue(t.contains(f.keep(t.newList(nestedList(998))), nestedList(998)));
            assertRecursionError(COMPARISON, () -> t.contains(f.keep(t.newList(nestedList(999))), nestedList(999)));
            // the innermost () is one object: `is` answers there, one comparison fewer than lists
            assertTrue(t.contains(f.keep(t.newList(nestedTuple(999))), nestedTuple(999)));
            // dict lookup: equal hashes, then the keys compared
            Handle d = f.keep(t.newDict());
            try (Handle one = t.newInt(1)) {
                t.setitem(d, nestedTuple(999), one);
                t.setitem(d, nestedTuple(1000), one);
            }
            try (Handle v = t.getitem(d, nestedTuple(999))) {
                assertEquals(1L, t.javaValue(v));
            }
            assertRecursionError(COMPARISON, () -> t.getitem(d, nestedTuple(1000)));
            assertEquals(2, t.len(d), "the failed lookup changed nothing");
        });
    }

    /**
     * {@code hash} of nested tuples does not recurse in Java: CPython's value at 100,000 levels
     * (where CPython 3.11.7 still gives one; a million levels crash it).
     */
    @Test
    void hashOfDeeplyNestedTuplesIsCpythonsValue() throws Exception {
        onBigStack(() -> {
            assertEquals(5740354900026072187L, t.hash(nestedTuple(0)));
            assertEquals(-5486347211504344842L, t.hash(nestedTuple(1)));
            assertEquals(-2010042300121347165L, t.hash(nestedTuple(3)));
            assertEquals(226928516440299980L, t.hash(nestedTuple(100_000)));
            Handle deepest = nestedTuple(1_000_000);
            assertEquals(t.hash(deepest), t.hash(nestedTuple(1_000_000)));
            PyException e = assertThrows(PyException.class, () -> t.hash(f.keep(t.newTuple(nestedTuple(2), f.keep(t.newList())))));
            assertEquals("TypeError: unhashable type: 'list'", e.getMessage());
        });
    }

    @Test
    void framesAndBuiltinCallsCountAgainstTheLimit() throws Exception {
        onBigStack(() -> {
            f.sys().setrecursionlimit(50);
            for (int i = 1; i < 50; i++) {
                t.pushFrame("f", "app.py", i);
            }
            assertEquals(49, t.depth(), "the module frame and 49 calls: depth 50");
            assertRecursionError("maximum recursion depth exceeded", () -> t.pushFrame("f", "app.py", 50));
            assertEquals(49, t.depth(), "a refused call pushes nothing");
            Handle empty = nestedList(0);
            assertRecursionError("maximum recursion depth exceeded while calling a Python object", () -> t.repr(empty));
            t.popFrame();
            assertRecursionError(REPR, () -> t.repr(empty));
            t.popFrame();
            assertEquals("[]", t.repr(empty), "two frames less: repr() and the list's repr fit");
            assertRecursionError(REPR, () -> t.repr(nestedList(1)));
        });
    }

    /**
     * Past what the Java stack holds (a limit set very high, a thread with the default stack), the
     * stack overflow becomes the same RecursionError, and leaves no level counted, no repr half done.
     */
    @Test
    void aJavaStackOverflowBeforeTheLimitIsARecursionErrorToo() throws Exception {
        onThreadWithStack(0, () -> {
            f.sys().setrecursionlimit(Integer.MAX_VALUE);
            Handle deep = nestedList(200_000);
            assertRecursionError(REPR, () -> t.repr(deep));
            assertRecursionError(COMPARISON, () -> t.eq(deep, nestedList(200_000)));
            assertEquals("[[]]", t.repr(nestedList(1)));
            f.sys().setrecursionlimit(3); // possible only at depth 2: the overflows left no level counted
            assertEquals(3, f.sys().getrecursionlimit());
        });
    }

    /** The limit is the interpreter's; the depth is each thread state's. */
    @Test
    void eachThreadStateCountsItsOwnDepth() throws Exception {
        onBigStack(() -> {
            for (int i = 1; i < 990; i++) {
                t.pushFrame("f", "app.py", i);
            }
            Handle deep = nestedList(997);
            assertRecursionError(REPR, () -> t.repr(deep));
            t.releaseGil();
            try {
                CompletableFuture<Integer> other = new CompletableFuture<>();
                Thread worker = new Thread(null, () -> {
                    try (PyThreadState w = f.heap.attach()) {
                        w.acquireGil();
                        try {
                            other.complete(w.repr(deep).length());
                        } finally {
                            w.releaseGil();
                        }
                    } catch (Throwable e) {
                        other.completeExceptionally(e);
                    }
                }, "worker", STACK_MB << 20);
                worker.start();
                assertEquals(2 * 998, other.get(30, TimeUnit.SECONDS));
                worker.join(TimeUnit.SECONDS.toMillis(30));
                assertFalse(worker.isAlive());
            } finally {
                t.acquireGil();
            }
        });
    }
}
