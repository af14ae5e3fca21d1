package dev.pyheap.runtime;

/**
 * A class's {@code __del__}, written in Java. It runs at most once per object (PEP 442), with the
 * GIL held, in the thread that dropped the last reference or ran the collection. {@code self} is
 * a temporary handle: storing it somewhere (a global, a list) resurrects the object. An exception
 * is reported as CPython's "Exception ignored in: ..." and does not propagate; an {@link Error}
 * propagates from the operation that dropped the last reference (or ran the collection) once the
 * object is deallocated (or the collection complete). Frames pushed and not popped are popped. The
 * finalizer keeps the GIL until it returns: it may not release it, nor close its thread state or
 * the heap.
 */
@FunctionalInterface
public interface Finalizer {
    void finalize(PyThreadState thread, Handle self);
}
