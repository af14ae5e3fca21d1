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
 * A program with a slowly growing retained set, the classic "leak" of a long-running service: a
 * global list {@code cache}, shared by the threads, that is only ever appended to. Every operation
 * makes short-lived garbage (a small list and dict); one in {@value #RETAIN_EVERY} also appends a
 * {@code Record} (with a list payload) to the cache, and one retained record in
 * {@value #PAIR_EVERY} is a {@code Person} whose {@code pet} is a {@code Dog} whose {@code master}
 * is the person. The heap grows for the whole run; the leak check then empties the cache.
 *
 * <h2>The program, as Python</h2>
 * Each thread runs {@code handle_request} once per operation, in a frame whose line moves to each
 * allocating statement, so tracemalloc names these lines ({@code leaky.py:19} is the line that
 * grows the cache with records):
 * <pre>
 * 10  def handle_request(r):
 * 11      temp = [r &amp; 0xFF, float(r &gt;&gt; 11)]
 * 12      d = {}
 * 13      d[temp[0]] = temp
 * 14      if r % 16 == 0:
 * 15          if retained % 64 == 0:
 * 16              p = Person(); g = Dog(); p.pet = g; g.master = p
 * 17              cache.append(p)
 * 18          else:
 * 19              cache.append(Record(payload=[x, x, x]))
 * </pre>
 *
 * <p>Left behind without a cycle collector: every retained Person↔Dog pair, 4 blocks each (two
 * instances and their values arrays); the records are freed with the cache.
 */
public final class Leaky implements Workload {
    static final int RETAIN_EVERY = 16;
    static final int PAIR_EVERY = 64;
    /** The source file tracemalloc reports. */
    public static final String FILE = "leaky.py";
    static final int LINE_DEF = 10;
    static final int LINE_TEMP = 11;
    static final int LINE_DICT = 12;
    static final int LINE_SETITEM = 13;
    static final int LINE_PAIR = 16;
    static final int LINE_APPEND_PAIR = 17;
    /** The line that grows the cache: {@code cache.append(Record(payload=[x, x, x]))}. */
    public static final int LINE_GROWTH = 19;

    @Override
    public String name() {
        return "leaky";
    }

    @Override
    public String description() {
        return "short-lived garbage and a global cache that only grows (1 op in " + RETAIN_EVERY
                + " retains a record, some Person<->Dog pairs)";
    }

    @Override
    public long defaultOps() {
        return 1_000_000;
    }

    @Override
    public Program load(LoadContext context) {
        PyThreadState t = context.thread();
        Handle record = Classes.define(t, "Record", "payload");
        Handle person = Classes.define(t, "Person", "pet");
        Handle dog = Classes.define(t, "Dog", "master");
        try (Handle cache = t.newList()) {
            t.setGlobal("cache", cache);
        }
        return new Program() {
            @Override
            public Mutator mutator(MutatorContext c) {
                return new Growth(c, record, person, dog);
            }

            @Override
            public void reset(PyThreadState thread) {
                try (Handle cache = thread.getGlobal("cache")) {
                    thread.clear(cache);
                }
            }

            @Override
            public void unload(PyThreadState thread) {
                thread.delGlobal("cache");
                for (Handle h : new Handle[] {record, person, dog}) {
                    h.close();
                }
                thread.delGlobal("Record");
                thread.delGlobal("Person");
                thread.delGlobal("Dog");
            }
        };
    }

    private static final class Growth implements Mutator {
        private final PyThreadState t;
        private final SplitMix64 random;
        private final Handle cache;
        private final Handle record;
        private final Handle person;
        private final Handle dog;
        private long retained;
        private long pairs;
        private final PyFrame frame;

        Growth(MutatorContext context, Handle record, Handle person, Handle dog) {
            this.t = context.thread();
            this.frame = t.pushFrame("handle_request", FILE, LINE_DEF);
            this.random = new SplitMix64(context.seed());
            this.cache = t.getGlobal("cache");
            this.record = record;
            this.person = person;
            this.dog = dog;
        }

        @Override
        public boolean step() {
            long r = random.next();
            frame.setLine(LINE_TEMP);
            try (Handle a = t.newInt(r & 0xFF); Handle b = t.newFloat(r >>> 11);
                 Handle temp = t.newList(a, b)) {
                frame.setLine(LINE_DICT);
                try (Handle d = t.newDict()) {
                    frame.setLine(LINE_SETITEM);
                    t.setitem(d, a, temp);
                }
            }
            if (Long.remainderUnsigned(r, RETAIN_EVERY) == 0) {
                if (++retained % PAIR_EVERY == 0) {
                    frame.setLine(LINE_PAIR);
                    try (Handle p = t.call(person); Handle g = t.call(dog)) {
                        t.setattr(p, "pet", g);
                        t.setattr(g, "master", p);
                        frame.setLine(LINE_APPEND_PAIR);
                        t.append(cache, p);
                    }
                    pairs++;
                } else {
                    frame.setLine(LINE_GROWTH);
                    try (Handle rec = t.call(record); Handle x = t.newInt(retained & 0x7F);
                         Handle payload = t.newList(x, x, x)) {
                        t.setattr(rec, "payload", payload);
                        t.append(cache, rec);
                    }
                }
            }
            return true;
        }

        @Override
        public void finish() {
            cache.close();
            t.popFrame();
        }

        @Override
        public Leak leftBehind() {
            return Leak.of("Person", pairs, 4 * pairs).plus(Leak.of("Dog", pairs, 0));
        }
    }
}
