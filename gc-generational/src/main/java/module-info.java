/** The {@code generational} collector (built by the collector issues; empty until then). */
module dev.pyheap.gc.generational {
    requires dev.pyheap.api;
}
