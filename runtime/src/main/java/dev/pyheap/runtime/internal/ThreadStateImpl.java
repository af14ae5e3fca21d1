package dev.pyheap.runtime.internal;

import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.runtime.Finalizer;
import dev.pyheap.runtime.Frame;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.WeakrefCallback;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread attached to a heap: its frames (the module frame at the bottom), its recursion depth,
 * and the embedder's operations, each a few calls into the {@link Interpreter}'s types.
 *
 * <h2>Confinement</h2>
 * A thread state belongs to the thread that attached it. Every operation first makes the check
 * {@link #requireGil}: this thread state holds the GIL, and the calling thread is its owner, two
 * compares ({@link Thread#currentThread()} is an intrinsic), so another thread can never work on
 * the heap through it while its owner holds the GIL. A refused call changes nothing and names both
 * threads; a closed heap is named first. Handles passed in are checked to belong to this heap.
 *
 * <h2>Errors from embedder code</h2>
 * A finalizer, weakref callback or gc callback runs inside an operation that is half done around
 * it; an Error it throws is parked by the interpreter ({@link Interpreter#callOut}) and thrown by
 * the operation once its work is complete: void operations end with
 * {@link Interpreter#raiseParked}, those returning a handle raise it in {@link #wrap} (dropping
 * the result, which the caller would never see).
 */
final class ThreadStateImpl implements PyThreadState {
    final HeapState heap;
    private final PyHeap publicHeap;
    final Thread owner;
    private final Interpreter interp;
    private final List<FrameImpl> frames = new ArrayList<>();
    private boolean holdsGil;
    private boolean closed;
    /**
     * Python-level nesting, CPython's {@code tstate} recursion depth: the frames (the module frame
     * counts one) plus the recursive object operations under way ({@link Interpreter#enterRecursiveCall}).
     */
    int recursionDepth = 1;

    ThreadStateImpl(HeapState heap, PyHeap publicHeap, Thread owner) {
        this.heap = heap;
        this.publicHeap = publicHeap;
        this.owner = owner;
        this.interp = heap.interp;
        frames.add(new ModuleFrame(this, "__main__"));
    }

    Interpreter interp() {
        return interp;
    }

    /** The check every operation makes first: the GIL held through this thread state, by its owner. */
    void requireGil() {
        if (!holdsGil || Thread.currentThread() != owner) {
            throw refusal();
        }
    }

    /** The check of the calls that do not need the GIL: the owner calling, the heap open. */
    private void requireOwner() {
        if (Thread.currentThread() != owner || heap.isClosed()) {
            throw refusal();
        }
    }

    /** Why a call was refused, the most fundamental reason first. */
    private IllegalStateException refusal() {
        Thread me = Thread.currentThread();
        if (heap.isClosed()) {
            return HeapState.closedError();
        }
        if (me != owner) {
            return new IllegalStateException("thread '" + me.getName() + "' used the thread state of '" + owner.getName()
                    + "'");
        }
        return new IllegalStateException(closed ? "the thread state is closed"
                : "the calling thread does not hold the GIL: call acquireGil() first");
    }

    long addressOf(Handle h) {
        requireGil();
        return heap.addressOf(h);
    }

    /**
     * A handle taking over {@code newReference}, the result of an operation; if embedder code the
     * operation ran threw an Error, the result is dropped and the Error thrown instead.
     */
    private Handle wrap(long newReference) {
        if (interp.hasParked() && !interp.inCallout()) {
            interp.decref(newReference);
            interp.raiseParked();
        }
        return new HandleImpl(heap, newReference);
    }

    // ---------------------------------------------------------------- GIL

    @Override
    public void acquireGil() {
        if (Thread.currentThread() != owner || closed || heap.isClosed()) {
            throw refusal();
        }
        heap.gil.acquire();
        if (heap.isClosed()) { // closed while this thread waited
            heap.gil.release();
            throw HeapState.closedError();
        }
        holdsGil = true;
        interp.tstate = this;
    }

    @Override
    public void releaseGil() {
        requireGil();
        if (interp.inCallout()) {
            throw new IllegalStateException("releaseGil() in a finalizer, a weakref callback or a gc callback: the thread"
                    + " that runs one keeps the GIL until it returns");
        }
        Error parked = interp.takeParked(); // thrown here, not left to the next holder
        holdsGil = false;
        interp.tstate = null;
        heap.gil.release();
        if (parked != null) {
            throw parked;
        }
    }

    @Override
    public boolean holdsGil() {
        requireOwner();
        return holdsGil;
    }

    @Override
    public void checkpoint() {
        requireGil();
        if (heap.gcState.collectionDue()) {
            heap.gc.collectScheduled();
        }
        if (!interp.inCallout()) { // a finalizer or callback keeps the GIL until it returns
            try {
                heap.gil.checkpoint();
            } catch (IllegalStateException abandoned) { // gave the GIL up, and its next holder died with it
                holdsGil = false;
                interp.tstate = null;
                throw abandoned;
            }
            interp.tstate = this;
        }
        interp.raiseParked();
    }

    @Override
    public PyHeap heap() {
        requireOwner();
        return publicHeap;
    }

    /** Called by the heap as it closes, in the thread closing it: a thread state holding the GIL holds it no more. */
    void heapClosed() {
        holdsGil = false;
    }

    // ---------------------------------------------------------------- frames

    /** Calls a function: one level deeper, RecursionError past the recursion limit. */
    @Override
    public Frame pushFrame(String function, String file, int line) {
        requireGil();
        interp.enterRecursiveCall(this, "");
        FrameImpl f = new FrameImpl(this, function, file, line);
        frames.add(f);
        return f;
    }

    @Override
    public void popFrame() {
        requireGil();
        if (frames.size() == 1) {
            throw new IllegalStateException("no function frame to return from: only the module frame is left");
        }
        popTopFrame();
        interp.raiseParked();
    }

    private void popTopFrame() {
        FrameImpl f = frames.remove(frames.size() - 1);
        Interpreter.leaveRecursiveCall(this);
        f.release();
    }

    /** The frames, the module frame included. */
    int frameCount() {
        return frames.size();
    }

    /** Returns from every function above the first {@code count} frames (as an exception unwinds them). */
    void popFramesTo(int count) {
        while (frames.size() > count) {
            popTopFrame();
        }
    }

    @Override
    public Frame frame() {
        requireOwner();
        return frames.get(frames.size() - 1);
    }

    @Override
    public int depth() {
        requireOwner();
        return frames.size() - 1;
    }

    List<FrameImpl> frames() {
        return frames;
    }

    /** The frames, most recent first, as an allocation site. */
    AllocationSite allocationSite() {
        List<AllocationSite.Frame> site = new ArrayList<>(frames.size());
        for (int i = frames.size() - 1; i >= 0; i--) {
            FrameImpl f = frames.get(i);
            site.add(new AllocationSite.Frame(f.function(), f.file(), f.line()));
        }
        return new AllocationSite(site);
    }

    @Override
    public void setGlobal(String name, Handle value) {
        long v = addressOf(value);
        long key = interp.strType.literalName(name);
        try {
            interp.dictType.setItem(heap.globals(), key, v);
        } finally {
            interp.decref(key);
        }
        interp.raiseParked();
    }

    @Override
    public Handle getGlobal(String name) {
        requireGil();
        long v = interp.dictType.getItemString(heap.globals(), name);
        if (v == 0) {
            throw new PyException("NameError", "name '" + name + "' is not defined");
        }
        return wrap(interp.newRef(v));
    }

    @Override
    public void delGlobal(String name) {
        requireGil();
        if (!interp.dictType.delItemString(heap.globals(), name)) {
            throw new PyException("NameError", "name '" + name + "' is not defined");
        }
        interp.raiseParked();
    }

    @Override
    public Handle globals() {
        requireGil();
        return wrap(interp.newRef(heap.globals()));
    }

    // ---------------------------------------------------------------- making objects

    @Override
    public Handle none() {
        requireGil();
        return wrap(interp.newRef(interp.none));
    }

    @Override
    public Handle newBool(boolean value) {
        requireGil();
        return wrap(interp.newRef(interp.bool(value)));
    }

    @Override
    public Handle newInt(long value) {
        requireGil();
        return wrap(intObject(value));
    }

    long intObject(long value) {
        long cached = interp.smallInt(value);
        return cached != 0 ? interp.newRef(cached) : interp.intType.createFromLong(value);
    }

    @Override
    public Handle newInt(BigInteger value) {
        requireGil();
        if (value.bitLength() < 63) {
            return wrap(intObject(value.longValue()));
        }
        return wrap(interp.intType.createFromBig(value));
    }

    @Override
    public Handle newFloat(double value) {
        requireGil();
        return wrap(interp.floatType.create(value));
    }

    @Override
    public Handle literal(String text) {
        requireGil();
        return wrap(interp.strType.literal(text));
    }

    @Override
    public Handle newStr(String text) {
        requireGil();
        return wrap(interp.strType.runtime(text));
    }

    @Override
    public Handle newBytes(byte[] value) {
        requireGil();
        return wrap(interp.bytesType.of(value));
    }

    private long[] addresses(Handle[] items) {
        long[] a = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            a[i] = addressOf(items[i]);
        }
        return a;
    }

    @Override
    public Handle newTuple(Handle... items) {
        requireGil();
        return wrap(interp.tupleType.create(addresses(items)));
    }

    @Override
    public Handle newList(Handle... items) {
        requireGil();
        return wrap(interp.listType.create(addresses(items)));
    }

    @Override
    public Handle newDict() {
        requireGil();
        return wrap(interp.dictType.create());
    }

    @Override
    public Handle newSet(Handle... items) {
        requireGil();
        long[] a = addresses(items);
        long s = interp.setType.create();
        try {
            for (long item : a) {
                interp.setType.add(s, item);
            }
        } catch (RuntimeException e) {
            interp.decref(s);
            throw e;
        }
        return wrap(s);
    }

    @Override
    public Handle newClass(String name) {
        return newClass(name, null);
    }

    @Override
    public Handle newClass(String name, Finalizer finalizer) {
        requireGil();
        ClassType.InstanceFinalizer hook = finalizer == null ? null : self -> {
            try (Handle h = wrap(interp.newRef(self))) {
                finalizer.finalize(interp.tstate, h);
            }
        };
        return wrap(ClassType.create(interp, name, hook).typeObject());
    }

    private ClassType classOf(long cls) {
        if (interp.typeOf(cls) != interp.typeType) {
            throw new PyException("TypeError", "'" + interp.typeOf(cls).name + "' object is not callable");
        }
        ClassType c = interp.typeType.classOf(cls);
        if (c == null) {
            throw new PyException("TypeError", "only classes made with newClass can be called here, not "
                    + interp.typeType.repr(cls));
        }
        return c;
    }

    @Override
    public Handle call(Handle cls) {
        long c = addressOf(cls);
        return wrap(classOf(c).instantiate());
    }

    @Override
    public Handle weakref(Handle obj) {
        return wrap(interp.weakrefType.create(addressOf(obj), null));
    }

    @Override
    public Handle weakref(Handle obj, WeakrefCallback callback) {
        long o = addressOf(obj);
        java.util.Objects.requireNonNull(callback, "callback");
        return wrap(interp.weakrefType.create(o, ref -> {
            try (Handle h = wrap(interp.newRef(ref))) {
                callback.call(interp.tstate, h);
            }
        }));
    }

    @Override
    public Handle deref(Handle weakref) {
        long r = addressOf(weakref);
        requireType(r, interp.weakrefType, "a weakref");
        return wrap(interp.weakrefType.deref(r));
    }

    @Override
    public Handle intern(Handle str) {
        long s = addressOf(str);
        if (interp.typeOf(s) != interp.strType) {
            throw new PyException("TypeError", "intern() argument must be str, not " + interp.typeOf(s).name);
        }
        return wrap(interp.strType.intern(interp.newRef(s)));
    }

    // ---------------------------------------------------------------- attributes

    private ClassType instanceClass(long o, String name, String verb) {
        PyType t = interp.typeOf(o);
        if (t instanceof ClassType c) {
            return c;
        }
        throw new PyException("AttributeError", "'" + t.name + "' object "
                + ("get".equals(verb) ? "has no attribute '" + name + "'" : "attribute '" + name + "' is read-only"));
    }

    @Override
    public Handle getattr(Handle obj, String name) {
        long o = addressOf(obj);
        return wrap(instanceClass(o, name, "get").getAttr(o, name));
    }

    @Override
    public void setattr(Handle obj, String name, Handle value) {
        long o = addressOf(obj);
        long v = addressOf(value);
        PyType t = interp.typeOf(o);
        if (!(t instanceof ClassType c)) {
            throw new PyException("AttributeError", "'" + t.name + "' object has no attribute '" + name + "'");
        }
        c.setAttr(o, name, v);
        interp.raiseParked();
    }

    @Override
    public void delattr(Handle obj, String name) {
        long o = addressOf(obj);
        PyType t = interp.typeOf(o);
        if (!(t instanceof ClassType c)) {
            throw new PyException("AttributeError", "'" + t.name + "' object has no attribute '" + name + "'");
        }
        c.delAttr(o, name);
        interp.raiseParked();
    }

    @Override
    public boolean hasattr(Handle obj, String name) {
        long o = addressOf(obj);
        return interp.typeOf(o) instanceof ClassType c && c.hasAttr(o, name);
    }

    // ---------------------------------------------------------------- containers

    private void requireType(long o, PyType type, String what) {
        if (interp.typeOf(o) != type) {
            throw new PyException("TypeError", "expected " + what + ", got '" + interp.typeOf(o).name + "'");
        }
    }

    private PyException noMethod(long o, String method) {
        return new PyException("AttributeError", "'" + interp.typeOf(o).name + "' object has no attribute '" + method + "'");
    }

    @Override
    public long len(Handle obj) {
        long o = addressOf(obj);
        PyType t = interp.typeOf(o);
        if (t == interp.listType) {
            return interp.listType.size(o);
        } else if (t == interp.tupleType) {
            return interp.tupleType.size(o);
        } else if (t == interp.dictType) {
            return interp.dictType.size(o);
        } else if (t == interp.setType) {
            return interp.setType.size(o);
        } else if (t == interp.strType) {
            return interp.strType.length(o);
        } else if (t == interp.bytesType) {
            return interp.memory.getLong(o + Layout.OB_SIZE);
        }
        throw new PyException("TypeError", "object of type '" + t.name + "' has no len()");
    }

    @Override
    public void append(Handle list, Handle item) {
        long l = addressOf(list);
        long v = addressOf(item);
        if (interp.typeOf(l) != interp.listType) {
            throw noMethod(l, "append");
        }
        interp.listType.append(l, v);
    }

    @Override
    public void extend(Handle list, Handle... items) {
        long l = addressOf(list);
        long[] a = addresses(items);
        if (interp.typeOf(l) != interp.listType) {
            throw noMethod(l, "extend");
        }
        interp.listType.extend(l, a);
    }

    @Override
    public void insert(Handle list, long index, Handle item) {
        long l = addressOf(list);
        long v = addressOf(item);
        if (interp.typeOf(l) != interp.listType) {
            throw noMethod(l, "insert");
        }
        interp.listType.insert(l, index, v);
    }

    @Override
    public Handle pop(Handle list) {
        return pop(list, -1);
    }

    @Override
    public Handle pop(Handle list, long index) {
        long l = addressOf(list);
        if (interp.typeOf(l) != interp.listType) {
            throw noMethod(l, "pop");
        }
        return wrap(interp.listType.pop(l, index));
    }

    @Override
    public Handle pop(Handle dict, Handle key) {
        long d = addressOf(dict);
        long k = addressOf(key);
        PyType t = interp.typeOf(d);
        if (t == interp.listType && interp.intType.isIntLike(k)) {
            return wrap(interp.listType.pop(d, interp.intType.longValue(k)));
        }
        if (t != interp.dictType) {
            throw noMethod(d, "pop");
        }
        long v = interp.dictType.pop(d, k);
        if (v == 0) {
            throw keyError(k);
        }
        return wrap(v);
    }

    private PyException keyError(long key) {
        return new PyException("KeyError", interp.repr(key));
    }

    private long index(long key, PyType container) {
        if (!interp.intType.isIntLike(key)) {
            throw new PyException("TypeError", container.name + " indices must be integers or slices, not "
                    + interp.typeOf(key).name);
        }
        return interp.intType.longValue(key);
    }

    @Override
    public Handle getitem(Handle obj, long index) {
        long o = addressOf(obj);
        PyType t = interp.typeOf(o);
        if (t == interp.listType) {
            return wrap(interp.listType.getItem(o, index));
        }
        if (t == interp.tupleType) {
            long n = interp.tupleType.size(o);
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                throw new PyException("IndexError", "tuple index out of range");
            }
            return wrap(interp.newRef(interp.tupleType.item(o, i)));
        }
        try (Handle key = newInt(index)) {
            return getitem(obj, key);
        }
    }

    @Override
    public Handle getitem(Handle obj, Handle key) {
        long o = addressOf(obj);
        long k = addressOf(key);
        PyType t = interp.typeOf(o);
        if (t == interp.dictType) {
            long v = interp.dictType.getItem(o, k);
            if (v == 0) {
                throw keyError(k);
            }
            return wrap(interp.newRef(v));
        }
        if (t == interp.listType || t == interp.tupleType) {
            return getitem(obj, index(k, t));
        }
        throw new PyException("TypeError", "'" + t.name + "' object is not subscriptable");
    }

    @Override
    public void setitem(Handle list, long index, Handle value) {
        long l = addressOf(list);
        long v = addressOf(value);
        PyType t = interp.typeOf(l);
        if (t == interp.listType) {
            interp.listType.setItem(l, index, v);
            interp.raiseParked();
            return;
        }
        try (Handle key = newInt(index)) {
            setitem(list, key, value);
        }
    }

    @Override
    public void setitem(Handle obj, Handle key, Handle value) {
        long o = addressOf(obj);
        long k = addressOf(key);
        long v = addressOf(value);
        PyType t = interp.typeOf(o);
        if (t == interp.dictType) {
            interp.dictType.setItem(o, k, v);
        } else if (t == interp.listType) {
            interp.listType.setItem(o, index(k, t), v);
        } else {
            throw new PyException("TypeError", "'" + t.name + "' object does not support item assignment");
        }
        interp.raiseParked();
    }

    @Override
    public void delitem(Handle list, long index) {
        long l = addressOf(list);
        if (interp.typeOf(l) == interp.listType) {
            interp.listType.delItem(l, index);
            interp.raiseParked();
            return;
        }
        try (Handle key = newInt(index)) {
            delitem(list, key);
        }
    }

    @Override
    public void delitem(Handle obj, Handle key) {
        long o = addressOf(obj);
        long k = addressOf(key);
        PyType t = interp.typeOf(o);
        if (t == interp.dictType) {
            if (!interp.dictType.delItem(o, k)) {
                throw keyError(k);
            }
        } else if (t == interp.listType) {
            interp.listType.delItem(o, index(k, t));
        } else {
            throw new PyException("TypeError", "'" + t.name + "' object does not support item deletion");
        }
        interp.raiseParked();
    }

    @Override
    public void clear(Handle obj) {
        long o = addressOf(obj);
        PyType t = interp.typeOf(o);
        if (t == interp.listType || t == interp.dictType || t == interp.setType) {
            t.clear(o);
        } else {
            throw noMethod(o, "clear");
        }
        interp.raiseParked();
    }

    @Override
    public void add(Handle set, Handle item) {
        long s = addressOf(set);
        long v = addressOf(item);
        if (interp.typeOf(s) != interp.setType) {
            throw noMethod(s, "add");
        }
        interp.setType.add(s, v);
    }

    @Override
    public void discard(Handle set, Handle item) {
        long s = addressOf(set);
        long v = addressOf(item);
        if (interp.typeOf(s) != interp.setType) {
            throw noMethod(s, "discard");
        }
        interp.setType.discard(s, v);
        interp.raiseParked();
    }

    @Override
    public boolean contains(Handle container, Handle item) {
        long c = addressOf(container);
        long v = addressOf(item);
        PyType t = interp.typeOf(c);
        if (t == interp.dictType) {
            return interp.dictType.getItem(c, v) != 0;
        } else if (t == interp.setType) {
            return interp.setType.contains(c, v);
        } else if (t instanceof SequenceType sequence) {
            return sequence.contains(c, v);
        }
        throw new PyException("TypeError", "argument of type '" + t.name + "' is not iterable");
    }

    // ---------------------------------------------------------------- identity and values

    @Override
    public Handle type(Handle obj) {
        long o = addressOf(obj);
        return wrap(interp.newRef(interp.typeOf(o).typeObject()));
    }

    @Override
    public boolean is(Handle a, Handle b) {
        return addressOf(a) == addressOf(b);
    }

    @Override
    public boolean eq(Handle a, Handle b) {
        return interp.equal(addressOf(a), addressOf(b));
    }

    /** {@code hash(obj)}: the builtin's call is one level of the recursion limit, as in CPython. */
    @Override
    public long hash(Handle obj) {
        long o = addressOf(obj);
        interp.enterRecursiveCall(this, Interpreter.IN_CALL);
        try {
            return interp.hashOf(o);
        } finally {
            Interpreter.leaveRecursiveCall(this);
        }
    }

    /** {@code repr(obj)}: the builtin's call is one level of the recursion limit, then each nested repr one more. */
    @Override
    public String repr(Handle obj) {
        long o = addressOf(obj);
        interp.enterRecursiveCall(this, Interpreter.IN_CALL);
        try {
            return interp.repr(o);
        } finally {
            Interpreter.leaveRecursiveCall(this);
        }
    }

    @Override
    public Handle dup(Handle obj) {
        return wrap(interp.newRef(addressOf(obj)));
    }

    @Override
    public Object javaValue(Handle obj) {
        long o = addressOf(obj);
        PyType t = interp.typeOf(o);
        if (t == interp.noneType) {
            return null;
        } else if (t == interp.boolType) {
            return o == interp.trueObject;
        } else if (t == interp.intType) {
            return interp.intType.fitsLong(o) ? (Object) interp.intType.longValue(o) : interp.intType.bigValue(o);
        } else if (t == interp.floatType) {
            return interp.floatType.value(o);
        } else if (t == interp.strType) {
            return interp.strType.value(o);
        } else if (t == interp.bytesType) {
            return interp.bytesType.value(o);
        }
        throw new PyException("TypeError", "'" + t.name + "' object has no Java value");
    }

    private final CApiImpl capi = new CApiImpl();

    @Override
    public dev.pyheap.runtime.CApi capi() {
        requireOwner();
        return capi;
    }

    /**
     * The address-level API: straight calls into the types, no handles, no argument checks; only
     * the thread state's own check ({@link #requireGil}) comes first.
     */
    private final class CApiImpl implements dev.pyheap.runtime.CApi {
        @Override
        public void incref(long object) {
            requireGil();
            interp.incref(object);
        }

        @Override
        public void decref(long object) {
            requireGil();
            interp.decref(object);
            interp.raiseParked();
        }

        @Override
        public long refcount(long object) {
            requireGil();
            return interp.refcount(object);
        }

        @Override
        public long newList() {
            requireGil();
            return interp.listType.allocate(0);
        }

        @Override
        public void listAppend(long list, long item) {
            requireGil();
            interp.listType.append(list, item);
        }

        @Override
        public long newTuple(long... items) {
            requireGil();
            return interp.tupleType.create(items);
        }

        @Override
        public long newInt(long value) {
            requireGil();
            return intObject(value);
        }

        @Override
        public long call(long cls) {
            requireGil();
            return classOf(cls).instantiate();
        }

        @Override
        public long getattr(long object, String name) {
            requireGil();
            return instanceClass(object, name, "get").getAttr(object, name);
        }

        @Override
        public void setattr(long object, String name, long value) {
            requireGil();
            PyType t = interp.typeOf(object);
            if (!(t instanceof ClassType c)) {
                throw new PyException("AttributeError", "'" + t.name + "' object has no attribute '" + name + "'");
            }
            c.setAttr(object, name, value);
            interp.raiseParked();
        }

        @Override
        public Handle toHandle(long newReference) {
            requireGil();
            if (newReference == 0) {
                throw new IllegalArgumentException("toHandle(0): 0 is NULL, not a reference to an object");
            }
            return wrap(newReference);
        }

        @Override
        public long address(Handle handle) {
            requireGil();
            return heap.addressOf(handle);
        }
    }

    // ---------------------------------------------------------------- close

    /**
     * Detaches: drops the frames still pushed (taking the GIL for it if needed) and releases the
     * GIL. Nothing to do once the heap is closed: the frames went with it.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("thread '" + Thread.currentThread().getName()
                    + "' tried to close the thread state of '" + owner.getName() + "'");
        }
        if (heap.isClosed()) {
            closed = true;
            return;
        }
        if (holdsGil && interp.inCallout()) {
            throw new IllegalStateException("a finalizer, a weakref callback or a gc callback cannot close the thread"
                    + " state that runs it");
        }
        boolean held = holdsGil;
        if (!held && frames.size() > 1) {
            acquireGil();
        }
        try {
            popFramesTo(1);
            interp.raiseParked();
        } finally {
            if (holdsGil) {
                holdsGil = false;
                interp.tstate = null;
                heap.gil.release();
            }
            closed = true;
            heap.detach(this);
        }
    }

    @Override
    public String toString() {
        return "<thread state of '" + owner.getName() + "', " + (frames.size() - 1) + " frame(s)>";
    }
}
