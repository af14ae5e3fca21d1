package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * {@code weakref.ref}: CPython 3.11's {@code PyWeakReference}, GC-capable, 80 bytes with its header.
 * <pre>
 *   +16 wr_object    the referent, NOT counted; None (also not counted) once the referent died
 *   +24 wr_callback  0, or the number of the Java callback in this heap's callback table
 *   +32 hash         -1 until computed
 *   +40 wr_prev      ┐ the referent's list of weakrefs, headed by the word at the referent's
 *   +48 wr_next      ┘ weaklist offset (ClassType.WEAKLIST for instances)
 *   +56 vectorcall   0
 * </pre>
 * The list keeps the one shared ref without a callback first: {@code ref(o)} without a callback
 * returns it again ({@code ref(o) is ref(o)}); refs with callbacks are always new and go right
 * after it, so the list runs newest callback first.
 *
 * <h2>Clearing ({@code PyObject_ClearWeakRefs})</h2>
 * When a referent dies (after its finalizer ran): every ref is unlinked and set to None; those
 * with callbacks are kept alive by a temporary reference; then the callbacks run in list order
 * (newest first), each with its (dead) ref; exceptions are reported, never propagated.
 * The cycle collector clears weakrefs to garbage itself, before any finalizer (the destroy step).
 */
public final class WeakrefType extends PyType {
    public static final int OBJECT = 16;
    static final int CALLBACK = 24;
    static final int HASH = 32;
    static final int PREV = 40;
    static final int NEXT = 48;
    static final int VECTORCALL = 56;
    public static final int SIZE = 64;

    /** A weakref callback: gets the (dead) weakref, borrowed. */
    @FunctionalInterface
    public interface Callback {
        void call(long weakref);

        /** The callback will not run (the weakref died without it, or it ran): release what it holds. */
        default void dropped() {
        }

        /**
         * The Python callable this callback holds a counted reference to ({@code wr_callback}), or 0
         * for a callback written in Java: the weakref's traverse visits it, so a cycle through a
         * weakref's callback is found by the collector and explained to the sanity checker.
         */
        default long pythonCallable() {
            return 0;
        }
    }

    /**
     * {@code weakref.ref(obj[, callback])} from Python ({@code weakref___new__}): a Python callable
     * as the callback, held by the weakref until it runs or is dropped. New reference.
     */
    @Override
    public long newInstance(long[] args) {
        Args.range("__new__", args, 1, 2);
        long cb = args.length > 1 && args[1] != space.none ? args[1] : 0;
        return create(args[0], cb == 0 ? null : pythonCallback(cb));
    }

    /** A Python callable as a weakref's callback, held (counted) until it runs or is dropped. */
    private Callback pythonCallback(long cb) {
        space.incref(cb);
        return new Callback() {
            @Override
            public void call(long weakref) {
                try {
                    space.decref(Abstract.call(space, cb, new long[] {weakref}));
                } finally {
                    dropped();
                }
            }

            private boolean released;

            @Override
            public long pythonCallable() {
                return released ? 0 : cb;
            }

            @Override
            public void dropped() {
                if (!released) {
                    released = true;
                    space.decref(cb);
                }
            }
        };
    }

    private final Map<Long, Callback> callbacks = new HashMap<>();
    private long nextCallbackNumber = 1;

    WeakrefType(ObjectSpace space) {
        super(space, "weakref.ReferenceType", null, BASETYPE | HAVE_GC, SIZE, 0);
    }

    /**
     * {@code __callback__} (a read-only member): the Python callable, None once it ran or when there
     * is none. Assigning or deleting it fails with a READONLY member's message. {@code ref[T]} is a
     * {@code types.GenericAlias}.
     */
    @Override
    protected void fillDict() {
        super.fillDict();
        putClassGetItem();
        putInDict("__callback__", space.memberDescrType.createAccessor(this, "__callback__", o -> {
            long number = memory.getLong(o + CALLBACK);
            Callback c = number == 0 ? null : callbacks.get(number);
            long callable = c == null ? 0 : c.pythonCallable();
            return space.newRef(callable != 0 ? callable : space.none);
        }, (o, value) -> {
            throw new PyException("AttributeError", "readonly attribute");
        }));
    }

