package dev.pyheap.runtime.internal;

import java.util.function.LongConsumer;

/**
 * {@code set}. (Being written: CPython 3.11's layout and table come with the set work.)
 */
final class SetType extends PyType {
    /** Offset of the weakref list head ({@code weakreflist}) in a set object. */
    static final int WEAKLIST = 192;

    SetType(Interpreter interp) {
        super(interp, "set", true);
    }

    /** {@code set()}: a new empty tracked set. New reference. */
    long create() {
        throw new UnsupportedOperationException("set is being written");
    }

    /** {@code s.add(key)}. Raises TypeError for an unhashable key. */
    void add(long s, long key) {
        throw new UnsupportedOperationException("set is being written");
    }

    /** {@code s.discard(key)}: whether it was there. */
    boolean discard(long s, long key) {
        throw new UnsupportedOperationException("set is being written");
    }

    /** {@code key in s}. */
    boolean contains(long s, long key) {
        throw new UnsupportedOperationException("set is being written");
    }

    long size(long s) {
        throw new UnsupportedOperationException("set is being written");
    }

    @Override
    void clear(long s) {
        throw new UnsupportedOperationException("set is being written");
    }

    @Override
    long sizeof(long o) {
        throw new UnsupportedOperationException("set is being written");
    }

    @Override
    void forEachReferent(long o, LongConsumer visitor) {
        throw new UnsupportedOperationException("set is being written");
    }

    @Override
    void dealloc(long o) {
        throw new UnsupportedOperationException("set is being written");
    }

    @Override
    boolean hashable() {
        return false;
    }

    @Override
    int weaklistOffset() {
        return WEAKLIST;
    }
}
