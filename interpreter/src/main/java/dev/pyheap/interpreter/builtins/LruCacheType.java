package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StructType;

import java.util.function.LongConsumer;

/**
 * {@code functools._lru_cache_wrapper} (Modules/_functoolsmodule.c's {@code lru_cache_object}): what
 * {@code lru_cache} wraps a function in. A call makes the key of its arguments ({@code _make_key}:
 * the one int or str argument itself, else the argument tuple, or a new tuple of the positionals,
 * the keyword marker and the keyword pairs, then with {@code typed} the types of all values) and
 * looks it up in the cache dict:
 * <ul>
 * <li>{@code maxsize=0}: no cache; every call is a miss.
 * <li>{@code maxsize=None}: the dict maps the key to the result.
 * <li>bounded: the dict maps the key to a link ({@code functools._lru_list_elem}) of a circular
 *     doubly linked list whose root is the wrapper itself, least recently used first. A hit moves
 *     its link to the end; a miss when the cache is full reuses the first link for the new key,
 *     after taking the old key out of the dict. The user function may reenter the wrapper: a key
 *     another call added meanwhile is kept, and an oldest key some call removed meanwhile is not
 *     evicted twice.
 * </ul>
 * The wrapper has {@code tp_call} only, so a call through it counts one level against the recursion
 * limit besides the function's own frame, as CPython's.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 root.prev  +24 root.next  (+32 .. +56 the rest of the root link, unused)
 *   +56 wrapper (0 uncached, 1 infinite, 2 bounded)  +64 typed  +72 cache  +80 hits  +88 func
 *   +96 maxsize  +104 misses  +112 kwd_mark  +120 lru_list_elem_type  +128 cache_info_type
 *   +136 __dict__  +144 weakreflist                                                152 bytes
 *
 *   link (_lru_list_elem, 56 bytes, not GC): +16 prev  +24 next  +32 hash  +40 key  +48 result
 * </pre>
 * Each link is held twice: by the cache dict and by the list. The wrapper's traverse visits each
 * link's key and result (the links are no GC objects), then its fields.
 */
final class LruCacheType extends StructType {
    static final int PREV = 16, NEXT = 24, HASH = 32, KEY = 40, RESULT = 48;
    static final int WRAPPER = 56, TYPED = 64, CACHE = 72, HITS = 80, FUNC = 88, MAXSIZE = 96, MISSES = 104,
            KWD_MARK = 112, ELEM_TYPE = 120, CACHE_INFO_TYPE = 128, DICT = 136, WEAKLIST = 144, SIZE = 152;
    private static final int UNCACHED = 0, INFINITE = 1, BOUNDED = 2;

    private final LinkType linkType;
    /** The {@code kwd_mark} every wrapper's keys share (the module state's in CPython), held until the interpreter closes. */
    private long kwdMark;

    LruCacheType(ObjectSpace space, long kwdMark) {
        super(space, "functools._lru_cache_wrapper", null, HAVE_GC | BASETYPE | METHOD_DESCRIPTOR, SIZE, 0, WEAKLIST,
                "cache", CACHE, "func", FUNC, "kwd_mark", KWD_MARK, "lru_list_elem_type", ELEM_TYPE,
                "cache_info_type", CACHE_INFO_TYPE, "dict", DICT);
        traversesSelectively(); // the collectors must see the keys and results the links hold
        this.linkType = space.register(new LinkType(space));
        this.kwdMark = space.newRef(kwdMark);
        defineMethod("cache_info", (self, a) -> {
            Args.none("cache_info", a);
            return cacheInfo(self);
        });
        defineMethod("cache_clear", (self, a) -> {
            Args.none("cache_clear", a);
            cacheClear(self);
            return space.newNone();
        });
        defineMethod("__reduce__", (self, a) -> {
            Args.none("__reduce__", a);
            return Abstract.getAttr(space, self, "__qualname__");
        });
        defineMethod("__copy__", (self, a) -> {
            Args.none("__copy__", a);
            return space.newRef(self);
        });
        defineMethod("__deepcopy__", (self, a) -> {
            Args.one("__deepcopy__", a);
            return space.newRef(self);
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_CALL, SlotWrappers.Slot.TP_DESCR_GET),
                SlotWrappers.Slot.TP_GETATTRO);
    }

