package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ArgumentArea;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StrType;
import dev.pyheap.runtime.objects.StructType;
import dev.pyheap.runtime.objects.SlotWrappers;

import java.util.function.LongConsumer;

/**
 * {@code functools.partial} (Modules/_functoolsmodule.c's {@code partialobject}): a callable that
 * calls {@code func} with the stored positionals before the call's own and the stored keywords
 * updated by the call's.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 fn  +24 args (a tuple)  +32 kw (a dict)  +40 __dict__ (made when first needed)
 *   +48 weakreflist  +56 vectorcall (here: whether fn is called through the vector path)   64 bytes
 * </pre>
 * A partial of a partial without a {@code __dict__} is flattened when made: its function, its
 * positionals followed by the new ones, its keywords updated by the new ones. A call with no stored
 * keywords and a function that has a vectorcall of its own passes the stored positionals and the
 * call's arguments in one vector ({@code partial_vectorcall}); otherwise the call goes through the
 * tuple-and-dict path ({@code partial_call}), counted once against the recursion limit as
 * {@code _PyObject_MakeTpCall} counts it.
 */
final class PartialType extends StructType {
    static final int FN = 16, ARGS = 24, KW = 32, DICT = 40, WEAKLIST = 48, VECTORCALL = 56, SIZE = 64;

    PartialType(ObjectSpace space) {
        super(space, "functools.partial", null, HAVE_GC | BASETYPE | HAVE_VECTORCALL, SIZE, 0, WEAKLIST,
                "fn", FN, "args", ARGS, "kw", KW, "dict", DICT);
        defineMethod("__reduce__", (self, a) -> {
            Args.none("__reduce__", a);
            return reduce(self);
        });
        defineMethod("__setstate__", (self, a) -> {
            setState(self, Args.one("__setstate__", a));
            return space.newNone();
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_CALL, SlotWrappers.Slot.TP_REPR,
                SlotWrappers.Slot.TP_GETATTRO, SlotWrappers.Slot.TP_SETATTRO));
    }

    @Override
    protected void fillDict() {
        putClassGetItem();
        putMembers("func", "args", "keywords", "__vectorcalloffset__");
        putInDict("__dict__", space.getSetDescrType.create(this, "__dict__", o -> space.newRef(ownDict(o, DICT)), this::setDict));
        putInDict("__doc__", space.strType.runtime("partial(func, *args, **keywords) - new function with partial application\n"
                + "    of the given arguments and keywords.\n"));
        putInDict("__module__", space.strType.runtime("functools"));
    }

    /** {@code PyObject_GenericSetDict}: a dict, never deleted. */
    private void setDict(long o, long value) {
        if (value == 0) {
            throw new PyException("TypeError", "cannot delete __dict__");
        }
        if (!space.dictType.check(value)) {
            throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '" + space.typeOf(value).name + "'");
        }
        setField(o, DICT, value);
    }

    @Override
    public long dictOffset() {
        return DICT;
    }

    @Override
    protected long instanceAttr(long o, long name) {
        long dict = field(o, DICT);
        return dict == 0 ? 0 : space.dictType.get(dict, name);
    }

