package dev.pyheap.driver.contract;

/** {@code marksweep}: safe, and complete from the roots. */
final class MarkSweepContractTest extends CollectorContractTest {
    @Override
    String collector() {
        return "marksweep";
    }

    @Override
    boolean reclaimsCycles() {
        return true;
    }
}
