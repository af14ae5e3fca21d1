package dev.pyheap.interpreter.eval;

import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.CodecRegistry;
import dev.pyheap.runtime.objects.CodeType;
import dev.pyheap.runtime.objects.FrameEvaluator;
import dev.pyheap.runtime.objects.FrameObjectType;
import dev.pyheap.runtime.objects.FunctionType;
import dev.pyheap.runtime.objects.GeneratorType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.ThreadContext;
import dev.pyheap.runtime.state.InterpreterState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The evaluator of one heap: CPython's {@code _PyEval_EvalFrameDefault} entry points and the
 * frame evaluation hook the runtime calls for Python functions and generators. It keeps each
 * thread's {@link EvalThread} (frames, data stack, handled exception), makes them roots of the heap,
 * and runs frames with {@link Ceval}.
 */
public final class Interpreter implements FrameEvaluator {
    final ObjectSpace space;
    final InterpreterState state;
    final ObjectOps ops;
    final Ceval ceval;
    /** {@code sys.settrace} and {@code sys.setprofile}. */
    final Tracing tracing;
    private final Map<ThreadContext, EvalThread> threads = new IdentityHashMap<>();
    /** How many thread states this interpreter made ({@link EvalThread#serial}). */
    private long threadsMade;
    /** The builtins module's dict (borrowed from the module, which the module table holds). */
    long builtins;
    /** The sys module's dict (borrowed: the module table holds the module), 0 before it exists. */
    long sysDict;
    /** Resolves {@code import} statements ({@code builtins.__import__}). */
    Importer importer;

    public Interpreter(InterpreterState state) {
        this.state = state;
        this.space = state.space();
        this.ops = new ObjectOps(space);
        this.ceval = new Ceval(this);
        this.tracing = new Tracing(this);
        space.frameEvaluator = this;
        space.warningSink = this::warn;
        space.codecRegistry = new CodecRegistry() {
            @Override
            public long encode(long text, String encoding, String errors) {
                return codecCall("_encode_text", text, encoding, errors);
            }

            @Override
            public long decode(long data, String encoding, String errors) {
                return codecCall("_decode_text", data, encoding, errors);
            }

            @Override
            public long encodeWithHandler(long text, String encoding, String errors) {
                return codecCall("_encode_with_handler", text, encoding, errors);
            }

            @Override
            public long decodeWithHandler(long data, String encoding, String errors) {
                return codecCall("_decode_with_handler", data, encoding, errors);
            }
        };
        state.addRootSource(this::forEachRoot);
        space.addKeptBlocks(visitor -> threads.values().forEach(t -> t.stack.forEachChunk(visitor)));
    }

    /** What {@code import} calls: installed by the module system. */
    public interface Importer {
        /** {@code __import__(name, globals, locals, fromlist, level)}: the module (a new reference). */
        long importName(String name, long globals, long fromlist, int level);

        /**
         * The module {@code name} for the runtime's own use (what CPython's C code reaches without
         * the import system: {@code _warnings}), also while the modules are being finalized. A new reference.
         */
        default long runtimeModule(String name) {
            return importName(name, 0, 0, 0);
        }
    }

    public void setImporter(Importer importer) {
        this.importer = importer;
    }

    /** {@code PyObject_IsInstance}, with {@code __instancecheck__}: installed by the builtins module, which owns {@code isinstance}. */
    public interface InstanceCheck {
        boolean isInstance(long o, long cls);
    }

    private InstanceCheck instanceCheck;

    public void setInstanceCheck(InstanceCheck check) {
        this.instanceCheck = check;
    }

    /** {@code PyObject_IsInstance(o, cls)} (a class pattern's test). */
    boolean isInstance(long o, long cls) {
        if (instanceCheck == null) {
            throw new PyException("SystemError", "isinstance is not installed");
        }
        return instanceCheck.isInstance(o, cls);
    }

    /** Sets the builtins dict new frames see when their globals have no {@code __builtins__}. */
    public void setBuiltins(long builtinsDict) {
        this.builtins = builtinsDict;
        // 3.11's callable cache: borrowed, as the interpreter's are (the builtins module holds them)
        lenFunction = space.dictType.getItemString(builtinsDict, "len");
        isinstanceFunction = space.dictType.getItemString(builtinsDict, "isinstance");
        listAppend = space.dictType.getItemString(space.listType.dict(), "append");
    }

    /**
     * The builtins {@code len} and {@code isinstance} as the builtins module was made (borrowed, 0
     * before): a quickened call of exactly one of them with its arity and no keywords runs its
     * body directly ({@code PRECALL_NO_KW_LEN}, {@code PRECALL_NO_KW_ISINSTANCE}).
     */
    long lenFunction, isinstanceFunction;
    /** {@code list.append}'s descriptor (borrowed from list's namespace): {@code PRECALL_NO_KW_LIST_APPEND}'s test. */
    long listAppend;