    /** The members are read-only: storing one reaches here from its descriptor and is refused. */
    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        StrType str = space.strType;
        if (str.contentEquals(name, "func") || str.contentEquals(name, "args") || str.contentEquals(name, "keywords")
                || str.contentEquals(name, "__vectorcalloffset__")) {
            return false;
        }
        setInOwnDict(o, DICT, name, value);
        return true;
    }

    /** The members {@code func}, {@code args}, {@code keywords}, {@code __vectorcalloffset__} (read-only), then the generic lookup. */
    @Override
    public long lookupAttr(long o, long name) {
        StrType str = space.strType;
        if (str.contentEquals(name, "func")) {
            return space.newRef(field(o, FN));
        }
        if (str.contentEquals(name, "args")) {
            return space.newRef(field(o, ARGS));
        }
        if (str.contentEquals(name, "keywords")) {
            return space.newRef(field(o, KW));
        }
        if (str.contentEquals(name, "__vectorcalloffset__")) {
            return space.newInt(VECTORCALL);
        }
        return genericLookupAttr(o, name);
    }

    // ---------------------------------------------------------------- construction

    /**
     * {@code partial_new}: {@code partial(func, *args, **keywords)}; a partial {@code func} (any
     * instance made by this {@code tp_new}) without a {@code __dict__} is flattened into the new one.
     */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long n = space.tupleType.size(args);
        if (n < 1) {
            throw new PyException("TypeError", "type 'partial' takes at least one argument");
        }
        long func = space.tupleType.item(args, 0);
        long pargs = 0, pkw = 0;
        PyType ft = space.typeOf(func);
        if (ft.isSubtypeOf(this) && ft.lookup("__new__") == lookup("__new__") && field(func, DICT) == 0) {
            pargs = field(func, ARGS);
            pkw = field(func, KW);
            func = field(func, FN);
        }
        if (!Abstract.isCallable(space, func)) {
            throw new PyException("TypeError", "the first argument must be callable");
        }
        long[] restItems = new long[(int) n - 1];
        for (int i = 1; i < n; i++) {
            restItems[i - 1] = space.tupleType.item(args, i);
        }
        long rest = space.tupleType.create(restItems);
        long newArgs, newKw;
        try {
            newArgs = pargs == 0 ? space.newRef(rest) : space.tupleType.concat(pargs, rest);
        } finally {
            space.decref(rest);
        }
        try {
            if (pkw == 0 || space.dictType.size(pkw) == 0) {
                newKw = kwargs == 0 ? space.dictType.create()
                        : space.refcount(kwargs) == 1 ? space.newRef(kwargs) : space.dictType.copy(kwargs);
            } else {
                newKw = space.dictType.copy(pkw);
                if (kwargs != 0) {
                    space.dictType.merge(newKw, kwargs);
                }
            }
        } catch (RuntimeException e) {
            space.decref(newArgs);
            throw e;
        }
        long o = space.newGcObject(this, SIZE, 0);
        memory.fill(o + 16, SIZE - 16, (byte) 0);
        memory.putLong(o + FN, space.newRef(func));
        memory.putLong(o + ARGS, newArgs);
        memory.putLong(o + KW, newKw);
        setVectorcall(o);
        space.track(o);
        return subtype == this ? o : subtype.adopt(o);
    }

    /** {@code partial_setvectorcall}: the vector path only for a function that has one. */
    private void setVectorcall(long o) {
        memory.putLong(o + VECTORCALL, space.typeOf(field(o, FN)).hasFlag(HAVE_VECTORCALL) ? 1 : 0);
    }

    // ---------------------------------------------------------------- calls

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        long kw = field(o, KW);
        if (memory.getLong(o + VECTORCALL) == 0 || space.dictType.size(kw) != 0) {
            return Abstract.makeTpCall(space, o, args, nargsf, kwnames);
        }
        long fn = field(o, FN), pargs = field(o, ARGS);
        int np = (int) space.tupleType.size(pargs);
        if (np == 0) {
            return Abstract.vectorcall(space, fn, args, nargsf, kwnames);
        }
        int n = Abstract.nargs(nargsf);
        int nk = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        space.incref(o); // the function may drop the last other reference to the partial holding it
        try {
            long at = area.reserve(np + n + nk);
            for (int i = 0; i < np; i++) {
                memory.putLong(at + 8L * i, space.tupleType.item(pargs, i));
            }
            memory.copy(args, at + 8L * np, 8L * (n + nk));
            return Abstract.vectorcall(space, fn, at, np + n, kwnames);
        } finally {
            area.release(mark);
            space.decref(o);
        }
    }

    /** {@code partial_call}: the stored positionals before {@code args}, the stored keywords updated by {@code kwargs}. */
    @Override
    public long callTuple(long o, long args, long kwargs) {
        long kw = field(o, KW), pargs = field(o, ARGS);
        long kwargs2, args2 = 0;
        if (space.dictType.size(kw) == 0) {
            kwargs2 = kwargs == 0 ? 0 : space.newRef(kwargs);
        } else {
            kwargs2 = space.dictType.copy(kw);
            if (kwargs != 0) {
                try {
                    space.dictType.merge(kwargs2, kwargs);
                } catch (RuntimeException e) {
                    space.decref(kwargs2);
                    throw e;
                }
            }
        }
        try {
            args2 = space.tupleType.size(pargs) == 0 ? space.newRef(args) : space.tupleType.concat(pargs, args);
            return Abstract.call(space, field(o, FN), args2, kwargs2);
        } finally {
            space.xdecref(args2);
            space.xdecref(kwargs2);
        }
    }

    // ---------------------------------------------------------------- repr, pickling

    /** {@code partial_repr}: {@code functools.partial(<fn>, 1, x=2)}, {@code ...} inside itself. */
    @Override
    public String repr(long o) {
        if (!Abstract.reprEnter(space, o)) {
            return "...";
        }
        try {
            StringBuilder s = new StringBuilder();
            long pargs = field(o, ARGS);
            for (long i = 0, n = space.tupleType.size(pargs); i < n; i++) {
                s.append(", ").append(Abstract.repr(space, space.tupleType.item(pargs, i)));
            }
            long items = space.dictType.itemsList(field(o, KW));
            try {
                for (long i = 0, n = space.listType.size(items); i < n; i++) {
                    long pair = space.listType.item(items, i);
                    s.append(", ").append(Abstract.str(space, space.tupleType.item(pair, 0))).append('=')
                            .append(Abstract.repr(space, space.tupleType.item(pair, 1)));
                }
            } finally {
                space.decref(items);
            }
            return space.typeOf(o).name + "(" + Abstract.repr(space, field(o, FN)) + s + ")";
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    /** {@code partial_reduce}: {@code (type(p), (fn,), (fn, args, kw, __dict__ or None))}. */
    private long reduce(long o) {
        long fn = field(o, FN), dict = field(o, DICT);
        long fnOnly = space.tupleType.create(fn);
        long state = space.tupleType.create(fn, field(o, ARGS), field(o, KW), dict == 0 ? space.none : dict);
        try {
            return space.tupleType.create(space.typeOf(o).typeObject(), fnOnly, state);
        } finally {
            space.decref(fnOnly);
            space.decref(state);
        }
    }

    /** {@code partial_setstate}: {@code (fn, args, kw or None, dict or None)}; anything else is an invalid state. */
    private void setState(long o, long state) {
        if (!space.tupleType.check(state) || space.tupleType.size(state) != 4) {
            throw new PyException("TypeError", "invalid partial state");
        }
        long fn = space.tupleType.item(state, 0), fnargs = space.tupleType.item(state, 1);
        long kw = space.tupleType.item(state, 2), dict = space.tupleType.item(state, 3);
        if (!Abstract.isCallable(space, fn) || !space.tupleType.check(fnargs)
                || (kw != space.none && !space.dictType.check(kw))) {
            throw new PyException("TypeError", "invalid partial state");
        }
        long newArgs = space.tupleType.checkExact(fnargs) ? space.newRef(fnargs) : Abstract.sequenceTuple(space, fnargs);
        long newKw;
        try {
            newKw = kw == space.none ? space.dictType.create()
                    : space.dictType.checkExact(kw) ? space.newRef(kw) : space.dictType.copy(kw);
        } catch (RuntimeException e) {
            space.decref(newArgs);
            throw e;
        }
        setField(o, FN, fn);
        putField(o, ARGS, newArgs);
        putField(o, KW, newKw);
        setField(o, DICT, dict == space.none ? 0 : dict);
        setVectorcall(o);
    }

    // ---------------------------------------------------------------- gc

    /** {@code partial_traverse}: the type first (a heap type in CPython), then fn, args, kw, __dict__. */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        if (space.typeOf(o) == this) {
            visitor.accept(typeObject());
        }
        forEachReferent(o, visitor);
    }
}
