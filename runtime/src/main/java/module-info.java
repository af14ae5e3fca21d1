/**
 * The heap users embed: CPython's object model in allocator memory, reference counting, roots,
 * the GIL, weak references and finalizers. Each heap's object graph is wired by Dagger from its
 * configuration and the chosen providers.
 */
module dev.pyheap.runtime {
    requires transitive dev.pyheap.api;
    requires org.slf4j;
    requires dagger;
    requires jakarta.inject;

    exports dev.pyheap.runtime;
    exports dev.pyheap.runtime.gil;
    exports dev.pyheap.runtime.tracemalloc;
    exports dev.pyheap.runtime.objgraph;
}
