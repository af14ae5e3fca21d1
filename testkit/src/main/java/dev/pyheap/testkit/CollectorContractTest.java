package dev.pyheap.testkit;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every collector keeps (ARCHITECTURE §8), run against one collector chosen by name
 * through configuration, as an embedder would. Each gc module extends it in its own tests, naming
 * its collector.
 *
 * <ul>
 * <li><b>Safety</b>: nothing reachable is ever freed. A seeded random program builds and rewires a
 *     graph of lists, dicts, tuples, instances of a plain class and of a class with a finalizer
 *     (which resurrects every third object it finalizes into a global list) and weak references
 *     (half with a callback), held from the three kinds of root: module globals, frame locals and
 *     embedder handles. Thresholds are low, so automatic collections of every generation run at
 *     the check points between operations, and explicit {@code gc.collect(g)} calls are mixed in.
 *     The sanity checker runs after every collection: a freed object still referenced, a refcount
 *     off by one or a list link out of place fails the test with the checker's report.
 * <li><b>Completeness</b>, for collectors that reclaim cycles: after every root is dropped and a
 *     full collection has run, the live objects by type and the allocated blocks are exactly the
 *     baseline taken before the program ran. For a collector that does not, what is still tracked
 *     beyond the baseline is exactly what its leak report says it can never free.
 * </ul>
 */
public abstract class CollectorContractTest {
    private static final int SLOTS = 12;
    private static final int OPERATIONS = 3000;

    /** The collector's name in configuration. */
    protected abstract String collector();

    /** Whether the collector frees cyclic garbage. */
    protected abstract boolean reclaimsCycles();

