package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.TestCollector;
import dev.pyheap.runtime.SanityReport;
import dev.pyheap.runtime.state.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.pyheap.api.Addresses.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sanity checker on native memory, where reading an unmapped address crashes the JVM: each
 * test points something at {@link #WILD}, an address nothing maps, or damages a size, and the
 * checker must report it without reading there (a read would end this test run, not fail a test).
 * Each test repairs the heap before it closes: dealloc would follow the wild pointer.
 */
final class SanityOnNativeMemoryTest {
    /** No mapping of this process is there (below the first page a JVM maps, 16-byte aligned). */
    static final long WILD = 0xdead0000L;

    private PyHeap heap;
    private PyThreadState t;
    private ObjectSpace space;
    private Memory memory;

    @BeforeEach
    void open() {
        heap = TestCollector.open(Configuration.of(Map.of("memory", "native")));
        t = heap.attach();
        t.acquireGil();
        space = ((ThreadState) t).interpreter().space();
        memory = space.memory;
        assertFalse(memory.isChecked(), "native memory");
        assertFalse(memory.isMapped(WILD, 8), "nothing is mapped at " + hex(WILD));
    }

    @AfterEach
    void close() {
        assertTrue(heap.checkSanity().ok(), () -> heap.checkSanity().format());
        t.close();
        heap.close();
    }

    private List<String> problems() {
        SanityReport r = heap.checkSanity();
        assertFalse(r.ok());
        return r.problems();
    }

    @Test
    void aListItemPointingNowhereIsReportedNotRead() {
        try (Handle none = t.none(); Handle list = t.newList(none)) {
            long slot = memory.getLong(list.id() + ListType.ITEM_ARRAY);
            long n = memory.getLong(slot);
            memory.putLong(slot, WILD);
            List<String> p = problems();
            assertEquals("<list " + hex(list.id()) + "> item [0] refers to " + hex(WILD)
                    + ", which is not a live object: no allocated block holds it", p.get(0));
            assertTrue(p.get(1).startsWith("refcount of <NoneType " + hex(n) + ">"), p.toString());
            memory.putLong(slot, n);
        }
    }

    /** The native twin of SanityCheckerTest.aDamagedListIsReportedNotThrown: a size past its item array is not followed. */
    @Test
    void aListWhoseSizeIsDamagedIsReportedNotFollowed() {
        try (Handle none = t.none(); Handle list = t.newList(none)) {
            long l = list.id();
            long size = memory.getLong(l + Layout.OB_SIZE);
            memory.putLong(l + Layout.OB_SIZE, 1L << 40);
            List<String> p = problems();
            assertEquals(2, p.size(), p.toString());
            assertEquals("traversing <list " + hex(l) + "> failed: ob_size 1099511627776 and allocated 1 of item array "
                    + hex(memory.getLong(l + ListType.ITEM_ARRAY)) + " are inconsistent", p.get(0));
            assertTrue(p.get(1).startsWith("refcount of <NoneType "), p.toString());
            memory.putLong(l + Layout.OB_SIZE, size);
        }
    }

    @Test
    void aListWhoseAllocatedSizeIsPastItsArrayIsReportedNotFollowed() {
        try (Handle none = t.none(); Handle list = t.newList(none)) {
            long l = list.id();
            long array = memory.getLong(l + ListType.ITEM_ARRAY);
            memory.putLong(l + ListType.ALLOCATED, 1L << 20);
            memory.putLong(l + Layout.OB_SIZE, 1L << 20);
            List<String> p = problems();
            assertTrue(p.get(0).startsWith("traversing <list " + hex(l) + "> failed: its sizes say it reads 8388608 bytes of block "
                    + hex(array)), p.toString());
            memory.putLong(l + ListType.ALLOCATED, 1);
            memory.putLong(l + Layout.OB_SIZE, 1);
        }
    }

    @Test
    void aDictWhoseKeysPointerIsWildIsReportedNotRead() {
        try (Handle d = t.newDict(); Handle k = t.newStr("key"); Handle v = t.none()) {
            t.setitem(d, k, v);
            long keys = memory.getLong(d.id() + DictType.MA_KEYS);
            memory.putLong(d.id() + DictType.MA_KEYS, WILD);
            List<String> p = problems();
            assertEquals("traversing <dict " + hex(d.id()) + "> failed: ma_keys " + hex(WILD) + " is not in an allocated block",
                    p.get(0));
            assertTrue(p.stream().anyMatch(line -> line.startsWith("leak: block " + hex(keys))), p.toString());
            memory.putLong(d.id() + DictType.MA_KEYS, keys);
        }
    }

    @Test
    void anInstanceWhoseValuesPointerIsWildIsReportedNotRead() {
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls); Handle v = t.none()) {
            t.setattr(c, "x", v);
            long at = c.id() + Layout.VALUES_PTR;
            long values = memory.getLong(at);
            memory.putLong(at, WILD);
            List<String> p = problems();
            assertEquals("traversing <C " + hex(c.id()) + "> failed: values pointer " + hex(WILD)
                    + " is not in an allocated block", p.get(0));
            memory.putLong(at, values);
        }
    }

    @Test
    void aWildFreeListEntryIsReportedNotRead() {
        FreeList floats = space.floatType.freeList;
        assertTrue(floats.offer(WILD));
        try {
            assertEquals(List.of("<float " + hex(WILD) + "> on the float free list is in no allocated block"), problems());
        } finally {
            assertEquals(WILD, floats.poll());
        }
    }

    @Test
    void aReferenceIntoTheMiddleOfABlockIsNamedByItsAddressAlone() {
        try (Handle none = t.none(); Handle s = t.newStr("a string long enough"); Handle list = t.newList(none)) {
            long slot = memory.getLong(list.id() + ListType.ITEM_ARRAY);
            long n = memory.getLong(slot);
            long inside = s.id() + 48; // no block starts 0, 16 or 32 bytes before it: the middle of the str's
            memory.putLong(slot, inside);
            List<String> p = problems();
            String prefix = "<list " + hex(list.id()) + "> item [0] refers to " + hex(inside)
                    + ", which is not a live object: it lies 48 bytes into block " + hex(s.id()) + " (";
            assertTrue(p.get(0).startsWith(prefix) && p.get(0).endsWith(" bytes), <str " + hex(s.id()) + ">"), p.get(0));
            memory.putLong(slot, n);
        }
    }
}
