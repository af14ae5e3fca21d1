package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.PauseStatistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * What every collector shares, kept once per heap: CPython 3.11's {@code struct _gc_runtime_state}
 * without the parts the runtime owns (callbacks, {@code gc.garbage}, the debug flags), and MMTk's
 * CommonPlan. The runtime's {@code gc} module and its hot paths call this class; this class calls
 * the {@link Collector}, which only finds garbage and decides when. No operation is both here and
 * in the collector.
 *
 * <h2>Data</h2>
 * <pre>
 *   generations[0] ─► [hdr]⇄[hdr]⇄ … ─┐  young: track() appends here; every collector has it
 *   generations[1] ─► [hdr]⇄ … ───────┤  } only for a collector that adds them while it is made
 *   generations[2] ─► [hdr]⇄ … ───────┤  } (generational); otherwise list 0 stands for all three
 *   permanent      ─► [hdr]⇄ … ───────┤  gc.freeze(): never examined by any collector
 *   late           ─► [hdr]⇄ … ───────┘  tracked since a collection was scheduled: kept out of it,
 *                                        joins generation 0 after it (see Scheduling)
 *
 *   counts[3]      gc.get_count(): count[0] GC allocations minus frees since generation 0 was last
 *                  collected; count[g], g ≥ 1, collections of generation g-1 since g was collected
 *   thresholds     gc.get_threshold() / set_threshold(), with CPython's argument checks
 *   enabled        gc.isenabled()
 *   limit          count[0] above which an allocation schedules a collection (the collector's
 *                  answer to limit(threshold[0])), with automatic = enabled and threshold[0] != 0
 *   due            a collection is scheduled for the next check point
 *   collecting     a collection runs: allocations never schedule another one
 *   lateNet        count[0]'s moves since the allocation that scheduled the collection (allocations
 *   lateLowest       minus frees) and the lowest that sum reached, to replay them after it
 *   lateHeld       the scheduled collection was chosen and runs: the late list waits for its end
 *   broken         the failure that left a collection's lists half-linked, or null
 *   statistics     gc.get_stats(): collections, collected, uncollectable per list
 *   pauses         every collection's pause (PauseRecorder)
 * </pre>
 * The list heads are 16-byte blocks of heap memory from {@link HeapBinding#newList()}.
 *
 * <h2>Who does what</h2>
 * <table>
 *   <tr><th>here, once</th><th>the {@link Collector}</th></tr>
 *   <tr><td>track / untrack, the young and permanent lists, {@code gc.get_objects(g)}</td>
 *       <td>the older lists it adds, and where its collections move objects</td></tr>
 *   <tr><td>count[0] on every GC allocation and free; {@code due} when it passes the limit</td>
 *       <td>the limit ({@link Collector#limit}) and the generation a scheduled collection
 *       collects ({@link Collector#selectGeneration})</td></tr>
 *   <tr><td>{@code gc.collect(g)}: checks, counts, running flag, free lists, statistics, pause</td>
 *       <td>finding the garbage and handing it to the destroy step ({@link Collector#collect})</td></tr>
 *   <tr><td>thresholds, enable, freeze / unfreeze, statistics, pauses</td>
 *       <td>its own scheduling figures, told of freezing ({@link Collector#frozen},
 *       {@link Collector#unfreezing})</td></tr>
 * </table>
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Every tracked object is in exactly one of the generation lists, the permanent one or the
 *     late one; untracking unlinks it from whichever holds it ({@link GcList#remove}), so no list
 *     is named. The late list is empty unless a collection is due or the due one runs.
 * <li>Between collections every header is in its ordinary state (doubly linked, COLLECTING clear).
 * <li>{@code counts[0] >= 0}; allocations made while {@code collecting} (finalizers, callbacks)
 *     count but never schedule a collection, as in CPython.
 * <li>Python sees three generations whatever the collector keeps: {@link #counts()} and
 *     {@link #thresholds()} have three values, {@link #collect} takes 0 to 2, and a generation the
 *     collector does not keep is empty in {@link #forEachObject}; {@link #statistics()} has one
 *     entry per list kept.
 * </ul>
 *
 * <h2>Scheduling (facts §5.1, CPython's {@code _PyObject_GC_Link})</h2>
 * CPython 3.11 collects inside the allocation that crosses the threshold, before the new object is
 * tracked: that object, and whatever the rest of the instruction allocates, come after the
 * collection. Here the collection waits for the next check point, so what is tracked meanwhile is
 * kept apart until it has run, and count[0] is given back what those allocations and frees added:
 * <ol>
 * <li>{@link #objectAllocated()} adds 1 to {@code count[0]}; above {@code limit}, with automatic
 *     collection on and no collection running, {@code due} is set. {@link #objectFreed()} takes 1
 *     away, never below 0. (Objects recycled through a free list are neither, so they move nothing.)
 *     While {@code due}, both also move {@code lateNet} (and {@code lateLowest}).
 * <li>While {@code due}, {@link #track} appends to the late list, tagged
 *     {@link GcHeader#LATE_TAG}: no collector examines it, as if untracked; references from its
 *     objects count as references from outside.
 * <li>The runtime reads {@link #collectionDue()} at every check point; when it is set it asks
 *     {@link #dueGeneration()}, which clears it and returns the collector's choice, or -1 if
 *     automatic collection was turned off since or a collection runs. On -1 the late list joins
 *     generation 0 at once (count[0] has counted it all along); otherwise it is held until the runtime
 *     calls {@link #scheduledCollectionDone()} after the collection and its callbacks, when it
 *     joins generation 0 (tagged GEN0_TAG, after whatever the collection tracked) and count[0]
 *     becomes what replaying the late moves on the collection's count gives:
 *     {@code max(count[0] + lateNet, lateNet - lateLowest)} (the floor at 0 applied at each step).
 *     An allocation made while the collection runs (a finalizer, a callback) counts but schedules
 *     nothing and is tracked in generation 0, as in CPython.
 * <li>An explicit {@link #collect} while {@code due} (no check point came between) takes the late
 *     objects in generation 0 first: the collection it runs includes them.
 * </ol>
 * With several threads nothing changes: they take turns under the GIL, the first check point of any
 * of them runs the collection, and objects any of them tracked since the crossing are late.
 *
 * <h2>A failed collection</h2>
 * An exception out of the collector (a corrupt heap found mid-walk, a traversal that throws) leaves
 * the lists it was working on half-linked: prev words holding {@code gc_refs}, objects on temporary
 * lists. Following such a link reads arbitrary native memory, so the state records the failure and
 * every later operation on the lists ({@link #track}, {@link #untrack}, {@link #collect},
 * {@link #dueGeneration}, {@link #forEachObject}, freezing) throws a {@link HeapCorruptionError}
 * naming it instead; counting and the figures stay readable. The state stays {@code due}, so the
 * next check point asks {@link #dueGeneration} and is told.
 *
 * <h2>A collection of generation g ({@link #collect})</h2>
 * <ol>
 * <li>Check {@code g} (CPython's {@code invalid generation}), start the clock, set
 *     {@code collecting}, clear {@code due}.
 * <li>Counts, as {@code gc_collect_main}: with {@code c = g} (or 2 when
 *     {@link Collector#everyCollectionIsFull}), {@code count[c+1] += 1} if it exists and
 *     {@code count[0..c] = 0}.
 * <li>The collector's {@link Collector#collect collect(g)}: it finds the garbage, the destroy step
 *     frees it, the survivors move on.
 * <li>A collection of generation 2 ({@code c == 2}) empties the type free lists
 *     ({@link HeapBinding#clearFreeLists}).
 * <li>The limit is asked again; the statistics of list {@code min(g, lists - 1)} count the
 *     collection, its collected objects (with the freed callback weakrefs) and its uncollectable
 *     ones; the pause is recorded and {@code collecting} cleared.
 * </ol>
 *
 * <h2>Freezing</h2>
 * {@link #freeze()} merges every generation list into the permanent one (O(1) each) and zeroes the
 * counts; {@link #unfreeze()} merges the permanent list into the oldest list the collector keeps.
 * Either then asks the limit again.
 *
 * <p>Made with its collector by {@link #open}; used under the heap's GIL; no static state.
 */
public final class GcState {
    private final HeapBinding binding;
    private final Memory memory;
    private final GcList young;
    private final GcList permanent;
    private final GcList late;
    /** The lists while the collector is made; {@link #generations} once it is. */
    private List<GcList> adding = new ArrayList<>();
    private GcList[] generations;
    private Collector collector;

    private final long[] counts = new long[PythonGenerations.COUNT];
    private final Thresholds thresholds;
    private boolean enabled;
    private long limit = Long.MAX_VALUE;
    /** {@code enabled && threshold[0] != 0}: automatic collection is on. */
    private boolean automatic;
    private boolean due;
    private boolean collecting;
    private long lateNet;
    private long lateLowest;
    private boolean lateHeld;
    private Throwable broken;

    private long[] statCollections;
    private long[] statCollected;
    private long[] statUncollectable;
    private long[] statNanos;
    private final PauseRecorder pauses = new PauseRecorder();

    private GcState(HeapBinding binding, Configuration configuration) {
        this.binding = binding;
        this.memory = binding.memory();
        this.young = binding.newList();
        this.permanent = binding.newList();
        this.late = binding.newList();
        this.adding.add(young);
        this.thresholds = new Thresholds(configuration.get(Options.GC_THRESHOLD));
        this.enabled = configuration.get(Options.GC_ENABLED);
    }

    /**
     * The shared state of a new heap and its collector: the young and permanent lists, the
     * thresholds and enabled flag from {@code configuration} ({@code gc.threshold},
     * {@code gc.enabled}), then {@code provider}'s collector, made with this state.
     */
    public static GcState open(HeapBinding binding, Configuration configuration, CollectorProvider provider) {
        GcState state = new GcState(binding, configuration);
        Collector collector = provider.create(binding, state, configuration);
        state.attach(collector);
        return state;
    }

    private void attach(Collector made) {
        this.collector = made;
        this.generations = adding.toArray(GcList[]::new);
        this.adding = null;
        int lists = generations.length;
        statCollections = new long[lists];
        statCollected = new long[lists];
        statUncollectable = new long[lists];
        statNanos = new long[lists];
        updateSchedule();
    }

    // ------------------------------------------------------------------ for the collector

    /**
     * The list of the next older generation (1, then 2), for a collector that keeps them apart;
     * only while the collector is made.
     *
     * @throws IllegalStateException once the collector is made, or beyond generation 2
     */
    public GcList newGeneration() {
        if (adding == null) {
            throw new IllegalStateException("generations are added while the collector is made");
        }
        if (adding.size() == PythonGenerations.COUNT) {
            throw new IllegalStateException("Python has " + PythonGenerations.COUNT + " generations");
        }
        GcList list = binding.newList();
        adding.add(list);
        return list;
    }

    /** The list of {@code generation}: 0 is the young list, older ones exist if the collector added them. */
    public GcList generation(int generation) {
        return adding != null ? adding.get(generation) : generations[generation];
    }

    /** The generation lists kept (1 or 3), the permanent one aside. */
    public int generations() {
        return generations != null ? generations.length : adding.size();
    }

    /** {@code count[generation]}. */
    public long count(int generation) {
        return counts[generation];
    }

    /** {@code threshold[generation]}. */
    public long threshold(int generation) {
        return thresholds.get(generation);
    }

    // ------------------------------------------------------------------ for the runtime: hot paths

    /** The collector this state was opened with: for its name and its leak report. */
    public Collector collector() {
        return collector;
    }

    /** A GC-capable object was allocated ({@code count[0] += 1}); may schedule a collection. */
    public void objectAllocated() {
        if (due) {
            counts[0]++;
            lateNet++;
        } else if (++counts[0] > limit && automatic && !collecting) {
            due = true;
        }
    }

    /** A GC-capable object was freed ({@code count[0] -= 1}, never below 0). */
    public void objectFreed() {
        if (counts[0] > 0) {
            counts[0]--;
        }
        if (due && --lateNet < lateLowest) {
            lateLowest = lateNet;
        }
    }

    /**
     * {@code PyObject_GC_Track}: links the object into the young list, or the late one while a
     * collection is due.
     *
     * @throws HeapCorruptionError if it is tracked already, or a collection failed
     */
    public void track(long object) {
        if (due) { // or broken: a failed collection sets due, so that this path is the only test
            checkUsable();
            late.appendTagged(object, GcHeader.LATE_TAG);
        } else {
            young.appendTagged(object, GcHeader.GEN0_TAG);
        }
    }

    /**
     * {@code PyObject_GC_UnTrack}: unlinks the object from whichever list holds it.
     *
     * @throws HeapCorruptionError if it is not tracked, or a collection failed
     */
    public void untrack(long object) {
        untrack(memory, object);
    }

    /**
     * {@link #untrack(long)} with the heap's {@code memory} as the caller holds it (the binding's,
     * the one this state reads): a death path that reads the object through that reference has the
     * JIT load it and check its class once, not once per field that holds it.
     */
    public void untrack(Memory memory, long object) {
        if (broken != null) {
            checkUsable();
        }
        GcList.remove(memory, object);
    }

    /** Whether a collection is scheduled for the next check point: a field read, for every check point. */
    public boolean collectionDue() {
        return due;
    }

    /**
     * The generation the scheduled collection collects, chosen now, at the check point; -1 when
     * nothing is due after all. Clears the schedule. The runtime then calls {@link #collect}.
     */
    public int dueGeneration() {
        checkUsable();
        boolean wasDue = due;
        due = false;
        int generation = !automatic || collecting ? -1 : collector.selectGeneration();
        if (generation < 0) {
            releaseLate(false);
        } else {
            lateHeld = wasDue;
        }
        return generation;
    }

    /**
     * The collection {@link #dueGeneration()} chose has run, callbacks included: the late objects
     * join generation 0 and count[0] gets their allocations and frees (see the class comment).
     * Nothing when no collection was held, or when the collection failed.
     */
    public void scheduledCollectionDone() {
        if (lateHeld && broken == null) {
            releaseLate(true);
        }
    }

    /**
     * Ends the late phase: the late list joins generation 0, tagged as its objects; when
     * {@code afterCollection}, count[0] replays the late moves over the collection's count.
     */
    private void releaseLate(boolean afterCollection) {
        late.setGenerationTag(GcHeader.GEN0_TAG);
        late.mergeInto(young);
        if (afterCollection) {
            counts[0] = Math.max(counts[0] + lateNet, lateNet - lateLowest);
        }
        lateNet = 0;
        lateLowest = 0;
        lateHeld = false;
    }

    /** Throws when a collection failed and left the lists half-linked (see the class comment). */
    private void checkUsable() {
        if (broken != null) {
            throw new HeapCorruptionError("gc: the heap's collector lists are unusable since a collection failed"
                    + " in the middle (" + broken + "); nothing can be tracked, untracked or collected", 0);
        }
    }

    /** The failure that made the collector lists unusable, if a collection failed in the middle. */
    public Optional<Throwable> failure() {
        return java.util.Optional.ofNullable(broken);
    }

    // ------------------------------------------------------------------ for the runtime: the gc module

    /**
     * Collects {@code generation} with every younger one merged in (see the class comment). Runs
     * even when automatic collection is off, as {@code gc.collect()} does.
     *
     * @param generation 0 to 2, as in Python, whatever lists the collector keeps
     * @throws IllegalArgumentException with CPython's message {@code invalid generation} outside 0..2
     */
    public CollectionResult collect(int generation) {
        PythonGenerations.checkCollect(generation);
        checkUsable();
        if (due) {
            due = false;
            releaseLate(false);
        }
        long start = System.nanoTime();
        collecting = true;
        try {
            int counted = collector.everyCollectionIsFull() ? PythonGenerations.OLDEST : generation;
            if (counted < PythonGenerations.OLDEST) {
                counts[counted + 1]++;
            }
            Arrays.fill(counts, 0, counted + 1, 0);

            DestroyResult destroyed;
            try {
                destroyed = collector.collect(generation);
            } catch (RuntimeException | Error e) {
                broken = e;
                due = true; // track() takes the path that checks, the next check point says why
                throw e;
            }

            if (counted == PythonGenerations.OLDEST) {
                binding.clearFreeLists();
            }
            updateSchedule();
            int list = Math.min(generation, generations.length - 1);
            long collected = destroyed.totalCollected();
            long uncollectable = destroyed.uncollectable();
            statCollections[list]++;
            statCollected[list] += collected;
            statUncollectable[list] += uncollectable;
            long elapsed = System.nanoTime() - start;
            statNanos[list] += Math.max(0, elapsed);
            pauses.record(elapsed);
            return new CollectionResult(generation, collected, uncollectable, elapsed);
        } finally {
            collecting = false;
        }
    }

    /** {@code gc.get_count()}: always three values (0 for a count the collector never moves). */
    public List<Long> counts() {
        return List.of(counts[0], counts[1], counts[2]);
    }

    /** {@code gc.get_threshold()}: always three values. */
    public List<Long> thresholds() {
        return thresholds.asList();
    }

    /**
     * {@code gc.set_threshold(t0[, t1[, t2]])}: one to three values replace the first thresholds,
     * the others keep theirs; nothing changes when a value is refused.
     *
     * @throws IllegalArgumentException for no value or more than three (CPython's TypeError message)
     * @throws ArithmeticException for a value outside a C {@code int} (CPython's OverflowError message)
     */
    public void setThresholds(List<Long> values) {
        thresholds.set(values);
        updateSchedule();
    }

    /** {@code gc.isenabled()}. */
    public boolean isEnabled() {
        return enabled;
    }

    /** {@code gc.enable()} / {@code gc.disable()}. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        updateSchedule();
    }

    private void updateSchedule() {
        long threshold0 = thresholds.get(0);
        automatic = enabled && threshold0 != 0;
        limit = collector.limit(threshold0);
    }

    /** {@code gc.get_stats()}: one entry per list kept ({@link #generations()}). */
    public List<GenerationStatistics> statistics() {
        GenerationStatistics[] stats = new GenerationStatistics[generations.length];
        for (int g = 0; g < stats.length; g++) {
            stats[g] = new GenerationStatistics(statCollections[g], statCollected[g], statUncollectable[g]);
        }
        return List.of(stats);
    }

    /**
     * The time spent collecting each list kept ({@link #generations()}), in nanoseconds: the pauses of
     * its collections summed, so these add up to {@code pauses().totalNanos()}.
     */
    public List<Long> collectionNanos() {
        Long[] nanos = new Long[statNanos.length];
        for (int g = 0; g < nanos.length; g++) {
            nanos[g] = statNanos[g];
        }
        return List.of(nanos);
    }

    /** The pause of every collection so far, automatic and explicit, from check to statistics. */
    public PauseStatistics pauses() {
        return pauses.statistics();
    }

    /**
     * Calls {@code action} with each tracked object of {@code generation}, for {@code gc.get_objects()}
     * and {@code gc.get_referrers()}. Frozen objects are never visited. The action must not track,
     * untrack or move objects.
     *
     * @param generation -1 for every tracked object outside the permanent generation, or 0 to 2
     *                   (empty for a generation the collector does not keep apart)
     * @throws IllegalArgumentException outside -1..2, with CPython's message
     */
    public void forEachObject(int generation, LongConsumer action) {
        PythonGenerations.checkGetObjects(generation);
        checkUsable();
        if (generation >= 0) {
            if (generation < generations.length) {
                generations[generation].forEach(action);
            }
        } else {
            for (GcList list : generations) {
                list.forEach(action);
            }
        }
        if (generation <= 0 && due) {
            // Generation 0's after the collection CPython would have run already; while the
            // collection runs they are held out of sight, as CPython has not tracked them yet.
            late.forEach(action);
        }
    }

    /**
     * {@code gc.freeze()}: moves every tracked object into the permanent generation and zeroes the
     * counts. While a collection is due the late objects are frozen too (CPython would have run
     * it); while it runs they are not (CPython has not tracked them yet).
     */
    public void freeze() {
        checkUsable();
        if (due) {
            late.setGenerationTag(0);
            late.mergeInto(generations[0]);
            lateNet = 0;
            lateLowest = 0;
        }
        // Frozen objects carry no generation tag (GcHeader.GEN0_TAG); the oldest list has none.
        for (int g = 0; g < generations.length - 1; g++) {
            generations[g].setGenerationTag(0);
        }
        for (GcList list : generations) {
            list.mergeInto(permanent);
        }
        Arrays.fill(counts, 0);
        collector.frozen();
        updateSchedule();
    }

    /** {@code gc.unfreeze()}: moves the permanent generation back into the oldest list kept. */
    public void unfreeze() {
        checkUsable();
        collector.unfreezing(permanent);
        permanent.mergeInto(generations[generations.length - 1]);
        updateSchedule();
    }

    /** Whether the permanent generation holds any object ({@code gc.get_freeze_count() > 0}), in O(1). */
    public boolean hasFrozen() {
        checkUsable();
        return !permanent.isEmpty();
    }

    /** {@code gc.get_freeze_count()}: the objects in the permanent generation. */
    public long freezeCount() {
        checkUsable();
        return permanent.size();
    }
}
