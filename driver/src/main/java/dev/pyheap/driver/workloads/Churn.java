package dev.pyheap.driver.workloads;

import dev.pyheap.driver.Leak;
import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.patterns.SplitMix64;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;

/**
 * Random mutation of an object graph around a fixed live set, shared by every thread: a global list
 * {@code live} of {@value #LIVE} slots. Each operation, drawn from the mutator's seed:
 * <ul>
 * <li>45%: a slot gets a new {@code Node(ref=None, payload=...)}, the payload a list or tuple of
 *     small ints, a small dict, a float, a str or bytes; the old occupant is dropped;
 * <li>10%: a slot gets a new ring of 2 to 6 {@code Link} nodes ({@code next}): cyclic garbage once
 *     it is dropped;
 * <li>30%: {@code live[i].ref = live[j]} for a Node {@code i} and an older structure {@code j};
 * <li>10%: {@code live[i].ref = None};
 * <li>5%: a read along the {@code ref} chain of a slot.
 * </ul>
 * Threads replace and link each other's structures, so references cross threads. A {@code ref}
 * always points to a structure made earlier, so the graph of nodes stays acyclic; the rings are the
 * only cycles, and nothing points out of a ring.
 *
 * <p>Left behind without a cycle collector: every ring, {@code Link} nodes of 2 blocks each.
 */
public final class Churn implements Workload {
    static final int LIVE = 1000;
    private static final byte EMPTY = 0;
    private static final byte NODE = 1;
    private static final byte RING = 2;

    @Override
    public String name() {
        return "churn";
    }

    @Override
    public String description() {
        return "random graph mutation around a shared live set of " + LIVE + " slots, with rings as cyclic garbage";
    }

    @Override
    public long defaultOps() {
        return 1_000_000;
    }

    @Override
    public Program load(LoadContext context) {
        PyThreadState t = context.thread();
        Handle node = Classes.define(t, "Node", "ref", "payload");
        Handle link = Classes.define(t, "Link", "next");
        try (Handle none = t.none()) {
            Handle[] slots = new Handle[LIVE];
            java.util.Arrays.fill(slots, none);
            try (Handle live = t.newList(slots)) {
                t.setGlobal("live", live);
            }
        }
        return new Shared(node, link);
    }

    /** The live set's mirror, shared by the mutators (used under the GIL). */
    private static final class Shared implements Program {
        final Handle node;
        final Handle link;
        /** When each slot's occupant was made (0: None); refs go from newer to older. */
        final long[] serial = new long[LIVE];
        final byte[] kind = new byte[LIVE];
        long nextSerial;

        Shared(Handle node, Handle link) {
            this.node = node;
            this.link = link;
        }

        @Override
        public Mutator mutator(MutatorContext c) {
            return new Mutation(this, c);
        }

        @Override
        public void reset(PyThreadState t) {
            try (Handle live = t.getGlobal("live"); Handle none = t.none()) {
                for (int i = 0; i < LIVE; i++) {
                    t.setitem(live, i, none);
                    serial[i] = 0;
                    kind[i] = EMPTY;
                }
            }
        }

        @Override
        public void unload(PyThreadState t) {
            t.delGlobal("live");
            node.close();
            link.close();
            t.delGlobal("Node");
            t.delGlobal("Link");
        }
    }

    private static final class Mutation implements Mutator {
        private final Shared shared;
        private final PyThreadState t;
        private final CApi c;
        private final SplitMix64 random;
        private final Handle live;
        private final Handle none;
        private long ringNodes;

        Mutation(Shared shared, MutatorContext context) {
            this.shared = shared;
            this.t = context.thread();
            this.c = t.capi();
            this.random = new SplitMix64(context.seed());
            this.live = t.getGlobal("live");
            this.none = t.none();
        }

        private int slot() {
            return (int) random.nextBelow(LIVE);
        }

        @Override
        public boolean step() {
            long r = random.nextBelow(100);
            if (r < 45) {
                replace(slot(), newNode(), NODE);
            } else if (r < 55) {
                replace(slot(), newRing(2 + (int) random.nextBelow(5)), RING);
            } else if (r < 85) {
                int i = slot();
                int j = slot();
                if (shared.kind[i] == NODE && shared.serial[j] != 0 && shared.serial[j] < shared.serial[i]) {
                    try (Handle a = t.getitem(live, i); Handle b = t.getitem(live, j)) {
                        t.setattr(a, "ref", b);
                    }
                }
            } else if (r < 95) {
                int i = slot();
                if (shared.kind[i] == NODE) {
                    try (Handle a = t.getitem(live, i)) {
                        t.setattr(a, "ref", none);
                    }
                }
            } else {
                read(slot());
            }
            return true;
        }

        private void replace(int i, Handle h, byte kind) {
            try (h) {
                t.setitem(live, i, h);
            }
            shared.serial[i] = ++shared.nextSerial;
            shared.kind[i] = kind;
        }

        /** {@code Node(payload)}: ref None, the payload one of six shapes. */
        private Handle newNode() {
            Handle n = t.call(shared.node);
            t.setattr(n, "ref", none);
            try (Handle payload = payload()) {
                t.setattr(n, "payload", payload);
            }
            return n;
        }

        private Handle payload() {
            int k = (int) random.nextBelow(9);
            switch ((int) random.nextBelow(6)) {
                case 0 -> {
                    long l = c.newList();
                    for (int i = 0; i < k; i++) {
                        long v = c.newInt(i * 7 - 5);
                        c.listAppend(l, v);
                        c.decref(v);
                    }
                    return c.toHandle(l);
                }
                case 1 -> {
                    long[] items = new long[k];
                    for (int i = 0; i < k; i++) {
                        items[i] = c.newInt(i);
                    }
                    long tuple = c.newTuple(items);
                    for (long v : items) {
                        c.decref(v);
                    }
                    return c.toHandle(tuple);
                }
                case 2 -> {
                    Handle d = t.newDict();
                    for (int i = 0; i < k; i++) {
                        try (Handle key = t.newInt(i); Handle value = t.newInt(i * 1000)) {
                            t.setitem(d, key, value);
                        }
                    }
                    return d;
                }
                case 3 -> {
                    return t.newFloat(random.next() * 0x1p-64);
                }
                case 4 -> {
                    return t.newStr("payload-" + random.nextBelow(1_000_000));
                }
                default -> {
                    return t.newBytes(new byte[k * 16]);
                }
            }
        }

        /** A ring of {@code k} Links, each {@code next} pointing on and the last back to the first. */
        private Handle newRing(int k) {
            long first = c.call(c.address(shared.link));
            long previous = first;
            for (int i = 1; i < k; i++) {
                long next = c.call(c.address(shared.link));
                c.setattr(previous, "next", next);
                c.decref(next);
                previous = next;
            }
            c.setattr(previous, "next", first);
            ringNodes += k;
            return c.toHandle(first);
        }

        private void read(int i) {
            Handle o = t.getitem(live, i);
            for (int hops = 0; hops < 8 && "Node".equals(o.typeName()); hops++) {
                Handle next = t.getattr(o, "ref");
                o.close();
                o = next;
            }
            o.close();
        }

        @Override
        public void finish() {
            live.close();
            none.close();
        }

        @Override
        public Leak leftBehind() {
            return Leak.of("Link", ringNodes, 2 * ringNodes);
        }
    }
}
