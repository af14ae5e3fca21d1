package dev.pyheap.gc.marksweep;

import dev.pyheap.testkit.CollectorContractTest;

import java.util.Map;

/** {@code marksweep}: safe, and complete from the roots. */
final class MarkSweepContractTest extends CollectorContractTest {
    @Override
    protected String collector() {
        return "marksweep";
    }

    @Override
    protected boolean reclaimsCycles() {
        return true;
    }

    /**
     * marksweep's trigger is growth over its survivors (a few hundred here): a small factor lets
     * threshold0 decide, so it too collects automatically many times.
     */
    @Override
    protected Map<String, String> settings() {
        return Map.of("gc.marksweep.growth", "0.01");
    }
}
