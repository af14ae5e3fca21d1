package dev.pyheap.runtime.objects;

import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * What the fixed-layout object types of the front end share (function, code, cell, module, builtin
 * function, frame, traceback, exceptions): a C struct of counted object pointers at fixed offsets
 * plus plain fields. The pointer fields are declared once, with CPython's names; traversal, clearing,
 * deallocation (weakrefs first, then the fields in declaration order, as each {@code *_dealloc} of
 * CPython does with its {@code Py_XDECREF} list) and the sanity checker's names come from that list.
 * <pre>
 *   [-16 PyGC_Head, when the type has HAVE_GC]
 *   +0 ob_refcnt  +8 ob_type  +16 ... fields ...   (tp_basicsize bytes)
 * </pre>
 */
public abstract class StructType extends PyType {
    private final int[] offsets;
    private final String[] names;
    private final int weaklist;

    /**
     * @param fields   pairs of CPython field name and byte offset: {@code "func_globals", 16, ...}
     * @param weaklist the offset of the weakref list head, or 0
     */
    protected StructType(ObjectSpace space, String name, PyType base, int flags, long basicSize, long itemSize,
            int weaklist, Object... fields) {
        super(space, name, base, flags, basicSize, itemSize);
        this.weaklist = weaklist;
        this.offsets = new int[fields.length / 2];
        this.names = new String[fields.length / 2];
        for (int i = 0; i < offsets.length; i++) {
            names[i] = (String) fields[2 * i];
            offsets[i] = (Integer) fields[2 * i + 1];
        }
    }

    /** A new object of this type, every field zero, untracked. */
    protected final long allocateStruct(long size) {
        long o = hasFlag(HAVE_GC) ? space.newGcObject(this, size, 0) : space.newObject(this, size);
        memory.fill(o + Layout.OBJECT_HEAD, size - Layout.OBJECT_HEAD, (byte) 0);
        return o;
    }

    /**
     * {@code (type(o), (f1, f2, ...))}: the {@code __reduce__} of an object that its type remakes
     * from the fields at {@code fieldOffsets} ({@code range}, {@code slice}). New reference.
     */
    protected final long reduceFields(long o, int... fieldOffsets) {
        long[] values = new long[fieldOffsets.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = field(o, fieldOffsets[i]);
        }
        long args = space.tupleType.create(values);
        try {
            return space.tupleType.create(space.typeOf(o).typeObject(), args);
        } finally {
            space.decref(args);
        }
    }

    /** Reads the pointer field at {@code offset} (borrowed). */
    public final long field(long o, int offset) {
        return memory.getLong(o + offset);
    }

    /** Stores a new reference to {@code value} (or 0) at {@code offset}, releasing the old one after. */
    public final void setField(long o, int offset, long value) {
        long old = memory.getLong(o + offset);
        if (value != 0) {
            space.incref(value);
        }
        memory.putLong(o + offset, value);
        space.xdecref(old);
    }

    /** Stores {@code value} at {@code offset}, taking over the caller's reference. */
    public final void putField(long o, int offset, long value) {
        long old = memory.getLong(o + offset);
        memory.putLong(o + offset, value);
        space.xdecref(old);
    }

    @Override
    public int weaklistOffset() {
        return weaklist;
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        for (int offset : offsets) {
            long v = memory.getLong(o + offset);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        int seen = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (memory.getLong(o + offsets[i]) != 0 && seen++ == ordinal) {
                return names[i];
            }
        }
        return super.referentName(o, ordinal, text);
    }

    /** {@code tp_clear}: drops every pointer field, each set to 0 before its reference is released. */
    @Override
    public void clear(long o) {
        clearFields(o);
    }

    @Override
    public void dealloc(long o) {
        boolean gc = hasFlag(HAVE_GC);
        if (gc) {
            space.untrack(o);
        }
        if (weaklist != 0 && memory.getLong(o + weaklist) != 0) {
            space.clearWeakrefs(o);
        }
        releaseForDealloc(o);
        space.typeOf(o).tpFree(o);
    }

    /** Drops every reference the object holds before its memory goes: {@link #clear} unless a type's clear keeps some. */
    protected void releaseForDealloc(long o) {
        clear(o);
    }

    /** {@link #clear} as this class defines it: every counted field released, for a subclass's dealloc. */
    protected final void clearFields(long o) {
        for (int offset : offsets) {
            long v = memory.getLong(o + offset);
            if (v != 0) {
                memory.putLong(o + offset, 0);
                space.decref(v);
            }
        }
    }
}
