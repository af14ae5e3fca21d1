package dev.pyheap.runtime.gc;

import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.ReferentVisitor;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.InternalReferences;

import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.WeakrefType;
import dev.pyheap.runtime.state.InterpreterState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * What the collectors see of this heap (MMTk's VM binding): refcounts, {@code tp_traverse}, the
 * roots, naming, free lists, untracking of atomic containers, list heads, and the destroy step
 * every cycle collector shares.
 */
public final class Binding implements HeapBinding {
    private final InterpreterState heap;
    private final ObjectSpace space;
    private final Memory memory;
    /** The collection runner: DEBUG output and flags, set once it exists ({@link #attach}). */
    private CollectionRunner runner;
    private final InternalReferences internalReferences;
    /** Every list made by {@link #newList()} and not yet freed, in creation order (for the sanity checker). */
    private final List<GcList> lists = new ArrayList<>();

    public Binding(InterpreterState heap) {
        this.heap = heap;
        this.space = heap.space();
        this.memory = space.memory;
        this.internalReferences = new InternalReferences(this);
        this.finalizing = newList();
        this.stillUnreachable = newList();
    }

    /** Connects the runner whose debug flags the destroy step follows; called once, before any collection. */
    void attach(CollectionRunner runner) {
        this.runner = runner;
    }

    @Override
    public Memory memory() {
        return memory;
    }

    @Override
    public long refcount(long object) {
        return memory.getLong(object);
    }

    /**
     * {@code tp_traverse} as a collector sees it: only referents with a GC header. A collection
     * passes one visitor for a whole pass, so the filter around it is kept and reused rather than
     * made per object.
     */
    @Override
    public void traverse(long object, ReferentVisitor visitor) {
        space.typeOf(object).traverseForCollector(object, filter(visitor));
    }

    private GcReferentFilter gcFilter;

    /** {@link #traverse}, answering from the type already in hand whether it untracks atomic objects. */
    @Override
    public boolean traverseTellingAtomic(long object, ReferentVisitor visitor) {
        PyType type = space.typeOf(object);
        type.traverseForCollector(object, filter(visitor));
        return type.untracksAtomic();
    }

    /*
     * The per-object methods of a collection's walks (the two above, the filter's accept) stay under
     * MaxInlineSize (35 bytes of bytecode), so that inlining them into the walks does not hang on the
     * call site's profile (a bigger callee is inlined only where the profile calls the site hot);
     * bench/README, issue 13 pass eight, has the A/B.
     */
    private GcReferentFilter filter(ReferentVisitor visitor) {
        GcReferentFilter filter = gcFilter;
        return filter != null && filter.visitor == visitor ? filter : newFilter(visitor);
    }

    private GcReferentFilter newFilter(ReferentVisitor visitor) {
        GcReferentFilter filter = new GcReferentFilter(visitor);
        gcFilter = filter;
        return filter;
    }

    /** Passes on the referents a collector may look at: those preceded by a GC header. */
    private final class GcReferentFilter implements LongConsumer {
        final ReferentVisitor visitor;

        GcReferentFilter(ReferentVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void accept(long r) {
            if (space.isGc(r)) {
                visitor.visit(r);
            }
        }
    }

    @Override
    public void visitRoots(ReferentVisitor visitor) {
        heap.forEachRoot(r -> {
            if (space.isGc(r)) {
                visitor.visit(r);
            }
        });
    }

    @Override
    public String describe(long object) {
        return space.describe(object);
    }

    @Override
    public String typeName(long object) {
        return space.typeOf(object).name;
    }

    @Override
    public void clearFreeLists() {
        space.clearFreeLists();
    }

    @Override
    public boolean untrackIfAtomic(long object, boolean dicts) {
        return space.typeOf(object).untrackIfAtomic(object, dicts);
    }

    /** {@code PyDict_CheckExact}: a dict subclass's instances never untrack (their type is a class). */
    @Override
    public boolean inDictPass(long object) {
        return space.dictType.checkExact(object);
    }

    @Override
    public boolean isAtomic(long object, boolean dicts) {
        PyType type = space.typeOf(object);
        return type.untracksAtomic() && type.isAtomic(object, dicts);
    }

    @Override
    public GcList newList() {
        long head = space.allocate(GcHeader.SIZE);
        GcList list = new GcList(memory, head).init();
        lists.add(list);
        return list;
    }

    /**
     * The destroy step's two working lists, made with the heap and kept (as the collectors keep
     * theirs): a young collection runs thousands of times a second, and list heads from the
     * allocator each time would cost two allocations and two frees per collection. Collections
     * never overlap, so one pair serves all; both are empty between collections.
     */
    private final GcList finalizing;
    private final GcList stillUnreachable;

    /** The collector lists in use, oldest first: their heads are interpreter-owned blocks. */
    public List<GcList> lists() {
        return lists;
    }

    @Override
    public void freeList(GcList list) {
        if (!list.isEmpty()) {
            throw new IllegalStateException(list + " still holds objects");
        }
        if (!lists.remove(list)) {
            throw new IllegalStateException(list + " was not made by newList() or is already freed");
        }
        space.free(list.head());
    }

    /**
     * The destroy step (ARCHITECTURE §5), CPython 3.11's {@code gc_collect_main} from
     * {@code handle_weakrefs} on:
     * <ol>
     * <li>weakrefs: each weakref in the garbage is cleared and loses its callback; each weakref to
     *     garbage is cleared; those that are not garbage and have a callback are held, then their
     *     callbacks run, then they are released (counted when that frees them);
     * <li>finalizers run once each (FINALIZED set first), one object at a time moved to a
     *     {@code finalizing} list so that an object the finalizer frees leaves the lists cleanly;
     * <li>resurrection: the shared mechanism reruns on the garbage; what became reachable moves to
     *     the survivors;
     * <li>clearing ({@code delete_garbage}): each object's {@code tp_clear} runs under a temporary
     *     reference, so refcounting frees the cycle; one that survives its clear moves to the
     *     survivors. With DEBUG_SAVEALL each object is appended to {@code gc.garbage} instead.
     * </ol>
     * Steps 2 and 3 are skipped when no code can run in them: when no weakref callback ran and no
     * object of the garbage awaits its finalizer (the weakref step's walk reads each object's type
     * anyway, and tells). Then no refcount of the garbage changed since the collector found it, so
     * the rerun would find every object unreachable again (each has {@code gc_refs} 0, as none is
     * referred to from outside the garbage) and keep them in their order; CPython 3.11 reruns it
     * regardless. Most garbage (cycles of plain instances, lists, dicts) has no finalizer: for it
     * this saves six walks of the garbage (the finalizers' moves, the rerun's four, the count).
     */
    @Override
    public DestroyResult destroy(GcList unreachable, GcList survivors) {
        runner.printCollectable(unreachable); // before weakrefs and finalizers, as gc_collect_main's statistics loop
        WeakrefOutcome weakrefs = handleWeakrefs(unreachable);
        long collected;
        GcList collectable;
        if (weakrefs.callbacksRan || weakrefs.awaitingFinalizer) {
            finalizeGarbage(unreachable);
            collected = internalReferences.deduceUnreachable(unreachable, stillUnreachable);
            unreachable.mergeInto(survivors); // resurrected, COLLECTING already cleared by the walk
            collectable = stillUnreachable;
        } else {
            collected = weakrefs.objects;
            collectable = unreachable;
        }
        deleteGarbage(collectable, survivors); // empties it
        return new DestroyResult(collected, 0, weakrefs.freedCallbackWeakrefs);
    }

    /**
     * What the weakref step found: the objects of the garbage, whether any weakref callback ran,
     * whether any object has a finalizer still to run, and the weakrefs with callbacks that died.
     */
    private record WeakrefOutcome(long objects, boolean callbacksRan, boolean awaitingFinalizer,
                                  long freedCallbackWeakrefs) {
    }

    private WeakrefOutcome handleWeakrefs(GcList unreachable) {
        WeakrefType weakrefs = space.weakrefType;
        List<Long> callbacks = List.of(); // a young collection's garbage seldom has weakrefs: no list until one does
        long objects = 0;
        boolean awaitingFinalizer = false;
        for (long o = unreachable.first(); o != 0; o = unreachable.after(o)) {
            objects++;
            PyType type = space.typeOf(o);
            awaitingFinalizer |= type.hasFinalizer() && !GcHeader.isFinalized(memory, o);
            if (weakrefs.check(o)) {
                // _PyWeakref_ClearRef: the callback stays until the weakref itself is cleared, so
                // releasing it cannot free an object of this list while it is walked
                weakrefs.clearOne(o);
            }
            int offset = type.weaklistOffset();
            if (offset == 0 || memory.getLong(o + offset) == 0) {
                continue; // no weakref to it (the usual case): no list made
            }
            for (long wr : weakrefs.weakrefsTo(o)) {
                weakrefs.clearOne(wr);
                boolean garbage = GcHeader.isTracked(memory, wr) && GcHeader.isCollecting(memory, wr);
                if (!garbage && weakrefs.hasCallback(wr)) { // a garbage weakref's callback never runs
                    space.incref(wr);
                    if (callbacks.isEmpty()) {
                        callbacks = new ArrayList<>();
                    }
                    callbacks.add(wr);
                }
            }
        }
        long freed = 0;
        for (long wr : callbacks) {
            weakrefs.runCallback(wr);
            if (memory.getLong(wr) == 1) {
                freed++;
            }
            space.decref(wr);
        }
        return new WeakrefOutcome(objects, !callbacks.isEmpty(), awaitingFinalizer, freed);
    }

    private void finalizeGarbage(GcList unreachable) {
        while (!unreachable.isEmpty()) {
            long o = unreachable.first();
            finalizing.moveHere(o);
            if (space.typeOf(o).hasFinalizer() && !GcHeader.isFinalized(memory, o)) {
                space.incref(o);
                space.finalizeUnreachable(o);
                space.decref(o);
            }
        }
        finalizing.mergeInto(unreachable);
    }

    private void deleteGarbage(GcList collectable, GcList survivors) {
        boolean saveAll = (runner.debugFlags() & dev.pyheap.runtime.PyGc.DEBUG_SAVEALL) != 0;
        while (!collectable.isEmpty()) {
            long o = collectable.first();
            if (saveAll) {
                space.listType.append(heap.gcGarbage(), o);
            } else {
                space.incref(o);
                try {
                    space.typeOf(o).clear(o);
                } finally {
                    space.decref(o);
                }
            }
            if (collectable.first() == o) {
                GcHeader.clearCollecting(memory, o);
                survivors.moveHere(o);
            }
        }
    }
}
