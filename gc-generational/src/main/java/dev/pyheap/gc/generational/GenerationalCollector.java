package dev.pyheap.gc.generational;

import dev.pyheap.api.Memory;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.PauseStatistics;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.InternalReferences;
import dev.pyheap.api.gc.mechanism.PauseRecorder;
import dev.pyheap.api.gc.mechanism.PythonGenerations;
import dev.pyheap.api.gc.mechanism.Thresholds;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The {@code generational} collector: CPython 3.11's three-generation cycle collector
 * ({@code Modules/gcmodule.c}). Reference counting frees almost everything; this collector finds the
 * reference cycles it cannot free, looking most often at the objects most likely to be garbage: the
 * young ones.
 *
 * <h2>Data</h2>
 * <pre>
 *   generations[0] ─► [hdr]⇄[hdr]⇄ … ─┐  young: track() appends here          threshold 700
 *   generations[1] ─► [hdr]⇄ … ───────┤  survivors of one gen-0 collection    threshold 10
 *   generations[2] ─► [hdr]⇄ … ───────┤  survivors of a gen-1 collection      threshold 10
 *   permanent      ─► [hdr]⇄ … ───────┤  gc.freeze(): never examined
 *   unreachable    ─► (empty between collections: the garbage while one runs)
 *        ▲  every list is intrusive and circular: its links are the objects' GC headers,
 *        └─ its head a 16-byte header from binding.newList(); append, unlink, merge are O(1)
 *
 *   counts[3]   count[0]: GC allocations minus frees since gen 0 was last collected;
 *               count[g], g ≥ 1: collections of gen g-1 since gen g was last collected
 *   longLivedTotal    objects that survived the last full collection
 *   longLivedPending  objects promoted into gen 2 by gen-1 collections since then
 *   due         a collection is scheduled for the next check point
 * </pre>
 * The collector keeps no other per-object state: everything about an object is in its two header
 * words ({@link dev.pyheap.api.gc.mechanism.GcHeader}).
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Every tracked object is in exactly one of the four generation lists (the sanity checker
 *     proves it); untracking unlinks it from whichever holds it, so no list needs to be named.
 * <li>Between collections every header is in its ordinary state (doubly linked, COLLECTING
 *     clear, no unreachable bit) and the {@code unreachable} list is empty.
 * <li>An object only ever moves to an older list (promotion) or out of all of them (death,
 *     untracking), except for {@link #unfreeze()}, which moves the permanent list into gen 2.
 * <li>A collection of generation {@code g} walks and traverses only the objects of gens 0..g
 *     (reading the headers of what they refer to) and rewrites only their headers: a young
 *     collection costs O(young and its references), whatever the size of gen 2. References from
 *     older generations into the young ones count as references from outside, so they keep their
 *     targets alive (older objects are not examined, hence cannot be found to be garbage).
 * <li>{@code counts[0]} never goes below 0, and allocations made during a collection (finalizers,
 *     callbacks) count but never schedule another one.
 * </ul>
 *
 * <h2>Scheduling (facts §5.1, CPython's {@code _PyObject_GC_Link} and {@code gc_select_generation})</h2>
 * <ol>
 * <li>{@link #objectAllocated} adds 1 to {@code counts[0]}; when it exceeds {@code threshold[0]},
 *     collection is enabled, {@code threshold[0] != 0} and no collection is running, {@code due}
 *     is set. {@link #objectFreed} takes 1 away, never below 0.
 * <li>At the next check point the runtime reads {@link #collectionDue()} and asks
 *     {@link #dueGeneration()}: the oldest {@code g} with {@code counts[g] > threshold[g]}, where
 *     gen 2 is passed over while {@code longLivedPending < longLivedTotal / 4}: a full
 *     collection, which costs O(heap), waits until the objects promoted into gen 2 since the last
 *     one are at least a quarter of those that survived it, which keeps the cost of full
 *     collections linear in the allocations (CPython issue #4074). -1 if nothing qualifies any longer, or collection was
 *     disabled since.
 * </ol>
 *
 * <h2>A collection of generation g (CPython's {@code gc_collect_main}, facts §6)</h2>
 * <ol>
 * <li>{@code counts[g+1] += 1} (if gen {@code g+1} exists), {@code counts[0..g] = 0}. The younger
 *     lists are merged into gen {@code g}, which becomes {@code young}; {@code old} is gen
 *     {@code g+1}, or {@code young} itself for a full collection.
 * <li>{@link InternalReferences#deduceUnreachable} on {@code young} (update_refs, subtract_refs,
 *     move_unreachable): what nothing outside {@code young} reaches moves to {@code unreachable}.
 * <li>untrack_tuples: every survivor that is a tuple of atoms is untracked
 *     ({@link HeapBinding#untrackIfAtomic}); in a full collection untrack_dicts runs in the same
 *     walk.
 * <li>Survivors: for {@code g < 2} {@code young} is merged into {@code old} (promotion); the
 *     survivors of a gen-1 collection add to {@code longLivedPending}. For a full collection
 *     {@code longLivedTotal} = their number and {@code longLivedPending} = 0.
 * <li>The runtime's destroy step ({@link HeapBinding#destroy}) with {@code unreachable} and
 *     {@code old}: weakrefs and their callbacks, finalizers, the resurrection check, clearing
 *     (CPython's handle_weakrefs to delete_garbage). What it does not free goes to {@code old}.
 *     There are no legacy ({@code tp_del}) finalizers in this object model, so CPython's
 *     move_legacy_finalizers step has nothing to move.
 * <li>For a full collection, the type free lists are emptied ({@link HeapBinding#clearFreeLists}).
 * <li>{@code statistics[g]}: one more collection, its collected and uncollectable objects; the
 *     pause is recorded. The result counts the garbage plus the weakrefs with callbacks the destroy
 *     step freed, as {@code gc.collect()} returns.
 * </ol>
 * The list walks of steps 2 to 4 and the destroy step are the whole cost: O(young), garbage
 * included.
 *
 * <h2>Tunables</h2>
 * <ul>
 * <li>{@code gc.threshold} ({@link Options#GC_THRESHOLD}, {@code gc.set_threshold}): (700, 10, 10).
 *     {@code threshold[0]}: net GC allocations beyond which a collection is scheduled;
 *     {@code threshold[1]}: gen-0 collections beyond which gen 1 is collected with it;
 *     {@code threshold[2]}: gen-1 collections beyond which a full collection is considered (then
 *     the long-lived rule decides). {@code threshold[0] = 0} disables automatic collection.
 * <li>{@code gc.enabled} ({@link Options#GC_ENABLED}, {@code gc.enable/disable}): automatic
 *     collection; {@code gc.collect()} always runs.
 * <li>The long-lived ratio 1/4 is CPython's constant, not configurable.
 * </ul>
 *
 * <p>Used under the heap's GIL; holds no static state.
 */
final class GenerationalCollector implements Collector {
    static final String NAME = "generational";


    private final HeapBinding binding;
    private final Memory memory;
    private final InternalReferences references;
    private final GcList[] generations = new GcList[PythonGenerations.COUNT];
    private final GcList permanent;
    /** Reused by every collection; empty between them. */
    private final GcList unreachable;

    private final long[] counts = new long[PythonGenerations.COUNT];
    private final Thresholds thresholds;
    private boolean enabled;
    /** {@code threshold[0]}, copied for {@link #objectAllocated}, which runs on every GC allocation. */
    private long threshold0;
    /** {@code enabled && threshold[0] != 0}: automatic collection is on. */
    private boolean automatic;
    private boolean due;
    private boolean collecting;
    private long longLivedTotal;
    private long longLivedPending;

    private final long[] statCollections = new long[PythonGenerations.COUNT];
    private final long[] statCollected = new long[PythonGenerations.COUNT];
    private final long[] statUncollectable = new long[PythonGenerations.COUNT];
    private final PauseRecorder pauses = new PauseRecorder();

    GenerationalCollector(HeapBinding binding, Configuration configuration) {
        this.binding = binding;
        this.memory = binding.memory();
        this.references = new InternalReferences(binding);
        for (int g = 0; g < PythonGenerations.COUNT; g++) {
            generations[g] = binding.newList();
        }
        this.permanent = binding.newList();
        this.unreachable = binding.newList();
        this.thresholds = new Thresholds(configuration.get(Options.GC_THRESHOLD));
        this.enabled = configuration.get(Options.GC_ENABLED);
        updateTrigger();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void track(long object) {
        generations[0].append(object);
    }

    @Override
    public void untrack(long object) {
        GcList.remove(memory, object);
    }

    @Override
    public void objectAllocated(long object) {
        if (++counts[0] > threshold0 && automatic && !collecting) {
            due = true;
        }
    }

    @Override
    public void objectFreed(long object) {
        if (counts[0] > 0) {
            counts[0]--;
        }
    }

    @Override
    public boolean collectionDue() {
        return due;
    }

    @Override
    public int dueGeneration() {
        due = false;
        if (!automatic || collecting) {
            return -1;
        }
        for (int g = PythonGenerations.OLDEST; g >= 0; g--) {
            if (counts[g] > thresholds.get(g)) {
                if (g == PythonGenerations.OLDEST && longLivedPending < longLivedTotal / 4) {
                    continue;
                }
                return g;
            }
        }
        return -1;
    }

    @Override
    public CollectionResult collect(int generation) {
        PythonGenerations.checkCollect(generation);
        long start = System.nanoTime();
        collecting = true;
        due = false;
        try {
            // 1. Bookkeeping and the lists involved.
            if (generation < PythonGenerations.OLDEST) {
                counts[generation + 1]++;
            }
            for (int g = 0; g <= generation; g++) {
                counts[g] = 0;
            }
            GcList young = generations[generation];
            for (int g = 0; g < generation; g++) {
                generations[g].mergeInto(young);
            }
            GcList old = generation < PythonGenerations.OLDEST ? generations[generation + 1] : young;

            // 2. Garbage = what nothing outside young reaches.
            references.deduceUnreachable(young, unreachable);

            // 3. untrack_tuples, and in a full collection untrack_dicts in the same walk (dicts
            // only then, as CPython: its issue #14775, scanning dicts in every young collection made
            // building a big dict quadratic); counting the survivors on the way saves a walk.
            boolean full = young == old;
            long survivors = binding.untrackAtomic(young, full);

            // 4. Survivors move on.
            if (!full) {
                if (generation == PythonGenerations.OLDEST - 1) {
                    longLivedPending += survivors;
                }
                young.mergeInto(old);
            } else {
                longLivedTotal = survivors;
                longLivedPending = 0;
            }

            // 5. The runtime destroys the garbage; what it cannot free goes to old.
            DestroyResult destroyed = binding.destroy(unreachable, old);

            // 6. A full collection also empties the free lists.
            if (generation == PythonGenerations.OLDEST) {
                binding.clearFreeLists();
            }

            // 7. Statistics.
            long collected = destroyed.totalCollected();
            long uncollectable = destroyed.uncollectable();
            statCollections[generation]++;
            statCollected[generation] += collected;
            statUncollectable[generation] += uncollectable;
            long elapsed = System.nanoTime() - start;
            pauses.record(elapsed);
            return new CollectionResult(generation, collected, uncollectable, elapsed);
        } finally {
            collecting = false;
        }
    }

    @Override
    public int generations() {
        return PythonGenerations.COUNT;
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
        updateTrigger();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        updateTrigger();
    }

    private void updateTrigger() {
        threshold0 = thresholds.get(0);
        automatic = enabled && threshold0 != 0;
    }

    @Override
    public List<GenerationStatistics> statistics() {
        GenerationStatistics[] stats = new GenerationStatistics[PythonGenerations.COUNT];
        for (int g = 0; g < PythonGenerations.COUNT; g++) {
            stats[g] = new GenerationStatistics(statCollections[g], statCollected[g], statUncollectable[g]);
        }
        return List.of(stats);
    }

    @Override
    public PauseStatistics pauses() {
        return pauses.statistics();
    }

    @Override
    public void forEachObject(int generation, LongConsumer action) {
        PythonGenerations.checkGetObjects(generation);
        if (generation >= 0) {
            generations[generation].forEach(action);
            return;
        }
        for (GcList list : generations) {
            list.forEach(action);
        }
    }

    @Override
    public void freeze() {
        for (GcList list : generations) {
            list.mergeInto(permanent);
        }
        Arrays.fill(counts, 0);
    }

    @Override
    public void unfreeze() {
        permanent.mergeInto(generations[PythonGenerations.OLDEST]);
    }

    @Override
    public long freezeCount() {
        return permanent.size();
    }
}
