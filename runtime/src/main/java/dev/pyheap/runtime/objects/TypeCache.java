package dev.pyheap.runtime.objects;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The type attribute cache: CPython 3.11's method cache ({@code struct type_cache} of the
 * interpreter state, used by {@code _PyType_Lookup} in {@code Objects/typeobject.c}), one per heap.
 *
 * <h2>Design</h2>
 * 4096 entries ({@code MCACHE_SIZE_EXP} 12), each a type version tag, a name and the value the
 * lookup of that name along that type's MRO found (0 when it found nothing):
 * <pre>
 *   index  = (tag XOR (address of name &gt;&gt; 3)) &amp; 4095           MCACHE_HASH_METHOD
 *   lookup = entry at index has (type's tag, name)  -&gt; its value        a hit: no MRO walk
 *            otherwise the walk (find_name_in_mro); then, when the name is cacheable and the type
 *            gets a valid tag (assign_version_tag), the entry at index is overwritten
 * </pre>
 * Only the version tag and the name's identity are compared, so a hit needs no type test: tags are
 * unique in a heap and never reused ({@link ObjectSpace#nextTypeVersion}), and any change of a
 * type's namespace or MRO ({@link PyType#modified}, {@code PyType_Modified}) ends its tag and its
 * subclasses', which leaves their entries unreachable until they are overwritten. So the value is
 * borrowed: while the tag is valid the namespace that holds the value is unchanged.
 * <p>
 * Each entry holds a strong reference to its name, as CPython's does ({@code Py_SETREF(entry->name,
 * Py_NewRef(name))}): that is the reference a Python program sees when {@code sys.getrefcount} of a
 * name goes up by one after the name is first looked up on a class, and down again after
 * {@code sys._clear_type_cache()}. An entry is made for a name that is exactly a str (not a subclass)
 * of at most 100 code points ({@code MCACHE_CACHEABLE_NAME}, {@code MCACHE_MAX_ATTR_SIZE}) and a type
 * that can have a version tag; the walk alone answers otherwise. Entries stay when their type dies
 * or changes: CPython releases the names only when an entry is overwritten, when the cache is
 * cleared ({@code sys._clear_type_cache}, {@code PyType_ClearCache}) and at finalization
 * ({@code _PyType_Fini}). The names are roots (the sanity checker counts them, {@link ObjectSpace#forEachRoot});
 * CPython's cleared entries hold None where these hold 0.
 * <p>
 * The index uses our heap's addresses and version tags, which are not CPython's: the same rule
 * replaces entries, not necessarily the same ones. Lookups by a Java name ({@link PyType#lookup(String)}:
 * the runtime's own special-method lookups, CPython's statically allocated {@code _Py_ID} names,
 * whose counts no program sees change) walk the MRO without the cache, so they never keep a str
 * alive that CPython would not have made.
 */
final class TypeCache {
    /** {@code MCACHE_SIZE_EXP}. */
    static final int SIZE_EXP = 12;
    /** {@code MCACHE_MAX_ATTR_SIZE}: longer names are never cached. */
    static final long MAX_ATTR_SIZE = 100;
    private static final int MASK = (1 << SIZE_EXP) - 1;

    private final ObjectSpace space;
    /** {@code entry->version}: 0 for an empty entry (no valid tag is 0). */
    private final long[] versions = new long[1 << SIZE_EXP];
    /** {@code entry->name}: a counted reference, or 0. */
    private final long[] names = new long[1 << SIZE_EXP];
    /** {@code entry->value}: borrowed, 0 when the name was not found. */
    private final long[] values = new long[1 << SIZE_EXP];

    TypeCache(ObjectSpace space) {
        this.space = space;
    }

    /** {@code MCACHE_HASH_METHOD(type, name)}: C's unsigned int arithmetic, then the low 12 bits. */
    static int index(long tag, long name) {
        return ((int) tag ^ (int) (name >> 3)) & MASK;
    }

    /** Whether the entry at {@code i} is {@code (tag, name)}: a hit. */
    boolean hit(int i, long tag, long name) {
        return versions[i] == tag && names[i] == name;
    }

    /** The value of entry {@code i} (borrowed, 0: cached as absent). */
    long value(int i) {
        return values[i];
    }

    /** Overwrites entry {@code i} with {@code (tag, name, value)}: the entry takes a reference to {@code name}, the old name's is released. */
    void put(int i, long tag, long name, long value) {
        versions[i] = tag;
        values[i] = value;
        long old = names[i];
        if (old != name) {
            space.incref(name);
            names[i] = name;
            if (old != 0) {
                space.decref(old);
            }
        }
    }

    /**
     * {@code type_cache_clear}: every entry emptied, each name released ({@code sys._clear_type_cache()},
     * and the heap's finalization).
     */
    void clear() {
        Arrays.fill(versions, 0);
        Arrays.fill(values, 0);
        for (int i = 0; i < names.length; i++) {
            long n = names[i];
            if (n != 0) {
                names[i] = 0;
                space.decref(n);
            }
        }
    }

    /** Visits each name an entry holds (one counted reference each). */
    void forEachName(LongConsumer visitor) {
        for (long n : names) {
            if (n != 0) {
                visitor.accept(n);
            }
        }
    }
}
