package dev.pyheap.runtime;

/**
 * An embedder's reference to an object: one counted reference, like a variable. Every operation
 * that returns a {@code Handle} returns a new one, which the caller closes when done with it.
 * Closing needs the GIL (it may free the object, and run its finalizer, at once); a handle never
 * closed is reported when the heap closes.
 *
 * <p>{@code sys.getrefcount(h)} counts the handle as the call's own argument reference, so an
 * object held by one global and one handle reports 2, as the same object does in CPython.
 *
 * <p>Like every entry point, the methods need the GIL, {@link #isOpen()} aside (it reads only the
 * handle itself).
 */
public interface Handle extends AutoCloseable {

    /** {@code id(obj)}: the object's address. */
    long id();

    /** The object's type name, e.g. {@code list} or {@code Person}. */
    String typeName();

    /** Whether this handle still holds its reference. */
    boolean isOpen();

    /**
     * Drops the reference (at most once; closing again does nothing).
     *
     * @throws IllegalStateException when the calling thread does not hold the heap's GIL
     */
    @Override
    void close();
}
