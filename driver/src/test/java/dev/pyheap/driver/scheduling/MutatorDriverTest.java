package dev.pyheap.driver.scheduling;

import dev.pyheap.api.MemoryError;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.driver.Leak;
import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver's scheduling, budgets, statistics and failure handling, on the refcount collector. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
final class MutatorDriverTest {

    /** refcount: what a workload declares it leaks without a cycle collector is then really left behind. */
    private static final Configuration REFCOUNT = Configuration.of(Map.of("collector", "refcount"));

    private static RunReport run(RunSpec spec) {
        return MutatorDriver.run(REFCOUNT, spec);
    }

    private static RunReport run(Workload workload, RunSpec spec) {
        try (PyHeap heap = PyHeap.open(REFCOUNT)) {
            return MutatorDriver.run(heap, workload, spec);
        }
    }

    /** Counts the operations each thread ran, in order, and appends nothing to the heap. */
    private static final class Recorder implements Workload {
        final List<Integer> order = new ArrayList<>();
        final long stopAfter;

        Recorder(long stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public String description() {
            return "records which thread ran each operation";
        }

        @Override
        public long defaultOps() {
            return 0;
        }

        @Override
        public Program load(LoadContext context) {
            return new Program() {
                @Override
                public Mutator mutator(MutatorContext c) {
                    return new Mutator() {
                        long done;

                        @Override
                        public boolean step() {
                            if (stopAfter > 0 && done == stopAfter) {
                                return false;
                            }
                            done++;
                            order.add(c.index());
                            return true;
                        }

                        @Override
                        public void finish() {
                        }
                    };
                }

                @Override
                public void unload(PyThreadState thread) {
                }
            };
        }
    }

