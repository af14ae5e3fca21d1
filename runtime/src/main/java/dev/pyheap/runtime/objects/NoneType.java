package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import dev.pyheap.api.HeapCorruptionError;

/** {@code NoneType}: one object of 16 bytes (refcount and type), owned by the space. */
public final class NoneType extends PyType {
    /** The slot structs CPython's static type declares: none_as_number. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER;
    }

    static final int SIZE = Layout.OBJECT_HEAD;

    NoneType(ObjectSpace space) {
        super(space, "NoneType", null, 0, SIZE, 0);
    }

    long create() {
        return space.newObject(this, SIZE);
    }

    /** {@code none_new} / {@code notimplemented_new} / {@code ellipsis_new}: the one instance, no arguments. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (space.tupleType.size(args) != 0 || kwargs != 0 && space.dictType.size(kwargs) != 0) {
            throw new PyException("TypeError", name + " takes no arguments");
        }
        return space.newRef(space.none);
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

    @Override
    public boolean isTrue(long o) {
        return false;
    }

    @Override
    public Object javaValue(long o) {
        return null;
    }

    /** {@code none_as_number}'s {@code nb_bool}; the generic attribute lookup is inherited. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_BOOL), SlotWrappers.Slot.TP_GETATTRO);
    }
}
