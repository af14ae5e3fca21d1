package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * {@code generator}: {@code PyGenObject} (Objects/genobject.c) with its frame embedded
 * ({@code gi_iframe}); GC-capable; {@code sys.getsizeof} is CPython's: the fixed part, the
 * interpreter frame's specials and one word per local and value-stack entry of its code.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ob_size (locals + stack words)
 *   +24 gi_weakreflist  +32 gi_name  +40 gi_qualname  +48 gi_exc_state.exc_value  +56 previous_item
 *   +64 gi_origin_or_finalizer  +72 gi_hooks_inited, gi_closed, gi_running_async (chars)  +75 gi_frame_state (int8)
 *   +80 gi_iframe: +80 f_func +88 f_globals +96 f_builtins +104 f_locals +112 f_code (counted) ...
 * </pre>
 * The frame's locals and value stack are the evaluator's ({@link SuspendedFrame}, attached to
 * the generator while it lives); they are the generator's references for traversal and clearing.
 * Resuming goes through the heap's {@link FrameEvaluator}. The finalizer closes a suspended
 * generator ({@code _PyGen_Finalize}).
 */
public final class GeneratorType extends StructType {
    public static final int WEAKLIST = 24, NAME = 32, QUALNAME = 40, EXC_VALUE = 48, FRAME_STATE = 75, FUNC = 80,
            GLOBALS = 88, BUILTINS = 96, LOCALS = 104, CODE = 112, IFRAME = 80;
    /** {@code _PyInterpreterFrame}'s size before {@code localsplus}. */
    static final int IFRAME_SIZE = 72;
    public static final byte CREATED = -2, SUSPENDED = -1, EXECUTING = 0, COMPLETED = 1, CLEARED = 4;

    private final Map<Long, SuspendedFrame> frames = new HashMap<>();

    GeneratorType(ObjectSpace space) {
        super(space, "generator", null, HAVE_GC | IMMUTABLETYPE, IFRAME + IFRAME_SIZE, 8, WEAKLIST,
                "gi_name", NAME, "gi_qualname", QUALNAME, "gi_exc_state.exc_value", EXC_VALUE,
                "f_func", FUNC, "f_globals", GLOBALS, "f_builtins", BUILTINS, "f_locals", LOCALS, "f_code", CODE);
        defineMethod("send", (self, args) -> {
            Args.range("send", args, 1, 1);
            return finish(self, space.frameEvaluator.resume(self, args[0], null));
        });
        defineMethod("throw", (self, args) -> {
            Args.range("throw", args, 1, 3);
            long exc = exceptionOf(args);
            PyException e = new PyException(space.typeOf(exc).name, "", exc, space::decref);
            if (state(self) == CREATED || state(self) >= COMPLETED) {
                setState(self, COMPLETED);
                throw e;
            }
            return finish(self, space.frameEvaluator.resume(self, space.none, e));
        });
        defineMethod("close", (self, args) -> {
            Args.none("close", args);
            close(self);
            return space.newNone();
        });
    }

    /** After a resume: the yielded value, or StopIteration carrying the returned one. */
    private long finish(long g, long v) {
        if (state(g) < COMPLETED) {
            return v;
        }
        long args = v == space.none ? space.tupleType.create() : space.tupleType.create(v);
        space.decref(v);
        long e = space.exceptions.byName("StopIteration").create(args, true);
        throw new PyException("StopIteration", "", e, space::decref);
    }

    /** {@code throw(type[, value[, tb]])}'s exception instance: a new reference. */
    private long exceptionOf(long[] args) {
        long typ = args[0];
        if (space.exceptions.isException(typ)) {
            return space.newRef(typ);
        }
        PyType t = space.typeType.check(typ) ? space.typeType.described(typ) : null;
        if (t == null || !t.isSubtypeOf(space.exceptions.base())) {
            throw new PyException("TypeError", "exceptions must be classes or instances deriving from BaseException, not "
                    + space.typeOf(typ).name);
        }
        if (args.length > 1 && space.exceptions.isException(args[1])) {
            return space.newRef(args[1]);
        }
        long[] a = args.length > 1 && args[1] != space.none ? new long[] {args[1]} : new long[0];
        return Abstract.call(space, typ, a);
    }

