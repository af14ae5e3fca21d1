package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

/**
 * {@code wrapper_descriptor} ({@code PyWrapperDescr_Type}): a slot of a built-in type as a special
 * method in its namespace, {@code object.__repr__}, {@code list.__len__} (typeobject.c's
 * {@code slotdefs} and {@code add_operators}). 72 bytes as CPython's; {@code d_base} (+40) is the
 * index of its {@code slotdefs} entry ({@link SlotWrappers.SlotDef}: the name, the wrapper called, the
 * text signature and doc). Called with the receiver first, it runs the
 * owner's slot on it, so {@code object.__setattr__(self, 'x', 1)} in a class that overrides
 * {@code __setattr__} reaches the generic one. Bound, it is a {@code method-wrapper}
 * ({@link MethodWrapperType}).
 */
public final class WrapperDescrType extends DescrType {

    WrapperDescrType(ObjectSpace space) {
        super(space, "wrapper_descriptor", METHOD_DESCRIPTOR | HAVE_VECTORCALL, 56);
        defineReduce();
    }

    /** {@code PyDescr_NewWrapper}: {@code owner}'s slot behind {@code slotdefs} entry {@code slotDef}. New reference. */
    long create(PyType owner, int slotDef, boolean viaTable) {
        return newDescr(owner, SlotWrappers.slotDef(slotDef).name(), slotDef | (viaTable ? VIA_TABLE : 0));
    }

    /** The bit of the field saying the owner's method of the same name is the slot's function. */
    private static final int VIA_TABLE = 1 << 20;

    private int slotDefIndex(long d) {
        return tableIndex(d) & (VIA_TABLE - 1);
    }

    SlotWrappers.Wrapper wrapper(long d) {
        if ((tableIndex(d) & VIA_TABLE) != 0) {
            PyMethod m = owner(d).methods().get(descrName(d));
            return (t, self, a) -> m.call(self, a.noKeywords(descrName(d)).positionals());
        }
        return SlotWrappers.ofSlotDef(slotDefIndex(d));
    }

    /** {@code wrapperdescr_get_doc} and {@code wrapperdescr_get_text_signature}: the slot's, from its {@code slotdefs} entry. */
    @Override
    public long lookupAttr(long d, long name) {
        long v = docOrSignature(slotDefIndex(d), name);
        return v != 0 ? v : super.lookupAttr(d, name);
    }

    /** {@code __doc__} or {@code __text_signature__} of slotdefs entry {@code slotDef} (None when it has none), else 0. */
    long docOrSignature(int slotDef, long name) {
        StrType str = space.strType;
        boolean doc = str.contentEquals(name, "__doc__");
        if (!doc && !str.contentEquals(name, "__text_signature__")) {
            return 0;
        }
        SlotWrappers.SlotDef def = SlotWrappers.slotDef(slotDef);
        String text = doc ? def.doc() : def.signature();
        return text == null ? space.newNone() : str.runtime(text);
    }

    /** {@code wrapperdescr_call}: the receiver first, checked, then the slot. */
    @Override
    public long call(long d, long args, long nargsf, long kwnames) {
        int n = Abstract.nargs(nargsf);
        if (n < 1) {
            throw new PyException("TypeError", "descriptor '" + descrName(d) + "' of '" + owner(d).name
                    + "' object needs an argument");
        }
        long self = memory.getLong(args);
        checkReceiver(d, self);
        RecursionDepth depth = Abstract.enterRecursiveCall(space, Abstract.IN_CALL); // _PyObject_MakeTpCall's level
        try {
            return wrapper(d).call(owner(d), self, new CallArguments(space, descrName(d), args + 8, n - 1, kwnames));
        } finally {
            Abstract.leaveRecursiveCall(depth);
        }
    }

