/**
 * The heap users embed: CPython's object model in allocator memory, reference counting, roots,
 * the GIL, weak references and finalizers. Each heap's object graph is wired by Dagger from its
 * configuration and the chosen providers.
 *
 * <p>Exported: the embedding API ({@code dev.pyheap.runtime}, {@code .gil}, {@code .tracemalloc},
 * {@code .objgraph}). Not exported, the implementation, in packages that follow CPython's tree and
 * depend one way ({@code inject -> modules -> gc -> state -> objects}, {@code sanity} beside
 * {@code gc}; see each package-info): the Python front end will get {@code objects} and
 * {@code state} through qualified exports, as CPython's core gets its {@code pycore_*} headers.
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
