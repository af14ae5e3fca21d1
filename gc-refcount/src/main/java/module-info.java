/** The {@code refcount} collector (built by the collector issues; empty until then). */
module dev.pyheap.gc.refcount {
    requires dev.pyheap.api;
}
