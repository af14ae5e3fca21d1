package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link CApi#listSetItem}: {@code list[index] = item} at the address level. The list takes its own
 * reference, the old item is released (and freed when that was its last reference), indexes count
 * from the end when negative, and a bad index or a NULL item changes nothing.
 */
final class ListSetItemTest extends HeapTest {

    @Test
    void storesCountingTheNewItemAndReleasingTheOld() {
        CApi capi = t.capi();
        long list = capi.newList();
        long a = capi.newInt(1000);
        long b = capi.newInt(2000);
        capi.listAppend(list, a);
        capi.listAppend(list, a);
        assertEquals(3, capi.refcount(a));
        capi.listSetItem(list, 0, b);
        assertEquals(2, capi.refcount(a), "slot 0's reference to a was released");
        assertEquals(2, capi.refcount(b), "the list holds its own reference to b");
        capi.listSetItem(list, -1, b);
        assertEquals(1, capi.refcount(a));
        assertEquals(3, capi.refcount(b));
        capi.listSetItem(list, 1, b); // the same object again: no count changes
        assertEquals(3, capi.refcount(b));
        try (Handle l = capi.toHandle(list)) {
            assertEquals("[2000, 2000]", t.repr(l));
        }
        capi.decref(a);
        capi.decref(b);
    }

    @Test
    void theOldItemsLastReferenceFreesIt() {
        CApi capi = t.capi();
        long list = capi.newList();
        long a = capi.newInt(1000);
        long inner = capi.newList();
        capi.listAppend(inner, a);
        capi.listAppend(list, inner);
        capi.decref(inner); // the outer list holds the inner one's only reference
        assertEquals(2, capi.refcount(a));
        long none;
        try (Handle n = t.none()) {
            none = capi.address(n);
        }
        capi.listSetItem(list, 0, none);
        assertEquals(1, capi.refcount(a), "the inner list was freed, releasing its item");
        capi.decref(list);
        capi.decref(a);
    }

    @Test
    void aBadIndexOrNullItemChangesNothing() {
        CApi capi = t.capi();
        long list = capi.newList();
        long a = capi.newInt(1000);
        capi.listAppend(list, a);
        PyException e = assertThrows(PyException.class, () -> capi.listSetItem(list, 1, a));
        assertEquals("IndexError", e.pythonType());
        assertEquals("list assignment index out of range", e.pythonMessage());
        assertThrows(PyException.class, () -> capi.listSetItem(list, -2, a));
        assertThrows(IllegalArgumentException.class, () -> capi.listSetItem(list, 0, 0));
        assertEquals(2, capi.refcount(a));
        capi.decref(list);
        assertEquals(1, capi.refcount(a));
        capi.decref(a);
    }
}
