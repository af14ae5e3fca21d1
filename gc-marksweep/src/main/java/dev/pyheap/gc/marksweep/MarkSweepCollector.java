package dev.pyheap.gc.marksweep;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.PauseStatistics;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.InternalReferences;
import dev.pyheap.api.gc.mechanism.PauseRecorder;
import dev.pyheap.api.gc.mechanism.PythonGenerations;
import dev.pyheap.api.gc.mechanism.Thresholds;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The {@code marksweep} collector: every collection is a full one. It marks what the roots reach,
 * with the tracked list itself as the work list (no recursion, no memory beyond the GC headers),
 * and hands the tracked objects it did not reach to the runtime's destroy step. Collections are
 * scheduled by heap growth, like Go's {@code GOGC}.
 *
 * <h2>Data</h2>
 * <pre>
 *   tracked    ─► [hdr]⇄[hdr]⇄ … ⇄[hdr] ─┐  every tracked object not frozen; track() appends here
 *      ▲                                 │  (intrusive, circular: the links live in the GC headers)
 *      └─────────────────────────────────┘
 *   permanent  ─► [hdr]⇄ … ─┐              gc.freeze() moves everything here, unfreeze() back
 *   spareA, spareB ─► (empty)              the reached and garbage lists of the next collection
 *
 *   count0     GC-capable allocations minus frees since the last collection (CPython's count[0])
 *   survivors  tracked objects the last collection left alive
 *   limit      max(threshold0, growth × survivors): count0 above it schedules a collection
 *   due        the scheduled flag the runtime reads at every check point
 *   automatic  enabled and threshold0 != 0, kept so that an allocation tests one flag
 * </pre>
 * The four list heads are 16-byte blocks of heap memory from {@link HeapBinding#newList()}; a
 * collection rotates the three non-permanent ones instead of copying anything.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Every tracked object is in exactly one list: {@code tracked} or {@code permanent} between
 *     collections (both spares are empty); untracking unlinks it from whichever holds it.
 * <li>Between collections every header is in its ordinary state: doubly linked, COLLECTING clear.
 * <li>During the mark (steps 1 to 3), COLLECTING set means "tracked, not frozen, not reached
 *     yet": the bit is the mark (inverted), so marking needs no side table. From step 4 on it
 *     marks the garbage list only, as the destroy step expects.
 * <li>{@code count0 >= 0}; {@code due} implies {@code count0 > limit} held when it was set.
 * </ul>
 *
 * <h2>A collection ({@link #collect(int)})</h2>
 * <pre>
 *   1.   tracked = [a b c d e f]                         all COLLECTING   (roots hold a; a→b→e; d→e)
 *   2-3. reached = [a b e]  (the walk order)             COLLECTING clear
 *        tracked = [c d f]  the candidates               COLLECTING set
 *   4.   candidates split:  rescued [d]  (a frozen list holds d)    garbage [c f]
 *   5.   reached = [a b e d]  becomes tracked;  destroy(garbage = [c f], survivors = tracked)
 * </pre>
 * <ol>
 * <li>Bookkeeping: {@code count0 = 0}, {@code due = false}; set COLLECTING on every object of
 *     {@code tracked} (one pass). Each of them is now a candidate for garbage.
 * <li>Roots: {@link HeapBinding#visitRoots} with the marker, which takes each COLLECTING referent
 *     it is shown, clears the bit and moves the object to the end of the {@code reached} list.
 *     Anything else (frozen, untracked, already reached) it ignores.
 * <li>Walk: {@code reached} is the work queue. From its first object on, each object is traversed
 *     with the marker, which appends what it newly reaches behind the walk; the walk ends when it
 *     catches up with the end. Then the object gets CPython's {@code untrack_tuples} /
 *     {@code untrack_dicts} ({@link HeapBinding#untrackIfAtomic}, full-collection rules), which
 *     unlinks it when it holds only atoms. A chain or a ring of any length is one loop.
 * <li>Rescue: what stays in {@code tracked} was not reached. The shared
 *     {@link InternalReferences#deduceUnreachable} runs on those candidates alone: a candidate with
 *     a reference from outside the candidates (see <em>Safety</em>) is kept, with everything it
 *     reaches; the rest moves to the garbage list, COLLECTING set. The rescued get the same
 *     untracking as in step 3 and join {@code reached}.
 * <li>Destroy: {@code reached} becomes {@code tracked} <em>before</em> the runtime's destroy step
 *     runs ({@link HeapBinding#destroy}{@code (garbage, tracked)}), so objects the finalizers and
 *     callbacks create are tracked there and never mixed with the garbage. The emptied candidate
 *     and garbage lists become the spares. Then the free lists are emptied
 *     ({@link HeapBinding#clearFreeLists}: every collection is a full one), the statistics and
 *     the pause are recorded and {@code limit} is recomputed.
 * </ol>
 * Nothing to collect costs steps 1 to 3 only. Python code runs only inside step 5.
 *
 * <h2>Safety: why the garbage is garbage</h2>
 * Freeing a reachable object corrupts the heap, so an object is handed to the destroy step only if
 * (a) the mark did not reach it from the roots <em>and</em> (b) every reference its refcount counts
 * comes from another candidate. The mark follows roots and tracked, unfrozen objects only. A live
 * object could be reached by other paths, all of them counted references:
 * <ul>
 * <li><b>Untracked containers.</b> By CPython's tracking rules, which the runtime follows
 *     ({@code _PyObject_GC_MAY_BE_TRACKED}: any GC object but an untracked tuple; dicts start
 *     untracked and {@code MAINTAIN_TRACKING} tracks one when such an object is stored;
 *     {@code untrack_tuples}/{@code untrack_dicts} untrack only containers of atoms), an untracked
 *     tuple or dict holds only atoms and untracked tuples, so never a tracked object; every other
 *     GC type is tracked from creation to deallocation. This path holds nothing for the mark to miss.
 * <li><b>The permanent generation.</b> Frozen objects are never examined, so what they hold is
 *     found through (b) rather than traced.
 * <li><b>Objects being deallocated.</b> A weakref callback that runs at refcount death, or a
 *     finalizer during a deep teardown, may run a collection while the dying object, or one the
 *     trashcan deferred, is untracked at refcount 0 (as in CPython) and still holds its
 *     references. (A {@code __del__} at refcount death runs with its object tracked, as CPython's
 *     {@code subtype_dealloc} does, so the mark traces through it.)
 * <li><b>Raw references.</b> Addresses the embedder holds through {@code CApi} across a check
 *     point are counted but are no roots.
 * </ul>
 * Step 4 is (b): CPython's update_refs / subtract_refs / move_unreachable over the candidates
 * alone treats each of those references as a reference from outside, exactly as CPython's
 * collector treats references from C code, and keeps the object and all it reaches. Its cost is
 * proportional to the objects the mark did not reach, not to the heap. (The destroy step's own
 * resurrection check would keep such an object from being freed anyway, but only after its
 * weakrefs were cleared and its finalizer ran; step 4 keeps live objects from being finalized.)
 *
 * <h2>Scheduling (the {@code gc.marksweep.growth} tunable)</h2>
 * Each GC-capable allocation adds 1 to {@code count0} and each free takes 1 away, never below 0
 * (free-list reuse moves nothing): CPython's {@code count[0]}. When {@code count0} exceeds
 * {@code limit = max(threshold0, floor(growth × survivors))} and automatic collection is enabled
 * ({@code gc.enable()} and {@code threshold0 != 0}), {@code due} is set, and the runtime's next
 * check point asks {@link #dueGeneration()}, which answers 2 (a full collection) or -1 when the
 * condition no longer holds. {@code survivors} counts the objects of step 3 and 4 still tracked
 * afterwards; those the destroy step resurrects are not counted (rare; it only brings the next
 * collection a little earlier). {@link #freeze()} sets {@code survivors} to 0 (frozen objects are
 * never traced) and {@link #unfreeze()} adds them back.
 * <p>Worked example, {@code threshold0 = 700}, {@code growth = 1.0}: on a fresh heap
 * {@code limit = 700}, so the 701st net allocation schedules the first collection, as in CPython.
 * If 5000 objects survive it, {@code limit = max(700, 5000) = 5000}: the next collection comes after
 * 5001 more, when the heap may have doubled. With {@code growth = 0.5} it comes after 2501, with
 * {@code growth = 3} after 15001. Because every collection traces the whole live heap, a fixed
 * threshold would trace it every 701 allocations (quadratic work as the heap grows); scheduling by
 * growth keeps the tracing work per allocation constant, at the price of up to
 * {@code growth × live} extra objects held between collections. A heap that stays below
 * {@code threshold0} live objects behaves as CPython's generation 0. (A negative
 * {@code threshold0}, which CPython accepts as "always over", leaves the growth term alone in
 * charge.)
 *
 * <h2>Python's view</h2>
 * {@code gc.get_count()} is {@code (count0, 0, 0)}: with only full collections there are no
 * younger collections to count. {@code collect(0)}, {@code collect(1)} and {@code collect(2)} are
 * each a full collection, reported as the generation asked for. {@code get_threshold()} reports
 * the three thresholds (700, 10, 10 by default); only {@code threshold0} is used. The one list
 * stands for generation 0: {@code get_objects(0)} is everything, generations 1 and 2 are empty,
 * and {@code get_stats()} has one entry.
 *
 * <p>Used under the heap's GIL; holds no static state. A {@link HeapCorruptionError} thrown by a
 * collection leaves the lists unusable.
 */
final class MarkSweepCollector implements Collector {
    static final String NAME = "marksweep";

    /** Python's view: gc.get_count(), get_threshold() and collect() know three generations. */

    private final HeapBinding binding;
    private final Memory memory;
    private final InternalReferences references;
    private final Marker marker;
    private final double growth;
    private final Thresholds thresholds;
    private final PauseRecorder pauses = new PauseRecorder();

    private GcList tracked;
    private final GcList permanent;
    private GcList spareA;
    private GcList spareB;

    private long count0;
    private long survivors;
    private long limit;
    private boolean due;
    private boolean enabled;
    /** {@code enabled && threshold0 != 0}: automatic collection is on. */
    private boolean automatic;

    private long collections;
    private long collected;
    private long uncollectable;

    MarkSweepCollector(HeapBinding binding, Configuration configuration) {
        this.binding = binding;
        this.memory = binding.memory();
        this.references = new InternalReferences(binding);
        this.marker = new Marker(memory);
        this.growth = configuration.get(MarkSweepCollectorProvider.GROWTH);
        this.tracked = binding.newList();
        this.permanent = binding.newList();
        this.spareA = binding.newList();
        this.spareB = binding.newList();
        this.thresholds = new Thresholds(configuration.get(Options.GC_THRESHOLD));
        this.enabled = configuration.get(Options.GC_ENABLED);
        updateLimit();
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
        if (++count0 > limit && automatic) {
            due = true;
        }
    }

    @Override
    public void objectFreed(long object) {
        if (count0 > 0) {
            count0--;
        }
    }

    @Override
    public boolean collectionDue() {
        return due;
    }

    @Override
    public int dueGeneration() {
        due = false;
        return count0 > limit && automatic ? PythonGenerations.OLDEST : -1;
    }

    @Override
    public CollectionResult collect(int generation) {
        PythonGenerations.checkCollect(generation);
        long start = System.nanoTime();
        count0 = 0;
        due = false;

        // 1. Every tracked object becomes a candidate.
        GcList candidates = tracked;
        for (long o = candidates.first(); o != 0; o = candidates.after(o)) {
            GcHeader.setCollecting(memory, o);
        }

        // 2-3. Mark: the reached list is the work queue.
        GcList reached = spareA;
        marker.reached = reached;
        binding.visitRoots(marker);
        long kept = walk(reached);

        // 4. Rescue the candidates held from outside the candidates (frozen objects, raw references).
        GcList garbage = spareB;
        if (!candidates.isEmpty()) {
            references.deduceUnreachable(candidates, garbage);
            kept += binding.untrackAtomic(candidates, true);
            candidates.mergeInto(reached);
        }

        // 5. Destroy; what the finalizers create is tracked with the survivors.
        tracked = reached;
        spareA = candidates;
        spareB = garbage;
        DestroyResult result = binding.destroy(garbage, reached);
        binding.clearFreeLists();

        survivors = kept;
        updateLimit();
        collections++;
        collected += result.totalCollected();
        uncollectable += result.uncollectable();
        long elapsed = System.nanoTime() - start;
        pauses.record(elapsed);
        return new CollectionResult(generation, result.totalCollected(), result.uncollectable(), elapsed);
    }

    /**
     * Steps 2-3's walk: traverses each object of {@code reached} in order while the marker appends
     * behind it, untracking atomic containers as it passes them.
     *
     * @return the objects reached that are still tracked
     */
    private long walk(GcList reached) {
        long kept = 0;
        for (long o = reached.first(); o != 0; ) {
            binding.traverse(o, marker);
            // Read the successor only now: the traversal may have appended behind the last object.
            long next = reached.after(o);
            if (!binding.untrackIfAtomic(o, true)) {
                kept++;
            }
            o = next;
        }
        return kept;
    }

    private void updateLimit() {
        double grown = Math.floor(growth * survivors);
        long byGrowth = grown >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) grown;
        limit = Math.max(thresholds.get(0), byGrowth);
        automatic = enabled && thresholds.get(0) != 0;
    }

    @Override
    public int generations() {
        return 1;
    }

    @Override
    public List<Long> counts() {
        return List.of(count0, 0L, 0L);
    }

    @Override
    public List<Long> thresholds() {
        return thresholds.asList();
    }

    @Override
    public void setThresholds(List<Long> values) {
        thresholds.set(values);
        updateLimit();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        updateLimit();
    }

    @Override
    public List<GenerationStatistics> statistics() {
        return List.of(new GenerationStatistics(collections, collected, uncollectable));
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
        count0 = 0;
        // Frozen objects are never traced: they no longer count in the heap a collection walks.
        survivors = 0;
        updateLimit();
    }

    @Override
    public void unfreeze() {
        survivors += permanent.size();
        updateLimit();
        permanent.mergeInto(tracked);
    }

    @Override
    public long freezeCount() {
        return permanent.size();
    }

    /**
     * The mark: a referent still COLLECTING is tracked, unfrozen and not reached yet; it loses the
     * bit and goes to the end of the reached list, where the walk will traverse it.
     */
    private static final class Marker implements ReferentVisitor {
        private final Memory memory;
        GcList reached;

        Marker(Memory memory) {
            this.memory = memory;
        }

        @Override
        public void visit(long referent) {
            if (GcHeader.isCollecting(memory, referent)) {
                GcHeader.clearCollecting(memory, referent);
                reached.moveHere(referent);
            }
        }
    }
}
