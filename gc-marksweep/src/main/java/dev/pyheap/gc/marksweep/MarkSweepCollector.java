package dev.pyheap.gc.marksweep;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.gc.mechanism.PendingDicts;
import dev.pyheap.api.gc.mechanism.InternalReferences;
import dev.pyheap.api.gc.mechanism.PythonGenerations;

/**
 * The {@code marksweep} collector: every collection is a full one. It marks what the roots reach,
 * with the tracked list itself as the work list (no recursion, no memory beyond the GC headers),
 * and hands the tracked objects it did not reach to the runtime's destroy step. Collections are
 * scheduled by heap growth, like Go's {@code GOGC}.
 *
 * <h2>Data</h2>
 * <pre>
 *   tracked    ─► [hdr]⇄[hdr]⇄ … ⇄[hdr] ─┐  the heap's young list (GcState.generation(0)): every
 *      ▲                                 │  tracked object not frozen; tracking appends here
 *      └─────────────────────────────────┘  (intrusive, circular: the links live in the GC headers)
 *   reached, garbage ─► (empty)            the work lists of a collection, empty between them
 *
 *   survivors  tracked objects the last collection left alive
 *   growth     gc.marksweep.growth: limit(threshold0) = max(threshold0, floor(growth × survivors))
 * </pre>
 * The permanent list, {@code count[0]} (GC-capable allocations minus frees since the last
 * collection), the thresholds, the enabled flag and the schedule are the heap's {@link GcState}.
 * The list heads are 16-byte blocks of heap memory from {@link HeapBinding#newList()}; a collection
 * splices lists (O(1) each) instead of copying anything.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Every tracked object is in exactly one list: {@code tracked} or the permanent one between
 *     collections ({@code reached} and {@code garbage} are empty); untracking unlinks it from
 *     whichever holds it.
 * <li>Between collections every header is in its ordinary state: doubly linked, COLLECTING clear.
 * <li>During the mark (steps 1 to 3), COLLECTING set means "tracked, not frozen, not reached
 *     yet": the bit is the mark (inverted), so marking needs no side table. From step 4 on it
 *     marks the garbage list only, as the destroy step expects.
 * </ul>
 *
 * <h2>A collection ({@link #collect(int)})</h2>
 * The {@link GcState} has zeroed the counts (every collection counts as a full one:
 * {@link #everyCollectionIsFull()}); then:
 * <pre>
 *   1.   tracked = [a b c d e f]                         all COLLECTING   (roots hold a; a→b→e; d→e)
 *   2-3. reached = [a b e]  (the walk order)             COLLECTING clear
 *        tracked = [c d f]  the candidates               COLLECTING set
 *   4.   candidates split:  rescued [d]  (a frozen list holds d)    garbage [c f]
 *   5.   tracked = [a b e d]  (reached spliced back);  destroy(garbage = [c f], survivors = tracked)
 * </pre>
 * <ol>
 * <li>Set COLLECTING on every object of {@code tracked} (one pass). Each of them is now a
 *     candidate for garbage.
 * <li>Roots: {@link HeapBinding#visitRoots} with the marker, which takes each COLLECTING referent
 *     it is shown, clears the bit and moves the object to the end of the {@code reached} list.
 *     Anything else (frozen, untracked, already reached) it ignores.
 * <li>Walk: {@code reached} is the work queue. From its first object on, each object is traversed
 *     with the marker, which appends what it newly reaches behind the walk; the walk ends when it
 *     catches up with the end. Then the object gets CPython's {@code untrack_tuples}
 *     ({@link HeapBinding#untrackIfAtomic}), which unlinks a tuple that holds only atoms; an
 *     exact dict that stays is saved ({@link PendingDicts}) for
 *     {@code untrack_dicts}, which runs once every tuple has been judged (a dict is reached
 *     before the tuples it holds). A chain or a ring of any length is one loop.
 * <li>Rescue: what stays in {@code tracked} was not reached. The shared
 *     {@link InternalReferences#deduceUnreachable} runs on those candidates alone: a candidate with
 *     a reference from outside the candidates (see <em>Safety</em>) is kept, with everything it
 *     reaches; the rest moves to the garbage list, COLLECTING set. The rescued get the same
 *     untracking as in step 3 and join {@code reached}.
 * <li>Destroy: {@code reached} is spliced into the emptied {@code tracked} <em>before</em> the
 *     runtime's destroy step runs ({@link HeapBinding#destroy}{@code (garbage, tracked)}), so
 *     objects the finalizers and callbacks create are tracked there and never mixed with the
 *     garbage. {@code survivors} is what steps 3 and 4 kept. The {@link GcState} then empties the
 *     free lists (every collection is a full one), records the statistics and the pause and asks
 *     {@link #limit} again.
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
 * The {@link GcState} counts {@code count[0]}: each GC-capable allocation adds 1 and each free
 * takes 1 away, never below 0 (free-list reuse moves nothing). When it exceeds
 * {@link #limit}{@code  = max(threshold0, floor(growth × survivors))} and automatic collection is
 * enabled ({@code gc.enable()} and {@code threshold0 != 0}) and no collection runs, a collection
 * is scheduled, and the runtime's next check point has {@link #selectGeneration()} answer 2 (a
 * full collection) or -1 when {@code count[0]} is no longer over the limit. {@code survivors}
 * counts the objects of step 3 and 4 still tracked afterwards; those the destroy step resurrects
 * are not counted (rare; it only brings the next collection a little earlier). {@code gc.freeze()}
 * sets {@code survivors} to 0 (frozen objects are never traced: {@link #frozen()}) and
 * {@code gc.unfreeze()} adds them back ({@link #unfreezing}).
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
 * {@code gc.get_count()} is {@code (count[0], 0, 0)}: with only full collections there are no
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

    private final HeapBinding binding;
    private final GcState gc;
    private final Memory memory;
    private final InternalReferences references;
    private final Marker marker;
    private final double growth;
    private final GcList tracked;
    private final GcList reached;
    private final GcList garbage;

    private long survivors;

    MarkSweepCollector(HeapBinding binding, GcState gc, Configuration configuration) {
        this.binding = binding;
        this.gc = gc;
        this.memory = binding.memory();
        this.references = new InternalReferences(binding);
        this.growth = configuration.get(MarkSweepCollectorProvider.GROWTH);
        this.tracked = gc.generation(0);
        this.reached = binding.newList();
        this.garbage = binding.newList();
        this.marker = new Marker();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long limit(long threshold0) {
        double grown = Math.floor(growth * survivors);
        long byGrowth = grown >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) grown;
        return Math.max(threshold0, byGrowth);
    }

    @Override
    public int selectGeneration() {
        return gc.count(0) > limit(gc.threshold(0)) ? PythonGenerations.OLDEST : -1;
    }

    @Override
    public boolean everyCollectionIsFull() {
        return true;
    }

    @Override
    public DestroyResult collect(int generation) {
        // 1. Every tracked object becomes a candidate.
        GcList candidates = tracked;
        for (long o = candidates.first(); o != 0; o = candidates.after(o)) {
            GcHeader.setCollecting(memory, o);
        }

        // 2-3. Mark: the reached list is the work queue.
        binding.visitRoots(marker);
        PendingDicts dicts = new PendingDicts();
        long kept = walk(dicts);

        // 4. Rescue the candidates held from outside the candidates (frozen objects, raw references).
        if (!candidates.isEmpty()) {
            references.deduceUnreachable(candidates, garbage);
            kept += binding.untrackAtomic(candidates, true);
            candidates.mergeInto(reached);
        }
        kept -= dicts.untrack(binding);

        // 5. Destroy; what the finalizers create is tracked with the survivors.
        reached.mergeInto(tracked);
        survivors = kept;
        return binding.destroy(garbage, tracked);
    }

    /**
     * Steps 2-3's walk: traverses each object of {@code reached} in order while the marker appends
     * behind it, untracking atomic tuples as it passes them and saving in {@code dicts} the dicts
     * it keeps.
     *
     * @return the objects reached that are still tracked
     */
    private long walk(PendingDicts dicts) {
        long kept = 0;
        for (long o = reached.first(); o != 0; ) {
            boolean atomicType = binding.traverseTellingAtomic(o, marker);
            // Read the successor only now: the traversal may have appended behind the last object.
            long next = reached.after(o);
            if (!atomicType || !binding.untrackIfAtomic(o, false)) {
                kept++;
                if (atomicType && binding.inDictPass(o)) {
                    dicts.add(o);
                }
            }
            o = next;
        }
        return kept;
    }

    @Override
    public void frozen() {
        // Frozen objects are never traced: they no longer count in the heap a collection walks.
        survivors = 0;
    }

    @Override
    public void unfreezing(GcList permanent) {
        survivors += permanent.size();
    }

    /**
     * The mark: a referent still COLLECTING is tracked, unfrozen and not reached yet; it loses the
     * bit and goes to the end of the reached list, where the walk will traverse it. (A class, not a
     * lambda: the lambda's extra synthetic method cost a small full collection 15 → 25 µs.)
     */
    private final class Marker implements ReferentVisitor {
        @Override
        public void visit(long referent) {
            if (GcHeader.isCollecting(memory, referent)) {
                GcHeader.clearCollecting(memory, referent);
                reached.moveHere(referent);
            }
        }
    }
}
