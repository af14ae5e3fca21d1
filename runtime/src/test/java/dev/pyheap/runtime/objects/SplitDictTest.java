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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instance {@code __dict__} as CPython 3.11 makes it: a split dict over the instance's values and
 * the class's shared keys (sizes measured with python3.11 on the same steps).
 */
final class SplitDictTest extends TestHeapTest {
    private void setattrs(Handle o, long... values) {
        String[] names = {"x", "y", "z"};
        for (int i = 0; i < values.length; i++) {
            try (Handle v = t.newInt(values[i])) {
                t.setattr(o, names[i], v);
            }
        }
    }

    private void set(Handle d, String key, long value) {
        try (Handle k = t.literal(key); Handle v = t.newInt(value)) {
            t.setitem(d, k, v);
        }
    }

    @Test
    void theLifeOfASplitDict() {
        Handle cls = h.keep(t.newClass("C"));
        Handle a = h.keep(t.call(cls));
        setattrs(a, 1, 2, 3);
        Handle d = h.keep(t.getattr(a, "__dict__"));
        assertEquals(296, h.sizeof(d), "64 + 8 * (3 names + 26 usable): only one instance so far");
        assertFalse(h.tracked(d), "atoms only");
        assertEquals("{'x': 1, 'y': 2, 'z': 3}", t.repr(d));

        Handle b = h.keep(t.call(cls));
        setattrs(b, 1, 2, 3);
        assertEquals(288, h.sizeof(d), "the second instance took one more from the shared keys' usable");
        try (Handle bd = t.getattr(b, "__dict__")) {
            assertEquals(288, h.sizeof(bd));
            assertTrue(t.eq(d, bd));
        }

        set(d, "w", 4);
        assertEquals(288, h.sizeof(d), "a new str key went into the shared keys: still split");
        assertEquals("{'x': 1, 'y': 2, 'z': 3, 'w': 4}", t.repr(d));
        try (Handle w = t.getattr(a, "w")) {
            assertEquals(4L, t.javaValue(w));
        }

        Handle c = h.keep(t.call(cls));
        try (Handle five = t.newInt(5)) {
            t.setattr(c, "w", five);
        }
        assertEquals(280, h.sizeof(d));
        try (Handle cd = t.getattr(c, "__dict__")) {
            assertEquals(280, h.sizeof(cd));
            assertEquals("{'w': 5}", t.repr(cd));
        }

        try (Handle x = t.literal("x")) {
            t.delitem(d, x);
        }
        assertEquals(280, h.sizeof(d), "deleting keeps the table split");
        assertEquals("{'y': 2, 'z': 3, 'w': 4}", t.repr(d));
        assertFalse(t.hasattr(a, "x"));
        assertEquals("AttributeError: 'C' object has no attribute 'x'",
                assertThrows(PyException.class, () -> t.getattr(a, "x")).getMessage());

        set(d, "x", 9);
        assertEquals(280, h.sizeof(d));
        assertEquals("{'y': 2, 'z': 3, 'w': 4, 'x': 9}", t.repr(d), "re-added last");

        try (Handle one = t.newInt(1); Handle two = t.newInt(2)) {
            t.setitem(d, one, two);
        }
        assertEquals(352, h.sizeof(d), "a non-str key makes it a combined general table of 16 slots");
        assertEquals("{'y': 2, 'z': 3, 'w': 4, 'x': 9, 1: 2}", t.repr(d));
        try (Handle y = t.getattr(a, "y")) {
            assertEquals(2L, t.javaValue(y), "the instance reads its attributes from the dict");
        }
    }

    @Test
    void aNewNameWhenTheSharedKeysAreFullMakesACombinedDict() {
        try (Handle cls = t.newClass("F"); Handle f = t.call(cls)) {
            StringBuilder expected = new StringBuilder("{");
            for (int i = 0; i < 30; i++) {
                try (Handle v = t.newInt(i)) {
                    t.setattr(f, "a" + i, v);
                }
                expected.append(i == 0 ? "" : ", ").append("'a").append(i).append("': ").append(i);
            }
            try (Handle one = t.newInt(1)) {
                t.setattr(f, "b", one);
            }
            expected.append(", 'b': 1}");
            try (Handle d = t.getattr(f, "__dict__")) {
                assertEquals(1584, h.sizeof(d), "29 values moved to a 128-slot unicode table (29 * 3 = 87)");
                assertEquals(expected.toString(), t.repr(d));
            }
        }
    }

