package dev.pyheap.driver;

import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.MutatorDriver;
import dev.pyheap.driver.scheduling.RunSpec;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workload written the way a user writes one passes the leak check with no warm-up (issue 11
 * item 8): its load only defines a class, and its mutators make instances and set two attributes
 * whose names no string held before the run. The class's shared keys exist from its creation, as
 * in CPython 3.11; the two names are the program's (CPython makes them when it compiles it), not
 * leaked blocks.
 */
final class UserWorkloadLeakCheckTest {

    static Stream<String> collectors() {
        return AllCollectors.names().stream();
    }

    /** {@code class Person: pass} at load; each step {@code p = Person(); p.full_name = ...; p.birth_year = ...}. */
    private static final class People implements Workload {
        @Override
        public String name() {
            return "people";
        }

        @Override
        public String description() {
            return "makes people with two attributes";
        }

        @Override
        public long defaultOps() {
            return 100;
        }

        @Override
        public Program load(LoadContext context) {
            PyThreadState t = context.thread();
            try (Handle person = t.newClass("Person")) {
                t.setGlobal("Person", person);
            }
            return new Program() {
                @Override
                public Mutator mutator(MutatorContext c) {
                    PyThreadState thread = c.thread();
                    return new Mutator() {
                        long n;

                        @Override
                        public boolean step() {
                            try (Handle cls = thread.getGlobal("Person"); Handle p = thread.call(cls);
                                 Handle name = thread.newStr("person " + n); Handle year = thread.newInt(1900 + n++)) {
                                thread.setattr(p, "full_name", name);
                                thread.setattr(p, "birth_year", year);
                            }
                            return true;
                        }

                        @Override
                        public void finish() {
                        }
                    };
                }

                @Override
                public void unload(PyThreadState thread) {
                    thread.delGlobal("Person");
                }
            };
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collectors")
    void aWorkloadWithoutWarmUpPassesTheLeakCheck(String collector) {
        try (PyHeap heap = PyHeap.open(AllCollectors.with(collector))) {
            RunReport r = MutatorDriver.run(heap, new People(), RunSpec.of("people").withThreads(2).withOps(100));
            assertEquals(new RunReport.LeakCheck(true, 0, 0, new java.util.TreeMap<>(), 0, 0), r.leakCheck());
            assertTrue(r.sanity().ok(), () -> String.join("\n", r.sanity().problems()));
            try (PyThreadState t = heap.attach()) {
                t.acquireGil();
                // The class lives in a cycle with its __mro__ (as in CPython): its names die with it
                // at the next collection, never under reference counting alone, once the type
                // attribute cache lets them go (its entries hold the names setattr looked up, as
                // CPython's method cache does, until sys._clear_type_cache() or another lookup)
                heap.gc().collect();
                heap.sys().clearTypeCache();
                assertEquals(collector.equals("refcount") ? 2 : 0, heap.attributeNamesMade(),
                        "the names died with the class collected after unload");
                t.releaseGil();
            }
        }
    }
}
