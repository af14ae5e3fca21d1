/**
 * The contracts of pyheap: the allocator and collector SPIs, the binding a collector sees,
 * {@link dev.pyheap.api.Memory}, configuration, metrics, events and exceptions, and the GC mechanisms
 * every collector shares (GC header, collector lists, subtract-internal-references).
 *
 * <p>Depends on {@code java.base} only, so an embedder can put {@code api + runtime + allocator +
 * one gc module} on the module path. Implementations are found as services by name through
 * {@link dev.pyheap.api.Plugins}.
 */
module dev.pyheap.api {
    exports dev.pyheap.api;
    exports dev.pyheap.api.alloc;
    exports dev.pyheap.api.config;
    exports dev.pyheap.api.gc;
    exports dev.pyheap.api.gc.mechanism;

    uses dev.pyheap.api.alloc.AllocatorProvider;
    uses dev.pyheap.api.gc.CollectorProvider;
}
