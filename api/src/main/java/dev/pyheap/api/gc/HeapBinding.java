package dev.pyheap.api.gc;

import dev.pyheap.api.Memory;

/**
 * What a collector may see of the heap and ask of it: the runtime implements it, collectors use
 * it and depend on nothing else (as an MMTk plan sees only its VM binding). Every method is
 * called with the GIL held, at a check point.
 *
 * <p>This is the first cut of the binding: the runtime and collector issues refine it (roots by
 * kind, the destroy step's result, object naming for debug output).
 */
public interface HeapBinding {

    /** The heap's memory: GC header words are read and written through it. */
    Memory memory();

    /** The stored reference count of the object at {@code object} ({@code ob_refcnt}). */
    long refcount(long object);

    /** CPython's {@code tp_traverse}: visits every reference {@code object} holds to a GC-capable object. */
    void traverse(long object, ReferentVisitor visitor);

    /** Visits every root: frame locals, module globals, handles, builtin types and caches, {@code gc.garbage}. */
    void visitRoots(ReferentVisitor visitor);

    /** A short description of the object for debug output, e.g. {@code <list 0x7f3730731780>}. */
    String describe(long object);
}