    /** {@code make_gen}: a tracked generator for the frame of {@code func} (borrowed) running {@code code}, with {@code slots} locals and stack words. New reference. */
    public long create(long func, long code, long globals, long builtins, int slots, SuspendedFrame frame) {
        long g = allocateStruct(IFRAME + IFRAME_SIZE + 8L * slots);
        memory.putLong(g + Layout.OB_SIZE, slots);
        setField(g, FUNC, func);
        setField(g, CODE, code);
        setField(g, GLOBALS, globals);
        setField(g, BUILTINS, builtins);
        setField(g, NAME, space.functionType.field(func, FunctionType.NAME));
        setField(g, QUALNAME, space.functionType.field(func, FunctionType.QUALNAME));
        memory.putByte(g + FRAME_STATE, CREATED);
        if (frame != null) {
            frames.put(g, frame);
        }
        space.track(g);
        return g;
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** Attaches the evaluator's frame (which lives in the generator's memory at {@link #IFRAME}). */
    public void setFrame(long g, SuspendedFrame frame) {
        frames.put(g, frame);
    }

    /** The evaluator's frame of {@code g}, or null once cleared. */
    public SuspendedFrame frame(long g) {
        return frames.get(g);
    }

    public byte state(long g) {
        return memory.getByte(g + FRAME_STATE);
    }

    public void setState(long g, byte state) {
        memory.putByte(g + FRAME_STATE, state);
    }

    @Override
    public long instanceSize(long g) {
        return IFRAME + IFRAME_SIZE + 8 * memory.getLong(g + Layout.OB_SIZE);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long g) {
        if (state(g) >= COMPLETED) {
            return 0;
        }
        long v = space.frameEvaluator.resume(g, space.none, null);
        if (state(g) >= COMPLETED) {
            space.decref(v); // exhaustion is a 0 return here; next() asks for the value through send
            return 0;
        }
        return v;
    }

    @Override
    public void forEachReferent(long g, LongConsumer visitor) {
        super.forEachReferent(g, visitor);
        SuspendedFrame f = frames.get(g);
        if (f != null) {
            f.forEachReference(visitor);
        }
    }

    @Override
    public void clear(long g) {
        SuspendedFrame f = frames.remove(g);
        if (f != null) {
            f.clear();
        }
        super.clear(g);
    }

    /**
     * {@code _PyFrame_Clear} for a generator whose frame finished: the locals, value stack and the
     * frame's own references go, but the generator keeps {@code gi_name}, {@code gi_qualname} and
     * its code (3.11 holds {@code gi_code} in the generator itself), so {@code __name__},
     * {@code gi_code} and its repr still work on an exhausted generator.
     */
    public void clearFrame(long g) {
        SuspendedFrame f = frames.remove(g);
        if (f != null) {
            f.clear();
        }
        for (int offset : new int[] {FUNC, GLOBALS, BUILTINS, LOCALS}) {
            putField(g, offset, 0);
        }
    }

    @Override
    public boolean hasFinalizer() {
        return true;
    }

    /** {@code _PyGen_Finalize}: closes a generator that started and did not finish. */
    @Override
    public void finalize(long g) {
        byte s = state(g);
        if (s == SUSPENDED) {
            close(g);
        }
    }

    /** {@code gen.close()}: GeneratorExit at the suspension point; RuntimeError if it yields again. */
    public void close(long g) {
        byte s = state(g);
        if (s == CREATED) {
            setState(g, COMPLETED);
            return;
        }
        if (s >= COMPLETED) {
            return;
        }
        long v;
        try {
            v = space.frameEvaluator.resume(g, space.none, new PyException("GeneratorExit", ""));
        } catch (PyException e) {
            if (e.pythonType().equals("GeneratorExit") || e.pythonType().equals("StopIteration")) {
                e.release();
                return;
            }
            throw e;
        }
        boolean yielded = state(g) < COMPLETED;
        space.decref(v);
        if (yielded) {
            throw new PyException("RuntimeError", "generator ignored GeneratorExit");
        }
    }

    @Override
    public void dealloc(long g) {
        space.untrack(g);
        space.track(g);
        if (!space.callFinalizerFromDealloc(g)) {
            return;
        }
        super.dealloc(g);
    }

    @Override
    public long lookupAttr(long g, long attributeName) {
        String attribute = space.strType.value(attributeName);
        return switch (attribute) {
            case "__name__" -> space.newRef(field(g, NAME));
            case "__qualname__" -> space.newRef(field(g, QUALNAME));
            case "gi_code" -> space.newRef(field(g, CODE));
            case "gi_running" -> space.newBool(state(g) == EXECUTING);
            case "gi_suspended" -> space.newBool(state(g) == SUSPENDED);
            // a finished generator has no frame; a live one's is made by its evaluator frame on first request
            case "gi_frame" -> frameObject(g);
            default -> genericLookupAttr(g, attributeName);
        };
    }

    /** {@code gi_frame}: the frame object of a generator that has not finished, else None. A new reference. */
    private long frameObject(long g) {
        SuspendedFrame f = state(g) >= COMPLETED ? null : frame(g);
        long fo = f == null ? 0 : f.newFrameObject();
        return fo != 0 ? fo : space.newNone();
    }

    @Override
    public String repr(long g) {
        return "<generator object " + space.strType.value(field(g, QUALNAME)) + " at " + Addresses.hex(g) + ">";
    }
}
