/**
 * The {@code marksweep} collector: every collection marks the whole heap from the roots and hands
 * the tracked objects it did not reach to the runtime's destroy step; collections are scheduled by
 * heap growth. Nothing is exported: the collector is reached as a service through
 * {@link dev.pyheap.api.Plugins}.
 */
module dev.pyheap.gc.marksweep {
    requires dev.pyheap.api;

    provides dev.pyheap.api.gc.CollectorProvider with dev.pyheap.gc.marksweep.MarkSweepCollectorProvider;
}
