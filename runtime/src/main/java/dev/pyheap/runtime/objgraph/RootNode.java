package dev.pyheap.runtime.objgraph;

/**
 * A root reference: something outside the heap's objects that keeps an object alive.
 *
 * @param kind        who holds the reference
 * @param description {@code global 'registry'}, {@code local 'node' in make_tree (tree.py:12)},
 *                    {@code handle}, {@code globals}, {@code interpreter}, {@code gc.garbage}
 */
public record RootNode(RootKind kind, String description) implements Node {

    /** Who holds a root reference. */
    public enum RootKind {
        /** A module global: the globals dict's entry (the dict itself is a {@link #GLOBALS} root). */
        GLOBAL,
        /** The module's globals dict, held by the module. */
        GLOBALS,
        /** A local variable of a pushed frame. */
        LOCAL,
        /** An embedder's {@link dev.pyheap.runtime.Handle}. */
        HANDLE,
        /** The interpreter: built-in type objects, singletons, caches. */
        INTERPRETER,
        /** The gc module's {@code gc.garbage} list. */
        GC_GARBAGE
    }

    @Override
    public String text() {
        return description;
    }
}