    private void checkReceiver(long d, long self) {
        PyType owner = owner(d);
        if (!space.typeOf(self).isSubtypeOf(owner)) {
            throw new PyException("TypeError", "descriptor '" + descrName(d) + "' requires a '" + owner.name
                    + "' object but received a '" + space.typeOf(self).name + "'");
        }
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public long descrGet(long d, long obj, long type) {
        if (obj == 0) {
            return space.newRef(d);
        }
        check(d, obj);
        return space.methodWrapperType.create(d, obj);
    }

    @Override
    public String repr(long d) {
        return describe(d, "slot wrapper");
    }

    /**
     * {@code method-wrapper}: a slot wrapper bound to its receiver ({@code [].__len__}), 48 bytes as
     * CPython's ({@code wrapperobject}: descr at +16, self at +24).
     */
    public static final class MethodWrapperType extends StructType {
        static final int DESCR = 16, SELF = 24;

        MethodWrapperType(ObjectSpace space) {
            super(space, "method-wrapper", null, HAVE_GC | IMMUTABLETYPE | HAVE_VECTORCALL, 32, 0, 0,
                    "descr", DESCR, "self", SELF);
            // wrapper_reduce: the receiver's attribute of the slot's name
            defineMethod("__reduce__", (self, args) -> {
                Args.none("method-wrapper.__reduce__", args);
                return ObjectReduce.byGetattr(space, field(self, SELF), space.wrapperDescrType.field(field(self, DESCR), D_NAME));
            });
        }

        long create(long descr, long self) {
            long w = allocateStruct(32);
            setField(w, DESCR, descr);
            setField(w, SELF, self);
            space.track(w);
            return w;
        }

        @Override
        public long call(long w, long args, long nargsf, long kwnames) {
            long d = field(w, DESCR);
            WrapperDescrType descrs = space.wrapperDescrType;
            RecursionDepth depth = Abstract.enterRecursiveCall(space, Abstract.IN_CALL); // _PyObject_MakeTpCall's level
            try {
                return descrs.wrapper(d).call(descrs.owner(d), field(w, SELF),
                        new CallArguments(space, descrs.descrName(d), args, nargsf, kwnames));
            } finally {
                Abstract.leaveRecursiveCall(depth);
            }
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        /**
         * {@code wrapper_getsets} and {@code wrapper_members}: {@code __self__}, and what the
         * descriptor answers ({@code __name__}, {@code __qualname__}, {@code __objclass__},
         * {@code __doc__}, {@code __text_signature__}).
         */
        @Override
        public long lookupAttr(long w, long name) {
            StrType str = space.strType;
            if (str.contentEquals(name, "__self__")) {
                return space.newRef(field(w, SELF));
            }
            long d = field(w, DESCR);
            WrapperDescrType descrs = space.wrapperDescrType;
            if (str.contentEquals(name, "__name__")) {
                return space.newRef(descrs.field(d, D_NAME));
            }
            if (str.contentEquals(name, "__qualname__") || str.contentEquals(name, "__objclass__")) {
                return descrs.lookupAttr(d, name);
            }
            long v = descrs.docOrSignature(descrs.slotDefIndex(d), name);
            return v != 0 ? v : genericLookupAttr(w, name);
        }

        /** {@code wrapper_richcompare}: two method-wrappers are equal when they bind one descriptor to one object. */
        @Override
        public long richCompare(long a, long b, CompareOp op) {
            if (op != CompareOp.EQ && op != CompareOp.NE || space.typeOf(b) != this) {
                return space.newRef(space.notImplemented);
            }
            boolean same = field(a, DESCR) == field(b, DESCR) && field(a, SELF) == field(b, SELF);
            return space.newBool(same == (op == CompareOp.EQ));
        }

        /** {@code wrapper_hash}: of the receiver's and the descriptor's addresses. */
        @Override
        public long hash(long w) {
            long h = Hashing.pointer(field(w, SELF)) ^ Hashing.pointer(field(w, DESCR));
            return h == -1 ? -2 : h;
        }

        @Override
        public String repr(long w) {
            long self = field(w, SELF);
            return "<method-wrapper '" + space.wrapperDescrType.descrName(field(w, DESCR)) + "' of "
                    + space.typeOf(self).name + " object at " + Addresses.hex(self) + ">";
        }
    }
}
