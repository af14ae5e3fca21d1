package dev.pyheap.runtime.objects;

/**
 * Byte offsets of CPython 3.11's 64-bit object layouts, as this heap stores them.
 *
 * <pre>
 *  GC-capable object (list, tuple, dict, set, weakref, class):
 *      block ─► +0  gc_next ┐ PyGC_Head (16 bytes, owned by dev.pyheap.api.gc.mechanism.GcHeader)
 *               +8  gc_prev ┘
 *   id(x) ───► +16 ob_refcnt   (object + 0)
 *               +24 ob_type    (object + 8: address of the type object)
 *               ...            type-specific fields
 *
 *  instance of a user class (managed dict, 3.11):
 *      block ─► +0  dict pointer     ┐ pre-header (object - 32, object - 24)
 *               +8  values pointer   ┘
 *               +16 gc_next, +24 gc_prev
 *   id(x) ───► +32 ob_refcnt, +40 ob_type, +48 weakref list
 *
 *  other objects (int, float, str, bytes, None): id(x) = block, ob_refcnt at +0, ob_type at +8.
 * </pre>
 * A type object is itself an object in the heap; the word at {@link #TYPE_INDEX} holds the index
 * of its Java behaviour in the runtime's type table, so finding an object's behaviour costs two
 * loads and an array access.
 */
public final class Layout {
    private Layout() {
    }

    public static final int OB_REFCNT = 0;
    public static final int OB_TYPE = 8;
    /** {@code PyVarObject.ob_size}. */
    static final int OB_SIZE = 16;
    public static final int OBJECT_HEAD = 16;

    public static final int GC_HEAD = 16;
    /** The managed-dict pre-header of 3.11 heap-class instances: dict and values pointers. */
    public static final int PRE_HEADER = 16;
    static final int DICT_PTR = -32;
    static final int VALUES_PTR = -24;

    // ---- type objects: ob_refcnt, ob_type, then our own fields
    /** int: index into the runtime's type table. */
    public static final int TYPE_INDEX = 16;
    /**
     * int: whether the type's instances carry a GC header ({@link PyType#GC_HEADERS_NONE},
     * {@code _ALL}, {@code _HEAP_TYPES}), so the collectors' referent test ({@link ObjectSpace#isGc})
     * costs two loads from the object, as CPython's {@code _PyObject_IS_GC} reads {@code tp_flags}.
     */
    static final int TYPE_GC_HEADERS = 20;
    /** {@code PyTypeObject.tp_flags}, at CPython's offset: written once, when the type object is bound. */
    static final int TP_FLAGS = 168;
    /** long: address of the type's name (a str), 0 for builtin types whose name is Java-side only. */
    static final int TYPE_NAME = 24;
    /** {@code PyTypeObject.tp_base}, {@code tp_dict}, {@code tp_bases}, {@code tp_mro}: where the type object keeps them. */
    static final int TP_BASE = 256;
    static final int TP_DICT = 264;
    static final int TP_BASES = 336;
    static final int TP_MRO = 344;
    /** {@code PyTypeObject.tp_subclasses}: a dict made on the first subclass (address as int to a weakref), or 0. */
    static final int TP_SUBCLASSES = 360;
    /** {@code PyTypeObject.tp_weaklist}: the head of the weakrefs to the type object ({@code type.__weakrefoffset__}). */
    static final int TP_WEAKLIST = 368;
    /** {@code PyHeapTypeObject.ht_name}, {@code ht_slots}, {@code ht_qualname}, {@code ht_module}. */
    static final int HT_NAME = 848;
    static final int HT_SLOTS = 856;
    static final int HT_QUALNAME = 864;
    static final int HT_MODULE = 880;
    /** Bytes of a static (builtin) type object: {@code sizeof(PyTypeObject)} in 3.11. */
    static final int STATIC_TYPE_SIZE = 408;
    /** Bytes of a heap type (a class statement) without its GC header: {@code sizeof(PyHeapTypeObject)}
     *  plus the 16-byte slot area CPython adds for {@code __dict__}/{@code __weakref__}; getsizeof = 1688. */
    static final int HEAP_TYPE_SIZE = 1688 - GC_HEAD;

    static int align8(int n) {
        return (n + 7) & ~7;
    }
}
