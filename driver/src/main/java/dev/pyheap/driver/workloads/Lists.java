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
 * List operations on each thread's own table of {@value #LISTS} lists (a local {@code lists} of the
 * thread's frame): append, pop, insert, {@code del l[i]}, {@code l[i] = v}, extend, nesting a new
 * list, clear (and at {@value #MAX_LENGTH} items), replacing a list by a new one, reads and
 * membership tests. Items are small ints, floats and strings, so the lists grow and shrink through
 * CPython's over-allocating {@code list_resize} and the float and list free lists are exercised.
 * In 2% of the operations a list that contains itself is made and dropped ({@code l = [1, 2];
 * l.append(l); del l}).
 *
 * <p>Left behind without a cycle collector: those self-containing lists, 2 blocks each (the list
 * and its item array).
 */
public final class Lists implements Workload {
    static final int LISTS = 64;
    static final int MAX_LENGTH = 1000;

    @Override
    public String name() {
        return "lists";
    }

    @Override
    public String description() {
        return "append/pop/insert/del/extend/clear on " + LISTS + " lists per thread; 2% self-containing lists dropped";
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
                return new ListOps(c);
            }

            @Override
            public void unload(PyThreadState t) {
            }
        };
    }

    private static final class ListOps implements Mutator {
        private final PyThreadState t;
        private final SplitMix64 random;
        private final Handle lists;
        private long cycles;

        ListOps(MutatorContext context) {
            this.t = context.thread();
            this.random = new SplitMix64(context.seed());
            PyFrame frame = t.pushFrame("lists", "lists.py", 1);
            this.lists = t.newList();
            for (int i = 0; i < LISTS; i++) {
                try (Handle l = t.newList()) {
                    t.append(lists, l);
                }
            }
            frame.setLocal("lists", lists);
        }

        private Handle item() {
            long r = random.nextBelow(10);
            if (r < 5) {
                return t.newInt(random.nextBelow(262) - 5);
            } else if (r < 8) {
                return t.newFloat(r + random.nextBelow(1000) / 8.0);
            }
            return t.newStr("item-" + random.nextBelow(100));
        }

        private long index(long n) {
            return random.nextBelow(n);
        }

        @Override
        public boolean step() {
            long r = random.nextBelow(100);
            try (Handle l = t.getitem(lists, random.nextBelow(LISTS))) {
                long n = t.len(l);
                if (n >= MAX_LENGTH) {
                    t.clear(l);
                } else if (r < 25) {
                    try (Handle v = item()) {
                        t.append(l, v);
                    }
                } else if (r < 35) {
                    if (n > 0) {
                        t.listPop(l).close();
                    }
                } else if (r < 45) {
                    try (Handle v = item()) {
                        t.insert(l, n == 0 ? 0 : index(n), v);
                    }
                } else if (r < 55) {
                    if (n > 0) {
                        t.delitem(l, index(n));
                    }
                } else if (r < 65) {
                    if (n > 0) {
                        try (Handle v = item()) {
                            t.setitem(l, index(n), v);
                        }
                    }
                } else if (r < 73) {
                    try (Handle a = item(); Handle b = item(); Handle c = item()) {
                        t.extend(l, a, b, c);
                    }
                } else if (r < 78) {
                    try (Handle a = item(); Handle b = item(); Handle nested = t.newList(a, b)) {
                        t.append(l, nested);
                    }
                } else if (r < 80) {
                    t.clear(l);
                } else if (r < 88) {
                    try (Handle a = item(); Handle fresh = t.newList(a)) {
                        t.setitem(lists, random.nextBelow(LISTS), fresh);
                    }
                } else if (r < 98) {
                    if (n > 0) {
                        try (Handle v = t.getitem(l, index(n))) {
                            t.contains(l, v);
                        }
                    }
                } else {
                    try (Handle one = t.newInt(1); Handle two = t.newInt(2); Handle self = t.newList(one, two)) {
                        t.append(self, self);
                    }
                    cycles++;
                }
            }
            return true;
        }

        @Override
        public void finish() {
            lists.close();
            t.popFrame();
        }

        @Override
        public Leak leftBehind() {
            return Leak.of("list", cycles, 2 * cycles);
        }
    }
}
