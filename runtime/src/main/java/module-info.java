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
    requires jdk.jfr;
    requires java.management;

    exports dev.pyheap.runtime;
    exports dev.pyheap.runtime.gil;
    exports dev.pyheap.runtime.tracemalloc;
    exports dev.pyheap.runtime.objgraph;
    exports dev.pyheap.runtime.management;
    // the flight recorder's events, for the recorder to instrument and read
    exports dev.pyheap.runtime.jfr to jdk.jfr;
    // The internal API of the Python front end (CPython's pycore_* headers): to it alone.
    exports dev.pyheap.runtime.objects to dev.pyheap.interpreter;
    exports dev.pyheap.runtime.state to dev.pyheap.interpreter;
    exports dev.pyheap.runtime.modules to dev.pyheap.interpreter;
}
