package dev.pyheap.driver.reports;

import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.driver.Leak;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The checks after a whole Python program ran on a fresh heap: the sanity checker, and the leak
 * check: what the heap holds after the program ended (its {@code __main__} cleared, its modules released) and a full collection, held to
 * what the program declares ({@link Leak#declaredIn}).
 *
 * <ul>
 * <li>A collector that reclaims cycles must bring the heap back to its census before the program:
 *     tracked objects by type as the {@link Baseline} counts them.
 * <li>A collector that never reclaims cycles ({@code refcount}) keeps every cycle the program made.
 *     Its leak report splits them into independent cycles; a cycle holding a {@code module} or a
 *     {@code type} is a definition (a module's functions and its dict, a class and its mro and
 *     descriptors), which CPython too keeps until the interpreter ends: not counted. The other cycles,
 *     with what hangs from one of them only, are the program's cyclic garbage, and must be exactly
 *     the declaration (nothing when it declares nothing). Objects hanging from several cycles are not
 *     counted: they cannot be told apart from what hangs from definitions (a class's dict).
 * </ul>
 *
 * @param sanity   the sanity checker's report, taken before the leak check
 * @param ok       what was found is exactly what was expected
 * @param expected the declared objects by type (empty for a collector that reclaims cycles)
 * @param found    what was found by type (negative counts: fewer than before the program)
 * @param cycles   the found cycles as the collector's leak report words them, or empty
 */
public record ProgramChecks(SanityReport sanity, boolean ok, SortedMap<String, Long> expected, SortedMap<String, Long> found,
                               Optional<String> cycles) {
    public ProgramChecks {
        expected = Collections.unmodifiableSortedMap(new TreeMap<>(expected));
        found = Collections.unmodifiableSortedMap(new TreeMap<>(found));
    }

    /** The census to check against: take it on the fresh heap before the program runs. */
    public static Baseline before(PyHeap heap) {
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            heap.gc().collect();
            return Baseline.take(heap);
        }
    }

    /** Whether both checks passed. */
    public boolean passed() {
        return sanity.ok() && ok;
    }

    /** Checks {@code heap} after the program ended, the calling thread not attached to it. */
    public static ProgramChecks after(PyHeap heap, Baseline before, Leak declared) {
        try (PyThreadState thread = heap.attach(); var gil = thread.gil()) {
            SanityReport sanity = heap.checkSanity();
            heap.gc().collect();
            Optional<LeakReport> report = heap.metrics().collector().leakReport();
            if (report.isEmpty()) {
                SortedMap<String, Long> found = Baseline.take(heap).minus(before);
                return new ProgramChecks(sanity, found.isEmpty(), new TreeMap<>(), found, Optional.empty());
            }
            TreeMap<String, Long> found = new TreeMap<>();
            java.util.List<LeakReport.Shape> garbage = new java.util.ArrayList<>();
            for (LeakReport.Shape shape : report.get().shapes()) {
                if (!shape.byType().containsKey("module") && !shape.byType().containsKey("type")) {
                    garbage.add(shape);
                    shape.byType().forEach((type, n) -> found.merge(type, n * shape.cycles(), Long::sum));
                }
            }
            Optional<String> words = garbage.isEmpty() ? Optional.empty()
                    : Optional.of(LeakReport.of(garbage, new TreeMap<>()).format());
            return new ProgramChecks(sanity, found.equals(declared.objectsByType()), declared.objectsByType(), found, words);
        }
    }
}