    /** {@code PyWeakref_CheckRef}: a ref or an instance of a subclass. */
    public boolean check(long o) {
        return space.typeOf(o).isSubtypeOf(this);
    }

    /**
     * {@code weakref___new__} for a subclass ({@code class KeyedRef(ref)}): always a new ref, never
     * the shared one, linked after it; made here, then given the class's layout by the class.
     */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (subtype == this) {
            // weakref___init__'s refusal, made before the referent is checked
            Constructors.onlyKeywords(space, kwargs, "ref");
            return super.tpNew(subtype, args, kwargs);
        }
        int n = (int) space.tupleType.size(args);
        Args.range("__new__", new long[n], 1, 2);
        long referent = space.tupleType.item(args, 0);
        long cb = n > 1 && space.tupleType.item(args, 1) != space.none ? space.tupleType.item(args, 1) : 0;
        return create(referent, cb == 0 ? null : pythonCallback(cb), false);
    }

    /**
     * {@code weakref___init__}: keywords are refused as {@code ref()}'s; a subclass that defines its
     * own {@code __init__} (and so takes keywords of its own) never reaches it with them.
     */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "ref");
    }

    /** The weakref at {@code from} moved to {@code to}: its neighbours (or the referent's list head) point at it again. */
    @Override
    protected void relocated(long from, long to) {
        long referent = referent(to);
        if (referent == space.none) {
            return;
        }
        long prev = memory.getLong(to + PREV);
        long next = memory.getLong(to + NEXT);
        if (prev != 0) {
            memory.putLong(prev + NEXT, to);
        } else {
            memory.putLong(referent + space.typeOf(referent).weaklistOffset(), to);
        }
        if (next != 0) {
            memory.putLong(next + PREV, to);
        }
    }

    /** {@code r()}: the referent, or None once it died. New reference. */
    @Override
    public long call(long ref, long args, long nargsf, long kwnames) {
        int n = Abstract.nargs(nargsf);
        if (n != 0) {
            throw new PyException("TypeError", "weakref expected 0 arguments, got " + n);
        }
        if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
            throw new PyException("TypeError", "weakref() takes no keyword arguments");
        }
        return deref(ref);
    }

    @Override
    public long callTuple(long ref, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "weakref() takes no keyword arguments");
        }
        int n = (int) space.tupleType.size(args);
        if (n != 0) {
            throw new PyException("TypeError", "weakref expected 0 arguments, got " + n);
        }
        return deref(ref);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code weakref.ref(o, callback)}; callback may be null. New reference. */
    public long create(long referent, Callback callback) {
        return create(referent, callback, true);
    }

    /** {@code basic}: a ref of this exact type, shared when it has no callback. */
    private long create(long referent, Callback callback, boolean basic) {
        long head = listHead(referent, callback);
        long[] basics = basicRefs(head);
        if (basic && callback == null && basics[0] != 0) {
            return space.newRef(basics[0]); // the shared basic ref
        }
        long ref = allocate(this, referent, callback);
        insertAfter(head, basic && callback == null ? 0 : basics[1] != 0 ? basics[1] : basics[0], ref);
        return ref;
    }

    /**
     * {@code weakref.proxy(o[, callback])} ({@code PyWeakref_NewProxy}): the shared proxy when there is
     * no callback, kept after the shared ref; a callable referent gets a {@code CallableProxyType}.
     */
    public long createProxy(long referent, Callback callback) {
        long head = listHead(referent, callback);
        long[] basics = basicRefs(head);
        if (callback == null && basics[1] != 0) {
            return space.newRef(basics[1]);
        }
        PyType type = space.typeOf(referent).isCallable() ? space.weakCallableProxyType : space.weakProxyType;
        long proxy = allocate(type, referent, callback);
        insertAfter(head, callback == null ? basics[0] : basics[1] != 0 ? basics[1] : basics[0], proxy);
        return proxy;
    }

    /** {@code weakref.proxy(o, callback)} from Python: the callable held until it runs or is dropped. */
    public long createProxy(long referent, long callable) {
        return createProxy(referent, callable == 0 || callable == space.none ? null : pythonCallback(callable));
    }

    /** The address of {@code referent}'s weakref list head; TypeError when it cannot have one. */
    private long listHead(long referent, Callback callback) {
        PyType type = space.typeOf(referent);
        int offset = type.weaklistOffset();
        if (offset == 0) {
            if (callback != null) {
                callback.dropped();
            }
            throw new PyException("TypeError", "cannot create weak reference to '" + type.name + "' object");
        }
        return referent + offset;
    }

    /** {@code get_basic_refs}: the shared ref and the shared proxy at the list's front (0 when absent). */
    private long[] basicRefs(long head) {
        long[] basics = new long[2];
        long r = memory.getLong(head);
        if (r != 0 && space.typeOf(r) == this && memory.getLong(r + CALLBACK) == 0) {
            basics[0] = r;
            r = memory.getLong(r + NEXT);
        }
        if (r != 0 && (space.weakProxyType.check(r) || space.weakCallableProxyType.check(r))
                && memory.getLong(r + CALLBACK) == 0) {
            basics[1] = r;
        }
        return basics;
    }

    /** A new weak reference object of {@code type} (ref or proxy layout) to {@code referent}, not yet linked, tracked. */
    private long allocate(PyType type, long referent, Callback callback) {
        long ref = space.newGcObject(type, SIZE, 0);
        memory.putLong(ref + OBJECT, referent);
        memory.putLong(ref + HASH, -1);
        memory.putLong(ref + VECTORCALL, 0);
        long number = 0;
        if (callback != null) {
            number = nextCallbackNumber++;
            callbacks.put(number, callback);
        }
        memory.putLong(ref + CALLBACK, number);
        space.track(ref);
        return ref;
    }

    /** {@code insert_after} ({@code prev} != 0) or {@code insert_head}. */
    private void insertAfter(long head, long prev, long ref) {
        long next = prev == 0 ? memory.getLong(head) : memory.getLong(prev + NEXT);
        memory.putLong(ref + PREV, prev);
        memory.putLong(ref + NEXT, next);
        if (next != 0) {
            memory.putLong(next + PREV, ref);
        }
        if (prev == 0) {
            memory.putLong(head, ref);
        } else {
            memory.putLong(prev + NEXT, ref);
        }
    }

    /** {@code r()}: the referent, or None once it died. New reference. */
    public long deref(long ref) {
        return space.newRef(referent(ref));
    }

    /** The referent (borrowed), None when dead. */
    public long referent(long ref) {
        return memory.getLong(ref + OBJECT);
    }

    boolean isDead(long ref) {
        return referent(ref) == space.none;
    }

    public boolean hasCallback(long ref) {
        return memory.getLong(ref + CALLBACK) != 0;
    }

    /** {@code weakref.getweakrefcount(o)}. */
    long weakrefCount(long referent) {
        int offset = space.typeOf(referent).weaklistOffset();
        long n = 0;
        if (offset != 0) {
            for (long r = memory.getLong(referent + offset); r != 0; r = memory.getLong(r + NEXT)) {
                n++;
            }
        }
        return n;
    }

    /** The weakrefs to {@code referent}, list order. */
    public List<Long> weakrefsTo(long referent) {
        List<Long> refs = new ArrayList<>();
        int offset = space.typeOf(referent).weaklistOffset();
        if (offset != 0) {
            for (long r = memory.getLong(referent + offset); r != 0; r = memory.getLong(r + NEXT)) {
                refs.add(r);
            }
        }
        return refs;
    }

    /** Unlinks {@code ref} from its referent's list and points it at None ({@code clear_weakref}). */
    public void clearOne(long ref) {
        long referent = referent(ref);
        if (referent == space.none) {
            return;
        }
        long prev = memory.getLong(ref + PREV);
        long next = memory.getLong(ref + NEXT);
        if (prev != 0) {
            memory.putLong(prev + NEXT, next);
        } else {
            memory.putLong(referent + space.typeOf(referent).weaklistOffset(), next);
        }
        if (next != 0) {
            memory.putLong(next + PREV, prev);
        }
        memory.putLong(ref + PREV, 0);
        memory.putLong(ref + NEXT, 0);
        memory.putLong(ref + OBJECT, space.none);
    }

    /**
     * {@code PyObject_ClearWeakRefs}: clears every weakref to a dying object, then runs the
     * callbacks newest first. The refs are kept alive across their callbacks.
     */
    void clearAll(long head) {
        List<Long> withCallbacks = new ArrayList<>();
        for (long r = memory.getLong(head); r != 0; r = memory.getLong(head)) {
            clearOne(r);
            if (hasCallback(r) && memory.getLong(r) > 0) {
                space.incref(r);
                withCallbacks.add(r);
            }
        }
        for (long r : withCallbacks) {
            runCallback(r);
            space.decref(r);
        }
    }

    /** Runs and forgets the callback of {@code ref}, as embedder code ({@link ObjectSpace#callOut}). */
    public void runCallback(long ref) {
        long number = memory.getLong(ref + CALLBACK);
        Callback callback = callbacks.remove(number);
        memory.putLong(ref + CALLBACK, 0);
        if (callback == null) {
            return;
        }
        // handle_callback: an error is reported as raised in the callback (PyErr_WriteUnraisable(callback))
        long callable = callback.pythonCallable();
        if (callable != 0) {
            space.incref(callable);
        }
        try {
            space.callOut(() -> callback.call(ref), () -> "Exception ignored in: "
                    + (callable != 0 ? Abstract.repr(space, callable) : "<weakref callback of " + repr(ref) + ">"),
                    callable != 0 ? callable : ref);
        } finally {
            space.xdecref(callable);
        }
    }

    /** Drops the callback without running it (trash weakrefs in a collection get none). */
    public void dropCallback(long ref) {
        long number = memory.getLong(ref + CALLBACK);
        if (number != 0) {
            Callback c = callbacks.remove(number);
            memory.putLong(ref + CALLBACK, 0);
            if (c != null) {
                c.dropped();
            }
        }
    }

    @Override
    public void clear(long o) {
        clearOne(o);
        dropCallback(o);
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        clearOne(o);
        dropCallback(o);
        space.typeOf(o).tpFree(o);
    }

    /** {@code ref.__init__}, {@code ref.__call__} and the comparison and hash slots, for subclasses calling them through {@code super()}. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        // weakref___init__ (the arguments were taken by tp_new); weakref_getattro is the default one
        return adjusted(super.slots(), List.of(SlotWrappers.Slot.TP_INIT), SlotWrappers.Slot.TP_GETATTRO);
    }

    @Override
    public boolean usesTrashcan() {
        return false;
    }

    @Override
    public long hash(long o) {
        long h = memory.getLong(o + HASH);
        if (h == -1) {
            if (isDead(o)) {
                throw new PyException("TypeError", "weak object has gone away");
            }
            h = Abstract.hash(space, referent(o));
            memory.putLong(o + HASH, h);
        }
        return h;
    }

    /**
     * {@code weakref_richcompare}: {@code ==} and {@code !=} between refs compare the referents
     * while both live, identity otherwise; the orderings are not implemented.
     */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return space.newNotImplemented();
        }
        if (isDead(a) || isDead(b)) {
            return space.newBool((a == b) == (op == CompareOp.EQ));
        }
        return Abstract.richCompare(space, referent(a), referent(b), op);
    }

    /** {@code wr_callback} when it is a Python callable ({@code wr_object} is not a counted reference). */
    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long number = memory.getLong(o + CALLBACK);
        if (number != 0) {
            Callback c = callbacks.get(number);
            long callable = c == null ? 0 : c.pythonCallable();
            if (callable != 0) {
                visitor.accept(callable);
            }
        }
    }

    /** {@code wr_object}: not counted, but it must be a live object (or None once the referent died). */
    @Override
    public void forEachUncountedReferent(long o, LongConsumer visitor) {
        visitor.accept(referent(o));
    }

    @Override
    public String referentName(long o, int ordinal, java.util.function.LongFunction<String> text) {
        return "__callback__";
    }

    @Override
    public String repr(long o) {
        long referent = referent(o);
        if (referent == space.none) {
            return "<weakref at " + Addresses.hex(o) + "; dead>";
        }
        return "<weakref at " + Addresses.hex(o) + "; to '" + space.typeOf(referent).name + "' at "
                + Addresses.hex(referent) + ">";
    }

    @Override
    protected boolean ownNew() {
        return true;
    }
}
