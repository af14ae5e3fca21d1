package dev.pyheap.runtime.state;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.runtime.jfr.ArenaEvent;
import dev.pyheap.runtime.jfr.HeapName;
import dev.pyheap.runtime.jfr.Recorder;
import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.MemoryMisuseError;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.RootKind;
import dev.pyheap.runtime.gil.Gil;
import dev.pyheap.runtime.objects.AllocationObserver;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.ThreadContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * One heap's interpreter state, CPython's {@code PyInterpreterState} ({@code Python/pystate.c}):
 * its objects ({@link ObjectSpace}), the GIL, the thread states attached to it, the module's
 * globals, the embedders' handles, {@code gc.garbage}, and the roots all of these make. One per
 * {@link PyHeap}.
 *
 * <h2>Roots (ARCHITECTURE §4)</h2>
 * {@link #forEachRoot} visits, in this order, every reference the heap's objects do not hold
 * themselves: each thread state's frames' locals, the globals dict, each open handle, the space's
 * own objects (built-in type objects, singletons, caches) and {@code gc.garbage}. Each visit is one
 * counted reference, so the sanity checker can reconcile refcounts with them; a visit of kind
 * {@link RootKind#STATIC} (an object CPython allocates statically) is
 * {@link ObjectSpace#IMMORTAL_REFCNT} of them.
 *
 * <h2>Entry points</h2>
 * Every call from outside needs the heap open and the GIL held by the calling thread
 * ({@link #requireGil}); a walk over the whole heap also needs a quiet point
 * ({@link #requireQuietPoint}): no collection, deallocation, finalizer or callback under way.
 * Closing the heap ({@link #close}) refuses every later call with "the heap is closed", and
 * nothing afterwards touches the heap's memory, which the allocator has unmapped.
 *
 * <h2>Finalization and the interpreter's own threads</h2>
 * CPython's rule ({@code Py_FinalizeEx}, {@code _PyThreadState_MustExit}): once the interpreter
 * finalizes, a thread other than the finalizing one that takes the GIL gives it back at once and
 * never runs Python again. {@link #startFinalizing} (the program runner, after the atexit
 * callbacks) or {@link #close} records the finalizing Java thread, holding the GIL, so no other
 * thread is inside the evaluator then. A thread state made by {@link #attachInterpreterThread}
 * ({@code _thread}'s threads) is parked for good when it asks for the GIL afterwards (after a
 * blocking call, at a check point's forced switch, at its start), before it touches the heap;
 * {@link ThreadState} does the parking. The memory is released by {@link #close} under the GIL,
 * so a parked thread never sees it go. The embedders' thread states are not parked: their calls
 * after the close are refused ("the heap is closed"), as before.
 *
 * <h2>What it reaches above itself</h2>
 * Only the {@link CollectionHook} the gc layer installs: the check points run scheduled
 * collections through it, and the quiet-point check asks it whether one is running.
 */
public final class InterpreterState {
    private static final Logger LOG = LoggerFactory.getLogger(InterpreterState.class);

    final ObjectSpace space;
    final Gil gil;
    final Allocator allocator;

    /** Head of the ring of open handles. */
    final HandleImpl handles = new HandleImpl(this);
    long openHandles;
    private final List<ThreadState> threads = new ArrayList<>();
    /** The module's globals dict (a root), made on first use. */
    private long globals;
    /** {@code gc.garbage} (a root), made by {@link #initGc} once the collector is attached. */
    private long gcGarbage;
    private CollectionHook collectionHook = CollectionHook.NONE;
    /** Set once, by {@link #close}; read without the GIL by every entry point. */
    private volatile boolean closed;
    /** The Java thread finalizing the interpreter, set once with the GIL held; null before. */
    private volatile Thread finalizer;

    private final List<java.util.function.Consumer<LongConsumer>> rootSources = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final HeapName name;

    public InterpreterState(ObjectSpace space, Gil gil, HeapName name) {
        this.space = space;
        this.gil = gil;
        this.name = name;
        this.allocator = space.allocator;
        space.heapName = name.value();
        space.evalBreaker = gil.evalBreaker();
        allocator.installHooks(new Hooks());
    }

    /** The heap's name in its flight recorder events and management beans. */
    public HeapName name() {
        return name;
    }

    /** The allocator hooks: the GIL check of the debug allocators and the current allocation site. */
    private final class Hooks implements AllocationHooks {
        @Override
        public AllocationSite currentSite() {
            // Null while tracemalloc is off: the debug allocators then print CPython's
            // "Enable tracemalloc" hint, as CPython's debug hooks do.
            AllocationObserver o = space.observer;
            return o == null ? null : o.site();
        }

        @Override
        public void checkGil(String operation, long address) {
            if (!gil.isHeldByCurrentThread()) {
                ThreadContext t = space.tstate; // a racy read, for the message only
                throw new MemoryMisuseError(MemoryMisuseError.Kind.GIL_NOT_HELD, address, 0,
                        t instanceof ThreadState ts ? ts.allocationSite() : null,
                        "Python memory allocator called without holding the GIL (" + operation
                                + (address == 0 ? "" : " of " + Addresses.hex(address))
                                + ", thread '" + Thread.currentThread().getName() + "')");
            }
        }

        @Override
        public void arenaMapped(long address, long size, long arenas) {
            arenaEvent(true, address, size, arenas);
        }

        @Override
        public void arenaUnmapped(long address, long size, long arenas) {
            arenaEvent(false, address, size, arenas);
        }

        private void arenaEvent(boolean mapped, long address, long size, long arenas) {
            if (!Recorder.started()) {
                return;
            }
            ArenaEvent event = new ArenaEvent();
            if (event.shouldCommit()) {
                event.heap = name.value();
                event.mapped = mapped;
                event.address = address;
                event.size = size;
                event.arenas = arenas;
                event.commit();
            }
        }
    }

    /**
     * The gc layer's start: {@code gc.garbage} is made (CPython's {@code _PyGC_Init}) and the
     * collection hook installed. Called once, after the collector is attached to the space.
     */
    public void initGc(CollectionHook hook) {
        if (gcGarbage != 0) {
            throw new IllegalStateException("the gc layer is already started");
        }
        this.collectionHook = Objects.requireNonNull(hook, "hook");
        this.gcGarbage = space.listType.allocate(0);
    }

    public ObjectSpace space() {
        return space;
    }

    public Gil gil() {
        return gil;
    }

    public Allocator allocator() {
        return allocator;
    }

    /** The collector: its name and leak report (everything else is the {@link #gcState()}'s). */
    public Collector collector() {
        return space.gcState().collector();
    }

    /** The shared GC state: counts, thresholds, generations, freezing, statistics, pauses; runs the collector. */
    public GcState gcState() {
        return space.gcState();
    }

    /** {@code gc.garbage} (borrowed). */
    public long gcGarbage() {
        return gcGarbage;
    }

    /** The thread state holding the GIL, or null. */
    public ThreadState current() {
        return space.tstate instanceof ThreadState t ? t : null;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * {@code _PyInterpreterState_SetFinalizing}: from now on the interpreter's own threads are
     * parked when they ask for the GIL (see the class comment). Needs the GIL; the calling thread
     * is the finalizing one. Doing it again changes nothing.
     */
    public void startFinalizing() {
        requireGil("startFinalizing");
        synchronized (threads) {
            if (finalizer == null) {
                finalizer = Thread.currentThread();
            }
        }
    }

    /** Whether the interpreter finalizes (or is closed) in a thread other than the calling one: {@code _PyThreadState_MustExit}. */
    boolean mustExit() {
        Thread f = finalizer;
        return f != null && f != Thread.currentThread();
    }

    /** What every call on a closed heap throws. */
    static IllegalStateException closedError() {
        return new IllegalStateException("the heap is closed");
    }

    /** Refuses calls on a closed heap. */
    public void requireOpen() {
        if (closed) {
            throw closedError();
        }
    }

    /**
     * The one rule of every entry point: the heap is open and the calling thread holds the GIL;
     * {@code who} names the entry point in the refusal.
     */
    public void requireGil(String who) {
        requireOpen();
        if (!gil.isHeldByCurrentThread()) {
            throw new IllegalStateException(who + " needs the GIL, which the calling thread does not hold");
        }
    }

    /**
     * What walks the whole heap (the sanity checker, objgraph) needs: the GIL, and a quiet point
     * where every reference is in an object, a root or a handle.
     *
     * @throws IllegalStateException naming {@code who} otherwise
     */
    public void requireQuietPoint(String who) {
        requireGil(who);
        if (!isQuiet()) {
            throw new IllegalStateException(who + " runs only at a quiet point, not during a collection,"
                    + " a deallocation, a finalizer or a callback");
        }
    }

    private boolean isQuiet() {
        return !collectionHook.isCollecting() && !space.isDeallocating() && !space.inCallout();
    }

    /** See {@link PyHeap#setUnraisableHook}. */
    public void setUnraisableHook(dev.pyheap.runtime.UnraisableHook hook) {
        requireGil("setUnraisableHook");
        space.setUnraisableHook(hook);
    }

    /** See {@link PyHeap#attributeNamesMade()}. */
    public long attributeNamesMade() {
        requireGil("attributeNamesMade");
        return space.attributeNamesMade.size();
    }

    // ------------------------------------------------------------------ thread states

    /** {@code PyGILState_GetThisThreadState}: the calling thread's thread state, or empty when it is not attached. */
    public java.util.Optional<PyThreadState> threadStateOfThisThread() {
        synchronized (threads) {
            for (ThreadState t : threads) {
                if (t.owner == Thread.currentThread()) {
                    return java.util.Optional.of(t);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** {@code PyThreadState_New}: attaches the calling thread. */
    public PyThreadState attach(PyHeap heap) {
        synchronized (threads) {
            if (closed) {
                throw closedError();
            }
            for (ThreadState t : threads) {
                if (t.owner == Thread.currentThread()) {
                    throw new IllegalStateException("thread '" + Thread.currentThread().getName()
                            + "' is already attached to this heap");
                }
            }
            ThreadState t = new ThreadState(this, heap, Thread.currentThread());
            threads.add(t);
            return t;
        }
    }

    /**
     * {@code PyThreadState_New} for a thread the interpreter starts ({@code _thread}'s): attaches
     * the calling thread with a thread state that is parked once the interpreter finalizes. Empty
     * when it already finalizes: the thread then ends without running anything.
     */
    public Optional<PyThreadState> attachInterpreterThread(PyHeap heap) {
        synchronized (threads) {
            if (finalizer != null) {
                return Optional.empty();
            }
            ThreadState t = (ThreadState) attach(heap);
            t.parksAtFinalization = true;
            return Optional.of(t);
        }
    }

    void detach(ThreadState t) {
        synchronized (threads) {
            threads.remove(t);
        }
    }

    List<ThreadState> threads() {
        synchronized (threads) {
            return List.copyOf(threads);
        }
    }

    /** The thread states attached and not closed. */
    public int threadStates() {
        synchronized (threads) {
            return threads.size();
        }
    }

    /** A scheduled collection, run at a check point ({@link ThreadState#checkpoint()}). */
    void collectScheduled() {
        collectionHook.collectScheduled();
    }

    // ------------------------------------------------------------------ globals and handles

    /** The module's globals dict (borrowed). */
    public long globals() {
        if (globals == 0) {
            globals = space.dictType.create();
        }
        return globals;
    }

    /** Wraps one reference (taken over) in a new handle. */
    public Handle wrap(long address) {
        return new HandleImpl(this, address);
    }

    /** The object a handle refers to; it must be open and belong to this heap. */
    public long addressOf(Handle handle) {
        if (!(handle instanceof HandleImpl h) || h.heap != this) {
            throw new IllegalArgumentException(handle + " belongs to another heap");
        }
        long a = h.address;
        if (a == 0) {
            throw new IllegalStateException("the handle is closed");
        }
        return a;
    }

    /** Handles opened and not closed. */
    public long openHandles() {
        return openHandles;
    }

    // ------------------------------------------------------------------ roots

    /** Receives each root reference with who holds it. */
    @FunctionalInterface
    public interface RootVisitor {
        /**
         * @param kind   who holds it: {@link RootKind#LOCAL}, {@link RootKind#GLOBALS}, {@link RootKind#HANDLE},
         *               {@link RootKind#INTERPRETER} or {@link RootKind#GC_GARBAGE}
         * @param holder the {@link FrameImpl} of a local, the handle of a handle root, otherwise null
         */
        void visit(long object, RootKind kind, Object holder);
    }

    /**
     * Adds roots the front end keeps (its evaluation frames' locals and value stacks, the module
     * table, the builtins): {@code source} visits each counted reference when asked.
     */
    public void addRootSource(java.util.function.Consumer<LongConsumer> source) {
        rootSources.add(source);
    }

    /** Visits every root reference (see the class comment); each visit is one counted reference, a static one {@code IMMORTAL_REFCNT}. */
    public void forEachRoot(LongConsumer visitor) {
        forEachRoot((o, kind, holder) -> visitor.accept(o));
    }

    /** {@link #forEachRoot(LongConsumer)} telling who holds each root. */
    public void forEachRoot(RootVisitor visitor) {
        for (ThreadState t : threads()) {
            for (FrameImpl f : t.frames()) {
                f.forEachLocal(o -> visitor.visit(o, RootKind.LOCAL, f));
            }
            t.reprs().forEachRoot(o -> visitor.visit(o, RootKind.INTERPRETER, null));
        }
        if (globals != 0) {
            visitor.visit(globals, RootKind.GLOBALS, null);
        }
        for (HandleImpl h = handles.next; h != handles; h = h.next) {
            visitor.visit(h.address, RootKind.HANDLE, h);
        }
        space.forEachRoot(o -> visitor.visit(o, RootKind.INTERPRETER, null));
        space.forEachStatic(o -> visitor.visit(o, RootKind.STATIC, null));
        for (java.util.function.Consumer<LongConsumer> source : rootSources) {
            source.accept(o -> visitor.visit(o, RootKind.INTERPRETER, null));
        }
        if (gcGarbage != 0) {
            visitor.visit(gcGarbage, RootKind.GC_GARBAGE, null);
        }
    }

    /** How a root is described: {@code local 'x' in f (app.py:3)}, {@code globals}, {@code handle}, ... */
    public static String describeRoot(long o, RootKind kind, Object holder) {
        return switch (kind) {
            case LOCAL -> {
                FrameImpl f = (FrameImpl) holder;
                yield "local '" + f.nameOfSlotHolding(o) + "' in " + f.function() + " (" + f.file() + ":" + f.line() + ")";
            }
            case GLOBAL -> "global";
            case GLOBALS -> "globals";
            case HANDLE -> "handle";
            case INTERPRETER -> "interpreter";
            case STATIC -> "interpreter (static)";
            case GC_GARBAGE -> "gc.garbage";
        };
    }

    // ------------------------------------------------------------------ close

    /**
     * Closes the heap, with the GIL held (or abandoned, see {@code gilProblem}): every later call
     * is refused with "the heap is closed", the thread state holding the GIL included. Reports
     * thread states never closed and handles never closed (WARN), and the collector's leak report
     * when it has one (INFO). Returns the report lines.
     *
     * @param gilProblem why the GIL could not be taken (a holder that died with it), or null
     * @throws IllegalStateException when a finalizer or callback, or a collection, of this heap is running
     */
    public List<String> close(String gilProblem) {
        if (!isQuiet()) {
            throw new IllegalStateException("the heap cannot be closed from a finalizer, a weakref callback or a gc"
                    + " callback, nor during a collection or a deallocation: it is running one");
        }
        List<String> report = new ArrayList<>();
        if (gilProblem != null) {
            report.add(gilProblem);
        }
        synchronized (threads) {
            if (finalizer == null) { // closed by an embedder with no finalization first
                finalizer = Thread.currentThread();
            }
            closed = true;
            for (ThreadState t : threads) {
                if (t.parksAtFinalization) {
                    continue; // an interpreter thread parked, or blocked outside the GIL, as CPython leaves a daemon thread
                }
                report.add("thread state of '" + t.owner.getName() + "' was never closed (" + (t.frameCount() - 1)
                        + " frame(s) still pushed)");
            }
        }
        ThreadState holder = current();
        if (holder != null) {
            holder.heapClosed();
            space.tstate = null;
        }
        if (openHandles > 0) {
            StringBuilder line = new StringBuilder(openHandles + " handle(s) were never closed:");
            int shown = 0;
            for (HandleImpl h = handles.next; h != handles && shown < 10; h = h.next, shown++) {
                line.append(' ').append(space.describe(h.address));
            }
            if (openHandles > 10) {
                line.append(" ...");
            }
            report.add(line.toString());
        }
        // Unclosed thread states and handles are the embedder's mistakes (WARN); what a collector
        // that never frees cycles kept is that collector working as chosen (INFO).
        report.forEach(LOG::warn);
        Collector collector = collector();
        Optional<Throwable> failure = gcState().failure();
        if (failure.isPresent()) {
            // Its lists are half-linked: no leak report walks them.
            String line = "a collection failed in the middle and left the collector's lists unusable: " + failure.get();
            LOG.warn(line);
            report.add(line);
            return report;
        }
        try {
            collector.leakReport().ifPresent(r -> {
                if (r.objects() > 0) {
                    String line = "the " + collector.name() + " collector could never free " + r.format();
                    LOG.info(line);
                    report.add(line);
                }
            });
        } catch (RuntimeException e) { // a heap left broken (by a thread that died holding the GIL)
            String line = "the " + collector.name() + " collector's leak report failed: " + e;
            LOG.warn(line);
            report.add(line);
        }
        return report;
    }
}
