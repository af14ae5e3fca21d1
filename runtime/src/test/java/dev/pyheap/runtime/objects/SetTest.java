package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code set} against CPython 3.11's behaviour (sizes are in {@link DictSizesTest}). */
final class SetTest extends TestHeapTest {
    @Test
    void addDiscardContainsLen() {
        Handle s = h.keep(t.newSet());
        Handle a = h.str("alpha");
        Handle again = h.str("alpha");
        Handle two = h.integer(2);
        Handle twoFloat = h.keep(t.newFloat(2.0));
        assertTrue(h.tracked(s), "sets are tracked from birth");
        t.add(s, a);
        t.add(s, again);
        t.add(s, two);
        t.add(s, twoFloat);
        assertEquals(2, t.len(s), "equal keys are one element");
        assertEquals(2, h.refcount(a), "the first of equal keys is the one kept");
        assertEquals(1, h.refcount(again));
        assertEquals(1, h.refcount(twoFloat));
        assertTrue(t.contains(s, again));
        assertTrue(t.contains(s, twoFloat));
        t.discard(s, again);
        assertEquals(1, h.refcount(a));
        assertFalse(t.contains(s, a));
        t.discard(s, a); // absent: nothing happens
        assertEquals(1, t.len(s));
        t.add(s, a);
        assertEquals(2, t.len(s), "a dummy slot is reused");
        t.clear(s);
        assertEquals(0, t.len(s));
        assertEquals(1, h.refcount(a));
        assertEquals(216, h.sizeof(s));
    }

    @Test
    void unhashableKeysAndSetsThemselves() {
        Handle s = h.keep(t.newSet());
        Handle list = h.keep(t.newList());
        assertEquals("TypeError: unhashable type: 'list'", assertThrows(PyException.class, () -> t.add(s, list)).getMessage());
        assertEquals("TypeError: unhashable type: 'list'", assertThrows(PyException.class, () -> t.contains(s, list)).getMessage());
        assertEquals("TypeError: unhashable type: 'list'", assertThrows(PyException.class, () -> t.discard(s, list)).getMessage());
        assertEquals("TypeError: unhashable type: 'set'", assertThrows(PyException.class, () -> t.hash(s)).getMessage());
        assertEquals("TypeError: unhashable type: 'list'",
                assertThrows(PyException.class, () -> t.newSet(list)).getMessage());
    }

    @Test
    void reprAndEquality() {
        try (Handle one = t.newInt(1); Handle two = t.newInt(2); Handle a = t.literal("a");
             Handle s = t.newSet(); Handle u = t.newSet(two, one); Handle v = t.newSet(one, two)) {
            assertEquals("set()", t.repr(s));
            assertEquals("{1, 2}", t.repr(u), "table order: hash(1) = 1, hash(2) = 2");
            assertTrue(t.eq(u, v));
            t.add(s, a);
            assertEquals("{'a'}", t.repr(s));
            assertFalse(t.eq(s, u));
            t.discard(v, two);
            t.add(v, a);
            assertFalse(t.eq(u, v), "same size, different elements");
            try (Handle list = t.newList(one, two)) {
                assertFalse(t.eq(u, list));
            }
        }
    }

    @Test
    void deallocationClearsWeakrefsThenReleasesKeysInTableOrder() {
        List<String> log = new ArrayList<>();
        try (Handle k = t.newClass("K", (thread, self) -> {
            try (Handle n = thread.getattr(self, "n")) {
                log.add((String) thread.javaValue(n));
            }
        })) {
            Handle s = t.newSet();
            for (int i = 0; i < 6; i++) {
                Handle o = t.call(k);
                try (Handle n = t.newStr("k" + i)) {
                    t.setattr(o, "n", n);
                }
                t.add(s, o);
                o.close();
            }
            List<String> tableOrder = new ArrayList<>();
            for (Handle r : h.heap.gc().getReferents(s)) {
                try (r; Handle n = t.getattr(r, "n")) {
                    tableOrder.add((String) t.javaValue(n));
                }
            }
            Handle ref = h.keep(t.weakref(s, (thread, dead) -> log.add("callback")));
            s.close();
            List<String> expected = new ArrayList<>();
            expected.add("callback");
            expected.addAll(tableOrder);
            assertEquals(expected, log);
            try (Handle dead = t.deref(ref)) {
                assertEquals(null, t.javaValue(dead));
            }
        }
    }

    @Test
    void clearEmptiesFirstThenReleasesInTableOrder() {
        try (Handle s = t.newSet(); Handle big = t.newInt(1000); Handle small = t.newInt(3)) {
            t.add(s, big);
            t.add(s, small);
            // 1000 & 7 == 0: big is in slot 0, small in slot 3
            assertEquals("{1000, 3}", t.repr(s));
            t.clear(s);
            assertEquals("set()", t.repr(s));
            assertEquals(1, h.refcount(big));
        }
    }

    @Test
    void tenThousandElementsAgainstAHashSet() {
        h.heap.gc().collect();
        long blocks = h.blocks();
        Random random = new Random(7);
        Set<Long> expected = new HashSet<>();
        try (Handle s = t.newSet()) {
            for (int step = 0; step < 40_000; step++) {
                long k = random.nextInt(10_000);
                try (Handle key = step % 2 == 0 ? t.newInt(k) : t.newStr("e" + k)) {
                    long tagged = step % 2 == 0 ? k : -1 - k;
                    int op = random.nextInt(10);
                    if (op < 6) {
                        t.add(s, key);
                        expected.add(tagged);
                    } else if (op < 9) {
                        assertEquals(expected.remove(tagged), t.contains(s, key));
                        t.discard(s, key);
                    } else {
                        assertEquals(expected.contains(tagged), t.contains(s, key));
                    }
                }
            }
            assertEquals(expected.size(), t.len(s));
            Set<Long> actual = new HashSet<>();
            h.interp.setType.forEachReferent(s.id(), k -> actual.add(
                    h.interp.typeOf(k) == h.interp.strType
                            ? -1 - Long.parseLong(h.interp.strType.value(k).substring(1))
                            : h.interp.intType.longValue(k)));
            assertEquals(expected, actual);
        }
        h.heap.gc().collect();
        assertEquals(blocks, h.blocks());
    }

    @Test
    void setsAreWeaklyReferenceable() {
        try (Handle s = t.newSet(); Handle r = t.weakref(s); Handle back = t.deref(r)) {
            assertTrue(t.is(s, back));
        }
    }
}
