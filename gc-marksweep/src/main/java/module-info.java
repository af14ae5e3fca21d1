/** The {@code marksweep} collector (built by the collector issues; empty until then). */
module dev.pyheap.gc.marksweep {
    requires dev.pyheap.api;
}
