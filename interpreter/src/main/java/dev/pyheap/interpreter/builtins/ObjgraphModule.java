package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.InterpreterState;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code _objgraph}: the counting half of the library's {@code objgraph} module, which walks the
 * collector's lists in place instead of building {@code gc.get_objects()} and naming each object
 * in Python. {@code count(typename)}, {@code typestats(shortnames)} and {@code by_type(typename)}
 * see exactly the objects {@code gc.get_objects()} returns, in its order, and name them as
 * objgraph does: the class's {@code __name__}, or {@code __module__ + '.' + __name__} when the
 * wanted name has a dot (or {@code shortnames} is false) and the class has a true
 * {@code __module__}.
 */
final class ObjgraphModule {
    private ObjgraphModule() {
    }

    static void fill(ModuleTable table, long module, long dict, PyHeap heap) {
        ObjectSpace space = table.space();
        InterpreterState state = heap.interpreterState();
        SysModule.function(space, module, dict, "count", (self, a, n, kw) -> {
            String typename = typename(space, new CallArgs(space, "count", a, n, kw).keywords().exactly(1).get(0));
            try (Census census = new Census(space, state, typename.indexOf('.') < 0)) {
                long k = 0;
                for (long o : census.objects) {
                    if (census.name(o).equals(typename)) {
                        k++;
                    }
                }
                return space.newInt(k);
            }
        });
        SysModule.function(space, module, dict, "by_type", (self, a, n, kw) -> {
            String typename = typename(space, new CallArgs(space, "by_type", a, n, kw).keywords().exactly(1).get(0));
            try (Census census = new Census(space, state, typename.indexOf('.') < 0)) {
                long[] found = new long[census.objects.length];
                int k = 0;
                for (long o : census.objects) {
                    if (census.name(o).equals(typename)) {
                        found[k++] = o;
                    }
                }
                return space.listType.create(Arrays.copyOf(found, k));
            }
        });
        SysModule.function(space, module, dict, "typestats", (self, a, n, kw) -> {
            boolean shortnames = Abstract.isTrue(space, new CallArgs(space, "typestats", a, n, kw).keywords().exactly(1).get(0));
            Map<String, Long> stats = new LinkedHashMap<>();
            try (Census census = new Census(space, state, shortnames)) {
                for (long o : census.objects) {
                    stats.merge(census.name(o), 1L, Long::sum);
                }
            }
            long result = space.dictType.create();
            try {
                stats.forEach((name, k) -> {
                    long v = space.newInt(k);
                    try {
                        SysModule.setItem(space, result, name, v);
                    } finally {
                        space.decref(v);
                    }
                });
            } catch (RuntimeException e) {
                space.decref(result);
                throw e;
            }
            return result;
        });
    }

    private static String typename(ObjectSpace space, long o) {
        if (!space.strType.check(o)) {
            // objgraph tests "'.' in typename" first
            throw new PyException("TypeError", "argument of type '" + space.typeOf(o).name + "' is not iterable");
        }
        return space.strType.value(o);
    }

    /**
     * The tracked objects at the call, each held by a new reference until {@link #close}: naming
     * a class may run Python code (a metaclass's attributes), which must not free what is still
     * to be counted. Names are computed once per class.
     */
    private static final class Census implements AutoCloseable {
        final ObjectSpace space;
        final boolean shortnames;
        final long[] objects;
        private final Map<Long, String> names = new HashMap<>();

        Census(ObjectSpace space, InterpreterState state, boolean shortnames) {
            this.space = space;
            this.shortnames = shortnames;
            long[][] buffer = {new long[1024]};
            int[] k = {0};
            state.gcState().forEachObject(-1, o -> {
                if (k[0] == buffer[0].length) {
                    buffer[0] = Arrays.copyOf(buffer[0], k[0] * 2);
                }
                buffer[0][k[0]++] = o;
            });
            objects = Arrays.copyOf(buffer[0], k[0]);
            for (long o : objects) {
                space.incref(o);
            }
        }

        String name(long o) {
            long type = space.typeOf(o).typeObject();
            String known = names.get(type);
            if (known == null) {
                known = shortnames ? attribute(type, "__name__") : longName(type);
                names.put(type, known);
            }
            return known;
        }

        private String longName(long type) {
            String name = attribute(type, "__name__");
            long module = Abstract.lookupAttr(space, type, "__module__");
            if (module == 0) {
                return name;
            }
            try {
                return Abstract.isTrue(space, module) ? Abstract.str(space, module) + "." + name : name;
            } finally {
                space.decref(module);
            }
        }

        private String attribute(long type, String attribute) {
            long v = Abstract.getAttr(space, type, attribute);
            try {
                return Abstract.str(space, v);
            } finally {
                space.decref(v);
            }
        }

        @Override
        public void close() {
            for (long o : objects) {
                space.decref(o);
            }
        }
    }
}
