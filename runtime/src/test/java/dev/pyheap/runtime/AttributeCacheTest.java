package dev.pyheap.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link CApi#getattr(long, AttributeCache)} and {@link CApi#setattr(long, AttributeCache, long)}:
 * the cached path gives what the by-name calls give (values, reference counts, errors), whatever
 * the objects met at the call site and however their classes change.
 */
final class AttributeCacheTest extends HeapTest {

    @Test
    void cachedReadsAndWritesCountAsTheGenericOnes() {
        CApi capi = t.capi();
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls)) {
            long o = capi.address(c);
            long v1 = capi.newInt(1000);
            long v2 = capi.newInt(2000);
            AttributeCache x = capi.attributeCache("x");
            assertEquals("x", x.name());
            capi.setattr(o, x, v1); // generic (the cache is empty), then filled
            assertEquals(2, capi.refcount(v1), "the instance holds v1");
            for (int i = 1; i <= 3; i++) { // the first read may fill, the others hit
                assertEquals(v1, capi.getattr(o, x));
                assertEquals(2 + i, capi.refcount(v1), "each read is a new reference");
            }
            for (int i = 0; i < 3; i++) {
                capi.decref(v1);
            }
            capi.setattr(o, x, v2); // cached: the old value released, the new one counted
            assertEquals(1, capi.refcount(v1));
            assertEquals(2, capi.refcount(v2));
            capi.setattr(o, x, v2); // storing the same value again changes no count
            assertEquals(2, capi.refcount(v2));
            long generic = capi.getattr(o, "x");
            assertEquals(v2, generic);
            capi.decref(generic);
            capi.decref(v1);
            capi.decref(v2);
            assertEquals(1, capi.refcount(v2), "only the instance's reference is left");
        }
    }

    @Test
    void anInstanceWhoseDictWasAskedForIsReadAndWrittenThroughTheDict() {
        CApi capi = t.capi();
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls)) {
            long o = capi.address(c);
            long v1 = capi.newInt(1000);
            long v2 = capi.newInt(2000);
            AttributeCache x = capi.attributeCache("x");
            capi.setattr(o, x, v1);
            capi.setattr(o, x, v1); // now filled: the values array is the fast path's
            long dict = capi.getattr(o, "__dict__"); // the values move into a dict
            capi.setattr(o, x, v2); // the cached guard holds, the values are gone: through the dict
            assertEquals(1, capi.refcount(v1), "the old value was released once");
            assertEquals(2, capi.refcount(v2));
            try (Handle d = capi.toHandle(dict); Handle key = t.newStr("x"); Handle inDict = t.getitem(d, key)) {
                assertEquals(v2, capi.address(inDict), "the dict holds what was stored");
            }
            long read = capi.getattr(o, x);
            assertEquals(v2, read);
            assertEquals(3, capi.refcount(v2));
            capi.decref(read);
            capi.decref(v1);
            capi.decref(v2);
            assertEquals(1, capi.refcount(v2), "only the instance's dict holds it");
        }
    }

    @Test
    void aCachedStoreThatDropsTheOldValuesLastReferenceDeallocatesIt() {
        CApi capi = t.capi();
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls); Handle d = t.newClass("D"); Handle one = t.newInt(1)) {
            long o = capi.address(c);
            long dClass = capi.address(d);
            capi.decref(capi.call(dClass)); // D's first instance made and gone: what it sets up once is in place
            AttributeCache x = capi.attributeCache("x");
            capi.setattr(o, x, capi.address(one));
            capi.setattr(o, x, capi.address(one)); // filled: the stores below take the cached path
            long before = f.heap.metrics().allocator().allocatedBlockBytes();
            long old = capi.call(dClass);
            capi.setattr(o, x, old);
            assertEquals(2, capi.refcount(old));
            capi.decref(old); // the instance's reference is the last
            capi.setattr(o, x, capi.address(one));
            assertEquals(before, f.heap.metrics().allocator().allocatedBlockBytes(),
                    "the replaced value's last reference was dropped: it was deallocated");
        }
    }

    @Test
    void oneSiteServesInstancesOfSeveralClasses() {
        CApi capi = t.capi();
        try (Handle a = t.newClass("A"); Handle b = t.newClass("B"); Handle ia = t.call(a); Handle ib = t.call(b);
             Handle one = t.newInt(1); Handle two = t.newInt(2)) {
            t.setattr(ia, "x", one);
            t.setattr(ib, "x", two);
            AttributeCache x = capi.attributeCache("x");
            for (int i = 0; i < 4; i++) {
                long va = capi.getattr(capi.address(ia), x);
                long vb = capi.getattr(capi.address(ib), x);
                assertEquals(capi.address(one), va);
                assertEquals(capi.address(two), vb);
                capi.decref(va);
                capi.decref(vb);
            }
        }
    }

    @Test
    void aMissingAttributeRaisesTheGenericError() {
        CApi capi = t.capi();
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls)) {
            AttributeCache nope = capi.attributeCache("nope");
            PyException generic = assertThrows(PyException.class, () -> capi.getattr(capi.address(c), "nope"));
            for (int i = 0; i < 2; i++) {
                PyException cached = assertThrows(PyException.class, () -> capi.getattr(capi.address(c), nope));
                assertEquals("AttributeError", cached.pythonType());
                assertEquals(generic.pythonMessage(), cached.pythonMessage());
                cached.release();
            }
            generic.release();
        }
    }

    @Test
    void aClassAttributeIsFoundUntilTheInstanceHasItsOwnAndAgainAfterItIsDeleted() {
        CApi capi = t.capi();
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls); Handle five = t.newInt(5); Handle seven = t.newInt(7)) {
            t.setattr(cls, "y", five);
            long o = capi.address(c);
            AttributeCache y = capi.attributeCache("y");
            for (int i = 0; i < 2; i++) {
                long v = capi.getattr(o, y);
                assertEquals(capi.address(five), v, "the class's y");
                capi.decref(v);
            }
            capi.setattr(o, y, capi.address(seven));
            for (int i = 0; i < 2; i++) {
                long v = capi.getattr(o, y);
                assertEquals(capi.address(seven), v, "the instance's own y hides the class's");
                capi.decref(v);
            }
            t.delattr(c, "y");
            long v = capi.getattr(o, y);
            assertEquals(capi.address(five), v, "the class's y again");
            capi.decref(v);
        }
    }

    @Test
    void aChangedClassIsAnalysedAgain() {
        CApi capi = t.capi();
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls); Handle one = t.newInt(1); Handle two = t.newInt(2)) {
            long o = capi.address(c);
            t.setattr(c, "x", one);
            t.setattr(c, "z", one);
            AttributeCache z = capi.attributeCache("z");
            capi.setattr(o, z, capi.address(two)); // fills
            t.setattr(cls, "unrelated", one); // the class's version tag changes
            capi.setattr(o, z, capi.address(one));
            long v = capi.getattr(o, "z");
            assertEquals(capi.address(one), v);
            capi.decref(v);
        }
    }

    @Test
    void misuseIsRefusedAndChangesNothing() {
        CApi capi = t.capi();
        try (Handle cls = t.newClass("C"); Handle c = t.call(cls); Handle one = t.newInt(1)) {
            long o = capi.address(c);
            AttributeCache foreign = () -> "x";
            assertEquals("attribute cache for 'x' was not made by this heap's CApi",
                    assertThrows(IllegalArgumentException.class, () -> capi.getattr(o, foreign)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> capi.setattr(o, foreign, capi.address(one)));
            assertThrows(IllegalArgumentException.class, () -> capi.getattr(o, (AttributeCache) null));
            AttributeCache x = capi.attributeCache("x");
            capi.setattr(o, x, capi.address(one));
            assertThrows(IllegalArgumentException.class, () -> capi.setattr(o, x, 0), "NULL is refused as by name");
            long v = capi.getattr(o, x);
            assertEquals(capi.address(one), v, "the refused store changed nothing");
            capi.decref(v);
        }
    }

    /**
     * The cached calls make the API's checks as every other call (the cache's fast path reads
     * through the caller's heap, so a cache of another heap must never get that far): a cache
     * another heap made, a call without the GIL and a call from another thread are refused, and
     * nothing changes.
     */
    @Test
    void aCacheOfAnotherHeapAndCallsWithoutTheGilAreRefused() {
        CApi capi = t.capi();
        try (HeapFixture other = new HeapFixture();
                Handle cls = t.newClass("C"); Handle c = t.call(cls); Handle one = t.newInt(1)) {
            long o = capi.address(c);
            long oneAt = capi.address(one);
            AttributeCache x = capi.attributeCache("x");
            capi.setattr(o, x, oneAt);
            AttributeCache theirs = other.t.capi().attributeCache("x");
            assertEquals("attribute cache for 'x' was not made by this heap's CApi",
                    assertThrows(IllegalArgumentException.class, () -> capi.getattr(o, theirs)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> capi.setattr(o, theirs, oneAt));
            long before = capi.refcount(oneAt);

            java.util.concurrent.atomic.AtomicReference<Throwable> fromThere = new java.util.concurrent.atomic.AtomicReference<>();
            Thread there = new Thread(() -> {
                try {
                    capi.getattr(o, x);
                } catch (Throwable e) {
                    fromThere.set(e);
                }
            });
            there.start();
            assertDoesNotThrow(() -> there.join());
            assertInstanceOf(IllegalStateException.class, fromThere.get(), "another thread is refused");

            t.releaseGil();
            try {
                assertThrows(IllegalStateException.class, () -> capi.getattr(o, x));
                assertThrows(IllegalStateException.class, () -> capi.setattr(o, x, oneAt));
            } finally {
                t.acquireGil();
            }
            assertEquals(before, capi.refcount(oneAt), "no refused call counted a reference");
            long v = capi.getattr(o, x);
            assertEquals(oneAt, v);
            capi.decref(v);
        }
    }
}
