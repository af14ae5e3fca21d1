package dev.pyheap.runtime;

import dev.pyheap.api.config.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Embedder code the runtime calls (finalizers, weakref callbacks, gc callbacks, the unraisable
 * hook) cannot break the heap, issue 11 item 2, on the refcount path: an exception is reported as
 * CPython reports one in {@code __del__} and the work goes on; an Error propagates from the
 * operation that ran the code, once the deallocation is complete: the object freed, its blocks
 * back, the heap sane. (The collection path is tested with the cycle collectors, in the driver's
 * contract tests.)
 */
final class EmbedderErrorsTest extends HeapTest {
    private final List<String> unraisable = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        f.heap.setUnraisableHook((message, error, id) -> unraisable.add(message + " / " + error.getMessage()));
    }

    private static AssertionError boom(String where) {
        return new AssertionError("boom in " + where);
    }

    @Test
    void anErrorInAFinalizerPropagatesOnceTheObjectIsFreed() {
        AssertionError error = boom("__del__");
        Handle cls = f.keep(t.newClass("Bad", (thread, self) -> {
            events.add("__del__");
            throw error;
        }));
        f.keep(t.literal("value")); // the attribute's name, made before the count (a program's constant)
        long blocks = f.blocks();
        Handle bad = t.call(cls);
        try (Handle value = t.newInt(12345)) {
            t.setattr(bad, "value", value);
        }
        assertSame(error, assertThrows(AssertionError.class, bad::close));
        assertEquals(List.of("__del__"), events);
        assertEquals(List.of(), unraisable, "an Error is not reported: it propagates");
        assertEquals(blocks, f.blocks(), "the instance, its values array and its attribute's int are freed");
        f.assertSane("after the Error");
        Handle again = t.call(cls);
        assertFalse(f.gc().isFinalized(again));
        assertSame(error, assertThrows(AssertionError.class, again::close), "the class works on");
        assertEquals(List.of("__del__", "__del__"), events);
        assertEquals(blocks, f.blocks());
    }

    @Test
    void anErrorInOneFinalizerDoesNotStopTheRestOfTheDeallocation() {
        AssertionError error = boom("alpha.__del__");
        Handle cls = f.keep(t.newClass("Item", (thread, self) -> {
            try (Handle name = thread.getattr(self, "name")) {
                String text = (String) thread.javaValue(name);
                events.add(text);
                if (text.equals("alpha")) {
                    throw error;
                }
            }
        }));
        f.keep(t.literal("name"));
        long blocks = f.blocks();
        Handle list = t.newList();
        for (String name : List.of("alpha", "beta", "gamma")) {
            try (Handle item = t.call(cls); Handle value = t.newStr(name)) {
                t.setattr(item, "name", value);
                t.append(list, item);
            }
        }
        assertSame(error, assertThrows(AssertionError.class, list::close));
        assertEquals(List.of("gamma", "beta", "alpha"), events, "items die last to first, every one of them");
        assertEquals(blocks + 1, f.blocks(), "all freed; the list object waits on its free list");
        f.assertSane("after the Error");
    }

    @Test
    void anErrorInAFinalizerPropagatesFromEveryKindOfLastReference() {
        AssertionError error = boom("__del__");
        Handle cls = f.keep(t.newClass("Bad", (thread, self) -> {
            throw error;
        }));
        Handle d = f.keep(t.newDict());
        Handle key = f.keep(t.literal("k"));
        try (Handle none = t.none()) {
            t.setGlobal("b", none); // the globals dict and the dict's table exist before the count
            t.delGlobal("b");
            t.setitem(d, key, none);
        }
        long blocks = f.blocks();
        // a frame local, at return
        PyFrame frame = t.pushFrame("work", "app.py", 1);
        try (Handle b = t.call(cls)) {
            frame.setLocal("b", b);
        }
        assertSame(error, assertThrows(AssertionError.class, t::popFrame));
        assertEquals(0, t.depth());
        // a global, deleted
        try (Handle b = t.call(cls)) {
            t.setGlobal("b", b);
        }
        assertSame(error, assertThrows(AssertionError.class, () -> t.delGlobal("b")));
        // a dict value, replaced: the operation's work is done before the Error
        try (Handle b = t.call(cls)) {
            t.setitem(d, key, b);
        }
        try (Handle none = t.none()) {
            assertSame(error, assertThrows(AssertionError.class, () -> t.setitem(d, key, none)));
            try (Handle stored = t.getitem(d, key)) {
                assertTrue(t.is(stored, none), "the new value is stored");
            }
        }
        // the C API's decref
        long b = t.capi().call(t.capi().address(cls));
        assertSame(error, assertThrows(AssertionError.class, () -> t.capi().decref(b)));
        assertEquals(blocks, f.blocks(), "every Bad freed");
        f.assertSane("after the Errors");
    }

    @Test
    void anExceptionInAFinalizerIsReportedAndTheDeallocationGoesOn() {
        Handle cls = f.keep(t.newClass("Bad", (thread, self) -> {
            throw new PyException("ValueError", "boom");
        }));
        long blocks = f.blocks();
        t.call(cls).close();
        assertEquals(List.of("Exception ignored in: <function Bad.__del__> / ValueError: boom"), unraisable);
        assertEquals(blocks, f.blocks());
    }

    /**
     * The realistic case: a {@code __del__} that prints a 200,000-deep structure. CPython 3.11 reports
     * {@code RecursionError} from the repr as unraisable; so does the heap, and the object is freed.
     */
    @Test
    void aFinalizerWhoseReprOfADeepListRecursesTooDeepIsReportedAsRecursionError() {
        CApi c = t.capi();
        try (Handle h = c.toHandle(HeapFixture.nestedList(c, 200_000))) {
            t.setGlobal("deep", h);
        }
        Handle cls = f.keep(t.newClass("Printer", (thread, self) -> {
            try (Handle d = thread.getGlobal("deep")) {
                events.add("repr of " + thread.repr(d).length() + " characters");
            }
        }));
        try (Handle warm = t.newList(f.keep(t.newList()))) {
            t.repr(warm); // the thread state's dict and its repr list (Py_ReprEnter's), which stay as in CPython
        }
        long blocks = f.blocks();
        t.call(cls).close();
        assertEquals(List.of(), events);
        assertEquals(List.of("Exception ignored in: <function Printer.__del__> / RecursionError: maximum recursion depth"
                + " exceeded while getting the repr of an object"), unraisable);
        assertEquals(blocks, f.blocks());
        try (Handle small = t.newList(f.keep(t.newList()))) {
            assertEquals("[[]]", t.repr(small), "no repr left half done");
        }
        t.delGlobal("deep");
        f.assertSane("after the deep list is freed");
    }

    /** Embedder code that overflows the Java stack by itself: a raw StackOverflowError, which propagates after the deallocation. */
    @Test
    void aStackOverflowErrorThrownByAFinalizerPropagatesOnceTheObjectIsFreed() {
        Handle cls = f.keep(t.newClass("Deep", (thread, self) -> events.add("depth " + recurse(0))));
        long blocks = f.blocks();
        Handle deep = t.call(cls);
        assertThrows(StackOverflowError.class, deep::close);
        assertEquals(List.of(), events);
        assertEquals(blocks, f.blocks());
        f.assertSane("after the StackOverflowError");
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void anErrorInAWeakrefCallbackPropagatesOnceTheReferentIsFreed() {
        AssertionError error = boom("a weakref callback");
        Handle cls = f.keep(t.newClass("Target"));
        long blocks = f.blocks();
        Handle target = t.call(cls);
        Handle first = t.weakref(target, (thread, ref) -> {
            events.add("first");
            throw error;
        });
        Handle second = t.weakref(target, (thread, ref) -> events.add("second"));
        assertSame(error, assertThrows(AssertionError.class, target::close));
        assertEquals(List.of("second", "first"), events, "newest first, every callback runs");
        first.close();
        second.close();
        assertEquals(blocks, f.blocks());
        f.assertSane("after the Error");
    }

    @Test
    void anErrorInAGcCallbackPropagatesOnceTheCollectionIsOver() {
        AssertionError error = boom("a gc callback");
        GcCallback failing = (phase, generation, collected, uncollectable) -> {
            events.add(phase);
            throw error;
        };
        f.gc().callbacks().add(failing);
        assertSame(error, assertThrows(AssertionError.class, () -> f.gc().collect()));
        assertEquals(List.of("start", "stop"), events, "the collection ran to its end");
        f.gc().callbacks().remove(failing);
        assertEquals(0, f.gc().collect(), "the next collection runs");
        f.assertSane("after the Error");
    }

    @Test
    void anExceptionFromTheUnraisableHookIsLoggedAndAnErrorFromItPropagates() {
        Handle cls = f.keep(t.newClass("Bad", (thread, self) -> {
            throw new PyException("ValueError", "boom");
        }));
        long blocks = f.blocks();
        f.heap.setUnraisableHook((message, error, id) -> {
            events.add(message);
            throw new IllegalStateException("the hook failed");
        });
        t.call(cls).close(); // the hook's exception goes to the default hook, with the original
        AssertionError error = boom("the unraisable hook");
        f.heap.setUnraisableHook((message, e, id) -> {
            events.add(message);
            throw error;
        });
        Handle bad = t.call(cls);
        assertSame(error, assertThrows(AssertionError.class, bad::close));
        assertEquals(List.of("Exception ignored in: <function Bad.__del__>", "Exception ignored in: <function Bad.__del__>"),
                events);
        assertEquals(blocks, f.blocks());
    }

    @Test
    void framesAFinalizerLeftPushedArePopped() {
        Handle cls = f.keep(t.newClass("Leaves", (thread, self) -> {
            PyFrame frame = thread.pushFrame("helper", "lib.py", 3);
            frame.setLocal("me", self);
            throw new PyException("RuntimeError", "left in the middle");
        }));
        long blocks = f.blocks();
        t.call(cls).close();
        assertEquals(0, t.depth(), "the finalizer's frame was popped, as the exception unwound it");
        assertEquals(List.of("Exception ignored in: <function Leaves.__del__> / RuntimeError: left in the middle"), unraisable);
        assertEquals(blocks, f.blocks(), "resurrected by the frame's local only while the frame lived");
    }

    @Test
    void aFinalizerKeepsTheGilAndCannotCloseItsThreadStateOrTheHeap() {
        Handle cls = f.keep(t.newClass("Rude", (thread, self) -> {
            for (Runnable rude : List.<Runnable>of(thread::releaseGil, thread::close, () -> thread.heap().close())) {
                try {
                    rude.run();
                } catch (IllegalStateException e) {
                    events.add(e.getMessage());
                }
            }
            events.add("holds the GIL: " + thread.holdsGil());
        }));
        t.call(cls).close();
        assertEquals(List.of(
                "releaseGil() in a finalizer, a weakref callback or a gc callback: the thread that runs one keeps the GIL"
                        + " until it returns",
                "a finalizer, a weakref callback or a gc callback cannot close the thread state that runs it",
                "the heap cannot be closed from a finalizer, a weakref callback or a gc callback, nor during a collection or"
                        + " a deallocation: it is running one",
                "holds the GIL: true"), events);
        assertTrue(t.holdsGil());
        try (Handle l = t.newList()) {
            assertEquals(0, t.len(l), "the heap is open");
        }
    }

    /** The unraisable hook's default: a WARN line; a heap without a custom hook also goes on. */
    @Test
    void withTheDefaultHookAnExceptionIsLoggedAndTheObjectFreed() {
        try (PyHeap heap = TestCollector.open(Configuration.defaults());
             PyThreadState thread = heap.attach()) {
            thread.acquireGil();
            try (Handle cls = thread.newClass("Bad", (x, self) -> {
                throw new PyException("ValueError", "boom");
            })) {
                long blocks = heap.sys().getallocatedblocks();
                thread.call(cls).close();
                assertEquals(blocks, heap.sys().getallocatedblocks(), "the instance is freed");
            }
            assertTrue(heap.checkSanity().ok());
        }
    }
}
