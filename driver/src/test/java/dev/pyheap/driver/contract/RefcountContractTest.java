package dev.pyheap.driver.contract;

/** {@code refcount} keeps the safety half; the cycles it leaks are exactly those it reports. */
final class RefcountContractTest extends CollectorContractTest {
    @Override
    String collector() {
        return "refcount";
    }

    @Override
    boolean reclaimsCycles() {
        return false;
    }
}
