/**
 * The {@code refcount} collector: reference counting alone. Cycles are never reclaimed; they are
 * reported. Nothing is exported: the collector is reached as a service through
 * {@link dev.pyheap.api.Plugins}.
 */
module dev.pyheap.gc.refcount {
    requires dev.pyheap.api;

    provides dev.pyheap.api.gc.CollectorProvider with dev.pyheap.gc.refcount.RefcountCollectorProvider;
}
