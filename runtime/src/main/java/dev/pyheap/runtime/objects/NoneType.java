package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.api.HeapCorruptionError;

/** {@code NoneType}: one object of 16 bytes (refcount and type), owned by the interpreter. */
public final class NoneType extends PyType {
    public static final int SIZE = Layout.OBJECT_HEAD;

    public NoneType(ObjectSpace interp) {
        super(interp, "NoneType", false);
    }

    public long create() {
        return interp.newObject(this, SIZE);
    }

    @Override
    public long sizeof(long o) {
        return SIZE;
    }

    @Override
    public void dealloc(long o) {
        // As CPython 3.11's none_dealloc: None's count reaching zero is a refcounting bug somewhere.
        throw new HeapCorruptionError("deallocating None: its refcount reached zero", o);
    }

    @Override
    public String repr(long o) {
        return "None";
    }
}
