package dev.pyheap.runtime;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorKind;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.gc.mechanism.PythonGenerations;

import java.util.List;

/**
 * The collector of the runtime's own tests: reference counting alone, a collector that never finds
 * garbage and never schedules a collection. Everything Python's {@code gc} module shows (counts,
 * thresholds, lists, freezing, statistics) is the shared {@link GcState}'s, so this is all a
 * collector needs to be; a collection does to live objects what CPython's does (tuples and, in a
 * full one, dicts of atoms are untracked).
 *
 * <p>It lives here because the gc modules' tests open real heaps through the testkit, which needs
 * the runtime: the runtime's tests cannot need a gc module. The {@code refcount} collector's leak
 * report is tested in {@code gc-refcount}.
 */
public final class TestCollector implements Collector {
    /** Its provider, for {@link PyHeap#open(Configuration, CollectorProvider)}. */
    public static final CollectorProvider PROVIDER = new CollectorKind("test",
            "the runtime tests' collector: reference counting alone", List.of(),
            (binding, gc, configuration) -> new TestCollector(binding, gc.generation(0))) {
    };

    private final HeapBinding binding;
    private final GcList tracked;

    private TestCollector(HeapBinding binding, GcList tracked) {
        this.binding = binding;
        this.tracked = tracked;
    }

    /** A heap with this collector, whatever {@code collector} the configuration names. */
    public static PyHeap open(Configuration configuration) {
        return PyHeap.open(configuration, PROVIDER);
    }

    /** Finds nothing; tuples and, in a full collection, dicts of atoms are untracked, as CPython's collection does. */
    @Override
    public DestroyResult collect(int generation) {
        binding.untrackAtomic(tracked, generation == PythonGenerations.OLDEST);
        return DestroyResult.NONE;
    }

    @Override
    public String name() {
        return PROVIDER.name();
    }
}
