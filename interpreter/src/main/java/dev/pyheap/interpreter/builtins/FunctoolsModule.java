package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _functools} (Modules/_functoolsmodule.c): {@code partial} ({@link PartialType}),
 * {@code _lru_cache_wrapper} ({@link LruCacheType}), {@code cmp_to_key} and its key objects
 * ({@link KeyWrapperType}) and {@code reduce}; functools.py imports them and writes the rest
 * ({@code lru_cache}, {@code wraps}, {@code total_ordering}, ...) in Python, as CPython's does.
 */
final class FunctoolsModule {
    private FunctoolsModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        PartialType partial = space.register(new PartialType(space));
        SysModule.setItem(space, dict, "partial", partial.typeObject());
        long kwdMark = Abstract.call(space, space.objectType.typeObject());
        try {
            LruCacheType lru = space.register(new LruCacheType(space, kwdMark));
            SysModule.setItem(space, dict, "_lru_cache_wrapper", lru.typeObject());
            table.interpreter().addRoots(lru::forEachHeld);
            table.atClose(lru::releaseHeld);
        } finally {
            space.decref(kwdMark);
        }
        KeyWrapperType keys = space.register(new KeyWrapperType(space));
        SysModule.function(space, module, dict, "cmp_to_key", (self, a, n, kw) -> {
            long cmp = parse(space, "cmp_to_key", new CallArgs(space, "cmp_to_key", a, n, kw), a, (int) n, kw, 1, "mycmp")[0];
            return keys.create(keys, cmp, 0);
        });
        SysModule.function(space, module, dict, "reduce", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "reduce", a, n, kw).keywords().range(2, 3);
            return reduce(space, c.get(0), c.get(1), n > 2 ? c.get(2) : 0);
        });
    }

    /**
     * {@code functools_reduce}: {@code function} folded over the items of {@code sequence} from the
     * left, starting from {@code initial} (0: the first item). New reference.
     */
    private static long reduce(ObjectSpace space, long function, long sequence, long initial) {
        long it;
        try {
            it = Abstract.getIter(space, sequence);
        } catch (PyException e) {
            if (Abstract.matches(space, e, "TypeError")) {
                e.release();
                throw new PyException("TypeError", "reduce() arg 2 must support iteration");
            }
            throw e;
        }
        long result = initial == 0 ? 0 : space.newRef(initial);
        try {
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it)) {
                if (result == 0) {
                    result = item;
                    continue;
                }
                long previous = result;
                result = 0;
                try {
                    result = Abstract.call(space, function, new long[] {previous, item});
                } finally {
                    space.decref(previous);
                    space.decref(item);
                }
            }
        } catch (RuntimeException e) {
            space.xdecref(result);
            throw e;
        } finally {
            space.decref(it);
        }
        if (result == 0) {
            throw new PyException("TypeError", "reduce() of empty iterable with no initial value");
        }
        return result;
    }

    /**
     * {@code PyArg_ParseTupleAndKeywords} with {@code required} leading parameters named
     * {@code names} (the rest optional, 0 when absent), for a call through {@code tp_call}.
     */
    static long[] parse(ObjectSpace space, String function, long args, long kwargs, int required, String... names) {
        int n = (int) space.tupleType.size(args);
        int nk = kwargs == 0 ? 0 : (int) space.dictType.size(kwargs);
        long[] positional = new long[n];
        for (int i = 0; i < n; i++) {
            positional[i] = space.tupleType.item(args, i);
        }
        String[] keys = new String[nk];
        long[] values = new long[nk];
        if (nk > 0) {
            int[] k = {0};
            space.dictType.forEach(kwargs, (key, value) -> {
                keys[k[0]] = space.strType.value(key);
                values[k[0]++] = value;
            });
        }
        return parse(function, positional, keys, values, required, names);
    }

    /** {@link #parse(ObjectSpace, String, long, long, int, String...)} for a vectorcall's arguments. */
    static long[] parse(ObjectSpace space, String function, CallArgs c, long a, int n, long kwnames, int required,
            String... names) {
        long[] positional = new long[n];
        for (int i = 0; i < n; i++) {
            positional[i] = c.get(i);
        }
        int nk = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
        String[] keys = new String[nk];
        long[] values = new long[nk];
        for (int k = 0; k < nk; k++) {
            keys[k] = space.strType.value(space.tupleType.item(kwnames, k));
            values[k] = c.get(n + k);
        }
        return parse(function, positional, keys, values, required, names);
    }

    /** {@code vgetargskeywords}' checks, in its order: the count, each parameter by position or name, then unknown names. */
    private static long[] parse(String function, long[] positional, String[] keys, long[] values, int required, String[] names) {
        int total = positional.length + keys.length;
        if (total > names.length) {
            throw new PyException("TypeError", function + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + total + " given)");
        }
        long[] p = new long[names.length];
        boolean[] used = new boolean[keys.length];
        for (int i = 0; i < names.length; i++) {
            int k = java.util.Arrays.asList(keys).indexOf(names[i]);
            if (i < positional.length) {
                if (k >= 0) {
                    throw new PyException("TypeError", "argument for " + function + "() given by name ('" + names[i]
                            + "') and position (" + (i + 1) + ")");
                }
                p[i] = positional[i];
            } else if (k >= 0) {
                p[i] = values[k];
                used[k] = true;
            } else if (i < required) {
                throw new PyException("TypeError", function + "() missing required argument '" + names[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        for (int k = 0; k < keys.length; k++) {
            if (!used[k]) {
                throw CallArguments.invalidKeyword(keys[k], function);
            }
        }
        return p;
    }
}
