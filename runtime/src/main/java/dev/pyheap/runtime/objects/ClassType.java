package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * A class made at run time ({@code class Person: pass}, {@code type(name, bases, dict)}): a heap
 * type, and the behaviour of its instances, laid out as CPython 3.11 lays them out.
 *
 * <h2>Instances of a class whose solid base is object</h2>
 * <pre>
 *   block ─► -32 dict pointer    0 until __dict__ is asked for (then the values move into it)   ┐ pre-header, only with
 *            -24 values pointer  the attribute values array, 0 once a dict exists                ┘ a managed dict
 *            -16 PyGC_Head
 *   id(x) ─►  +0 ob_refcnt  +8 ob_type (this class, counted)
 *            +16 __slots__ members, 8 bytes each (the bases' first)   +.. weakref list head (when the class adds one)
 * </pre>
 * {@code sys.getsizeof} is 56 for a plain class (basic size 24 + GC header 16 + pre-header 16), 48
 * for {@code __slots__ = ('a', 'b')} (no dict, no weakrefs), as CPython's. Attribute values do
 * not live in a dict object: they live in a values array whose keys are shared by every instance
 * of the class.
 *
 * <h2>Shared keys and values arrays (3.11's split dict without the dict)</h2>
 * The class owns shared keys: a keys block of split kind ({@link DictType}, 768 bytes) holding the
 * attribute names in the order first set on any instance, at most {@link #SHARED_KEYS_MAX_SIZE},
 * with a budget {@code usable} that starts at 30.
 * <pre>
 *  values block:  [ order prefix, P bytes ][ slot 0 ][ slot 1 ] ... [ slot size-1 ]
 *                                          ^ values pointer
 *  values[-1] = P (prefix bytes)   values[-2] = number of set attributes   values[-3 - k] = slot of the k-th set
 * </pre>
 * <ol>
 * <li>Making an instance takes one from {@code usable} (while it is above 1) and sizes the array
 *     at {@code size = nentries + usable} slots, prefix {@code P = round_up(size + 2, 8)}. So the
 *     first instances of a class get room for up to 30 attributes and later ones only for the
 *     names already known plus one: 16 bytes for an empty class, 40 for three attributes, as
 *     tracemalloc measures in CPython.
 * <li>Setting a new name adds it to the keys ({@code nentries++}, {@code usable--}); its slot is
 *     below every existing array's size, because {@code nentries + usable} only ever shrinks.
 * <li>When {@code __dict__} is asked for, or a new name finds the keys full ({@code usable == 0}),
 *     the values array becomes the values of a split dict sharing the class's keys
 *     ({@link DictType#fromInstanceValues}); from then on the dict is used (and may turn into a
 *     combined one, see DictType).
 * </ol>
 * Slots never move: names are only ever added to the shared keys. A name is found by probing the
 * shared keys with its str (identity first: names are interned). Attributes are released in slot
 * order when the instance dies, after its finalizer ran and its weak references were cleared
 * (CPython's {@code subtype_dealloc}).
 *
 * <h2>Instances of a class with a built-in solid base</h2>
 * ({@code class L(list)}, {@code class I(int)}, {@code class R(weakref.ref)}): CPython's
 * {@code type_new_descriptors} layout. After the base's fields: the {@code __slots__} members (a
 * fixed-size base only), then, for a variable-size base ({@code int}, {@code tuple}, {@code bytes}),
 * the {@code __dict__} pointer after the instance's last byte ({@code tp_dictoffset} -8), then the
 * weakref list when the base has none; a fixed-size base's dict is managed (the pre-header). So
 * {@code class L(list)} has basic size 48, {@code sys.getsizeof(L())} 80. The base's {@code tp_new}
 * of list, dict, set, frozenset, tuple and float allocates the instance through the class
 * ({@link #tpAlloc}: {@code PyType_GenericAlloc}, a GC header always, as every heap type's instance
 * has); the other bases make an instance of their own, which {@link #adopt} moves into a block of
 * the class's layout (the type relocates what pointed at the old address). The base's
 * {@code tp_dealloc} runs with {@code ob_type} still the class, so no free list keeps the instance,
 * and frees it through the class's {@link #tpFree} (with its pre-header). A metaclass
 * ({@code class Meta(type)}) and a class adding nothing to a GC base keep the base's layout.
 *
 * <h2>Slots from special methods ({@code update_slot})</h2>
 * Each slot looks up its special method along the MRO, among the classes before the first
 * built-in type ({@link #special}): found, it calls it ({@code slot_tp_repr}, {@code slot_nb_add}
 * with {@code SLOT1BINFULL}'s reflected-operand order, {@code slot_tp_getattr_hook}, ...); not
 * found, the solid base's slot runs. The lookups are cached per class and dropped whenever any
 * class's namespace changes ({@link ObjectSpace#classVersion}).
 *
 * <h2>The class object</h2>
 * A heap type object ({@code PyHeapTypeObject}, 904 bytes), tracked; {@code sys.getsizeof} adds the
 * GC header and, with a managed dict, the 768 bytes of the shared keys: 1688, or 920 for a class
 * with {@code __slots__}. It holds its namespace ({@code tp_dict}), {@code __bases__} and
 * {@code __mro__} tuples (the MRO holds the class itself: classes live in cycles, as in CPython),
 * its base, name, qualname, slots and the shared keys. Each instance holds a counted reference to
 * its class; when the class dies its slot in the space's type table is cleared.
 */
public final class ClassType extends PyType {
    /** {@code SHARED_KEYS_MAX_SIZE}: attribute names a class's shared keys can hold. */
    static final int SHARED_KEYS_MAX_SIZE = 30;
    /** Bytes of the type object without its GC header: {@code sizeof(PyHeapTypeObject)}. */
    static final int TYPE_OBJECT_SIZE = Layout.HEAP_TYPE_SIZE - DictType.SHARED_KEYS_BYTES;
    /** {@code type.__itemsize__}: a {@code PyMemberDef}, one per {@code __slots__} name after the type object, and a sentinel. */
    static final int MEMBER_DEF_SIZE = 40;

    /** A class's {@code __del__} in Java (the embedding API): called with the GIL held, the instance alive (borrowed). */
    @FunctionalInterface
    public interface InstanceFinalizer {
        void finalize(long self);
    }

    /** The built-in type whose layout instances have: object, or the base a built-in subclass extends. */
    final PyType solid;
    private final boolean managedDict;
    /** {@code tp_dictoffset} of a managed dict: where the class that added it ended, inherited unchanged. */
    private final long managedOffset;
    /** A variable-size base's {@code __dict__} pointer after the instance's last byte ({@code tp_dictoffset} -8). */
    private final boolean varDict;
    /**
     * Whether instances of a built-in base need the class's own layout (a GC header, a pre-header,
     * fields after the base's): the base's {@code tp_new} makes its instance, {@link #adopt} moves it.
     */
    private final boolean moves;
    private final int weaklist;
    /** Offsets of the {@code __slots__} members, the bases' first. */
    private final int[] members;
    /** The {@code __slots__} names this class declares itself ({@code nslot}). */
    private final int ownSlots;
    private final InstanceFinalizer javaFinalizer;
    /**
     * The namespace key a library class gives CPython's {@code tp_name} of the C type it stands for
     * by; like {@code __qualname__} it is not kept in the class's namespace.
     */
    static final String STATIC_NAME = "__pyheap_tp_name__";
    /** Whether {@link #name} came from {@link #STATIC_NAME}: then it stays when the library renames the class. */
    private boolean staticName;
    private long nameStr;
    private long qualnameStr;
    /** {@code ht_cached_keys}: the shared keys block, 0 without a managed dict. */
    private long sharedKeys;
    /** Slots of names in the shared keys, by Java name: slots never move, so this never goes stale. */
    private final Map<String, Integer> slotCache = new HashMap<>();
    /** {@link #lookup(String)} answers by Java name (0: no class attribute), for {@link #specialsVersion}. */
    private final Map<String, Long> typeAttrCache = new HashMap<>();
    /** Whether attribute access is the generic one (no {@code __getattribute__}, {@code __getattr__}), for {@link #specialsVersion}. */
    private boolean plainGetAttr;
    /** Whether {@code o.name = v} is object's generic one (solid base object, no {@code __setattr__}), for {@link #specialsVersion}. */
    private boolean plainSetAttr;
    /**
     * A small cache in front of {@link #typeAttrCache} and {@link #slotCache}, for
     * {@link #specialsVersion}: the last {@value #HOT_NAMES} Java names (compared by identity, as a
     * caller's constants are) found to be no class attribute and a slot of the shared keys, and
     * their slots, replaced round-robin. An embedder's loop over a few attributes (a node's
     * {@code left} and {@code right}) then costs no map lookup; with one entry, two names
     * alternating missed on every access.
     */
    private static final int HOT_NAMES = 4;
    private final String[] hotNames = new String[HOT_NAMES];
    private final int[] hotIndexes = new int[HOT_NAMES];
    private int hotNext;
    /** Whether the class (or a heap base) defines {@code __del__}, for {@link #specialsVersion}. */
    private boolean hasDel;
    /** Whether {@code C()} is object's {@code tp_new} and {@code tp_init}, for {@link #specialsVersion}. */
    private boolean plainNew;
    /** {@link #pythonInit}'s answer for {@link #specialsVersion}. */
    private long pythonInit;
    /** {@link #special} answers for {@link #specialsVersion}. */
    private final Map<String, Long> specials = new HashMap<>();
    /** {@link #builtinDefiner}'s answers per special method name (null values kept), cleared with {@link #specials}. */
    private final Map<String, PyType> builtinDefiners = new HashMap<>();
    private int specialsVersion = -1;

    private ClassType(ObjectSpace space, String name, PyType base, PyType solid, boolean managedDict, long managedOffset,
            boolean varDict, long basicSize, int weaklist, int[] members, InstanceFinalizer javaFinalizer) {
        super(space, name, base, HEAPTYPE | BASETYPE | HAVE_GC | (managedDict ? MANAGED_DICT : 0)
                | (solid.flags() & (LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS | UNICODE_SUBCLASS
                | DICT_SUBCLASS | TYPE_SUBCLASS)) | inheritedPatternFlags(base), basicSize, solid.itemSize());
        this.solid = solid;
        this.managedDict = managedDict;
        this.managedOffset = managedOffset;
        this.varDict = varDict;
        this.weaklist = weaklist;
        this.moves = !space.objectType.is(solid) && !solid.hasFlag(TYPE_SUBCLASS)
                && (basicSize != solid.basicSize() || managedDict || !solid.hasFlag(HAVE_GC));
        this.members = members;
        this.ownSlots = members.length - (base instanceof ClassType b ? b.members.length : 0);
        this.javaFinalizer = javaFinalizer;
    }

    /** str's order ({@code PyUnicode_Compare}): by code point, so a character past the BMP sorts after every BMP one. */
    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /**
     * The flags a class takes from its dominant base ({@code tp_base}): {@code inherit_special}'s
     * {@code _Py_TPFLAGS_MATCH_SELF} and {@code inherit_patma_flags}' sequence/mapping flags, which
     * decide how {@code match} treats its instances.
     */
    private static int inheritedPatternFlags(PyType base) {
        return base == null ? 0 : base.flags() & (SEQUENCE | MAPPING | MATCH_SELF);
    }

    /** {@code class name: pass} from the embedding API: a class of object in {@code __main__}. New reference to its type object. */
    public static ClassType create(ObjectSpace space, String name, InstanceFinalizer finalizer) {
        long ns = space.dictType.create();
        try {
            long module = space.strType.literalName("__main__");
            long key = space.strType.literalName("__module__");
            space.dictType.setItem(ns, key, module);
            space.decref(key);
            space.decref(module);
            long className = space.strType.literalName(name); // as a class statement's constant
            try {
                return typeNew(space, space.typeType, className, new PyType[0], 0, ns, 0, finalizer);
            } finally {
                space.decref(className);
            }
        } finally {
            space.decref(ns);
        }
    }

    // ================================================================== type_new

    /**
     * {@code type_new}: a new class {@code name} with {@code bases} (none: object; {@code basesTuple},
     * when not 0, the tuple they came in, which becomes {@code __bases__}) and the namespace
     * {@code ns} (copied), instance of {@code meta}. Runs {@code __set_name__} and the base's
     * {@code __init_subclass__} with the class statement's keywords {@code kwargs} (a dict, or 0).
     * New reference to its type object.
     */
    static ClassType typeNew(ObjectSpace space, PyType meta, long nameObject, PyType[] bases, long basesTuple, long ns,
            long kwargs, InstanceFinalizer javaFinalizer) {
        String name = space.strType.value(nameObject);
        if (bases.length == 0) {
            bases = new PyType[] {space.objectType};
        }
        for (PyType b : bases) {
            if (!b.hasFlag(BASETYPE)) {
                throw new PyException("TypeError", "type '" + b.name + "' is not an acceptable base type");
            }
        }
        PyType best = bestBase(space, bases);
        PyType solid = best instanceof ClassType c ? c.solid : best;
        DictType dicts = space.dictType;
        // __slots__
        long slotsObj = dicts.getItemString(ns, "__slots__");
        List<String> slotNames = new ArrayList<>();
        // type_new_slots: a dict and a weakref list unless the base has them; a variable-size base
        // (int, tuple, bytes) takes a dict at its end, never a weakref list; a metaclass adds nothing
        boolean extensible = !solid.hasFlag(TYPE_SUBCLASS);
        boolean variable = best.itemSize() != 0 || solid.variableSize();
        boolean baseHasDict = best.dictOffset() != 0 || !extensible;
        boolean baseHasWeak = best.weaklistOffset() != 0 || variable || !extensible;
        boolean addDict;
        boolean addWeak;
        if (slotsObj == 0) {
            addDict = !baseHasDict;
            addWeak = !baseHasWeak;
        } else {
            addDict = false;
            addWeak = false;
            long seq = space.strType.check(slotsObj) ? space.tupleType.create(slotsObj) : Abstract.sequenceTuple(space, slotsObj);
            try {
                if (best.itemSize() != 0 && space.tupleType.size(seq) > 0) {
                    throw new PyException("TypeError", "nonempty __slots__ not supported for subtype of '" + best.name + "'");
                }
                for (int i = 0, n = (int) space.tupleType.size(seq); i < n; i++) {
                    long s = space.tupleType.item(seq, i);
                    if (!space.strType.check(s)) {
                        throw new PyException("TypeError", "__slots__ items must be strings, not '" + space.typeOf(s).name + "'");
                    }
                    String slot = space.strType.value(s);
                    if (!UnicodeCase.isIdentifier(slot)) {
                        throw new PyException("TypeError", "__slots__ must be identifiers");
                    }
                    if (slot.equals("__dict__")) {
                        if (baseHasDict || addDict) {
                            throw new PyException("TypeError", "__dict__ slot disallowed: we already got one");
                        }
                        addDict = true;
                    } else if (slot.equals("__weakref__")) {
                        if (baseHasWeak || addWeak) {
                            throw new PyException("TypeError", "__weakref__ slot disallowed: either we already got one, "
                                    + "or __itemsize__ != 0");
                        }
                        addWeak = true;
                    } else {
                        if (slot.startsWith("__") && !slot.endsWith("__")) {
                            slot = "_" + name.replaceFirst("^_+", "") + slot;
                        }
                        if (dicts.getItemString(ns, slot) != 0) {
                            throw new PyException("ValueError", "'" + slot + "' in __slots__ conflicts with class variable");
                        }
                        slotNames.add(slot);
                    }
                }
            } finally {
                space.decref(seq);
            }
        }
        if ((variable || !extensible) && !slotNames.isEmpty()) {
            throw new PyException("TypeError", "nonempty __slots__ not supported for subtype of '" + best.name + "'");
        }
        // type_new_copy_slots sorts the mangled names: members, their descriptors in the namespace,
        // traversal and the release of the values follow that order, not the one written
        slotNames.sort(ClassType::compareCodePoints);
        // type_new_descriptors: the slots after the base's fields, then a variable-size base's dict
        // pointer, then the weakref list; a fixed-size base's dict is managed (before the object)
        ClassType bc = best instanceof ClassType c ? c : null;
        long basic = best.basicSize();
        int[] inherited = bc == null ? new int[0] : bc.members;
        boolean managed = bc != null && bc.managedDict;
        boolean varDict = bc != null && bc.varDict;
        int weak = best.weaklistOffset();
        int[] members = new int[inherited.length + slotNames.size()];
        System.arraycopy(inherited, 0, members, 0, inherited.length);
        for (int i = 0; i < slotNames.size(); i++) {
            members[inherited.length + i] = (int) basic;
            basic += 8;
        }
        if (addDict && variable) {
            varDict = true;
            basic += 8;
        }
        if (addWeak) {
            weak = (int) basic;
            basic += 8;
        }
        // the managed dict's tp_dictoffset is fixed where the dict is added (after the weakref list)
        // and inherited as it is by subclasses that add slots
        long managedOffset = managed ? bc.dictOffset() : -(basic + 3 * 8);
        managed |= addDict && !variable;
        TypeType.checkTpName(space, nameObject); // type_new_set_name
        ClassType c = space.register(new ClassType(space, name, best, solid, managed, managedOffset, varDict, basic, weak,
                members, javaFinalizer));
        try {
            c.bases = bases.clone();
            c.mro = c3(c, bases);
        } catch (RuntimeException e) {
            space.unregister(c);
            throw e;
        }
        c.allocateTypeObject(meta, basesTuple, nameObject);
        try {
            c.fillNamespace(ns, slotNames, addDict && slotsObj == 0 || addDict, addWeak);
            c.setNames(ns);
            PyType[] custom = c.invokeMro();
            if (custom != null) {
                c.storeMro(custom);
            }
            space.typeType.addAllSubclasses(c, c.bases); // PyType_Ready's type_ready_add_subclasses
        } catch (RuntimeException e) {
            space.decref(c.typeObject());
            throw e;
        }
        space.classVersion++;
        try {
            c.setNamesAndInitSubclass(kwargs);
        } catch (RuntimeException e) {
            // type_new_impl's error path: a failing __set_name__ or __init_subclass__ drops the new
            // class (its MRO refers to it, so the collector frees it)
            space.decref(c.typeObject());
            throw e;
        }
        return c;
    }

    /**
     * {@code type_set_bases}: {@code C.__bases__ = bases}. The new bases must be classes that are not
     * subclasses of this one, their best base laid out as the old base ({@code compatible_for_assignment});
     * then this class's MRO and its subclasses' are computed again ({@code mro_hierarchy}, put back
     * as they were when one fails), and the class moves from its old bases' {@code tp_subclasses} to
     * the new ones'.
     */
    void setBases(long newBases) {
        String name = currentName();
        if (newBases == 0) {
            throw new PyException("TypeError", "cannot delete '__bases__' attribute of immutable type '" + name + "'");
        }
        if (!space.tupleType.check(newBases)) {
            throw new PyException("TypeError", "can only assign tuple to " + name + ".__bases__, not " + space.typeOf(newBases).name);
        }
        int n = (int) space.tupleType.size(newBases);
        if (n == 0) {
            throw new PyException("TypeError", "can only assign non-empty tuple to " + name + ".__bases__, not ()");
        }
        PyType[] nb = new PyType[n];
        for (int i = 0; i < n; i++) {
            long b = space.tupleType.item(newBases, i);
            if (!space.typeType.check(b)) {
                throw new PyException("TypeError", name + ".__bases__ must be tuple of classes, not '" + space.typeOf(b).name + "'");
            }
            nb[i] = space.typeType.described(b);
            if (nb[i].isSubtypeOf(this)) {
                throw new PyException("TypeError", "a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = bestBase(space, nb);
        ClassAssignment.checkCompatible(space, base, newBase, "__bases__");
        PyType[] oldBases = bases;
        PyType oldBase = base;
        modified();
        bases = nb;
        base = newBase;
        List<ClassType> changed = new ArrayList<>();
        List<PyType[]> oldMros = new ArrayList<>();
        try {
            mroHierarchy(changed, oldMros);
        } catch (RuntimeException e) {
            for (int i = changed.size() - 1; i >= 0; i--) {
                changed.get(i).storeMro(oldMros.get(i));
            }
            bases = oldBases;
            base = oldBase;
            throw e;
        }
        long t = typeObject();
        long oldTuple = memory.getLong(t + Layout.TP_BASES);
        long oldBaseObject = memory.getLong(t + Layout.TP_BASE);
        memory.putLong(t + Layout.TP_BASES, space.newRef(newBases));
        memory.putLong(t + Layout.TP_BASE, space.newRef(newBase.typeObject()));
        space.typeType.removeAllSubclasses(this, oldBases);
        space.typeType.addAllSubclasses(this, nb);
        space.classVersion++; // update_all_slots: the special-method caches look again
        space.decref(oldTuple);
        space.decref(oldBaseObject);
    }

    /** {@code mro_hierarchy}: this class's MRO from its bases, then each subclass's, recording the old ones in {@code changed} order. */
    private void mroHierarchy(List<ClassType> changed, List<PyType[]> oldMros) {
        PyType[] custom = invokeMro();
        PyType[] m = custom != null ? custom : c3(this, bases);
        changed.add(this);
        oldMros.add(mro);
        storeMro(m);
        for (PyType sub : space.typeType.subclasses(this)) {
            if (sub instanceof ClassType c) {
                c.mroHierarchy(changed, oldMros);
            }
        }
    }

    /** {@code mro_implementation}: the C3 linearisation of the current bases, what {@code type.mro()} returns. */
    @Override
    PyType[] mroImplementation() {
        return c3(this, bases);
    }

    /**
     * {@code mro_invoke} for a class whose metaclass overrides {@code mro()}: the override's result
     * as a tuple, checked as {@code mro_check} does (classes only, each laid out as a base of this
     * class may be). Null when the metaclass uses {@code type.mro}, whose result is C3's.
     */
    private PyType[] invokeMro() {
        PyType meta = space.typeOf(typeObject());
        if (!(meta instanceof ClassType metaClass)) {
            return null;
        }
        long attr = meta.lookup("mro");
        if (attr == 0 || attr == space.typeType.lookup("mro")) {
            return null;
        }
        space.incref(attr);
        long result;
        try {
            result = metaClass.callSpecialOn(typeObject(), attr);
        } finally {
            space.decref(attr);
        }
        long tuple;
        try {
            tuple = Abstract.sequenceTuple(space, result);
        } finally {
            space.decref(result);
        }
        try {
            int n = (int) space.tupleType.size(tuple);
            if (n == 0) {
                throw new PyException("TypeError", "type MRO must not be empty");
            }
            PyType solidSelf = layoutOf(space, this);
            PyType[] m = new PyType[n];
            for (int i = 0; i < n; i++) {
                long item = space.tupleType.item(tuple, i);
                if (!space.typeType.check(item)) {
                    throw new PyException("TypeError", "mro() returned a non-class ('" + space.typeOf(item).name + "')");
                }
                m[i] = space.typeType.described(item);
                if (!layoutExtends(space, solidSelf, layoutOf(space, m[i]))) {
                    throw new PyException("TypeError", "mro() returned base with unsuitable layout ('" + m[i].name + "')");
                }
            }
            return m;
        } finally {
            space.decref(tuple);
        }
    }

    /** Makes {@code m} the MRO, in Java and as the type object's {@code __mro__} tuple. */
    private void storeMro(PyType[] m) {
        mro = m;
        long[] mt = new long[m.length];
        for (int i = 0; i < m.length; i++) {
            mt[i] = m[i].typeObject();
        }
        long t = typeObject();
        long old = memory.getLong(t + Layout.TP_MRO);
        memory.putLong(t + Layout.TP_MRO, space.tupleType.create(mt));
        space.xdecref(old);
    }

    /** {@code best_base}: the base whose layout extends all the others' ("multiple bases have instance lay-out conflict"). */
    private static PyType bestBase(ObjectSpace space, PyType[] bases) {
        PyType winner = null;
        PyType winnerSolid = null;
        for (PyType b : bases) {
            PyType s = layoutOf(space, b);
            if (winner == null) {
                winner = b;
                winnerSolid = s;
            } else if (layoutExtends(space, winnerSolid, s)) {
                // the winner's layout already includes this one
            } else if (layoutExtends(space, s, winnerSolid)) {
                winner = b;
                winnerSolid = s;
            } else {
                throw new PyException("TypeError", "multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /**
     * {@code solid_base}: the nearest type on {@code b}'s base chain whose instances have fields its
     * own base lacks. Slots, or a dict pointer after a variable-size base, make a class solid; a
     * weakref list alone at the end of a class does not, nor does a managed dict (outside the object).
     */
    private static PyType layoutOf(ObjectSpace space, PyType b) {
        PyType base = b.base != null ? layoutOf(space, b.base) : space.objectType;
        return extraIvars(b, base) ? b : base;
    }

    /** {@code extra_ivars}: whether {@code type}'s instances are laid out beyond {@code base}'s. */
    private static boolean extraIvars(PyType type, PyType base) {
        long size = type.basicSize();
        if (type.itemSize() != 0 || base.itemSize() != 0) {
            return size != base.basicSize() || type.itemSize() != base.itemSize();
        }
        int weak = type.weaklistOffset();
        if (weak != 0 && base.weaklistOffset() == 0 && weak + 8 == size && type.hasFlag(HEAPTYPE)) {
            size -= 8;
        }
        return size != base.basicSize();
    }

    private static boolean layoutExtends(ObjectSpace space, PyType a, PyType b) {
        if (space.objectType.is(b)) {
            return true;
        }
        for (PyType t : a.mro()) {
            if (t == b) {
                return true;
            }
        }
        return false;
    }

    /** {@code mro_internal}: C3 linearisation of the bases' MROs and the bases. */
    private static PyType[] c3(ClassType self, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) { // check_duplicates
                    throw new PyException("TypeError", "duplicate base class " + shortName(bases[i]));
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                LinkedHashSet<String> names = new LinkedHashSet<>();
                for (List<PyType> s : seqs) {
                    names.add(s.get(0).name);
                }
                throw new PyException("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    /** The heap type object: 904 bytes, tracked, its metaclass counted when that is a class. */
    private void allocateTypeObject(PyType meta, long basesTuple, long nameObject) {
        try {
            if (managedDict) {
                sharedKeys = space.dictType.newSharedKeys();
            }
            long t = space.newGcObject(space.typeType, typeObjectBytes(), 0);
            memory.fill(t + Layout.OB_SIZE, typeObjectBytes() - Layout.OB_SIZE, (byte) 0);
            memory.putInt(t + Layout.TYPE_INDEX, index());
            if (!space.typeType.is(meta)) {
                memory.putLong(t + Layout.OB_TYPE, meta.typeObject());
                space.incref(meta.typeObject());
            }
            bind(index(), t);
        } catch (RuntimeException e) {
            if (sharedKeys != 0) {
                space.dictType.keysDecref(sharedKeys);
                sharedKeys = 0;
            }
            space.unregister(this);
            throw e;
        }
        long t = typeObject();
        memory.putLong(t + Layout.TP_BASE, space.newRef(base.typeObject()));
        if (basesTuple != 0 && space.tupleType.checkExact(basesTuple)) {
            memory.putLong(t + Layout.TP_BASES, space.newRef(basesTuple)); // type_new keeps the bases it was given
        } else {
            long[] bt = new long[bases.length];
            for (int i = 0; i < bases.length; i++) {
                bt[i] = bases[i].typeObject();
            }
            memory.putLong(t + Layout.TP_BASES, space.tupleType.create(bt));
        }
        storeMro(mro);
        nameStr = space.newRef(nameObject); // type_new keeps the str it was given
        memory.putLong(t + Layout.HT_NAME, nameStr);
        typeDict = space.dictType.create();
        memory.putLong(t + Layout.TP_DICT, typeDict);
        space.track(t);
    }

    /** Copies the namespace, wrapping {@code __new__} in a staticmethod and {@code __init_subclass__} in a classmethod; adds what the type adds. */
    private void fillNamespace(long ns, List<String> slotNames, boolean addDict, boolean addWeak) {
        DictType dicts = space.dictType;
        long[] items = new long[2 * (int) dicts.size(ns)];
        int[] k = {0};
        dicts.forEach(ns, (key, value) -> {
            items[k[0]++] = key;
            items[k[0]++] = value;
        });
        for (int i = 0; i < items.length; i += 2) {
            long key = items[i];
            long value = items[i + 1];
            if (space.strType.contentEquals(key, "__qualname__")) {
                if (!space.strType.check(value)) {
                    throw new PyException("TypeError", "type __qualname__ must be a str, not " + space.typeOf(value).name);
                }
                continue;
            }
            if (space.strType.contentEquals(key, STATIC_NAME)) {
                // a library class written in Python for one of CPython's C types takes that type's
                // tp_name ('datetime.date', '_io.StringIO'); its __name__ stays the short one
                if (!space.strType.check(value)) {
                    throw new PyException("TypeError", STATIC_NAME + " must be a str, not " + space.typeOf(value).name);
                }
                name = space.strType.value(value);
                staticName = true;
                continue;
            }
            if (space.strType.contentEquals(key, "__classcell__")) {
                // type_new_set_classcell: the class body's __class__ cell gets the class, the key is not kept
                if (!space.cellType.check(value)) {
                    throw new PyException("TypeError", "__classcell__ must be a nonlocal cell, not "
                            + Abstract.repr(space, space.typeOf(value).typeObject()));
                }
                space.cellType.set(value, typeObject());
                continue;
            }
            if (space.functionType.check(value) && (space.strType.contentEquals(key, "__new__"))) {
                long sm = space.staticMethodType.create(value);
                dicts.setItem(typeDict, key, sm);
                space.decref(sm);
            } else if (space.functionType.check(value) && (space.strType.contentEquals(key, "__init_subclass__")
                    || space.strType.contentEquals(key, "__class_getitem__"))) {
                long cm = space.classMethodType.create(value);
                dicts.setItem(typeDict, key, cm);
                space.decref(cm);
            } else {
                dicts.setItem(typeDict, key, value);
            }
        }
        setModule();
        for (int i = 0; i < slotNames.size(); i++) {
            putInDict(slotNames.get(i), space.memberDescrType.create(this, slotNames.get(i), members[members.length - slotNames.size() + i]));
        }
        // type_add_getset: PyDict_SetDefault, so a '__dict__' or '__weakref__' the class body defined
        // (a property, a plain dict) stays, and getattr(o, '__dict__') and vars(o) answer it
        if (addDict && dicts.getItemString(typeDict, "__dict__") == 0) {
            // the instance's own class owns the shared keys its values array was sized for (a subclass has
            // its own, as CPython's ht_cached_keys), not the class that defined the descriptor
            putInDict("__dict__", space.getSetDescrType.create(this, "__dict__",
                    o -> space.newRef(((ClassType) space.typeOf(o)).materializeDict(o)),
                    (o, v) -> ((ClassType) space.typeOf(o)).setDict(o, v)));
        }
        if (addWeak && dicts.getItemString(typeDict, "__weakref__") == 0) {
            putInDict("__weakref__", space.getSetDescrType.create(this, "__weakref__", o -> {
                long head = memory.getLong(o + space.typeOf(o).weaklistOffset());
                return space.newRef(head == 0 ? space.none : head);
            }, null));
        }
        if (dicts.getItemString(typeDict, "__doc__") == 0) {
            putInDict("__doc__", space.newNone());
        }
        if (dicts.getItemString(typeDict, "__eq__") != 0 && dicts.getItemString(typeDict, "__hash__") == 0) {
            putInDict("__hash__", space.newNone());
        }
        if (!slotNames.isEmpty()) {
            long[] names = new long[slotNames.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = space.strType.literalName(slotNames.get(i));
            }
            memory.putLong(typeObject() + Layout.HT_SLOTS, space.tupleType.create(names));
            for (long n : names) {
                space.decref(n);
            }
        }
    }

    /** {@code tp_name} as it is now: a class's {@code __name__} (which assignment changes). */
    String currentName() {
        return nameStr != 0 ? space.strType.value(nameStr) : name;
    }

    /** A type's {@code __name__}: a class's current one, a built-in type's {@code tp_name} after its last dot. */
    private static String shortName(PyType t) {
        return t instanceof ClassType c ? c.currentName() : t.name.substring(t.name.lastIndexOf('.') + 1);
    }

    /** {@code type_new_set_module}: without {@code __module__}, the calling frame's globals' {@code __name__}. */
    private void setModule() {
        if (space.dictType.getItemString(typeDict, "__module__") != 0 || space.frameEvaluator == null) {
            return;
        }
        long globals = space.frameEvaluator.currentGlobals();
        long module = globals == 0 ? 0 : space.dictType.getItemString(globals, "__name__");
        if (module != 0) {
            space.dictType.setItemString(typeDict, "__module__", module);
        }
    }

    /** {@code ht_qualname}: the namespace's {@code __qualname__}, else the name. */
    private void setNames(long ns) {
        long q = space.dictType.getItemString(ns, "__qualname__");
        qualnameStr = q != 0 ? space.newRef(q) : space.newRef(nameStr);
        memory.putLong(typeObject() + Layout.HT_QUALNAME, qualnameStr);
    }

    /** {@code type_new_set_names} and {@code type_new_init_subclass}. */
    private void setNamesAndInitSubclass(long kwargs) {
        DictType dicts = space.dictType;
        long copy = dicts.create();
        try {
            dicts.forEach(typeDict, (k, v) -> dicts.setItem(copy, k, v));
            dicts.forEach(copy, (k, v) -> {
                long setName = space.typeOf(v).lookup("__set_name__");
                if (setName != 0) {
                    try {
                        space.decref(callSpecialOn(v, setName, typeObject(), k)); // its result is dropped
                    } catch (PyException e) {
                        throw space.exceptions.fromCause(e, "RuntimeError", "Error calling __set_name__ on '"
                                + space.typeOf(v).name + "' instance " + Abstract.repr(space, k) + " in '" + name + "'");
                    }
                }
            });
        } finally {
            space.decref(copy);
        }
        // super(type, type).__init_subclass__()
        PyType[] m = mro();
        for (int i = 1; i < m.length; i++) {
            long d = m[i].typeDict;
            long init = d == 0 ? 0 : dicts.getItemString(d, "__init_subclass__");
            if (init != 0) {
                PyType it = space.typeOf(init);
                long bound = it.hasDescrGet() ? it.descrGet(init, 0, typeObject()) : space.newRef(init);
                long noArgs = space.tupleType.create();
                try {
                    space.decref(Abstract.call(space, bound, noArgs, kwargs));
                } finally {
                    space.decref(noArgs);
                    space.decref(bound);
                }
                return;
            }
        }
    }

    // ================================================================== special methods

    /**
     * The special method {@code name} as the first type of the MRO defining it has it (borrowed), or 0
     * when that type is a built-in one or none defines it: then the solid base's slot applies. A
     * class after a built-in base still gives what the built-in types lack ({@code __getattr__} of a
     * mixin). None when a class set it to None ({@code __hash__ = None}).
     */
    @Override
    public long specialMethod(String special) {
        return special(special);
    }

    long special(String special) {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        Long cached = specials.get(special);
        if (cached != null) {
            return cached;
        }
        long v = 0;
        for (PyType t : mro()) {
            v = t.typeDict == 0 ? 0 : space.dictType.getItemString(t.typeDict, special); // 0: cleared by the collector
            if (v != 0) {
                if (!t.hasFlag(HEAPTYPE)) {
                    // a built-in type defines it first in the MRO: its own slot answers (update_one_slot)
                    v = 0;
                }
                break;
            }
        }
        specials.put(special, v);
        return v;
    }

    private void refreshCaches() {
        specials.clear();
        builtinDefiners.clear();
        typeAttrCache.clear();
        specialsVersion = space.classVersion;
        plainGetAttr = special("__getattribute__") == 0 && special("__getattr__") == 0;
        plainSetAttr = managedDict && space.objectType.is(solid) && special("__setattr__") == 0;
        Arrays.fill(hotNames, null);
        hasDel = special("__del__") != 0;
        plainNew = space.objectType.is(solid) && special("__new__") == 0 && special("__init__") == 0 && javaFinalizer == null;
        long init = special("__init__");
        pythonInit = space.objectType.is(solid) && special("__new__") == 0 && javaFinalizer == null && init != 0
                && space.functionType.check(init) ? init : 0;
    }

    @Override
    public long pythonInit() {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        return pythonInit;
    }

    @Override
    public long newForPythonInit() {
        return instantiate();
    }

    /** The fast path of {@code getattr(o, "name")} from Java: an instance attribute in the values array, no class attribute of that name. */
    @Override
    public long lookupAttr(long o, String attribute) {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        if (plainGetAttr && managedDict && dict(o) == 0 && values(o) != 0) {
            int ix = hotIndex(attribute);
            if (ix >= 0) {
                long v = memory.getLong(values(o) + 8L * ix);
                return v == 0 ? 0 : space.newRef(v);
            }
            if (ix == NOT_IN_KEYS) {
                return 0;
            }
        }
        return super.lookupAttr(o, attribute);
    }

    /**
     * The fast path of {@code setattr(o, "name", v)} from Java: the generic set of an attribute
     * whose slot the shared keys already have, no class attribute of that name (so no data
     * descriptor), the instance still without a dict; as the slow path's values-array branch.
     */
    @Override
    public void setAttr(long o, String attribute, long value) {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        if (value != 0 && plainSetAttr && dict(o) == 0 && values(o) != 0) {
            int ix = hotIndex(attribute);
            if (ix >= 0) {
                storeValue(o, ix, value);
                return;
            }
        }
        super.setAttr(o, attribute, value);
    }

    /** Stores a new reference to {@code v} in slot {@code ix} of the values array, releasing the old value (a new slot joins the insertion order). */
    private void storeValue(long o, int ix, long v) {
        long values = values(o);
        long at = values + 8L * ix;
        long old = memory.getLong(at);
        memory.putLong(at, space.newRef(v));
        if (old == 0) {
            space.dictType.valuesAddToOrder(values, ix);
        } else {
            space.decref(old);
        }
    }

    /** {@link #valuesIndex}: the class (or a base) has an attribute of that name. */
    private static final int CLASS_ATTRIBUTE = -2;
    /** {@link #valuesIndex}: neither the class nor the shared keys have the name. */
    private static final int NOT_IN_KEYS = -1;

    /**
     * The slot of {@code attribute} in the shared keys when the class has no attribute of that
     * name (and makes it one of the {@link #hotNames}), else {@link #CLASS_ATTRIBUTE} or {@link #NOT_IN_KEYS}.
     */
    private int valuesIndex(String attribute) {
        Long descr = typeAttrCache.get(attribute);
        if (descr == null) {
            descr = lookup(attribute);
            typeAttrCache.put(attribute, descr);
        }
        if (descr != 0) {
            return CLASS_ATTRIBUTE;
        }
        Integer ix = slotCache.get(attribute);
        if (ix == null) {
            int found = space.dictType.sharedKeysIndex(sharedKeys, attribute);
            if (found < 0) {
                return NOT_IN_KEYS;
            }
            ix = found;
            slotCache.put(attribute, ix);
        }
        hotNames[hotNext] = attribute;
        hotIndexes[hotNext] = ix;
        hotNext = (hotNext + 1) % HOT_NAMES;
        return ix;
    }

    /** {@link #valuesIndex} answered from the {@link #hotNames} when it can. */
    private int hotIndex(String attribute) {
        String[] names = hotNames;
        for (int i = 0; i < HOT_NAMES; i++) {
            if (names[i] == attribute) {
                return hotIndexes[i];
            }
        }
        return valuesIndex(attribute);
    }

    /** {@code C()} with object's {@code tp_new} and {@code tp_init}: the instance, without the argument tuples. */
    @Override
    public long instantiateWithoutArguments() {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        return plainNew ? instantiate() : 0;
    }

    /** {@link #special} of any type: 0 for a built-in one. */
    static long specialOf(PyType t, String special) {
        return t.specialMethod(special);
    }

    /** Calls the special method {@code attr} (found on {@code self}'s class) with {@code self} first ({@code vectorcall_method}). A new reference. */
    long callSpecialOn(long self, long attr, long... args) {
        PyType at = space.typeOf(attr);
        if (at.hasFlag(METHOD_DESCRIPTOR)) {
            long[] all = new long[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return Abstract.call(space, attr, all);
        }
        return callBound(self, attr, args);
    }

    /** {@code attr} bound to {@code self} by its {@code __get__} (if any), then called with {@code args}. A new reference. */
    private long callBound(long self, long attr, long... args) {
        PyType at = space.typeOf(attr);
        long bound = at.hasDescrGet() ? at.descrGet(attr, self, memory.getLong(self + Layout.OB_TYPE)) : space.newRef(attr);
        try {
            return Abstract.call(space, bound, args);
        } finally {
            space.decref(bound);
        }
    }

    /** {@code self.special(*args)} through the class, a new reference; the special method must exist. */
    private long callSpecial(long self, String special, long... args) {
        return callSpecial(self, special, false, args);
    }

    /**
     * {@link #callSpecial}, or with {@code bound} as {@code call_attribute} calls
     * {@code __getattribute__} and {@code __getattr__}: always bound first (the bound method holds
     * the instance during the call), where the other slots pass a function the instance unbound.
     */
    private long callSpecial(long self, String special, boolean bound, long... args) {
        long attr = special(special);
        space.incref(attr);
        try {
            return bound ? callBound(self, attr, args) : callSpecialOn(self, attr, args);
        } finally {
            space.decref(attr);
        }
    }

    /**
     * Calls a special method with an args tuple and kwargs dict prepended by {@code self}
     * ({@code lookup_method} then {@code _PyObject_Call_Prepend}): a method descriptor or function
     * gets {@code self} in the argument vector, borrowed; anything else is bound first.
     */
    private long callSpecialTuple(long self, long attr, long args, long kwargs) {
        PyType at = space.typeOf(attr);
        if (at.hasFlag(METHOD_DESCRIPTOR)) {
            return Abstract.callPrepend(space, attr, self, args, kwargs);
        }
        long callable = at.hasDescrGet() ? at.descrGet(attr, self, memory.getLong(self + Layout.OB_TYPE)) : space.newRef(attr);
        try {
            return Abstract.call(space, callable, args, kwargs);
        } finally {
            space.decref(callable);
        }
    }

    private boolean isNone(long v) {
        return v == space.none;
    }

    // ---------------------------------------------------------------- object protocol

    @Override
    public String repr(long o) {
        if (special("__repr__") == 0) {
            return space.objectType.is(solid) ? super.repr(o) : solid.repr(o);
        }
        return textResult(callSpecial(o, "__repr__"), "__repr__");
    }

    @Override
    public String str(long o) {
        if (special("__str__") == 0) {
            return strIsRepr() ? repr(o) : solid.str(o);
        }
        return textResult(callSpecial(o, "__str__"), "__str__");
    }

    /** {@code slot_tp_repr} as {@code PyObject_Repr} sees it: the object {@code __repr__} returned, itself. */
    @Override
    public long reprObject(long o) {
        if (special("__repr__") == 0) {
            return space.objectType.is(solid) ? super.reprObject(o) : solid.reprObject(o);
        }
        return strResult(callSpecial(o, "__repr__"), "__repr__");
    }

    /** {@code slot_tp_str}: the object {@code __str__} returned, itself ({@code str(x) is str(x)} for a constant). */
    @Override
    public long strObject(long o) {
        if (special("__str__") == 0) {
            return strIsRepr() ? reprObject(o) : solid.strObject(o);
        }
        return strResult(callSpecial(o, "__str__"), "__str__");
    }

    /**
     * Whether str() of an instance is its repr (object_str): no class of the MRO defines
     * {@code __str__} and no built-in base but object does (str's and bytes' own str wins over
     * a class's {@code __repr__}; int's and float's come from object).
     */
    private boolean strIsRepr() {
        PyType definer = builtinDefiner("__str__");
        boolean builtinStr = definer != null && !space.objectType.is(definer);
        return !builtinStr && (special("__repr__") != 0 || space.objectType.is(solid));
    }

    private String textResult(long r, String special) {
        long s = strResult(r, special);
        try {
            return space.strType.value(s);
        } finally {
            space.decref(s);
        }
    }

    /** {@code r} (a new reference, passed on) when it is a str; else the TypeError CPython raises. */
    private long strResult(long r, String special) {
        if (!space.strType.check(r)) {
            String type = space.typeOf(r).name;
            space.decref(r);
            throw new PyException("TypeError", special + " returned non-string (type " + type + ")");
        }
        return r;
    }

    @Override
    public String qualifiedName() {
        long module = typeDict == 0 ? 0 : space.dictType.getItemString(typeDict, "__module__");
        String q = qualnameStr != 0 ? space.strType.value(qualnameStr) : name;
        if (module != 0 && space.strType.check(module) && !space.strType.contentEquals(module, "builtins")) {
            return space.strType.value(module) + "." + q;
        }
        return q;
    }

    @Override
    public long hash(long o) {
        long h = special("__hash__");
        if (h == 0 && !space.objectType.is(solid) && !solid.hashIsNone()) {
            return solid.hash(o);
        }
        if (h == 0 && space.objectType.is(solid)) {
            return super.hash(o);
        }
        if (h == 0 || isNone(h)) { // PyObject_HashNotImplemented names the instance's type: class D(dict) is 'D' 
            throw new PyException("TypeError", "unhashable type: '" + name + "'");
        }
        long r = callSpecial(o, "__hash__");
        try {
            PyType rt = space.typeOf(r);
            if (!rt.hasFlag(LONG_SUBCLASS)) {
                throw new PyException("TypeError", "__hash__ method should return an integer");
            }
            IntType ints = space.intType; // an int subclass's value is read through int's layout
            long v = ints.fitsLong(r) ? ints.longValue(r) : ints.hash(r);
            return v == -1 ? -2 : v;
        } finally {
            space.decref(r);
        }
    }

    @Override
    protected boolean hashIsNone() {
        return isNone(special("__hash__"));
    }

    private static final String[] RICH = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        String special = RICH[op.ordinal()];
        if (special(special) == 0) {
            // no __ne__ of its own: object's inverts the class's __eq__ (object_richcompare), a
            // built-in base's answers for itself (int.__ne__ compares the ints)
            return space.objectType.is(solid) ? super.richCompare(a, b, op) : solid.richCompare(a, b, op);
        }
        return callSpecial(a, special, b);
    }

    // ---------------------------------------------------------------- attributes

    @Override
    public boolean genericGetAttr() {
        return special("__getattribute__") == 0 && special("__getattr__") == 0 && solid.genericGetAttr();
    }

    /** A metaclass's instance is a class: its missing attribute is reported as type's ({@code type object 'C' has no attribute 'x'}). */
    @Override
    public PyException attributeError(long o, String attribute) {
        return space.typeType.check(o) ? space.typeType.attributeError(o, attribute) : super.attributeError(o, attribute);
    }

    @Override
    public long getAttr(long o, long name) {
        long v = lookupAttr(o, name, true);
        if (v == 0) {
            throw attributeError(o, name);
        }
        return v;
    }

    @Override
    public long lookupAttr(long o, long name) {
        return lookupAttr(o, name, false);
    }

    /** {@code slot_tp_getattr_hook}: {@code __getattribute__} (or the generic lookup), then {@code __getattr__} on AttributeError. */
    private long lookupAttr(long o, long name, boolean raise) {
        long v;
        if (special("__getattribute__") != 0) {
            try {
                v = callSpecial(o, "__getattribute__", true, name);
            } catch (PyException e) {
                if (!Abstract.matches(space, e, "AttributeError") || special("__getattr__") == 0) {
                    if (!raise && Abstract.matches(space, e, "AttributeError")) {
                        e.release();
                        return 0;
                    }
                    throw e;
                }
                e.release();
                v = 0;
            }
        } else {
            try {
                v = space.objectType.is(solid) ? genericLookupAttr(o, name) : lookupThroughSolid(o, name);
            } catch (PyException e) {
                // an empty __slots__ member: _PyObject_LookupAttr answers "no attribute", __getattr__ may answer
                if (!Abstract.matches(space, e, "AttributeError") || raise && special("__getattr__") == 0) {
                    throw e;
                }
                e.release();
                v = 0;
            }
        }
        if (v != 0 || special("__getattr__") == 0) {
            return v;
        }
        try {
            return callSpecial(o, "__getattr__", true, name);
        } catch (PyException e) {
            if (!raise && Abstract.matches(space, e, "AttributeError")) {
                e.release();
                return 0;
            }
            throw e;
        }
    }

    /**
     * The generic lookup for a built-in subclass: the classes' descriptors and attributes around the
     * base's own lookup. A class attribute found before the base in the MRO shadows what the base's
     * lookup answers for that name (its getsets and members, {@code class E(Exception): args = ...}),
     * so then only the instance's own attribute comes before it, as in {@code _PyObject_GenericGetAttrWithDict}.
     */
    private long lookupThroughSolid(long o, long name) {
        long descr = lookup(name);
        if (descr != 0) {
            PyType dt = space.typeOf(descr);
            if (dt.hasDescrGet() && dt.hasDescrSet()) {
                return dt.descrGet(descr, o, typeObject());
            }
            // (a metaclass's instances are classes: type's own lookup, type_getattro, already puts the
            // metatype's attributes after the class's MRO and its data descriptors before it)
            if (solid.lookup(name) != descr && !space.typeType.is(solid)) {
                long own = instanceAttr(o, name);
                if (own != 0) {
                    return space.newRef(own);
                }
                return dt.hasDescrGet() ? dt.descrGet(descr, o, typeObject()) : space.newRef(descr);
            }
        }
        long v = solid.lookupAttr(o, name);
        if (v != 0) {
            return v;
        }
        if (descr != 0) {
            PyType dt = space.typeOf(descr);
            return dt.hasDescrGet() ? dt.descrGet(descr, o, typeObject()) : space.newRef(descr);
        }
        return 0;
    }

    @Override
    public void setAttr(long o, long name, long value) {
        String special = value == 0 ? "__delattr__" : "__setattr__";
        if (special(special) != 0) {
            space.decref(value == 0 ? callSpecial(o, special, name) : callSpecial(o, special, name, value));
            return;
        }
        if (!space.objectType.is(solid)) {
            long descr = lookup(name);
            if (descr != 0 && space.typeOf(descr).hasDescrSet()) {
                space.typeOf(descr).descrSet(descr, o, value);
                return;
            }
            solid.setAttr(o, name, value);
            return;
        }
        genericSetAttr(o, name, value);
    }

    /** The instance's attribute: from its dict once it has one, else from its values array (borrowed). */
    @Override
    protected long instanceAttr(long o, long name) {
        if (!managedDict) {
            long dict = varDict ? dict(o) : 0;
            return dict != 0 ? space.dictType.get(dict, name) : varDict || space.objectType.is(solid) ? 0
                    : solid.instanceAttr(o, name);
        }
        long dict = dict(o);
        if (dict != 0) {
            return space.dictType.get(dict, name);
        }
        long values = values(o);
        int ix = values == 0 ? -1 : space.dictType.sharedKeysIndex(sharedKeys, name);
        return ix < 0 ? 0 : memory.getLong(values + 8L * ix);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long v) {
        if (!managedDict && !varDict) {
            return !space.objectType.is(solid) && solid.setInstanceAttr(o, name, v);
        }
        if (v == 0) {
            delAttr(o, name);
            return true;
        }
        long dict = dict(o);
        if (dict == 0 && varDict) {
            dict = materializeDict(o);
        }
        if (dict == 0 && values(o) == 0) {
            // an instance its built-in base made has no values array: _PyObjectDict_SetItem's dict on the class's keys
            DictType dicts = space.dictType;
            dict = dicts.fromInstanceValues(sharedKeys, dicts.newValues(dicts.sharedKeysUsableSize(sharedKeys)));
            storeDict(o, dict);
        }
        boolean exact = space.strType.isExact(name);
        if (dict == 0) {
            // _PyObject_StoreInstanceAttribute: only an exact str goes into the shared keys; a
            // name of a str subclass (setattr(o, S('x'), v)) makes the instance's dict from its
            // values, and the dict keeps that name as its key (a new one: the table is combined)
            int ix = exact ? space.dictType.sharedKeysInsert(sharedKeys, name) : -1;
            if (ix >= 0) {
                storeValue(o, ix, v);
                return true;
            }
            dict = materializeDict(o);
        }
        // PyUnicode_InternInPlace leaves a str subclass as it is
        long key = exact ? space.strType.intern(space.newRef(name)) : space.newRef(name);
        try {
            space.dictType.setItem(dict, key, v);
        } finally {
            space.decref(key);
        }
        return true;
    }

    /**
     * specialize.c's analysis for a class of object with a managed dict and the generic
     * {@code __getattribute__}: where {@code name} lives (see {@link AttributeSite}).
     */
    @Override
    public AttributeSite attributeSite(long name) {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        if (!plainGetAttr || !managedDict || !space.objectType.is(solid) || !space.strType.isExact(name)) {
            return null;
        }
        long descr = lookup(name);
        PyType dt = descr == 0 ? null : space.typeOf(descr);
        long method = dt != null && dt.hasFlag(METHOD_DESCRIPTOR) && !dt.hasDescrSet() ? descr : 0;
        return new AttributeSite(descr == 0, space.dictType.sharedKeysIndex(sharedKeys, name), method,
                special("__setattr__") == 0, space.dictType.sharedKeysCount(sharedKeys));
    }

    /**
     * A {@code __slots__} member is specializable when the instances take object's generic
     * attribute access (no {@code __getattribute__}/{@code __getattr__} for a load, no
     * {@code __setattr__} for a store, object the solid base) and the name's descriptor on the MRO
     * is a member descriptor whose class this one derives from: then the generic access is that
     * descriptor's read or write at its offset, and stays so while the version tag holds.
     */
    @Override
    public long slotOffset(long name, boolean store) {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        if (!space.objectType.is(solid) || !space.strType.isExact(name)
                || (store ? special("__setattr__") != 0 : !plainGetAttr)) {
            return -1;
        }
        long descr = lookup(name);
        return descr == 0 ? -1 : space.memberDescrType.offsetFor(descr, this);
    }

    /** Set when the class is freed: it never gets a {@link #versionTag} again. */
    private boolean dead;

    /** {@code assign_version_tag}: the bases' tags first, so a class whose tag is valid has bases whose tags are. */
    @Override
    public long assignVersionTag() {
        if (versionTag == 0 && !dead) {
            for (PyType t : mro()) {
                if (t != this && t.assignVersionTag() == 0 && t instanceof ClassType) {
                    return 0;
                }
            }
            versionTag = space.nextTypeVersion();
        }
        return versionTag;
    }

    @Override
    ClassType valuesClass() {
        return managedDict ? this : null;
    }

    @Override
    public long instanceValue(long o, int index) {
        // the values pointer alone decides, as in CPython: it is 0 whenever a dict exists (class comment)
        long values = memory.getLong(o + Layout.VALUES_PTR);
        return values == 0 ? 0 : memory.getLong(values + 8L * index);
    }

    @Override
    public boolean storeInstanceValue(long o, int index, long v) {
        long values = memory.getLong(o + Layout.VALUES_PTR);
        if (values == 0) {
            return false;
        }
        long at = values + 8L * index;
        long old = memory.getLong(at);
        memory.putLong(at, v);
        if (old == 0) {
            space.dictType.valuesAddToOrder(values, index);
        } else {
            space.decref(old);
        }
        return true;
    }

    @Override
    public boolean valuesUnchanged(long o, long keysCount) {
        return memory.getLong(o + Layout.VALUES_PTR) != 0
                && space.dictType.sharedKeysCount(sharedKeys) == keysCount;
    }

    /** {@code delattr(o, name)}. */
    private void delAttr(long o, long name) {
        long dict = dict(o);
        if (dict != 0 || varDict) {
            if (dict == 0 || !space.dictType.delItem(dict, name)) {
                throw attributeError(o, name);
            }
            return;
        }
        long values = values(o);
        if (values != 0 && !space.strType.isExact(name)) {
            // _PyObject_StoreInstanceAttribute: a name of a str subclass makes the dict first
            if (!space.dictType.delItem(materializeDict(o), name)) {
                throw attributeError(o, name);
            }
            return;
        }
        int ix = values == 0 ? -1 : space.dictType.sharedKeysIndex(sharedKeys, name);
        long old = ix < 0 ? 0 : memory.getLong(values + 8L * ix);
        if (old == 0) {
            throw attributeError(o, name);
        }
        memory.putLong(values + 8L * ix, 0);
        space.dictType.valuesDeleteFromOrder(values, ix);
        space.decref(old);
    }

    /** {@code o.__dict__ = d} ({@code subtype_setdict}): the instance's dict is replaced. */
    private void setDict(long o, long v) {
        if (v == 0) {
            throw new PyException("TypeError", "cannot delete __dict__");
        }
        if (!space.dictType.check(v)) {
            throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '" + space.typeOf(v).name + "'");
        }
        long old = materializeDict(o);
        storeDict(o, space.newRef(v));
        space.decref(old);
    }

    // ---------------------------------------------------------------- calls, construction

    @Override
    public boolean isCallable() {
        return special("__call__") != 0 || solid.isCallable();
    }

    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        long c = special("__call__");
        if (c == 0) {
            if (space.objectType.is(solid)) {
                throw notCallable();
            }
            return solid.call(o, args, nargsf, kwnames);
        }
        int n = Abstract.nargs(nargsf);
        int nk = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
        // a class has no vectorcall: _PyObject_MakeTpCall counts the call a level before slot_tp_call
        RecursionDepth d = Abstract.enterRecursiveCall(space, Abstract.IN_CALL);
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        space.incref(c);
        try {
            PyType ct = space.typeOf(c);
            if (ct.hasFlag(METHOD_DESCRIPTOR)) {
                long at = area.reserve(n + nk + 1);
                memory.putLong(at, o);
                memory.copy(args, at + 8, 8L * (n + nk));
                return ct.call(c, at, n + 1, kwnames);
            }
            long bound = ct.hasDescrGet() ? ct.descrGet(c, o, typeObject()) : space.newRef(c);
            try {
                return Abstract.vectorcall(space, bound, args, n, kwnames);
            } finally {
                space.decref(bound);
            }
        } finally {
            Abstract.leaveRecursiveCall(d);
            space.decref(c);
            area.release(mark);
        }
    }

    @Override
    public long callTuple(long o, long args, long kwargs) {
        // slot_tp_call with a tuple and a dict: __call__ found on the class, self prepended (a class
        // has no vectorcall, so going back through Abstract.call would come here again)
        long c = special("__call__");
        if (c == 0) {
            if (space.objectType.is(solid)) {
                throw notCallable();
            }
            return solid.callTuple(o, args, kwargs);
        }
        space.incref(c);
        try {
            PyType ct = space.typeOf(c);
            if (ct.hasFlag(METHOD_DESCRIPTOR)) {
                return Abstract.callPrepend(space, c, o, args, kwargs);
            }
            long bound = ct.hasDescrGet() ? ct.descrGet(c, o, typeObject()) : space.newRef(c);
            try {
                return Abstract.call(space, bound, args, kwargs);
            } finally {
                space.decref(bound);
            }
        } finally {
            space.decref(c);
        }
    }

    /** {@code slot_tp_new} or the solid base's {@code tp_new}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long n = special("__new__");
        if (n == 0) {
            long o = solid.tpNew(subtype, args, kwargs);
            if (!space.objectType.is(solid) && space.typeOf(o) == solid) {
                o = subtype.adopt(o);
            }
            return o;
        }
        PyType nt = space.typeOf(n);
        long f = nt.hasDescrGet() ? nt.descrGet(n, 0, typeObject()) : space.newRef(n);
        try {
            return Abstract.callPrepend(space, f, subtype.typeObject(), args, kwargs);
        } finally {
            space.decref(f);
        }
    }

    /** A built-in base's new instance becomes this class's: {@code ob_type} set to the class, which it now holds. */
    @Override
    public long adopt(long o) {
        if (!moves) {
            memory.putLong(o + Layout.OB_TYPE, typeObject());
            space.incref(typeObject());
            return o;
        }
        // the class's block, the base's bytes copied into it, the base's block freed
        boolean oldGc = solid.hasGcHeader(o);
        if (oldGc) {
            space.untrack(o);
        }
        long baseBytes = solid.instanceSize(o);
        long n = allocate(baseBytes);
        memory.copy(o + Layout.OBJECT_HEAD, n + Layout.OBJECT_HEAD, baseBytes - Layout.OBJECT_HEAD);
        solid.relocated(o, n);
        if (oldGc) {
            space.freeGcObject(o, 0);
        } else {
            space.freeObject(o);
        }
        return n;
    }

    @Override
    public long tpAlloc(long nitems) {
        long o = allocate(solid.basicSize() + solid.itemSize() * nitems);
        if (solid.itemSize() != 0) {
            memory.putLong(o + Layout.OB_SIZE, nitems);
        }
        return o;
    }

    /**
     * {@code PyType_GenericAlloc} for this class: a block for {@code baseBytes} of the base's fields
     * (zero) and the class's own (the dict at the end of a variable-size base's, the members and
     * weakref list after a fixed-size one's; a managed dict starts with neither dict nor values), tracked as every heap
     * type's instance is, holding a reference to the class. The block is {@code _PyObject_VAR_SIZE(type,
     * nitems + 1)}: one item more than the base's (the sentinel room CPython gives every variable-size
     * instance), word-aligned, so a tuple subclass's instance takes 8 bytes more than its items and an
     * int subclass's a digit more.
     */
    private long allocate(long baseBytes) {
        long block = (baseBytes + solid.itemSize() + 7) & ~7L;
        long size = varDict ? block + 8 : Math.max(basicSize(), block);
        long n = space.newGcObject(this, size, preHeader());
        memory.fill(n + Layout.OBJECT_HEAD, size - Layout.OBJECT_HEAD, (byte) 0);
        if (managedDict) {
            // no values array: only object_new makes one (_PyObject_InitializeDict); the base's tp_new does not
            memory.putLong(n + Layout.DICT_PTR, 0);
            memory.putLong(n + Layout.VALUES_PTR, 0);
        }
        space.incref(typeObject());
        space.track(n);
        return n;
    }

    /** {@code PyObject_GC_Del} as a heap type's {@code tp_free}: the block starts at the class's pre-header. */
    @Override
    public void tpFree(long o) {
        space.freeGcObject(o, preHeader());
    }

    /** {@code slot_tp_init}: {@code __init__} must return None. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        long init = special("__init__");
        if (init == 0) {
            solid.tpInit(self, args, kwargs);
            return;
        }
        space.incref(init);
        long r;
        try {
            r = callSpecialTuple(self, init, args, kwargs);
        } finally {
            space.decref(init);
        }
        if (r != space.none) {
            String t = space.typeOf(r).name;
            space.decref(r);
            throw new PyException("TypeError", "__init__() should return None, not '" + t + "'");
        }
        space.decref(r);
    }

    /** {@code C()} from the embedding API: {@code type_call} with no arguments. */
    @Override
    public long newInstance(long[] args) {
        return Abstract.call(space, typeObject(), args);
    }

    /** {@code Py_TPFLAGS_IS_ABSTRACT}: {@code __abstractmethods__} was set to a non-empty collection. */
    private boolean isAbstract;

    @Override
    void setAbstract(boolean abstractClass) {
        isAbstract = abstractClass;
    }

    /**
     * {@code object_new}'s refusal of an abstract class: {@code Can't instantiate abstract class X
     * with abstract method(s) a, b} (the names sorted).
     */
    private PyException abstractError() {
        List<String> names = new ArrayList<>();
        long abstracts = lookup("__abstractmethods__");
        if (abstracts != 0) {
            long it = Abstract.getIter(space, abstracts);
            try {
                for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                    names.add(space.strType.check(x) ? space.strType.value(x) : Abstract.repr(space, x));
                    space.decref(x);
                }
            } finally {
                space.decref(it);
            }
        }
        java.util.Collections.sort(names);
        return new PyException("TypeError", "Can't instantiate abstract class " + name + " with abstract method"
                + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names));
    }

    /** A new tracked instance with no attributes ({@code PyType_GenericAlloc} for a class of object). New reference. */
    long instantiate() {
        if (isAbstract) {
            throw abstractError(); // object_new's check, made here where every instance of such a class is made
        }
        DictType dicts = space.dictType;
        long values = 0;
        if (managedDict) {
            dicts.sharedKeysReserve(sharedKeys);
            values = dicts.newValues(dicts.sharedKeysUsableSize(sharedKeys));
        }
        long o;
        try {
            o = space.newGcObject(this, basicSize(), managedDict ? Layout.PRE_HEADER : 0);
        } catch (RuntimeException e) {
            if (values != 0) {
                dicts.freeValues(values);
            }
            throw e;
        }
        long size = basicSize();
        if ((size & 7) == 0) {
            // the few words past the header (slots, __weakref__): one store each costs less than a slice and a bulk fill
            for (long at = Layout.OBJECT_HEAD; at < size; at += 8) {
                memory.putLong(o + at, 0);
            }
        } else {
            memory.fill(o + Layout.OBJECT_HEAD, size - Layout.OBJECT_HEAD, (byte) 0);
        }
        if (managedDict) {
            memory.putLong(o + Layout.DICT_PTR, 0);
            memory.putLong(o + Layout.VALUES_PTR, values);
        }
        space.incref(typeObject());
        space.track(o);
        return o;
    }

    // ---------------------------------------------------------------- iteration, containers, numbers

    @Override
    public long iter(long o) {
        if (special("__iter__") != 0) {
            if (isNone(special("__iter__"))) {
                throw new PyException("TypeError", "'" + name + "' object is not iterable");
            }
            return callSpecial(o, "__iter__");
        }
        // tp_iter is inherited before a __getitem__ is consulted: a built-in base's own iterator
        // (list_iter for a list subclass) wins over PySeqIter even when the class defines __getitem__
        if (!space.objectType.is(solid) && solid.builtinDefinesIter()) {
            return solid.iter(o);
        }
        if (special("__getitem__") != 0) {
            return space.seqIterType.create(o); // PySeqIter_New
        }
        if (space.objectType.is(solid)) { // a __next__ alone does not make a class iterable
            throw new PyException("TypeError", "'" + name + "' object is not iterable");
        }
        return solid.iter(o);
    }

    @Override
    public boolean isIterator() {
        return special("__next__") != 0 || solid.isIterator();
    }

    @Override
    public long iterNextRaising(long it) {
        if (special("__next__") == 0) {
            return solid.iterNextRaising(it);
        }
        return callSpecial(it, "__next__");
    }

    @Override
    public long iterNext(long it) {
        if (special("__next__") == 0) {
            return solid.iterNext(it);
        }
        try {
            return callSpecial(it, "__next__");
        } catch (PyException e) {
            if (Abstract.matches(space, e, "StopIteration")) {
                e.release();
                return 0;
            }
            throw e;
        }
    }

    @Override
    public long length(long o) {
        if (special("__len__") == 0) {
            return space.objectType.is(solid) ? super.length(o) : solid.length(o);
        }
        long result = callSpecial(o, "__len__");
        long r;
        try {
            r = Abstract.numberIndex(space, result); // slot_sq_length: _PyNumber_Index, so __index__ counts
        } finally {
            space.decref(result);
        }
        try {
            // slot_sq_length: the sign is tested first, then the size (an int subclass's value is read
            // through int's layout); too large is an OverflowError naming the result's type
            if (!space.intType.fitsLong(r)) {
                if (space.intType.bigValue(r).signum() < 0) {
                    throw new PyException("ValueError", "__len__() should return >= 0");
                }
                throw new PyException("OverflowError", "cannot fit '" + space.typeOf(r).name + "' into an index-sized integer");
            }
            long n = space.intType.longValue(r);
            if (n < 0) {
                throw new PyException("ValueError", "__len__() should return >= 0");
            }
            return n;
        } finally {
            space.decref(r);
        }
    }

    @Override
    public Buffer getBuffer(long o) {
        return solid.getBuffer(o);
    }

    @Override
    public void releaseBuffer(long o) {
        solid.releaseBuffer(o);
    }

    /**
     * {@code PyObject_LengthHint} without the default: {@code len(o)} when the class has a
     * {@code __len__} (a TypeError from it falls through to the hint), else what the class's
     * {@code __length_hint__} answers, else the built-in base's.
     */
    @Override
    public long lengthHint(long o) {
        if (special("__len__") != 0) {
            try {
                return length(o);
            } catch (PyException e) {
                if (!Abstract.matches(space, e, "TypeError")) {
                    throw e;
                }
                e.release();
            }
        }
        return special("__length_hint__") == 0 ? solid.lengthHint(o) : super.lengthHint(o);
    }

    @Override
    public long getItem(long o, long key) {
        if (special("__getitem__") == 0) {
            if (space.objectType.is(solid)) {
                return super.getItem(o, key);
            }
            RecursionDepth d = enterCoexisting("__getitem__");
            try {
                return solid.getItem(o, key);
            } finally {
                Abstract.leaveRecursiveCall(d);
            }
        }
        return callSpecial(o, "__getitem__", key);
    }

    @Override
    public long sequenceItem(long o, long i) {
        if (special("__getitem__") != 0) {
            return super.sequenceItem(o, i);
        }
        RecursionDepth d = enterCoexisting("__getitem__");
        try {
            return solid.sequenceItem(o, i);
        } finally {
            Abstract.leaveRecursiveCall(d);
        }
    }

    /**
     * The recursion level of the call of a built-in base's method that stands in its slot
     * wrapper's place ({@code METH_COEXIST}: {@code dict.__contains__}, {@code list.__getitem__}):
     * a class inheriting one gets the generic slot ({@code slot_sq_contains}, {@code slot_mp_subscript}),
     * which calls the method descriptor, and its call checks the depth; null (nothing entered)
     * when the base that gives {@code special} gives a slot wrapper.
     */
    private RecursionDepth enterCoexisting(String special) {
        PyType base = builtinDefiner(special);
        return base != null && base.coexisting().contains(special) ? Abstract.enterRecursiveCall(space, Abstract.IN_CALL) : null;
    }

    /**
     * The type whose {@code special} the class inherits when that is a built-in type (the one
     * {@code _PyType_Lookup} finds first), else null: a class or none of the MRO defines it.
     */
    private PyType builtinDefiner(String special) {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        if (builtinDefiners.containsKey(special)) {
            return builtinDefiners.get(special);
        }
        PyType found = null;
        for (PyType t : mro()) {
            if (t.typeDict != 0 && space.dictType.getItemString(t.typeDict, special) != 0) {
                found = t.hasFlag(HEAPTYPE) ? null : t;
                break;
            }
        }
        builtinDefiners.put(special, found);
        return found;
    }

    @Override
    public void setItem(long o, long key, long value) {
        String special = value == 0 ? "__delitem__" : "__setitem__";
        if (special(special) == 0) {
            if (space.objectType.is(solid)) {
                super.setItem(o, key, value);
            } else {
                solid.setItem(o, key, value);
            }
            return;
        }
        space.decref(value == 0 ? callSpecial(o, special, key) : callSpecial(o, special, key, value));
    }

    @Override
    public void setSequenceItem(long o, long i, long value) {
        if (special(value == 0 ? "__delitem__" : "__setitem__") == 0) {
            solid.setSequenceItem(o, i, value);
        } else {
            super.setSequenceItem(o, i, value);
        }
    }

    @Override
    public boolean contains(long o, long v) {
        if (special("__contains__") == 0) {
            if (builtinDefiner("__contains__") == null) { // no sq_contains: _PySequence_IterSearch over the class's own iterator
                return super.contains(o, v);
            }
            RecursionDepth d = enterCoexisting("__contains__");
            try {
                return solid.contains(o, v);
            } finally {
                Abstract.leaveRecursiveCall(d);
            }
        }
        if (special("__contains__") == space.none) { // slot_sq_contains: __contains__ = None refuses, never iterates
            throw new PyException("TypeError", "'" + name + "' object is not a container");
        }
        long r = callSpecial(o, "__contains__", v);
        try {
            return Abstract.isTrue(space, r);
        } finally {
            space.decref(r);
        }
    }

    /** {@code slot_nb_bool}: {@code __bool__} (a bool), else {@code __len__}, else the base's. */
    @Override
    public boolean isTrue(long o) {
        if (special("__bool__") != 0) {
            long r = callSpecial(o, "__bool__");
            try {
                if (r != space.trueObject && r != space.falseObject) {
                    throw new PyException("TypeError", "__bool__ should return bool, returned " + space.typeOf(r).name);
                }
                return r == space.trueObject;
            } finally {
                space.decref(r);
            }
        }
        if (special("__len__") != 0) {
            return length(o) != 0;
        }
        return solid.isTrue(o);
    }

    /**
     * {@code slot_nb_power}: {@code pow(v, w, z)} calls {@code v.__pow__(w, z)} only (three-argument
     * power never tries {@code __rpow__}); without a modulus it is the binary operator.
     */
    @Override
    public long power(long v, long w, long z) {
        if (z == space.none) {
            return binaryOp(v, w, BinaryOp.POWER);
        }
        if (space.typeOf(v) instanceof ClassType c && specialOf(c, "__pow__") != 0) {
            return c.callSpecial(v, "__pow__", w, z);
        }
        return space.newNotImplemented();
    }

    /** {@code SLOT1BINFULL}: {@code v.__op__(w)}, or {@code w.__rop__(v)}, the right operand first when its class is a subclass overriding it. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        PyType tv = space.typeOf(v);
        PyType tw = space.typeOf(w);
        long vm = specialOf(tv, op.method);
        long wm = tw != tv ? specialOf(tw, op.reflected) : 0;
        if (vm != 0 && !isNone(vm)) {
            // method_is_overloaded: a subclass that only inherits the reflected method gets no priority
            if (wm != 0 && !isNone(wm) && tw.isSubtypeOf(tv) && wm != specialOf(tv, op.reflected)) {
                long r = ((ClassType) tw).callSpecial(w, op.reflected, v);
                if (r != space.notImplemented) {
                    return r;
                }
                space.decref(r);
                wm = 0;
            }
            long r = ((ClassType) tv).callSpecial(v, op.method, w);
            if (r != space.notImplemented || tw == tv) {
                return r;
            }
            space.decref(r);
        }
        if (wm != 0 && !isNone(wm)) {
            return ((ClassType) tw).callSpecial(w, op.reflected, v);
        }
        if (vm == 0 && tv instanceof ClassType cv && !space.objectType.is(cv.solid)) {
            return cv.solid.binaryOp(v, w, op);
        }
        if (tw instanceof ClassType cw && !space.objectType.is(cw.solid) && specialOf(tw, op.reflected) == 0) {
            return cw.solid.binaryOp(v, w, op);
        }
        return space.newNotImplemented();
    }

    /**
     * {@code sq_concat}, {@code sq_repeat} and their in-place forms are inherited from the built-in
     * base ({@code inherit_slots}): {@code S('a') + 'b'} for a str subclass; a class's own
     * {@code __add__}/{@code __mul__} are number slots, tried before these.
     */
    @Override
    public long concat(long a, long b) {
        return space.objectType.is(solid) ? 0 : solid.concat(a, b);
    }

    @Override
    public long inplaceConcat(long a, long b) {
        return space.objectType.is(solid) ? 0 : solid.inplaceConcat(a, b);
    }

    @Override
    public boolean hasRepeat() {
        return !space.objectType.is(solid) && solid.hasRepeat();
    }

    @Override
    public long repeat(long a, long count) {
        return solid.repeat(a, count);
    }

    @Override
    public long inplaceRepeat(long a, long count) {
        return solid.inplaceRepeat(a, count);
    }

    @Override
    public long inplaceOp(long v, long w, BinaryOp op) {
        if (special(op.inplace) == 0) {
            return solid.inplaceOp(v, w, op);
        }
        return callSpecial(v, op.inplace, w);
    }

    @Override
    public long unaryOp(long o, UnaryOp op) {
        return special(op.method) == 0 ? solid.unaryOp(o, op) : callSpecial(o, op.method);
    }

    @Override
    public long index(long o) {
        if (special("__index__") == 0) {
            return solid.index(o);
        }
        long r = callSpecial(o, "__index__");
        if (!space.typeOf(r).hasFlag(LONG_SUBCLASS)) {
            String t = space.typeOf(r).name;
            space.decref(r);
            throw new PyException("TypeError", "__index__ returned non-int (type " + t + ")");
        }
        if (!space.intType.checkExact(r)) {
            strictSubclassWarning(r, "__index__ returned non-int", "int");
        }
        return r;
    }

    @Override
    public long toInt(long o) {
        return special("__int__") == 0 ? solid.toInt(o) : checkedResult(callSpecial(o, "__int__"), "__int__", "int",
                space.intType, space.intType::exact);
    }

    @Override
    public long toFloat(long o) {
        // PyNumber_Float names the class whose method it called
        return special("__float__") == 0 ? solid.toFloat(o) : checkedResult(callSpecial(o, "__float__"),
                currentName() + ".__float__", "float", space.floatType,
                r -> space.floatType.create(space.floatType.value(r)));
    }

    /**
     * {@code PyNumber_Long}/{@code PyNumber_Float}: a conversion method must return its type (a new
     * reference kept); an instance of a strict subclass (a bool from {@code __int__}) is taken with a
     * DeprecationWarning and copied to the exact type, as {@code _PyLong_Copy} and
     * {@code PyFloat_FromDouble} do there, so {@code int(x)} is never a bool.
     */
    private long checkedResult(long r, String special, String what, PyType expected,
            java.util.function.LongUnaryOperator exactCopy) {
        String method = special;
        if (!space.typeOf(r).isSubtypeOf(expected)) {
            String got = space.typeOf(r).name;
            space.decref(r);
            throw new PyException("TypeError", method + " returned non-" + what + " (type " + got + ")");
        }
        if (space.typeOf(r) == expected) {
            return r;
        }
        strictSubclassWarning(r, method + " returned non-" + what, what);
        long copy = exactCopy.applyAsLong(r);
        space.decref(r);
        return copy;
    }

    /** The DeprecationWarning for a conversion that returned a strict subclass; {@code r} is released when it raises. */
    private void strictSubclassWarning(long r, String what, String type) {
        try {
            space.warn("DeprecationWarning", what + " (type " + space.typeOf(r).name + ").  The ability to return an "
                    + "instance of a strict subclass of " + type + " is deprecated, and may be removed in a future "
                    + "version of Python.", 1);
        } catch (RuntimeException e) {
            space.decref(r);
            throw e;
        }
    }

    // ---------------------------------------------------------------- descriptors

    @Override
    public boolean hasDescrGet() {
        return special("__get__") != 0 || solid.hasDescrGet();
    }

    @Override
    public boolean hasDescrSet() {
        return special("__set__") != 0 || special("__delete__") != 0 || solid.hasDescrSet();
    }

    @Override
    public long descrGet(long descr, long obj, long type) {
        if (special("__get__") == 0) {
            return solid.descrGet(descr, obj, type);
        }
        return callSpecial(descr, "__get__", obj == 0 ? space.none : obj, type == 0 ? space.none : type);
    }

    @Override
    public void descrSet(long descr, long obj, long value) {
        String special = value == 0 ? "__delete__" : "__set__";
        if (special(special) == 0) {
            if (solid.hasDescrSet()) {
                solid.descrSet(descr, obj, value);
                return;
            }
            throw new PyException("AttributeError", special);
        }
        space.decref(value == 0 ? callSpecial(descr, special, obj) : callSpecial(descr, special, obj, value));
    }

    // ---------------------------------------------------------------- layout

    private long values(long o) {
        return memory.getLong(o + Layout.VALUES_PTR);
    }

    private long dict(long o) {
        return managedDict ? memory.getLong(o + Layout.DICT_PTR) : varDict ? memory.getLong(varDictAt(o)) : 0;
    }

    /** Where a variable-size base's instance keeps its dict pointer: after its last byte, word-aligned. */
    private long varDictAt(long o) {
        return o + ((solid.instanceSize(o) + 7) & ~7L);
    }

    @Override
    public int preHeader() {
        return managedDict ? Layout.PRE_HEADER : space.objectType.is(solid) ? 0 : solid.preHeader();
    }

    @Override
    public long instanceSize(long o) {
        if (space.objectType.is(solid)) {
            return basicSize();
        }
        if (!moves) {
            return solid.instanceSize(o);
        }
        return varDict ? varDictAt(o) - o + 8 : Math.max(basicSize(), solid.instanceSize(o));
    }

    /** {@code tp_dictoffset}: the managed dict's, -8 at a variable-size instance's end, or the base's. */
    @Override
    public long dictOffset() {
        return managedDict ? managedOffset : varDict ? -8 : solid.dictOffset();
    }

    /**
     * {@code sys.getsizeof(o)}: a {@code __sizeof__} the class defines is called, and the GC header and
     * pre-header are added to its answer ({@code _PySys_GetSizeOf}); otherwise the base's.
     */
    @Override
    public long sizeof(long o) {
        if (special("__sizeof__") == 0) {
            return builtinSizeof(o);
        }
        long r = callSpecial(o, "__sizeof__");
        try {
            if (!space.intType.check(r)) {
                throw new PyException("TypeError", "an integer is required");
            }
            IntType ints = space.intType; // an int subclass's value is read through int's layout
            if (!ints.fitsLong(r)) {
                throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
            }
            long n = ints.longValue(r);
            if (n < 0) {
                throw new PyException("ValueError", "__sizeof__() should return >= 0");
            }
            return n + (hasGcHeader(o) ? Layout.GC_HEAD + preHeader() : 0);
        } finally {
            space.decref(r);
        }
    }

    /** {@code sys.getsizeof(o)} as the solid base computes it, for an instance of this class. */
    @Override
    long builtinSizeof(long o) {
        if (space.objectType.is(solid) || !moves) {
            return space.objectType.is(solid) ? super.sizeof(o) : solid.sizeof(o);
        }
        // the base's __sizeof__ (with this class's basic size where it counts its type's), then
        // the GC header every heap type's instance has, and the pre-header
        long own = solid.sizeof(o) - (solid.hasGcHeader(o) ? Layout.GC_HEAD : 0);
        if (solid.sizeofCountsTypeBasicSize()) {
            own += basicSize() - solid.basicSize();
        }
        return own + Layout.GC_HEAD + preHeader();
    }

    @Override
    public boolean hasGcHeader(long o) {
        return space.objectType.is(solid) || moves || solid.hasGcHeader(o);
    }

    @Override
    protected int gcHeaders() {
        return space.objectType.is(solid) || moves ? GC_HEADERS_ALL : solid.gcHeaders();
    }

    @Override
    public int weaklistOffset() {
        return weaklist;
    }

    /** The class's shared keys block (borrowed). */
    long sharedKeys() {
        return sharedKeys;
    }

    /**
     * {@code o.__dict__}: the instance's dict, made on first request as a split dict that takes
     * over the values array and shares the class's keys ({@code make_dict_from_instance_attributes}).
     * Borrowed.
     */
    long materializeDict(long o) {
        long dict = dict(o);
        if (dict != 0) {
            return dict;
        }
        if (varDict || values(o) == 0) {
            // PyObject_GenericGetDict: a new empty dict when there are no values to take over
            dict = space.dictType.create();
            storeDict(o, dict);
            return dict;
        }
        dict = space.dictType.fromInstanceValues(sharedKeys, values(o));
        memory.putLong(o + Layout.DICT_PTR, dict);
        memory.putLong(o + Layout.VALUES_PTR, 0);
        return dict;
    }

    /**
     * {@code _PyObject_FreeInstanceAttributes}: releases the values in slot order, then frees the
     * array. The instance no longer points to the array, so nothing a release runs can reach it
     * (each slot is cleared before its release all the same); no Java copy is made, so a death
     * allocates nothing on the Java heap.
     */
    private void releaseValues(long values) {
        int held = (int) space.dictType.sharedKeysCount(sharedKeys);
        for (int ix = 0; ix < held; ix++) {
            long at = values + 8L * ix;
            long v = memory.getLong(at);
            if (v != 0) {
                memory.putLong(at, 0);
                space.decref(v);
            }
        }
        space.dictType.freeValues(values);
    }

    /** The names set on {@code o}, in the order they were set. */
    List<String> attributeNames(long o) {
        long dict = dict(o);
        List<String> names = new ArrayList<>();
        if (dict != 0) {
            space.dictType.forEach(dict, (k, v) -> names.add(space.strType.value(k)));
            return names;
        }
        long values = managedDict ? values(o) : 0;
        if (values == 0) {
            return names;
        }
        DictType dicts = space.dictType;
        for (int k = 0, n = dicts.valuesOrderCount(values); k < n; k++) {
            names.add(space.strType.value(dicts.sharedKey(sharedKeys, dicts.valuesOrderAt(values, k))));
        }
        return names;
    }

    /** Stores {@code dict} (a reference the caller gives) as the instance's {@code __dict__}. */
    private void storeDict(long o, long dict) {
        memory.putLong(varDict ? varDictAt(o) : o + Layout.DICT_PTR, dict);
    }

    /** The attribute values while the instance has no dict, then its {@code __dict__}. */
    private void forEachAttributeReferent(long o, LongConsumer visitor) {
        long values = managedDict ? values(o) : 0;
        if (values != 0) {
            for (int ix = 0, n = (int) space.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                long v = memory.getLong(values + 8L * ix);
                if (v != 0) {
                    visitor.accept(v);
                }
            }
        }
        long dict = dict(o);
        if (dict != 0) {
            visitor.accept(dict);
        }
    }

    /** The references this class's layout adds (values, {@code __dict__}, {@code __slots__} members). */
    private void forEachOwnReferent(long o, LongConsumer visitor) {
        forEachAttributeReferent(o, visitor);
        for (int m : members) {
            long v = memory.getLong(o + m);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        if (!space.objectType.is(solid)) {
            solid.forEachReferent(o, visitor);
        }
        forEachOwnReferent(o, visitor);
        visitor.accept(typeObject());
    }

    /**
     * {@code subtype_traverse}, in its order: each class's {@code __slots__} members (the most derived
     * class's first), the attribute values, the {@code __dict__}, the class, then the built-in base's
     * {@code tp_traverse}.
     */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        for (PyType t = this; t instanceof ClassType c; t = c.base) {
            int inherited = c.base instanceof ClassType b ? b.members.length : 0;
            for (int i = inherited; i < c.members.length; i++) {
                long v = memory.getLong(o + c.members[i]);
                if (v != 0) {
                    visitor.accept(v);
                }
            }
        }
        forEachAttributeReferent(o, visitor);
        visitor.accept(typeObject());
        if (!space.objectType.is(solid)) {
            solid.traverse(o, visitor);
        }
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        int seen = 0;
        if (!space.objectType.is(solid)) {
            int[] count = {0};
            solid.forEachReferent(o, v -> count[0]++);
            if (ordinal < count[0]) {
                return solid.referentName(o, ordinal, text);
            }
            seen = count[0];
        }
        long values = managedDict ? values(o) : 0;
        if (values != 0) {
            for (int ix = 0, n = (int) space.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                if (memory.getLong(values + 8L * ix) != 0 && seen++ == ordinal) {
                    return "attribute ." + space.dictType.sharedKeyName(sharedKeys, ix);
                }
            }
        }
        if (dict(o) != 0 && seen++ == ordinal) {
            return "__dict__";
        }
        for (int m : members) {
            if (memory.getLong(o + m) != 0 && seen++ == ordinal) {
                return "slot at +" + m;
            }
        }
        return seen == ordinal ? "__class__" : super.referentName(o, ordinal, text);
    }

    /**
     * The base's blocks, then the values array while the instance has no dict: its prefix byte says
     * where the block starts, and the traversal reads as many slots as the shared keys hold names.
     */
    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        if (!space.objectType.is(solid) && !solid.forEachOwnedBlock(o, visitor)) {
            return false;
        }
        long values = managedDict ? values(o) : 0;
        if (values == 0) {
            return true;
        }
        if (!visitor.readable(values - 1, 1)) {
            return visitor.damaged("values pointer " + Addresses.hex(values) + " is not in an allocated block");
        }
        int prefix = memory.getByte(values - 1) & 0xFF;
        return visitor.owned(values - prefix, prefix + 8 * space.dictType.sharedKeysCount(sharedKeys));
    }

    /** {@code subtype_clear}: the class's own references, then the base's {@code tp_clear}. */
    @Override
    public void clear(long o) {
        long values = managedDict ? values(o) : 0;
        if (values != 0) {
            for (int ix = 0, n = (int) space.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                long at = values + 8L * ix;
                long v = memory.getLong(at);
                if (v != 0) {
                    memory.putLong(at, 0);
                    space.decref(v);
                }
            }
            memory.putByte(values - 2, (byte) 0);
        }
        releaseDictAndMembers(o);
        if (!space.objectType.is(solid)) {
            solid.clear(o);
        }
    }

    private void releaseDictAndMembers(long o) {
        long dict = dict(o);
        if (dict != 0) {
            storeDict(o, 0);
            space.decref(dict);
        }
        for (int m : members) {
            long v = memory.getLong(o + m);
            if (v != 0) {
                memory.putLong(o + m, 0);
                space.decref(v);
            }
        }
    }

    @Override
    public boolean hasFinalizer() {
        if (specialsVersion != space.classVersion) {
            refreshCaches();
        }
        return javaFinalizer != null || hasDel || solid.hasFinalizer();
    }

    @Override
    public void finalize(long o) {
        if (javaFinalizer != null) {
            javaFinalizer.finalize(o);
        }
        if (special("__del__") != 0) {
            space.decref(callSpecial(o, "__del__"));
        } else if (solid.hasFinalizer()) {
            solid.finalize(o);
        }
    }

    /**
     * {@code subtype_dealloc}: the finalizer, the weakrefs (when this class added the list), the
     * values, dict and members, then the base's {@code tp_dealloc} with {@code ob_type} still this
     * class (so no free list keeps the instance, and the block is freed with the class's layout),
     * then the reference to the class.
     */
    @Override
    public void dealloc(long o) {
        boolean gc = hasGcHeader(o);
        if (gc) {
            space.untrack(o);
        }
        if (hasFinalizer()) {
            // As CPython's subtype_dealloc: __del__ runs with the object tracked, so a collection
            // it triggers sees the object (and what only it holds) as live; a resurrected object
            // stays tracked.
            if (gc) {
                space.track(o);
            }
            if (!space.callFinalizerFromDealloc(o)) {
                return; // resurrected
            }
            if (gc) {
                space.untrack(o);
            }
        }
        long type = typeObject();
        boolean builtinBase = !space.objectType.is(solid);
        if (weaklist != 0 && (!builtinBase || solid.weaklistOffset() == 0) && memory.getLong(o + weaklist) != 0) {
            space.clearWeakrefs(o);
        }
        long values = managedDict ? values(o) : 0;
        if (values != 0) {
            memory.putLong(o + Layout.VALUES_PTR, 0);
            releaseValues(values);
        }
        releaseDictAndMembers(o);
        if (builtinBase) {
            // ob_type stays this class, also where the instance has the base's layout (a tuple or
            // list class with empty __slots__): the base's free lists take exact instances only
            solid.dealloc(o);
        } else {
            tpFree(o);
        }
        space.decref(type);
    }

    // ================================================================== the class object (TypeType's slots for it)

    /**
     * The type object's bytes: {@code type_new_alloc}'s {@code tp_alloc(metatype, nslot)}, which
     * {@code PyType_GenericAlloc} sizes for one item more than asked (the member table's sentinel).
     */
    long typeObjectBytes() {
        return TYPE_OBJECT_SIZE + MEMBER_DEF_SIZE * (ownSlots + 1L);
    }

    /** {@code sys.getsizeof(C)}: the heap type object and its GC header, and the shared keys when it has them. */
    long typeObjectSizeof() {
        return TYPE_OBJECT_SIZE + Layout.GC_HEAD + (sharedKeys != 0 ? DictType.SHARED_KEYS_BYTES : 0);
    }

    private static final int[] CLASS_FIELDS = {Layout.TP_DICT, Layout.TP_MRO, Layout.TP_BASES, Layout.TP_BASE,
            Layout.TP_SUBCLASSES, Layout.HT_NAME, Layout.HT_QUALNAME, Layout.HT_SLOTS};
    private static final String[] CLASS_FIELD_NAMES = {"__dict__", "__mro__", "__bases__", "__base__", "tp_subclasses",
            "__name__", "__qualname__", "__slots__"};
    /** {@code type_dealloc}'s order of release. */
    private static final int[] DEALLOC_FIELDS = {Layout.TP_BASE, Layout.TP_DICT, Layout.TP_BASES, Layout.TP_MRO,
            Layout.TP_SUBCLASSES, Layout.HT_NAME, Layout.HT_QUALNAME, Layout.HT_SLOTS};
    /** What {@code type_traverse} visits: the fields that can be part of a cycle (not the subclasses' weakrefs, nor str). */
    private static final int[] TRAVERSED_FIELDS = {Layout.TP_DICT, Layout.TP_MRO, Layout.TP_BASES, Layout.TP_BASE};

    /** {@code type_traverse}: the namespace, the MRO, the bases and the base, as {@code gc.get_referents(C)} lists them. */
    void traverseClass(LongConsumer visitor) {
        long t = typeObject();
        for (int f : TRAVERSED_FIELDS) {
            long v = memory.getLong(t + f);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    void forEachClassReferent(LongConsumer visitor) {
        long t = typeObject();
        for (int f : CLASS_FIELDS) {
            long v = memory.getLong(t + f);
            if (v != 0) {
                visitor.accept(v);
            }
        }
        // A heap metaclass (the class's own type) is reported by the metaclass's ClassType, as
        // for any instance of a class.
        if (sharedKeys != 0) {
            space.dictType.forEachSharedKey(sharedKeys, visitor);
        }
    }

    /** Names the references {@link #forEachClassReferent} visits, for messages. */
    String classReferentName(int ordinal) {
        long t = typeObject();
        int seen = 0;
        for (int i = 0; i < CLASS_FIELDS.length; i++) {
            if (memory.getLong(t + CLASS_FIELDS[i]) != 0 && seen++ == ordinal) {
                return CLASS_FIELD_NAMES[i];
            }
        }
        int key = ordinal - seen;
        return sharedKeys != 0 && key < space.dictType.sharedKeysCount(sharedKeys)
                ? "shared key '" + space.dictType.sharedKeyName(sharedKeys, key) + "'" : "referent #" + ordinal;
    }

    /** The shared keys block, whose header is read once the visitor confirmed it, then claimed whole. */
    boolean forEachClassOwnedBlock(OwnedBlockVisitor visitor) {
        return sharedKeys == 0 || space.dictType.forEachSharedKeysBlock(sharedKeys, visitor);
    }

    /** {@code C.__name__ = v} / {@code C.__qualname__ = v}: the type object already holds the new str. */
    void renamed(int offset, long v) {
        if (offset == Layout.HT_NAME) {
            nameStr = v;
            if (!staticName) {
                name = space.strType.value(v); // type_set_name: tp_name is the new name's
            }
        } else {
            qualnameStr = v;
        }
    }

    /** {@code type_clear}: drops the namespace and the MRO (what makes the cycles a class lives in). */
    void clearClass() {
        long t = typeObject();
        for (int f : new int[] {Layout.TP_DICT, Layout.TP_MRO}) {
            long v = memory.getLong(t + f);
            if (v != 0) {
                memory.putLong(t + f, 0);
                if (f == Layout.TP_DICT) {
                    typeDict = 0;
                    space.classVersion++;
                    modified();
                }
                space.decref(v);
            }
        }
    }

    void deallocClass() {
        long t = typeObject();
        space.untrack(t);
        space.typeType.removeAllSubclasses(this, bases());
        if (memory.getLong(t + Layout.TP_WEAKLIST) != 0) {
            space.clearWeakrefs(t);
        }
        long keys = sharedKeys;
        sharedKeys = 0;
        long[] fields = new long[DEALLOC_FIELDS.length];
        for (int i = 0; i < DEALLOC_FIELDS.length; i++) {
            fields[i] = memory.getLong(t + DEALLOC_FIELDS[i]);
        }
        typeDict = 0;
        space.classVersion++;
        modified();
        dead = true; // its type object's address may be a new class's next: no tag for it any more
        space.unregister(this);
        space.freeGcObject(t, 0);
        for (long v : fields) {
            space.xdecref(v);
        }
        // a metaclass's reference is released by its own dealloc (subtype_dealloc), which called this one
        if (keys != 0) {
            space.dictType.keysDecref(keys); // the names go with the last holder of the keys
        }
    }

    @Override
    public String toString() {
        // type_repr: module.qualname while __module__ is a str other than 'builtins', else tp_name (the __name__)
        long module = typeDict == 0 ? 0 : space.dictType.getItemString(typeDict, "__module__");
        if (module != 0 && space.strType.check(module) && !space.strType.contentEquals(module, "builtins")) {
            return "<class '" + qualifiedName() + "'>";
        }
        return "<class '" + currentName() + "'>";
    }
}
