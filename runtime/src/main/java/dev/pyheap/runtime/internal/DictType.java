package dev.pyheap.runtime.internal;

import java.util.function.LongConsumer;

/**
 * {@code dict}. (Being written: the layout and table of CPython 3.11 come with the dict work.)
 */
final class DictType extends PyType {

    /** Called for each key and value, in insertion order. */
    @FunctionalInterface
    interface EntryVisitor {
        void accept(long key, long value);
    }

    DictType(Interpreter interp) {
        super(interp, "dict", true);
    }

    /** {@code {}}: a new empty, untracked dict. New reference. */
    long create() {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code d[key]}: borrowed, or 0 when absent. Raises TypeError for an unhashable key. */
    long getItem(long d, long key) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code d[name]} for a str key given as Java text, without making a str: borrowed or 0. */
    long getItemString(long d, String key) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code d[key] = value}: takes new references to both (the stored key stays if present). */
    void setItem(long d, long key, long value) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code del d[key]}: false when absent. */
    boolean delItem(long d, long key) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code del d[name]} for a str key given as Java text: false when absent. */
    boolean delItemString(long d, String key) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code d.pop(key)}: the value (reference passed to the caller) or 0 when absent. */
    long pop(long d, long key) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code d.clear()}. */
    @Override
    void clear(long d) {
        throw new UnsupportedOperationException("dict is being written");
    }

    long size(long d) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** Visits every entry in insertion order (borrowed references; the dict must not change meanwhile). */
    void forEach(long d, EntryVisitor visitor) {
        throw new UnsupportedOperationException("dict is being written");
    }

    @Override
    long sizeof(long o) {
        throw new UnsupportedOperationException("dict is being written");
    }

    @Override
    void forEachReferent(long o, LongConsumer visitor) {
        throw new UnsupportedOperationException("dict is being written");
    }

    @Override
    void dealloc(long o) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** Dicts kept on the free list. */
    int freeListSize() {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** {@code untrack_dicts} for one dict: untracks it if no key or value could be part of a cycle. */
    boolean untrackIfAtomic(long d) {
        throw new UnsupportedOperationException("dict is being written");
    }

    /** Frees the dicts (and key tables) kept on the free lists. */
    void clearFreeLists() {
        throw new UnsupportedOperationException("dict is being written");
    }

    @Override
    boolean hashable() {
        return false;
    }
}
