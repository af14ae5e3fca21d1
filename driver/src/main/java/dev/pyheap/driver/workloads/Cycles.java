package dev.pyheap.driver.workloads;

import dev.pyheap.driver.Leak;
import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;

/**
 * pyperformance's {@code gc_collect} (for CPython: {@code bench/anchors/py/gc_collect.py}): each loop
 * calls {@code gc.collect()}, builds {@value #CYCLES} rings of {@value #LINKS} + 1 nodes linked both
 * ways ({@code Node} with {@code next} and {@code prev}, {@code link_next}), holds them in a list,
 * drops the list ({@code del all_cycles}) and calls {@code gc.collect()} again, which must find every
 * ring.
 *
 * <p>Operations: each {@code gc.collect()}, {@code del all_cycles}, each ring's first node (made and
 * appended to the list), each further node (made and linked), and each ring's closing link.
 *
 * <p>Left behind without a cycle collector: every node of every ring, 2 blocks each (the instance and its
 * values array); a ring cut short by the end of the run is a cycle too once it has two nodes.
 */
public final class Cycles implements Workload {
    static final int CYCLES = 100;
    static final int LINKS = 20;
    static final int LOOPS = 100;

    static long loopOps() {
        return 3 + (long) CYCLES * (LINKS + 2);
    }

    @Override
    public String name() {
        return "cycles";
    }

    @Override
    public String description() {
        return "pyperformance gc_collect: " + CYCLES + " rings of " + (LINKS + 1)
                + " doubly linked nodes per loop, dropped, then gc.collect()";
    }

    @Override
    public long defaultOps() {
        return LOOPS * loopOps();
    }

    @Override
    public Program load(LoadContext context) {
        Handle node = Classes.define(context.thread(), "Node", "next", "prev");
        return new Program() {
            @Override
            public Mutator mutator(MutatorContext c) {
                return new Rings(c.thread(), node);
            }

            @Override
            public void unload(PyThreadState t) {
                node.close();
                t.delGlobal("Node");
            }
        };
    }

    private static final class Rings implements Mutator {
        private final PyThreadState t;
        private final CApi c;
        private final PyFrame frame;
        private final long nodeClass;
        private final long none;
        /** {@code all_cycles} (borrowed: the frame's local holds it), 0 when deleted. */
        private long allCycles;
        private long head;
        private long current;
        private int cycle;
        private int link;
        /** 0 collect, 1 building, 2 del, 3 collect. */
        private int stage;
        private long leakedNodes;

        Rings(PyThreadState t, Handle nodeClassHandle) {
            this.t = t;
            this.c = t.capi();
            this.frame = t.pushFrame("main", "gc_collect.py", 1);
            this.nodeClass = c.address(nodeClassHandle);
            try (Handle n = t.none()) {
                this.none = c.address(n);
            }
        }

        @Override
        public boolean step() {
            switch (stage) {
                case 0 -> {
                    t.heap().gc().collect();
                    try (Handle list = t.newList()) {
                        frame.setLocal("all_cycles", list);
                        allCycles = c.address(list);
                    }
                    cycle = 0;
                    link = -1;
                    stage = 1;
                }
                case 1 -> build();
                case 2 -> {
                    frame.delLocal("all_cycles");
                    allCycles = 0;
                    stage = 3;
                }
                default -> {
                    t.heap().gc().collect();
                    stage = 0;
                }
            }
            return true;
        }

        /** One node of {@code create_gc_cycles}, or a ring's closing link. */
        private void build() {
            if (link < 0) {
                head = newNode();
                c.listAppend(allCycles, head);
                c.decref(head);
                current = head;
                link = 0;
            } else if (link < LINKS) {
                long next = newNode();
                linkNext(current, next);
                c.decref(next);
                current = next;
                leakedNodes += link == 0 ? 2 : 1; // a chain of two or more nodes is already a cycle
                link++;
            } else {
                linkNext(current, head);
                link = -1;
                if (++cycle == CYCLES) {
                    stage = 2;
                }
            }
        }

        private long newNode() {
            long n = c.call(nodeClass);
            c.setattr(n, "next", none);
            c.setattr(n, "prev", none);
            return n;
        }

        /** {@code self.next = next; self.next.prev = self}. */
        private void linkNext(long self, long next) {
            c.setattr(self, "next", next);
            c.setattr(next, "prev", self);
        }

        @Override
        public void finish() {
            t.popFrame();
        }

        @Override
        public Leak leftBehind() {
            return Leak.of("Node", leakedNodes, 2 * leakedNodes);
        }
    }
}
