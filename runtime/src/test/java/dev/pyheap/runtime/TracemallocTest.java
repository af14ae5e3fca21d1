package dev.pyheap.runtime;

import dev.pyheap.runtime.tracemalloc.Frame;
import dev.pyheap.runtime.tracemalloc.KeyType;
import dev.pyheap.runtime.tracemalloc.Snapshot;
import dev.pyheap.runtime.tracemalloc.Statistic;
import dev.pyheap.runtime.tracemalloc.TracedMemory;
import dev.pyheap.runtime.tracemalloc.Trace;
import dev.pyheap.runtime.tracemalloc.Traceback;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tracemalloc on a real heap: the module's state machine and errors (CPython 3.11's, checked with
 * python3), traced sizes (a 3-byte bytes asks 36 bytes and int 10**6 asks 28, as CPython's
 * tracemalloc reports for {@code bytes([1, 2, 3])} and {@code int("1000000")}), where blocks were
 * allocated, reallocation moving a trace, and the Java stack for embedders that push no frames.
 */
final class TracemallocTest extends HeapTest {
    static final long BYTES3 = 36;
    static final long INT = 28;

    Tracemalloc tm() {
        return f.heap.tracemalloc();
    }

    /** The line this is called from. */
    static int here() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
    }

    private static Traceback tb(int total, Frame... oldestFirst) {
        return new Traceback(List.of(oldestFirst), total);
    }

    @Test
    void theModuleStartsStopsAndFailsAsCpythonDoes() {
        Tracemalloc tm = tm();
        assertFalse(tm.isTracing());
        assertEquals(new TracedMemory(0, 0), tm.getTracedMemory());
        assertEquals(1, tm.getTracebackLimit());
        PyException off = assertThrows(PyException.class, tm::takeSnapshot);
        assertEquals("RuntimeError: the tracemalloc module must be tracing memory allocations to take a snapshot",
                off.getMessage());
        for (int bad : new int[]{0, -1, 65536}) {
            PyException e = assertThrows(PyException.class, () -> tm.start(bad));
            assertEquals("ValueError: the number of frames must be in range [1; 65535]", e.getMessage());
        }
        assertFalse(tm.isTracing());
        tm.start(3);
        assertTrue(tm.isTracing());
        assertEquals(3, tm.getTracebackLimit());
        tm.start(7);
        assertEquals(3, tm.getTracebackLimit(), "starting again while tracing changes nothing");
        tm.stop();
        assertFalse(tm.isTracing());
        assertEquals(new TracedMemory(0, 0), tm.getTracedMemory());
        assertEquals(3, tm.getTracebackLimit(), "stop keeps the limit");
        tm.clearTraces();
        tm.resetPeak();
        try (Handle b = t.newBytes(new byte[]{1, 2, 3})) {
            assertEquals(Optional.empty(), tm.getObjectTraceback(b));
        }
        tm.start();
        assertEquals(1, tm.getTracebackLimit());
        tm.stop();
    }

    @Test
    void tracedMemoryCountsRequestedSizesAndKeepsThePeak() {
        Tracemalloc tm = tm();
        tm.start();
        Handle b = t.newBytes(new byte[]{1, 2, 3});
        Handle i = t.newInt(1_000_000);
        assertEquals(new TracedMemory(BYTES3 + INT, BYTES3 + INT), tm.getTracedMemory());
        b.close();
        assertEquals(new TracedMemory(INT, BYTES3 + INT), tm.getTracedMemory());
        tm.resetPeak();
        assertEquals(new TracedMemory(INT, INT), tm.getTracedMemory());
        tm.clearTraces();
        assertEquals(new TracedMemory(0, 0), tm.getTracedMemory());
        i.close(); // allocated before the clear: freeing it changes nothing
        assertEquals(new TracedMemory(0, 0), tm.getTracedMemory());
        assertEquals(0, tm.takeSnapshot().traces().size());
        tm.stop();
    }

    @Test
    void blocksAllocatedBeforeTracingAreNotTraced() {
        try (Handle before = t.newBytes(new byte[]{1, 2, 3})) {
            tm().start();
            assertEquals(Optional.empty(), tm().getObjectTraceback(before));
            before.close();
            assertEquals(new TracedMemory(0, 0), tm().getTracedMemory());
            tm().stop();
        }
    }

    @Test
    void theMutatorsFramesNameTheSite() {
        tm().start(5);
        Frame module = new Frame("__main__", 1);
        dev.pyheap.runtime.PyFrame make = t.pushFrame("make_node", "tree.py", 12);
        Handle a = t.newBytes(new byte[]{1, 2, 3});
        make.setLine(13);
        Handle b = t.newInt(1_000_000);
        assertEquals(Optional.of(tb(2, module, new Frame("tree.py", 12))), tm().getObjectTraceback(a));
        assertTrue(tm().getObjectTraceback(a).orElseThrow().totalNframe().isEmpty(),
                "CPython 3.11's get_object_traceback returns Traceback(frames): no total_nframe");
        assertEquals(2, totalNframeInSnapshot(List.of(module, new Frame("tree.py", 12))));
        assertEquals(Optional.of(tb(2, module, new Frame("tree.py", 13))), tm().getObjectTraceback(b));
        t.pushFrame("leaf", "leaf.py", 3);
        Handle c = t.newInt(2_000_000);
        assertEquals(Optional.of(tb(3, module, new Frame("tree.py", 13), new Frame("leaf.py", 3))),
                tm().getObjectTraceback(c));
        t.popFrame();
        make.setLine(12);
        Handle d = t.newInt(3_000_000);
        assertEquals(tm().getObjectTraceback(a), tm().getObjectTraceback(d), "back on line 12: the same site");
        t.popFrame();
        // Only the module frame left, moved to a line: module code.
        t.frame().setLine(40);
        Handle e = t.newInt(4_000_000);
        assertEquals(Optional.of(tb(1, new Frame("__main__", 40))), tm().getObjectTraceback(e));
        for (Handle h : List.of(a, b, c, d, e)) {
            h.close();
        }
        tm().stop();
    }

    @Test
    void theLimitCutsTracebacksToTheMostRecentFrames() {
        tm().start(1);
        t.pushFrame("outer", "o.py", 1);
        t.pushFrame("inner", "i.py", 2);
        try (Handle h = t.newInt(1_000_000)) {
            Traceback only = tm().getObjectTraceback(h).orElseThrow();
            assertEquals(List.of(new Frame("i.py", 2)), only.frames());
            assertEquals(3, totalNframeInSnapshot(List.of(new Frame("i.py", 2))), "a snapshot's trace keeps the total");
        }
        t.popFrame();
        t.popFrame();
        tm().stop();
    }

    @Test
    void anEmbedderWithoutFramesGetsTheJavaStack() {
        tm().start(2);
        Handle h = t.newInt(1_000_000); int line = here();
        Traceback tb = tm().getObjectTraceback(h).orElseThrow();
        assertEquals(new Frame("dev/pyheap/runtime/TracemallocTest.java", line), tb.mostRecent());
        assertEquals(2, tb.size());
        assertTrue(totalNframeInSnapshot(tb.frames()) > 2, tb.repr());
        h.close();
        tm().stop();
    }

    @Test
    void aReallocationMovesTheTraceToWhereItHappened() {
        Snapshot before;
        tm().start();
        dev.pyheap.runtime.PyFrame g = t.pushFrame("grow", "g.py", 1);
        try (Handle list = t.newList(); Handle one = t.newInt(1)) {
            before = tm().takeSnapshot();
            g.setLine(2);
            for (int i = 0; i < 4; i++) {
                t.append(list, one); // list_resize: 4 slots, 32 bytes
            }
            assertEquals(List.of(new Statistic(tb(-1, new Frame("g.py", 2)), 32, 1)),
                    tm().takeSnapshot().compareTo(before, KeyType.LINENO).stream()
                            .filter(d -> d.sizeDiff() != 0).map(d -> new Statistic(d.traceback(), d.size(), d.count()))
                            .toList());
            g.setLine(3);
            t.append(list, one); // 8 slots: the array is reallocated, its trace moves to line 3
            List<Statistic> now = tm().takeSnapshot().filterTraces(List.of(
                    new dev.pyheap.runtime.tracemalloc.Filter(true, "g.py", 2),
                    new dev.pyheap.runtime.tracemalloc.Filter(true, "g.py", 3))).statistics(KeyType.LINENO);
            assertEquals(List.of(new Statistic(tb(-1, new Frame("g.py", 3)), 64, 1)), now);
            assertEquals("g.py:3: size=64 B, count=1, average=64 B", now.get(0).toString());
        }
        t.popFrame();
        tm().stop();
    }

    @Test
    void statisticsOfARealHeapPrintAsCpythonPrintsThem() {
        Handle list = t.newList();
        tm().start();
        dev.pyheap.runtime.PyFrame f1 = t.pushFrame("make", "demo.py", 2);
        for (int i = 0; i < 3; i++) {
            try (Handle b = t.newBytes(new byte[]{1, 2, (byte) i})) {
                t.append(list, b);
            }
        }
        f1.setLine(3);
        for (int i = 0; i < 2; i++) {
            try (Handle n = t.newInt(1_000_000 + i)) {
                t.append(list, n);
            }
        }
        Snapshot s = tm().takeSnapshot().filterTraces(List.of(new dev.pyheap.runtime.tracemalloc.Filter(true, "demo.py", 2),
                new dev.pyheap.runtime.tracemalloc.Filter(true, "demo.py", 3)));
        List<String> lines = s.statistics(KeyType.LINENO).stream().map(Statistic::toString).toList();
        // line 2: three 36-byte bytes and the first 4-slot item array (32); line 3: two ints and
        // the array grown to 8 slots (moved from line 2)
        assertEquals(List.of("demo.py:3: size=120 B, count=3, average=40 B", "demo.py:2: size=108 B, count=3, average=36 B"),
                lines);
        list.close();
        t.popFrame();
        tm().stop();
    }

    /** The {@code total_nframe} of the snapshot trace whose traceback has {@code frames}, oldest first. */
    private int totalNframeInSnapshot(List<Frame> frames) {
        return tm().takeSnapshot().traces().stream().map(Trace::traceback)
                .filter(tb -> tb.frames().equals(frames)).findFirst().orElseThrow().totalNframe().getAsInt();
    }
}
