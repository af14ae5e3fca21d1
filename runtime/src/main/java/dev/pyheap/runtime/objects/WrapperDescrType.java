package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

/**
 * {@code wrapper_descriptor} ({@code PyWrapperDescr_Type}): a slot of a built-in type as a special
 * method in its namespace, {@code object.__repr__}, {@code list.__len__} (typeobject.c's
 * {@code slotdefs} and {@code add_operators}). 72 bytes as CPython's; {@code d_base} (+40) is the
 * index of the slot's {@link SlotWrappers.Wrapper}. Called with the receiver first, it runs the
 * owner's slot on it, so {@code object.__setattr__(self, 'x', 1)} in a class that overrides
 * {@code __setattr__} reaches the generic one. Bound, it is a {@code method-wrapper}
 * ({@link MethodWrapperType}).
 */
public final class WrapperDescrType extends DescrType {

    WrapperDescrType(ObjectSpace space) {
        super(space, "wrapper_descriptor", METHOD_DESCRIPTOR | HAVE_VECTORCALL, 56);
    }

    /** {@code PyDescr_NewWrapper}: {@code owner}'s slot behind special method {@code name}. New reference. */
    long create(PyType owner, String slotName) {
        return newDescr(owner, slotName, SlotWrappers.index(slotName));
    }

    SlotWrappers.Wrapper wrapper(long d) {
        return SlotWrappers.at(tableIndex(d));
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
        return wrapper(d).call(owner(d), self, new CallArguments(space, descrName(d), args + 8, n - 1, kwnames));
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
            return descrs.wrapper(d).call(descrs.owner(d), field(w, SELF),
                    new CallArguments(space, descrs.descrName(d), args, nargsf, kwnames));
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public long lookupAttr(long w, long name) {
            if (space.strType.contentEquals(name, "__self__")) {
                return space.newRef(field(w, SELF));
            }
            if (space.strType.contentEquals(name, "__name__")) {
                return space.newRef(space.wrapperDescrType.field(field(w, DESCR), D_NAME));
            }
            return genericLookupAttr(w, name);
        }

        @Override
        public String repr(long w) {
            long self = field(w, SELF);
            return "<method-wrapper '" + space.wrapperDescrType.descrName(field(w, DESCR)) + "' of "
                    + space.typeOf(self).name + " object at " + Addresses.hex(self) + ">";
        }
    }
}
