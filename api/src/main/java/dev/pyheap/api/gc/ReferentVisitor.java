package dev.pyheap.api.gc;

/** CPython's {@code visitproc}: called once per reference an object or root holds. */
@FunctionalInterface
public interface ReferentVisitor {
    /** Visits one referent, the address of an object ({@code 0} references are never passed). */
    void visit(long referent);
}
