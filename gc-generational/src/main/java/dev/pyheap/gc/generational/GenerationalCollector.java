package dev.pyheap.gc.generational;

import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.gc.mechanism.InternalReferences;
import dev.pyheap.api.gc.mechanism.PythonGenerations;

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
 *   handedBack     ─► (empty between collections: what the destroy step does not free, before
 *                      it joins old with old's generation tag)
 *        ▲  every list is intrusive and circular: its links are the objects' GC headers,
 *        └─ its head a 16-byte header from binding.newList(); append, unlink, merge are O(1)
 *
 *   longLivedTotal    objects that survived the last full collection
 *   longLivedPending  objects promoted into gen 2 by gen-1 collections since then
 * </pre>
 * The generation lists, the permanent one, {@code counts[3]} (count[0]: GC allocations minus frees
 * since gen 0 was last collected; count[g], g ≥ 1: collections of gen g-1 since gen g was last
 * collected), the thresholds and the schedule are the heap's {@link GcState}: this collector adds
 * generations 1 and 2 when it is made, and keeps {@code unreachable} and the long-lived figures.
 * It keeps no per-object state: everything about an object is in its two header words
 * ({@link GcHeader}), the generation tag included: GEN0_TAG exactly for the objects of generation 0,
 * GEN1_TAG for those of generation 1, LATE_TAG for those the {@link GcState} keeps out of a scheduled
 * collection until it has run, none for the others ({@code track} writes the first, the walk
 * that promotes a collection's survivors writes the tag of the generation they enter, the survivors
 * of the destroy step get it when they join it).
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
 * <li>Allocations made during a collection (finalizers, callbacks) count but never schedule
 *     another one (the {@link GcState}'s rule).
 * </ul>
 *
 * <h2>Scheduling (facts §5.1, CPython's {@code _PyObject_GC_Link} and {@code gc_select_generation})</h2>
 * <ol>
 * <li>Each GC allocation adds 1 to {@code counts[0]} ({@link GcState#objectAllocated}); when it
 *     exceeds {@link #limit}, CPython's {@code threshold[0]}, with collection enabled,
 *     {@code threshold[0] != 0} and no collection running, a collection is scheduled. A free
 *     takes 1 away, never below 0.
 * <li>At the next check point the {@link GcState} asks {@link #selectGeneration()}: the oldest
 *     {@code g} with {@code counts[g] > threshold[g]}, where
 *     gen 2 is passed over while {@code longLivedPending < longLivedTotal / 4}: a full
 *     collection, which costs O(heap), waits until the objects promoted into gen 2 since the last
 *     one are at least a quarter of those that survived it, which keeps the cost of full
 *     collections linear in the allocations (CPython issue #4074). -1 if nothing qualifies any
 *     longer.
 * </ol>
 *
 * <h2>A collection of generation g (CPython's {@code gc_collect_main}, facts §6)</h2>
 * The {@link GcState} has set {@code counts[g+1] += 1} (if gen {@code g+1} exists) and
 * {@code counts[0..g] = 0}; then {@link #collect}:
 * <ol>
 * <li>The younger lists are merged into gen {@code g}, which becomes {@code young}; {@code old} is
 *     gen {@code g+1}, or {@code young} itself for a full collection.
 * <li>{@link InternalReferences#deduceUnreachableAndUntrack} on {@code young} (update_refs,
 *     subtract_refs, move_unreachable): what nothing outside {@code young} reaches moves to
 *     {@code unreachable}. update_refs shares subtract_refs' walk: in a full collection because
 *     every tracked object is in the set (nothing frozen), in a young one because the generation
 *     tags say which referents are ({@link InternalReferences#deduceUnreachableAndUntrackTagged});
 *     the walk writes old's tag into the survivors it relinks.
 * <li>untrack_tuples: every survivor that is a tuple of atoms is untracked
 *     ({@link HeapBinding#isAtomic}) in move_unreachable's walk, each survivor asked as the walk
 *     judges it; in a full collection untrack_dicts follows over the dicts among the survivors
 *     (the walk saves them), once every tuple has been judged.
 * <li>Survivors: for {@code g < 2} {@code young} is merged into {@code old} (promotion); the
 *     survivors of a gen-1 collection add to {@code longLivedPending}. For a full collection
 *     {@code longLivedTotal} = their number and {@code longLivedPending} = 0.
 * <li>The runtime's destroy step ({@link HeapBinding#destroy}) with {@code unreachable} and
 *     {@code old}, when {@code unreachable} is not empty: weakrefs and their callbacks, finalizers, the resurrection check, clearing
 *     (CPython's handle_weakrefs to delete_garbage). What it does not free goes to {@code old}.
 *     There are no legacy ({@code tp_del}) finalizers in this object model, so CPython's
 *     move_legacy_finalizers step has nothing to move.
 * </ol>
 * The {@link GcState} then empties the type free lists after a full collection and records
 * {@code statistics[g]} (one more collection, the garbage plus the weakrefs with callbacks the
 * destroy step freed, as {@code gc.collect()} returns, and the uncollectable) and the pause.
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
    private final GcState gc;
    private final InternalReferences references;
    private final GcList[] generations = new GcList[PythonGenerations.COUNT];
    /** Reused by every collection; empty between them. */
    private final GcList unreachable;
    /**
     * What the destroy step does not free, before it joins {@code old} with old's generation tag
     * (the step relinks objects without knowing their generation); empty between collections.
     */
    private final GcList handedBack;

    private long longLivedTotal;
    private long longLivedPending;

    GenerationalCollector(HeapBinding binding, GcState gc) {
        this.binding = binding;
        this.gc = gc;
        this.references = new InternalReferences(binding);
        generations[0] = gc.generation(0);
        for (int g = 1; g < PythonGenerations.COUNT; g++) {
            generations[g] = gc.newGeneration();
        }
        this.unreachable = binding.newList();
        this.handedBack = binding.newList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean ordersGarbageAsCPython() {
        return true;
    }

    @Override
    public long limit(long threshold0) {
        return threshold0;
    }

    @Override
    public int selectGeneration() {
        for (int g = PythonGenerations.OLDEST; g >= 0; g--) {
            if (gc.count(g) > gc.threshold(g)) {
                if (g == PythonGenerations.OLDEST && longLivedPending < longLivedTotal / 4) {
                    continue;
                }
                return g;
            }
        }
        return -1;
    }

    @Override
    public DestroyResult collect(int generation) {
        // 1. The lists involved.
        GcList young = generations[generation];
        for (int g = 0; g < generation; g++) {
            generations[g].mergeInto(young);
        }
        GcList old = generation < PythonGenerations.OLDEST ? generations[generation + 1] : young;

        // 2. Garbage = what nothing outside young reaches; 3. untrack_tuples, and in a full
        // collection untrack_dicts (dicts only then, as CPython: its issue #14775, scanning dicts
        // in every young collection made building a big dict quadratic), the tuples inside the
        // walk of move_unreachable, which also counts the survivors, the dicts right after it. With nothing frozen, a full
        // collection's young holds every tracked object, which lets update_refs share a walk.
        // A young collection tells its members from older objects by their generation tags, and so
        // shares that walk too; its walk writes the tag of old into the survivors it promotes.
        boolean full = young == old;
        long survivors = full
                ? references.deduceUnreachableAndUntrack(young, unreachable, true, !gc.hasFrozen())
                : references.deduceUnreachableAndUntrackTagged(young, unreachable, tagsUpTo(generation),
                        tag(generation + 1));

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

        // 5. The runtime destroys the garbage; what it cannot free goes to old. Most young
        // collections find none, and then the destroy step would only walk empty lists.
        if (unreachable.isEmpty()) {
            return DestroyResult.NONE;
        }
        DestroyResult result = binding.destroy(unreachable, handedBack);
        handedBack.setGenerationTag(tag(full ? generation : generation + 1));
        handedBack.mergeInto(old);
        return result;
    }

    /** The generation tag of generation {@code g}'s objects (GcHeader's GEN0_TAG, GEN1_TAG; 0 for the oldest). */
    private static long tag(int g) {
        return switch (g) {
            case 0 -> GcHeader.GEN0_TAG;
            case 1 -> GcHeader.GEN1_TAG;
            default -> 0;
        };
    }

    /** The tags of generations 0 to {@code g}, {@code g} younger than the oldest. */
    private static long tagsUpTo(int g) {
        long tags = 0;
        for (int i = 0; i <= g; i++) {
            tags |= tag(i);
        }
        return tags;
    }
}
