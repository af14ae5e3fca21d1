package dev.pyheap.runtime.internal;

import dev.pyheap.api.HeapCorruptionError;

/** {@code NoneType}: one object of 16 bytes (refcount and type), owned by the interpreter. */
final class NoneType extends PyType {
    static final int SIZE = Layout.OBJECT_HEAD;

    NoneType(Interpreter interp) {
        super(interp, "NoneType", false);
    }

    long create() {
        return interp.newObject(this, SIZE);
    }

    @Override
    long sizeof(long o) {
        return SIZE;
    }

    @Override
    void dealloc(long o) {
        // As CPython 3.11's none_dealloc: None's count reaching zero is a refcounting bug somewhere.
        throw new HeapCorruptionError("deallocating None: its refcount reached zero", o);
    }

    @Override
    String repr(long o) {
        return "None";
    }
}
