package dev.pyheap.runtime.state;

import dev.pyheap.runtime.Finalizer;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.WeakrefCallback;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ClassType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.RecursionDepth;

import java.math.BigInteger;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The embedding API's object operations over handles ({@link PyThreadState}'s second half): each
 * checks the caller ({@link #requireGil}, through {@link #addressOf}), turns handles into
 * addresses, and calls the abstract object layer ({@link Abstract}) or a type's method by name:
 * {@code append(l, x)} is {@code list.append(l, x)}, {@code dictPop(d, k)} is {@code dict.pop(d, k)},
 * refused for another type as the method descriptor refuses it. Nothing here tests a type. The thread state ({@link ThreadState}) extends it with the GIL,
 * frames and check points.
 *
 * <h2>Errors from embedder code</h2>
 * A finalizer, weakref callback or gc callback runs inside an operation that is half done around
 * it; an Error it throws is parked by the space ({@link ObjectSpace#callOut}) and thrown by the
 * operation once its work is complete: void operations end with {@link ObjectSpace#raiseParked},
 * those returning a handle raise it in {@link #wrap} (dropping the result, which the caller would
 * never see).
 *
 * <h2>Python errors leaving the API</h2>
 * Inside the heap a {@link PyException} may own its exception object (CPython's current exception),
 * which holds its arguments: a KeyError from a dict holds the key. The embedder is given the type
 * and the message only ({@link #escaping}), so no Java exception it keeps, logs or drops keeps a
 * heap object alive.
 */
abstract class HandleApi implements PyThreadState {
    final InterpreterState interp;
    final ObjectSpace space;

    HandleApi(InterpreterState interp) {
        this.interp = interp;
        this.space = interp.space;
    }

    /** The check every operation makes first: the GIL held through this thread state, by its owner. */
    abstract void requireGil();

    /** The object behind a handle of this heap, after the caller's check. */
    final long addressOf(Handle h) {
        requireGil();
        return interp.addressOf(h);
    }

    private long[] addresses(Handle[] items) {
        long[] a = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            a[i] = addressOf(items[i]);
        }
        return a;
    }

    /**
     * A handle taking over {@code newReference}, the result of an operation; if embedder code the
     * operation ran threw an Error, the result is dropped and the Error thrown instead.
     */
    final Handle wrap(long newReference) {
        if (space.hasParked() && !space.inCallout()) {
            space.decref(newReference);
            space.raiseParked();
        }
        return interp.wrap(newReference);
    }

    /**
     * An error leaving the embedding API: the embedder gets the exception's type name and its
     * {@code str()}, and the exception object (whose arguments may hold objects: a KeyError holds
     * its key) is released here, as nothing outside the heap could release it.
     */
    final PyException escaping(PyException e) {
        long exc = e.exception();
        if (exc == 0) {
            return e;
        }
        String message;
        try {
            message = Abstract.str(space, exc);
        } catch (PyException failed) {
            failed.release();
            message = "<exception str() failed>";
        }
        String type = space.typeOf(exc).name;
        e.release();
        return new PyException(type, message);
    }

    /** An operation that may run code: its new reference as a handle, or its error as {@link #escaping} leaves it. */
    private Handle handle(LongSupplier operation) {
        long result;
        try {
            result = operation.getAsLong();
        } catch (PyException e) {
            throw escaping(e);
        }
        return wrap(result);
    }

    /** An operation that may run code and returns nothing. */
    private void run(Runnable operation) {
        try {
            operation.run();
        } catch (PyException e) {
            throw escaping(e);
        }
        space.raiseParked();
    }

    /** An operation that may run code and answers a question. */
    private boolean test(BooleanSupplier operation) {
        try {
            return operation.getAsBoolean();
        } catch (PyException e) {
            throw escaping(e);
        }
    }

    // ---------------------------------------------------------------- making objects

    @Override
    public Handle none() {
        requireGil();
        return wrap(space.newNone());
    }

    @Override
    public Handle newBool(boolean value) {
        requireGil();
        return wrap(space.newBool(value));
    }

    @Override
    public Handle newInt(long value) {
        requireGil();
        return wrap(space.newInt(value));
    }

    @Override
    public Handle newInt(BigInteger value) {
        requireGil();
        if (value.bitLength() < 63) {
            return wrap(space.newInt(value.longValue()));
        }
        return wrap(space.intType.createFromBig(value));
    }

    @Override
    public Handle newFloat(double value) {
        requireGil();
        return wrap(space.floatType.create(value));
    }

    @Override
    public Handle literal(String text) {
        requireGil();
        return wrap(space.strType.literal(text));
    }

    @Override
    public Handle newStr(String text) {
        requireGil();
        return wrap(space.strType.runtime(text));
    }

    @Override
    public Handle newBytes(byte[] value) {
        requireGil();
        return wrap(space.bytesType.of(value));
    }

    @Override
    public Handle newTuple(Handle... items) {
        requireGil();
        return wrap(space.tupleType.create(addresses(items)));
    }

    @Override
    public Handle newList(Handle... items) {
        requireGil();
        return wrap(space.listType.create(addresses(items)));
    }

    @Override
    public Handle newDict() {
        requireGil();
        return wrap(space.dictType.create());
    }

    @Override
    public Handle newSet(Handle... items) {
        requireGil();
        long[] a = addresses(items);
        long s = space.setType.create();
        try {
            for (long item : a) {
                space.setType.add(s, item);
            }
        } catch (RuntimeException e) {
            space.decref(s);
            throw e instanceof PyException p ? escaping(p) : e;
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
            try (Handle h = wrap(space.newRef(self))) {
                finalizer.finalize(interp.current(), h);
            }
        };
        return wrap(ClassType.create(space, name, hook).typeObject()); // the class object's first reference
    }

    @Override
    public Handle call(Handle callable, Handle... args) {
        long c = addressOf(callable);
        long[] a = addresses(args);
        return handle(() -> Abstract.call(space, c, a));
    }

    @Override
    public Handle callMethod(Handle obj, String name, Handle... args) {
        long o = addressOf(obj);
        long[] a = addresses(args);
        return handle(() -> Abstract.callMethod(space, o, name, a));
    }

    @Override
    public Handle weakref(Handle obj) {
        return wrap(space.weakrefType.create(addressOf(obj), null));
    }

    @Override
    public Handle weakref(Handle obj, WeakrefCallback callback) {
        long o = addressOf(obj);
        Objects.requireNonNull(callback, "callback");
        return wrap(space.weakrefType.create(o, ref -> {
            try (Handle h = wrap(space.newRef(ref))) {
                callback.call(interp.current(), h);
            }
        }));
    }

    @Override
    public Handle deref(Handle weakref) {
        long r = addressOf(weakref);
        if (!space.weakrefType.check(r)) {
            throw new PyException("TypeError", "expected a weakref, got '" + space.typeOf(r).name + "'");
        }
        return wrap(space.weakrefType.deref(r));
    }

    @Override
    public Handle intern(Handle str) {
        long s = addressOf(str);
        return wrap(space.strType.sysIntern(s));
    }

    // ---------------------------------------------------------------- attributes

    @Override
    public Handle getattr(Handle obj, String name) {
        long o = addressOf(obj);
        return handle(() -> Abstract.getAttr(space, o, name));
    }

    @Override
    public void setattr(Handle obj, String name, Handle value) {
        long o = addressOf(obj);
        long v = addressOf(value);
        run(() -> Abstract.setAttr(space, o, name, v));
    }

    @Override
    public void delattr(Handle obj, String name) {
        long o = addressOf(obj);
        run(() -> Abstract.delAttr(space, o, name));
    }

    @Override
    public boolean hasattr(Handle obj, String name) {
        long o = addressOf(obj);
        return test(() -> Abstract.hasAttr(space, o, name));
    }

    // ---------------------------------------------------------------- containers and iteration

    @Override
    public long len(Handle obj) {
        long o = addressOf(obj);
        try {
            return Abstract.length(space, o);
        } catch (PyException e) {
            throw escaping(e);
        }
    }

    @Override
    public void append(Handle list, Handle item) {
        long l = addressOf(list);
        long v = addressOf(item);
        run(() -> space.decref(Abstract.callDescriptor(space, space.listType, "append", l, new long[]{v})));
    }

    @Override
    public void extend(Handle list, Handle... items) {
        long l = addressOf(list);
        long[] a = addresses(items);
        Abstract.checkSelf(space, space.listType, "extend", l);
        run(() -> space.listType.extendItems(l, a));
    }

    @Override
    public void insert(Handle list, long index, Handle item) {
        long l = addressOf(list);
        long v = addressOf(item);
        Abstract.checkSelf(space, space.listType, "insert", l);
        space.listType.insert(l, index, v);
    }

    @Override
    public Handle listPop(Handle list) {
        return listPop(list, -1);
    }

    @Override
    public Handle listPop(Handle list, long index) {
        long l = addressOf(list);
        Abstract.checkSelf(space, space.listType, "pop", l);
        return wrap(space.listType.pop(l, index));
    }

    @Override
    public Handle dictPop(Handle dict, Handle key) {
        long d = addressOf(dict);
        long k = addressOf(key);
        return handle(() -> Abstract.callDescriptor(space, space.dictType, "pop", d, new long[]{k}));
    }

    @Override
    public Handle dictPop(Handle dict, Handle key, Handle defaultValue) {
        long d = addressOf(dict);
        long k = addressOf(key);
        long v = addressOf(defaultValue);
        return handle(() -> Abstract.callDescriptor(space, space.dictType, "pop", d, new long[]{k, v}));
    }

    @Override
    public Handle getitem(Handle obj, long index) {
        long o = addressOf(obj);
        return handle(() -> Abstract.getItemAt(space, o, index));
    }

    @Override
    public Handle getitem(Handle obj, Handle key) {
        long o = addressOf(obj);
        long k = addressOf(key);
        return handle(() -> Abstract.getItem(space, o, k));
    }

    @Override
    public void setitem(Handle obj, long index, Handle value) {
        long o = addressOf(obj);
        long v = addressOf(value);
        run(() -> Abstract.setItemAt(space, o, index, v));
    }

    @Override
    public void setitem(Handle obj, Handle key, Handle value) {
        long o = addressOf(obj);
        long k = addressOf(key);
        long v = addressOf(value);
        run(() -> Abstract.setItem(space, o, k, v));
    }

    @Override
    public void delitem(Handle obj, long index) {
        long o = addressOf(obj);
        run(() -> Abstract.delItemAt(space, o, index));
    }

    @Override
    public void delitem(Handle obj, Handle key) {
        long o = addressOf(obj);
        long k = addressOf(key);
        run(() -> Abstract.delItem(space, o, k));
    }

    @Override
    public void clear(Handle obj) {
        long o = addressOf(obj);
        run(() -> space.decref(Abstract.callMethod(space, o, "clear", PyType.NO_ARGS)));
    }

    @Override
    public void add(Handle set, Handle item) {
        long s = addressOf(set);
        long v = addressOf(item);
        run(() -> space.decref(Abstract.callDescriptor(space, space.setType, "add", s, new long[]{v})));
    }

    @Override
    public void discard(Handle set, Handle item) {
        long s = addressOf(set);
        long v = addressOf(item);
        run(() -> space.decref(Abstract.callDescriptor(space, space.setType, "discard", s, new long[]{v})));
    }

    @Override
    public boolean contains(Handle container, Handle item) {
        long c = addressOf(container);
        long v = addressOf(item);
        return test(() -> Abstract.contains(space, c, v));
    }

    @Override
    public Handle iter(Handle obj) {
        long o = addressOf(obj);
        return handle(() -> Abstract.getIter(space, o));
    }

    @Override
    public Handle next(Handle iterator) {
        long it = addressOf(iterator);
        PyType type = space.typeOf(it);
        if (!type.isIterator()) {
            throw new PyException("TypeError", "'" + type.name + "' object is not an iterator");
        }
        long item;
        try {
            item = Abstract.iterNext(space, it);
        } catch (PyException e) {
            throw escaping(e);
        }
        if (item == 0) {
            space.raiseParked();
            return null;
        }
        return wrap(item);
    }

    // ---------------------------------------------------------------- identity and values

    @Override
    public Handle type(Handle obj) {
        long o = addressOf(obj);
        return wrap(space.newRef(space.typeOf(o).typeObject()));
    }

    @Override
    public boolean is(Handle a, Handle b) {
        return addressOf(a) == addressOf(b);
    }

    @Override
    public boolean eq(Handle a, Handle b) {
        long x = addressOf(a), y = addressOf(b);
        return test(() -> Abstract.equal(space, x, y));
    }

    @Override
    public boolean isTrue(Handle obj) {
        long o = addressOf(obj);
        return test(() -> Abstract.isTrue(space, o));
    }

    /** A builtin's call ({@code hash(x)}, {@code repr(x)}, {@code str(x)}): one level of the recursion limit, as in CPython. */
    private <T> T builtinCall(Supplier<T> call) {
        RecursionDepth d = Abstract.enterRecursiveCall(space, Abstract.IN_CALL);
        try {
            return call.get();
        } catch (PyException e) {
            throw escaping(e);
        } finally {
            Abstract.leaveRecursiveCall(d);
        }
    }

    /** {@code hash(obj)}. */
    @Override
    public long hash(Handle obj) {
        long o = addressOf(obj);
        return builtinCall(() -> Abstract.hash(space, o));
    }

    /** {@code repr(obj)}: the builtin's call, then each nested repr one level more. */
    @Override
    public String repr(Handle obj) {
        long o = addressOf(obj);
        return builtinCall(() -> Abstract.repr(space, o));
    }

    /** {@code str(obj)}. */
    @Override
    public String str(Handle obj) {
        long o = addressOf(obj);
        return builtinCall(() -> Abstract.str(space, o));
    }

    @Override
    public Handle dup(Handle obj) {
        return wrap(space.newRef(addressOf(obj)));
    }

    @Override
    public Object javaValue(Handle obj) {
        long o = addressOf(obj);
        return space.typeOf(o).javaValue(o);
    }
}
