package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * {@code type}, the metatype: the behaviour of type objects. Built-in types are static (never
 * tracked, never freed, no GC header); classes made at run time are heap types, GC-tracked, 1688
 * bytes as {@code sys.getsizeof(C)} reports, and they die like any object (their {@link ClassType}
 * leaves the type table). Calling a type object ({@code tp_call}, CPython's {@code type_call})
 * makes an instance of the type it describes ({@link PyType#newInstance}).
 */
public final class TypeType extends PyType {

    TypeType(ObjectSpace space) {
        super(space, "type", null, TYPE_SUBCLASS | HAVE_GC | BASETYPE | IMMUTABLETYPE, Layout.STATIC_TYPE_SIZE, 0);
    }

    /** {@code PyType_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(TYPE_SUBCLASS);
    }

    /** The type the type object {@code typeObject} describes (its index word names it), or null. */
    public PyType described(long typeObject) {
        return space.typeAt(memory.getInt(typeObject + Layout.TYPE_INDEX));
    }

    /** The class behind a heap type object, or null for a built-in type. */
    private ClassType classOf(long typeObject) {
        PyType t = described(typeObject);
        return t != null && t.hasFlag(HEAPTYPE) ? (ClassType) t : null;
    }

    /** The object's bytes: a class's type object (its shared keys are a block of their own), or a static one. */
    @Override
    public long instanceSize(long o) {
        return classOf(o) != null ? ClassType.TYPE_OBJECT_SIZE : Layout.STATIC_TYPE_SIZE;
    }

    /** CPython's numbers: 1688 for a class (its shared keys included), 424 for a static type (type is a GC type, so the header counts). */
    @Override
    public long sizeof(long o) {
        return classOf(o) != null ? Layout.HEAP_TYPE_SIZE + Layout.GC_HEAD : Layout.STATIC_TYPE_SIZE + Layout.GC_HEAD;
    }

    /** Built-in type objects are plain blocks with no GC header (they are never tracked); classes have one. */
    @Override
    public boolean hasGcHeader(long o) {
        return classOf(o) != null;
    }

    /** {@code type_call}: {@code C()} makes an instance. */
    @Override
    public long call(long o, long[] args) {
        PyType t = described(o);
        if (t == null) {
            throw new HeapCorruptionError("calling the type object at " + Addresses.hex(o) + ", which describes no type", o);
        }
        return t.newInstance(args);
    }

    /** Type objects have no attributes of their own yet (class attributes come with the interpreter). */
    @Override
    public PyException attributeError(long o, String attribute) {
        PyType t = described(o);
        return new PyException("AttributeError", "type object '" + (t == null ? "?" : t.name) + "' has no attribute '"
                + attribute + "'");
    }

    /** {@code type_setattro}: built-in types are immutable; class attributes come with the interpreter. */
    @Override
    public void setAttr(long o, String attribute, long value) {
        PyType t = described(o);
        String name = t == null ? "?" : t.name;
        if (t == null || t.hasFlag(IMMUTABLETYPE)) {
            throw new PyException("TypeError", "cannot set '" + attribute + "' attribute of immutable type '" + name + "'");
        }
        throw new PyException("TypeError", "cannot set '" + attribute + "' attribute of class '" + name
                + "': class attributes are not supported yet");
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        ClassType c = classOf(o);
        if (c != null) {
            c.forEachClassReferent(visitor);
        }
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        ClassType c = classOf(o);
        return c != null ? c.classReferentName(ordinal) : super.referentName(o, ordinal, text);
    }

    /** A class owns its shared keys block (its instances' split dicts share it). */
    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        ClassType c = classOf(o);
        return c == null || c.forEachClassOwnedBlock(visitor);
    }

    @Override
    public void dealloc(long o) {
        ClassType c = classOf(o);
        if (c == null) {
            throw new HeapCorruptionError("deallocating the built-in type object at "
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
        PyType t = described(o);
        return t == null ? "<class ?>" : t.toString();
    }
}