    /** Set by {@link #interrupt} from any thread; the main thread's eval loop raises KeyboardInterrupt at its next check point. */
    volatile boolean interruptPending;
    /**
     * The thread that made this interpreter (the program's, the prompt's): the only one that handles
     * {@link #interrupt}, as CPython runs Python signal handlers in the main thread alone
     * ({@code _Py_ThreadCanHandleSignals}), whichever thread holds the GIL when Ctrl-C comes.
     */
    private final Thread mainThread = Thread.currentThread();

    /**
     * {@code PyErr_SetInterrupt} (what SIGINT's handler does): the main thread's Python code raises
     * KeyboardInterrupt at its next check point (a call, a backward jump); other threads never see it.
     * Safe from any thread.
     */
    public void interrupt() {
        interruptPending = true;
        state.gil().evalBreaker().request(); // after the flag: the loop that finds the word set reads the flag
    }

    /** The end of the process another thread asked for ({@code os._exit} in a thread), which the main thread throws; null when none. */
    volatile Error processEnd;

    /**
     * Hands {@code end} (the interpreter's {@code ProcessEnd}, thrown by a thread that is not the
     * main one) to the main thread, whose eval loop throws it at its next check point: the program's
     * runner, which waits on that thread, learns of the end there.
     */
    public void endProcess(Error end) {
        if (processHalt != null) {
            processHalt.accept(end); // does not return: the process is gone
        }
        processEnd = end;
        state.gil().evalBreaker().request();
    }

    /** What ends the process at once where the program is the process; null inside an embedder's JVM. */
    private volatile java.util.function.Consumer<Error> processHalt;

    /**
     * Where the program is the process (the command line), {@code halt} ends it at once when another
     * thread than the main one asks for its end ({@code os._exit} in a thread), as {@code _exit(2)}
     * ends CPython's whatever its main thread is doing; without it the main thread throws the end at
     * its next check point, so an embedder running programs inside its JVM survives them.
     */
    public void haltProcessWith(java.util.function.Consumer<Error> halt) {
        processHalt = halt;
    }

    /** The end another thread asked for and no check point has thrown yet (the program's body ended first), or null. */
    public Error pendingProcessEnd() {
        return processEnd;
    }

    /** Whether the calling thread handles {@link #interrupt}s: the main thread. */
    boolean handlesSignals() {
        return Thread.currentThread() == mainThread;
    }

    /** Forgets an {@link #interrupt} no code has seen yet (the prompt handled the Ctrl-C itself). */
    public void clearInterrupt() {
        interruptPending = false;
    }

    /** The sys module's dict (borrowed), 0 before it exists. */
    public long sysDict() {
        return sysDict;
    }

    /** Sets the sys module's dict, where {@code PRINT_EXPR} finds {@code sys.displayhook}. */
    public void setSysDict(long sysDict) {
        this.sysDict = sysDict;
    }

    public ObjectSpace space() {
        return space;
    }

    /** Adds references the front end holds outside objects (CPython's {@code interp->modules}, {@code sysdict}, ...) as roots. */
    public void addRoots(java.util.function.Consumer<LongConsumer> source) {
        state.addRootSource(source);
    }

    private void forEachRoot(LongConsumer visitor) {
        for (EvalThread t : threads.values()) {
            t.forEachRoot(visitor);
        }
        for (Loaded l : openLoaded) {
            visitor.accept(l.code);
            long arena = l.arena.arenaList();
            if (arena != 0) {
                visitor.accept(arena);
            }
        }
    }

    /** The calling thread's evaluator state (it holds the GIL). */
    EvalThread thread() {
        ThreadContext tc = space.tstate;
        EvalThread t = threads.get(tc);
        if (t == null) {
            t = new EvalThread(space, threadsMade++);
            threads.put(tc, t);
        }
        return t;
    }

    @Override
    public int pythonFrames(int limit, FrameSink sink) {
        EvalThread t = threads.get(space.tstate);
        int total = 0;
        for (Frame f = t == null ? null : t.top; f != null; f = f.previous) {
            if (total++ < limit) {
                sink.frame(f.code.name, f.code.filename, Math.max(0, f.code.line(f.lasti)));
            }
        }
        return total;
    }

    /** Forgets the calling thread (its frames are done). */
    public void threadDone() {
        EvalThread t = threads.remove(space.tstate);
        if (t != null) {
            if (t.excValue != 0) {
                space.decref(t.excValue);
                t.excValue = 0;
            }
            setAsyncGenHooks(t, 0, 0);
            tracing.clear(t);
            t.stack.free();
        }
    }

    /** {@code sys.settrace(func)} for the calling thread: None unsets. */
    public void setTrace(long func) {
        tracing.setTrace(thread(), func);
    }

    /**
     * {@code sys.call_tracing(func, args)} ({@code _PyEval_CallTracing}): calls {@code func(*args)}
     * from inside a hook with the thread's count of running hooks at zero, so a hook set by
     * {@code sys.settrace} in that call runs (a debugger debugging code from its own trace
     * function); the hook already set stays paused, as 3.11 leaves {@code use_tracing} off until a
     * hook is set. Both are put back after. A new reference.
     */
    public long callTracing(long func, long args) {
        EvalThread t = thread();
        int savedTracing = t.tracing;
        boolean savedUse = t.useTracing;
        t.tracing = 0;
        try {
            return call(func, args, 0);
        } finally {
            t.tracing = savedTracing;
            t.useTracing = savedUse;
        }
    }

