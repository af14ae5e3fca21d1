package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * {@code type}, the metatype: the behaviour of type objects. Built-in types are static (never
 * tracked, never freed, no GC header; their namespace, {@code __bases__} and {@code __mro__} made by
 * {@link PyType#ready}); classes made at run time are heap types ({@link ClassType}), GC-tracked,
 * 1688 bytes as {@code sys.getsizeof(C)} reports (920 with {@code __slots__}), and they die like
 * any object in a cycle (their {@link ClassType} leaves the type table).
 * <ul>
 * <li>{@code type_call}: {@code C(*args, **kwargs)} is {@code tp_new} then, when the result is an
 *     instance of {@code C}, {@code tp_init}; {@code type(x)} is {@code x}'s type.
 * <li>{@code type_new}: {@code type(name, bases, dict)} makes a class ({@link ClassType#typeNew}),
 *     of the most derived metaclass of the bases.
 * <li>{@code type_getattro}: the metatype's data descriptors, then the type's own MRO (descriptors
 *     bound to no instance), then the metatype's other attributes.
 * <li>{@code type_setattro}: a class's namespace can change (its special-method caches follow);
 *     a built-in type's cannot.
 * </ul>
 */
public final class TypeType extends PyType {
    /** The slot structs CPython's static type declares: type_as_number (X | Y). */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER;
    }


    TypeType(ObjectSpace space) {
        // tp_basicsize and tp_itemsize: a heap type and its member table, as type.__basicsize__ says
        super(space, "type", null, TYPE_SUBCLASS | HAVE_GC | BASETYPE | IMMUTABLETYPE | HAVE_VECTORCALL,
                ClassType.TYPE_OBJECT_SIZE, ClassType.MEMBER_DEF_SIZE);
        // type_traverse leaves out tp_subclasses (weakrefs only) and the names: the collectors must too
        traversesSelectively();
        defineMethod("mro", (self, args) -> {
            Args.none("type.mro", args);
            PyType[] m = described(self).mroImplementation();
            long list = space.listType.create();
            for (PyType t : m) {
                space.listType.append(list, t.typeObject());
            }
            return list;
        });
        defineMethod("__subclasses__", (self, args) -> {
            Args.none("type.__subclasses__", args);
            long list = space.listType.create();
            for (PyType c : subclasses(described(self))) {
                space.listType.append(list, c.typeObject());
            }
            return list;
        });
        // METH_CLASS: type.__prepare__ is bound to the class it is looked up on, as CPython's
        defineClassMethod("__prepare__", (self, args, nargs, kwnames) -> space.dictType.create());
        defineMethod("__instancecheck__", (self, args) -> space.newBool(
                Abstract.objectIsInstance(space, Args.one("type.__instancecheck__", args), described(self))));
        defineMethod("__subclasscheck__", (self, args) -> {
            long sub = Args.one("type.__subclasscheck__", args);
            if (!check(sub)) {
                throw new PyException("TypeError", "issubclass() arg 1 must be a class");
            }
            return space.newBool(described(sub).isSubtypeOf(described(self)));
        });
        defineMethod("__dir__", (self, args) -> {
            Args.none("type.__dir__", args);
            long names = space.dictType.create();
            try {
                mergeClassDict(names, self);
                return space.listType.fromKeys(names);
            } finally {
                space.decref(names);
            }
        });
        // type___sizeof__: a PyTypeObject, or a heap type with its shared keys (what sys.getsizeof
        // counts, without the GC header)
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("type.__sizeof__", args);
            return space.newInt(sizeof(self) - Layout.GC_HEAD);
        });
    }

    /** {@code tp_dictoffset}: {@code tp_dict}. */
    @Override
    public long dictOffset() {
        return Layout.TP_DICT;
    }

    /** Whether {@code t} is {@code type} itself. */
    public boolean is(PyType t) {
        return t == this;
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

    /** {@code PyType_Type}'s slots, with {@code nb_or} ({@code int | str}). */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.TP_CALL, SlotWrappers.Slot.TP_GETATTRO,
                SlotWrappers.Slot.TP_SETATTRO, SlotWrappers.Slot.TP_INIT, SlotWrappers.Slot.NB_OR);
    }

    /**
     * {@code merge_class_dict}: the names in class {@code cls}'s {@code __dict__} and, recursively,
     * in its {@code __bases__}' ({@code dir()} of a class and of an instance lists them).
     */
    void mergeClassDict(long names, long cls) {
        long classDict = Abstract.lookupAttr(space, cls, "__dict__");
        if (classDict != 0) {
            try {
                space.dictType.update(names, classDict);
            } finally {
                space.decref(classDict);
            }
        }
        long bases = Abstract.lookupAttr(space, cls, "__bases__");
        if (bases != 0) {
            try {
                if (space.tupleType.checkExact(bases)) {
                    for (long i = 0, n = space.tupleType.size(bases); i < n; i++) {
                        mergeClassDict(names, space.tupleType.item(bases, i));
                    }
                }
            } finally {
                space.decref(bases);
            }
        }
    }

    /** {@code type.__or__} and {@code __ror__}: {@code int | None} is a {@code types.UnionType}. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        return op == BinaryOp.OR ? GenericAliases.or(space, v, w) : space.newNotImplemented();
    }

    @Override
    protected void fillDict() {
        putMemberTable();
        GetSetDescrType gs = space.getSetDescrType;
        // a static type's names are a new str per read (type_name: PyUnicode_FromString of tp_name)
        putInDict("__name__", gs.create(this, "__name__", o -> {
            ClassType c = classOf(o);
            return c != null ? space.newRef(memory.getLong(o + Layout.HT_NAME)) : space.strType.runtime(shortName(described(o).name));
        }, (o, v) -> setHeapField(o, "__name__", Layout.HT_NAME, v)));
        putInDict("__qualname__", gs.create(this, "__qualname__", o -> {
            ClassType c = classOf(o);
            return c != null ? space.newRef(memory.getLong(o + Layout.HT_QUALNAME)) : space.strType.runtime(shortName(described(o).name));
        }, (o, v) -> setHeapField(o, "__qualname__", Layout.HT_QUALNAME, v)));
        putInDict("__bases__", gs.create(this, "__bases__", o -> space.newRef(memory.getLong(o + Layout.TP_BASES)), (o, v) -> {
            requireHeap(o, "__bases__");
            classOf(o).setBases(v);
        }));
        putInDict("__module__", gs.create(this, "__module__", o -> {
            long m = classOf(o) != null && described(o).dict() != 0
                    ? space.dictType.getItemString(described(o).dict(), "__module__") : 0;
            String tpName = described(o).name;
            return m != 0 ? space.newRef(m) : space.strType.literalName(
                    classOf(o) == null && tpName.contains(".") ? tpName.substring(0, tpName.lastIndexOf('.')) : "builtins");
        }, (o, v) -> {
            requireHeap(o, "__module__");
            refuseDelete(o, "__module__", v); // check_set_special_type_attr
            setInNamespace(o, "__module__", v);
        }));
        // type_abstractmethods: only the class's own namespace (type's own is never looked at); storing
        // or deleting it makes the class abstract or not (type_set_abstractmethods)
        putInDict("__abstractmethods__", gs.create(this, "__abstractmethods__", o -> {
            long m = classOf(o) == null || described(o).dict() == 0 ? 0
                    : space.dictType.getItemString(described(o).dict(), "__abstractmethods__");
            if (m == 0) {
                throw new PyException("AttributeError", "__abstractmethods__");
            }
            return space.newRef(m);
        }, (o, v) -> {
            requireHeap(o, "__abstractmethods__");
            boolean abstractClass = v != 0 && Abstract.isTrue(space, v);
            try {
                setInNamespace(o, "__abstractmethods__", v);
            } catch (PyException e) {
                if (v == 0) { // the namespace's KeyError, which holds the name
                    e.release();
                    throw new PyException("AttributeError", "__abstractmethods__");
                }
                throw e;
            }
            described(o).setAbstract(abstractClass);
        }));
        // type_dict: a new read-only proxy over the namespace each time
        putInDict("__dict__", gs.create(this, "__dict__", o -> {
            described(o).resolveDoc();
            return space.mappingProxyType.create(described(o).dict());
        }, null));
        putInDict("__doc__", gs.create(this, "__doc__", o -> {
            PyType t = described(o);
            if (!t.hasFlag(HEAPTYPE)) { // type_get_doc: a static type's tp_doc, whatever its namespace holds
                DocTexts.Doc doc = DocTexts.find(t.name);
                if (doc != null) {
                    return space.strType.runtime(doc.doc());
                }
            }
            t.resolveDoc();
            long d = described(o).dict() == 0 ? 0 : space.dictType.getItemString(described(o).dict(), "__doc__");
            if (d == 0) {
                return space.newNone();
            }
            PyType dt = space.typeOf(d);
            return dt.hasDescrGet() ? dt.descrGet(d, 0, o) : space.newRef(d);
        }, (o, v) -> {
            requireHeap(o, "__doc__");
            refuseDelete(o, "__doc__", v); // check_set_special_type_attr
            setInNamespace(o, "__doc__", v);
        }));
        // type_get_text_signature: a static type's, from its tp_doc
        putInDict("__text_signature__", gs.create(this, "__text_signature__", o -> {
            PyType t = described(o);
            DocTexts.Doc doc = t.hasFlag(HEAPTYPE) ? null : DocTexts.find(t.name);
            return doc == null || doc.signature() == null ? space.newNone() : space.strType.runtime(doc.signature());
        }, null));
        // type_get_annotations: a class's, made empty and stored at the first read; a built-in type has none
        putInDict("__annotations__", gs.create(this, "__annotations__", o -> {
            if (classOf(o) == null) {
                throw attributeError(o, "__annotations__");
            }
            long d = described(o).dict();
            long a = space.dictType.getItemString(d, "__annotations__");
            if (a == 0) {
                long made = space.dictType.create();
                try {
                    setInNamespace(o, "__annotations__", made);
                } catch (RuntimeException e) {
                    space.decref(made);
                    throw e;
                }
                return made;
            }
            PyType at = space.typeOf(a);
            return at.hasDescrGet() ? at.descrGet(a, 0, o) : space.newRef(a);
        }, (o, v) -> {
            requireHeap(o, "__annotations__");
            try {
                setInNamespace(o, "__annotations__", v);
            } catch (PyException e) {
                if (v == 0) { // the namespace's KeyError, which holds the name
                    e.release();
                    throw new PyException("AttributeError", "__annotations__");
                }
                throw e;
            }
        }));
        putInDict("__new__", space.builtinFunctionType.create(new BuiltinFunctionType.Def("__new__",
                (self, args, nargs, kwnames) -> {
                    if (nargs < 1) {
                        throw new PyException("TypeError", "type.__new__(): not enough arguments");
                    }
                    long meta = memory.getLong(args);
                    if (!check(meta)) {
                        throw new PyException("TypeError", "type.__new__(X): X is not a type object (" + space.typeOf(meta).name + ")");
                    }
                    PyType subtype = described(meta); // tp_new_wrapper's check
                    if (!subtype.isSubtypeOf(TypeType.this)) {
                        throw new PyException("TypeError", "type.__new__(" + subtype.name + "): " + subtype.name
                                + " is not a subtype of type");
                    }
                    CallArguments a = new CallArguments(space, "type.__new__", args + 8, nargs - 1, kwnames);
                    long tuple = a.tuple();
                    long kwargs = a.kwargsDict();
                    try {
                        return tpNew(described(meta), tuple, kwargs);
                    } finally {
                        space.decref(tuple);
                        space.xdecref(kwargs);
                    }
                }, null), typeObject(), 0));
    }

    /** {@code type_members}: the layout numbers and {@code __base__} / {@code __mro__}, read-only members. */
    private void putMemberTable() {
        MemberDescrType ms = space.memberDescrType;
        putInDict("__basicsize__", ms.createAccessor(this, "__basicsize__", o -> space.newInt(described(o).basicSize()), null));
        putInDict("__itemsize__", ms.createAccessor(this, "__itemsize__", o -> space.newInt(described(o).itemSize()), null));
        putInDict("__flags__", ms.createAccessor(this, "__flags__", o -> space.newInt(described(o).tpFlags()), null));
        putInDict("__weakrefoffset__", ms.createAccessor(this, "__weakrefoffset__",
                o -> space.newInt(described(o).weaklistOffset()), null));
        putInDict("__base__", ms.createAccessor(this, "__base__", o -> {
            PyType t = described(o);
            PyType b = t.solidBase();
            PyType[] bases = t.bases();
            if (t.base == null && !t.hasFlag(HEAPTYPE) && bases != null && bases.length == 1 && b != null && b.base == null) {
                // a built-in type given a Python base (PyType.setPythonBase): tp_base is that base (b is
                // object, the one type without a base)
                b = bases[0];
            }
            return space.newRef(b == null ? space.none : b.typeObject());
        }, null));
        putInDict("__dictoffset__", ms.createAccessor(this, "__dictoffset__", o -> space.newInt(described(o).dictOffset()), null));
        putInDict("__mro__", ms.createAccessor(this, "__mro__", o -> space.newRef(memory.getLong(o + Layout.TP_MRO)), null));
    }

    private void requireHeap(long o, String attribute) {
        PyType t = described(o);
        if (t == null || !t.hasFlag(HEAPTYPE)) {
            throw new PyException("TypeError", "cannot set '" + attribute + "' attribute of immutable type '"
                    + (t == null ? "?" : t.name) + "'");
        }
    }

    /** {@code check_set_special_type_attr}'s refusal to delete (its wording, "immutable type" even for a class). */
    private void refuseDelete(long o, String attribute, long v) {
        if (v == 0) {
            throw new PyException("TypeError", "cannot delete '" + attribute + "' attribute of immutable type '"
                    + classOf(o).currentName() + "'");
        }
    }

    private void setHeapField(long o, String attribute, int offset, long v) {
        requireHeap(o, attribute);
        String tpName = classOf(o).currentName();
        refuseDelete(o, attribute, v);
        if (!space.strType.check(v)) {
            throw new PyException("TypeError", "can only assign string to " + tpName + "." + attribute
                    + ", not '" + space.typeOf(v).name + "'");
        }
        if (offset == Layout.HT_NAME) {
            checkTpName(space, v); // type_set_name
        }
        long old = memory.getLong(o + offset);
        memory.putLong(o + offset, space.newRef(v));
        space.decref(old);
        ClassType c = classOf(o);
        c.renamed(offset, v);
    }

    /**
     * {@code tp_name} from a class's name ({@code type_new_set_name}, {@code type_set_name}): its
     * UTF-8 as a C string, which the str keeps; a surrogate is CPython's UnicodeEncodeError, a NUL
     * (where C's strlen would stop short) a ValueError.
     */
    static void checkTpName(ObjectSpace space, long name) {
        for (byte b : space.strType.asUtf8(name)) {
            if (b == 0) {
                throw new PyException("ValueError", "type name must not contain null characters");
            }
        }
    }

    private void setInNamespace(long o, String key, long v) {
        long k = space.strType.literalName(key);
        try {
            setInNamespace(o, k, v);
        } finally {
            space.decref(k);
        }
    }

    private void setInNamespace(long o, long key, long v) {
        PyType t = described(o);
        long d = t.dict();
        space.classVersion++;
        t.modified();
        if (v == 0) {
            if (!space.dictType.delItem(d, key)) {
                throw attributeError(o, key);
            }
        } else {
            space.dictType.setItem(d, key, v);
        }
    }

    /** The object's bytes: a class's type object (its shared keys are a block of their own), or a static one. */
    @Override
    public long instanceSize(long o) {
        ClassType c = classOf(o);
        return c != null ? c.typeObjectBytes() : Layout.STATIC_TYPE_SIZE;
    }

    /** A static type object is a {@code PyTypeObject}, smaller than the heap type {@code tp_basicsize} describes. */
    @Override
    public long smallestInstanceSize() {
        return Layout.STATIC_TYPE_SIZE;
    }

    /** CPython's numbers: 1688 for a class (its shared keys included), 920 with __slots__, 424 for a static type. */
    @Override
    public long sizeof(long o) {
        ClassType c = classOf(o);
        return c != null ? c.typeObjectSizeof() : Layout.STATIC_TYPE_SIZE + Layout.GC_HEAD;
    }

    /** Built-in type objects are plain blocks with no GC header (they are never tracked); classes have one. */
    @Override
    public boolean hasGcHeader(long o) {
        return classOf(o) != null;
    }

    @Override
    protected int gcHeaders() {
        return GC_HEADERS_HEAP_TYPES;
    }

    // ------------------------------------------------------------------ calls

    /** {@code type_call}. */
    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        PyType t = described(o);
        if (t == null) {
            throw new HeapCorruptionError("calling the type object at " + Addresses.hex(o) + ", which describes no type", o);
        }
        int n = Abstract.nargs(nargsf);
        if (t.hasVectorNew()) {
            return t.vectorNew(args, n, kwnames);
        }
        boolean noKeywords = kwnames == 0 || space.tupleType.size(kwnames) == 0;
        if (n == 0 && noKeywords) {
            long made = t.instantiateWithoutArguments();
            if (made != 0) {
                return made;
            }
        }
        if (t == this && n == 1 && noKeywords) {
            return space.newRef(memory.getLong(memory.getLong(args) + Layout.OB_TYPE));
        }
        CallArguments a = new CallArguments(space, t.name, args, nargsf, kwnames);
        long tuple = a.tuple();
        long kwargs = a.kwargsDict();
        RecursionDepth d = null;
        try {
            d = Abstract.enterRecursiveCall(space, Abstract.IN_CALL); // _PyObject_MakeTpCall's level
            return callType(t, tuple, kwargs);
        } finally {
            Abstract.leaveRecursiveCall(d);
            space.decref(tuple);
            space.xdecref(kwargs);
        }
    }

    @Override
    public long callTuple(long o, long args, long kwargs) {
        return callType(described(o), args, kwargs);
    }

    private long callType(PyType t, long args, long kwargs) {
        if (t == this && space.tupleType.size(args) != 1 && space.tupleType.size(args) != 3) {
            throw new PyException("TypeError", "type() takes 1 or 3 arguments");
        }
        long obj = t.tpNew(t, args, kwargs);
        PyType ot = space.typeOf(obj);
        if (!ot.isSubtypeOf(t)) {
            return obj;
        }
        try {
            ot.tpInit(obj, args, kwargs);
        } catch (RuntimeException e) {
            space.decref(obj);
            throw e;
        }
        return obj;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code type_new}: {@code type(name, bases, dict)} made by {@code meta} or by the most derived metaclass of the bases. */
    @Override
    public long tpNew(PyType meta, long args, long kwargs) {
        long n = space.tupleType.size(args);
        if (n == 1 && (kwargs == 0 || space.dictType.size(kwargs) == 0) && meta == this) {
            return space.newRef(memory.getLong(space.tupleType.item(args, 0) + Layout.OB_TYPE));
        }
        if (n != 3) {
            throw new PyException("TypeError", "type.__new__() takes exactly 3 arguments (" + n + " given)");
        }
        long name = space.tupleType.item(args, 0);
        long bases = space.tupleType.item(args, 1);
        long ns = space.tupleType.item(args, 2);
        if (!space.strType.check(name)) {
            throw new PyException("TypeError", "type.__new__() argument 1 must be str, not " + space.typeOf(name).name);
        }
        if (!space.tupleType.check(bases)) {
            throw new PyException("TypeError", "type.__new__() argument 2 must be tuple, not " + space.typeOf(bases).name);
        }
        if (!space.dictType.check(ns)) {
            throw new PyException("TypeError", "type.__new__() argument 3 must be dict, not " + space.typeOf(ns).name);
        }
        PyType[] b = new PyType[(int) space.tupleType.size(bases)];
        for (int i = 0; i < b.length; i++) { // type_new_get_bases: only __build_class__ resolves MRO entries
            long base = space.tupleType.item(bases, i);
            long entries = check(base) ? 0 : Abstract.lookupAttr(space, base, "__mro_entries__");
            if (entries != 0) {
                space.decref(entries);
                throw new PyException("TypeError", "type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = meta;
        for (int i = 0; i < b.length; i++) {
            long base = space.tupleType.item(bases, i);
            PyType bm = space.typeOf(base); // _PyType_CalculateMetaclass, then best_base's check of each base
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw new PyException("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        for (int i = 0; i < b.length; i++) {
            long base = space.tupleType.item(bases, i);
            if (!check(base)) {
                throw new PyException("TypeError", "bases must be types");
            }
            b[i] = described(base);
        }
        if (winner != meta && winner.specialMethod("__new__") != 0) {
            // only the winner's tp_new: type_call runs the new class's metaclass __init__ once, afterwards
            return winner.tpNew(winner, args, kwargs);
        }
        ClassType c = ClassType.typeNew(space, winner, name, b, b.length > 0 ? bases : 0, ns,
                kwargs != 0 && space.dictType.size(kwargs) > 0 ? kwargs : 0, null);
        return c.typeObject();
    }

    /** {@code type_init}: only the argument count is checked. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        long n = space.tupleType.size(args);
        if (n != 1 && n != 3) {
            throw new PyException("TypeError", "type.__init__() takes 1 or 3 arguments");
        }
    }

    // ------------------------------------------------------------------ attributes

    /** {@code type_getattro}. */
    @Override
    public long lookupAttr(long o, long name) {
        PyType meta = space.typeOf(o);
        long metaAttr = meta.lookup(name);
        PyType mt = null;
        if (metaAttr != 0) {
            mt = space.typeOf(metaAttr);
            if (mt.hasDescrGet() && mt.hasDescrSet()) {
                return withRef(metaAttr, () -> space.typeOf(metaAttr).descrGet(metaAttr, o, meta.typeObject()));
            }
        }
        PyType t = described(o);
        long attr = t == null ? 0 : t.lookup(name);
        if (attr != 0) {
            PyType at = space.typeOf(attr);
            return at.hasDescrGet() ? withRef(attr, () -> at.descrGet(attr, 0, o)) : space.newRef(attr);
        }
        if (metaAttr != 0) {
            PyType m2 = mt;
            return m2.hasDescrGet() ? withRef(metaAttr, () -> m2.descrGet(metaAttr, o, meta.typeObject())) : space.newRef(metaAttr);
        }
        return 0;
    }

    private long withRef(long o, java.util.function.LongSupplier body) {
        space.incref(o);
        try {
            return body.getAsLong();
        } finally {
            space.decref(o);
        }
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public boolean lookupIsGeneric() {
        return false;
    }

    @Override
    public PyException attributeError(long o, String attribute) {
        PyType t = described(o);
        return new PyException("AttributeError", "type object '" + (t == null ? "?" : t.name) + "' has no attribute '"
                + attribute + "'");
    }

    /** {@code type_setattro}: built-in types are immutable (PyType_Ready flags every static type so); a class's namespace changes. */
    @Override
    public void setAttr(long o, long nameStr, long value) {
        PyType t = described(o);
        if (t == null || t.hasFlag(IMMUTABLETYPE) || !t.hasFlag(HEAPTYPE)) {
            throw new PyException("TypeError", "cannot set '" + space.strType.value(nameStr) + "' attribute of immutable type '"
                    + (t == null ? "?" : t.name) + "'");
        }
        // type_setattro: the name interned first (PyObject_SetAttr's, then its own: a str subclass
        // copied to a str), so the metatype's lookup caches the interned name (TypeCache)
        long key = space.strType.intern(space.strType.isExact(nameStr) ? space.newRef(nameStr)
                : space.strType.runtime(space.strType.value(nameStr)));
        try {
            long descr = space.typeOf(o).lookup(key);
            if (descr != 0 && space.typeOf(descr).hasDescrSet()) {
                space.typeOf(descr).descrSet(descr, o, value);
                return;
            }
            setInNamespace(o, key, value);
        } finally {
            space.decref(key);
        }
    }

    // ------------------------------------------------------------------ tp_subclasses

    /*
     * A type's subclasses, as typeobject.c keeps them: tp_subclasses is 0 until the first subclass,
     * then a dict owned by the type object, mapping the subclass's address (an int:
     * PyLong_FromVoidPtr) to the shared weakref to it (PyWeakref_NewRef without a callback), in the
     * order the subclasses were made. A subclass leaves it when it dies or its __bases__ change; the
     * dict goes when it empties. Not traversed (weakrefs and ints make no cycle), so it is no
     * referent gc.get_referents shows, but a counted reference the sanity checker sees.
     */

    /** {@code add_subclass}: registers {@code sub} in {@code base}'s subclasses, making the dict on the first. */
    void addSubclass(PyType base, PyType sub) {
        long key = space.newInt(sub.typeObject());
        try {
            long ref = space.weakrefType.create(sub.typeObject(), null);
            try {
                long at = base.typeObject() + Layout.TP_SUBCLASSES;
                long d = memory.getLong(at);
                // the dict of a built-in type made while the heap started is untracked, as the
                // namespaces made then are (never part of a cycle): so it stays, a start-up object
                // no gc.get_objects() shows
                boolean startUp = d != 0 && !space.isTracked(d);
                if (d == 0) {
                    d = space.dictType.create();
                    memory.putLong(at, d);
                }
                space.dictType.setItem(d, key, ref);
                if (startUp && space.isTracked(d)) {
                    space.untrack(d);
                }
            } finally {
                space.decref(ref);
            }
        } finally {
            space.decref(key);
        }
    }

    /** {@code add_all_subclasses} / {@code type_ready_add_subclasses}: {@code type} in each of {@code bases}' subclasses. */
    void addAllSubclasses(PyType type, PyType[] bases) {
        for (PyType b : bases) {
            addSubclass(b, type);
        }
    }

    /** {@code remove_subclass}: {@code type} leaves {@code base}'s subclasses (absent: nothing happens); an emptied dict goes. */
    void removeSubclass(PyType base, PyType type) {
        long at = base.typeObject() + Layout.TP_SUBCLASSES;
        long d = memory.getLong(at);
        if (d == 0) {
            return;
        }
        long key = space.newInt(type.typeObject());
        try {
            space.dictType.delItem(d, key);
        } finally {
            space.decref(key);
        }
        if (space.dictType.size(d) == 0) {
            memory.putLong(at, 0);
            space.decref(d);
        }
    }

    /** {@code remove_all_subclasses}. */
    void removeAllSubclasses(PyType type, PyType[] bases) {
        for (PyType b : bases) {
            removeSubclass(b, type);
        }
    }

    /** {@code _PyType_GetSubclasses}: the live subclasses of {@code t}, in the order they registered. */
    List<PyType> subclasses(PyType t) {
        long d = memory.getLong(t.typeObject() + Layout.TP_SUBCLASSES);
        if (d == 0) {
            return List.of();
        }
        List<PyType> live = new ArrayList<>();
        space.dictType.forEach(d, (key, ref) -> {
            long o = space.weakrefType.referent(ref);
            if (o != space.none) {
                live.add(described(o));
            }
        });
        return live;
    }

    // ------------------------------------------------------------------ references

    private static final int[] STATIC_FIELDS = {Layout.TP_DICT, Layout.TP_BASES, Layout.TP_MRO, Layout.TP_SUBCLASSES};
    private static final String[] STATIC_FIELD_NAMES = {"__dict__", "__bases__", "__mro__", "tp_subclasses"};

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        ClassType c = classOf(o);
        if (c != null) {
            c.forEachClassReferent(visitor);
            return;
        }
        for (int f : STATIC_FIELDS) {
            long v = memory.getLong(o + f);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        ClassType c = classOf(o);
        if (c != null) {
            return c.classReferentName(ordinal);
        }
        int seen = 0;
        for (int i = 0; i < STATIC_FIELDS.length; i++) {
            if (memory.getLong(o + STATIC_FIELDS[i]) != 0 && seen++ == ordinal) {
                return STATIC_FIELD_NAMES[i];
            }
        }
        return super.referentName(o, ordinal, text);
    }

    /**
     * {@code type_traverse}: a class's namespace, MRO, bases and base; a built-in type is no GC object
     * ({@code type_is_gc}), so {@code gc.get_referents(int)} is empty.
     */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        ClassType c = classOf(o);
        if (c != null) {
            c.traverseClass(visitor);
        }
    }

    /** {@code type_clear}: a class in a garbage cycle lets go of its namespace and MRO. */
    @Override
    public void clear(long o) {
        ClassType c = classOf(o);
        if (c != null) {
            c.clearClass();
        }
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
        return Layout.TP_WEAKLIST;
    }

    @Override
    public String repr(long o) {
        PyType t = described(o);
        return t == null ? "<class ?>" : t.toString();
    }

    /** {@code type_name} of a static type: its {@code tp_name} after the last dot ({@code _thread.lock} is {@code lock}). */
    private static String shortName(String tpName) {
        return tpName.substring(tpName.lastIndexOf('.') + 1);
    }
}
