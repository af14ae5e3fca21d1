package dev.pyheap.gc.refcount;

import dev.pyheap.testkit.CollectorContractTest;

/** {@code refcount} keeps the safety half; the cycles it leaks are exactly those it reports. */
final class RefcountContractTest extends CollectorContractTest {
    @Override
    protected String collector() {
        return "refcount";
    }

    @Override
    protected boolean reclaimsCycles() {
        return false;
    }
}