    /** {@code sys.setprofile(func)} for the calling thread: None unsets. */
    public void setProfile(long func) {
        tracing.setProfile(thread(), func);
    }

    /**
     * A profile function written in Java ({@code Py_tracefunc} as {@code PyEval_SetProfile} takes
     * it): called for each profile event of the thread it is set on, with the object it was set
     * with ({@code c_profileobj}, what {@code sys.getprofile()} returns), the code object of the
     * frame the event is in, the event ({@link #PROFILE_CALL} ...) and its argument (the called
     * built-in for the 'c_' events, the returned value for 'return'), all borrowed. It runs as a
     * Python hook runs: nothing it calls is traced or profiled; an exception it throws unsets it
     * and propagates in the frame, as a Python profile function's does.
     */
    public interface ProfileHook {
        void event(long obj, long code, int what, long arg);
    }

    /** The events a {@link ProfileHook} gets ({@code PyTrace_CALL} ...; 'exception', 'line' and 'opcode' are the tracer's only). */
    public static final int PROFILE_CALL = Tracing.CALL, PROFILE_RETURN = Tracing.RETURN, PROFILE_C_CALL = Tracing.C_CALL,
            PROFILE_C_EXCEPTION = Tracing.C_EXCEPTION, PROFILE_C_RETURN = Tracing.C_RETURN;

    /**
     * {@code PyEval_SetProfile(hook, obj)} for the calling thread: the thread's profile function
     * becomes {@code hook}, holding a reference to {@code obj} (borrowed) until it is replaced or unset.
     */
    public void setProfile(ProfileHook hook, long obj) {
        tracing.setProfile(thread(), hook, obj);
    }

    /** {@code sys.gettrace()}: the calling thread's trace function, or None (a new reference). */
    public long getTrace() {
        long f = thread().traceFunc;
        return space.newRef(f == 0 ? space.none : f);
    }

    /** {@code sys.getprofile()}. */
    public long getProfile() {
        long f = thread().profileFunc;
        return space.newRef(f == 0 ? space.none : f);
    }

    /** The evaluator's data of a code object. */
    CodeInfo info(long code) {
        return (CodeInfo) space.codeType.extra(code);
    }

    /**
     * Marks a library code object, and the code objects among its constants (its lambdas,
     * comprehensions and nested functions), as standing for C: their frames leave no traceback
     * entries ({@code _pyheap_c.stands_for_c}).
     */
    public void markStandsForC(long code, String cModule) {
        CodeInfo info = info(code);
        if (info == null || info.standsForC) {
            return;
        }
        info.standsForC = true;
        info.cModule = cModule;
        for (long c : info.consts) {
            if (space.codeType.check(c)) {
                markStandsForC(c, cModule);
            }
        }
    }

