package dev.pyheap.driver.contract;

/** {@code generational}: safe in young and full collections, and complete after a full one. */
final class GenerationalContractTest extends CollectorContractTest {
    @Override
    String collector() {
        return "generational";
    }

    @Override
    boolean reclaimsCycles() {
        return true;
    }
}
