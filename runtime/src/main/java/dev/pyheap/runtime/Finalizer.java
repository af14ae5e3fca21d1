package dev.pyheap.runtime;

/**
 * A class's {@code __del__}, written in Java. It runs at most once per object (PEP 442), with the
 * GIL held, in the thread that dropped the last reference or ran the collection. {@code self} is
 * a temporary handle: storing it somewhere (a global, a list) resurrects the object. An exception
 * is reported as CPython's "Exception ignored in: ..." and does not propagate.
 */
@FunctionalInterface
public interface Finalizer {
    void finalize(PyThreadState thread, Handle self);
}
