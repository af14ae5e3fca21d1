package dev.pyheap.runtime.internal;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.runtime.PyException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One heap's interpreter state, CPython's {@code PyInterpreterState}: the type table, the
 * singletons and caches, the free lists, reference counting and deallocation. Everything here runs
 * with the heap's GIL held.
 *
 * <h2>Reference counting</h2>
 * {@code ob_refcnt} is the first word of every object. {@link #incref} and {@link #decref} are a
 * load and a store; a count that reaches zero calls {@link #dealloc} at once.
 *
 * <h2>Deallocation depth (CPython's trashcan)</h2>
 * Freeing a container decrefs its items, which may free them, which decrefs theirs: a chain of a
 * million objects would recurse a million Java frames deep. Containers therefore count their
 * nesting:
 * <pre>
 *   dealloc(o), o a container:
 *     1. depth == TRASHCAN_DEPTH (50)  -> untrack o, push it on the deferred stack, return (o stays at refcount 0)
 *     2. otherwise depth++, run o's dealloc (which may recurse here), depth--
 *     3. back at depth 0 -> pop and deallocate deferred objects until the stack is empty
 * </pre>
 * So objects are freed depth-first, as CPython frees them, down to 50 nested deallocations; a
 * deeper structure is finished iteratively, with at most a few entries deferred at a time.
 *
 * <h2>Type lookup</h2>
 * An object's behaviour is {@code types[typeObject.TYPE_INDEX]}: two loads and an array access.
 *
 * <h2>Embedder code inside the runtime</h2>
 * Finalizers, weakref callbacks, gc callbacks and the unraisable hook run in the middle of a
 * deallocation or a collection ({@link #callOut}). Nothing they throw may cut that work short:
 * <pre>
 *   RuntimeException  -> reported as unraisable ("Exception ignored in: ..."), the work goes on
 *   Error             -> parked (the first; later ones suppressed in it), the work goes on
 *   the operation the embedder called ends -> raiseParked(): the Error propagates from it
 * </pre>
 * {@code callouts} counts the nested calls under way: an operation called from embedder code
 * (a finalizer's own {@code setattr}) does not raise the parked Error, the outermost one does.
 *
 * <h2>Recursion depth</h2>
 * The thread state holding the GIL ({@link #tstate}) counts its depth (frames, builtin calls,
 * nested reprs and comparisons) against {@code recursionLimit}, CPython's
 * {@code Py_EnterRecursiveCall}; each counted operation also turns a Java stack overflow into the
 * same RecursionError, so a thread with a small Java stack fails the Python way too.
 */
public final class Interpreter {
    /** CPython's {@code _PyTrash_UNWIND_LEVEL}: nested container deallocations before deferring. */
    static final int TRASHCAN_DEPTH = 50;
    /** Small ints cached at start: -5 .. 256. */
    static final int SMALL_INT_MIN = -5;
    static final int SMALL_INT_MAX = 256;
    /** CPython's {@code Py_DEFAULT_RECURSION_LIMIT}. */
    static final int DEFAULT_RECURSION_LIMIT = 1000;
    static final String IN_REPR = " while getting the repr of an object";
    static final String IN_COMPARISON = " in comparison";
    /** The {@code where} of a builtin function call ({@code repr(x)}, {@code hash(x)}). */
    static final String IN_CALL = " while calling a Python object";

    final Memory memory;
    final Allocator allocator;
    final Configuration configuration;
    GcState gcState;
    /**
     * tracemalloc while it traces, null otherwise. Every allocation and free below tests it once,
     * after the allocator call: while not tracing that is a field read and a branch never taken.
     */
    TracemallocModule tracer;

    /**
     * The thread state holding the GIL (CPython's {@code _PyThreadState_GET()}), or null while the
     * GIL is free or held without one (a raw {@link dev.pyheap.runtime.gil.Gil#acquire()}). Written
     * by the thread states as they take and give up the GIL, read under it; the debug allocators'
     * GIL check reads it without the GIL, for its message only.
     */
    ThreadStateImpl tstate;
    /** {@code sys.getrecursionlimit()}: CPython's {@code interp->ceval.recursion_limit}. */
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;

    private PyType[] types = new PyType[32];
    private int typeCount;
    private int deallocDepth;
    private long[] deferred = new long[16];
    private int deferredCount;

    /** Seed of the str/bytes hash: per heap, like CPython's per-process hash randomisation. */
    final long hashSeed;

    final TypeType typeType;
    final NoneType noneType;
    final IntType intType;
    final IntType boolType;
    final FloatType floatType;
    final StrType strType;
    final BytesType bytesType;
    final TupleType tupleType;
    final ListType listType;
    final DictType dictType;
    final SetType setType;
    final WeakrefType weakrefType;

    final long none;
    final long trueObject;
    final long falseObject;
    private final long[] smallInts = new long[SMALL_INT_MAX - SMALL_INT_MIN + 1];

    /** The interned strings: content to address. Mortal: the table holds no reference (ARCHITECTURE §4). */
    final Map<String, Long> interned = new HashMap<>();
    /**
     * The live strings a class's shared keys made: attribute names no str held when an instance first
     * set them (see {@link DictType#sharedKeysInsert}). Leaves with the string, in {@link StrType#dealloc}.
     */
    final java.util.Set<Long> attributeNamesMade = new java.util.HashSet<>();

    public Interpreter(Allocator allocator, Configuration configuration, long hashSeed) {
        this.allocator = allocator;
        this.memory = allocator.memory();
        this.configuration = configuration;
        this.hashSeed = hashSeed;
        this.typeType = new TypeType(this);
        register(typeType);
        this.noneType = register(new NoneType(this));
        this.intType = register(new IntType(this, "int"));
        this.boolType = register(new IntType(this, "bool"));
        this.floatType = register(new FloatType(this));
        this.strType = register(new StrType(this));
        this.bytesType = register(new BytesType(this));
        this.tupleType = register(new TupleType(this));
        this.listType = register(new ListType(this));
        this.dictType = register(new DictType(this));
        this.setType = register(new SetType(this));
        this.weakrefType = register(new WeakrefType(this));
        this.none = noneType.create();
        this.falseObject = boolType.createFromLong(0);
        this.trueObject = boolType.createFromLong(1);
        for (int v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
            smallInts[v - SMALL_INT_MIN] = intType.createFromLong(v);
        }
        strType.createCaches();
        bytesType.createCaches();
    }

    /** Connects the collector's shared state; called once, before any GC-capable object is allocated. */
    public void attachCollector(GcState gcState) {
        if (this.gcState != null) {
            throw new IllegalStateException("a collector is already attached");
        }
        this.gcState = gcState;
        tupleType.createCaches(); // the first GC-capable objects
    }

    // ------------------------------------------------------------------ types

    /** Adds a type: allocates its type object in the heap and gives it an index. */
    <T extends PyType> T register(T type) {
        if (typeCount == types.length) {
            types = Arrays.copyOf(types, typeCount * 2);
        }
        int index = typeCount++;
        types[index] = type;
        // A class's type object is a heap object made by ClassType.create, which binds it then.
        type.bind(index, type instanceof ClassType ? 0 : newStaticTypeObject(index));
        return type;
    }

    private long newStaticTypeObject(int index) {
        long t = allocate(Layout.STATIC_TYPE_SIZE);
        memory.fill(t, Layout.STATIC_TYPE_SIZE, (byte) 0);
        memory.putLong(t + Layout.OB_REFCNT, 1); // the interpreter's own reference: builtin types never die
        // the type of every type object is 'type'; 'type' itself is registered first.
        long meta = typeCount == 1 ? t : typeType.typeObject();
        memory.putLong(t + Layout.OB_TYPE, meta);
        memory.putInt(t + Layout.TYPE_INDEX, index);
        return t;
    }

    /** Frees a class's slot in the type table when its type object dies. */
    void unregister(PyType type) {
        types[type.index()] = null;
    }

    /** The behaviour of the object at {@code o}. */
    PyType typeOf(long o) {
        return types[memory.getInt(memory.getLong(o + Layout.OB_TYPE) + Layout.TYPE_INDEX)];
    }

    /** The type behaviour with table index {@code index}, or null. */
    PyType typeAt(int index) {
        return index >= 0 && index < typeCount ? types[index] : null;
    }

    int typeCount() {
        return typeCount;
    }

    // ------------------------------------------------------------------ reference counting

    void incref(long o) {
        memory.putLong(o, memory.getLong(o) + 1);
    }

    void decref(long o) {
        long count = memory.getLong(o) - 1;
        memory.putLong(o, count);
        if (count <= 0) {
            if (count == 0) {
                dealloc(o);
            } else {
                throw new HeapCorruptionError("decref of " + describe(o) + " whose refcount is already "
                        + (count + 1), o);
            }
        }
    }

    /** {@code Py_XDECREF}: 0 is ignored. */
    void xdecref(long o) {
        if (o != 0) {
            decref(o);
        }
    }

    long refcount(long o) {
        return memory.getLong(o);
    }

    /** A new reference to {@code o}: increfs it and returns it, for {@code return Py_NewRef(o)}. */
    long newRef(long o) {
        incref(o);
        return o;
    }

    /** Deallocates {@code o}, whose refcount has reached zero, with CPython's depth limit (see the class comment). */
    void dealloc(long o) {
        PyType type = typeOf(o);
        if (!type.usesTrashcan()) {
            type.dealloc(o);
            return;
        }
        if (deallocDepth >= TRASHCAN_DEPTH) {
            // At refcount 0 it must leave the collector's lists now, as CPython's deallocs untrack
            // before the trashcan: a collection run by a finalizer before it is freed would take
            // a tracked object with refcount 0 for heap corruption.
            untrack(o);
            if (deferredCount == deferred.length) {
                deferred = Arrays.copyOf(deferred, deferredCount * 2);
            }
            deferred[deferredCount++] = o;
            return;
        }
        deallocDepth++;
        try {
            type.dealloc(o);
        } finally {
            deallocDepth--;
        }
        if (deallocDepth == 0 && deferredCount > 0) {
            destroyDeferred();
        }
    }

    /** Whether a deallocation is under way (and with it perhaps a finalizer or a weakref callback). */
    boolean isDeallocating() {
        return deallocDepth > 0 || deferredCount > 0;
    }

    private void destroyDeferred() {
        while (deferredCount > 0) {
            long o = deferred[--deferredCount];
            deallocDepth++;
            try {
                typeOf(o).dealloc(o);
            } finally {
                deallocDepth--;
            }
        }
    }

    // ------------------------------------------------------------------ allocation

    /** {@code PyMem_Malloc}: a block for item arrays, values arrays and other non-object memory. */
    long allocate(long size) {
        long block = allocator.allocate(size);
        TracemallocModule t = tracer;
        if (t != null) {
            t.traced(block, size);
        }
        return block;
    }

    long reallocate(long block, long size) {
        long moved = allocator.reallocate(block, size);
        TracemallocModule t = tracer;
        if (t != null) {
            t.retraced(block, moved, size);
        }
        return moved;
    }

    void free(long block) {
        allocator.free(block);
        TracemallocModule t = tracer;
        if (t != null) {
            t.untraced(block);
        }
    }

    /** A new non-GC object of {@code size} bytes: refcount 1, type set, the rest unspecified. */
    long newObject(PyType type, long size) {
        long o = allocate(size);
        memory.putLong(o + Layout.OB_REFCNT, 1);
        memory.putLong(o + Layout.OB_TYPE, type.typeObject());
        return o;
    }

    /**
     * {@code _PyObject_GC_New}: a GC-capable object of {@code size} bytes (without the header) and
     * {@code preHeader} bytes before its GC header: untracked, no flags, refcount 1, counted by the
     * collector. The caller tracks it once its fields are valid.
     */
    long newGcObject(PyType type, long size, int preHeader) {
        long block = allocate(preHeader + Layout.GC_HEAD + size);
        long o = block + preHeader + Layout.GC_HEAD;
        memory.putLong(o - Layout.GC_HEAD, 0);
        memory.putLong(o - Layout.GC_HEAD + 8, 0);
        memory.putLong(o + Layout.OB_REFCNT, 1);
        memory.putLong(o + Layout.OB_TYPE, type.typeObject());
        gcState.objectAllocated();
        return o;
    }

    /** Reinitialises a GC object taken from a free list: header cleared, refcount 1. Not counted. */
    void reviveGcObject(long o) {
        memory.putLong(o - Layout.GC_HEAD, 0);
        memory.putLong(o - Layout.GC_HEAD + 8, 0);
        memory.putLong(o + Layout.OB_REFCNT, 1);
    }

    void freeObject(long o) {
        free(o);
    }

    /** {@code PyObject_GC_Del}: uncounts and frees a GC object (which must be untracked). */
    void freeGcObject(long o, int preHeader) {
        gcState.objectFreed();
        free(o - Layout.GC_HEAD - preHeader);
    }

    // ------------------------------------------------------------------ GC tracking

    void track(long o) {
        gcState.track(o);
    }

    void untrack(long o) {
        if (GcHeader.isTracked(memory, o)) {
            gcState.untrack(o);
        }
    }

    boolean isTracked(long o) {
        PyType type = typeOf(o);
        return type.hasGcHeader(o) && GcHeader.isTracked(memory, o);
    }

    /**
     * Whether {@code o} is an object a tracked container makes worth tracking
     * ({@code _PyObject_GC_MAY_BE_TRACKED}): any GC-capable object but a tuple, which counts only
     * while tracked. An untracked dict counts: it may become tracked later, so {@code {'a': {}}} is
     * tracked in CPython.
     */
    boolean mayBeTracked(long o) {
        PyType type = typeOf(o);
        return type.hasGcHeader(o) && (type != tupleType || GcHeader.isTracked(memory, o));
    }

    // ------------------------------------------------------------------ singletons and caches

    long none() {
        return none;
    }

    long bool(boolean value) {
        return value ? trueObject : falseObject;
    }

    /** The cached small int, or 0 when {@code value} is outside -5..256. Borrowed. */
    long smallInt(long value) {
        return value >= SMALL_INT_MIN && value <= SMALL_INT_MAX ? smallInts[(int) value - SMALL_INT_MIN] : 0;
    }

    /** Visits the objects the interpreter itself keeps alive: type objects, singletons, caches. */
    void forEachInterpreterRoot(java.util.function.LongConsumer visitor) {
        for (int i = 0; i < typeCount; i++) {
            PyType t = types[i];
            if (t != null && !(t instanceof ClassType)) {
                visitor.accept(t.typeObject());
            }
        }
        visitor.accept(none);
        visitor.accept(falseObject);
        visitor.accept(trueObject);
        for (long i : smallInts) {
            visitor.accept(i);
        }
        strType.forEachCached(visitor);
        bytesType.forEachCached(visitor);
        tupleType.forEachCached(visitor);
    }

    // ------------------------------------------------------------------ object protocol

    /** {@code hash(o)}: TypeError for unhashable types, with CPython's message. */
    long hashOf(long o) {
        PyType type = typeOf(o);
        if (!type.hashable()) {
            throw new PyException("TypeError", "unhashable type: '" + type.name + "'");
        }
        return type.hash(o);
    }

    /**
     * {@code a == b}: identity first ({@code PyObject_RichCompareBool}), then the left type's rule,
     * then the right's, one level of {@code PyObject_RichCompare}'s recursion check.
     */
    boolean equal(long a, long b) {
        if (a == b) {
            return true;
        }
        ThreadStateImpl t = tstate;
        enterRecursiveCall(t, IN_COMPARISON);
        try {
            PyType left = typeOf(a);
            if (left.equal(a, b)) {
                return true;
            }
            PyType right = typeOf(b);
            return right != left && right.equal(b, a);
        } catch (StackOverflowError e) {
            throw recursionError(IN_COMPARISON);
        } finally {
            leaveRecursiveCall(t);
        }
    }

    /** The containers whose repr is under way, for {@code [...]} ({@code Py_ReprEnter}); empty between reprs. */
    private final java.util.Set<Long> reprInProgress = new java.util.HashSet<>();
    /** Nested {@link #repr} calls under way: the outermost one empties {@link #reprInProgress} on its way out. */
    private int reprNesting;

    /** {@code repr(o)} ({@code PyObject_Repr}): one level of the recursion check. */
    String repr(long o) {
        ThreadStateImpl t = tstate;
        enterRecursiveCall(t, IN_REPR);
        reprNesting++;
        try {
            return typeOf(o).repr(o);
        } catch (StackOverflowError e) {
            throw recursionError(IN_REPR);
        } finally {
            leaveRecursiveCall(t);
            // A stack overflow may have cut short the inner levels' own clean-up.
            if (--reprNesting == 0 && !reprInProgress.isEmpty()) {
                reprInProgress.clear();
            }
        }
    }

    /**
     * {@code Py_ReprEnter}: false when the repr of container {@code o} is already under way (a
     * container inside itself prints as {@code [...]}); otherwise the caller builds its repr and
     * then calls {@link #reprLeave}. Inline in the types' repr rather than around a lambda: every
     * frame per nesting level counts against the Java stack a deep repr needs.
     */
    boolean reprEnter(long o) {
        return reprInProgress.add(o);
    }

    /** {@code Py_ReprLeave}. */
    void reprLeave(long o) {
        reprInProgress.remove(o);
    }

    // ------------------------------------------------------------------ recursion depth

    /**
     * {@code Py_EnterRecursiveCall(where)} for thread state {@code t} (the one holding the GIL):
     * one more level of Python calls or of a recursive object operation, or CPython's
     * {@code RecursionError: maximum recursion depth exceeded<where>} past the limit. Raises before
     * counting, so a caller that gets the error does not leave; one that does not must call
     * {@link #leaveRecursiveCall} exactly once ({@code try}/{@code finally}). Without a thread
     * state (the GIL taken directly) nothing is counted; a Java stack overflow is still turned
     * into the same error where the operations catch it.
     */
    void enterRecursiveCall(ThreadStateImpl t, String where) {
        if (t != null) {
            if (t.recursionDepth >= recursionLimit) {
                throw recursionError(where);
            }
            t.recursionDepth++;
        }
    }

    /**
     * {@code Py_LeaveRecursiveCall}. A field decrement and no call, so that it runs even in the
     * {@code finally} of a frame whose callee overflowed the Java stack.
     */
    static void leaveRecursiveCall(ThreadStateImpl t) {
        if (t != null) {
            t.recursionDepth--;
        }
    }

    /** Made where the Java stack may be nearly used up: no string {@code +} (see {@link PyException}). */
    static PyException recursionError(String where) {
        return new PyException("RecursionError", "maximum recursion depth exceeded".concat(where));
    }

    int recursionLimit() {
        return recursionLimit;
    }

    /**
     * {@code sys.setrecursionlimit(limit)} (CPython 3.11's checks, in its order), asked at
     * {@code depth}: the caller's depth, its own call included.
     */
    void setRecursionLimit(long limit, int depth) {
        if (limit != (int) limit) { // CPython's _PyLong_AsInt says "too large" for either sign
            throw new PyException("OverflowError", "Python int too large to convert to C int");
        }
        if (limit < 1) {
            throw new PyException("ValueError", "recursion limit must be greater or equal than 1");
        }
        if (depth >= limit) {
            throw new PyException("RecursionError", "cannot set the recursion limit to " + limit + " at the recursion depth "
                    + depth + ": the limit is too low");
        }
        recursionLimit = (int) limit;
    }

    // ------------------------------------------------------------------ finalizers, weakrefs, unraisable

    private UnraisableHook unraisableHook = UnraisableHook.LOGGING;

    /** Where exceptions that cannot propagate (finalizers, weakref callbacks, gc callbacks) go. */
    @FunctionalInterface
    public interface UnraisableHook {
        /** Logs a WARN line: CPython prints the same to stderr. */
        UnraisableHook LOGGING = (message, error, object) ->
                org.slf4j.LoggerFactory.getLogger(Interpreter.class).warn("{}\n{}", message, error.toString());

        void report(String message, RuntimeException error, long object);
    }

    public void setUnraisableHook(UnraisableHook hook) {
        this.unraisableHook = java.util.Objects.requireNonNull(hook);
    }

    /**
     * {@code PyErr_WriteUnraisable}: hands an exception that cannot propagate to the hook. The hook
     * is embedder code too: an exception from it is logged with CPython's {@code Exception ignored
     * in sys.unraisablehook} and the original goes to the default hook; an Error is parked.
     */
    void reportUnraisable(String message, RuntimeException error, long object) {
        UnraisableHook hook = unraisableHook;
        callouts++;
        try {
            hook.report(message, error, object);
        } catch (RuntimeException hookError) {
            UnraisableHook.LOGGING.report("Exception ignored in sys.unraisablehook: " + hook, hookError, 0);
            UnraisableHook.LOGGING.report(message, error, object);
        } catch (Error e) {
            park(e);
        } finally {
            callouts--;
        }
    }

    // ------------------------------------------------------------------ embedder code

    /**
     * Calls into embedder code under way (finalizers, weakref callbacks, gc callbacks, the
     * unraisable hook), nested. Meanwhile the thread keeps the GIL and the heap stays open: the
     * runtime is in the middle of a deallocation or a collection around the call.
     */
    private int callouts;
    /**
     * The first Error embedder code threw, held until the runtime is back at the embedder's call
     * ({@link #raiseParked}); Errors after it are added to it as suppressed.
     */
    private Error parked;

    /**
     * Runs embedder code where the runtime cannot let an exception through: a deallocation or a
     * collection is half done around it. A {@link RuntimeException} is reported as CPython reports
     * one it cannot raise ({@code message} is its first line) and the work goes on; an {@link Error}
     * (a stack overflow, an OutOfMemoryError, a failed assertion) is parked, so the work also goes
     * on, and it propagates once the runtime has finished ({@link #raiseParked}). Frames the code
     * pushed and did not pop are popped, as an exception unwinds Python frames.
     */
    void callOut(Runnable code, java.util.function.Supplier<String> message, long object) {
        ThreadStateImpl t = tstate;
        int frames = t == null ? 0 : t.frameCount();
        RuntimeException failed = null;
        callouts++;
        try {
            code.run();
        } catch (RuntimeException e) {
            failed = e;
        } catch (Error e) {
            park(e);
        } finally {
            callouts--;
        }
        if (t != null && t.frameCount() > frames) {
            t.popFramesTo(frames);
        }
        if (failed != null) {
            reportUnraisable(message.get(), failed, object);
        }
    }

    /** Whether embedder code called by the runtime is running (see {@link #callOut}). */
    boolean inCallout() {
        return callouts > 0;
    }

    private void park(Error e) {
        Error first = parked;
        if (first == null) {
            parked = e;
        } else if (first != e) {
            first.addSuppressed(e);
        }
    }

    /** Whether an Error from embedder code waits to propagate. */
    boolean hasParked() {
        return parked != null;
    }

    /**
     * Throws the parked Error, if any, unless embedder code is still running (the error then
     * propagates when the outermost embedder call into the runtime returns). Every operation that
     * may run embedder code calls this last, after its work is complete.
     */
    void raiseParked() {
        Error e = takeParked();
        if (e != null) {
            throw e;
        }
    }

    /** The parked Error, now the caller's to throw, or null (also while embedder code runs). */
    Error takeParked() {
        Error e = parked;
        if (e == null || callouts > 0) {
            return null;
        }
        parked = null;
        return e;
    }

    /**
     * CPython's {@code PyObject_CallFinalizerFromDealloc}: revives {@code o} for the call, runs the
     * finalizer once (PEP 442: the FINALIZED bit), then drops the revival reference.
     *
     * @return true when {@code o} is dead and deallocation goes on; false when the finalizer
     *     resurrected it (stored a reference somewhere)
     */
    boolean callFinalizerFromDealloc(long o, ClassType.InstanceFinalizer finalizer) {
        memory.putLong(o + Layout.OB_REFCNT, 1);
        callFinalizer(o, finalizer);
        long count = memory.getLong(o) - 1;
        memory.putLong(o, count);
        return count == 0;
    }

    /** Runs {@code o}'s finalizer unless it already ran; sets FINALIZED first. See {@link #callOut}. */
    void callFinalizer(long o, ClassType.InstanceFinalizer finalizer) {
        if (GcHeader.isFinalized(memory, o)) {
            return;
        }
        GcHeader.setFinalized(memory, o);
        callOut(() -> finalizer.finalize(o), () -> "Exception ignored in: <function " + typeOf(o).name + ".__del__>", o);
    }

    /** Clears the weakrefs to the dying {@code o} and runs their callbacks ({@code PyObject_ClearWeakRefs}). */
    void clearWeakrefs(long o) {
        weakrefType.clearAll(o + typeOf(o).weaklistOffset());
    }

    /** Empties every type free list (a full collection does it, as CPython's {@code clear_freelists}). */
    public void clearFreeLists() {
        floatType.clearFreeList();
        tupleType.clearFreeLists();
        listType.clearFreeList();
        dictType.clearFreeLists();
    }

    /** The free-list lines that end {@code sys._debugmallocstats()}, in CPython 3.11's order. */
    String freeListReport() {
        StringBuilder out = new StringBuilder();
        dev.pyheap.api.alloc.MallocStatsReport.freeListLine(out, "free PyDictObject", dictType.freeListSize(), 48);
        dev.pyheap.api.alloc.MallocStatsReport.freeListLine(out, "free PyFloatObject", floatType.freeList.size(), FloatType.SIZE);
        dev.pyheap.api.alloc.MallocStatsReport.freeListLine(out, "free PyListObject", listType.freeList.size(), ListType.SIZE);
        for (int n = 1; n <= TupleType.FREE_LIST_LENGTHS; n++) {
            dev.pyheap.api.alloc.MallocStatsReport.freeListLine(out, "free " + n + "-sized PyTupleObject",
                    tupleType.freeLists[n].size(), TupleType.ITEMS + 8L * n);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ referents

    /** Every counted reference {@code o} holds, in {@code tp_traverse} order. */
    void forEachReferent(long o, java.util.function.LongConsumer visitor) {
        typeOf(o).forEachReferent(o, visitor);
    }

    /**
     * {@code tp_traverse} as a collector sees it: only referents with a GC header. A collection
     * passes one visitor for a whole pass, so the filter around it is kept and reused rather than
     * made per object.
     */
    void traverse(long o, ReferentVisitor visitor) {
        GcReferentFilter filter = gcFilter;
        if (filter == null || filter.visitor != visitor) {
            filter = new GcReferentFilter(visitor);
            gcFilter = filter;
        }
        typeOf(o).forEachTraversed(o, filter);
    }

    private GcReferentFilter gcFilter;

    /** Passes on the referents a collector may look at: those preceded by a GC header. */
    private final class GcReferentFilter implements java.util.function.LongConsumer {
        final ReferentVisitor visitor;

        GcReferentFilter(ReferentVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void accept(long r) {
            if (typeOf(r).hasGcHeader(r)) {
                visitor.visit(r);
            }
        }
    }

    /** {@code <list 0x7f...>}, as CPython's gc debug output names objects. */
    String describe(long o) {
        PyType type;
        try {
            type = typeOf(o);
        } catch (RuntimeException e) {
            return "<? " + Addresses.hex(o) + ">";
        }
        return "<" + (type == null ? "?" : type.name) + " " + Addresses.hex(o) + ">";
    }
}
