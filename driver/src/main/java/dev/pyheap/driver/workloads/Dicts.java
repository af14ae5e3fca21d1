package dev.pyheap.driver.workloads;

import dev.pyheap.driver.Leak;
import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.patterns.SplitMix64;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;

/**
 * Dict operations on each thread's own table (a local {@code table} of the thread's frame: a dict
 * from the ints 0..{@value #TABLES} to dicts): {@code d[k] = v} with interned str keys
 * ({@code 'k17'}) or int keys, {@code del d[k]}, lookups, {@code d.pop(k)}, clear (and at
 * {@value #MAX_SIZE} items), replacing a dict by a new one, nesting a new dict or set, so dicts
 * move between CPython 3.11's unicode and general key kinds, resize through
 * {@code insertion_resize} and leave dummies, and the dict free lists are used. In 2% of the
 * operations a dict that contains itself is made and dropped ({@code e = {}; e[0] = e; del e}).
 *
 * <p>Left behind without a cycle collector: those dicts, 2 blocks each (the dict and its keys).
 */
public final class Dicts implements Workload {
    static final int TABLES = 32;
    static final int MAX_SIZE = 500;
    static final int KEYS = 200;

    @Override
    public String name() {
        return "dicts";
    }

    @Override
    public String description() {
        return "set/get/del/pop/clear on " + TABLES + " dicts per thread, str and int keys; 2% self-containing dicts dropped";
    }

    @Override
    public long defaultOps() {
        return 1_000_000;
    }

    @Override
    public Program load(LoadContext context) {
        return new Program() {
            @Override
            public Mutator mutator(MutatorContext c) {
                return new DictOps(c);
            }

            @Override
            public void unload(PyThreadState t) {
            }
        };
    }

    private static final class DictOps implements Mutator {
        private final PyThreadState t;
        private final SplitMix64 random;
        private final Handle table;
        private long cycles;

        DictOps(MutatorContext context) {
            this.t = context.thread();
            this.random = new SplitMix64(context.seed());
            PyFrame frame = t.pushFrame("dicts", "dicts.py", 1);
            this.table = t.newDict();
            for (int i = 0; i < TABLES; i++) {
                try (Handle k = t.newInt(i); Handle d = t.newDict()) {
                    t.setitem(table, k, d);
                }
            }
            frame.setLocal("table", table);
        }

        /** An interned str key ({@code 'k17'}) or an int key. */
        private Handle key() {
            long k = random.nextBelow(KEYS);
            return random.nextBelow(4) == 0 ? t.newInt(k * 3) : t.literal("k" + k);
        }

        private Handle value() {
            long r = random.nextBelow(4);
            if (r == 0) {
                return t.newFloat(random.nextBelow(1 << 20) / 16.0);
            } else if (r == 1) {
                return t.newStr("v" + random.nextBelow(10_000));
            }
            return t.newInt(random.nextBelow(300));
        }

        @Override
        public boolean step() {
            long r = random.nextBelow(100);
            try (Handle index = t.newInt(random.nextBelow(TABLES)); Handle d = t.getitem(table, index)) {
                if (t.len(d) >= MAX_SIZE) {
                    t.clear(d);
                } else if (r < 30) {
                    try (Handle k = key(); Handle v = value()) {
                        t.setitem(d, k, v);
                    }
                } else if (r < 45) {
                    try (Handle k = key()) {
                        if (t.contains(d, k)) {
                            t.delitem(d, k);
                        }
                    }
                } else if (r < 60) {
                    try (Handle k = key()) {
                        if (t.contains(d, k)) {
                            t.getitem(d, k).close();
                        }
                    }
                } else if (r < 70) {
                    try (Handle k = key()) {
                        if (t.contains(d, k)) {
                            t.dictPop(d, k).close();
                        }
                    }
                } else if (r < 73) {
                    t.clear(d);
                } else if (r < 83) {
                    try (Handle fresh = t.newDict()) {
                        for (int i = (int) random.nextBelow(6); i > 0; i--) {
                            try (Handle k = key(); Handle v = value()) {
                                t.setitem(fresh, k, v);
                            }
                        }
                        t.setitem(table, index, fresh);
                    }
                } else if (r < 90) {
                    try (Handle k = key(); Handle nested = t.newDict(); Handle v = value()) {
                        t.setitem(nested, k, v);
                        t.setitem(d, k, nested);
                    }
                } else if (r < 98) {
                    try (Handle k = key(); Handle a = value(); Handle b = t.newInt(random.nextBelow(50));
                         Handle set = t.newSet(a, b)) {
                        t.setitem(d, k, set);
                    }
                } else {
                    try (Handle self = t.newDict(); Handle zero = t.newInt(0)) {
                        t.setitem(self, zero, self);
                    }
                    cycles++;
                }
            }
            return true;
        }

        @Override
        public void finish() {
            table.close();
            t.popFrame();
        }

        @Override
        public Leak leftBehind() {
            return Leak.of("dict", cycles, 2 * cycles);
        }
    }
}
