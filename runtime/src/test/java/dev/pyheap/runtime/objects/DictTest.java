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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dict} against CPython 3.11's behaviour: lookups, errors, references, order, tracking, free lists, memory. */
final class DictTest extends TestHeapTest {
    private PyException error(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(PyException.class, e);
    }

    @Test
    void setGetContainsLenDelete() {
        Handle d = h.keep(t.newDict());
        Handle a = h.str("alpha");
        Handle one = h.integer(1);
        Handle two = h.integer(2);
        assertEquals(0, t.len(d));
        assertFalse(t.contains(d, a));
        t.setitem(d, a, one);
        t.setitem(d, two, two);
        assertEquals(2, t.len(d));
        assertTrue(t.contains(d, a));
        try (Handle again = t.newStr("alpha"); Handle v = t.getitem(d, again)) {
            assertTrue(t.is(one, v), "an equal str finds the entry");
        }
        try (Handle f = t.newFloat(2.0); Handle v = t.getitem(d, f)) {
            assertTrue(t.is(two, v), "2.0 == 2 and hash(2.0) == hash(2)");
        }
        t.delitem(d, a);
        assertEquals(1, t.len(d));
        assertFalse(t.contains(d, a));
    }

    @Test
    void errorsCarryCPythonsMessages() {
        Handle d = h.keep(t.newDict());
        Handle k = h.keep(t.literal("k"));
        Handle list = h.keep(t.newList());
        assertEquals("KeyError: 'k'", error(() -> t.getitem(d, k)).getMessage());
        assertEquals("KeyError: 'k'", error(() -> t.delitem(d, k)).getMessage());
        assertEquals("KeyError: 'k'", error(() -> t.dictPop(d, k)).getMessage());
        assertEquals("TypeError: unhashable type: 'list'", error(() -> t.getitem(d, list)).getMessage());
        assertEquals("TypeError: unhashable type: 'list'", error(() -> t.setitem(d, list, k)).getMessage());
        assertEquals("TypeError: unhashable type: 'list'", error(() -> t.delitem(d, list)).getMessage());
        assertEquals("TypeError: unhashable type: 'list'", error(() -> t.contains(d, list)).getMessage());
        assertEquals("KeyError: []", error(() -> t.dictPop(d, list)).getMessage(), "{}.pop([]) answers before hashing");
        t.setitem(d, k, k);
        assertEquals("TypeError: unhashable type: 'list'", error(() -> t.dictPop(d, list)).getMessage());
        assertEquals("TypeError: unhashable type: 'dict'", error(() -> t.hash(d)).getMessage());
        try (Handle five = t.newInt(5)) {
            assertEquals("KeyError: 5", error(() -> t.getitem(d, five)).getMessage());
        }
        assertEquals(1, t.len(d), "a failed operation changes nothing");
    }

    /**
     * A KeyError holds its key ({@code _PyErr_SetKeyError}); one leaving the embedding API holds
     * nothing of the heap: the key's count is back where it was and the error owns no object.
     */
    @Test
    void aKeyErrorLeavingTheApiKeepsNoReferenceToItsKey() {
        Handle d = h.keep(t.newDict());
        Handle set = h.keep(t.newSet());
        Handle k = h.keep(t.newStr("some key"));
        long before = h.refcount(k);
        for (org.junit.jupiter.api.function.Executable op : List.<org.junit.jupiter.api.function.Executable>of(
                () -> t.getitem(d, k), () -> t.delitem(d, k), () -> t.dictPop(d, k),
                () -> t.callMethod(set, "remove", k))) {
            PyException e = error(op);
            assertEquals("KeyError: 'some key'", e.getMessage());
            assertEquals(0, e.exception(), "the embedder's error owns no heap object");
            assertEquals(before, h.refcount(k));
        }
        t.setitem(d, k, k);
        try (Handle k2 = t.newStr("other")) {
            long before2 = h.refcount(k2);
            assertEquals("KeyError: 'other'", error(() -> t.callMethod(d, "pop", k2)).getMessage());
            assertEquals(before2, h.refcount(k2));
        }
        assertEquals(before + 2, h.refcount(k), "the dict holds the key and the value");
    }

