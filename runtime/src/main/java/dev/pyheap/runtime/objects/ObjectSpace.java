package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.MemoryError;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.UnraisableHook;
import dev.pyheap.runtime.jfr.MemoryErrorEvent;
import dev.pyheap.runtime.jfr.Recorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * One heap's objects: the type table, the singletons and caches, allocation of objects, reference
 * counting and deallocation, and the running of embedder code from inside them. CPython spreads
 * this over {@code Objects/object.c}, {@code obmalloc.c}'s object functions and the per-type
 * states of {@code PyInterpreterState}; no single C struct holds it, so it takes the name PyPy gives
 * the same thing. The state layer's interpreter state owns one. Everything here runs with the
 * heap's GIL held.
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
 * An object's behaviour is {@code types[typeObject.TYPE_INDEX]}: two loads and an array access
 * ({@link #typeOf}). The built-in types register in the constructor, one line each; classes made
 * at run time register as they are made and leave the table when their type object dies.
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
 * <h2>What it reaches above itself</h2>
 * Only through types it declares: the thread state holding the GIL as a {@link ThreadContext}
 * ({@link #tstate}), tracemalloc as an {@link AllocationObserver} ({@link #observer}), and the
 * embedder's {@link UnraisableHook}.
 */
public final class ObjectSpace {
    /** CPython's {@code _PyTrash_UNWIND_LEVEL}: nested container deallocations before deferring. */
    static final int TRASHCAN_DEPTH = 50;
    /**
     * The reference count CPython 3.11 gives the objects it allocates statically
     * ({@code _PyObject_IMMORTAL_INIT}): the small ints, {@code ''}, the one-character latin-1 strings,
     * the interned identifiers of {@code _Py_ID} and of the deep-frozen modules, {@code b''}, the
     * one-byte bytes and {@code ()}. They start at this count, which stands for the interpreter's own
     * reference, so {@code sys.getrefcount(1)} has CPython's magnitude and moves as CPython's does;
     * the sanity checker counts it as the interpreter's root ({@link #forEachStatic}).
     */
    public static final long IMMORTAL_REFCNT = 999_999_999L;
    /** Small ints cached at start: -5 .. 256. */
    static final int SMALL_INT_MIN = -5;
    static final int SMALL_INT_MAX = 256;
    /** CPython's {@code Py_DEFAULT_RECURSION_LIMIT}. */
    static final int DEFAULT_RECURSION_LIMIT = 1000;

    public final Memory memory;
    public final Allocator allocator;
    private GcState gcState;
    /**
     * tracemalloc while it traces, null otherwise. Every allocation and free below tests it once,
     * after the allocator call: while not tracing that is a field read and a branch never taken.
     */
    public AllocationObserver observer;
    /** The heap's name in flight recorder events; the interpreter state sets it. */
    public String heapName = "heap";
    /** The eval breaker a parked Error requests ({@link #callOut}); the interpreter state sets its GIL's. */
    public dev.pyheap.runtime.gil.EvalBreaker evalBreaker = new dev.pyheap.runtime.gil.EvalBreaker();

    /**
     * The thread state holding the GIL (CPython's {@code _PyThreadState_GET()}), or null while the
     * GIL is free. Written by the thread states as they take and give up the GIL, read under it;
     * the debug allocators' GIL check reads it without the GIL, for its message only.
     */
    public ThreadContext tstate;
    /** {@code sys.getrecursionlimit()}: CPython's {@code interp->ceval.recursion_limit}. */
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;

    private PyType[] types = new PyType[32];
    private int typeCount;
    private int deallocDepth;
    private long[] deferred = new long[16];
    private int deferredCount;

    /** Secret of the str/bytes hash (SipHash's two key words): per heap, as CPython's {@code _Py_HashSecret} per process. */
    final long[] hashSecret;

    public final TypeType typeType;
    public final ObjectType objectType;
    public final MethodDescrType methodDescrType;
    public final ClassMethodDescrType classMethodDescrType;
    public final WrapperDescrType wrapperDescrType;
    public final WrapperDescrType.MethodWrapperType methodWrapperType;
    public final GetSetDescrType getSetDescrType;
    public final MemberDescrType memberDescrType;
    public final CallableWrapperType staticMethodType;
    public final CallableWrapperType classMethodType;
    public final MethodType methodType;
    public final PropertyType propertyType;
    public final SuperType superType;
    public final SliceType sliceType;
    public final SeqIterType seqIterType;
    public final DictViewType dictKeysType;
    public final DictViewType dictValuesType;
    public final DictViewType dictItemsType;
    public final RangeType rangeType;
    public final RangeIterType rangeIterType;
    public final LongRangeIterType longRangeIterType;
    public final MappingProxyType mappingProxyType;
    /** {@code types.GenericAlias} and its iterator, {@code types.UnionType}. */
    final GenericAliasType genericAliasType;
    final GenericAliasIterType genericAliasIterType;
    final UnionType unionType;
    /**
     * Bumped whenever a class's namespace changes (or a class is made or dies): the classes' caches
     * of their special methods ({@link ClassType#special}) hold for one version.
     */
    public int classVersion;
    /** The last type version tag given out ({@link PyType#assignVersionTag}): tags are never reused. */
    private long typeVersions;
    /** {@code interp->type_cache}: {@code _PyType_Lookup}'s cache ({@link PyType#lookup(long)}). */
    final TypeCache typeCache = new TypeCache(this);
    public final NoneType noneType;
    public final NotImplementedType notImplementedType;
    public final NotImplementedType ellipsisType;
    public final ComplexType complexType;
    public final IntType intType;
    public final IntType boolType;
    public final FloatType floatType;
    public final StrType strType;
    public final BytesType bytesType;
    public final ByteArrayType byteArrayType;
    public final ManagedBufferType managedBufferType;
    public final MemoryViewType memoryViewType;
    public final TupleType tupleType;
    public final ListType listType;
    public final DictType dictType;
    public final SetType setType;
    public final SetType frozenSetType;
    public final WeakrefType weakrefType;
    public final WeakProxyType weakProxyType;
    public final WeakProxyType weakCallableProxyType;
    public final SequenceIterType listIterType;
    public final SequenceIterType listRevIterType;
    public final SequenceIterType tupleIterType;
    public final SequenceIterType strAsciiIterType;
    public final SequenceIterType strIterType;
    public final SequenceIterType bytesIterType;
    public final SequenceIterType byteArrayIterType;
    public final DictIterType dictKeyIterType;
    public final DictIterType dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType;
    public final DictIterType dictValueIterType;
    public final DictIterType dictItemIterType;
    public final SetIterType setIterType;
    public final CodeType codeType;
    public final FunctionType functionType;
    public final CellType cellType;
    public final ModuleType moduleType;
    public final BuiltinFunctionType builtinFunctionType;
    public final FrameObjectType frameObjectType;
    public final TracebackType tracebackType;
    public final GeneratorType generatorType;
    public final GeneratorType coroutineType;
    public final GeneratorType asyncGenType;
    public final CoroWrapperType coroWrapperType;
    public final AsyncGenASendType asyncGenASendType;
    public final AsyncGenAThrowType asyncGenAThrowType;
    public final AsyncGenWrappedValueType asyncGenWrappedValueType;
    /** The built-in exception types. */
    public final Exceptions exceptions;
    /** How calls of Python functions reach the evaluation loop (PEP 523's hook); installed by the interpreter. */
    public FrameEvaluator frameEvaluator;
    /** Where the runtime's warnings go ({@code PyErr_WarnEx}); installed by the interpreter, null: dropped. */
    public WarningSink warningSink;
    /** The codecs the runtime does not have ({@link CodecRegistry}); installed by the interpreter, null: none. */
    public CodecRegistry codecRegistry;

    /**
     * {@code PyErr_WarnEx(category, message, stacklevel)}: issues a warning through the installed
     * sink; a warning the filters make an error is thrown from here.
     */
    public void warn(String category, String message, int stackLevel) {
        WarningSink sink = warningSink;
        if (sink != null) {
            sink.warn(exceptions.byName(category), message, stackLevel);
        }
    }

    public final long none;
    public final long notImplemented;
    /** {@code Py_Ellipsis}. */
    public final long ellipsis;
    public final long trueObject;
    public final long falseObject;
    private final long[] smallInts = new long[SMALL_INT_MAX - SMALL_INT_MIN + 1];

    /** The interned strings: content to address. Mortal: the table holds no reference (ARCHITECTURE §4). */
    public final Map<String, Long> interned = new HashMap<>();
    /**
     * The live strings a class's shared keys made: attribute names no str held when an instance first
     * set them (see {@link DictType#sharedKeysInsert}). Leaves with the string, in {@link StrType#dealloc}.
     */
    public final Set<Long> attributeNamesMade = new HashSet<>();

    /** Every thread's argument area (and the space's own), for the sanity checker. */
    final Set<ArgumentArea> argumentAreas = new HashSet<>();
    /** The argument area of Java code running without a thread state (tests of the object layer). */
    private ArgumentArea ownArguments;

    /** The reprs under way of Java code running without a thread state (tests of the object layer). */
    private final ReprList ownReprs = new ReprList(this);

    /** The str/bytes hash secret CPython derives from {@code PYTHONHASHSEED=seed} (0: none). */
    public static long[] hashSecretOf(long seed) {
        return Hashing.secretOfSeed(seed);
    }

    /**
     * Makes the built-in types (one line each: registering allocates the type object) and the
     * singletons and caches that need no collector. {@link #attachCollector} completes the start.
     */
    public ObjectSpace(Allocator allocator, long[] hashSecret) {
        this.allocator = allocator;
        this.memory = allocator.memory();
        this.hashSecret = hashSecret.clone();
        this.typeType = new TypeType(this);
        register(typeType);
        this.objectType = register(new ObjectType(this));
        this.noneType = register(new NoneType(this));
        this.intType = register(new IntType(this, "int", null));
        this.boolType = register(new IntType(this, "bool", intType));
        this.floatType = register(new FloatType(this));
        this.strType = register(new StrType(this));
        this.bytesType = register(new BytesType(this));
        this.byteArrayType = register(new ByteArrayType(this));
        this.tupleType = register(new TupleType(this));
        this.listType = register(new ListType(this));
        this.dictType = register(new DictType(this));
        this.setType = register(new SetType(this));
        this.frozenSetType = register(new SetType(this, "frozenset", true));
        this.weakrefType = register(new WeakrefType(this));
        this.weakProxyType = register(new WeakProxyType(this, "weakref.ProxyType", false));
        this.weakCallableProxyType = register(new WeakProxyType(this, "weakref.CallableProxyType", true));
        this.notImplementedType = register(new NotImplementedType(this));
        this.ellipsisType = register(new NotImplementedType(this, "ellipsis", "Ellipsis"));
        this.complexType = register(new ComplexType(this));
        // what an exhausted iterator's __reduce__ names: the empty sequence CPython's reduce function picks
        java.util.function.LongSupplier emptyList = () -> listType.create();
        java.util.function.LongSupplier emptyTuple = () -> tupleType.create();
        java.util.function.LongSupplier emptyStr = () -> strType.create("");
        this.listIterType = register(new SequenceIterType(this, "list_iterator", false, listType, emptyList));
        this.listRevIterType = register(new SequenceIterType(this, "list_reverseiterator", true, listType, emptyList));
        this.tupleIterType = register(new SequenceIterType(this, "tuple_iterator", false, tupleType, emptyTuple));
        this.strAsciiIterType = register(new SequenceIterType(this, "str_ascii_iterator", strType, emptyStr));
        this.strIterType = register(new SequenceIterType(this, "str_iterator", strType, emptyStr));
        this.bytesIterType = register(new SequenceIterType(this, "bytes_iterator", bytesType, emptyTuple));
        this.byteArrayIterType = register(new SequenceIterType(this, "bytearray_iterator", byteArrayType, emptyTuple));
        this.dictKeyIterType = register(new DictIterType(this, DictIterType.Kind.KEY, false));
        this.dictValueIterType = register(new DictIterType(this, DictIterType.Kind.VALUE, false));
        this.dictItemIterType = register(new DictIterType(this, DictIterType.Kind.ITEM, false));
        this.dictRevKeyIterType = register(new DictIterType(this, DictIterType.Kind.KEY, true));
        this.dictRevValueIterType = register(new DictIterType(this, DictIterType.Kind.VALUE, true));
        this.dictRevItemIterType = register(new DictIterType(this, DictIterType.Kind.ITEM, true));
        this.setIterType = register(new SetIterType(this));
        this.codeType = register(new CodeType(this));
        this.functionType = register(new FunctionType(this));
        this.cellType = register(new CellType(this));
        this.moduleType = register(new ModuleType(this));
        this.builtinFunctionType = register(new BuiltinFunctionType(this));
        this.frameObjectType = register(new FrameObjectType(this));
        this.tracebackType = register(new TracebackType(this));
        this.generatorType = register(new GeneratorType(this));
        this.coroutineType = register(new GeneratorType(this, GeneratorType.Kind.COROUTINE, generatorType));
        this.asyncGenType = register(new GeneratorType(this, GeneratorType.Kind.ASYNC_GENERATOR, generatorType));
        this.coroWrapperType = register(new CoroWrapperType(this));
        this.asyncGenASendType = register(new AsyncGenASendType(this));
        this.asyncGenAThrowType = register(new AsyncGenAThrowType(this));
        this.asyncGenWrappedValueType = register(new AsyncGenWrappedValueType(this));
        this.exceptions = new Exceptions(this);
        this.methodDescrType = register(new MethodDescrType(this));
        this.classMethodDescrType = register(new ClassMethodDescrType(this));
        this.wrapperDescrType = register(new WrapperDescrType(this));
        this.methodWrapperType = register(new WrapperDescrType.MethodWrapperType(this));
        this.getSetDescrType = register(new GetSetDescrType(this));
        this.memberDescrType = register(new MemberDescrType(this));
        this.staticMethodType = register(new CallableWrapperType(this, "staticmethod"));
        this.classMethodType = register(new CallableWrapperType(this, "classmethod"));
        this.methodType = register(new MethodType(this));
        this.propertyType = register(new PropertyType(this));
        this.superType = register(new SuperType(this));
        this.sliceType = register(new SliceType(this));
        this.managedBufferType = register(new ManagedBufferType(this));
        this.memoryViewType = register(new MemoryViewType(this));
        this.seqIterType = register(new SeqIterType(this));
        this.dictKeysType = register(new DictViewType(this, DictViewType.Kind.KEYS));
        this.dictValuesType = register(new DictViewType(this, DictViewType.Kind.VALUES));
        this.dictItemsType = register(new DictViewType(this, DictViewType.Kind.ITEMS));
        this.rangeType = register(new RangeType(this));
        this.rangeIterType = register(new RangeIterType(this));
        this.longRangeIterType = register(new LongRangeIterType(this));
        this.mappingProxyType = register(new MappingProxyType(this));
        this.genericAliasType = register(new GenericAliasType(this));
        this.genericAliasIterType = register(new GenericAliasIterType(this));
        this.unionType = register(new UnionType(this));
        this.none = noneType.create();
        this.falseObject = boolType.createBoolSingleton(false);
        this.trueObject = boolType.createBoolSingleton(true);
        for (int v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
            smallInts[v - SMALL_INT_MIN] = intType.createFromLong(v);
        }
        strType.createCaches();
        bytesType.createCaches();
        this.notImplemented = notImplementedType.create();
        this.ellipsis = ellipsisType.create();
        for (long i : smallInts) {
            makeStatic(i);
        }
        strType.forEachSingleton(this::makeStatic); // the interned static strings are counted as they are interned
        bytesType.forEachCached(this::makeStatic);
    }

    /**
     * {@code _PyUnion_Check(o) ? _Py_union_args(o) : NULL}: the members of {@code int | str}
     * (borrowed), which {@code isinstance} and {@code issubclass} take as a tuple; 0 for anything else.
     */
    public long unionArgs(long o) {
        return unionType.check(o) ? unionType.args(o) : 0;
    }

    /** Turns the interpreter's one reference to a statically allocated object into CPython's immortal count. */
    private void makeStatic(long o) {
        if (memory.getLong(o + Layout.OB_REFCNT) != 1) {
            throw new IllegalStateException("a static object is already shared: " + typeOf(o).name);
        }
        memory.putLong(o + Layout.OB_REFCNT, IMMORTAL_REFCNT);
    }

    /**
     * Connects the collector's shared state (which runs the collector); called once, before any
     * GC-capable object is allocated.
     */
    public void attachCollector(GcState gcState) {
        if (this.gcState != null) {
            throw new IllegalStateException("a collector is already attached");
        }
        this.gcState = Objects.requireNonNull(gcState);
        tupleType.createCaches(); // the first GC-capable objects
        tupleType.forEachCached(this::makeStatic);
        for (int i = 0; i < typeCount; i++) {
            if (types[i] != null) {
                readyUncounted(types[i]);
            }
        }
    }

    /** The shared GC state the objects are counted and tracked by (its collector: {@link GcState#collector()}). */
    public GcState gcState() {
        return gcState;
    }

    /**
     * Whether allocations are the built-in types' namespaces being made: objects that live as long
     * as the heap, made before the program starts (CPython makes them before {@code gc} counts for
     * the program), so they do not count towards the young generation's threshold.
     */
    private boolean readying;

    private void readyUncounted(PyType type) {
        readying = true;
        try {
            type.ready();
        } finally {
            readying = false;
        }
        untrackStatic(type);
    }

    /**
     * A built-in type's namespace, its {@code tp_bases} and {@code tp_mro}, its entries in its bases'
     * {@code tp_subclasses} and those dicts out of the collector's lists, as its start-up left them
     * (also after {@link PyType#clearPythonBase} gave it its own bases back).
     */
    void untrackStatic(PyType type) {
        // Immortal and reachable from the type object, a root: they never take part in a cycle
        // the collector must find, so they stay out of its lists and of gc.get_objects() (a
        // difference from CPython, whose static types' namespaces are tracked).
        long d = type.dict();
        if (d != 0) {
            dictType.forEach(d, (k, v) -> {
                if (isTracked(v)) {
                    untrack(v);
                }
            });
            for (long o : new long[] {d, memory.getLong(type.typeObject() + Layout.TP_BASES),
                    memory.getLong(type.typeObject() + Layout.TP_MRO)}) {
                if (o != 0 && isTracked(o)) {
                    untrack(o);
                }
            }
            // so are its entries in its bases' tp_subclasses (a weakref each) and those dicts (which
            // stay untracked when classes register there later: TypeType.addSubclass); only those:
            // a program's weakref to the type (one with a callback, in a WeakSet) stays the collector's
            long key = newInt(type.typeObject());
            try {
                for (PyType b : type.bases()) {
                    long subclasses = memory.getLong(b.typeObject() + Layout.TP_SUBCLASSES);
                    if (subclasses != 0) {
                        long ref = dictType.get(subclasses, key);
                        if (ref != 0 && isTracked(ref)) {
                            untrack(ref);
                        }
                        if (isTracked(subclasses)) {
                            untrack(subclasses);
                        }
                    }
                }
            } finally {
                decref(key);
            }
        }
    }


    // ------------------------------------------------------------------ types

    /** Adds a type: allocates its type object in the heap and gives it an index. */
    public <T extends PyType> T register(T type) {
        if (typeCount == types.length) {
            types = Arrays.copyOf(types, typeCount * 2);
        }
        int index = typeCount++;
        types[index] = type;
        // A class's type object is a heap object made by ClassType.create, which binds it then.
        type.bind(index, type.hasFlag(PyType.HEAPTYPE) ? 0 : newStaticTypeObject(index));
        if (gcState != null) {
            readyUncounted(type); // a built-in type registered after the start
        }
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
    public PyType typeOf(long o) {
        return types[memory.getInt(memory.getLong(o + Layout.OB_TYPE) + Layout.TYPE_INDEX)];
    }

    /** The type behaviour with table index {@code index}, or null. */
    public PyType typeAt(int index) {
        return index >= 0 && index < typeCount ? types[index] : null;
    }

    /** {@code next_version_tag}: a type version tag never given out before in this heap. */
    long nextTypeVersion() {
        return ++typeVersions;
    }

    /**
     * {@code PyType_ClearCache} ({@code sys._clear_type_cache()}): empties the type attribute cache,
     * releasing the names its entries hold; also the heap's finalization ({@code _PyType_Fini}).
     */
    public void clearTypeCache() {
        typeCache.clear();
    }

    /** Entries in the type table (some may be null: classes that died). */
    public int typeCount() {
        return typeCount;
    }

    // ------------------------------------------------------------------ reference counting

    /** {@code Py_INCREF}. */
    public void incref(long o) {
        memory.putLong(o, memory.getLong(o) + 1);
    }

    /** {@code Py_DECREF}: may deallocate {@code o} (and run finalizers and callbacks) at once. */
    public void decref(long o) {
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
    public void xdecref(long o) {
        if (o != 0) {
            decref(o);
        }
    }

    /** {@code Py_REFCNT}. */
    public long refcount(long o) {
        return memory.getLong(o);
    }

    /** A new reference to {@code o}: increfs it and returns it, for {@code return Py_NewRef(o)}. */
    public long newRef(long o) {
        incref(o);
        return o;
    }

    /**
     * Deallocates {@code o}, whose refcount has reached zero, with CPython's depth limit (see the
     * class comment). Kept small, as {@code _Py_Dealloc} is: C2 inlines a death into its caller when
     * it fits the compilation's node budget, so the rare branches (deferral past the depth limit,
     * the deferred objects' destruction) are calls of their own and the depth is read once.
     */
    void dealloc(long o) {
        PyType type = typeOf(o);
        if (!type.trashcan) {
            type.dealloc(o);
            return;
        }
        int depth = deallocDepth;
        if (depth >= TRASHCAN_DEPTH) {
            defer(o);
            return;
        }
        deallocDepth = depth + 1;
        try {
            type.dealloc(o);
        } finally {
            deallocDepth = depth;
        }
        if (depth == 0 && deferredCount > 0) {
            destroyDeferred();
        }
    }

    /** {@code Py_TRASHCAN_BEGIN} past the depth limit: {@code o} waits on the deferred stack. */
    private void defer(long o) {
        // At refcount 0 it must leave the collector's lists now, as CPython's deallocs untrack
        // before the trashcan: a collection run by a finalizer before it is freed would take
        // a tracked object with refcount 0 for heap corruption.
        untrack(o);
        if (deferredCount == deferred.length) {
            deferred = Arrays.copyOf(deferred, deferredCount * 2);
        }
        deferred[deferredCount++] = o;
    }

    /** Whether a deallocation is under way (and with it perhaps a finalizer or a weakref callback). */
    public boolean isDeallocating() {
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
    public long allocate(long size) {
        long block;
        try {
            block = allocator.allocate(size);
        } catch (MemoryError refused) {
            memoryErrorEvent(refused);
            throw refused;
        }
        AllocationObserver o = observer;
        if (o != null) {
            o.allocated(block, size);
        }
        return block;
    }

    /** {@code PyMem_Realloc}. */
    public long reallocate(long block, long size) {
        long moved;
        try {
            moved = allocator.reallocate(block, size);
        } catch (MemoryError refused) {
            memoryErrorEvent(refused);
            throw refused;
        }
        AllocationObserver o = observer;
        if (o != null) {
            o.reallocated(block, moved, size);
        }
        return moved;
    }

    private void memoryErrorEvent(MemoryError refused) {
        if (!Recorder.started()) {
            return;
        }
        MemoryErrorEvent event = new MemoryErrorEvent();
        if (event.shouldCommit()) {
            event.heap = heapName;
            event.requested = refused.requestedBytes();
            event.mapped = refused.mappedBytes();
            event.limit = refused.limitBytes();
            event.message = refused.getMessage();
            event.commit();
        }
    }

    /** {@code PyMem_Free}. */
    public void free(long block) {
        allocator.free(block);
        AllocationObserver o = observer;
        if (o != null) {
            o.freed(block);
        }
    }

    /** A new non-GC object of {@code size} bytes: refcount 1, type set, the rest unspecified. */
    public long newObject(PyType type, long size) {
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
    public long newGcObject(PyType type, long size, int preHeader) {
        long block = allocate(preHeader + Layout.GC_HEAD + size);
        long o = block + preHeader + Layout.GC_HEAD;
        memory.putLong(o - Layout.GC_HEAD, 0);
        memory.putLong(o - Layout.GC_HEAD + 8, 0);
        memory.putLong(o + Layout.OB_REFCNT, 1);
        memory.putLong(o + Layout.OB_TYPE, type.typeObject());
        if (!readying) {
            gcState.objectAllocated();
        }
        return o;
    }

    /**
     * Reinitialises a GC object taken from a free list: flags cleared, refcount 1. Not counted. Its
     * {@code gc_next} is 0 already (an object enters a free list untracked), so only {@code gc_prev}
     * is written: FINALIZED goes, which a free list may have kept from a subclass's instance.
     */
    public void reviveGcObject(long o) {
        memory.putLong(o - Layout.GC_HEAD + 8, 0);
        reviveObject(o - Layout.GC_HEAD, o);
    }

    /** {@code _Py_NewReference} of object {@code o} in {@code block}, taken from a free list: refcount 1, tracemalloc told. */
    public void reviveObject(long block, long o) {
        memory.putLong(o + Layout.OB_REFCNT, 1);
        AllocationObserver observer = this.observer;
        if (observer != null) {
            observer.reused(block);
        }
    }

    /**
     * {@code PyObject_Free} of a non-GC object. A type's deallocation frees through
     * {@link PyType#tpFree} of the object's type, so an instance of a class deriving from a non-GC
     * base ({@code class I(int)}) never comes here: its class frees it.
     */
    public void freeObject(long o) {
        free(o);
    }

    /** {@code PyObject_GC_Del}: uncounts and frees a GC object (which must be untracked) that has {@code preHeader} bytes before its GC header. */
    public void freeGcObject(long o, int preHeader) {
        gcState.objectFreed();
        free(o - Layout.GC_HEAD - preHeader);
    }

    // ------------------------------------------------------------------ GC tracking

    /** {@code PyObject_GC_Track}. */
    public void track(long o) {
        gcState.track(o);
    }

    /** {@code PyObject_GC_UnTrack}: nothing for an untracked object. */
    public void untrack(long o) {
        Memory m = memory;
        if (GcHeader.isTracked(m, o)) {
            gcState.untrack(m, o);
        }
    }

    /** {@code gc.is_tracked(o)}. */
    public boolean isTracked(long o) {
        return isGc(o) && GcHeader.isTracked(memory, o);
    }

    /**
     * {@code _PyObject_IS_GC}: whether {@code o} is preceded by a GC header, as its type's
     * {@link PyType#hasGcHeader} says, read from the type object in two dependent loads (three for
     * a type object) instead of through the type table: the collectors ask it of every referent.
     */
    public boolean isGc(long o) {
        int headers = memory.getInt(memory.getLong(o + Layout.OB_TYPE) + Layout.TYPE_GC_HEADERS);
        return headers == PyType.GC_HEADERS_ALL
                || headers == PyType.GC_HEADERS_HEAP_TYPES && (memory.getLong(o + Layout.TP_FLAGS) & PyType.HEAPTYPE) != 0;
    }

    /**
     * Whether {@code o} is an object a tracked container makes worth tracking
     * ({@code _PyObject_GC_MAY_BE_TRACKED}): any GC-capable object but a tuple, which counts only
     * while tracked. An untracked dict counts: it may become tracked later, so {@code {'a': {}}} is
     * tracked in CPython.
     */
    public boolean mayBeTracked(long o) {
        return isGc(o) && (!tupleType.checkExact(o) || GcHeader.isTracked(memory, o));
    }

    // ------------------------------------------------------------------ singletons and caches

    /** A new reference to None. */
    public long newNone() {
        return newRef(none);
    }

    /** A new reference to True or False ({@code PyBool_FromLong}). */
    public long newBool(boolean value) {
        return newRef(value ? trueObject : falseObject);
    }

    public long newTrue() {
        return newRef(trueObject);
    }

    public long newFalse() {
        return newRef(falseObject);
    }

    /** A new reference to NotImplemented. */
    public long newNotImplemented() {
        return newRef(notImplemented);
    }

    /** The cached small int, or 0 when {@code value} is outside -5..256. Borrowed. */
    public long smallInt(long value) {
        return value >= SMALL_INT_MIN && value <= SMALL_INT_MAX ? smallInts[(int) value - SMALL_INT_MIN] : 0;
    }

    /** {@code PyLong_FromLong}: the cached object for -5..256, a new one otherwise. New reference. */
    public long newInt(long value) {
        long cached = smallInt(value);
        return cached != 0 ? newRef(cached) : intType.createFromLong(value);
    }

    /**
     * Visits the objects the space itself keeps alive (roots) that it holds one reference to each:
     * built-in type objects, the singletons CPython counts (None, the bools, NotImplemented, Ellipsis),
     * the names the type attribute cache holds ({@link TypeCache}).
     * The statically allocated ones are {@link #forEachStatic}'s.
     */
    public void forEachRoot(LongConsumer visitor) {
        for (int i = 0; i < typeCount; i++) {
            PyType t = types[i];
            if (t != null && !t.hasFlag(PyType.HEAPTYPE)) {
                visitor.accept(t.typeObject());
            }
        }
        visitor.accept(none);
        visitor.accept(falseObject);
        visitor.accept(trueObject);
        visitor.accept(notImplemented);
        visitor.accept(ellipsis);
        ownReprs.forEachRoot(visitor);
        typeCache.forEachName(visitor);
    }

    /**
     * Visits the objects CPython allocates statically ({@link #IMMORTAL_REFCNT}), each once: the
     * interpreter holds {@code IMMORTAL_REFCNT} references to each, not one.
     */
    public void forEachStatic(LongConsumer visitor) {
        for (long i : smallInts) {
            visitor.accept(i);
        }
        strType.forEachCached(visitor);
        bytesType.forEachCached(visitor);
        if (gcState != null) {
            tupleType.forEachCached(visitor);
        }
    }

    // ------------------------------------------------------------------ argument areas

    /** A new argument area, for a thread state ({@link ThreadContext#arguments()}). */
    public ArgumentArea newArgumentArea() {
        ArgumentArea a = new ArgumentArea(this);
        argumentAreas.add(a);
        return a;
    }

    /** The argument area of the thread holding the GIL, where Java code puts a call's arguments. */
    public ArgumentArea arguments() {
        ThreadContext t = tstate;
        if (t != null) {
            return t.arguments();
        }
        if (ownArguments == null) {
            ownArguments = newArgumentArea();
        }
        return ownArguments;
    }

    /** The reprs under way in the thread holding the GIL ({@code Py_ReprEnter}'s list). */
    public ReprList reprs() {
        ThreadContext t = tstate;
        return t != null ? t.reprs() : ownReprs;
    }

    /** Blocks layers above keep outside objects (the evaluator's data stack chunks). */
    private final List<java.util.function.Consumer<LongConsumer>> keptBlockSources = new ArrayList<>();

    /** Declares blocks a layer above keeps outside objects (the evaluator's data stacks), so the sanity checker accounts for them. */
    public void addKeptBlocks(java.util.function.Consumer<LongConsumer> source) {
        keptBlockSources.add(source);
    }

    /** Visits the blocks kept that are no object's: the argument areas' chunks and those declared by {@link #addKeptBlocks} (sanity checker). */
    public void forEachKeptBlock(LongConsumer visitor) {
        for (ArgumentArea a : argumentAreas) {
            a.forEachBlock(visitor);
        }
        for (var source : keptBlockSources) {
            source.accept(visitor);
        }
    }

    // ------------------------------------------------------------------ recursion limit

    /** {@code sys.getrecursionlimit()}. */
    public int recursionLimit() {
        return recursionLimit;
    }

    /**
     * {@code sys.setrecursionlimit(limit)} (CPython 3.11's checks, in its order), asked at
     * {@code depth}: the caller's depth, its own call included.
     */
    public void setRecursionLimit(long limit, int depth) {
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

    /** The default hook: a WARN line, where CPython prints the same to stderr. */
    private static final UnraisableHook LOGGING = (message, error, object) ->
            org.slf4j.LoggerFactory.getLogger(UnraisableHook.class).warn("{}\n{}", message, error.toString());

    private UnraisableHook unraisableHook = LOGGING;

    /** Where exceptions that cannot propagate (finalizers, weakref callbacks, gc callbacks) go. */
    public void setUnraisableHook(UnraisableHook hook) {
        this.unraisableHook = Objects.requireNonNull(hook, "hook");
    }

    /**
     * {@code PyErr_WriteUnraisable}: hands an exception that cannot propagate to the hook. The hook
     * is embedder code too: an exception from it is logged with CPython's {@code Exception ignored
     * in sys.unraisablehook} and the original goes to the default hook; an Error is parked.
     */
    public void reportUnraisable(String message, RuntimeException error, long object) {
        UnraisableHook hook = unraisableHook;
        callouts++;
        try {
            hook.report(message, error, object);
        } catch (RuntimeException hookError) {
            LOGGING.report("Exception ignored in sys.unraisablehook: " + hook, hookError, 0);
            LOGGING.report(message, error, object);
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
    public void callOut(Runnable code, Supplier<String> message, long object) {
        ThreadContext t = tstate;
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
    public boolean inCallout() {
        return callouts > 0;
    }

    private void park(Error e) {
        Error first = parked;
        if (first == null) {
            parked = e;
            evalBreaker.request(); // raised at the evaluation loop's next check point
        } else if (first != e) {
            first.addSuppressed(e);
        }
    }

    /** Whether an Error from embedder code waits to propagate. */
    public boolean hasParked() {
        return parked != null;
    }

    /**
     * Throws the parked Error, if any, unless embedder code is still running (the error then
     * propagates when the outermost embedder call into the runtime returns). Every operation that
     * may run embedder code calls this last, after its work is complete.
     */
    public void raiseParked() {
        Error e = takeParked();
        if (e != null) {
            throw e;
        }
    }

    /** The parked Error, now the caller's to throw, or null (also while embedder code runs). */
    public Error takeParked() {
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
    public boolean callFinalizerFromDealloc(long o) {
        memory.putLong(o + Layout.OB_REFCNT, 1);
        callFinalizer(o);
        long count = memory.getLong(o) - 1;
        memory.putLong(o, count);
        return count == 0;
    }

    /**
     * {@code PyObject_CallFinalizer}: runs {@code o}'s {@code tp_finalize} unless it already ran and
     * sets FINALIZED after it, so {@code gc.is_finalized} is still False inside a {@code __del__}
     * called by a deallocation. As embedder code ({@link #callOut}).
     */
    public void callFinalizer(long o) {
        if (GcHeader.isFinalized(memory, o)) {
            return;
        }
        runFinalizer(o);
        GcHeader.setFinalized(memory, o);
    }

    /**
     * The collector's {@code finalize_garbage} step for one unreachable object: FINALIZED is set
     * before {@code tp_finalize} runs (a {@code __del__} run by the collector sees
     * {@code gc.is_finalized(self)} True).
     */
    public void finalizeUnreachable(long o) {
        GcHeader.setFinalized(memory, o);
        runFinalizer(o);
    }

    private void runFinalizer(long o) {
        PyType type = typeOf(o);
        callOut(() -> type.finalize(o), () -> type.finalizerReportsObject()
                ? "Exception ignored in: " + Abstract.repr(this, o)
                : "Exception ignored in: <function " + type.name + ".__del__>", o);
    }

    /** Clears the weakrefs to the dying {@code o} and runs their callbacks ({@code PyObject_ClearWeakRefs}). */
    public void clearWeakrefs(long o) {
        weakrefType.clearAll(o + typeOf(o).weaklistOffset());
    }

    // ------------------------------------------------------------------ free lists

    /** Empties every type free list ({@code _PyGC_ClearAllFreeLists}: a full collection does it). */
    public void clearFreeLists() {
        for (int i = 0; i < typeCount; i++) {
            PyType t = types[i];
            if (t != null) {
                t.clearFreeList();
            }
        }
    }

    /**
     * The object part of {@code sys._debugmallocstats()} ({@code _PyObject_DebugMallocStats}): each
     * free list's line, in CPython 3.11's order.
     */
    public String debugMallocStats() {
        StringBuilder out = new StringBuilder();
        dictType.debugMallocStats(out);
        floatType.debugMallocStats(out);
        listType.debugMallocStats(out);
        tupleType.debugMallocStats(out);
        return out.toString();
    }

    // ------------------------------------------------------------------ naming

    /** {@code <list 0x7f...>}, as CPython's gc debug output names objects. Reads the object: for live objects only. */
    public String describe(long o) {
        PyType type;
        try {
            type = typeOf(o);
        } catch (RuntimeException e) {
            return "<? " + Addresses.hex(o) + ">";
        }
        return "<" + (type == null ? "?" : type.name) + " " + Addresses.hex(o) + ">";
    }
}