    @Test
    void aDictHoldingAListIsTracked() {
        try (Handle cls = t.newClass("G"); Handle g = t.call(cls); Handle list = t.newList()) {
            t.setattr(g, "p", list);
            try (Handle d = t.getattr(g, "__dict__")) {
                assertTrue(h.tracked(d));
            }
        }
    }

    @Test
    void aDictOutlivingItsClassCountsTheSharedKeys() {
        h.heap.gc().collect();
        long blocks = h.blocks();
        Handle d;
        try (Handle cls = t.newClass("Gone"); Handle a = t.call(cls); Handle v = t.newStr("value")) {
            t.setattr(a, "x", v);
            d = t.getattr(a, "__dict__");
            assertEquals(296, h.sizeof(d));
            assertEquals(2, h.refcount(v));
        }
        // The class lives on in its cycle with __mro__ (freed by a cycle collector, not by the
        // runtime tests' reference counting): it still shares its keys with the dict.
        assertEquals(296, h.sizeof(d), "the keys are still the class's");
        assertEquals("{'x': 'value'}", t.repr(d));
        d.close();
        assertTrue(h.heap.checkSanity().ok(), h.heap.checkSanity().toString());
    }

    @Test
    void referencesMoveWithTheValuesArray() {
        try (Handle cls = t.newClass("R"); Handle a = t.call(cls); Handle v = t.newStr("held value")) {
            t.setattr(a, "x", v);
            assertEquals(2, h.refcount(v));
            try (Handle d = t.getattr(a, "__dict__")) {
                assertEquals(2, h.refcount(v), "materialising moves the reference, it does not copy it");
                try (Handle x = t.literal("x")) {
                    t.delitem(d, x);
                }
                assertEquals(1, h.refcount(v));
                t.setattr(a, "x", v);
                assertEquals(2, h.refcount(v));
                t.clear(d);
                assertEquals(1, h.refcount(v));
                assertEquals(64, h.sizeof(d));
                t.setattr(a, "x", v);
                assertEquals(184, h.sizeof(d), "after clear() the instance uses an ordinary dict");
            }
        }
    }

    @Test
    void aSplitDictReleasesItsValuesInSlotOrder() {
        List<String> log = new ArrayList<>();
        try (Handle k = t.newClass("K", (thread, self) -> {
            try (Handle n = thread.getattr(self, "n")) {
                log.add((String) thread.javaValue(n));
            }
        }); Handle cls = t.newClass("A")) {
            Handle a = t.call(cls);
            try (Handle one = named(k, "1"); Handle two = named(k, "2")) {
                t.setattr(a, "p", one);
                t.setattr(a, "q", two);
            }
            Handle d = t.getattr(a, "__dict__");
            try (Handle p = t.literal("p"); Handle three = named(k, "3")) {
                t.delitem(d, p);
                t.setitem(d, p, three);
            }
            assertEquals(List.of("q", "p"), ((ClassType) h.interp.typeOf(a.id())).attributeNames(a.id()));
            a.close();
            d.close();
            assertEquals(List.of("1", "3", "2"), log, "p's slot before q's, whatever the insertion order");

            log.clear();
            try (Handle b = t.call(cls); Handle q = named(k, "q"); Handle p = named(k, "p")) {
                t.setattr(b, "q", q);
                t.setattr(b, "p", p);
            }
            assertEquals(List.of("p", "q"), log, "an instance without a dict: slot order too");
        }
    }

    private Handle named(Handle cls, String name) {
        Handle o = t.call(cls);
        try (Handle n = t.newStr(name)) {
            t.setattr(o, "n", n);
        }
        return o;
    }
}