    @Test
    void referencesOfKeysAndValues() {
        Handle d = h.keep(t.newDict());
        Handle key = h.str("somekeysomekey");
        Handle sameText = h.str("somekeysomekey");
        Handle v = h.str("valval");
        Handle w = h.str("other value");
        t.setitem(d, key, v);
        assertEquals(2, h.refcount(key));
        assertEquals(2, h.refcount(v));
        t.setitem(d, sameText, w);
        assertEquals(2, h.refcount(key), "overwriting keeps the stored key");
        assertEquals(1, h.refcount(sameText), "the equal key is not kept");
        assertEquals(1, h.refcount(v), "the old value is released");
        assertEquals(2, h.refcount(w));
        t.setitem(d, key, w);
        assertEquals(2, h.refcount(w), "storing the same value again changes nothing");
        try (Handle popped = t.dictPop(d, sameText)) {
            assertTrue(t.is(popped, w));
            assertEquals(2, h.refcount(w), "pop passes the dict's reference to the caller");
            assertEquals(1, h.refcount(key));
        }
        assertEquals(1, h.refcount(w));
        t.setitem(d, key, v);
        t.delitem(d, sameText);
        assertEquals(1, h.refcount(key));
        assertEquals(1, h.refcount(v));
        t.setitem(d, key, v);
        t.clear(d);
        assertEquals(1, h.refcount(key));
        assertEquals(1, h.refcount(v));
        assertEquals(0, t.len(d));
        assertEquals(64, h.sizeof(d));
    }

