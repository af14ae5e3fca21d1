package dev.pyheap.runtime;

/** Who holds a root reference: something outside the heap's objects that keeps an object alive. */
public enum RootKind {
    /** A module global: the globals dict's entry (the dict itself is a {@link #GLOBALS} root); objgraph's chains name them. */
    GLOBAL,
    /** The module's globals dict, held by the module. */
    GLOBALS,
    /** A local variable of a pushed frame. */
    LOCAL,
    /** An embedder's {@link Handle}. */
    HANDLE,
    /** The interpreter: built-in type objects, singletons, caches. */
    INTERPRETER,
    /**
     * The interpreter's hold on an object CPython allocates statically (small ints, {@code ''}, the
     * one-character strings and bytes, {@code ()}, the static interned strings): one visit stands for
     * {@code 999999999} references, the count such an object starts at.
     */
    STATIC,
    /** The gc module's {@code gc.garbage} list. */
    GC_GARBAGE
}
