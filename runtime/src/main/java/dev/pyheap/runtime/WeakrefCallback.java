package dev.pyheap.runtime;

/**
 * The callback of {@code weakref.ref(obj, callback)}: called with the (now dead) weakref when its
 * referent dies, newest weakref first. An exception is reported, never propagated; an {@link Error}
 * propagates once the referent's deallocation (or the collection) is complete, as from a
 * {@link Finalizer}, under the same rules.
 */
@FunctionalInterface
public interface WeakrefCallback {
    void call(PyThreadState thread, Handle weakref);
}