    /**
     * {@code code.__new__}: the fields become the compiler's {@link Code} value, loaded as a compiled
     * module is (its constants made again from their values, so their identity is not kept).
     */
    @Override
    public long newCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags, long code,
            long consts, long names, long localsplusnames, byte[] localspluskinds, long filename, long name, long qualname,
            int firstlineno, long linetable, long exceptiontable) {
        Code c = new Code(space.strType.value(filename), space.strType.value(name), space.strType.value(qualname), flags,
                space.bytesType.value(code), firstlineno, space.bytesType.value(linetable),
                space.bytesType.value(exceptiontable), constantValues(consts), strings(names), strings(localsplusnames),
                localspluskinds, argcount, posonlyargcount, kwonlyargcount, stacksize);
        try (Loaded loaded = load(c, false)) {
            space.incref(loaded.code());
            return loaded.code();
        }
    }

    private java.util.List<String> strings(long tuple) {
        java.util.List<String> out = new ArrayList<>();
        for (long i = 0; i < space.tupleType.size(tuple); i++) {
            out.add(space.strType.value(space.tupleType.item(tuple, i)));
        }
        return out;
    }

    /** The compiler's values of a tuple of constants (the kinds a code object's {@code co_consts} may hold). */
    public java.util.List<Object> constantValues(long tuple) {
        java.util.List<Object> out = new ArrayList<>();
        for (long i = 0; i < space.tupleType.size(tuple); i++) {
            out.add(constantValue(space.tupleType.item(tuple, i)));
        }
        return out;
    }

    private Object constantValue(long o) {
        if (o == space.none) {
            return dev.pyheap.interpreter.ast.PySingleton.None;
        }
        if (o == space.ellipsis) {
            return dev.pyheap.interpreter.ast.PySingleton.Ellipsis;
        }
        if (o == space.trueObject || o == space.falseObject) {
            return o == space.trueObject;
        }
        var type = space.typeOf(o);
        if (type == space.intType) {
            return space.intType.fitsLong(o) ? (Object) space.intType.longValue(o) : space.intType.bigValue(o);
        }
        if (type == space.floatType) {
            return space.floatType.value(o);
        }
        if (type == space.complexType) {
            return new dev.pyheap.interpreter.ast.Complex(space.complexType.real(o), space.complexType.imag(o));
        }
        if (type == space.strType) {
            return space.strType.value(o);
        }
        if (type == space.bytesType) {
            return space.bytesType.value(o);
        }
        if (type == space.tupleType) {
            return new dev.pyheap.interpreter.ast.ConstantTuple(constantValues(o));
        }
        if (type == space.frozenSetType) {
            java.util.List<Object> items = new ArrayList<>();
            space.frozenSetType.forEachReferent(o, item -> items.add(constantValue(item)));
            return new dev.pyheap.interpreter.ast.ConstantFrozenset(items);
        }
        if (type == space.codeType) {
            return source(o);
        }
        throw new PyException("TypeError", "code: a constant of type " + type.name + " is not supported");
    }

    /** The compiler's value a code object was made from (for {@code marshal} to make it again). */
    public Code source(long code) {
        return info(code).source;
    }

    /**
     * Loads a compiled module into heap code objects. With {@code keepArena} the constants'
     * extra references are kept (CPython's parser arena, for the main module) until
     * {@link Loaded#close()}.
     */
    public Loaded load(Code code, boolean keepArena) {
        Materializer m = new Materializer(space, keepArena);
        long co = m.load(code);
        if (!keepArena) {
            m.releaseArena();
        }
        Loaded loaded = new Loaded(co, m);
        openLoaded.add(loaded);
        return loaded;
    }

    /**
     * The loaded code objects not closed yet: each holds its code object and, for the main module,
     * the parser arena's list (C locals and the arena in CPython). Roots, so that the sanity checker
     * counts these references while the code runs.
     */
    private final java.util.List<Loaded> openLoaded = new java.util.ArrayList<>();

    /** A loaded module code object (owned) and its arena. */
    public final class Loaded implements AutoCloseable {
        private final long code;
        private final Materializer arena;
        private boolean closed;

        Loaded(long code, Materializer arena) {
            this.code = code;
            this.arena = arena;
        }

        /** The code object (borrowed). */
        public long code() {
            return code;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                openLoaded.remove(this);
                if (arena.keepsArena()) {
                    arena.releaseArena();
                }
                space.decref(code);
            }
        }
    }

    /**
     * {@code PyEval_EvalCode(code, globals, locals)}: runs module or class-body code in a new frame.
     * As 3.11, a function object is made for it. A new reference to the result.
     */
    public long evalCode(long code, long globals, long locals) {
        return evalCode(code, globals, locals, 0);
    }

    /** {@link #evalCode(long, long, long)} with exec's {@code closure} (a tuple of cells, or 0) given to the function. */
    public long evalCode(long code, long globals, long locals, long closure) {
        long b = builtinsOf(globals);
        long func = space.functionType.create(code, globals, b, 0);
        if (closure != 0) {
            space.functionType.setField(func, FunctionType.CLOSURE, closure);
        }
        EvalThread t = thread();
        t.hold(func, EvalThread.OBJECT); // PyEval_EvalCode's C local: a root while the code runs
        try {
            Frame f = pushFrame(t, func, locals);
            return ceval.run(t, f, null);
        } finally {
            t.drop();
            space.decref(func);
        }
    }

    /**
     * Runs the body of {@code func} (borrowed) with {@code locals} as its namespace, as
     * {@code __build_class__} runs a class body. A new reference to what the body returns (the
     * {@code __class__} cell, or None).
     */
    public long runWithLocals(long func, long locals) {
        EvalThread t = thread();
        Frame f = pushFrame(t, func, locals);
        return ceval.run(t, f, null);
    }

    @Override
    public long asyncGenFirstiter() {
        return thread().asyncGenFirstiter;
    }

    @Override
    public long asyncGenFinalizer() {
        return thread().asyncGenFinalizer;
    }

    /** {@code sys.set_asyncgen_hooks}'s effect on the calling thread: each hook (borrowed; 0 for none) replaces the old. */
    public void setAsyncGenHooks(long firstiter, long finalizer) {
        setAsyncGenHooks(thread(), firstiter, finalizer);
    }

    private void setAsyncGenHooks(EvalThread t, long firstiter, long finalizer) {
        long oldFirstiter = t.asyncGenFirstiter, oldFinalizer = t.asyncGenFinalizer;
        t.asyncGenFirstiter = firstiter == 0 ? 0 : space.newRef(firstiter);
        t.asyncGenFinalizer = finalizer == 0 ? 0 : space.newRef(finalizer);
        space.xdecref(oldFirstiter);
        space.xdecref(oldFinalizer);
    }

    /** {@code sys.get_coroutine_origin_tracking_depth()} of the calling thread. */
    public int coroutineOriginDepth() {
        return thread().originDepth;
    }

    /** {@code sys.set_coroutine_origin_tracking_depth(depth)}, depth checked non-negative. */
    public void setCoroutineOriginDepth(int depth) {
        thread().originDepth = depth;
    }

    /**
     * {@code compute_cr_origin}: ({@code filename}, {@code lineno}, {@code name}) of {@code caller}
     * and its callers, at most {@code depth} of them, innermost first. A new tuple.
     */
    long coroutineOrigin(Frame caller, int depth) {
        java.util.List<Long> items = new java.util.ArrayList<>();
        for (Frame f = caller; f != null && items.size() < depth; f = f.previous) {
            long file = space.strType.runtime(f.code.filename);
            long line = space.newInt(Math.max(0, f.code.line(f.lasti)));
            long name = space.strType.runtime(f.code.name);
            try {
                items.add(space.tupleType.create(new long[] {file, line, name}));
            } finally {
                space.decref(file);
                space.decref(line);
                space.decref(name);
            }
        }
        long[] all = items.stream().mapToLong(Long::longValue).toArray();
        try {
            return space.tupleType.create(all);
        } finally {
            for (long item : all) {
                space.decref(item);
            }
        }
    }

    /** The globals of the running frame (borrowed), or 0. */
    @Override
    public long currentGlobals() {
        Frame f = thread().top;
        return f == null ? 0 : f.globals;
    }

    /** {@code PyEval_GetBuiltins}: the running frame's builtins dict (borrowed), else the interpreter's. */
    public long currentBuiltins() {
        Frame f = thread().top;
        return f == null ? builtins : f.builtins;
    }

    /**
     * {@code PyEval_MergeCompilerFlags}: the future features ({@code CO_FUTURE_*} bits of co_flags)
     * of the running frame's code, which compile(), exec() and eval() of source text inherit.
     */
    public int currentFutureFlags() {
        Frame f = thread().top;
        return f == null ? 0 : f.code.flags & dev.pyheap.interpreter.compiler.Future.CO_FUTURE_MASK;
    }

    /**
     * {@code PyEval_GetLocals}: the running frame's locals, a dict: its namespace for module and
     * class bodies, a new snapshot of its fast locals for a function (borrowed: the frame keeps it).
     */
    public long currentLocals() {
        Frame f = thread().top;
        return f == null ? 0 : f.fastToLocals();
    }

    /** The position (line, end line, column, end column; -1 when absent) of code unit {@code unit} of a code object, or null. */
    public int[] position(long code, int unit) {
        CodeInfo ci = space.codeType.check(code) ? info(code) : null;
        if (ci == null || unit < 0 || 4 * unit >= ci.positions.length) {
            return null;
        }
        return java.util.Arrays.copyOfRange(ci.positions, 4 * unit, 4 * unit + 4);
    }

    /** {@code sys.exc_info()}: a new tuple (type, value, traceback), or three Nones. */
    public long excInfo() {
        long v = thread().excValue;
        if (v == 0 || v == space.none) {
            return space.tupleType.create(space.none, space.none, space.none);
        }
        long tb = space.exceptions.base().field(v, dev.pyheap.runtime.objects.BaseExceptionType.TRACEBACK);
        return space.tupleType.create(space.typeOf(v).typeObject(), v, tb == 0 ? space.none : tb);
    }

    /** {@code sys.exception()}: the exception being handled, or None. A new reference. */
    public long exception() {
        long v = thread().excValue;
        return space.newRef(v == 0 ? space.none : v);
    }

    /** {@code BINARY_OP}'s operation for Java callers (sum, pow): a new reference. */
    public long binaryOp(long a, long b, int oparg) {
        return ops.binaryOp(a, b, oparg);
    }

    /** {@code UNARY_*}'s operation: a new reference ({@code opcode} 11 negative, 10 positive, 15 invert). */
    public long unaryOp(long a, int opcode) {
        return ops.unaryOp(a, opcode);
    }

    /** {@code format(value, spec)}: a new str. */
    public long format(long value, long spec) {
        return ops.format(value, spec);
    }

    /** {@code PyObject_Call(func, args tuple, kwargs dict or 0)}: a new reference. */
    public long call(long func, long args, long kwargs) {
        return ceval.callWithTupleAndDict(func, args, kwargs);
    }

    /** The builtins for a frame with {@code globals}: its {@code __builtins__} (a module's dict or a dict), or the interpreter's. */
    long builtinsOf(long globals) {
        long b = space.dictType.getItemString(globals, "__builtins__");
        if (b == 0) {
            return builtins;
        }
        if (space.moduleType.check(b)) {
            return space.moduleType.dict(b);
        }
        return space.dictType.check(b) ? b : builtins;
    }

    /** Pushes a frame for {@code func} (borrowed) with empty locals on {@code t}'s data stack. */
    Frame pushFrame(EvalThread t, long func, long locals) {
        return pushFrame(t, func, infoOfFunction(func), locals, 0);
    }

    /**
     * Pushes a frame for {@code func} (borrowed; {@code ci} its code's) on {@code t}'s data stack,
     * its locals from {@code filled} on empty: the caller stores the first {@code filled} itself
     * right after, as 3.11's {@code CALL_PY_EXACT_ARGS} does (until then they hold garbage).
     */
    Frame pushFrame(EvalThread t, long func, CodeInfo ci, long locals, int filled) {
        return pushFrame(t, func, ci, locals, filled, false);
    }

    /**
     * {@link #pushFrame(EvalThread, long, CodeInfo, long, int)}; with {@code funcGiven} the caller hands
     * the frame its own reference to {@code func} (3.11's {@code CALL_PY_EXACT_ARGS} moves the callable's
     * stack entry into {@code f_func}), so no incref here and no decref when the caller pops the entry.
     * A failed push gives that reference back: the caller still owns its stack entry then.
     */
    Frame pushFrame(EvalThread t, long func, CodeInfo ci, long locals, int filled, boolean funcGiven) {
        return pushFrame(t, func, ci, space.functionType.field(func, FunctionType.GLOBALS),
                space.functionType.field(func, FunctionType.BUILTINS), locals, filled, funcGiven);
    }

    /**
     * {@link #pushFrame(EvalThread, long, CodeInfo, long, int, boolean)} with the function's globals and
     * builtins as the caller read them (a call site's cache keeps them: a function's never change).
     */
    Frame pushFrame(EvalThread t, long func, CodeInfo ci, long globals, long b, long locals, int filled,
            boolean funcGiven) {
        long base = t.stack.push(Frame.bytesFor(ci));
        Frame f = t.reuse();
        if (f == null) {
            f = new Frame(space, ci, base, func, globals, b, locals, funcGiven);
        } else {
            f.init(ci, base, func, globals, b, locals, filled, funcGiven);
        }
        f.previous = t.top;
        t.top = f;
        if (++t.rec.depth > space.recursionLimit()) {
            t.rec.depth--;
            t.top = f.previous;
            if (funcGiven) {
                space.incref(func); // clear() releases the frame's reference; the caller's entry keeps its own
            }
            for (int i = 0; i < filled; i++) {
                f.put(i, 0); // nothing was stored there yet
            }
            f.clear();
            t.stack.pop(base);
            t.recycle(f);
            throw new PyException("RecursionError", "maximum recursion depth exceeded");
        }
        return f;
    }

    /** Pops {@code f}, the top frame of {@code t}, releasing what it holds. */
    void popFrame(EvalThread t, Frame f) {
        t.top = f.previous;
        t.rec.depth--;
        if (f.gen == 0) {
            f.clear();
            t.stack.pop(f.base);
            if (f.initSelf != 0) {
                abandonInit(f);
                t.rec.depth--; // the class call's level
            }
            t.recycle(f);
        }
    }

    /**
     * An {@code __init__} run for a class call left by an exception: as {@code type_call} drops the
     * instance and {@code _PyObject_MakeTpCall} the argument tuple, then {@code CALL} the caller's
     * entries, in that order, before the caller's own traceback entry.
     */
    private void abandonInit(Frame f) {
        long self = f.initSelf, args = f.initArgs;
        f.initSelf = 0;
        f.initArgs = 0;
        space.decref(self);
        space.decref(args);
        Frame caller = f.previous;
        for (int i = 0; i < f.initPops; i++) {
            space.xdecref(caller.pop());
        }
    }

    @Override
    public long callFunction(long function, long args, long nargs, long kwnames) {
        EvalThread t = thread();
        long code = space.functionType.field(function, FunctionType.CODE);
        CodeInfo ci = info(code);
        Frame f = pushFrame(t, function, (ci.flags & Code.CO_OPTIMIZED) == 0
                ? space.functionType.field(function, FunctionType.GLOBALS) : 0);
        try {
            Arguments.bind(this, f, function, args, nargs, kwnames, false);
        } catch (RuntimeException e) {
            popFrame(t, f);
            throw e;
        }
        return ceval.run(t, f, null);
    }

    @Override
    public long resume(long gen, long value, RuntimeException exception) {
        GeneratorType gt = space.generatorType.typeOfGenerator(gen);
        GeneratorType.Kind kind = gt.kind;
        String what = kind == GeneratorType.Kind.GENERATOR ? "generator"
                : kind == GeneratorType.Kind.COROUTINE ? "coroutine" : "async generator";
        byte s = gt.state(gen);
        if (s == GeneratorType.EXECUTING) {
            throw new PyException(kind == GeneratorType.Kind.GENERATOR ? "ValueError" : "RuntimeError", what + " already executing");
        }
        if (s >= GeneratorType.COMPLETED) {
            if (kind == GeneratorType.Kind.COROUTINE) {
                if (exception instanceof PyException pe) {
                    pe.release();
                }
                throw new PyException("RuntimeError", "cannot reuse already awaited coroutine");
            }
            if (exception != null) {
                throw exception;
            }
            throw new PyException(kind == GeneratorType.Kind.ASYNC_GENERATOR ? "StopAsyncIteration" : "StopIteration", "");
        }
        if (s == GeneratorType.CREATED && value != space.none && exception == null) {
            throw new PyException("TypeError", "can't send non-None value to a just-started " + what);
        }
        EvalThread t = thread();
        if (t.rec.depth >= space.recursionLimit()) {
            // the resumed frame is one more level, checked as _PyEval_EvalFrameDefault's entry does
            if (exception instanceof PyException pe) {
                pe.release();
            }
            throw new PyException("RecursionError", "maximum recursion depth exceeded");
        }
        Frame f = (Frame) gt.frame(gen);
        f.previous = t.top;
        t.top = f;
        t.rec.depth++;
        if (exception == null) {
            f.push(space.newRef(value));
        } else if (s == GeneratorType.CREATED) {
            // thrown into a generator that never ran: it finishes at once
            gt.setState(gen, GeneratorType.EXECUTING);
            f.push(space.newRef(space.none));
        } else {
            f.push(space.newRef(space.none));
        }
        gt.setState(gen, GeneratorType.EXECUTING);
        // gen_send_ex2 links the generator's exception state (gi_exc_state) above the caller's: the
        // exception a generator was handling when it yielded is back while it runs, and the caller's
        // shows through while it handles none; on leaving, what it handles stays with it, never in
        // the caller's sys.exc_info() or the context of the caller's next exception
        long callerExc = t.excValue;
        long own = gt.field(gen, GeneratorType.EXC_VALUE);
        if (own != 0) {
            space.memory.putLong(gen + GeneratorType.EXC_VALUE, 0);
        }
        if (own != 0 && own != space.none) {
            t.excValue = own;
        } else {
            space.xdecref(own);
            t.excValue = callerExc == 0 ? 0 : space.newRef(callerExc);
        }
        try {
            return ceval.run(t, f, exception);
        } catch (PyException e) {
            // PEP 479 (gen_send_ex2): a StopIteration leaving a generator's body is a RuntimeError
            if (Abstract.matches(space, e, "StopIteration")) {
                throw space.exceptions.fromCause(e, "RuntimeError", what + " raised StopIteration");
            }
            if (kind == GeneratorType.Kind.ASYNC_GENERATOR && Abstract.matches(space, e, "StopAsyncIteration")) {
                throw space.exceptions.fromCause(e, "RuntimeError", what + " raised StopAsyncIteration");
            }
            throw e;
        } finally {
            long current = t.excValue;
            t.excValue = callerExc;
            if (current != 0 && current != callerExc && gt.state(gen) < GeneratorType.COMPLETED) {
                gt.putField(gen, GeneratorType.EXC_VALUE, current);
            } else {
                space.xdecref(current);
            }
        }
    }

    @Override
    public long replaceCode(long code, int flags, long name, long qualname) {
        CodeInfo ci = info(code);
        CodeType ct = space.codeType;
        Code src = ci.source;
        Code copy = new Code(src.filename(), space.strType.value(name), space.strType.value(qualname), flags, src.code(),
                src.firstlineno(), src.linetable(), src.exceptiontable(), src.consts(), src.names(),
                src.localsplusnames(), src.localspluskinds(), src.argcount(), src.posonlyargcount(),
                src.kwonlyargcount(), src.stacksize());
        CodeType.Counts counts = new CodeType.Counts(flags, ct.intField(code, CodeType.ARGCOUNT),
                ct.intField(code, CodeType.POSONLYARGCOUNT), ct.intField(code, CodeType.KWONLYARGCOUNT),
                ct.intField(code, CodeType.STACKSIZE), ct.intField(code, CodeType.FIRSTLINENO),
                ct.intField(code, CodeType.NLOCALSPLUS), ct.intField(code, CodeType.NLOCALS),
                ct.intField(code, CodeType.NPLAINCELLVARS), ct.intField(code, CodeType.NCELLVARS),
                ct.intField(code, CodeType.NFREEVARS));
        long co = ct.create(ct.instructions(code), counts, ct.field(code, CodeType.CONSTS), ct.field(code, CodeType.NAMES),
                ct.field(code, CodeType.EXCEPTIONTABLE), ct.field(code, CodeType.LOCALSPLUSNAMES),
                ct.field(code, CodeType.LOCALSPLUSKINDS), ct.field(code, CodeType.FILENAME), name, qualname,
                ct.field(code, CodeType.LINETABLE));
        // the copy shares the constants and names tuples, so the borrowed arrays stay valid
        ct.setExtra(co, new CodeInfo(co, copy, ci.consts, ci.names));
        return co;
    }

    /** {@code _PyFrame_GetFrameObject}: the frame object of {@code f}, made on first request (borrowed: the frame holds it). */
    long frameObject(Frame f) {
        return f.materializeFrameObject();
    }

    /** {@code super_init_without_args}: {@code [__class__, first argument]} of the running frame (borrowed). */
    @Override
    public long[] superArguments() {
        Frame f = thread().top;
        if (f == null) {
            return null;
        }
        CodeInfo co = f.code;
        if (co.argcount == 0) {
            throw new PyException("RuntimeError", "super(): no arguments");
        }
        long first = f.get(0);
        if (first != 0 && (co.kinds[0] & Code.CO_FAST_CELL) != 0 && space.cellType.check(first)) {
            first = space.cellType.get(first);
        }
        if (first == 0) {
            throw new PyException("RuntimeError", "super(): arg[0] deleted");
        }
        for (int i = 0; i < co.nlocalsplus; i++) {
            if ((co.kinds[i] & Code.CO_FAST_FREE) != 0 && co.localsplusNames[i].equals("__class__")) {
                long cell = f.get(i);
                long cls = cell == 0 ? 0 : space.cellType.get(cell);
                if (cls == 0) {
                    throw new PyException("RuntimeError", "super(): empty __class__ cell");
                }
                if (!space.typeType.check(cls)) {
                    throw new PyException("RuntimeError", "super(): __class__ is not a type (" + space.typeOf(cls).name + ")");
                }
                return new long[] {cls, first};
            }
        }
        throw new PyException("RuntimeError", "super(): __class__ cell not found");
    }

    @Override
    public long importModule(String name) {
        if (importer == null) {
            throw new PyException("ImportError", "No module named '" + name + "'");
        }
        return importer.runtimeModule(name);
    }

    /**
     * {@code PyErr_WarnEx} for the runtime: {@code warnings.warn(message, category, stacklevel)},
     * called with no Python frame of its own, so level 1 is the frame whose instruction called into
     * the runtime; the filters decide, and one that makes it an error raises from here.
     */
    private void warn(BaseExceptionType category, String message, int stackLevel) {
        long module = importModule("warnings");
        long text = space.strType.runtime(message);
        long level = space.newInt(stackLevel);
        try {
            space.decref(Abstract.callMethod(space, module, "warn", new long[] {text, category.typeObject(), level}));
        } catch (PyException e) {
            throw raisedByC(e);
        } finally {
            space.decref(level);
            space.decref(text);
            space.decref(module);
        }
    }

    /** An exception of Python code the runtime called where CPython runs C code: the frames of that code are not in its traceback. */
    private PyException raisedByC(PyException e) {
        long exc = space.exceptions.normalize(e);
        space.exceptions.base().setField(exc, BaseExceptionType.TRACEBACK, 0);
        return e;
    }

    /** {@code codecs.NAME(obj, encoding, errors)}: the registry's text codecs for str.encode and bytes.decode. A new reference. */
    private long codecCall(String name, long obj, String encoding, String errors) {
        long module = importModule("codecs");
        long enc = space.strType.runtime(encoding);
        long err = space.strType.runtime(errors);
        try {
            return Abstract.callMethod(space, module, name, new long[] {obj, enc, err});
        } catch (PyException e) {
            throw raisedByC(e);
        } finally {
            space.decref(err);
            space.decref(enc);
            space.decref(module);
        }
    }

    /** {@code sys._getframe(depth)}: the frame object {@code depth} frames up (made alone: {@code f_back} is made when read, or when the frame ends). A new reference. */
    public long frameObjectAt(int depth) {
        Frame f = thread().top;
        for (int i = 0; i < depth && f != null; i++) {
            f = f.previous;
        }
        if (f == null) {
            throw new PyException("ValueError", "call stack is not deep enough");
        }
        return space.newRef(frameObjectOf(f));
    }

    /**
     * {@code sys._current_frames()} ({@code _PyThread_CurrentFrames}): a new dict from each thread's
     * ident to the frame object it is running, for the threads that run Python code, the newest
     * thread first as CPython walks its thread states. The caller holds the GIL, so the other threads
     * are stopped at a check point or wait without it, their frames as they left them.
     */
    public long currentFrames() {
        var running = new ArrayList<EvalThread>();
        for (EvalThread t : threads.values()) {
            if (t.top != null) {
                running.add(t);
            }
        }
        running.sort(Comparator.comparingLong((EvalThread t) -> t.serial).reversed());
        long dict = space.dictType.create();
        try {
            for (EvalThread t : running) {
                long ident = space.newInt(t.ident);
                try {
                    space.dictType.setItem(dict, ident, frameObjectOf(t.top));
                } finally {
                    space.decref(ident);
                }
            }
        } catch (RuntimeException e) {
            space.decref(dict);
            throw e;
        }
        return dict;
    }

    /** The frame object of {@code f} with its line now and the {@code f_back} chain made as far as it is missing (borrowed). */
    private long frameObjectOf(Frame f) {
        long fo = frameObject(f);
        space.frameObjectType.setLineno(fo, f.line());
        return fo;
    }

    /** The exception type called {@code name} (for {@code except} matching and raising from Java). */
    BaseExceptionType exceptionType(String name) {
        return space.exceptions.byName(name);
    }

    /** The code object's info for a function. */
    CodeInfo infoOfFunction(long func) {
        return info(space.functionType.field(func, FunctionType.CODE));
    }

    /** A PyException carrying the exception object {@code exc} (a reference the caller gives up). */
    PyException raised(long exc) {
        return new PyException(space.typeOf(exc).name, "", exc, space::decref);
    }

    /** Whether {@code code} is a heap code object this evaluator can run. */
    boolean runnable(long code) {
        return space.codeType.check(code) && info(code) != null;
    }

    static int intField(ObjectSpace space, long code, int offset) {
        return space.codeType.intField(code, offset);
    }

    static final int FIRSTLINENO = CodeType.FIRSTLINENO;
}
