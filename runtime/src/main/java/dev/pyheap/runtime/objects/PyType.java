package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.Memory;
import dev.pyheap.runtime.PyException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A type: CPython's {@code PyTypeObject}. The type object in the heap (408 bytes for a built-in
 * type, a class's is a heap type) holds the index of its {@code PyType} in the space's type table,
 * so an object's behaviour is found from {@code ob_type} in two loads and an array access
 * ({@link ObjectSpace#typeOf}); the overridable methods of this class are the type's slots.
 *
 * <h2>The slots</h2>
 * <pre>
 *  group         slot (CPython)                      method here                     default (CPython's NULL slot)
 *  layout        tp_basicsize, tp_itemsize            {@link #basicSize}, {@link #itemSize}, {@link #instanceSize}
 *                __sizeof__ + GC header               {@link #sizeof}
 *                tp_weaklistoffset                    {@link #weaklistOffset}             0: no weak references
 *                tp_flags, tp_base                    {@link #flags}, {@link #base}
 *  lifecycle     tp_dealloc                           {@link #dealloc}                    (abstract)
 *                tp_traverse                          {@link #traverse}                   every counted reference
 *                tp_clear                             {@link #clear}                      nothing
 *                tp_finalize                          {@link #hasFinalizer}, {@link #finalize}   none
 *                                                     {@link #finalizerReportsObject}     reported as __del__'s
 *                _PyXxx_MaybeUntrack                  {@link #isAtomic}, {@link #maybeUntrack}   stays tracked
 *  object        tp_repr, tp_str                      {@link #repr}, {@link #str}         {@code <X object at 0x...>}, repr
 *                tp_hash                              {@link #hash}                       the pointer hash
 *                tp_richcompare                       {@link #richCompare}                object_richcompare (identity)
 *                tp_getattro (name: a heap str)       {@link #getAttr}                    PyObject_GenericGetAttr: AttributeError
 *                  the same, suppressing AttributeError {@link #lookupAttr}                 generic; 0 when absent
 *                tp_setattro (value 0: delete)        {@link #setAttr}                    PyObject_GenericSetAttr
 *                  (Java-String forms intern the name) {@link #lookupAttr(long, String)}, {@link #setAttr(long, String, long)}
 *                tp_dictoffset / managed dict         {@link #instanceAttr}, {@link #setInstanceAttr}   no instance dict
 *                tp_dict, tp_mro, _PyType_Lookup      {@link #dict}, {@link #mro}, {@link #lookup} (cached: {@link TypeCache})   no namespace yet: the base chain
 *                tp_descr_get, tp_descr_set           {@link #descrGet}, {@link #descrSet}   not a descriptor
 *                  (whether the slot is set)          {@link #hasDescrGet}, {@link #hasDescrSet}      false
 *                vectorcall (args in heap memory)     {@link #call(long, long, long, long)}   _PyObject_MakeTpCall: tuple + dict to tp_call
 *                tp_call (args tuple, kwargs dict)    {@link #callTuple}                  'X' object is not callable
 *                  (whether the slot is set)          {@link #isCallable}                 false
 *                tp_new + tp_init (via type's call)   {@link #newInstance}                not constructible here
 *                tp_iter, tp_iternext                 {@link #iter}, {@link #iterNext}    not iterable / not an iterator
 *                __length_hint__                      {@link #lengthHint}                 none (-1)
 *  structs      tp_as_number, _sequence, _mapping,   {@link #slotStructs}, {@link #ownSlotStructs}   none (object's); a heap type all
 *                _async, _buffer set at all
 *  mapping, seq  mp_length / sq_length                {@link #length}                     has no len()
 *                mp_subscript, sq_item                {@link #getItem}, {@link #sequenceItem}   not subscriptable
 *                mp_ass_subscript, sq_ass_item        {@link #setItem}, {@link #setSequenceItem} (value 0 deletes)
 *                sq_contains                          {@link #contains}                   iterate (_PySequence_IterSearch)
 *                sq_concat, sq_inplace_concat         {@link #concat}, {@link #inplaceConcat}   0 (NULL)
 *                sq_repeat, sq_inplace_repeat         {@link #repeat}, {@link #inplaceRepeat}, {@link #hasRepeat}   0 (NULL), false
 *  buffer        bf_getbuffer, bf_releasebuffer       {@link #getBuffer}, {@link #releaseBuffer}   null: exports no buffer
 *  number        nb_add ... nb_matrix_multiply        {@link #binaryOp} (operands in their order, as C)   NotImplemented
 *                nb_inplace_add ...                   {@link #inplaceOp}                  NotImplemented (then the binary one)
 *                nb_power with a modulus              {@link #power}                      the binary one when the modulus is None
 *                nb_negative, _positive, _invert, _absolute  {@link #unaryOp}             0 (NULL)
 *                nb_index, nb_int, nb_float           {@link #index}, {@link #toInt}, {@link #toFloat}   0 (NULL)
 *                nb_bool                              {@link #isTrue}                     true (after the length: PyObject_IsTrue's order)
 *  methods       tp_methods                           {@link #method}, {@link #defineMethod}
 *  ours          every counted / uncounted reference  {@link #forEachReferent}, {@link #forEachUncountedReferent}
 *                (sanity checker, objgraph)           {@link #referentName}, {@link #forEachOwnedBlock},
 *                                                     {@link #forEachFreeListEntry}, {@link #forEachFreeListBlock}
 *                free lists                           {@link #clearFreeList}, {@link #debugMallocStats}
 *                the embedding API's values           {@link #javaValue}
 * </pre>
 * Objects are addresses ({@code long}); results that are objects are new references, arguments are
 * borrowed, and errors are {@link PyException}s carrying CPython's type and message. A slot's
 * default behaves as CPython behaves when the slot is NULL, so {@link Abstract} (Objects/abstract.c)
 * calls every slot without asking whether a type has it. Every method runs with the GIL held.
 *
 * <h2>Adding a type</h2>
 * A subclass with its layout and its slots, and one line in {@link ObjectSpace} that registers it
 * ({@code public final XType xType = register(new XType(this));}): registration allocates the type
 * object and gives it its index. Nothing else needs to know the type: behaviour is found through
 * the slots, and type tests ({@code PyList_Check}) are methods of the type they test
 * ({@link ListType#check}) or flags ({@link #LONG_SUBCLASS}).
 */
public abstract class PyType {
    // tp_flags bits, CPython 3.11's values.
    /** {@code Py_TPFLAGS_MANAGED_DICT}: instances keep their attributes in the pre-header (3.11). */
    public static final int MANAGED_DICT = 1 << 4;
    /** {@code Py_TPFLAGS_SEQUENCE}. */
    public static final int SEQUENCE = 1 << 5;
    /** {@code Py_TPFLAGS_MAPPING}. */
    public static final int MAPPING = 1 << 6;
    /** {@code Py_TPFLAGS_IMMUTABLETYPE}: attributes of the type object cannot be set. */
    public static final int IMMUTABLETYPE = 1 << 8;
    /** {@code Py_TPFLAGS_HEAPTYPE}: a class made at run time. */
    public static final int HEAPTYPE = 1 << 9;
    /** {@code Py_TPFLAGS_BASETYPE}: may be subclassed. */
    public static final int BASETYPE = 1 << 10;
    /** {@code Py_TPFLAGS_HAVE_VECTORCALL}: instances are called through {@link #call(long, long, long, long)} without a tuple. */
    public static final int HAVE_VECTORCALL = 1 << 11;
    /** {@code Py_TPFLAGS_HAVE_GC}: instances carry a GC header and may be tracked. */
    public static final int HAVE_GC = 1 << 14;
    /**
     * {@code Py_TPFLAGS_METHOD_DESCRIPTOR}: instances are unbound methods that {@code LOAD_METHOD}
     * may call with the receiver as first argument instead of binding them ({@link Abstract#getMethod}).
     */
    public static final int METHOD_DESCRIPTOR = 1 << 17;
    /**
     * {@code _Py_TPFLAGS_MATCH_SELF}: a class pattern {@code C(x)} with one positional sub-pattern
     * matches the subject itself when {@code C} has no {@code __match_args__} (int, str, list, ...).
     */
    public static final int MATCH_SELF = 1 << 22;
    /** {@code Py_TPFLAGS_LONG_SUBCLASS}: {@code PyLong_Check}. */
    public static final int LONG_SUBCLASS = 1 << 24;
    /** {@code Py_TPFLAGS_LIST_SUBCLASS}. */
    public static final int LIST_SUBCLASS = 1 << 25;
    /** {@code Py_TPFLAGS_TUPLE_SUBCLASS}. */
    public static final int TUPLE_SUBCLASS = 1 << 26;
    /** {@code Py_TPFLAGS_BYTES_SUBCLASS}. */
    public static final int BYTES_SUBCLASS = 1 << 27;
    /** {@code Py_TPFLAGS_UNICODE_SUBCLASS}. */
    public static final int UNICODE_SUBCLASS = 1 << 28;
    /** {@code Py_TPFLAGS_DICT_SUBCLASS}. */
    public static final int DICT_SUBCLASS = 1 << 29;
    /** {@code Py_TPFLAGS_TYPE_SUBCLASS}. */
    public static final int TYPE_SUBCLASS = 1 << 31;
    /** {@code Py_TPFLAGS_READY}: {@code PyType_Ready} has run (every type here). */
    public static final int READY = 1 << 12;
    /** {@code Py_TPFLAGS_HAVE_VERSION_TAG}: part of {@code Py_TPFLAGS_DEFAULT}. */
    public static final int HAVE_VERSION_TAG = 1 << 18;
    /** {@code Py_TPFLAGS_VALID_VERSION_TAG}: the attribute cache has given the type a version (any type whose attribute was looked up). */
    public static final int VALID_VERSION_TAG = 1 << 19;

    // Which of PyTypeObject's slot structs a type has (slotStructs): tp_as_number, tp_as_sequence, ...
    /** {@code tp_as_number} is set. */
    public static final int AS_NUMBER = 1;
    /** {@code tp_as_sequence} is set. */
    public static final int AS_SEQUENCE = 1 << 1;
    /** {@code tp_as_mapping} is set. */
    public static final int AS_MAPPING = 1 << 2;
    /** {@code tp_as_async} is set. */
    public static final int AS_ASYNC = 1 << 3;
    /** {@code tp_as_buffer} is set. */
    public static final int AS_BUFFER = 1 << 4;
    /** Every slot struct: a heap type's ({@code PyHeapTypeObject} embeds them all). */
    public static final int ALL_SLOT_STRUCTS = AS_NUMBER | AS_SEQUENCE | AS_MAPPING | AS_ASYNC | AS_BUFFER;

    /** {@link #gcHeaders()}: no instance has a GC header. */
    public static final int GC_HEADERS_NONE = 0;
    /** {@link #gcHeaders()}: every instance has one. */
    public static final int GC_HEADERS_ALL = 1;
    /** {@link #gcHeaders()}: the instances are type objects, and those of heap types have one ({@code type_is_gc}). */
    public static final int GC_HEADERS_HEAP_TYPES = 2;

    /** Arguments of a call without arguments. */
    public static final long[] NO_ARGS = {};

    protected final ObjectSpace space;
    protected final Memory memory;
    /**
     * {@code tp_name}, which CPython's messages name a type by. A class's follows its {@code __name__}
     * ({@code type_set_name}); a library class standing for one of CPython's C types has that type's
     * dotted name ({@link ClassType}).
     */
    public String name;
    /** {@code tp_base}; null for a type whose base is {@code object}. A class's changes with its {@code __bases__}. */
    public PyType base;
    /** Fixed when the type is made, except the collection flags {@link #setCollectionFlag} changes. */
    private int flags;
    private final long basicSize;
    private final long itemSize;
    private final Map<String, PyMethod> methods = new LinkedHashMap<>();
    /** The {@code METH_CLASS} entries of the method table ({@link #defineClassMethod}), kept apart from {@link #methods}. */
    private final Map<String, BuiltinFunctionType.Body> classMethods = new java.util.HashMap<>();
    /** The method table's names in their order, class methods among the others: {@code add_methods} adds them so. */
    private final java.util.List<String> methodTable = new java.util.ArrayList<>();
    private int index = -1;
    private long typeObject;
    /** Whether {@link #isAtomic} can be true: read first, so a collection makes no call for the other types. */
    private boolean untracksAtomic;
    /** Whether {@link #traverse} skips atoms that {@link #forEachReferent} visits (see {@link #traversesSelectively}). */
    private boolean selectiveTraverse;

    /**
     * @param basicSize {@code tp_basicsize}: the fixed part of an instance, without the GC header
     * @param itemSize  {@code tp_itemsize}: bytes per item of a variable-size instance ({@code ob_size} items), or 0
     */
    protected PyType(ObjectSpace space, String name, PyType base, int flags, long basicSize, long itemSize) {
        this.space = space;
        this.memory = space.memory;
        this.name = name;
        this.base = base;
        this.flags = flags;
        this.basicSize = basicSize;
        this.itemSize = itemSize;
    }

    /** Called once by {@link ObjectSpace#register} when the type object exists in the heap. */
    final void bind(int index, long typeObject) {
        this.index = index;
        this.typeObject = typeObject;
        this.trashcan = usesTrashcan();
        if (typeObject != 0) {
            memory.putInt(typeObject + Layout.TYPE_GC_HEADERS, gcHeaders());
            memory.putLong(typeObject + Layout.TP_FLAGS, flags & 0xFFFF_FFFFL);
        }
    }

    /** The type's index in the space's type table (stored in its type object). */
    public final int index() {
        return index;
    }

    /** The address of this type's type object. */
    public final long typeObject() {
        return typeObject;
    }

    /** {@code tp_flags}. */
    /**
     * {@code type.__flags__}: the flags above as {@code PyType_Ready} leaves them ({@link #READY},
     * {@link #HAVE_VERSION_TAG}; a static type is immutable). CPython's {@link #VALID_VERSION_TAG}
     * depends on its attribute cache's history and is not set here.
     */
    public long tpFlags() {
        return Integer.toUnsignedLong(flags | READY | HAVE_VERSION_TAG | (hasFlag(HEAPTYPE) ? 0 : IMMUTABLETYPE));
    }

    public final int flags() {
        return flags;
    }

    /**
     * {@code set_collection_flag_recursive}'s step for one class: an ABC's {@code __abc_tpflags__}
     * or its {@code register} makes a class a sequence or a mapping for {@code match}
     * ({@link #SEQUENCE} or {@link #MAPPING}, replacing the other). False, changing nothing, for an
     * immutable type or one that has the flag already.
     */
    public final boolean setCollectionFlag(int flag) {
        if (flag != SEQUENCE && flag != MAPPING) {
            throw new IllegalArgumentException("not a collection flag: " + flag);
        }
        if (!hasFlag(HEAPTYPE) || (flags & (SEQUENCE | MAPPING)) == flag) {
            return false;
        }
        flags = flags & ~(SEQUENCE | MAPPING) | flag;
        if (typeObject != 0) {
            memory.putLong(typeObject + Layout.TP_FLAGS, flags & 0xFFFF_FFFFL);
        }
        return true;
    }

    /** Whether every bit of {@code flag} is set ({@code PyType_HasFeature}). */
    public final boolean hasFlag(int flag) {
        return (flags & flag) == flag;
    }

    /** {@code PyType_IsSubtype} along the {@code tp_base} chain. */
    public final boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        if (space.objectType.is(other)) {
            return true;
        }
        if (hasFlag(HEAPTYPE) || bases != null && bases.length > 1) { // a class, or ExceptionGroup's two bases
            for (PyType t : mro()) {
                if (t == other) {
                    return true;
                }
            }
        }
        return false;
    }

    // ================================================================== layout

    /** {@code tp_basicsize}, without the GC header or the pre-header. */
    public final long basicSize() {
        return basicSize;
    }

    /** {@code tp_itemsize}. */
    public final long itemSize() {
        return itemSize;
    }

    /**
     * The bytes of {@code o} from its address on (GC header and pre-header not included):
     * {@code _PyObject_VAR_SIZE}, {@code tp_basicsize + |ob_size| * tp_itemsize}. Reads nothing past
     * {@link #basicSize()}, so the sanity checker can ask it once it knows that many bytes are there.
     */
    public long instanceSize(long o) {
        return itemSize == 0 ? basicSize : basicSize + itemSize * Math.abs(memory.getLong(o + Layout.OB_SIZE));
    }

    /**
     * The bytes every instance has, read before its own size is known: {@link #basicSize()}, except
     * where {@code tp_basicsize} describes a larger layout than the type's own instances have
     * ({@code str}: a compact str is smaller than the two-block object of its subclasses).
     */
    public long smallestInstanceSize() {
        return basicSize;
    }

    /** {@code sys.getsizeof(o)}: {@code __sizeof__} plus the GC header (and pre-header) when there is one. */
    public long sizeof(long o) {
        return instanceSize(o) + (hasGcHeader(o) ? Layout.GC_HEAD + preHeader() : 0);
    }

    /** Whether {@code o} is preceded by a GC header: every instance of a GC type, the static type objects aside. */
    public boolean hasGcHeader(long o) {
        return gcHeaders() == GC_HEADERS_ALL;
    }

    /**
     * Which instances have a GC header, as {@link #hasGcHeader} answers per object:
     * {@link #GC_HEADERS_NONE}, {@link #GC_HEADERS_ALL}, or {@link #GC_HEADERS_HEAP_TYPES} for the
     * type of type objects. Stored in the type object ({@link ObjectSpace#isGc} reads it there);
     * constant for the type's life.
     */
    protected int gcHeaders() {
        return hasFlag(HAVE_GC) ? GC_HEADERS_ALL : GC_HEADERS_NONE;
    }

    /** Bytes before the GC header: CPython 3.11's managed-dict pre-header, or 0. */
    public int preHeader() {
        return 0;
    }

    /** The address of the allocator block holding {@code o}: before its GC header and any pre-header. */
    public long blockOf(long o) {
        return hasGcHeader(o) ? o - Layout.GC_HEAD - preHeader() : o;
    }

    /** {@code tp_weaklistoffset}: offset of the weakref list head from the object, or 0 when instances cannot be weakly referenced. */
    public int weaklistOffset() {
        return 0;
    }

    /**
     * {@code tp_dictoffset}: where instances keep their {@code __dict__}: 0 without one, a positive
     * offset, negative from the end of a variable-size instance, or 3.11's managed dict
     * ({@code -(basic size + 3 words)}).
     */
    public long dictOffset() {
        return hasFlag(MANAGED_DICT) ? -(basicSize + 3 * 8) : 0;
    }

    /**
     * Whether instances differ in size ({@code tp_itemsize != 0}, or inline data of their own): a
     * subclass then keeps its {@code __dict__} pointer after the instance's last byte and cannot add
     * {@code __slots__} or a weakref list.
     */
    public boolean variableSize() {
        return itemSize != 0;
    }

    /**
     * Whether {@code __sizeof__} counts the instance's type's basic size ({@code _PyObject_SIZE(Py_TYPE(o))},
     * so a subclass's added fields count) rather than fixed fields of its own ({@code int}, {@code str}).
     */
    public boolean sizeofCountsTypeBasicSize() {
        return true;
    }

    /**
     * {@code tp_free}: frees {@code o}'s memory once its {@code tp_dealloc} released what it holds.
     * A built-in type's deallocation calls it on the object's own type ({@code Py_TYPE(self)->tp_free}),
     * so an instance of a class deriving from it is freed as the class lays it out. The default is
     * {@code PyObject_GC_Del} for an object with a GC header, {@code PyObject_Del} otherwise.
     */
    public void tpFree(long o) {
        if (space.isGc(o)) {
            space.freeGcObject(o, 0);
        } else {
            space.freeObject(o);
        }
    }

    /**
     * {@code tp_alloc(type, nitems)} of a class deriving from a built-in type ({@code PyType_GenericAlloc}
     * for the class): a zeroed, tracked instance of this type with room for {@code nitems} items of
     * the built-in base, at the class's size (its fields, dict, weakref list and pre-header), holding
     * a reference to the class. The base's {@code tp_new} calls it for a subtype, so the instance is
     * allocated once, as CPython's. Built-in types allocate their own instances (free lists, their
     * constructors) and never reach this default.
     */
    public long tpAlloc(long nitems) {
        throw new IllegalStateException(name + ": tp_alloc is only called for classes");
    }

    /**
     * {@code o}, just made by this type, was moved from {@code from} to {@code to} (a class's
     * instance given the class's layout): fix what points at the old address (a set's inline table,
     * a weakref's list links). The default: nothing does.
     */
    protected void relocated(long from, long to) {
    }

    // ================================================================== lifecycle

    /**
     * {@code tp_dealloc}: the refcount of {@code o} reached zero; release what it holds and free its
     * memory (or keep it on a free list). Reached only through {@link ObjectSpace#dealloc}, which
     * handles the depth (the trashcan).
     */
    public abstract void dealloc(long o);

    /** Whether deallocation passes through the trashcan ({@code Py_TRASHCAN_BEGIN}: containers that can nest deeply). */
    public boolean usesTrashcan() {
        return hasFlag(HAVE_GC);
    }

    /**
     * {@link #usesTrashcan}'s answer, kept when the type is registered ({@link #bind}; it never
     * changes): {@link ObjectSpace#dealloc} reads it on every death, where asking the method was a
     * second call through the type beside {@code tp_dealloc}'s, since that call site sees every type.
     */
    boolean trashcan;

    /**
     * {@code tp_traverse}: what the collectors (through the binding, which keeps the GC-capable ones)
     * and {@code gc.get_referents} see. By default every counted reference; a type whose traverse
     * skips references that can never be part of a cycle (a dict's str keys) overrides it.
     */
    public void traverse(long o, LongConsumer visitor) {
        forEachReferent(o, visitor);
    }

    /**
     * For the types whose {@link #traverse} leaves out referents {@link #forEachReferent} visits
     * (a dict's str keys), from their constructor. Either way the GC-capable referents are the
     * same, in the same order: a type that overrides traverse without saying so is only traversed
     * through {@link #forEachReferent} by the collectors, visiting a few atoms more.
     */
    protected final void traversesSelectively() {
        selectiveTraverse = true;
    }

    /**
     * {@code tp_traverse} as the collectors call it, once per object of every collection: one
     * dispatch, straight to {@link #forEachReferent} unless the type {@linkplain
     * #traversesSelectively traverses selectively} (two virtual calls per object otherwise, the
     * inner one from a single megamorphic call site in {@link #traverse}).
     */
    public final void traverseForCollector(long o, LongConsumer visitor) {
        if (selectiveTraverse) {
            traverse(o, visitor);
        } else {
            forEachReferent(o, visitor);
        }
    }

    /** {@code tp_clear}: drops the references that can take part in cycles. */
    public void clear(long o) {
    }

    /**
     * {@code _PyTuple_MaybeUntrack} ({@code dicts} false) / {@code _PyDict_MaybeUntrack}
     * ({@code dicts} true): untracks {@code o} when nothing it holds could be part of a cycle, as a
     * collection does for the tuples it examined and then, in a full collection, the dicts. False
     * when {@code o} stays tracked; the default keeps every object.
     */
    public final boolean maybeUntrack(long o, boolean dicts) {
        if (isAtomic(o, dicts)) {
            space.untrack(o);
            return true;
        }
        return false;
    }

    /**
     * {@link #maybeUntrack}'s test alone: whether nothing {@code o} holds could be part of a cycle
     * (for a collection that untracks while it walks its list). Reads only; the default: never.
     */
    public boolean isAtomic(long o, boolean dicts) {
        return false;
    }

    /** For the types that override {@link #isAtomic}, from their constructor. */
    protected final void untracksWhenAtomic() {
        untracksAtomic = true;
    }

    /** Whether {@link #isAtomic} can be true for this type's objects (tuples, dicts). */
    public final boolean untracksAtomic() {
        return untracksAtomic;
    }

    /**
     * {@link #maybeUntrack} behind a field test: a collection asks it of every object it examined,
     * and for the types that never untrack this costs no call.
     */
    public final boolean untrackIfAtomic(long o, boolean dicts) {
        return untracksAtomic && maybeUntrack(o, dicts);
    }

    /** Whether instances have a {@code tp_finalize} ({@code __del__}). */
    public boolean hasFinalizer() {
        return false;
    }

    /**
     * {@code tp_finalize}: runs the finalizer of {@code o} (alive, with a reference held by the
     * caller). Called only through {@link ObjectSpace#callFinalizer}, which runs it at most once
     * and as embedder code.
     */
    public void finalize(long o) {
    }

    /**
     * Whether a failing {@link #finalize} is reported against the object itself ("Exception ignored
     * in: REPR", the object handed to {@code sys.unraisablehook}), as the finalizers written in C
     * report ({@code PyErr_WriteUnraisable(self)}); otherwise against the type's {@code __del__}.
     */
    public boolean finalizerReportsObject() {
        return false;
    }

    // ================================================================== object protocol

    /** {@code tp_repr}, as Java text; {@link Abstract#repr} counts the recursion and makes the str. */
    public String repr(long o) {
        return "<" + space.typeOf(o).qualifiedName() + " object at " + Addresses.hex(o) + ">";
    }

    /** The name {@code object.__repr__} and {@code type.__repr__} show: {@code __main__.C} for a class, {@code list} for a built-in type. */
    public String qualifiedName() {
        return name;
    }

    /**
     * {@code tp_str}; by default {@code object_str}: the repr of the object's own type (so
     * {@code object.__str__(x)} is {@code repr(x)} whichever type's wrapper is called).
     */
    public String str(long o) {
        PyType own = space.typeOf(o);
        return own == this ? repr(o) : own.repr(o);
    }

    /**
     * {@code tp_repr} as an object (a new str): by default {@link #repr}'s text through the run-time
     * caches, as {@code unicode_result} shares one-character latin-1 results; a type whose C repr
     * writes a fresh object (int's {@code long_to_decimal_string}) overrides it.
     */
    public long reprObject(long o) {
        return space.strType.runtime(repr(o));
    }

    /** {@code tp_str} as an object (a new str); see {@link #reprObject}. */
    public long strObject(long o) {
        return space.strType.runtime(str(o));
    }

    /** {@code tp_hash}; by default CPython's pointer hash ({@code object.__hash__}). */
    public long hash(long o) {
        return Hashing.pointer(o);
    }

    /** {@code PyObject_HashNotImplemented}: what an unhashable type's {@link #hash} throws. */
    protected final PyException unhashable() {
        return new PyException("TypeError", "unhashable type: '" + name + "'");
    }

    /** What {@link #compareSameType} answers when this type has no such path. */
    public static final int NO_QUICK_ANSWER = -1;

    /**
     * {@code a op b} for two objects of exactly this type, answered without a result object and
     * without any call (so without a recursion check of its own): 1 or 0, or
     * {@link #NO_QUICK_ANSWER} (the default) to go through {@link #richCompare}. Int and str
     * answer it, as {@code long_richcompare} and {@code PyUnicode_RichCompare} would.
     */
    public int compareSameType(long a, long b, CompareOp op) {
        return NO_QUICK_ANSWER;
    }

    /**
     * {@code tp_richcompare}: {@code a op b} for {@code a} of this type, {@code b} of any type; a
     * new reference to the result, or to {@link ObjectSpace#notImplemented} when this type cannot
     * answer ({@link Abstract#richCompare} then tries {@code b}'s reflected operation). The default
     * is {@code object_richcompare}: {@code ==} is identity, {@code !=} its negation, the orderings
     * are not implemented.
     */
    public long richCompare(long a, long b, CompareOp op) {
        return switch (op) {
            case EQ -> a == b ? space.newTrue() : space.newNotImplemented();
            case NE -> notEqualByEquality(a, b);
            default -> space.newNotImplemented();
        };
    }

    /**
     * {@code object_richcompare}'s {@code Py_NE}: the receiver's own type answers {@code ==} (its
     * {@code tp_richcompare}, whatever class or built-in type it is) and the answer is inverted,
     * unless it is NotImplemented. So {@code object.__ne__(1, 2)} is True and a class that sets
     * {@code __ne__ = object.__ne__} gets the negation of its {@code __eq__}.
     */
    private long notEqualByEquality(long a, long b) {
        long eq = space.typeOf(a).richCompare(a, b, CompareOp.EQ);
        if (eq == space.notImplemented) {
            return eq;
        }
        try {
            return space.newBool(!Abstract.isTrue(space, eq));
        } finally {
            space.decref(eq);
        }
    }

    // ================================================================== attributes

    /**
     * {@code tp_getattro}: {@code o.name} ({@code name} a str, usually interned), a new reference;
     * AttributeError when there is none. The default is {@code PyObject_GenericGetAttr}
     * ({@link #lookupAttr} or {@link #attributeError}); a type whose lookup runs code that may raise
     * its own AttributeError (a class's {@code __getattribute__}) overrides both.
     */
    public long getAttr(long o, long name) {
        long v = lookupAttr(o, name);
        if (v == 0) {
            throw attributeError(o, name);
        }
        return v;
    }

    /**
     * {@code _PyObject_LookupAttr}: {@code o.name}, a new reference, or 0 when there is no such
     * attribute (no AttributeError is raised; any other error is). The default is
     * {@code _PyObject_GenericGetAttrWithDict}:
     * <ol>
     * <li>{@code descr = _PyType_Lookup(type, name)}; a data descriptor ({@code tp_descr_set} set)
     *     answers at once through its {@code tp_descr_get};
     * <li>the instance's own attribute ({@link #instanceAttr});
     * <li>a non-data descriptor's {@code tp_descr_get}, or the class attribute itself.
     * </ol>
     */
    public long lookupAttr(long o, long name) {
        return genericLookupAttr(o, name);
    }

    /**
     * Whether {@code tp_getattro} is {@code PyObject_GenericGetAttr}: then {@link Abstract#getMethod}
     * may take a method descriptor from the type without binding it. A type overriding
     * {@link #getAttr} or {@link #lookupAttr} with another lookup returns false.
     */
    public boolean genericGetAttr() {
        return true;
    }

    /**
     * Whether {@link #lookupAttr} is CPython's {@code PyObject_GenericGetAttr} over the data
     * descriptors the type declares ({@code __doc__}, {@code __name__}, ... answered by the lookup
     * itself here, not by descriptor objects in the namespace; a module's own dict first), so that
     * {@code object.__getattribute__} on an instance runs it. False where the type's
     * {@code tp_getattro} is a lookup of its own (type, super, weak proxies).
     */
    public boolean lookupIsGeneric() {
        return true;
    }

    /** What this type's {@code __getattribute__} slot wrapper runs on {@code o}: its {@code tp_getattro}. */
    public long getAttrOfWrapper(long o, long name) {
        return getAttr(o, name);
    }

    /** {@code PyObject_GenericGetAttr} without raising: the default {@link #lookupAttr}, for overrides to fall back on. */
    public final long genericLookupAttr(long o, long name) {
        PyType type = space.typeOf(o);
        long descr = type.lookup(name);
        PyType dt = null;
        if (descr != 0) {
            dt = space.typeOf(descr);
            if (dt.hasDescrGet() && dt.hasDescrSet()) {
                return callDescrGet(dt, descr, o);
            }
        }
        long v = type.instanceAttr(o, name);
        if (v != 0) {
            return space.newRef(v);
        }
        if (descr != 0) {
            return dt.hasDescrGet() ? callDescrGet(dt, descr, o) : space.newRef(descr);
        }
        return 0;
    }

    /** {@code tp_descr_get(descr, o, type(o))}, holding {@code descr} meanwhile (the call may change the class). */
    private long callDescrGet(PyType dt, long descr, long o) {
        space.incref(descr);
        try {
            return dt.descrGet(descr, o, space.memory.getLong(o + Layout.OB_TYPE));
        } finally {
            space.decref(descr);
        }
    }

    /** {@code getattr(o, name)} for a Java name: the name is interned first (as identifiers are). */
    public long lookupAttr(long o, String attribute) {
        long name = space.strType.literalName(attribute);
        try {
            return lookupAttr(o, name);
        } finally {
            space.decref(name);
        }
    }

    /** The AttributeError for a missing attribute: {@code 'list' object has no attribute 'foo'}. */
    public PyException attributeError(long o, String attribute) {
        return new PyException("AttributeError", "'" + name + "' object has no attribute '" + attribute + "'");
    }

    /** {@link #attributeError(long, String)} for a heap str name. */
    public final PyException attributeError(long o, long attribute) {
        return attributeError(o, space.strType.value(attribute));
    }

    /**
     * {@code tp_setattro}: {@code o.name = value}, or {@code del o.name} when {@code value} is 0.
     * The default is {@code PyObject_GenericSetAttr}: a data descriptor of the type sets it; else
     * the instance's own attributes ({@link #setInstanceAttr}); else, without them, AttributeError
     * ({@code 'int' object has no attribute 'x'}, or {@code ... attribute 'append' is read-only}
     * when the type has that name).
     */
    public void setAttr(long o, long name, long value) {
        genericSetAttr(o, name, value);
    }

    /** {@code PyObject_GenericSetAttr} on {@code o}'s type: the default {@link #setAttr}, and {@code object.__setattr__}. */
    public final void genericSetAttr(long o, long name, long value) {
        PyType type = space.typeOf(o);
        long descr = type.lookup(name);
        if (descr != 0) {
            PyType dt = space.typeOf(descr);
            if (dt.hasDescrSet()) {
                space.incref(descr);
                try {
                    dt.descrSet(descr, o, value);
                } finally {
                    space.decref(descr);
                }
                return;
            }
        }
        if (type.setInstanceAttr(o, name, value)) {
            return;
        }
        String attribute = space.strType.value(name);
        if (descr != 0 || type.method(attribute) != null) {
            throw new PyException("AttributeError", "'" + type.name + "' object attribute '" + attribute + "' is read-only");
        }
        throw type.attributeError(o, attribute);
    }

    /** {@code setattr(o, name, value)} for a Java name (interned first); {@code value} 0 deletes. */
    public void setAttr(long o, String attribute, long value) {
        boolean made = !space.interned.containsKey(attribute);
        long name = space.strType.literalName(attribute);
        try {
            setAttr(o, name, value);
            if (made && space.refcount(name) > 1) {
                space.attributeNamesMade.add(name); // the str now lives on in what stored it (shared keys)
            }
        } finally {
            space.decref(name);
        }
    }

    /**
     * The instance's own attribute {@code name} (its {@code __dict__}, or 3.11's values), borrowed,
     * or 0. The default: instances have no attributes of their own ({@code tp_dictoffset} 0).
     */
    protected long instanceAttr(long o, long name) {
        return 0;
    }

    /**
     * Stores (or, {@code value} 0, deletes) the instance's own attribute {@code name}: false when
     * instances have none, so the caller raises; a missing attribute to delete is the type's
     * AttributeError. The default: none.
     */
    protected boolean setInstanceAttr(long o, long name, long value) {
        return false;
    }

    /**
     * Sets ({@code value} not 0) or deletes {@code name} in the object's own {@code __dict__}, the
     * field at {@code dictOffset}, making the dict on the first store: the dict branch of
     * {@code _PyObject_GenericSetAttrWithDict}. Deleting a name that is not there is an AttributeError.
     */
    protected final void setInOwnDict(long o, int dictOffset, long name, long value) {
        long dict = memory.getLong(o + dictOffset);
        if (dict == 0) {
            if (value == 0) {
                throw attributeError(o, name);
            }
            dict = space.dictType.create();
            memory.putLong(o + dictOffset, dict);
        }
        if (value != 0) {
            space.dictType.setItem(dict, name, value);
        } else if (!space.dictType.delItem(dict, name)) {
            throw attributeError(o, name);
        }
    }

    /**
     * {@code PyObject_GenericGetDict} for a type whose instances keep their {@code __dict__} at
     * {@code dictOffset}: the dict, made empty on first use. Borrowed.
     */
    protected final long ownDict(long o, int dictOffset) {
        long dict = memory.getLong(o + dictOffset);
        if (dict == 0) {
            dict = space.dictType.create();
            memory.putLong(o + dictOffset, dict);
        }
        return dict;
    }

    /** {@code PyObject_GenericSetDict}: {@code o.__dict__ = value} for the dict kept at {@code dictOffset} ({@code value} 0: del). */
    protected final void setOwnDict(long o, int dictOffset, long value) {
        if (value == 0) {
            throw new PyException("TypeError", "cannot delete __dict__");
        }
        if (!space.dictType.check(value)) {
            throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '" + space.typeOf(value).name + "'");
        }
        long old = memory.getLong(o + dictOffset);
        memory.putLong(o + dictOffset, space.newRef(value));
        space.xdecref(old);
    }

    // ================================================================== the type's namespace

    /** {@code tp_dict}: the type's namespace, a dict (borrowed, owned by the type object), or 0 before {@link #ready}. */
    public long dict() {
        return typeDict;
    }

    /** tp_dict, set by {@link #ready} (built-in types) or by the class's creation. */
    long typeDict;
    /** {@code tp_bases} as Java types; by default the base alone (or none for object). */
    PyType[] bases;

    /** {@code tp_mro} as Java types, this type first, {@code object} last. */
    public PyType[] mro() {
        PyType[] m = mro;
        if (m == null) {
            int n = 0;
            for (PyType t = this; t != null; t = t.base) {
                n++;
            }
            boolean addObject = !space.objectType.is(this);
            m = new PyType[n + (addObject ? 1 : 0)];
            n = 0;
            for (PyType t = this; t != null; t = t.base) {
                m[n++] = t;
            }
            if (addObject) {
                m[n] = space.objectType;
            }
            mro = m;
        }
        return m;
    }

    /** Cache of {@link #mro()}; a type that changes its bases resets it. */
    protected PyType[] mro;

    /**
     * Gives a built-in type whose bases are written in Python (a library's classes, made after the
     * type) those bases, in place of object: {@code tp_bases}, {@code tp_mro} (this type, then
     * {@code base}'s MRO) and the base's {@code __subclasses__}. The layout stays object's (the
     * bases add no fields of their own to this type's instances). Once, before any subclass.
     */
    protected final void setPythonBase(PyType base) {
        if (bases != null && (bases.length != 1 || !space.objectType.is(bases[0])) || this.base != null) {
            throw new IllegalStateException(name + " has bases of its own");
        }
        PyType[] baseMro = base.mro();
        PyType[] m = new PyType[baseMro.length + 1];
        m[0] = this;
        System.arraycopy(baseMro, 0, m, 1, baseMro.length);
        space.typeType.removeSubclass(space.objectType, this);
        bases = new PyType[] {base};
        mro = m;
        long[] mt = new long[m.length];
        for (int i = 0; i < m.length; i++) {
            mt[i] = m[i].typeObject();
        }
        long oldMro = memory.getLong(typeObject + Layout.TP_MRO);
        long oldBases = memory.getLong(typeObject + Layout.TP_BASES);
        memory.putLong(typeObject + Layout.TP_MRO, space.tupleType.create(mt));
        memory.putLong(typeObject + Layout.TP_BASES, space.tupleType.create(base.typeObject()));
        space.xdecref(oldMro);
        space.xdecref(oldBases);
        space.typeType.addAllSubclasses(this, bases);
        modified();
        space.classVersion++;
    }

    /**
     * Undoes {@link #setPythonBase} when the interpreter that gave the base is torn down (as
     * {@code _PyStaticType_Dealloc} gives a static type's {@code tp_bases} and {@code tp_mro} back):
     * the type is object's direct subclass again, so it no longer keeps the library's classes, and
     * through their functions' globals the library's modules, alive past the interpreter's end.
     * What it made stays out of the collector's lists, as a built-in type's start-up left it
     * ({@code ObjectSpace.untrackStatic}). Nothing happens when the type was given no Python base.
     */
    protected final void clearPythonBase() {
        if (base != null || bases == null || bases.length != 1 || space.objectType.is(bases[0])) {
            return;
        }
        space.typeType.removeAllSubclasses(this, bases);
        bases = new PyType[] {space.objectType};
        mro = new PyType[] {this, space.objectType};
        long oldMro = memory.getLong(typeObject + Layout.TP_MRO);
        long oldBases = memory.getLong(typeObject + Layout.TP_BASES);
        memory.putLong(typeObject + Layout.TP_MRO, space.tupleType.create(typeObject, space.objectType.typeObject()));
        memory.putLong(typeObject + Layout.TP_BASES, space.tupleType.create(space.objectType.typeObject()));
        space.xdecref(oldMro);
        space.xdecref(oldBases);
        space.typeType.addAllSubclasses(this, bases);
        space.untrackStatic(this);
        modified();
        space.classVersion++;
    }

    /** {@code tp_bases} as Java types. */
    public PyType[] bases() {
        PyType[] b = bases;
        if (b == null) {
            b = space.objectType.is(this) ? new PyType[0] : new PyType[] {base == null ? space.objectType : base};
            bases = b;
        }
        return b;
    }

    /** {@code tp_base}: the solid base, {@code object} for a type without another ({@code null} only for object itself). */
    public PyType solidBase() {
        return base != null ? base : space.objectType.is(this) ? null : space.objectType;
    }

    /** What {@code type.mro()} returns for this type ({@code mro_implementation}): a built-in type's fixed MRO. */
    PyType[] mroImplementation() {
        return mro();
    }

    /**
     * {@code _PyType_Lookup}: {@code name} in the namespaces along the MRO, borrowed, or 0. Does
     * not call {@code __getattr__} or descriptors. Answered from the type attribute cache
     * ({@link TypeCache}) when its entry for this type's version tag and the name is there; else
     * the walk ({@code find_name_in_mro}), whose answer the entry then keeps when the name is
     * exactly a str of at most 100 code points ({@code MCACHE_CACHEABLE_NAME}) and this type can
     * have a version tag ({@code assign_version_tag}).
     */
    public long lookup(long name) {
        TypeCache cache = space.typeCache;
        long tag = versionTag;
        if (tag != 0) {
            int i = TypeCache.index(tag, name);
            if (cache.hit(i, tag, name)) {
                return cache.value(i);
            }
        }
        long v = findNameInMro(name);
        StrType str = space.strType;
        if (str.isExact(name) && str.length(name) <= TypeCache.MAX_ATTR_SIZE && (tag = assignVersionTag()) != 0) {
            cache.put(TypeCache.index(tag, name), tag, name, v);
        }
        return v;
    }

    /** {@code find_name_in_mro}: the walk {@link #lookup(long)} does when the cache does not answer. */
    private long findNameInMro(long name) {
        for (PyType t : mro()) {
            long d = t.typeDict;
            if (d != 0) {
                long v = space.dictType.get(d, name);
                if (v != 0) {
                    if (v == space.none && t.docPending) {
                        return t.pendingDoc(v, name);
                    }
                    return v;
                }
            }
        }
        return 0;
    }

    /** Whether this built-in type's MRO defines {@code __iter__}: 0 not asked yet, 1 yes, 2 no. */
    private byte builtinIter;

    /**
     * Whether this built-in type has a {@code tp_iter} of its own or inherited, for a class over it
     * ({@code inherit_slots}). Asked once: a built-in type's namespace never changes.
     */
    final boolean builtinDefinesIter() {
        if (builtinIter == 0) {
            builtinIter = lookup("__iter__") != 0 ? (byte) 1 : (byte) 2;
        }
        return builtinIter == 1;
    }

    /**
     * Whether this built-in type's namespace holds None under {@code __doc__} in place of its
     * recorded {@code tp_doc} text ({@link DocTexts}), which is put there the first time the
     * namespace's {@code __doc__} or the namespace itself is read ({@link #resolveDoc}).
     */
    private boolean docPending;

    /** Puts this built-in type's recorded {@code tp_doc} in its namespace if it is not there yet. */
    final void resolveDoc() {
        if (!docPending) {
            return;
        }
        docPending = false;
        DocTexts.Doc doc = DocTexts.find(name);
        if (doc != null && typeDict != 0) {
            putInDict("__doc__", space.strType.runtime(doc.doc()));
        }
    }

    /** {@code v}, found under {@code attribute} in this type's namespace, or the doc it stands for. */
    private long pendingDoc(long v, String attribute) {
        if (!attribute.equals("__doc__")) {
            return v;
        }
        resolveDoc();
        return space.dictType.getItemString(typeDict, attribute);
    }

    private long pendingDoc(long v, long attribute) {
        if (!space.strType.contentEquals(attribute, "__doc__")) {
            return v;
        }
        resolveDoc();
        return space.dictType.get(typeDict, attribute);
    }

    /** {@link #lookup} by a Java name. */
    public final long lookup(String attribute) {
        for (PyType t : mro()) {
            long d = t.typeDict;
            if (d != 0) {
                long v = space.dictType.getItemString(d, attribute);
                if (v != 0) {
                    if (v == space.none && t.docPending) {
                        return t.pendingDoc(v, attribute);
                    }
                    return v;
                }
            }
        }
        return 0;
    }

    /**
     * {@code PyType_Ready} for a built-in type: makes its namespace in CPython's order
     * ({@code __new__} when the type has a {@code tp_new} of its own, the slot wrappers of
     * {@link #slots} in {@code slotdefs} order ({@code add_operators}), the method table, what
     * {@link #fillDict} adds (members, getset descriptors), {@code __doc__}) and its
     * {@code __bases__} and {@code __mro__} tuples, stored in the type object where CPython's
     * {@code PyTypeObject} keeps them, and registers it in its bases' {@code tp_subclasses}.
     */
    final void ready() {
        if (typeDict != 0 || hasFlag(HEAPTYPE)) {
            return;
        }
        DictType dicts = space.dictType;
        long d = dicts.create();
        typeDict = d;
        memory.putLong(typeObject + Layout.TP_DICT, d);
        SlotWrappers.addOperators(this, slots(), hashIsNone());
        for (String key : methodTable) {
            if (dicts.getItemString(d, key) == 0) {
                PyMethod m = methods.get(key);
                putInDict(key, m != null ? space.methodDescrType.create(this, key, m)
                        : space.classMethodDescrType.create(this, key, classMethods.get(key)));
            }
        }
        fillDict();
        if (ownNew() && dicts.getItemString(d, "__new__") == 0) {
            putNewWrapper(); // add_tp_new_wrapper
        }
        if (dicts.getItemString(d, "__doc__") == 0) {
            putInDict("__doc__", space.newNone());
            docPending = true;
        }
        newFirst();
        PyType[] b = bases();
        long[] bt = new long[b.length];
        for (int i = 0; i < b.length; i++) {
            bt[i] = b[i].typeObject();
        }
        memory.putLong(typeObject + Layout.TP_BASES, space.tupleType.create(bt));
        PyType[] m = mro();
        long[] mt = new long[m.length];
        for (int i = 0; i < m.length; i++) {
            mt[i] = m[i].typeObject();
        }
        memory.putLong(typeObject + Layout.TP_MRO, space.tupleType.create(mt));
        space.typeType.addAllSubclasses(this, b); // type_ready_add_subclasses
    }

    /**
     * {@code type_ready_set_new} runs before {@code type_ready_fill_dict}: {@code __new__} is the
     * first name of a namespace that has it. Ours is added with the type's other attributes, so the
     * namespace is remade with it first.
     */
    private void newFirst() {
        DictType dicts = space.dictType;
        long old = typeDict;
        long n = dicts.getItemString(old, "__new__");
        if (n == 0) {
            return;
        }
        long[] first = new long[1];
        dicts.forEach(old, (k, v) -> {
            if (first[0] == 0) {
                first[0] = k;
            }
        });
        if (space.strType.contentEquals(first[0], "__new__")) {
            return;
        }
        long d = dicts.create();
        dicts.setItemString(d, "__new__", n);
        dicts.forEach(old, (k, v) -> {
            if (!space.strType.contentEquals(k, "__new__")) {
                dicts.setItem(d, k, v);
            }
        });
        typeDict = d;
        memory.putLong(typeObject + Layout.TP_DICT, d);
        space.decref(old);
    }

    /** {@code Py_TPFLAGS_IS_ABSTRACT} set or cleared by assigning {@code __abstractmethods__}; only a class records it. */
    void setAbstract(boolean abstractClass) {
    }

    /** {@code add_tp_new_wrapper}: {@code T.__new__}, a built-in function bound to the type object. */
    protected final void putNewWrapper() {
        putInDict("__new__", space.builtinFunctionType.create(new BuiltinFunctionType.Def("__new__",
                (self, args, nargs, kwnames) -> newWrapper(args, (int) nargs, kwnames), null), typeObject(), 0));
    }

    /**
     * {@code tp_new_wrapper}: {@code T.__new__(cls, *args, **kwargs)} is {@code T}'s {@code tp_new}
     * for {@code cls}, which must be a subtype of {@code T} whose nearest built-in base is {@code T}
     * (CPython's check against {@code object.__new__(dict)} and the like).
     */
    private long newWrapper(long args, int nargs, long kwnames) {
        if (nargs < 1) {
            throw new PyException("TypeError", name + ".__new__(): not enough arguments");
        }
        long cls = memory.getLong(args);
        if (!space.typeType.check(cls)) {
            throw new PyException("TypeError", name + ".__new__(X): X is not a type object (" + space.typeOf(cls).name + ")");
        }
        PyType subtype = space.typeType.described(cls);
        if (!subtype.isSubtypeOf(this)) {
            throw new PyException("TypeError", name + ".__new__(" + subtype.name + "): " + subtype.name
                    + " is not a subtype of " + name);
        }
        // the nearest base whose tp_new is not slot_tp_new, and the built-in tp_new it has
        PyType staticBase = subtype;
        while (definesNewInPython(staticBase)) {
            staticBase = staticBase.solidBase();
        }
        PyType builtinNew = staticBase;
        while (builtinNew.hasFlag(HEAPTYPE)) {
            builtinNew = builtinNew.solidBase();
        }
        if (builtinNew != this && builtinNew.newFunction() != newFunction()) {
            throw new PyException("TypeError", name + ".__new__(" + subtype.name + ") is not safe, use " + staticBase.name
                    + ".__new__()");
        }
        CallArguments a = new CallArguments(space, name + ".__new__", args + 8, nargs - 1, kwnames);
        long tuple = a.tuple();
        long kwargs = a.kwargsDict();
        try {
            // the same tp_new function, as the nearest built-in type lays the instance out
            long o = builtinNew.tpNew(subtype, tuple, kwargs);
            if (subtype != builtinNew && space.typeOf(o) == builtinNew) {
                o = subtype.adopt(o); // a built-in tp_new made its own type's instance: it becomes the class's
            }
            return o;
        } finally {
            space.decref(tuple);
            space.xdecref(kwargs);
        }
    }

    /**
     * Which {@code tp_new} function the type has, for {@code tp_new_wrapper}'s safety check: two
     * built-in types answering the same make instances the same way. By default each type's is its
     * own; a type that inherits its base's (an exception without a {@code __new__}) answers as it.
     */
    protected Object newFunction() {
        return this;
    }

    /** Whether {@code t}'s {@code tp_new} is {@code slot_tp_new}: a class before its first built-in base defines {@code __new__}. */
    private boolean definesNewInPython(PyType t) {
        for (PyType m : t.mro()) {
            if (!m.hasFlag(HEAPTYPE)) {
                return false;
            }
            if (m.typeDict != 0 && space.dictType.getItemString(m.typeDict, "__new__") != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a class method ({@code METH_CLASS}: {@code dict.fromkeys}, {@code int.from_bytes}): a
     * {@code classmethod_descriptor} whose body's first argument is the class it is bound to.
     */
    protected final void putClassMethod(String methodName, BuiltinFunctionType.Body body) {
        putInDict(methodName, space.classMethodDescrType.create(this, methodName, body));
    }

    /** {@code __class_getitem__} of a built-in generic type: {@code T[X]} is {@code types.GenericAlias(T, X)}. */
    protected final void putClassGetItem() {
        GenericAliases.putClassGetItem(this);
    }

    /** Adds a static method ({@code METH_STATIC}: {@code str.maketrans}): a {@code staticmethod} over a built-in function, untracked as the namespace is. */
    protected final void putStaticMethod(String methodName, BuiltinFunctionType.Body body) {
        putWrappedFunction(methodName, body);
    }

    private void putWrappedFunction(String methodName, BuiltinFunctionType.Body body) {
        var def = new BuiltinFunctionType.Def(methodName, body, null);
        space.builtinFunctionType.markStatic(def);
        long f = space.builtinFunctionType.create(def, typeObject(), 0);
        space.untrack(f);
        try {
            putInDict(methodName, space.staticMethodType.create(f));
        } finally {
            space.decref(f);
        }
    }

    /**
     * Adds {@code tp_members} entries ({@code member_descriptor}) for attributes this type's
     * {@link #lookupAttr} answers itself, read through it; a store goes where it went before the
     * type had the descriptor ({@link #setInstanceAttr}), else is {@code readonly attribute}.
     */
    protected final void putMembers(String... names) {
        for (String n : names) {
            putInDict(n, space.memberDescrType.createAccessor(this, n, o -> ownAttribute(o, n),
                    (o, v) -> storeOwnAttribute(o, n, v, "readonly attribute")));
        }
    }

    /** Adds {@code tp_getset} entries ({@code getset_descriptor}) as {@link #putMembers} adds members. */
    protected final void putGetSets(String... names) {
        for (String n : names) {
            putInDict(n, space.getSetDescrType.create(this, n, o -> ownAttribute(o, n),
                    (o, v) -> storeOwnAttribute(o, n, v, "attribute '" + n + "' of '" + name + "' objects is not writable")));
        }
    }

    private long ownAttribute(long o, String attribute) {
        long v = lookupAttr(o, attribute);
        if (v == 0) {
            throw attributeError(o, attribute);
        }
        return v;
    }

    private void storeOwnAttribute(long o, String attribute, long value, String readonly) {
        long n = space.strType.literalName(attribute);
        try {
            if (!space.typeOf(o).setInstanceAttr(o, n, value)) {
                throw new PyException("AttributeError", readonly);
            }
        } finally {
            space.decref(n);
        }
    }

    /** Stores {@code value} under {@code key} in this type's namespace, taking over the reference to {@code value}. */
    protected final void putInDict(String key, long value) {
        long k = space.strType.literalName(key);
        modified();
        try {
            space.dictType.setItem(typeDict, k, value);
        } finally {
            space.decref(k);
            space.decref(value);
        }
    }

    /**
     * The slots this built-in type fills itself, not inheriting them from its base (the slots set
     * in a static {@code PyTypeObject}): {@code add_operators} gives each its special methods. By
     * default, those whose Java method this type's class defines where its base's class does not
     * ({@link SlotWrappers#inferred}), the iterator's two, the descriptor's, the asynchronous
     * protocol's that its method table defines, and
     * {@code tp_getattro} for a type whose base is {@code object} (CPython's types set it to
     * {@code PyObject_GenericGetAttr} themselves). A type adds what one Java method cannot tell
     * (its number slots) or removes what it does not set.
     */
    protected java.util.Set<SlotWrappers.Slot> slots() {
        java.util.EnumSet<SlotWrappers.Slot> s = SlotWrappers.inferred(this);
        if (isIterator()) {
            s.add(SlotWrappers.Slot.TP_ITER);
            s.add(SlotWrappers.Slot.TP_ITERNEXT);
        }
        if (hasDescrGet()) {
            s.add(SlotWrappers.Slot.TP_DESCR_GET);
        }
        if (hasDescrSet()) {
            s.add(SlotWrappers.Slot.TP_DESCR_SET);
        }
        if (space.objectType.is(solidBase())) {
            s.add(SlotWrappers.Slot.TP_GETATTRO);
        }
        // a built-in type's am_* slots are the methods of its table named as them
        if (methods.containsKey("__await__")) {
            s.add(SlotWrappers.Slot.AM_AWAIT);
        }
        if (methods.containsKey("__aiter__")) {
            s.add(SlotWrappers.Slot.AM_AITER);
        }
        if (methods.containsKey("__anext__")) {
            s.add(SlotWrappers.Slot.AM_ANEXT);
        }
        return s;
    }

    /**
     * {@code Py_TPFLAGS_DISALLOW_INSTANTIATION}, as {@code type_ready_set_new} gives it: a built-in
     * type right under object without a {@code tp_new} (generators, frames, built-in functions),
     * whose {@code tp_new} stays NULL instead of inheriting object's.
     */
    public final boolean disallowsInstantiation() {
        return !hasFlag(HEAPTYPE) && mro().length == 2 && typeDict != 0
                && space.dictType.getItemString(typeDict, "__new__") == 0;
    }

    /**
     * Whether the type has a {@code tp_new} of its own, for which {@code type_ready_set_new} adds
     * {@code __new__}: a subclassable built-in type, or one whose class defines {@link #tpNew} where
     * its base's does not.
     */
    protected boolean ownNew() {
        return hasFlag(BASETYPE) || SlotWrappers.definesOwn(this, "tpNew", PyType.class, long.class, long.class);
    }

    /**
     * The methods of the table that stand in their slot wrapper's place ({@code METH_COEXIST}:
     * {@code list.__getitem__}, {@code dict.__contains__}); any other method named as a slot the
     * type fills gives way to the wrapper.
     */
    protected java.util.Set<String> coexisting() {
        return java.util.Set.of();
    }

    /** {@code base}'s slots with {@code add} and without {@code remove}: a {@link #slots} override's result. */
    protected static java.util.Set<SlotWrappers.Slot> adjusted(java.util.Set<SlotWrappers.Slot> base,
            java.util.Collection<SlotWrappers.Slot> add, SlotWrappers.Slot... remove) {
        java.util.EnumSet<SlotWrappers.Slot> s = java.util.EnumSet.noneOf(SlotWrappers.Slot.class);
        s.addAll(base);
        s.addAll(add);
        s.removeAll(java.util.List.of(remove));
        return s;
    }

    /** Whether {@code __hash__} is None: {@link #hash} raises {@link #unhashable()}'s error. */
    protected boolean hashIsNone() {
        return false;
    }

    /** Adds the type's other attributes to its namespace while it is made ({@code __new__}, getset descriptors, ...). */
    protected void fillDict() {
    }

    // ================================================================== inline caches (specialize.c)

    /**
     * The analysis of attribute {@code name} (a str) on this type's instances for the evaluator's
     * inline caches, valid while the type's {@link #versionTag} is; null (the default,
     * CPython's {@code SPEC_FAIL}) when the access is not specializable.
     */
    public AttributeSite attributeSite(long name) {
        return null;
    }

    /**
     * The analysis for {@code LOAD_ATTR_SLOT} / {@code STORE_ATTR_SLOT} (specialize.c's
     * {@code OBJECT_SLOT}): the offset in the instances of the {@code __slots__} member that
     * {@code o.name} (a str) reads, or {@code o.name = v} ({@code store}) writes, while the type's
     * {@link #versionTag} is valid; -1 (the default) when the access is not such a member's.
     */
    public long slotOffset(long name, boolean store) {
        return -1;
    }

    /**
     * {@code tp_version_tag}: a number no other type has had in this heap, valid while neither this
     * type's namespace nor a base's changed; 0 when not valid. Inline caches key their analysis
     * ({@link #attributeSite}) on the type object and this tag, so a cache survives changes of
     * unrelated classes. Read on every cached access: a plain field read.
     */
    public final long versionTag() {
        return versionTag;
    }

    /** {@link #versionTag}'s value; written only by {@link #assignVersionTag} and {@link #modified}. */
    long versionTag;

    /**
     * {@code assign_version_tag}: a valid {@link #versionTag}, given now if the type has none (its
     * bases' first, so a type whose tag is valid has bases whose tags are), or 0 when the type
     * cannot have one: not ready yet (no namespace).
     */
    public long assignVersionTag() {
        if (versionTag == 0 && typeDict != 0) {
            for (PyType t : mro()) {
                if (t != this && t.assignVersionTag() == 0) {
                    return 0;
                }
            }
            versionTag = space.nextTypeVersion();
        }
        return versionTag;
    }

    /**
     * {@code PyType_Modified}: this type's namespace or MRO changed; its tag and every subclass's
     * stop being valid, following {@code tp_subclasses} down. A type whose tag is not valid has
     * subclasses whose tags are not either ({@link #assignVersionTag}), so a second change before
     * any new tag costs nothing. What the inline caches and the type attribute cache ({@link TypeCache})
     * keyed on the old tags never matches again.
     */
    public final void modified() {
        if (versionTag == 0) {
            return;
        }
        for (PyType sub : space.typeType.subclasses(this)) {
            sub.modified();
        }
        versionTag = 0;
    }

    /** This type when its instances keep their attributes in inline values (a class with a managed dict), else null. */
    ClassType valuesClass() {
        return null;
    }

    /**
     * {@code LOAD_ATTR_INSTANCE_VALUE}'s read: the value in slot {@code index} of {@code o}'s inline
     * values (borrowed), or 0 (a deoptimization: no values array, or the slot is empty).
     */
    public long instanceValue(long o, int index) {
        return 0;
    }

    /**
     * {@code STORE_ATTR_INSTANCE_VALUE}'s write: {@code v} (a reference the call takes) into slot
     * {@code index} of {@code o}'s inline values, the old value released; false, taking nothing,
     * when {@code o} has no values array.
     */
    public boolean storeInstanceValue(long o, int index, long v) {
        return false;
    }

    /**
     * {@code LOAD_METHOD_WITH_VALUES}'s guard: {@code o} keeps its attributes in inline values and
     * its class's shared keys still hold {@code keysCount} names (so a name absent then still is).
     */
    public boolean valuesUnchanged(long o, long keysCount) {
        return false;
    }

    // ================================================================== descriptors

    /** Whether the type has a {@code tp_descr_get}: its instances found on a type bind to the instance. */
    public boolean hasDescrGet() {
        return false;
    }

    /** Whether the type has a {@code tp_descr_set}: its instances are data descriptors. */
    public boolean hasDescrSet() {
        return false;
    }

    /**
     * {@code tp_descr_get(descr, obj, type)}: {@code descr} found on {@code type} (a type object),
     * looked up through {@code obj} (0 when through the type itself). A new reference. Called only
     * when {@link #hasDescrGet}; the default returns the descriptor.
     */
    public long descrGet(long descr, long obj, long type) {
        return space.newRef(descr);
    }

    /** {@code tp_descr_set(descr, obj, value)}, {@code value} 0 deletes. Called only when {@link #hasDescrSet}. */
    public void descrSet(long descr, long obj, long value) {
        throw new PyException("AttributeError", "'" + name + "' object is not a data descriptor");
    }

    // ================================================================== calls

    /**
     * The vectorcall convention, CPython 3.11's calling convention for callables implemented in
     * Java: {@code callable(*args[:n], **dict(zip(kwnames, args[n:])))} where {@code args} is the
     * address of an array of object pointers in heap memory (borrowed: usually the caller's value
     * stack), {@code n = nargsf & ~}{@link Abstract#ARGUMENTS_OFFSET}, {@code kwnames} 0 or a tuple
     * of str names whose values follow the positionals. A new reference. When {@code nargsf} has
     * {@code PY_VECTORCALL_ARGUMENTS_OFFSET}, {@code args[-1]} may be overwritten temporarily (to
     * prepend a bound method's self without copying).
     * The default is {@code _PyObject_MakeTpCall}: the arguments become a tuple and a dict for
     * {@link #callTuple}.
     */
    public long call(long callable, long args, long nargsf, long kwnames) {
        if (!isCallable()) {
            throw notCallable();
        }
        return Abstract.makeTpCall(space, callable, args, nargsf, kwnames);
    }

    /**
     * Whether the type object has its own {@code tp_vectorcall} ({@code range_vectorcall},
     * {@code list_vectorcall}, ...): {@code T(*args)} then never builds an argument tuple. CPython's
     * NULL default: {@code type_call} runs {@link #tpNew} and {@link #tpInit} with a tuple. Classes
     * never have one (CPython does not inherit it to heap types).
     */
    public boolean hasVectorNew() {
        return false;
    }

    /**
     * The type object's {@code tp_vectorcall}: {@code T(*args[:nargs], **dict(zip(kwnames, ...)))}
     * with the arguments in heap memory (borrowed, as {@link #call}'s). A new reference. Called only
     * when {@link #hasVectorNew}.
     */
    public long vectorNew(long args, int nargs, long kwnames) {
        throw new IllegalStateException(name + " has no tp_vectorcall");
    }

    /** {@code tp_call}: {@code callable(*args, **kwargs)} with an args tuple and a kwargs dict (0 when none). A new reference. */
    public long callTuple(long callable, long args, long kwargs) {
        throw notCallable();
    }

    /** Whether instances are callable ({@code tp_call != NULL}; {@code callable()}). */
    public boolean isCallable() {
        return false;
    }

    /** {@code TypeError: 'int' object is not callable}. */
    protected final PyException notCallable() {
        return new PyException("TypeError", "'" + name + "' object is not callable");
    }

    /**
     * {@code tp_new} and {@code tp_init} as the type's call runs them ({@code type_call}): a new
     * instance of this type. Classes made at run time implement it; the built-in types' constructors
     * come with the interpreter's builtins.
     */
    public long newInstance(long[] args) {
        throw new PyException("TypeError", "cannot create '" + name + "' instances");
    }

    /**
     * {@code tp_new(subtype, args, kwargs)}: a new instance of {@code subtype} (this type, or a class
     * whose solid base this is), before {@code tp_init}. {@code args} is a tuple, {@code kwargs} a
     * dict or 0. The default takes the positionals to {@link #newInstance} and no keywords.
     */
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", name + "() takes no keyword arguments");
        }
        int n = (int) space.tupleType.size(args);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = space.tupleType.item(args, i);
        }
        return newInstance(a);
    }

    /** {@code tp_init(self, args, kwargs)}: initialises what {@link #tpNew} made. The default does nothing. */
    public void tpInit(long self, long args, long kwargs) {
    }

    /**
     * The special method {@code name} as a class defines it (borrowed; None when set to None), or 0
     * for a built-in type and for a class that inherits the slot from its built-in base.
     */
    public long specialMethod(String special) {
        return 0;
    }

    /**
     * Makes {@code o}, just made by a built-in base's {@code tp_new}, an instance of this class
     * ({@code ob_type} set and counted, in the class's layout): the instance, which may have moved;
     * {@code o} itself for a built-in type.
     */
    public long adopt(long o) {
        return o;
    }

    /**
     * {@code C()} without arguments when the class's {@code tp_new} and {@code tp_init} are
     * object's: the new instance at once (a new reference), or 0 when the general
     * {@code type_call} must run. 0 for every built-in type.
     */
    public long instantiateWithoutArguments() {
        return 0;
    }

    /**
     * The shape of {@code type_call} the evaluator runs on its own loop: for a class whose
     * {@code tp_new} is object's and whose {@code tp_init} is {@code slot_tp_init} finding a
     * Python function, that {@code __init__} (borrowed from the class's namespace); 0 for every
     * other type (CPython has no such slot: it is what {@code type_call} would find).
     */
    public long pythonInit() {
        return 0;
    }

    /**
     * {@code object_new} for a type whose {@link #pythonInit} is not 0: a new instance (a new
     * reference). Only such a type answers.
     */
    public long newForPythonInit() {
        throw new UnsupportedOperationException(name + " has no Python __init__ of its own");
    }

    /** {@code tp_iter}: a new iterator over {@code o}. */
    public long iter(long o) {
        if (isIterator()) { // PyObject_SelfIter, the tp_iter of every built-in iterator type
            return space.newRef(o);
        }
        throw new PyException("TypeError", "'" + name + "' object is not iterable");
    }

    /**
     * {@code PyObject_LengthHint} without the default: {@code len(o)} for a sized object, the items
     * left for an iterator that knows ({@code __length_hint__}), -1 otherwise. Types that keep the
     * answer in Java override it; the default asks the type's {@code __length_hint__} as CPython
     * does for every type (a TypeError from the call or NotImplemented: no hint).
     */
    public long lengthHint(long o) {
        long hint = Abstract.lookupSpecial(space, o, "__length_hint__");
        if (hint == 0) {
            return -1;
        }
        long r;
        try {
            r = Abstract.call(space, hint, new long[0]);
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "TypeError")) {
                throw e;
            }
            e.release();
            return -1;
        } finally {
            space.decref(hint);
        }
        try {
            if (r == space.notImplemented) {
                return -1;
            }
            if (!space.typeOf(r).hasFlag(LONG_SUBCLASS)) {
                throw new PyException("TypeError", "__length_hint__ must be an integer, not " + space.typeOf(r).name);
            }
            long n = Abstract.ssize(space, r);
            if (n < 0) {
                throw new PyException("ValueError", "__length_hint__() should return >= 0");
            }
            return n;
        } finally {
            space.decref(r);
        }
    }

    /** Whether instances are iterators ({@code PyIter_Check}: a {@code tp_iternext} of their own). */
    public boolean isIterator() {
        return false;
    }

    /**
     * {@code tp_iternext} as a caller that lets StopIteration through sees it ({@code next()}):
     * where the slot ends by raising StopIteration (a class's {@code __next__}, slot_tp_iternext)
     * that exception, with its value and args, propagates; elsewhere as {@link #iterNext}.
     */
    public long iterNextRaising(long it) {
        return iterNext(it);
    }

    /**
     * {@code tp_iternext}: the next item (a new reference), or 0 when the iterator is exhausted,
     * without an exception, as CPython returns NULL without setting StopIteration.
     */
    public long iterNext(long it) {
        throw new PyException("TypeError", "'" + name + "' object is not an iterator");
    }

    // ================================================================== async (tp_as_async)

    /**
     * {@code am_await}: the iterator {@code await o} drives (a new reference), or 0 when the type
     * has no {@code am_await}.
     */
    public long amAwait(long o) {
        long m = lookup("__await__");
        return m == 0 ? 0 : callMethodOf(o, m);
    }

    /** {@code am_aiter}: {@code o.__aiter__()} (a new reference), or 0 when the type has none. */
    public long amAiter(long o) {
        long m = lookup("__aiter__");
        return m == 0 ? 0 : callMethodOf(o, m);
    }

    /** {@code am_anext}: {@code o.__anext__()} (a new reference), or 0 when the type has none. */
    public long amAnext(long o) {
        long m = lookup("__anext__");
        return m == 0 ? 0 : callMethodOf(o, m);
    }

    /** Calls the attribute {@code m} of this type (borrowed, found by {@link #lookup}) bound to {@code o}. */
    private long callMethodOf(long o, long m) {
        PyType mt = space.typeOf(m);
        long bound = mt.hasDescrGet() ? mt.descrGet(m, o, typeObject()) : space.newRef(m);
        try {
            return Abstract.call(space, bound, new long[0]);
        } finally {
            space.decref(bound);
        }
    }

    // ================================================================== mapping and sequence

    /** {@code sq_length} / {@code mp_length} ({@code PyObject_Size} takes either). */
    public long length(long o) {
        throw new PyException("TypeError", "object of type '" + name + "' has no len()");
    }

    /** {@code mp_subscript}: {@code o[key]}, a new reference. */
    public long getItem(long o, long key) {
        throw new PyException("TypeError", "'" + name + "' object is not subscriptable");
    }

    /**
     * {@code sq_item}: {@code o[i]} for a Java index, a new reference. By default the index becomes
     * an int and goes to {@link #getItem} (what {@code o[i]} does for a mapping).
     */
    public long sequenceItem(long o, long i) {
        long key = space.newInt(i);
        try {
            return getItem(o, key);
        } finally {
            space.decref(key);
        }
    }

    /**
     * {@code mp_ass_subscript}: {@code o[key] = value}, or {@code del o[key]} when {@code value} is 0.
     * The default is {@code PyObject_SetItem} / {@code PyObject_DelItem} for a type with neither
     * {@code mp_ass_subscript} nor {@code sq_ass_item}: {@link #noItemAssignment}.
     */
    public void setItem(long o, long key, long value) {
        throw noItemAssignment(o, key, value);
    }

    /**
     * The error of {@code PyObject_SetItem} / {@code PyObject_DelItem} when {@code o}'s type has
     * neither {@code mp_ass_subscript} nor {@code sq_ass_item}. Which one depends on whether the
     * type has a {@code tp_as_sequence} struct at all ({@link #slotStructs}): with one, an index key
     * ({@code PyIndex_Check}) is converted first ({@code PyNumber_AsSsize_t(key, IndexError)}: its
     * {@code __index__} runs, an int too large is an IndexError) and {@code PySequence_SetItem} /
     * {@code PySequence_DelItem} refuse it, the latter as {@code 'X' object doesn't support item
     * deletion}; otherwise {@code 'X' object does not support item assignment} / {@code deletion}.
     */
    protected final PyException noItemAssignment(long o, long key, long value) {
        PyType type = space.typeOf(o);
        boolean sequence = false;
        if (type.hasSlotStruct(AS_SEQUENCE) && BytesMethods.indexCheck(space, key)) {
            BytesMethods.asIndex(space, key);
            sequence = true;
        }
        return new PyException("TypeError", "'" + type.name + "' object "
                + (value != 0 ? "does not support item assignment" : sequence ? "doesn't support item deletion"
                : "does not support item deletion"));
    }

    /**
     * The slot structs this type's {@code PyTypeObject} points to itself, as CPython's C source
     * declares the static type (the default: none, as {@code object}); {@link #slotStructs} adds
     * what it inherits.
     */
    protected int ownSlotStructs() {
        return 0;
    }

    /**
     * Which of {@code tp_as_number}, {@code tp_as_sequence}, {@code tp_as_mapping},
     * {@code tp_as_async} and {@code tp_as_buffer} CPython's type has ({@link #AS_NUMBER}, ...): a
     * heap type every one ({@code PyHeapTypeObject} embeds them); a static type those it declares
     * ({@link #ownSlotStructs}) and, where it declares none, its {@code tp_base}'s
     * ({@code inherit_as_structs}). The abstract operations take a different path for a type with
     * a struct whose slot is NULL than for one without the struct: {@code x *= y} tries {@code y}'s
     * {@code sq_repeat} only when {@code x}'s type has no {@code tp_as_sequence}
     * ({@link Abstract#inplaceOp}), and {@link #noItemAssignment}.
     */
    public final int slotStructs() {
        if (hasFlag(HEAPTYPE)) {
            return ALL_SLOT_STRUCTS;
        }
        int s = ownSlotStructs();
        // the C tp_base: a Python base given later (setPythonBase) is not the static type's
        if (base != null && !base.hasFlag(HEAPTYPE)) {
            s |= base.slotStructs();
        }
        return s;
    }

    /** Whether CPython's type has the slot struct {@code which} ({@link #slotStructs}). */
    public final boolean hasSlotStruct(int which) {
        return (slotStructs() & which) != 0;
    }

    /**
     * A sequence index as {@code o[i]} takes it: a negative one counts from the end; one outside
     * {@code 0..length-1} is CPython's {@code IndexError(message)}.
     */
    protected static long checkedIndex(long index, long length, String message) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw new PyException("IndexError", message);
        }
        return i;
    }

    /** {@code sq_ass_item}: {@code o[i] = value} ({@code value} 0: {@code del o[i]}); by default through {@link #setItem}. */
    public void setSequenceItem(long o, long i, long value) {
        long key = space.newInt(i);
        try {
            setItem(o, key, value);
        } finally {
            space.decref(key);
        }
    }

    /**
     * {@code sq_contains}: {@code v in o}. Without one CPython searches the iterator
     * ({@code _PySequence_IterSearch}), which the default does, or raises
     * {@code argument of type 'X' is not iterable}.
     */
    public boolean contains(long o, long v) {
        long it;
        try {
            it = iter(o);
        } catch (PyException notIterable) {
            if (!Abstract.matches(space, notIterable, "TypeError")) {
                throw notIterable;
            }
            notIterable.release();
            throw new PyException("TypeError", "argument of type '" + name + "' is not iterable");
        }
        try {
            for (long item = space.typeOf(it).iterNext(it); item != 0; item = space.typeOf(it).iterNext(it)) {
                boolean found;
                try {
                    found = Abstract.richCompareBool(space, item, v, CompareOp.EQ);
                } finally {
                    space.decref(item);
                }
                if (found) {
                    return true;
                }
            }
            return false;
        } finally {
            space.decref(it);
        }
    }

    /** {@code sq_concat}: {@code a + b} for a sequence {@code a}, a new reference; 0 when the type has none. */
    public long concat(long a, long b) {
        return 0;
    }

    /** {@code sq_inplace_concat}: {@code a += b}; 0 when the type has none ({@code sq_concat} is used then). */
    public long inplaceConcat(long a, long b) {
        return 0;
    }

    /** Whether the type has {@code sq_repeat}. */
    public boolean hasRepeat() {
        return false;
    }

    /** {@code sq_repeat}: {@code a * count}, a new reference. Called only when {@link #hasRepeat}. */
    public long repeat(long a, long count) {
        throw new PyException("TypeError", "'" + name + "' object can't be repeated");
    }

    /** {@code sq_inplace_repeat}: {@code a *= count}; by default {@link #repeat}. */
    public long inplaceRepeat(long a, long count) {
        return repeat(a, count);
    }

    // ================================================================== buffer

    /**
     * {@code bf_getbuffer}: the object's memory as a {@link Buffer}, which the caller gives back with
     * {@link #releaseBuffer} when done; null when the type exports no buffer (each caller raises its
     * own TypeError then, as each of CPython's does).
     */
    public Buffer getBuffer(long o) {
        return null;
    }

    /** {@code bf_releasebuffer}: one export of {@code o} obtained with {@link #getBuffer} ended. */
    public void releaseBuffer(long o) {
    }

    // ================================================================== number

    /** {@code nb_bool}, or the length where a type has one ({@code PyObject_IsTrue}'s order); true by default. */
    public boolean isTrue(long o) {
        return true;
    }

    /**
     * {@code nb_add} ... {@code nb_matrix_multiply}: {@code v op w} where either operand may be of
     * this type, in their order as in C (a type's slot checks which one is its own, so
     * {@code __radd__} is found by the same slot). A new reference; NotImplemented when this type
     * cannot answer, as CPython's NULL slot leads to ({@link Abstract#binaryOp}'s dispatch).
     */
    public long binaryOp(long v, long w, BinaryOp op) {
        return space.newNotImplemented();
    }

    /** {@code nb_inplace_add} ...: {@code v op= w}, {@code v} of this type; NotImplemented falls back to {@link #binaryOp}. */
    public long inplaceOp(long v, long w, BinaryOp op) {
        return space.newNotImplemented();
    }

    /** {@code nb_power} with a modulus {@code z} ({@code pow(v, w, z)}); None as modulus is {@code v ** w}. */
    public long power(long v, long w, long z) {
        return z == space.none ? binaryOp(v, w, BinaryOp.POWER) : space.newNotImplemented();
    }

    /** {@code nb_negative}, {@code nb_positive}, {@code nb_invert}, {@code nb_absolute}: a new reference, or 0 when the type has none. */
    public long unaryOp(long o, UnaryOp op) {
        return 0;
    }

    /**
     * Whether a built-in type other than int fills {@code nb_index} ({@code _PyIndex_Check} true
     * before its {@link #index} is called: a weakref proxy, whose referent may still refuse).
     */
    public boolean hasIndexSlot() {
        return false;
    }

    /** {@code nb_index}: {@code o.__index__()}, an int (new reference), or 0 when the type has none ({@code PyIndex_Check} false). */
    public long index(long o) {
        return 0;
    }

    /** {@code nb_int}: {@code int(o)} through {@code __int__}, or 0 when the type has none. */
    public long toInt(long o) {
        return 0;
    }

    /** {@code nb_float}: {@code float(o)} through {@code __float__}, or 0 when the type has none. */
    public long toFloat(long o) {
        return 0;
    }

    // ================================================================== methods

    /** Adds a method to the table ({@code tp_methods}); types call it from their constructor. */
    protected final void defineMethod(String methodName, PyMethod method) {
        if (classMethods.containsKey(methodName) || methods.putIfAbsent(methodName, method) != null) {
            throw new IllegalStateException(name + "." + methodName + " is defined twice");
        }
        methodTable.add(methodName);
    }

    /**
     * Adds a class method ({@code METH_CLASS}) to the method table, in its place among the other
     * methods; {@link #ready} makes it a {@code classmethod_descriptor} whose body's first argument
     * is the class it is bound to.
     */
    protected final void defineClassMethod(String methodName, BuiltinFunctionType.Body body) {
        if (methods.containsKey(methodName) || classMethods.putIfAbsent(methodName, body) != null) {
            throw new IllegalStateException(name + "." + methodName + " is defined twice");
        }
        methodTable.add(methodName);
    }

    /**
     * Adds {@code __sizeof__} for a type whose instances' size is not their type's basic size
     * alone (a str's characters, a dict's keys, a generator's frame): {@code sys.getsizeof}'s
     * number for the instance without its GC header and pre-header, as the built-in types compute
     * it (a class's own {@code __sizeof__} is not called, so {@code super().__sizeof__()} in one
     * does not recurse).
     */
    protected final void defineSizeof() {
        defineMethod("__sizeof__", (self, args) -> {
            Args.none(name + ".__sizeof__", args);
            PyType t = space.typeOf(self);
            return space.newInt(t.builtinSizeof(self) - (t.hasGcHeader(self) ? Layout.GC_HEAD + t.preHeader() : 0));
        });
    }

    /** {@link #sizeof} as the built-in types compute it, whatever {@code __sizeof__} a class defines (a class overrides it). */
    long builtinSizeof(long o) {
        return sizeof(o);
    }

    /** Marks methods already defined as {@code METH_VARARGS} ones ({@link PyMethod.Varargs}). */
    protected final void packsArguments(String... methodNames) {
        for (String m : methodNames) {
            PyMethod method = methods.get(m);
            if (method == null) {
                throw new IllegalStateException(name + "." + m + " is not defined");
            }
            methods.put(m, new PyMethod.Varargs(method));
        }
    }

    /** The method named {@code methodName}, looked up along the bases, or null. */
    public final PyMethod method(String methodName) {
        for (PyType t = this; t != null; t = t.base) {
            PyMethod m = t.methods.get(methodName);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The method table, in definition order. */
    public final Map<String, PyMethod> methods() {
        return Collections.unmodifiableMap(methods);
    }

    // ================================================================== the embedding API

    /**
     * The Java value of an object of a built-in value type ({@code null} for None, Boolean, Long or
     * BigInteger, Double, String, byte[]); TypeError for the others.
     */
    public Object javaValue(long o) {
        throw new PyException("TypeError", "'" + name + "' object has no Java value");
    }

    // ================================================================== references (ours)

    /**
     * Visits every object {@code o} holds a counted reference to, GC-capable or not, in CPython's
     * {@code tp_traverse} order: what the sanity checker counts and objgraph follows.
     */
    public void forEachReferent(long o, LongConsumer visitor) {
    }

    /**
     * Visits references {@code o} holds without counting them (a weakref's referent). The sanity
     * checker checks that they point to live objects; they take no part in refcounts.
     */
    public void forEachUncountedReferent(long o, LongConsumer visitor) {
    }

    /**
     * Names, for messages, the reference that {@link #forEachReferent} visits as number
     * {@code ordinal} (from 0): {@code item [3]}, {@code attribute .name}, {@code value ['key']}.
     * Keys and elements are named by {@code text}, which the caller chooses (the sanity checker
     * describes only what it has found live, and never reads anything else).
     */
    public String referentName(long o, int ordinal, java.util.function.LongFunction<String> text) {
        return "referent #" + ordinal;
    }

    /**
     * Receives the allocator blocks an object owns besides its own, before the object reads them
     * (the sanity checker: on native memory a read of an address that is not mapped is a crash, so
     * nothing reads an address the checker has not confirmed).
     */
    public interface OwnedBlockVisitor {
        /**
         * Whether the {@code bytes} bytes at {@code address} lie in one allocated block, so that the
         * object may read them (a header that says where its block starts, or how big it is).
         */
        boolean readable(long address, long bytes);

        /**
         * {@code block} belongs to the object, which reads its first {@code bytes} bytes. False when
         * it may not read them (no such block, a smaller one, one owned otherwise): the object then
         * stops and reads nothing more of its own blocks.
         */
        boolean owned(long block, long bytes);

        /** The object's own fields contradict each other ({@code what} says how); returns false. */
        boolean damaged(String what);
    }

    /**
     * Visits the blocks {@code o} owns besides its own (a list's item array, an instance's values
     * array, a dict's keys and values), each with the bytes this type's traversal reads of it,
     * before reading them, for the sanity checker: each must be allocated, owned by nothing else,
     * and hold what the object's sizes say. Returns false when a visit refused a block (the object's
     * traversal must not run). The default owns none.
     */
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        return true;
    }

    /** Visits the dead objects this type keeps on its free lists (each still has its {@code ob_type}). */
    public void forEachFreeListEntry(LongConsumer visitor) {
    }

    /**
     * Visits the blocks this type keeps for reuse that are not objects (3.11's free list of dict
     * key tables), for the sanity checker: each is allocated and owned by that free list alone.
     */
    public void forEachFreeListBlock(LongConsumer blockVisitor) {
    }

    // ================================================================== free lists

    /** Empties this type's free lists ({@code _PyXxx_ClearFreeList}, as a full collection does). */
    public void clearFreeList() {
    }

    /** Appends this type's lines of {@code sys._debugmallocstats()} ({@code _PyXxx_DebugMallocStats}). */
    public void debugMallocStats(StringBuilder out) {
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