    /**
     * The collector's own options for these runs, added to low thresholds ({@code 4,2,2}) so that
     * automatic collections of every generation run many times. None by default.
     */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** The collector is found by its name as a JPMS service, and its jar's service file names the provider for the class path. */
    @Test
    protected void foundByNameAsAServiceAndThroughItsServiceFile() throws IOException {
        CollectorProvider provider = Plugins.collector(collector());
        assertEquals(collector(), provider.name());
        String file = "META-INF/services/" + CollectorProvider.class.getName();
        try (InputStream in = provider.getClass().getModule().getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing");
            assertEquals(provider.getClass().getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026, 31337})
    protected void nothingReachableIsFreedAndGarbageIsAccountedFor(long seed) {
        Map<String, String> settings = new HashMap<>(settings());
        settings.put("collector", collector());
        settings.put("gc.threshold", "4,2,2");
        try (PyHeap heap = PyHeap.open(Configuration.of(settings))) {
            PyThreadState t = heap.attach();
            t.acquireGil();
            try {
                new Program(heap, t, seed).run();
            } finally {
                t.close();
            }
        }
    }

    /** One seeded run on one heap. */
    private final class Program {
        private final PyHeap heap;
        private final PyThreadState t;
        private final SplittableRandom random;
        private final Handle[] handles = new Handle[SLOTS / 3];
        private final PyFrame frame;
        private Handle plain;
        private Handle finalized;
        private long collections;
        private long explicitCollections;
        private long checkedAt;
        private int finalizations;

        Program(PyHeap heap, PyThreadState t, long seed) {
            this.heap = heap;
            this.t = t;
            this.random = new SplittableRandom(seed);
            this.frame = t.pushFrame("program", "contract.py", 1);
        }

        void run() {
            GcCallback counter = (phase, generation, collected, uncollectable) -> {
                if (phase.equals("stop")) {
                    collections++;
                }
            };
            heap.gc().callbacks().add(counter);
            plain = t.newClass("Plain");
            finalized = t.newClass("Finalized", (thread, self) -> {
                if (++finalizations % 3 == 0) {
                    try (Handle zombies = thread.getGlobal("zombies")) {
                        thread.append(zombies, self);
                    }
                }
            });
            warmUp();
            // The module's globals dict is made on first use: before the baseline, as in a real module.
            try (Handle zombies = t.newList()) {
                t.setGlobal("zombies", zombies);
            }
            heap.gc().collect();
            SanityReport baseline = checked("at the baseline");
            Map<String, Long> trackedBaseline = trackedByType();
            long blocksBaseline = heap.metrics().allocator().allocatedBlocks();

            long collectionsBefore = collections;
            for (int i = 0; i < OPERATIONS; i++) {
                step();
                t.checkpoint();
                if (collections != checkedAt) {
                    checkedAt = collections;
                    checked("after collection " + collections + " (operation " + i + ")");
                }
            }
            long automatic = collections - collectionsBefore - explicitCollections;
            assertTrue(explicitCollections > 10, "explicit gc.collect(g) calls: " + explicitCollections);
            if (reclaimsCycles()) {
                assertTrue(automatic > 10, "automatic collections at check points: " + automatic);
            } else {
                assertEquals(0, automatic, "a collector that never reclaims cycles schedules nothing");
            }

            for (int s = 0; s < SLOTS; s++) {
                drop(s);
            }
            // Finalizers resurrect into "zombies" while the garbage dies; each runs once per object,
            // so emptying the list until it stays empty ends.
            try (Handle zombies = t.getGlobal("zombies")) {
                do {
                    t.clear(zombies);
                    heap.gc().collect();
                } while (t.len(zombies) > 0);
            }
            SanityReport end = checked("after every root was dropped and a full collection");
            if (reclaimsCycles()) {
                assertEquals(baseline.liveObjectsByType(), end.liveObjectsByType(),
                        "live objects by type after dropping every root");
                assertEquals(blocksBaseline, heap.metrics().allocator().allocatedBlocks(), "allocated blocks");
            } else {
                LeakReport leaks = heap.metrics().collector().leakReport().orElseThrow();
                Map<String, Long> extra = trackedByType();
                trackedBaseline.forEach((type, n) -> extra.merge(type, -n, Long::sum));
                extra.values().removeIf(n -> n == 0);
                assertEquals(leaks.byType(), new TreeMap<>(extra),
                        "what is still tracked beyond the baseline is exactly the reported leak");
            }
            heap.gc().callbacks().remove(counter);
            plain.close();
            finalized.close();
            t.popFrame();
        }

        /** Shared keys and interned attribute names exist before the baseline, as after a first import. */
        private void warmUp() {
            for (Handle cls : new Handle[] {plain, finalized}) {
                try (Handle o = t.call(cls); Handle none = t.none()) {
                    for (String name : new String[] {"a", "b", "c"}) {
                        t.setattr(o, name, none);
                    }
                }
            }
        }

        private void step() {
            int s = random.nextInt(SLOTS);
            int op = random.nextInt(100);
            if (op < 30) {
                try (Handle o = newObject()) {
                    store(s, o);
                }
            } else if (op < 55) {
                link(s, random.nextInt(SLOTS));
            } else if (op < 68) {
                unlink(s);
            } else if (op < 85) {
                load(s, random.nextInt(SLOTS));
            } else if (op < 97) {
                drop(s);
            } else {
                heap.gc().collect(random.nextInt(3));
                explicitCollections++;
            }
        }

        private Handle newObject() {
            return switch (random.nextInt(8)) {
                case 0 -> t.newList();
                case 1 -> t.newDict();
                case 2 -> t.call(plain);
                case 3 -> t.call(finalized);
                case 4 -> {
                    try (Handle a = loadOrNone(random.nextInt(SLOTS)); Handle b = loadOrNone(random.nextInt(SLOTS))) {
                        yield t.newTuple(a, b);
                    }
                }
                case 5 -> {
                    try (Handle target = loadOrNone(random.nextInt(SLOTS))) {
                        if (!isInstance(target)) {
                            yield t.newList();
                        }
                        yield random.nextBoolean() ? t.weakref(target)
                                : t.weakref(target, (thread, weakref) -> {
                                    try (Handle gone = thread.deref(weakref)) {
                                        assertEquals("NoneType", gone.typeName(), "a callback's weakref is dead");
                                    }
                                });
                    }
                }
                case 6 -> ring(2 + random.nextInt(6));
                default -> t.newInt(random.nextInt(256));
            };
        }

        /** {@code n} instances, each one's {@code a} the next, the last's the first: cyclic garbage once dropped. */
        private Handle ring(int n) {
            Handle first = t.call(random.nextBoolean() ? plain : finalized);
            Handle last = t.dup(first);
            for (int i = 1; i < n; i++) {
                try (Handle previous = last) {
                    last = t.call(random.nextBoolean() ? plain : finalized);
                    t.setattr(previous, "a", last);
                }
            }
            try (Handle closing = last) {
                t.setattr(closing, "a", first);
            }
            return first;
        }

        private boolean isInstance(Handle h) {
            String type = h.typeName();
            return type.equals("Plain") || type.equals("Finalized");
        }

        private void link(int into, int from) {
            try (Handle container = loadOrNone(into); Handle value = loadOrNone(from)) {
                switch (container.typeName()) {
                    case "list" -> t.append(container, value);
                    case "dict" -> {
                        try (Handle key = t.newInt(random.nextInt(8))) {
                            t.setitem(container, key, value);
                        }
                    }
                    case "Plain", "Finalized" -> t.setattr(container, attribute(), value);
                    default -> { }
                }
            }
        }

        private void unlink(int slot) {
            try (Handle container = loadOrNone(slot)) {
                switch (container.typeName()) {
                    case "list" -> {
                        if (t.len(container) > 0) {
                            t.listPop(container, random.nextInt((int) t.len(container))).close();
                        }
                    }
                    case "dict" -> {
                        try (Handle key = t.newInt(random.nextInt(8))) {
                            if (t.contains(container, key)) {
                                t.delitem(container, key);
                            }
                        }
                    }
                    case "Plain", "Finalized" -> {
                        String name = attribute();
                        if (t.hasattr(container, name)) {
                            t.delattr(container, name);
                        }
                    }
                    default -> { }
                }
            }
        }

        /** Moves an object from inside the graph back to a root, so deep objects get rewired too. */
        private void load(int from, int into) {
            Handle found = null;
            try (Handle container = loadOrNone(from)) {
                switch (container.typeName()) {
                    case "list" -> {
                        long n = t.len(container);
                        if (n > 0) {
                            found = t.getitem(container, random.nextInt((int) n));
                        }
                    }
                    case "tuple" -> found = t.getitem(container, random.nextInt(2));
                    case "dict" -> {
                        try (Handle key = t.newInt(random.nextInt(8))) {
                            if (t.contains(container, key)) {
                                found = t.getitem(container, key);
                            }
                        }
                    }
                    case "Plain", "Finalized" -> {
                        String name = attribute();
                        if (t.hasattr(container, name)) {
                            found = t.getattr(container, name);
                        }
                    }
                    case "weakref.ReferenceType" -> found = t.deref(container);
                    default -> { }
                }
            }
            if (found != null) {
                try (Handle value = found) {
                    store(into, value);
                }
            }
        }

        private boolean hasGlobal(String name) {
            try (Handle globals = t.globals(); Handle key = t.literal(name)) {
                return t.contains(globals, key);
            }
        }

        private String attribute() {
            return switch (random.nextInt(3)) {
                case 0 -> "a";
                case 1 -> "b";
                default -> "c";
            };
        }

        /** Slots 0-3 are globals, 4-7 frame locals, 8-11 handles. */
        private void store(int slot, Handle value) {
            switch (slot / 4) {
                case 0 -> t.setGlobal("g" + slot, value);
                case 1 -> frame.setLocal("l" + slot, value);
                default -> {
                    Handle old = handles[slot - 8];
                    handles[slot - 8] = t.dup(value);
                    if (old != null) {
                        old.close();
                    }
                }
            }
        }

        private Handle loadOrNone(int slot) {
            Handle found = switch (slot / 4) {
                case 0 -> hasGlobal("g" + slot) ? t.getGlobal("g" + slot) : null;
                case 1 -> frame.hasLocal("l" + slot) ? frame.getLocal("l" + slot) : null;
                default -> handles[slot - 8] == null ? null : t.dup(handles[slot - 8]);
            };
            return found != null ? found : t.none();
        }

        private void drop(int slot) {
            switch (slot / 4) {
                case 0 -> {
                    if (hasGlobal("g" + slot)) {
                        t.delGlobal("g" + slot);
                    }
                }
                case 1 -> {
                    if (frame.hasLocal("l" + slot)) {
                        frame.delLocal("l" + slot);
                    }
                }
                default -> {
                    if (handles[slot - 8] != null) {
                        handles[slot - 8].close();
                        handles[slot - 8] = null;
                    }
                }
            }
        }

        private SanityReport checked(String when) {
            SanityReport report = heap.checkSanity();
            assertTrue(report.ok(), () -> collector() + " " + when + ": " + report.format());
            return report;
        }

        private Map<String, Long> trackedByType() {
            Map<String, Long> byType = new HashMap<>();
            for (Handle h : heap.gc().getObjects()) {
                byType.merge(h.typeName(), 1L, Long::sum);
                h.close();
            }
            return byType;
        }
    }
}
