package dev.pyheap.gc.generational;

import dev.pyheap.testkit.CollectorContractTest;

/** {@code generational}: safe in young and full collections, and complete after a full one. */
final class GenerationalContractTest extends CollectorContractTest {
    @Override
    protected String collector() {
        return "generational";
    }

    @Override
    protected boolean reclaimsCycles() {
        return true;
    }
}
