package dev.pyheap.runtime.state;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.ArenaUsage;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.api.gc.PauseStatistics;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.runtime.CollectorMetrics;
import dev.pyheap.runtime.HeapMetrics;
import dev.pyheap.runtime.gil.GilStatistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The read-only view of {@link HeapMetrics}: each figure asked of the part that keeps it, behind the GIL rule. */
public final class Metrics implements HeapMetrics, CollectorMetrics {
    private final InterpreterState heap;

    public Metrics(InterpreterState heap) {
        this.heap = heap;
    }

    private GcState gcChecked() {
        heap.requireGil("metrics");
        return heap.gcState();
    }

    @Override
    public AllocatorStatistics allocator() {
        heap.requireGil("metrics");
        return heap.allocator().statistics();
    }

    @Override
    public long mappedBytes() {
        heap.requireGil("metrics");
        return heap.allocator().mappedBytes();
    }

    @Override
    public List<ArenaUsage> arenaMap() {
        heap.requireGil("metrics");
        return heap.allocator().arenaMap();
    }

    @Override
    public CollectorMetrics collector() {
        heap.requireGil("metrics");
        return this;
    }

    @Override
    public GilStatistics gil() {
        return heap.gil().statistics();
    }

    @Override
    public long openHandles() {
        heap.requireGil("metrics");
        return heap.openHandles();
    }

    @Override
    public int threadStates() {
        heap.requireGil("metrics");
        return heap.threadStates();
    }

    @Override
    public String name() {
        return gcChecked().collector().name();
    }

    @Override
    public List<Long> counts() {
        return gcChecked().counts();
    }

    @Override
    public List<GenerationStatistics> statistics() {
        return gcChecked().statistics();
    }

    @Override
    public List<Long> collectionNanos() {
        return gcChecked().collectionNanos();
    }

    @Override
    public List<Long> objectsPerGeneration() {
        GcState gc = gcChecked();
        Long[] objects = new Long[3];
        for (int g = 0; g < 3; g++) {
            long[] n = {0};
            gc.forEachObject(g, o -> n[0]++);
            objects[g] = n[0];
        }
        return List.of(objects);
    }

    @Override
    public PauseStatistics pauses() {
        return gcChecked().pauses();
    }

    @Override
    public Optional<LeakReport> leakReport() {
        return gcChecked().collector().leakReport();
    }
}
