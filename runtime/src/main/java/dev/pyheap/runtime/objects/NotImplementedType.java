package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import dev.pyheap.api.HeapCorruptionError;

/**
 * {@code NotImplementedType}: the one {@code NotImplemented} object (16 bytes), what a
 * {@code tp_richcompare} returns for an operation it leaves to the other operand. The same class
 * makes {@code ellipsis}, the type of the one {@code Ellipsis} ({@code ...}) object: both are
 * bare 16-byte singletons that only have a repr.
 */
public final class NotImplementedType extends PyType {
    /** The slot structs CPython's static type declares: notimplemented_as_number (its nb_bool warns); Ellipsis has none. */
    @Override
    protected int ownSlotStructs() {
        return "NotImplemented".equals(instanceName) ? AS_NUMBER : 0;
    }

    static final int SIZE = Layout.OBJECT_HEAD;

    /** What the one instance's repr is. */
    private final String instanceName;

    NotImplementedType(ObjectSpace space) {
        this(space, "NotImplementedType", "NotImplemented");
    }

    NotImplementedType(ObjectSpace space, String typeName, String instanceName) {
        super(space, typeName, null, 0, SIZE, 0);
        this.instanceName = instanceName;
        // notimplemented_reduce / ellipsis_reduce: the singleton pickles as the builtin's name
        defineMethod("__reduce__", (self, args) -> {
            Args.none(typeName + ".__reduce__", args);
            return space.strType.runtime(instanceName);
        });
    }

    long create() {
        return space.newObject(this, SIZE);
    }

    /** {@code none_new} / {@code notimplemented_new} / {@code ellipsis_new}: the one instance, no arguments. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (space.tupleType.size(args) != 0 || kwargs != 0 && space.dictType.size(kwargs) != 0) {
            throw new PyException("TypeError", (this == space.ellipsisType ? "EllipsisType" : name) + " takes no arguments");
        }
        return space.newRef(this == space.ellipsisType ? space.ellipsis : space.notImplemented);
    }

    @Override
    public void dealloc(long o) {
        throw new HeapCorruptionError("deallocating " + instanceName + ": its refcount reached zero", o);
    }

    @Override
    public String repr(long o) {
        return instanceName;
    }

    /** {@code notimplemented_bool}: true, with a DeprecationWarning (Ellipsis is simply true). */
    @Override
    public boolean isTrue(long o) {
        if (this != space.ellipsisType) {
            space.warn("DeprecationWarning", "NotImplemented should not be used in a boolean context", 1);
        }
        return true;
    }

    /** {@code nb_bool} (NotImplemented's raises a DeprecationWarning, Ellipsis has none); the generic attribute lookup is inherited. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return name.equals("ellipsis") ? super.slots()
                : adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_BOOL), SlotWrappers.Slot.TP_GETATTRO);
    }
}
