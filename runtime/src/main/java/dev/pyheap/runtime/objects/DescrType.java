package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * What the descriptor types of {@code Objects/descrobject.c} share, {@code PyDescr_COMMON}: the
 * type the descriptor belongs to and its name. GC-capable; the subtypes add their own field (an
 * index into their table of Java behaviour: CPython's {@code PyMethodDef*}, {@code PyGetSetDef*},
 * {@code PyMemberDef*}, {@code wrapperbase*}).
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 d_type (the owner's type object)  +24 d_name (str)  +32 d_qualname (0 until asked for)
 *   +40 the subtype's field ...
 * </pre>
 * {@code descr_check}: a descriptor of type {@code T} applies only to instances of {@code T}.
 */
public abstract class DescrType extends StructType {
    public static final int D_TYPE = 16, D_NAME = 24, D_QUALNAME = 32, D_FIELD = 40;

    protected DescrType(ObjectSpace space, String name, int flags, long basicSize) {
        super(space, name, null, HAVE_GC | IMMUTABLETYPE | flags, basicSize, 0, 0,
                "d_type", D_TYPE, "d_name", D_NAME, "d_qualname", D_QUALNAME);
    }

    /**
     * {@code descr_methods}: {@code __reduce__} giving the owner's attribute of that name, which the
     * method, member and slot-wrapper descriptors have (class-method and getset descriptors do not,
     * so they do not pickle).
     */
    protected final void defineReduce() {
        defineMethod("__reduce__", (self, args) -> {
            Args.none(name + ".__reduce__", args);
            return ObjectReduce.byGetattr(space, field(self, D_TYPE), field(self, D_NAME));
        });
    }

    /** A tracked descriptor of {@code owner} named {@code name}, its field {@code value}. New reference. */
    protected final long newDescr(PyType owner, String descrName, long value) {
        long d = allocateStruct(basicSize());
        setField(d, D_TYPE, owner.typeObject());
        putField(d, D_NAME, space.strType.literalName(descrName));
        memory.putLong(d + D_FIELD, value);
        space.track(d);
        return d;
    }

    /** The type the descriptor belongs to. */
    public final PyType owner(long d) {
        return space.typeType.described(field(d, D_TYPE));
    }

    /** {@code d_name} as Java text. */
    public final String descrName(long d) {
        return space.strType.value(field(d, D_NAME));
    }

    /** The descriptor's field (an index into the subtype's table). */
    protected final int tableIndex(long d) {
        return (int) memory.getLong(d + D_FIELD);
    }

    /** {@code descr_check}: TypeError {@code descriptor 'append' for 'list' objects doesn't apply to a 'int' object}. */
    protected final void check(long d, long obj) {
        PyType owner = owner(d);
        PyType actual = space.typeOf(obj);
        if (!actual.isSubtypeOf(owner)) {
            throw new PyException("TypeError", "descriptor '" + descrName(d) + "' for '" + owner.name
                    + "' objects doesn't apply to a '" + actual.name + "' object");
        }
    }

    @Override
    public boolean hasDescrGet() {
        return true;
    }

    /** {@code __name__}, {@code __qualname__}, {@code __objclass__}, {@code __doc__}, then the generic lookup. */
    @Override
    public long lookupAttr(long d, long name) {
        StrType str = space.strType;
        if (str.contentEquals(name, "__name__")) {
            return space.newRef(field(d, D_NAME));
        }
        if (str.contentEquals(name, "__qualname__")) {
            return str.runtime(owner(d).name + "." + descrName(d));
        }
        if (str.contentEquals(name, "__objclass__")) {
            return space.newRef(field(d, D_TYPE));
        }
        if (str.contentEquals(name, "__doc__")) {
            DocTexts.Doc doc = DocTexts.find(owner(d), descrName(d));
            // _PyType_GetDocFromInternalDoc: a doc that is only a signature is None
            return doc == null || doc.doc().isEmpty() ? space.newNone() : str.runtime(doc.doc());
        }
        if (hasTextSignature() && str.contentEquals(name, "__text_signature__")) {
            DocTexts.Doc doc = DocTexts.find(owner(d), descrName(d));
            return doc == null || doc.signature() == null ? space.newNone() : str.runtime(doc.signature());
        }
        return genericLookupAttr(d, name);
    }

    /** Whether this kind of descriptor answers {@code __text_signature__} (the methods' do, getsets and members do not). */
    protected boolean hasTextSignature() {
        return false;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    /** {@code <kind 'name' of 'owner' objects>}. */
    protected final String describe(long d, String kind) {
        return "<" + kind + " '" + descrName(d) + "' of '" + owner(d).name + "' objects>";
    }
}
