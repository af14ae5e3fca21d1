package dev.pyheap.gc.refcount;

import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.gc.mechanism.InternalReferences;
import dev.pyheap.api.gc.mechanism.PythonGenerations;

import java.util.Optional;

/**
 * The {@code refcount} collector: reference counting alone, as CPython would behave with a cycle
 * collector that never finds anything. Objects die when their count reaches zero (the runtime does
 * that); a cycle never does, and this collector only reports it.
 *
 * <h2>Data</h2>
 * <pre>
 *   tracked    ─► [hdr]⇄[hdr]⇄ … ⇄[hdr] ─┐   the heap's young list (GcState.generation(0)): every
 *      ▲                                 │   tracked object not frozen; the one list it keeps
 *      └─────────────────────────────────┘   (intrusive, circular: links live in the GC headers)
 * </pre>
 * Everything else (counts, thresholds, the enabled flag, the permanent generation, statistics,
 * pauses) is the {@link GcState}'s, which keeps {@code gc.get_count()} exactly as CPython 3.11 keeps
 * it (facts §5.1): this collector's collections count as the generation asked for.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Between calls every header is in its ordinary state: doubly linked, COLLECTING clear, no
 *     unreachable bit. Only {@link #leakReport()} leaves that state, and restores it before it returns.
 * <li>Nothing is ever scheduled: {@link #limit} is {@link Collector}'s default,
 *     {@link Long#MAX_VALUE}, so {@code count[0]} never passes it. The thresholds and the enabled flag are kept only so that the {@code gc}
 *     module reports back what it was told.
 * </ul>
 *
 * <h2>A collection</h2>
 * {@code gc.collect(g)} finds no garbage, but does what CPython's does to live objects: tuples (and,
 * for {@code g == 2}, dicts) whose contents are all atomic are untracked
 * ({@link HeapBinding#untrackAtomic}); the {@link GcState} counts it, and a full one empties the
 * type free lists. The one list stands for generation 0 (and, the permanent one aside, for all of
 * them): {@code gc.get_objects(0)} returns everything, generations 1 and 2 are empty.
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

    private final HeapBinding binding;
    private final GcList tracked;

    RefcountCollector(HeapBinding binding, GcState gc) {
        this.binding = binding;
        this.tracked = gc.generation(0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DestroyResult collect(int generation) {
        binding.untrackAtomic(tracked, generation == PythonGenerations.OLDEST);
        return DestroyResult.NONE;
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