    @Override
    protected void fillDict() {
        putInDict("__dict__", space.getSetDescrType.create(this, "__dict__", o -> space.newRef(ownDict(o, DICT)), (o, v) -> {
            if (v == 0) {
                throw new PyException("TypeError", "cannot delete __dict__");
            }
            if (!space.dictType.check(v)) {
                throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '" + space.typeOf(v).name + "'");
            }
            setField(o, DICT, v);
        }));
        putInDict("__doc__", space.strType.runtime("""
                Create a cached callable that wraps another function.

                user_function:      the function being cached

                maxsize:  0         for no caching
                          None      for unlimited cache size
                          n         for a bounded cache

                typed:    False     cache f(3) and f(3.0) as identical calls
                          True      cache f(3) and f(3.0) as distinct calls

                cache_info_type:    namedtuple class with the fields:
                                        hits misses currsize maxsize
                """));
        putInDict("__module__", space.strType.runtime("functools"));
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

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, DICT, name, value);
        return true;
    }

    // ---------------------------------------------------------------- construction

    /** {@code lru_cache_new}: {@code (user_function, maxsize, typed, cache_info_type)}, parsed as {@code "OOpO:lru_cache"}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long[] p = FunctoolsModule.parse(space, "lru_cache", args, kwargs, 4, "user_function", "maxsize", "typed",
                "cache_info_type");
        long func = p[0], maxsizeObject = p[1];
        boolean typed = Abstract.isTrue(space, p[2]);
        if (!Abstract.isCallable(space, func)) {
            throw new PyException("TypeError", "the first argument must be callable");
        }
        int wrapper;
        long maxsize;
        if (maxsizeObject == space.none) {
            wrapper = INFINITE;
            maxsize = -1;
        } else if (space.typeOf(maxsizeObject).hasFlag(LONG_SUBCLASS) || space.typeOf(maxsizeObject).specialMethod("__index__") != 0) {
            long i = Abstract.numberIndex(space, maxsizeObject);
            try {
                if (!space.intType.fitsLong(i)) {
                    throw new PyException("OverflowError", "cannot fit 'int' into an index-sized integer");
                }
                maxsize = space.intType.longValue(i);
            } finally {
                space.decref(i);
            }
            if (maxsize < 0) {
                maxsize = 0;
            }
            wrapper = maxsize == 0 ? UNCACHED : BOUNDED;
        } else {
            throw new PyException("TypeError", "maxsize should be integer or None");
        }
        long o = space.newGcObject(this, SIZE, 0);
        memory.fill(o + 16, SIZE - 16, (byte) 0);
        memory.putLong(o + PREV, o);
        memory.putLong(o + NEXT, o);
        memory.putLong(o + WRAPPER, wrapper);
        memory.putLong(o + TYPED, typed ? 1 : 0);
        memory.putLong(o + CACHE, space.dictType.create());
        memory.putLong(o + FUNC, space.newRef(func));
        memory.putLong(o + MAXSIZE, maxsize);
        memory.putLong(o + KWD_MARK, space.newRef(kwdMark));
        memory.putLong(o + ELEM_TYPE, space.newRef(linkType.typeObject()));
        memory.putLong(o + CACHE_INFO_TYPE, space.newRef(p[3]));
        space.track(o);
        return subtype == this ? o : subtype.adopt(o);
    }

    /** {@code lru_cache_descr_get}: bound to an instance as a method, itself through the class. */
    @Override
    public boolean hasDescrGet() {
        return true;
    }

    @Override
    public long descrGet(long o, long obj, long type) {
        if (obj == 0 || obj == space.none) {
            return space.newRef(o);
        }
        return space.methodType.create(o, obj);
    }

    // ---------------------------------------------------------------- calls

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public long callTuple(long o, long args, long kwargs) {
        long cache = field(o, CACHE);
        if (cache == 0) { // cleared by a collection while still reachable from a finalizer
            throw new PyException("ReferenceError", "the lru_cache wrapper was cleared");
        }
        return switch ((int) memory.getLong(o + WRAPPER)) {
            case UNCACHED -> {
                bump(o, MISSES);
                yield Abstract.call(space, field(o, FUNC), args, kwargs);
            }
            case INFINITE -> infinite(o, cache, args, kwargs);
            default -> bounded(o, cache, args, kwargs);
        };
    }

    private void bump(long o, int counter) {
        memory.putLong(o + counter, memory.getLong(o + counter) + 1);
    }

    /** {@code infinite_lru_cache_wrapper}. */
    private long infinite(long o, long cache, long args, long kwargs) {
        long key = makeKey(o, args, kwargs);
        try {
            long result = space.dictType.get(cache, key);
            if (result != 0) {
                bump(o, HITS);
                return space.newRef(result);
            }
            bump(o, MISSES);
            result = Abstract.call(space, field(o, FUNC), args, kwargs);
            try {
                space.dictType.setItem(cache, key, result);
            } catch (RuntimeException e) {
                space.decref(result);
                throw e;
            }
            return result;
        } finally {
            space.decref(key);
        }
    }

    /** {@code bounded_lru_cache_wrapper}. */
    private long bounded(long o, long cache, long args, long kwargs) {
        long key = makeKey(o, args, kwargs);
        long hash;
        long link;
        try {
            hash = Abstract.hash(space, key);
            link = space.dictType.get(cache, key);
        } catch (RuntimeException e) {
            space.decref(key);
            throw e;
        }
        if (link != 0) {
            extract(link);
            append(o, link);
            bump(o, HITS);
            space.decref(key);
            return space.newRef(memory.getLong(link + RESULT));
        }
        bump(o, MISSES);
        long result;
        try {
            result = Abstract.call(space, field(o, FUNC), args, kwargs);
            if (space.dictType.get(cache, key) != 0) {
                // the call itself added this key: its link is already in place
                space.decref(key);
                return result;
            }
        } catch (RuntimeException e) {
            space.decref(key);
            throw e;
        }
        if (space.dictType.size(cache) < memory.getLong(o + MAXSIZE) || memory.getLong(o + NEXT) == o) {
            link = linkType.create(hash, key, result); // takes the key's reference
            try {
                space.dictType.setItem(cache, key, link);
            } catch (RuntimeException e) {
                space.decref(link);
                space.decref(result);
                throw e;
            }
            append(o, link);
            return result;
        }
        // full: the oldest link is taken out and reused for the new key
        link = memory.getLong(o + NEXT);
        extract(link);
        long popped;
        try {
            popped = space.dictType.pop(cache, memory.getLong(link + KEY));
        } catch (RuntimeException e) {
            prepend(o, link);
            space.decref(key);
            space.decref(result);
            throw e;
        }
        if (popped == 0) {
            // a call meanwhile removed the oldest key: the orphaned link is dropped
            space.decref(link);
            space.decref(key);
            return result;
        }
        long oldKey = memory.getLong(link + KEY), oldResult = memory.getLong(link + RESULT);
        memory.putLong(link + HASH, hash);
        memory.putLong(link + KEY, key);
        memory.putLong(link + RESULT, space.newRef(result));
        try {
            space.dictType.setItem(cache, key, link);
        } catch (RuntimeException e) {
            space.decref(popped);
            space.decref(link);
            space.decref(oldKey);
            space.decref(oldResult);
            space.decref(result);
            throw e;
        }
        append(o, link);
        space.decref(popped);
        space.decref(oldKey);
        space.decref(oldResult);
        return result;
    }

    /**
     * {@code lru_cache_make_key}: the one int or str argument itself, the argument tuple itself, or
     * {@code args + (kwd_mark, k1, v1, ...) + types} when there are keywords or the cache is typed. New reference.
     */
    private long makeKey(long o, long args, long kwargs) {
        boolean typed = memory.getLong(o + TYPED) != 0;
        int nk = kwargs == 0 ? 0 : (int) space.dictType.size(kwargs);
        int n = (int) space.tupleType.size(args);
        if (!typed && nk == 0) {
            if (n == 1) {
                long only = space.tupleType.item(args, 0);
                if (space.typeOf(only) == space.strType || space.intType.checkExact(only)) {
                    return space.newRef(only);
                }
            }
            return space.newRef(args);
        }
        int size = n + (nk > 0 ? 2 * nk + 1 : 0) + (typed ? n + nk : 0);
        long[] items = new long[size];
        int at = 0;
        for (int i = 0; i < n; i++) {
            items[at++] = space.tupleType.item(args, i);
        }
        long[] values = new long[nk];
        if (nk > 0) {
            items[at++] = field(o, KWD_MARK);
            int[] k = {at, 0};
            space.dictType.forEach(kwargs, (key, value) -> {
                items[k[0]++] = key;
                items[k[0]++] = value;
                values[k[1]++] = value;
            });
            at += 2 * nk;
        }
        if (typed) {
            for (int i = 0; i < n; i++) {
                items[at++] = space.typeOf(space.tupleType.item(args, i)).typeObject();
            }
            for (long v : values) {
                items[at++] = space.typeOf(v).typeObject();
            }
        }
        return space.tupleType.create(items);
    }

    // ---------------------------------------------------------------- the list

    private void extract(long link) {
        long prev = memory.getLong(link + PREV), next = memory.getLong(link + NEXT);
        memory.putLong(prev + NEXT, next);
        memory.putLong(next + PREV, prev);
    }

    /** Links {@code link} as the most recently used, before the root. */
    private void append(long root, long link) {
        long last = memory.getLong(root + PREV);
        memory.putLong(last + NEXT, link);
        memory.putLong(root + PREV, link);
        memory.putLong(link + PREV, last);
        memory.putLong(link + NEXT, root);
    }

    /** Links {@code link} as the least recently used, after the root. */
    private void prepend(long root, long link) {
        long first = memory.getLong(root + NEXT);
        memory.putLong(root + NEXT, link);
        memory.putLong(first + PREV, link);
        memory.putLong(link + PREV, root);
        memory.putLong(link + NEXT, first);
    }

    /** {@code lru_cache_unlink_list}: the chain of links (0 when empty), the root left alone in its ring. */
    private long unlinkList(long o) {
        long first = memory.getLong(o + NEXT);
        if (first == o) {
            return 0;
        }
        memory.putLong(memory.getLong(o + PREV) + NEXT, 0);
        memory.putLong(o + PREV, o);
        memory.putLong(o + NEXT, o);
        return first;
    }

    /** {@code lru_cache_clear_list}: releases the list's reference to each link of the chain. */
    private void clearList(long link) {
        while (link != 0) {
            long next = memory.getLong(link + NEXT);
            space.decref(link);
            link = next;
        }
    }

    private void cacheClear(long o) {
        long list = unlinkList(o);
        memory.putLong(o + HITS, 0);
        memory.putLong(o + MISSES, 0);
        long cache = field(o, CACHE);
        if (cache != 0) {
            space.dictType.clear(cache);
        }
        clearList(list);
    }

    /** {@code lru_cache_cache_info}: {@code CacheInfo(hits, misses, maxsize or None, len(cache))}. */
    private long cacheInfo(long o) {
        long maxsize = memory.getLong(o + MAXSIZE);
        long cache = field(o, CACHE);
        long[] values = {space.newInt(memory.getLong(o + HITS)), space.newInt(memory.getLong(o + MISSES)),
                maxsize < 0 ? space.newNone() : space.newInt(maxsize), space.newInt(cache == 0 ? 0 : space.dictType.size(cache))};
        try {
            return Abstract.call(space, field(o, CACHE_INFO_TYPE), values);
        } finally {
            for (long v : values) {
                space.decref(v);
            }
        }
    }

    // ---------------------------------------------------------------- gc

    /** What this type holds outside any object (the shared {@code kwd_mark}): a root of the interpreter's. */
    void forEachHeld(LongConsumer visitor) {
        if (kwdMark != 0) {
            visitor.accept(kwdMark);
        }
    }

    /** The module state's end ({@code _functools}' m_free): the shared {@code kwd_mark} released. */
    void releaseHeld() {
        long mark = kwdMark;
        kwdMark = 0;
        space.xdecref(mark);
    }

    /** The counted references: each link (the list's), then the fields. */
    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        for (long link = memory.getLong(o + NEXT); link != o && link != 0; link = memory.getLong(link + NEXT)) {
            visitor.accept(link);
        }
        super.forEachReferent(o, visitor);
    }

    /** {@code lru_cache_tp_traverse}: the type, each link's key and result, then the fields. */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        if (space.typeOf(o) == this) {
            visitor.accept(typeObject());
        }
        for (long link = memory.getLong(o + NEXT); link != o && link != 0; link = memory.getLong(link + NEXT)) {
            visitor.accept(memory.getLong(link + KEY));
            visitor.accept(memory.getLong(link + RESULT));
        }
        super.forEachReferent(o, visitor);
    }

    /** {@code lru_cache_tp_clear}: the list unlinked first, its links released after the fields. */
    @Override
    public void clear(long o) {
        long list = unlinkList(o);
        clearFields(o);
        clearList(list);
    }

    /** The {@code _lru_list_elem} type: a link of the bounded cache's list, holding its key and result. */
    static final class LinkType extends PyType {
        LinkType(ObjectSpace space) {
            super(space, "functools._lru_list_elem", null, 0, 56, 0);
        }

        @Override
        protected boolean ownNew() {
            return false;
        }

        /** A link of {@code key} (its reference taken over) and {@code result} (a new reference taken). New reference. */
        long create(long hash, long key, long result) {
            long o = space.newObject(this, 56);
            memory.putLong(o + PREV, 0);
            memory.putLong(o + NEXT, 0);
            memory.putLong(o + HASH, hash);
            memory.putLong(o + KEY, key);
            memory.putLong(o + RESULT, space.newRef(result));
            return o;
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            visitor.accept(memory.getLong(o + KEY));
            visitor.accept(memory.getLong(o + RESULT));
        }

        @Override
        public void dealloc(long o) {
            long key = memory.getLong(o + KEY), result = memory.getLong(o + RESULT);
            tpFree(o);
            space.decref(key);
            space.decref(result);
        }
    }
}