    @Test
    void insertionOrderSurvivesDeletesAndReinserts() {
        Handle d = h.keep(t.newDict());
        String[] names = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < names.length; i++) {
            try (Handle k = t.literal(names[i]); Handle v = t.newInt(i + 1)) {
                t.setitem(d, k, v);
            }
        }
        try (Handle b = t.literal("b"); Handle f = t.literal("f"); Handle six = t.newInt(6); Handle two = t.newInt(2)) {
            t.delitem(d, b);
            t.setitem(d, f, six);
            t.setitem(d, b, two);
        }
        assertEquals("{'a': 1, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'b': 2}", t.repr(d));
        assertEquals(272, h.sizeof(d), "the sixth entry found the table full: resized to 16 slots");
    }

    @Test
    void reprEqualityAndRecursion() {
        Handle d = h.keep(t.newDict());
        assertEquals("{}", t.repr(d));
        try (Handle one = t.newInt(1); Handle a = t.literal("a"); Handle b = t.literal("b");
             Handle three = t.newInt(3); Handle list = t.newList(three)) {
            t.setitem(d, one, a);
            t.setitem(d, b, list);
            assertEquals("{1: 'a', 'b': [3]}", t.repr(d));
            try (Handle e = t.newDict()) {
                t.setitem(e, b, list);
                assertFalse(t.eq(d, e), "different lengths");
                t.setitem(e, one, a);
                assertTrue(t.eq(d, e), "order does not matter");
                assertTrue(t.eq(e, d));
                t.setitem(e, one, b);
                assertFalse(t.eq(d, e), "a different value");
                assertFalse(t.eq(d, list));
            }
            try (Handle x = t.literal("x")) {
                t.setitem(d, x, d);
                assertEquals("{1: 'a', 'b': [3], 'x': {...}}", t.repr(d));
                t.delitem(d, x);
            }
        }
    }

    @Test
    void aNewDictIsUntrackedUntilATrackableObjectGoesIn() {
        Handle d = h.keep(t.newDict());
        Handle a = h.keep(t.literal("a"));
        Handle b = h.keep(t.literal("b"));
        Handle one = h.integer(1);
        assertFalse(h.tracked(d));
        t.setitem(d, a, one);
        assertFalse(h.tracked(d), "{'a': 1}");
        try (Handle list = t.newList()) {
            t.setitem(d, b, list);
        }
        assertTrue(h.tracked(d), "{'a': 1, 'b': []}");
        t.setitem(d, b, one);
        assertTrue(h.tracked(d), "stays tracked after the list is replaced by an atom");
        h.heap.gc().collect(0);
        h.heap.gc().collect(1);
        assertTrue(h.tracked(d), "only a full collection untracks dicts");
        h.heap.gc().collect();
        assertFalse(h.tracked(d), "untrack_dicts");
    }

    @Test
    void anUntrackedDictInsideMakesTheContainerTracked() {
        try (Handle inner = t.newDict(); Handle outer = t.newDict(); Handle a = t.literal("a");
             Handle tuple = t.newTuple(inner)) {
            assertFalse(h.tracked(inner));
            t.setitem(outer, a, inner);
            assertTrue(h.tracked(outer), "{'a': {}}: a dict may be tracked later");
            h.heap.gc().collect();
            assertTrue(h.tracked(outer));
            assertTrue(h.tracked(tuple), "({},) stays tracked through a collection");
        }
    }

    @Test
    void aTrackedKeyKeepsAGeneralTableTracked() {
        try (Handle d = t.newDict(); Handle cls = t.newClass("Key"); Handle key = t.call(cls); Handle one = t.newInt(1)) {
            t.setitem(d, key, one);
            assertTrue(h.tracked(d));
            h.heap.gc().collect();
            assertTrue(h.tracked(d), "an instance as a key may be part of a cycle");
        }
    }

    @Test
    void deadDictsAreRecycledWithoutMovingTheCount() {
        DictType dicts = h.interp.dictType;
        h.heap.gc().collect();
        assertEquals(0, dicts.freeListSize());
        List<Handle> made = new ArrayList<>();
        long before = h.count0();
        for (int i = 0; i < 11; i++) {
            made.add(t.newDict());
        }
        assertEquals(before + 11, h.count0(), "11 new GC objects");
        long full = h.count0();
        made.forEach(Handle::close);
        assertEquals(full, h.count0(), "deleting 11 dicts moves gc.get_count()[0] by 0");
        assertEquals(11, dicts.freeListSize());
        made.clear();
        for (int i = 0; i < 11; i++) {
            made.add(t.newDict());
        }
        assertEquals(full, h.count0(), "reused from the free list: not counted");
        assertEquals(0, dicts.freeListSize());
        made.forEach(Handle::close);
        h.heap.gc().collect();
        assertEquals(0, dicts.freeListSize(), "a full collection empties the free list");
    }

    @Test
    void theFreeListsHoldEightyDictsAndEightyKeysBlocks() {
        DictType dicts = h.interp.dictType;
        h.heap.gc().collect();
        long baseline = h.blocks();
        List<Handle> made = new ArrayList<>();
        try (Handle k = t.newStr("key"); Handle one = t.newInt(1)) {
            long blocks = h.blocks();
            for (int i = 0; i < 100; i++) {
                Handle d = t.newDict();
                t.setitem(d, k, one);
                made.add(d);
            }
            try (Handle general = t.newDict()) {
                t.setitem(general, one, one); // an 8-slot general table: never recycled
                made.forEach(Handle::close);
                assertEquals(80, dicts.freeListSize());
                assertEquals(80, dicts.keysFreeListSize());
                assertEquals(blocks + 2 * 80 + 2, h.blocks(), "80 dicts and 80 keys blocks kept, plus 'general'");
            }
            assertEquals(80, dicts.freeListSize(), "the free list is full: the 81st dict is freed");
            assertEquals(80, dicts.keysFreeListSize());
            try (Handle d = t.newDict()) {
                t.setitem(d, k, one);
                assertEquals(79, dicts.freeListSize());
                assertEquals(79, dicts.keysFreeListSize(), "an 8-slot unicode table comes from the keys free list");
            }
        }
        h.heap.gc().collect();
        assertEquals(0, dicts.freeListSize());
        assertEquals(0, dicts.keysFreeListSize());
        assertEquals(baseline, h.blocks());
    }

    @Test
    void everyBlockComesBackAfterEverythingIsDropped() {
        h.heap.gc().collect();
        long blocks = h.blocks();
        try (Handle outer = t.newDict()) {
            for (int i = 0; i < 300; i++) {
                try (Handle k = t.newStr("key" + i); Handle inner = t.newDict(); Handle n = t.newInt(1000 + i);
                     Handle list = t.newList(n)) {
                    t.setitem(inner, k, list);
                    t.setitem(inner, n, k);
                    t.setitem(outer, k, inner);
                    if (i % 4 == 0) {
                        t.delitem(outer, k);
                    }
                }
            }
            assertEquals(225, t.len(outer));
        }
        h.heap.gc().collect();
        assertEquals(blocks, h.blocks());
    }

    @Test
    void deallocationReleasesEntriesInInsertionOrderKeyThenValue() {
        List<String> log = new ArrayList<>();
        try (Handle cls = t.newClass("K", (thread, self) -> {
            try (Handle n = thread.getattr(self, "n")) {
                log.add((String) thread.javaValue(n));
            }
        })) {
            Handle d = t.newDict();
            for (int i = 1; i <= 3; i++) {
                try (Handle k = named(cls, "k" + i); Handle v = named(cls, "v" + i)) {
                    t.setitem(d, k, v);
                }
            }
            d.close();
            assertEquals(List.of("k1", "v1", "k2", "v2", "k3", "v3"), log);

            log.clear();
            Handle u = t.newDict();
            try (Handle a = t.literal("a"); Handle b = t.literal("b"); Handle c = t.literal("c")) {
                try (Handle v1 = named(cls, "v1"); Handle v2 = named(cls, "v2"); Handle v3 = named(cls, "v3");
                     Handle v4 = named(cls, "v4")) {
                    t.setitem(u, a, v1);
                    t.setitem(u, b, v2);
                    t.setitem(u, c, v3);
                    t.delitem(u, b);
                    t.setitem(u, b, v4);
                }
                assertEquals(List.of("v2"), log);
                u.close();
            }
            assertEquals(List.of("v2", "v1", "v3", "v4"), log);

            log.clear();
            try (Handle e = t.newDict(); Handle a = t.literal("a"); Handle b = t.literal("b")) {
                try (Handle v1 = named(cls, "v1"); Handle v2 = named(cls, "v2")) {
                    t.setitem(e, a, v1);
                    t.setitem(e, b, v2);
                }
                t.clear(e);
                assertEquals(List.of("v1", "v2"), log, "clear releases in insertion order");
            }
        }
    }

    private Handle named(Handle cls, String name) {
        Handle o = t.call(cls);
        try (Handle n = t.newStr(name)) {
            t.setattr(o, "n", n);
        }
        return o;
    }

    @Test
    void aDeepChainOfDictsIsFreedWithoutRecursion() {
        h.heap.gc().collect();
        long blocks = h.blocks();
        try (Handle next = t.literal("chain_key")) { // not "next": that name is static, the interpreter keeps it
            Handle d = t.newDict();
            for (int i = 0; i < 200_000; i++) {
                Handle outer = t.newDict();
                t.setitem(outer, next, d);
                d.close();
                d = outer;
            }
            d.close();
        }
        h.heap.gc().collect();
        assertEquals(blocks, h.blocks());
    }

    @Test
    void globalsAreLookedUpByJavaText() {
        Handle v = h.integer(12345);
        t.setGlobal("answer", v);
        try (Handle back = t.getGlobal("answer")) {
            assertTrue(t.is(v, back));
        }
        assertEquals(2, h.refcount(v));
        t.delGlobal("answer");
        assertEquals(1, h.refcount(v));
        assertEquals("NameError: name 'answer' is not defined", error(() -> t.getGlobal("answer")).getMessage());
        assertEquals("NameError: name 'answer' is not defined", error(() -> t.delGlobal("answer")).getMessage());
    }

    @Test
    void javaTextHashesAsTheStrWithThatText() {
        StrType str = h.interp.strType;
        for (String text : new String[]{"", "a", "abc", "é", "€uro", "😀 astral", "x".repeat(1000)}) {
            try (Handle s = t.newStr(text)) {
                assertEquals(str.hash(s.id()), str.hashText(text), text);
            }
        }
    }

    @Test
    void getItemStringFindsStrKeysInGeneralTablesToo() {
        DictType dicts = h.interp.dictType;
        try (Handle d = t.newDict(); Handle k = t.newStr("name"); Handle one = t.newInt(1); Handle two = t.newInt(2)) {
            t.setitem(d, one, two);
            t.setitem(d, k, one);
            assertEquals(one.id(), dicts.getItemString(d.id(), "name"));
            assertEquals(0, dicts.getItemString(d.id(), "nam"));
            assertTrue(dicts.delItemString(d.id(), "name"));
            assertFalse(dicts.delItemString(d.id(), "name"));
            assertEquals(1, h.refcount(k));
        }
    }

    @Test
    void tenThousandIntKeysAgainstALinkedHashMap() {
        checkAgainstJava(false);
    }

    @Test
    void tenThousandStrKeysAgainstALinkedHashMap() {
        checkAgainstJava(true);
    }

    private void checkAgainstJava(boolean strKeys) {
        h.heap.gc().collect();
        long blocks = h.blocks();
        Random random = new Random(42);
        Map<Long, Long> expected = new LinkedHashMap<>();
        DictType dicts = h.interp.dictType;
        try (Handle d = t.newDict()) {
            for (int step = 0; step < 40_000; step++) {
                long k = random.nextInt(10_000);
                try (Handle key = strKeys ? t.newStr("k" + k) : t.newInt(k)) {
                    int op = random.nextInt(10);
                    if (op < 6) {
                        long v = random.nextInt(1_000_000);
                        try (Handle value = t.newInt(v)) {
                            t.setitem(d, key, value);
                        }
                        expected.put(k, v);
                    } else if (op < 9) {
                        boolean present = expected.remove(k) != null;
                        assertEquals(present, t.contains(d, key));
                        if (present) {
                            t.delitem(d, key);
                        }
                    } else {
                        Long v = expected.get(k);
                        if (v == null) {
                            assertFalse(t.contains(d, key));
                        } else {
                            try (Handle got = t.getitem(d, key)) {
                                assertEquals(v, t.javaValue(got));
                            }
                        }
                    }
                }
            }
            assertEquals(expected.size(), t.len(d));
            List<Long> order = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            dicts.forEach(d.id(), (k, v) -> {
                Object key = h.interp.strType == h.interp.typeOf(k)
                        ? Long.parseLong(h.interp.strType.value(k).substring(1))
                        : (Object) h.interp.intType.longValue(k);
                order.add((Long) key);
                values.add(h.interp.intType.longValue(v));
            });
            assertEquals(new ArrayList<>(expected.keySet()), order, "insertion order");
            assertEquals(new ArrayList<>(expected.values()), values);
        }
        h.heap.gc().collect();
        assertEquals(blocks, h.blocks());
    }
}
