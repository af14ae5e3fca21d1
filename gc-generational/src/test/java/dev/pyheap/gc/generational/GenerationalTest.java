package dev.pyheap.gc.generational;

import dev.pyheap.testkit.HeapTest;

/** A fresh generational heap per test method, checked sane and closed clean at the end. */
abstract class GenerationalTest extends HeapTest {
    @Override
    protected final String collector() {
        return "generational";
    }
}
