package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A thread state is confined to the thread that attached it (issue 11 item 4): while its owner
 * holds the GIL, any other thread's call through it, the C API, its frames, or {@code releaseGil()},
 * is refused naming both threads, and leaves the owner's state as it was.
 */
final class ThreadConfinementTest extends HeapTest {

    @Test
    void anotherThreadCannotUseAThreadStateWhileItsOwnerHoldsTheGil() throws Exception {
        Handle list = f.keep(t.newList());
        PyFrame frame = t.pushFrame("work", "app.py", 1);
        frame.setLocal("list", list);
        CApi c = t.capi();
        long address = c.address(list);
        long blocks = f.blocks();
        Map<String, Executable> calls = TestThreads.threadStateCalls(t, c, address, frame, list);
        calls.put("close", t::close);
        List<String> refusals = TestThreads.inThread("intruder", () -> TestThreads.outcomes(calls));
        String owner = Thread.currentThread().getName();
        List<String> expected = new ArrayList<>();
        calls.keySet().forEach(name -> expected.add(name + ": IllegalStateException: " + (name.equals("close")
                ? "thread 'intruder' tried to close the thread state of '" + owner + "'"
                : "thread 'intruder' used the thread state of '" + owner + "'")));
        assertEquals(expected, refusals);
        assertTrue(t.holdsGil(), "the owner still holds the GIL");
        assertEquals(1, t.depth());
        assertEquals(1, frame.line());
        assertEquals(2, f.sys().getrefcount(list), "the handle and the local; nothing appended, nothing dropped");
        assertEquals(blocks, f.blocks(), "nothing allocated or freed");
        t.popFrame();
        f.assertSane("after the intrusions");
    }

    /** What the issue saw: another thread allocating through the owner's thread state corrupted pymalloc for good. */
    @Test
    void anIntruderHammeringAThreadStateCannotCorruptTheHeap() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong refused = new AtomicLong();
        AtomicLong allowed = new AtomicLong();
        Thread intruder = new Thread(() -> {
            while (!done.get()) {
                try {
                    t.newList().close();
                    allowed.incrementAndGet();
                } catch (IllegalStateException e) {
                    refused.incrementAndGet();
                }
            }
        }, "intruder");
        intruder.setDaemon(true);
        intruder.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> refused.get() + allowed.get() > 0);
        for (int i = 0; i < 20_000; i++) {
            try (Handle a = t.newList(); Handle b = t.newTuple(a); Handle d = t.newDict(); Handle k = t.newInt(i)) {
                t.setitem(d, k, b);
            }
        }
        done.set(true);
        await().atMost(Duration.ofSeconds(30)).until(() -> !intruder.isAlive());
        assertEquals(0, allowed.get(), "no call of the intruder went through");
        f.assertSane("after the owner's 20,000 operations beside the intruder");
    }
}