    @Test
    void alwaysTakesTurnsRoundRobinOneOperationEach() {
        Recorder w = new Recorder(0);
        RunReport r = run(w, RunSpec.of("recorder").withThreads(3).withOps(7).withYield(YieldPolicy.ALWAYS));
        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0), w.order);
        assertEquals(7, r.ops());
        assertEquals(List.of(3 / 7.0, 2 / 7.0, 2 / 7.0), r.threadShares());
    }

    @Test
    void everyNPassesTheTurnAfterNOperations() {
        Recorder w = new Recorder(0);
        RunReport r = run(w, RunSpec.of("recorder").withThreads(3).withOps(100).withYield(new YieldPolicy.EveryN(7)));
        assertEquals(List.of(0.35, 0.35, 0.30), r.threadShares());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 1), w.order.subList(0, 10));
    }

    @Test
    void neverLetsTheFirstThreadRunToItsEndThenTheNext() {
        Recorder w = new Recorder(5);
        RunReport r = run(w, RunSpec.of("recorder").withThreads(3).withYield(new YieldPolicy.Never()));
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2), w.order);
        assertEquals(15, r.ops(), "ops 0: until every mutator ends");
    }

    @Test
    void neverWithABudgetGivesItAllToTheFirstThread() {
        RunReport r = run(RunSpec.of("lists").withThreads(4).withOps(2000).withYield(new YieldPolicy.Never()));
        assertEquals(List.of(1.0, 0.0, 0.0, 0.0), r.threadShares());
        assertTrue(r.ok(), r::toString);
    }

    @Test
    void seededRandomTurnsRepeatExactly() {
        Recorder a = new Recorder(0);
        Recorder b = new Recorder(0);
        RunSpec spec = RunSpec.of("recorder").withThreads(4).withOps(500).withYield(new YieldPolicy.Random(3)).withSeed(42);
        run(a, spec);
        run(b, spec);
        assertEquals(a.order, b.order);
        assertEquals(4, a.order.stream().distinct().count(), "every thread had turns: " + a.order);
        Recorder c = new Recorder(0);
        run(c, spec.withSeed(43));
        assertFalse(a.order.equals(c.order), "another seed, another interleaving");
    }

    @Test
    void turnsCountOneGilSwitchPerTurnAndNoWaiting() {
        RunReport r = run(new Recorder(0), RunSpec.of("recorder").withThreads(2).withOps(10).withYield(YieldPolicy.ALWAYS));
        // 10 turns of one op, then each thread takes the GIL once more to see the budget is spent.
        assertEquals(12, r.gil().switches());
        assertEquals(0, r.gil().forcedSwitches());
        assertEquals(0.0, r.gil().waitMillis());
    }

    @Test
    void aRunWithOneThreadRepeatsExactly() {
        RunSpec spec = RunSpec.of("churn").withOps(20_000).withSeed(7);
        RunReport a = run(spec);
        RunReport b = run(spec);
        assertEquals(a.leakCheck(), b.leakCheck());
        assertEquals(a.collections(), b.collections());
        assertEquals(a.sanity().checks(), b.sanity().checks());
        assertTrue(a.leakCheck().expectedObjects() > 0, "churn made rings");
        RunReport c = run(spec.withSeed(8));
        assertFalse(a.leakCheck().equals(c.leakCheck()), "another seed, other rings");
    }

    @Test
    void aRoundRobinRunWithFourThreadsRepeatsExactly() {
        RunSpec spec = RunSpec.of("churn").withThreads(4).withOps(20_000).withSeed(11).withYield(new YieldPolicy.EveryN(13));
        RunReport a = run(spec);
        RunReport b = run(spec);
        assertEquals(a.threadShares(), b.threadShares());
        assertEquals(a.leakCheck(), b.leakCheck());
        assertEquals(a.sanity().checks(), b.sanity().checks());
        assertEquals(a.gil().switches(), b.gil().switches());
    }

    @Test
    void theBudgetIsSharedAndExact() {
        RunReport r = run(RunSpec.of("dicts").withThreads(4).withOps(12_345));
        assertEquals(12_345, r.ops());
        assertEquals(1.0, r.threadShares().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(4, r.threadShares().size());
        assertTrue(r.ok(), r::toString);
    }

    @Test
    void aDurationRunEndsAndReportsItsOps() {
        RunReport r = run(RunSpec.of("lists").withThreads(2).withDuration(Duration.ofMillis(300)));
        assertTrue(r.ops() > 0);
        assertTrue(r.seconds() >= 0.3, "ran at least the duration: " + r.seconds());
        assertTrue(r.ok(), r::toString);
    }

    @Test
    void progressIsReportedWhileMutatorsRun() {
        AtomicLong last = new AtomicLong(-1);
        RunSpec spec = RunSpec.of("lists").withDuration(Duration.ofMillis(400))
                .withProgress((done, target, elapsed, duration) -> {
                    assertEquals(0, target);
                    assertEquals(Duration.ofMillis(400).toNanos(), duration);
                    last.set(done);
                });
        RunReport r = run(spec);
        assertTrue(last.get() >= 0, "the listener was called");
        assertTrue(last.get() <= r.ops());
    }

    @Test
    void gcbenchsDefaultIsOneAnchorPass() {
        // gcbench.py: make_tree(18) + drop; Node() + populate(16); [0.0]*500000 + 249,999 stores;
        // depths 4..16 step 2: num_iters(d) trees top-down (Node(), 2^d - 1 populate calls, drop) and
        // bottom-up (tree_size(d) make_tree calls, drop); the check.
        long ops = ((1L << 19) - 1) + 1 + 1 + ((1L << 16) - 1) + 1 + 249_999 + 1;
        for (int d = 4; d <= 16; d += 2) {
            long iters = 2 * ((1L << 19) - 1) / ((1L << (d + 1)) - 1);
            ops += iters * ((1 + (1L << d) - 1 + 1) + ((1L << (d + 1)) - 1 + 1));
        }
        assertEquals(ops, Workloads.named("gcbench").defaultOps());
        assertEquals(11_960_733, ops);
    }

    @Test
    void aMutatorErrorStopsEveryThreadAndIsRethrown() {
        Configuration small = Configuration.of(Map.of("heap.limit", "4m"));
        MemoryError e = assertThrows(MemoryError.class,
                () -> MutatorDriver.run(small, RunSpec.of("gcbench").withThreads(3)));
        assertTrue(e.getMessage().startsWith("heap limit reached: "), e.getMessage());
    }

    @Test
    void anUnknownWorkloadNamesTheOnesThatExist() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> run(RunSpec.of("gcbnch")));
        assertEquals("unknown workload 'gcbnch'; available: churn, cycles, dicts, gcbench, leaky, lists, seeds, strings",
                e.getMessage());
    }

    /** Binds a global the program never had: a list that stays reachable after the run. */
    private static final class Forgetful implements Workload {
        final Leak declared;

        Forgetful(Leak declared) {
            this.declared = declared;
        }

        @Override
        public String name() {
            return "forgetful";
        }

        @Override
        public String description() {
            return "leaves a list in the globals";
        }

        @Override
        public long defaultOps() {
            return 1;
        }

        @Override
        public Program load(LoadContext context) {
            try (Handle keep = context.thread().newList()) {
                context.thread().setGlobal("keep", keep); // a container: the globals dict is tracked from the start
            }
            return new Program() {
                @Override
                public Mutator mutator(MutatorContext c) {
                    return new Mutator() {
                        @Override
                        public boolean step() {
                            PyThreadState t = c.thread();
                            try (Handle one = t.newInt(1); Handle l = t.newList(one)) {
                                t.setGlobal("forgotten", l);
                            }
                            return true;
                        }

                        @Override
                        public void finish() {
                        }

                        @Override
                        public Leak leftBehind() {
                            return declared;
                        }
                    };
                }

                @Override
                public void unload(PyThreadState thread) {
                    thread.delGlobal("forgotten");
                    thread.delGlobal("keep");
                }
            };
        }
    }

    @Test
    void theLeakCheckFindsWhatARunLeftReachable() {
        RunReport r = run(new Forgetful(Leak.NONE), RunSpec.of("forgetful"));
        RunReport.LeakCheck leak = r.leakCheck();
        assertFalse(leak.ok());
        assertEquals(1, leak.leakedObjects());
        assertEquals(Map.of("list", 1L), leak.byType());
        // the list, its item array, the key 'forgotten'
        assertEquals(3, leak.leakedBlocks());
        assertTrue(r.sanity().ok(), "a reachable leak is sane");
        assertFalse(r.ok());
    }

    @Test
    void aDeclaredLeakMustBeExact() {
        RunReport r = run(new Forgetful(Leak.of("list", 1, 2)), RunSpec.of("forgetful"));
        assertEquals(1, r.leakCheck().expectedObjects());
        assertEquals(2, r.leakCheck().expectedBlocks());
        assertFalse(r.leakCheck().ok(), "the object matches but a block more was found");
    }

    /** Takes one reference too many to a list it keeps in a frame: the refcount check must see it. */
    private static final class Corrupting implements Workload {
        @Override
        public String name() {
            return "corrupting";
        }

        @Override
        public String description() {
            return "increfs without a reference";
        }

        @Override
        public long defaultOps() {
            return 100;
        }

        @Override
        public Program load(LoadContext context) {
            return new Program() {
                @Override
                public Mutator mutator(MutatorContext c) {
                    PyThreadState t = c.thread();
                    t.pushFrame("f", "corrupting.py", 1);
                    try (Handle l = t.newList()) {
                        t.frame().setLocal("l", l);
                        t.capi().incref(t.capi().address(l));
                    }
                    return new Mutator() {
                        @Override
                        public boolean step() {
                            return true;
                        }

                        @Override
                        public void finish() {
                            try (Handle l = t.frame().getLocal("l")) {
                                t.capi().decref(t.capi().address(l));
                            }
                            t.popFrame();
                        }
                    };
                }

                @Override
                public void unload(PyThreadState thread) {
                }
            };
        }
    }

    @Test
    void verifyFindsACorruptedRefcountDuringTheRunAndStopsIt() {
        RunReport r = run(new Corrupting(), RunSpec.of("corrupting").withVerify(1, 10));
        assertFalse(r.sanity().ok());
        assertEquals(10, r.ops(), "stopped at the first check");
        assertEquals(1, r.sanity().problems().size(), r.sanity().problems()::toString);
        assertTrue(r.sanity().problems().get(0).matches("refcount of <list 0x[0-9a-f]+> is 2, expected 1 .*"),
                r.sanity().problems().get(0));
        assertTrue(r.leakCheck().ok(), "finish gave the extra reference back");
    }
}
