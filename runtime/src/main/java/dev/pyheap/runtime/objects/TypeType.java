package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.api.Addresses;

import java.util.function.LongConsumer;

/**
 * {@code type}, the metatype: the behaviour of type objects. Built-in types are static (never
 * tracked, never freed); classes made at run time are heap types, GC-tracked, 1688 bytes as
 * {@code sys.getsizeof(C)} reports, and they die like any object (their {@link ClassType} leaves
 * the type table).
 */
public final class TypeType extends PyType {

    public TypeType(ObjectSpace interp) {
        super(interp, "type", true);
    }

    /** The class behind a heap type object, or null for a built-in type. */
    public ClassType classOf(long typeObject) {
        PyType t = interp.typeAt(memory.getInt(typeObject + Layout.TYPE_INDEX));
        return t instanceof ClassType c ? c : null;
    }

    @Override
    public long sizeof(long o) {
        return classOf(o) != null ? Layout.HEAP_TYPE_SIZE + Layout.GC_HEAD : Layout.STATIC_TYPE_SIZE + Layout.GC_HEAD; // type is a GC type: getsizeof adds the header even for static types (424)
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        ClassType c = classOf(o);
        if (c != null) {
            c.forEachClassReferent(visitor);
        }
    }

    @Override
    public String referentName(long o, int ordinal) {
        ClassType c = classOf(o);
        return c != null ? c.classReferentName(ordinal) : super.referentName(o, ordinal);
    }

    /** Built-in type objects are plain blocks with no GC header (they are never tracked); classes have one. */
    @Override
    public boolean hasGcHeader(long o) {
        return classOf(o) != null;
    }

    /** A class owns its shared keys block (its instances' split dicts share it). */
    @Override
    public void forEachOwnedBlock(long o, LongConsumer blockVisitor) {
        ClassType c = classOf(o);
        if (c != null) {
            blockVisitor.accept(c.sharedKeys());
        }
    }

    @Override
    public void clear(long o) {
        ClassType c = classOf(o);
        if (c != null) {
            c.clearClass();
        }
    }

    @Override
    public void dealloc(long o) {
        ClassType c = classOf(o);
        if (c == null) {
            throw new dev.pyheap.api.HeapCorruptionError("deallocating the built-in type object at "
                    + Addresses.hex(o) + ": its refcount reached zero", o);
        }
        c.deallocClass();
    }

    @Override
    public boolean usesTrashcan() {
        return false;
    }

    @Override
    public int weaklistOffset() {
        return ClassType.CLASS_WEAKLIST;
    }

    @Override
    public String repr(long o) {
        PyType t = interp.typeAt(memory.getInt(o + Layout.TYPE_INDEX));
        return t == null ? "<class ?>" : t.toString();
    }
}
