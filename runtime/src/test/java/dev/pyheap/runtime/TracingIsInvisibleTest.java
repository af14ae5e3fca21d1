package dev.pyheap.runtime;

import dev.pyheap.api.alloc.MallocStatsReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tracing never changes what the program computes: the same workload on two heaps, one traced
 * (deep tracebacks, from the mutator's frames and from the Java stack), gives the same ids,
 * reprs, refcounts, sizes, gc counts, allocated blocks and allocator statistics, step by step.
 * Ids are compared by the order in which each was first seen: on native memory they are process
 * addresses, which the system hands out differently to two heaps, while which objects share an
 * address (the allocator's reuse) is still the heap's own doing.
 */
final class TracingIsInvisibleTest {

    /** Everything the workload can observe, one line per observation. */
    private static List<String> run(String allocator, boolean traced) {
        List<String> log = new ArrayList<>();
        Map<Long, Integer> ids = new java.util.HashMap<>();
        java.util.function.LongFunction<String> id = address -> "#" + ids.computeIfAbsent(address, a -> ids.size());
        try (HeapFixture f = new HeapFixture(Map.of("allocator", allocator))) {
            PyThreadState t = f.t;
            if (traced) {
                f.heap.tracemalloc().start(25);
            }
            long base = f.allocator().statistics().allocatedBlocks();
            Handle cls = f.keep(t.newClass("Node"));
            Handle registry = f.keep(t.newList());
            t.setGlobal("registry", registry);
            PyFrame frame = t.pushFrame("build", "work.py", 10);
            for (int i = 0; i < 200; i++) {
                frame.setLine(10 + i % 7);
                try (Handle node = t.call(cls); Handle value = t.newInt(1_000_000L * i); Handle s = t.newStr("n" + i)) {
                    t.setattr(node, "value", value);
                    t.setattr(node, "name", s);
                    if (i % 3 == 0) {
                        try (Handle d = t.newDict()) {
                            t.setitem(d, s, value);
                            t.setattr(node, "extra", d);
                        }
                    }
                    t.append(registry, node);
                    log.add(i + " id " + id.apply(node.id()) + " refcnt " + t.capi().refcount(node.id()) + " size " + f.sys().getsizeof(node));
                }
                if (i % 50 == 49) {
                    try (Handle popped = t.listPop(registry, 0)) {
                        log.add("popped " + id.apply(popped.id()));
                    }
                    log.add("count " + f.gc().getCount() + " collect " + f.gc().collect() + " blocks "
                            + (f.allocator().statistics().allocatedBlocks() - base));
                }
            }
            t.popFrame();
            // Module level, no frame pushed: an embedder's Java stack when traced.
            try (Handle tuple = t.newTuple(f.keep(t.newInt(7)), f.keep(t.newFloat(2.5)));
                 Handle set = t.newSet(f.keep(t.newInt(1)), f.keep(t.newInt(2)))) {
                log.add("tuple " + id.apply(tuple.id()) + " " + t.repr(tuple) + " set " + id.apply(set.id()) + " " + t.repr(set));
            }
            String repr = t.repr(f.keep(t.getitem(registry, 0)));
            log.add(java.util.regex.Pattern.compile("0x([0-9a-f]+)").matcher(repr)
                    .replaceAll(m -> id.apply(Long.parseUnsignedLong(m.group(1), 16))));
            log.add("len " + t.len(registry));
            t.delGlobal("registry");
            log.add("blocks " + (f.allocator().statistics().allocatedBlocks() - base));
            // Whether mmap placed an arena on a pool boundary (one pool fewer if not) is the system's
            // choice in each run, traced or not: those two lines are left out.
            log.add(MallocStatsReport.format(f.allocator().statistics()).lines()
                    .filter(line -> !line.contains("unused pools") && !line.contains("arena alignment"))
                    .collect(java.util.stream.Collectors.joining("\n")));
            if (traced) {
                assertTrue(f.heap.tracemalloc().getTracedMemory().current() > 0);
                f.heap.tracemalloc().stop();
            }
        }
        return log;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc", "malloc", "pymalloc_debug"})
    void aTracedRunComputesWhatAnUntracedOneComputes(String allocator) {
        List<String> plain = run(allocator, false);
        List<String> traced = run(allocator, true);
        assertEquals(plain.size(), traced.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i), traced.get(i), "observation " + i);
        }
    }
}
