package dev.pyheap.driver.workloads;

import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.WorkloadError;
import dev.pyheap.driver.patterns.SplitMix64;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;

/**
 * Identity of strings and ints (facts §3), checked as it goes: run-time strings are new objects
 * until {@code sys.intern} makes equal ones one object; identifier-like literals are interned
 * (and mortal: they leave the table when they die); one-character latin-1 strings come from a
 * cache; the ints -5..256 are cached and larger ones are new objects. Strings are kept in a ring
 * buffer of {@value #BUFFER} slots and counted in a dict keyed by interned strings, and new ones are
 * made by concatenating kept ones. A check that fails stops the run with the exact case.
 *
 * <p>Builds no cycle: nothing is left behind under any collector. Loading makes the 256
 * one-character strings of the latin-1 cache, which live as long as the heap.
 */
public final class Strings implements Workload {
    static final int BUFFER = 256;
    static final int WORDS = 500;

    @Override
    public String name() {
        return "strings";
    }

    @Override
    public String description() {
        return "interning, literals, the latin-1 and small-int caches, concatenation; identities checked";
    }

    @Override
    public long defaultOps() {
        return 1_000_000;
    }

    @Override
    public Program load(LoadContext context) {
        PyThreadState t = context.thread();
        for (char ch = 0; ch < 256; ch++) {
            t.newStr(String.valueOf(ch)).close(); // fills the cache before the baseline
        }
        return new Program() {
            @Override
            public Mutator mutator(MutatorContext c) {
                return new StringOps(c);
            }

            @Override
            public void unload(PyThreadState thread) {
            }
        };
    }

    private static final class StringOps implements Mutator {
        private final PyThreadState t;
        private final SplitMix64 random;
        private final Handle buffer;
        private final Handle counts;
        private int next;

        StringOps(MutatorContext context) {
            this.t = context.thread();
            this.random = new SplitMix64(context.seed());
            PyFrame frame = t.pushFrame("strings", "strings.py", 1);
            try (Handle none = t.none()) {
                Handle[] slots = new Handle[BUFFER];
                java.util.Arrays.fill(slots, none);
                this.buffer = t.newList(slots);
            }
            this.counts = t.newDict();
            frame.setLocal("buffer", buffer);
            frame.setLocal("counts", counts);
        }

        private String word() {
            return "w" + random.nextBelow(WORDS);
        }

        private void keep(Handle s) {
            t.setitem(buffer, next, s);
            next = (next + 1) % BUFFER;
        }

        private void expect(boolean condition, String what) {
            if (!condition) {
                throw new WorkloadError("strings: " + what);
            }
        }

        @Override
        public boolean step() {
            long r = random.nextBelow(100);
            if (r < 20) {
                try (Handle s = t.newStr(word() + "-" + random.nextBelow(1000))) {
                    keep(s);
                }
            } else if (r < 35) {
                String w = word();
                try (Handle a = t.newStr(w); Handle b = t.newStr(w)) {
                    expect(!t.is(a, b), "two run-time strings " + w + " are one object");
                    try (Handle ia = t.intern(a); Handle ib = t.intern(b)) {
                        expect(t.is(ia, ib), "sys.intern('" + w + "') gave two objects");
                        keep(ia);
                    }
                }
            } else if (r < 50) {
                String w = word();
                try (Handle a = t.literal(w); Handle b = t.literal(w)) {
                    expect(t.is(a, b), "the literal '" + w + "' is two objects");
                }
            } else if (r < 65) {
                long small = random.nextBelow(262) - 5;
                try (Handle a = t.newInt(small); Handle b = t.newInt(small)) {
                    expect(t.is(a, b), "the small int " + small + " is two objects");
                }
                long big = 257 + random.nextBelow(1_000_000);
                try (Handle a = t.newInt(big); Handle b = t.newInt(big)) {
                    expect(!t.is(a, b) && t.eq(a, b), "the int " + big + " was cached");
                }
            } else if (r < 75) {
                String ch = String.valueOf((char) (128 + random.nextBelow(128)));
                try (Handle a = t.newStr(ch); Handle b = t.newStr(ch)) {
                    expect(t.is(a, b), "the latin-1 character U+" + Integer.toHexString(ch.charAt(0))
                            + " is not cached");
                    keep(a);
                }
            } else if (r < 90) {
                try (Handle s = t.newStr(word()); Handle key = t.intern(s)) {
                    long count = 0;
                    if (t.contains(counts, key)) {
                        try (Handle v = t.getitem(counts, key)) {
                            count = (Long) t.javaValue(v);
                        }
                    }
                    try (Handle v = t.newInt(count + 1)) {
                        t.setitem(counts, key, v);
                    }
                }
            } else {
                try (Handle a = t.getitem(buffer, random.nextBelow(BUFFER));
                     Handle b = t.getitem(buffer, random.nextBelow(BUFFER))) {
                    Object x = t.javaValue(a);
                    Object y = t.javaValue(b);
                    String joined = (x == null ? "None" : x.toString()) + (y == null ? "None" : y.toString());
                    try (Handle s = t.newStr(joined.length() > 64 ? joined.substring(0, 64) : joined)) {
                        keep(s);
                    }
                }
            }
            return true;
        }

        @Override
        public void finish() {
            buffer.close();
            counts.close();
            t.popFrame();
        }
    }
}
