package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;

/**
 * {@code weakref.ProxyType} and {@code weakref.CallableProxyType} ({@code _PyWeakref_ProxyType},
 * {@code _PyWeakref_CallableProxyType}): a weak reference laid out as a {@code ref}
 * ({@link WeakrefType}'s fields, 80 bytes with the GC header), in its referent's list of weakrefs,
 * that forwards attribute access, calls, containers, numbers and comparisons to the referent
 * ({@code UNWRAP}): each operation on a dead proxy raises {@code ReferenceError: weakly-referenced
 * object no longer exists}. Every number slot is forwarded ({@code proxy_as_number}: the binary,
 * ternary, in-place and unary operators, {@code __int__}, {@code __float__}, {@code __index__}),
 * and {@code tp_iternext} when the referent is an iterator; an in-place operator gives the
 * referent's result, not the proxy. Proxies are not hashable. The callable kind is made for a
 * callable referent; only the plain kind has {@code __bytes__} and {@code __reversed__}.
 */
public final class WeakProxyType extends PyType {
    /** The slot structs CPython's static type declares: proxy_as_number, proxy_as_sequence, proxy_as_mapping. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE | AS_MAPPING;
    }

    private final boolean callable;

    WeakProxyType(ObjectSpace space, String name, boolean callable) {
        super(space, name, null, HAVE_GC, WeakrefType.SIZE, 0);
        this.callable = callable;
        if (!callable) {
            // proxy_methods: only the plain proxy has them (proxy_bytes, proxy_reversed)
            defineMethod("__bytes__", (self, args) -> {
                Args.none(name + ".__bytes__", args);
                return withReferent(self, r -> Abstract.callMethod(space, r, "__bytes__", new long[0]));
            });
            defineMethod("__reversed__", (self, args) -> {
                Args.none(name + ".__reversed__", args);
                return withReferent(self, r -> Abstract.callMethod(space, r, "__reversed__", new long[0]));
            });
        }
    }

    /** Whether {@code o} is a proxy of this kind. */
    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code UNWRAP}: the live referent (borrowed), or ReferenceError. */
    private long referent(long proxy) {
        long r = space.weakrefType.referent(proxy);
        if (r == space.none) {
            throw new PyException("ReferenceError", "weakly-referenced object no longer exists");
        }
        return r;
    }

    /** An operand: a proxy's referent, anything else itself (borrowed). */
    private long unwrap(long o) {
        return space.typeOf(o).isSubtypeOf(this) ? referent(o) : o;
    }

    /** Runs an operation on the referent, held meanwhile (the proxy does not keep it alive). */
    private <T> T withReferent(long proxy, java.util.function.LongFunction<T> op) {
        long r = referent(proxy);
        space.incref(r);
        try {
            return op.apply(r);
        } finally {
            space.decref(r);
        }
    }

    @Override
    public long lookupAttr(long o, long name) {
        return withReferent(o, r -> Abstract.lookupAttr(space, r, name));
    }

    @Override
    public long getAttr(long o, long name) {
        return withReferent(o, r -> Abstract.getAttr(space, r, name));
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
    public void setAttr(long o, long name, long value) {
        withReferent(o, r -> {
            Abstract.setAttr(space, r, name, value);
            return null;
        });
    }

    @Override
    public boolean isCallable() {
        return callable;
    }

    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        if (!callable) {
            throw notCallable();
        }
        return withReferent(o, r -> Abstract.vectorcall(space, r, args, Abstract.nargs(nargsf), kwnames));
    }

    @Override
    public long callTuple(long o, long args, long kwargs) {
        return withReferent(o, r -> Abstract.call(space, r, args, kwargs));
    }

    @Override
    public String repr(long o) {
        long r = space.weakrefType.referent(o);
        return "<weakproxy at " + Addresses.hex(o) + " to " + (r == space.none ? "NoneType" : space.typeOf(r).name)
                + " at " + Addresses.hex(r) + ">";
    }

    @Override
    public String str(long o) {
        return withReferent(o, r -> Abstract.str(space, r));
    }

    @Override
    public long hash(long o) {
        throw unhashable();
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        return Abstract.richCompare(space, unwrap(a), unwrap(b), op);
    }

    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        return Abstract.binaryOp(space, unwrap(v), unwrap(w), op);
    }

    /** {@code proxy_iadd} ...: the referent's in-place operation, whose result (not the proxy) is what the name is bound to. */
    @Override
    public long inplaceOp(long v, long w, BinaryOp op) {
        return withReferent(v, r -> Abstract.inplaceOp(space, r, unwrap(w), op));
    }

    /** {@code proxy_pow} ({@code WRAP_TERNARY}): every operand unwrapped. */
    @Override
    public long power(long v, long w, long z) {
        return Abstract.power(space, unwrap(v), unwrap(w), unwrap(z));
    }

    @Override
    public boolean hasIndexSlot() {
        return true;
    }

    @Override
    public long index(long o) {
        return withReferent(o, r -> Abstract.numberIndex(space, r));
    }

    @Override
    public long toInt(long o) {
        return withReferent(o, r -> Constructors.toInt(space, r));
    }

    @Override
    public long toFloat(long o) {
        return withReferent(o, r -> Constructors.newFloat(space, r));
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    /** {@code proxy_iternext}: the referent's next item, when it is an iterator. */
    @Override
    public long iterNext(long o) {
        return withReferent(o, r -> {
            if (!space.typeOf(r).isIterator()) {
                throw new PyException("TypeError", "Weakref proxy referenced a non-iterator '" + space.typeOf(r).name + "' object");
            }
            return Abstract.iterNext(space, r);
        });
    }

    @Override
    public long unaryOp(long o, UnaryOp op) {
        return withReferent(o, r -> Abstract.unaryOp(space, r, op));
    }

    @Override
    public boolean isTrue(long o) {
        return withReferent(o, r -> Abstract.isTrue(space, r));
    }

    @Override
    public long length(long o) {
        return withReferent(o, r -> Abstract.length(space, r));
    }

    @Override
    public long getItem(long o, long key) {
        return withReferent(o, r -> Abstract.getItem(space, r, key));
    }

    @Override
    public void setItem(long o, long key, long value) {
        withReferent(o, r -> {
            Abstract.setItem(space, r, key, value);
            return null;
        });
    }

    @Override
    public boolean contains(long o, long v) {
        return withReferent(o, r -> Abstract.contains(space, r, v));
    }

    @Override
    public long iter(long o) {
        return withReferent(o, r -> Abstract.getIter(space, r));
    }

    @Override
    public void clear(long o) {
        space.weakrefType.clear(o);
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        space.weakrefType.clear(o);
        space.freeGcObject(o, 0);
    }

    @Override
    public boolean usesTrashcan() {
        return false;
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        space.weakrefType.forEachReferent(o, visitor);
    }

    @Override
    public void forEachUncountedReferent(long o, LongConsumer visitor) {
        space.weakrefType.forEachUncountedReferent(o, visitor);
    }

    @Override
    public String referentName(long o, int ordinal, java.util.function.LongFunction<String> text) {
        return "__callback__";
    }

    /**
     * The slots that pass the operation on to the referent: the binary and unary operators and
     * truth of the number protocol, the container's, iteration; only the callable kind has
     * {@code tp_call}. Proxies are unhashable ({@code __hash__ = None}).
     */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        java.util.Set<SlotWrappers.Slot> s = adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_ADD, SlotWrappers.Slot.NB_SUBTRACT,
                SlotWrappers.Slot.NB_MULTIPLY, SlotWrappers.Slot.NB_REMAINDER, SlotWrappers.Slot.NB_NEGATIVE, SlotWrappers.Slot.NB_POSITIVE, SlotWrappers.Slot.NB_ABSOLUTE, SlotWrappers.Slot.NB_BOOL,
                SlotWrappers.Slot.NB_INVERT, SlotWrappers.Slot.NB_LSHIFT, SlotWrappers.Slot.NB_RSHIFT, SlotWrappers.Slot.NB_AND, SlotWrappers.Slot.NB_XOR, SlotWrappers.Slot.NB_OR, SlotWrappers.Slot.NB_FLOOR_DIVIDE,
                SlotWrappers.Slot.NB_TRUE_DIVIDE, SlotWrappers.Slot.NB_MATRIX_MULTIPLY, SlotWrappers.Slot.NB_DIVMOD, SlotWrappers.Slot.NB_POWER,
                SlotWrappers.Slot.NB_INT, SlotWrappers.Slot.NB_FLOAT, SlotWrappers.Slot.NB_INDEX, SlotWrappers.Slot.NB_INPLACE_ADD,
                SlotWrappers.Slot.NB_INPLACE_SUBTRACT, SlotWrappers.Slot.NB_INPLACE_MULTIPLY, SlotWrappers.Slot.NB_INPLACE_REMAINDER,
                SlotWrappers.Slot.NB_INPLACE_POWER, SlotWrappers.Slot.NB_INPLACE_LSHIFT, SlotWrappers.Slot.NB_INPLACE_RSHIFT,
                SlotWrappers.Slot.NB_INPLACE_AND, SlotWrappers.Slot.NB_INPLACE_XOR, SlotWrappers.Slot.NB_INPLACE_OR,
                SlotWrappers.Slot.NB_INPLACE_FLOOR_DIVIDE, SlotWrappers.Slot.NB_INPLACE_TRUE_DIVIDE,
                SlotWrappers.Slot.NB_INPLACE_MATRIX_MULTIPLY, SlotWrappers.Slot.TP_ITERNEXT), SlotWrappers.Slot.TP_HASH);
        return callable ? s : adjusted(s, java.util.List.of(), SlotWrappers.Slot.TP_CALL);
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }
}
