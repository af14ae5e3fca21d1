/**
 * The {@code generational} collector: CPython 3.11's three-generation cycle collector (thresholds,
 * the long-lived rule, freeze). Nothing is exported: the collector is reached as a service through
 * {@link dev.pyheap.api.Plugins}.
 */
module dev.pyheap.gc.generational {
    requires dev.pyheap.api;

    provides dev.pyheap.api.gc.CollectorProvider with dev.pyheap.gc.generational.GenerationalCollectorProvider;
}
