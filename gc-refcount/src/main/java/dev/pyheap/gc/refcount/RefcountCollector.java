package dev.pyheap.gc.refcount;

import dev.pyheap.api.Memory;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.api.gc.PauseStatistics;
import dev.pyheap.api.gc.mechanism.PauseRecorder;
import dev.pyheap.api.gc.mechanism.PythonGenerations;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.InternalReferences;
import dev.pyheap.api.gc.mechanism.Thresholds;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The {@code refcount} collector: reference counting alone, as CPython would behave with a cycle
 * collector that never finds anything. Objects die when their count reaches zero (the runtime does
 * that); a cycle never does, and this collector only reports it.
 *
 * <h2>Data</h2>
 * <pre>
 *   tracked    ─► [hdr]⇄[hdr]⇄ … ⇄[hdr] ─┐   every tracked object not frozen; track() appends
 *      ▲                                 │
 *      └─────────────────────────────────┘   (intrusive, circular: links live in the GC headers)
 *   permanent  ─► [hdr]⇄ … ─┐               gc.freeze() moves everything here; unfreeze() back
 *      ▲                    │
 *      └────────────────────┘
 *   counts     long[3]     gc.get_count(), kept exactly as CPython 3.11 keeps it
 *   thresholds Thresholds  gc.get_threshold(), stored and reported, never acted on
 * </pre>
 * Both list heads are 16-byte blocks of heap memory from {@link HeapBinding#newList()}.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Every tracked object is in exactly one of the two lists; untracking unlinks it from
 *     whichever holds it ({@link GcList#remove}), so untrack needs no list.
 * <li>Between calls every header is in its ordinary state: doubly linked, COLLECTING clear, no
 *     unreachable bit. Only {@link #leakReport()} leaves that state, and restores it before it returns.
 * <li>{@code counts[0]} never goes below 0.
 * </ul>
 *
 * <h2>Counts (CPython 3.11, facts §5.1)</h2>
 * <ol>
 * <li>Each GC-capable allocation adds 1 to {@code counts[0]} and each free takes 1 away, never below
 *     0 (objects recycled through a free list are neither allocated nor freed, so they move nothing).
 * <li>Collecting generation {@code g} sets {@code counts[0..g]} to 0 and adds 1 to
 *     {@code counts[g + 1]} when there is one, exactly as {@code gc_collect_main} does, so a program
 *     that watches {@code gc.get_count()} sees CPython's numbers.
 * <li>{@link #freeze()} zeroes all three.
 * </ol>
 * Nothing is ever scheduled ({@link #collectionDue()} is always false): the thresholds and the
 * enabled flag are kept only so that the {@code gc} module reports back what it was told.
 *
 * <h2>A collection</h2>
 * {@code gc.collect(g)} finds no garbage, but does what CPython's does to live objects: tuples (and,
 * for {@code g == 2}, dicts) whose contents are all atomic are untracked
 * ({@link HeapBinding#untrackIfAtomic}), a full collection empties the type free lists, and the
 * statistics count it. Its one list stands for generation 0 (and, the permanent one aside, for all
 * of them): {@code gc.get_objects(0)} returns everything, generations 1 and 2 are empty.
 *
 * <h2>The leak report</h2>
 * What refcounting can never free is found with the shared subtract-internal-references mechanism,
 * without copying anything: {@link InternalReferences#deduceUnreachable} moves every object that
 * nothing outside the tracked list holds into a temporary list; {@link LeakCensus} counts them by
 * type and groups them; then the temporary list's objects get COLLECTING cleared and are merged back.
 * Frozen objects are not examined (as CPython's collector never examines them).
 *
 * <p>Used under the heap's GIL; holds no static state.
 */
final class RefcountCollector implements Collector {
    static final String NAME = "refcount";

    /** Python's view: gc.get_count(), get_threshold() and collect() know three generations. */

    private final HeapBinding binding;
    private final Memory memory;
    private final GcList tracked;
    private final GcList permanent;
    private final long[] counts = new long[PythonGenerations.COUNT];
    private final Thresholds thresholds;
    private boolean enabled;
    private long collections;
    private final PauseRecorder pauses = new PauseRecorder();

    RefcountCollector(HeapBinding binding, Configuration configuration) {
        this.binding = binding;
        this.memory = binding.memory();
        this.tracked = binding.newList();
        this.permanent = binding.newList();
        this.thresholds = new Thresholds(configuration.get(Options.GC_THRESHOLD));
        this.enabled = configuration.get(Options.GC_ENABLED);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void track(long object) {
        tracked.append(object);
    }

    @Override
    public void untrack(long object) {
        GcList.remove(memory, object);
    }

    @Override
    public void objectAllocated(long object) {
        counts[0]++;
    }

    @Override
    public void objectFreed(long object) {
        if (counts[0] > 0) {
            counts[0]--;
        }
    }

    @Override
    public boolean collectionDue() {
        return false;
    }

    @Override
    public int dueGeneration() {
        return -1;
    }

    @Override
    public CollectionResult collect(int generation) {
        PythonGenerations.checkCollect(generation);
        long start = System.nanoTime();
        if (generation + 1 < PythonGenerations.COUNT) {
            counts[generation + 1]++;
        }
        for (int g = 0; g <= generation; g++) {
            counts[g] = 0;
        }
        boolean full = generation == PythonGenerations.OLDEST;
        binding.untrackAtomic(tracked, full);
        if (full) {
            binding.clearFreeLists();
        }
        collections++;
        long elapsed = System.nanoTime() - start;
        pauses.record(elapsed);
        return new CollectionResult(generation, 0, 0, elapsed);
    }

    @Override
    public int generations() {
        return 1;
    }

    @Override
    public List<Long> counts() {
        return List.of(counts[0], counts[1], counts[2]);
    }

    @Override
    public List<Long> thresholds() {
        return thresholds.asList();
    }

    @Override
    public void setThresholds(List<Long> values) {
        thresholds.set(values);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public List<GenerationStatistics> statistics() {
        return List.of(new GenerationStatistics(collections, 0, 0));
    }

    @Override
    public PauseStatistics pauses() {
        return pauses.statistics();
    }

    @Override
    public void forEachObject(int generation, LongConsumer action) {
        PythonGenerations.checkGetObjects(generation);
        if (generation <= 0) {
            tracked.forEach(action);
        }
    }

    @Override
    public void freeze() {
        tracked.mergeInto(permanent);
        Arrays.fill(counts, 0);
    }

    @Override
    public void unfreeze() {
        permanent.mergeInto(tracked);
    }

    @Override
    public long freezeCount() {
        return permanent.size();
    }

    /**
     * The cycles reference counting leaks, with what hangs only from them. The tracked list's
     * order changes (the leaked objects end up last); its headers are back in their ordinary state.
     *
     * @throws dev.pyheap.api.HeapCorruptionError if a refcount is smaller than the references found;
     *     the lists are then unusable, as after any collection that finds the heap corrupt
     */
    @Override
    public Optional<LeakReport> leakReport() {
        InternalReferences references = new InternalReferences(binding);
        GcList unreachable = binding.newList();
        references.deduceUnreachable(tracked, unreachable);
        try {
            return Optional.of(new LeakCensus(binding, unreachable).report());
        } finally {
            // deduceUnreachable leaves the garbage with COLLECTING set; as live objects they must not keep it.
            references.clearCollecting(unreachable);
            unreachable.mergeInto(tracked);
            binding.freeList(unreachable);
        }
    }
}
