package dev.pyheap.runtime.objects;

import dev.pyheap.api.HeapCorruptionError;

/**
 * {@code NotImplementedType}: the one {@code NotImplemented} object (16 bytes), what a
 * {@code tp_richcompare} returns for an operation it leaves to the other operand.
 */
public final class NotImplementedType extends PyType {
    static final int SIZE = Layout.OBJECT_HEAD;

    NotImplementedType(ObjectSpace space) {
        super(space, "NotImplementedType", null, 0, SIZE, 0);
    }

    long create() {
        return space.newObject(this, SIZE);
    }

    @Override
    public void dealloc(long o) {
        throw new HeapCorruptionError("deallocating NotImplemented: its refcount reached zero", o);
    }

    @Override
    public String repr(long o) {
        return "NotImplemented";
    }
}
