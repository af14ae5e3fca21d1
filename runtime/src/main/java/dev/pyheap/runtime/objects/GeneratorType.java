package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * {@code generator}, {@code coroutine} and {@code async_generator}: {@code PyGenObject},
 * {@code PyCoroObject} and {@code PyAsyncGenObject} (Objects/genobject.c), one layout for the three
 * (one instance of this class per type, sharing the table of frames). For a generator: its frame embedded
 * ({@code gi_iframe}); GC-capable; {@code sys.getsizeof} is CPython's: the fixed part, the
 * interpreter frame's specials and one word per local and value-stack entry of its code.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 gi_code (where PyObject_GC_NewVar put ob_size)
 *   +24 gi_weakreflist  +32 gi_name  +40 gi_qualname  +48 gi_exc_state.exc_value  +56 previous_item
 *   +64 gi_origin_or_finalizer  +72 gi_hooks_inited, gi_closed, gi_running_async (chars)  +75 gi_frame_state (int8)
 *   +80 gi_iframe: +80 f_func (counted) +88 f_globals +96 f_builtins (borrowed from f_func, as 3.11's)
 *        +104 f_locals +112 f_code (counted) ... +144 the frame's size in words (locals and value stack;
 *        3.11 keeps stacktop there, which the evaluator's handle keeps itself)
 * </pre>
 * The generator holds its code twice, as 3.11 does: {@code gi_code} for its life, {@code f_code} until
 * its frame is cleared. Traversal follows {@code gen_traverse}: the code, the names, the frame's
 * references, then the exception being handled.
 * The frame's locals and value stack are the evaluator's ({@link SuspendedFrame}, attached to
 * the generator while it lives); they are the generator's references for traversal and clearing.
 * Resuming goes through the heap's {@link FrameEvaluator}. The finalizer closes a suspended
 * generator ({@code _PyGen_Finalize}); a coroutine that never ran warns that it was never awaited.
 * <p>
 * {@code throw} and {@code close} delegate to the subiterator of a suspended {@code yield from} or
 * {@code await} first ({@code _gen_throw}, {@code gen_close_iter}), as CPython 3.11 does in C rather
 * than in the bytecode.
 */
public final class GeneratorType extends StructType {
    /** The slot structs CPython's static type declares: coro_as_async, async_gen_as_async; a generator has none. */
    @Override
    protected int ownSlotStructs() {
        return kind == Kind.GENERATOR ? 0 : AS_ASYNC;
    }

    public static final int GI_CODE = 16, WEAKLIST = 24, NAME = 32, QUALNAME = 40, EXC_VALUE = 48, ORIGIN_OR_FINALIZER = 64,
            HOOKS_INITED = 72, FRAME_STATE = 75, FUNC = 80,
            GLOBALS = 88, BUILTINS = 96, LOCALS = 104, CODE = 112, IFRAME = 80;
    /** The frame's size in words, an int at the frame's {@code stacktop}. */
    private static final int FRAME_WORDS = IFRAME + 64;
    /** {@code _PyInterpreterFrame}'s size before {@code localsplus}. */
    static final int IFRAME_SIZE = 72;
    public static final byte CREATED = -2, SUSPENDED = -1, EXECUTING = 0, COMPLETED = 1, CLEARED = 4;
    /** {@code ag_closed} and {@code ag_running_async} (chars). */
    static final int CLOSED = 73, RUNNING_ASYNC = 74;

    /** Which of the three types: its name and its attributes' prefix. */
    public enum Kind {
        GENERATOR("generator", "gi"), COROUTINE("coroutine", "cr"), ASYNC_GENERATOR("async_generator", "ag");

        final String typeName;
        final String prefix;

        Kind(String typeName, String prefix) {
            this.typeName = typeName;
            this.prefix = prefix;
        }
    }

    public final Kind kind;
    private final Map<Long, SuspendedFrame> frames;

    GeneratorType(ObjectSpace space) {
        this(space, Kind.GENERATOR, new HashMap<>());
    }

    /** The coroutine or async generator type, sharing the generator type's table of frames. */
    GeneratorType(ObjectSpace space, Kind kind, GeneratorType generators) {
        this(space, kind, generators.frames);
    }

    private GeneratorType(ObjectSpace space, Kind kind, Map<Long, SuspendedFrame> frames) {
        super(space, kind.typeName, null, HAVE_GC | IMMUTABLETYPE, IFRAME + IFRAME_SIZE, 8, WEAKLIST, fields(kind));
        this.kind = kind;
        this.frames = frames;
        if (kind == Kind.ASYNC_GENERATOR) {
            defineMethod("asend", (self, args) -> {
                Args.range("asend", args, 1, 1);
                initHooks(self);
                return space.asyncGenASendType.create(self, args[0]);
            });
            defineMethod("athrow", (self, args) -> {
                Args.range("athrow", args, 1, 3);
                initHooks(self);
                return space.asyncGenAThrowType.create(self, space.tupleType.create(args));
            });
            defineMethod("aclose", (self, args) -> {
                Args.none("aclose", args);
                initHooks(self);
                return space.asyncGenAThrowType.create(self, 0);
            });
            defineMethod("__aiter__", (self, args) -> {
                Args.none("__aiter__", args);
                return space.newRef(self);
            });
            defineMethod("__anext__", (self, args) -> {
                Args.none("__anext__", args);
                initHooks(self);
                return space.asyncGenASendType.create(self, 0);
            });
            defineSizeof();
            return;
        }
        defineMethod("send", (self, args) -> {
            Args.range("send", args, 1, 1);
            return finish(self, space.frameEvaluator.resume(self, args[0], null));
        });
        defineMethod("throw", (self, args) -> {
            Args.range("throw", args, 1, 3);
            return throwInto(self, exceptionOf(args), true);
        });
        defineMethod("close", (self, args) -> {
            Args.none("close", args);
            close(self);
            return space.newNone();
        });
        defineSizeof(); // gen_sizeof: the frame's slots and value stack live in the generator
        if (kind == Kind.COROUTINE) {
            defineMethod("__await__", (self, args) -> {
                Args.none("__await__", args);
                return space.coroWrapperType.create(self);
            });
        }
    }

    /**
     * The counted fields, in traversal order: an async generator's finalizer first
     * ({@code async_gen_traverse}), a coroutine's origin (a tuple of tuples, in no cycle) last.
     */
    private static Object[] fields(Kind kind) {
        Object[] common = {kind.prefix + "_code", GI_CODE, kind.prefix + "_name", NAME, kind.prefix + "_qualname", QUALNAME,
                "f_locals", LOCALS, "f_func", FUNC, "f_code", CODE, kind.prefix + "_exc_state.exc_value", EXC_VALUE};
        Object[] origin = {kind.prefix + "_origin_or_finalizer", ORIGIN_OR_FINALIZER};
        return switch (kind) {
            case GENERATOR -> common;
            case COROUTINE -> java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(origin)).toArray();
            case ASYNC_GENERATOR -> java.util.stream.Stream.concat(java.util.Arrays.stream(origin), java.util.Arrays.stream(common)).toArray();
        };
    }

    /**
     * {@code async_gen_init_hooks}: on an async generator's first {@code __anext__}, {@code asend},
     * {@code athrow} or {@code aclose}, the thread's finalizer hook is kept in it and its firstiter
     * hook is called with it.
     */
    private void initHooks(long g) {
        if (memory.getByte(g + HOOKS_INITED) != 0) {
            return;
        }
        memory.putByte(g + HOOKS_INITED, (byte) 1);
        long finalizer = space.frameEvaluator.asyncGenFinalizer();
        if (finalizer != 0) {
            setField(g, ORIGIN_OR_FINALIZER, finalizer);
        }
        long firstiter = space.frameEvaluator.asyncGenFirstiter();
        if (firstiter != 0) {
            space.incref(firstiter);
            try {
                space.decref(Abstract.call(space, firstiter, new long[] {g}));
            } finally {
                space.decref(firstiter);
            }
        }
    }

    /** Sets a new coroutine's {@code cr_origin} (a new reference, taken). */
    public void setOrigin(long coro, long origin) {
        putField(coro, ORIGIN_OR_FINALIZER, origin);
    }

    /** Whether {@code o} is a generator, a coroutine or an async generator (exactly). */
    public boolean isGeneratorLike(long o) {
        return space.typeOf(o) instanceof GeneratorType;
    }

    /** The type of the generator-like {@code g}. */
    public GeneratorType typeOfGenerator(long g) {
        return (GeneratorType) space.typeOf(g);
    }

    /**
     * {@code _gen_throw}: raises {@code exc} (a new reference, taken) where {@code g} is suspended,
     * first in the subiterator it delegates to; with {@code closeOnGenExit} a GeneratorExit closes
     * the subiterator instead. The value yielded next (a new reference); StopIteration when it returns.
     */
    public long throwInto(long g, long exc, boolean closeOnGenExit) {
        return finish(g, throwRaw(g, exc, closeOnGenExit));
    }

    /** {@link #throwInto} leaving the return value as the frame state says ({@code gen_send_ex}'s raw result). */
    long throwRaw(long g, long exc, boolean closeOnGenExit) {
        SuspendedFrame f = state(g) == SUSPENDED ? frame(g) : null;
        long yf = f == null ? 0 : f.yieldFrom();
        if (yf != 0) {
            space.incref(yf);
            byte st = state(g);
            try {
                if (closeOnGenExit && space.exceptions.isInstance(exc, "GeneratorExit")) {
                    setState(g, EXECUTING);
                    try {
                        closeIter(yf);
                    } catch (PyException e) {
                        setState(g, st);
                        space.decref(exc);
                        return space.frameEvaluator.resume(g, space.none, e);
                    }
                    setState(g, st);
                } else {
                    long ret;
                    boolean subgenerator = isGeneratorLike(yf) && typeOfGenerator(yf).kind != Kind.ASYNC_GENERATOR;
                    long meth = 0;
                    if (!subgenerator) {
                        // _gen_throw: an iterator without throw() gets the exception raised in the
                        // delegating frame itself (throw_here); a failing lookup goes to the caller
                        try {
                            meth = Abstract.lookupAttr(space, yf, "throw");
                        } catch (PyException e) {
                            space.decref(exc);
                            throw e;
                        }
                        if (meth == 0) {
                            return throwHere(g, exc);
                        }
                    }
                    setState(g, EXECUTING);
                    try {
                        if (subgenerator) {
                            ret = typeOfGenerator(yf).throwRaw(yf, space.newRef(exc), closeOnGenExit);
                            if (state(yf) >= COMPLETED) {
                                // the subgenerator returned: its value goes to the delegating frame
                                setState(g, st);
                                space.decref(exc);
                                f.leaveYieldFrom();
                                try {
                                    return space.frameEvaluator.resume(g, ret, null);
                                } finally {
                                    space.decref(ret);
                                }
                            }
                        } else {
                            try {
                                ret = Abstract.call(space, meth, new long[] {exc});
                            } finally {
                                space.decref(meth);
                            }
                        }
                    } catch (PyException e) {
                        setState(g, st);
                        space.decref(exc);
                        f.leaveYieldFrom();
                        if (Abstract.matches(space, e, "StopIteration")) {
                            long value = space.exceptions.stopIterationValue(e);
                            try {
                                return space.frameEvaluator.resume(g, value, null);
                            } finally {
                                space.decref(value);
                            }
                        }
                        return space.frameEvaluator.resume(g, space.none, e);
                    }
                    setState(g, st);
                    space.decref(exc);
                    return ret;
                }
            } finally {
                space.decref(yf);
            }
        }
        return throwHere(g, exc);
    }

    private long throwHere(long g, long exc) {
        PyException e = new PyException(space.typeOf(exc).name, "", exc, space::decref);
        if (state(g) >= COMPLETED) {
            if (kind == Kind.COROUTINE) {
                e.release();
                throw new PyException("RuntimeError", "cannot reuse already awaited coroutine");
            }
            throw e;
        }
        // one never started is resumed with the exception too (gen_send_ex2): it leaves the frame at
        // its first instruction, whose traceback entry is the def line
        return space.frameEvaluator.resume(g, space.none, e);
    }

    /** {@code gen_close_iter}: closes a subiterator (a generator's or coroutine's close, else its {@code close} method). */
    private void closeIter(long yf) {
        if (isGeneratorLike(yf) && typeOfGenerator(yf).kind != Kind.ASYNC_GENERATOR) {
            typeOfGenerator(yf).close(yf);
            return;
        }
        long meth = Abstract.lookupAttr(space, yf, "close");
        if (meth != 0) {
            try {
                space.decref(Abstract.call(space, meth, new long[0]));
            } finally {
                space.decref(meth);
            }
        }
    }

    /** After a resume: the yielded value, or StopIteration carrying the returned one (StopAsyncIteration for an async generator). */
    long finish(long g, long v) {
        if (state(g) < COMPLETED) {
            return v;
        }
        if (kind == Kind.ASYNC_GENERATOR) {
            space.decref(v);
            throw new PyException("StopAsyncIteration", "");
        }
        long args = v == space.none ? space.tupleType.create() : space.tupleType.create(v);
        space.decref(v);
        long e = space.exceptions.byName("StopIteration").create(args, true);
        throw new PyException("StopIteration", "", e, space::decref);
    }

    /**
     * {@code _gen_throw}'s arguments made into the exception instance it raises: a new reference.
     * An instance takes no separate value; a class is normalized as {@code PyErr_NormalizeException}
     * does (a value that is already an instance of it is raised as is, a tuple is the constructor's
     * arguments, None none, anything else its one argument). A traceback given third becomes the
     * exception's {@code __traceback__}, which the frames it passes through then extend.
     */
    long exceptionOf(long[] args) {
        long typ = args[0];
        long val = args.length > 1 ? args[1] : space.none;
        long tb = args.length > 2 ? args[2] : space.none;
        if (tb != space.none && !space.tracebackType.check(tb)) {
            throw new PyException("TypeError", "throw() third argument must be a traceback object");
        }
        long exc;
        if (space.exceptions.isException(typ)) {
            if (val != space.none) {
                throw new PyException("TypeError", "instance exception may not have a separate value");
            }
            exc = space.newRef(typ);
        } else {
            PyType t = space.typeType.check(typ) ? space.typeType.described(typ) : null;
            if (t == null || !t.isSubtypeOf(space.exceptions.base())) {
                throw new PyException("TypeError", "exceptions must be classes or instances deriving from BaseException, not "
                        + space.typeOf(typ).name);
            }
            if (val != space.none && space.typeOf(val).isSubtypeOf(t)) {
                exc = space.newRef(val);
            } else {
                long[] a;
                if (val == space.none) {
                    a = new long[0];
                } else if (space.tupleType.check(val)) {
                    a = new long[(int) space.tupleType.size(val)];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = space.tupleType.item(val, i);
                    }
                } else {
                    a = new long[] {val};
                }
                exc = Abstract.call(space, typ, a);
                if (!space.exceptions.isException(exc)) {
                    String made = space.typeOf(exc).name;
                    space.decref(exc);
                    throw new PyException("TypeError", "calling " + t + " should have returned an instance of BaseException, not "
                            + made);
                }
            }
        }
        if (tb != space.none) {
            try {
                space.typeOf(exc).setAttr(exc, "__traceback__", tb);
            } catch (RuntimeException e) {
                space.decref(exc);
                throw e;
            }
        }
        return exc;
    }

    /** {@code make_gen}: a tracked generator for the frame of {@code func} (borrowed) running {@code code}, with {@code slots} locals and stack words. New reference. */
    public long create(long func, long code, long globals, long builtins, int slots, SuspendedFrame frame) {
        long g = allocateStruct(IFRAME + IFRAME_SIZE + 8L * slots);
        memory.putInt(g + FRAME_WORDS, slots);
        setField(g, GI_CODE, code);
        setField(g, FUNC, func);
        setField(g, CODE, code);
        memory.putLong(g + GLOBALS, globals);
        memory.putLong(g + BUILTINS, builtins);
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
        return IFRAME + IFRAME_SIZE + 8L * memory.getInt(g + FRAME_WORDS);
    }

    @Override
    public boolean isIterator() {
        return kind == Kind.GENERATOR;
    }

    @Override
    public long iterNext(long g) {
        if (kind != Kind.GENERATOR) {
            return super.iterNext(g);
        }
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

    /**
     * {@code gen_traverse} (and {@code async_gen_traverse}, its finalizer first) in CPython 3.11's
     * order, for {@code gc.get_referents}: code, name, qualname, then {@code _PyFrame_Traverse} of
     * the embedded frame (its frame object, f_locals, f_func, f_code, the locals and value stack),
     * then the saved exception; a coroutine's origin is never visited (tuples of atoms, in no cycle).
     * The collectors walk {@link #forEachReferent}: the same objects, the origin included.
     */
    @Override
    public void traverse(long g, LongConsumer visitor) {
        if (kind == Kind.ASYNC_GENERATOR) {
            visitField(g, ORIGIN_OR_FINALIZER, visitor);
        }
        visitField(g, GI_CODE, visitor);
        visitField(g, NAME, visitor);
        visitField(g, QUALNAME, visitor);
        SuspendedFrame f = frames.get(g);
        long fo = f == null ? 0 : f.frameObjectReference();
        if (fo != 0) {
            visitor.accept(fo);
        }
        visitField(g, LOCALS, visitor);
        visitField(g, FUNC, visitor);
        visitField(g, CODE, visitor);
        if (f != null) {
            f.forEachLocalReference(visitor);
        }
        visitField(g, EXC_VALUE, visitor);
    }

    private void visitField(long g, int offset, LongConsumer visitor) {
        long v = memory.getLong(g + offset);
        if (v != 0) {
            visitor.accept(v);
        }
    }

    @Override
    public void clear(long g) {
        SuspendedFrame f = frames.remove(g);
        if (f != null) {
            f.clear();
        }
        memory.putLong(g + GLOBALS, 0);
        memory.putLong(g + BUILTINS, 0);
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
        for (int offset : new int[] {FUNC, LOCALS, CODE}) {
            putField(g, offset, 0);
        }
        memory.putLong(g + GLOBALS, 0);
        memory.putLong(g + BUILTINS, 0);
    }

    @Override
    public boolean hasFinalizer() {
        return true;
    }

    /** {@code _PyGen_Finalize} reports a failed close (or finalizer hook) against the generator. */
    @Override
    public boolean finalizerReportsObject() {
        return true;
    }

    /** {@code _PyGen_Finalize}: closes a generator that did not finish (one never started too: its frame goes). */
    @Override
    public void finalize(long g) {
        byte s = state(g);
        if (kind == Kind.ASYNC_GENERATOR && s < COMPLETED) {
            long finalizer = field(g, ORIGIN_OR_FINALIZER);
            if (finalizer != 0 && memory.getByte(g + CLOSED) == 0) {
                // the hook (an event loop's) takes over closing it; its errors are unraisable, as close()'s are
                space.incref(finalizer);
                try {
                    space.decref(Abstract.call(space, finalizer, new long[] {g}));
                } finally {
                    space.decref(finalizer);
                }
                return;
            }
        }
        if (s == CREATED && kind == Kind.COROUTINE) {
            warnUnawaited(g);
        } else if (s < COMPLETED) {
            close(g);
        }
    }

    /**
     * {@code _PyErr_WarnUnawaitedCoroutine}: the RuntimeWarning "coroutine '...' was never awaited",
     * issued by the warnings module's {@code _warn_unawaited_coroutine}, as CPython does.
     */
    private void warnUnawaited(long g) {
        setState(g, COMPLETED);
        long warnings = space.frameEvaluator.importModule("warnings");
        try {
            long hook = Abstract.lookupAttr(space, warnings, "_warn_unawaited_coroutine");
            if (hook != 0) {
                try {
                    space.decref(Abstract.call(space, hook, new long[] {g}));
                } finally {
                    space.decref(hook);
                }
            }
        } finally {
            space.decref(warnings);
        }
    }

    /** {@code gen.close()}: GeneratorExit at the suspension point; RuntimeError if it yields again. */
    public void close(long g) {
        byte s = state(g);
        if (s == CREATED) {
            clearFrame(g); // GeneratorExit ends the frame before its first instruction: its locals go
            setState(g, COMPLETED);
            return;
        }
        if (s >= COMPLETED) {
            return;
        }
        long v;
        try {
            SuspendedFrame f = frame(g);
            long yf = f == null ? 0 : f.yieldFrom();
            PyException closing = null;
            if (yf != 0) {
                space.incref(yf);
                setState(g, EXECUTING);
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    closing = e;
                } finally {
                    setState(g, s);
                    space.decref(yf);
                }
            }
            v = space.frameEvaluator.resume(g, space.none, closing != null ? closing : new PyException("GeneratorExit", ""));
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
            throw new PyException("RuntimeError", switch (kind) {
                case GENERATOR -> "generator ignored GeneratorExit";
                case COROUTINE -> "coroutine ignored GeneratorExit";
                case ASYNC_GENERATOR -> "async generator ignored GeneratorExit";
            });
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
        String own = attribute.startsWith(kind.prefix + "_") ? attribute.substring(3) : "";
        return switch (own) {
            case "code" -> space.newRef(field(g, GI_CODE));
            case "origin" -> kind != Kind.COROUTINE ? genericLookupAttr(g, attributeName)
                    : space.newRef(field(g, ORIGIN_OR_FINALIZER) == 0 ? space.none : field(g, ORIGIN_OR_FINALIZER));
            case "running" -> space.newBool(state(g) == EXECUTING);
            case "suspended" -> kind == Kind.ASYNC_GENERATOR ? genericLookupAttr(g, attributeName)
                    : space.newBool(state(g) == SUSPENDED);
            // a finished generator has no frame; a live one's is made by its evaluator frame on first request
            case "frame" -> frameObject(g);
            case "await" -> kind == Kind.GENERATOR ? genericLookupAttr(g, attributeName) : awaited(g);
            case "yieldfrom" -> kind == Kind.GENERATOR ? awaited(g) : genericLookupAttr(g, attributeName);
            default -> switch (attribute) {
                case "__name__" -> space.newRef(field(g, NAME));
                case "__qualname__" -> space.newRef(field(g, QUALNAME));
                default -> genericLookupAttr(g, attributeName);
            };
        };
    }

    /** {@code gen_set_name} and {@code gen_set_qualname}: the only writable getsets, str values only. */
    @Override
    protected boolean setInstanceAttr(long g, long attributeName, long value) {
        String attribute = space.strType.value(attributeName);
        int offset = switch (attribute) {
            case "__name__" -> NAME;
            case "__qualname__" -> QUALNAME;
            default -> -1;
        };
        if (offset < 0) {
            return false;
        }
        if (value == 0 || !space.strType.check(value)) {
            throw new PyException("TypeError", attribute + " must be set to a string object");
        }
        setField(g, offset, value);
        return true;
    }

    /** {@code _PyGen_yf}: what a suspended {@code g} awaits or delegates to, None otherwise. A new reference. */
    private long awaited(long g) {
        SuspendedFrame f = state(g) == SUSPENDED ? frame(g) : null;
        long yf = f == null ? 0 : f.yieldFrom();
        return yf != 0 ? space.newRef(yf) : space.newNone();
    }

    /** {@code ag_running_async}. */
    boolean runningAsync(long g) {
        return memory.getByte(g + RUNNING_ASYNC) != 0;
    }

    void setRunningAsync(long g, boolean running) {
        memory.putByte(g + RUNNING_ASYNC, (byte) (running ? 1 : 0));
    }

    /** {@code ag_closed}. */
    boolean closed(long g) {
        return memory.getByte(g + CLOSED) != 0;
    }

    void setClosed(long g) {
        memory.putByte(g + CLOSED, (byte) 1);
    }

    /** {@code gi_frame}: the frame object of a generator that has not finished, else None. A new reference. */
    private long frameObject(long g) {
        SuspendedFrame f = state(g) >= COMPLETED ? null : frame(g);
        long fo = f == null ? 0 : f.newFrameObject();
        return fo != 0 ? fo : space.newNone();
    }

    @Override
    public String repr(long g) {
        return "<" + kind.typeName + " object " + space.strType.value(field(g, QUALNAME)) + " at " + Addresses.hex(g) + ">";
    }

    /** A generator iterates; a coroutine is awaited ({@code am_await}) and an async generator iterated asynchronously ({@code am_aiter}, {@code am_anext}); all three finalize. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        java.util.Set<SlotWrappers.Slot> s = adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_FINALIZE),
                SlotWrappers.Slot.TP_ITER, SlotWrappers.Slot.TP_ITERNEXT, SlotWrappers.Slot.AM_AWAIT, SlotWrappers.Slot.AM_AITER, SlotWrappers.Slot.AM_ANEXT);
        return switch (kind) {
            case GENERATOR -> adjusted(s, java.util.List.of(SlotWrappers.Slot.TP_ITER, SlotWrappers.Slot.TP_ITERNEXT));
            case COROUTINE -> adjusted(s, java.util.List.of(SlotWrappers.Slot.AM_AWAIT));
            case ASYNC_GENERATOR -> adjusted(s, java.util.List.of(SlotWrappers.Slot.AM_AITER, SlotWrappers.Slot.AM_ANEXT));
        };
    }

    /** {@code gen_memberlist} and {@code gen_getsetlist} (and the coroutine's and async generator's). */
    @Override
    protected void fillDict() {
        String p = kind.prefix;
        switch (kind) {
            case GENERATOR -> {
                putMembers(p + "_code");
                putGetSets("__name__", "__qualname__", p + "_yieldfrom", p + "_running", p + "_frame", p + "_suspended");
            }
            case COROUTINE -> {
                putMembers(p + "_code", p + "_origin");
                putGetSets("__name__", "__qualname__", p + "_await", p + "_running", p + "_frame", p + "_suspended");
            }
            case ASYNC_GENERATOR -> {
                putMembers(p + "_code", p + "_running");
                putGetSets("__name__", "__qualname__", p + "_await", p + "_frame");
                putClassGetItem(); // async_gen_methods lists it: AsyncGenerator[...] in annotations

            }
        }
    }
}
