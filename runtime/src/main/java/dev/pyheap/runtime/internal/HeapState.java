package dev.pyheap.runtime.internal;

import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.MemoryMisuseError;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.gil.Gil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Everything one heap owns beyond its allocator: the interpreter, the GIL, the collector, the
 * roots (thread states and their frames, the module's globals, the embedders' handles,
 * {@code gc.garbage}) and the {@code sys}/{@code gc} facades. One per {@link dev.pyheap.runtime.PyHeap}.
 */
public final class HeapState {
    private static final Logger LOG = LoggerFactory.getLogger(HeapState.class);

    final Configuration configuration;
    final Allocator allocator;
    final Interpreter interp;
    final Gil gil;
    final Collector collector;
    final GcState gcState;
    final Binding binding;
    final GcModule gc;
    final SysModule sys;
    final TracemallocModule tracemalloc;
    final ObjGraphModule objgraph;

    /** Head of the ring of open handles. */
    final HandleImpl handles = new HandleImpl(this);
    long openHandles;
    private final List<ThreadStateImpl> threads = new ArrayList<>();
    /** The module's globals dict (a root), made on first use. */
    private long globals;
    /** Set once, by {@link #close()}; read without the GIL by every entry point. */
    private volatile boolean closed;

    public HeapState(Configuration configuration, Allocator allocator, CollectorProvider collectorProvider, Gil gil) {
        this.configuration = configuration;
        this.allocator = allocator;
        this.gil = gil;
        this.interp = new Interpreter(allocator, configuration, System.identityHashCode(this) * 0x9E3779B97F4A7C15L);
        this.binding = new Binding(this);
        this.gcState = GcState.open(binding, configuration, collectorProvider);
        this.collector = gcState.collector();
        interp.attachCollector(gcState);
        this.gc = new GcModule(this);
        this.sys = new SysModule(this);
        this.tracemalloc = new TracemallocModule(this);
        this.objgraph = new ObjGraphModule(this);
        allocator.installHooks(new Hooks());
    }

    /** The allocator hooks: the GIL check of the debug allocators and the current allocation site. */
    private final class Hooks implements AllocationHooks {
        @Override
        public AllocationSite currentSite() {
            // Null while tracemalloc is off: the debug allocators then print CPython's
            // "Enable tracemalloc" hint, as CPython's debug hooks do.
            TracemallocModule t = interp.tracer;
            return t == null ? null : t.allocationSite();
        }

        @Override
        public void checkGil(String operation, long address) {
            if (!gil.isHeldByCurrentThread()) {
                ThreadStateImpl t = interp.tstate; // a racy read, for the message only
                throw new MemoryMisuseError(MemoryMisuseError.Kind.GIL_NOT_HELD, address, 0,
                        t == null ? null : t.allocationSite(),
                        "Python memory allocator called without holding the GIL (" + operation
                                + (address == 0 ? "" : " of " + dev.pyheap.api.Addresses.hex(address))
                                + ", thread '" + Thread.currentThread().getName() + "')");
            }
        }
    }

    public Interpreter interpreter() {
        return interp;
    }

    public Gil gil() {
        return gil;
    }

    public Collector collector() {
        return collector;
    }

    public GcModule gc() {
        return gc;
    }

    public SysModule sys() {
        return sys;
    }

    public dev.pyheap.runtime.tracemalloc.Tracemalloc tracemalloc() {
        return tracemalloc;
    }

    public dev.pyheap.runtime.objgraph.ObjGraph objgraph() {
        return objgraph;
    }

    public boolean isClosed() {
        return closed;
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
     * The check of the heap's modules ({@code sys}, {@code gc}): the heap is open and the calling
     * thread holds the GIL; {@code who} names the module in the refusal.
     */
    void requireGil(String who) {
        requireOpen();
        if (!gil.isHeldByCurrentThread()) {
            throw new IllegalStateException(who + " needs the GIL, which the calling thread does not hold");
        }
    }

    /** See {@link dev.pyheap.runtime.PyHeap#attributeNamesMade()}. */
    public long attributeNamesMade() {
        requireGil("attributeNamesMade");
        return interp.attributeNamesMade.size();
    }

    /** {@code PyThreadState_New}: attaches the calling thread. */
    public PyThreadState attach(dev.pyheap.runtime.PyHeap heap) {
        synchronized (threads) {
            if (closed) {
                throw closedError();
            }
            for (ThreadStateImpl t : threads) {
                if (t.owner == Thread.currentThread()) {
                    throw new IllegalStateException("thread '" + Thread.currentThread().getName()
                            + "' is already attached to this heap");
                }
            }
            ThreadStateImpl t = new ThreadStateImpl(this, heap, Thread.currentThread());
            threads.add(t);
            return t;
        }
    }

    void detach(ThreadStateImpl t) {
        synchronized (threads) {
            threads.remove(t);
        }
    }

    List<ThreadStateImpl> threads() {
        synchronized (threads) {
            return List.copyOf(threads);
        }
    }

    /** The module's globals dict (borrowed). */
    long globals() {
        if (globals == 0) {
            globals = interp.dictType.create();
        }
        return globals;
    }

    /** Wraps one reference (taken over) in a new handle. */
    HandleImpl wrap(long address) {
        return new HandleImpl(this, address);
    }

    /** The object a handle refers to; it must be open and belong to this heap. */
    long addressOf(Handle handle) {
        if (!(handle instanceof HandleImpl h) || h.heap != this) {
            throw new IllegalArgumentException(handle + " belongs to another heap");
        }
        long a = h.address;
        if (a == 0) {
            throw new IllegalStateException("the handle is closed");
        }
        return a;
    }

    // ------------------------------------------------------------------ roots

    /** Who holds a root reference. */
    enum RootKind {
        /** A local of a function frame; the holder is the {@link FrameImpl}. */
        FRAME_LOCAL,
        /** The module's globals dict. */
        GLOBALS,
        /** An embedder's handle; the holder is the {@link HandleImpl}. */
        HANDLE,
        /** The interpreter: builtin type objects, singletons, caches. */
        INTERPRETER,
        /** {@code gc.garbage}. */
        GC_GARBAGE
    }

    /** Receives each root reference with who holds it. */
    @FunctionalInterface
    interface RootVisitor {
        /** @param holder the frame or handle for FRAME_LOCAL and HANDLE, otherwise null */
        void visit(long object, RootKind kind, Object holder);
    }

    /** Visits every root reference, ARCHITECTURE §4: frames' locals, globals, handles, interpreter-owned objects, gc.garbage. */
    void forEachRoot(LongConsumer visitor) {
        forEachRoot((o, kind, holder) -> visitor.accept(o));
    }

    /** {@link #forEachRoot(LongConsumer)} telling who holds each root; each visit is one counted reference. */
    void forEachRoot(RootVisitor visitor) {
        for (ThreadStateImpl t : threads()) {
            for (FrameImpl f : t.frames()) {
                f.forEachLocal(o -> visitor.visit(o, RootKind.FRAME_LOCAL, f));
            }
        }
        if (globals != 0) {
            visitor.visit(globals, RootKind.GLOBALS, null);
        }
        for (HandleImpl h = handles.next; h != handles; h = h.next) {
            visitor.visit(h.address, RootKind.HANDLE, h);
        }
        interp.forEachInterpreterRoot(o -> visitor.visit(o, RootKind.INTERPRETER, null));
        gc.forEachRoot(o -> visitor.visit(o, RootKind.GC_GARBAGE, null));
    }

    /**
     * Runs the sanity checker ({@link SanityChecker}) over this heap. Needs the GIL and a quiet
     * point: not inside a collection, a deallocation, a finalizer or a callback.
     *
     * @throws IllegalStateException when the calling thread does not hold the GIL, or not at a quiet point
     */
    public dev.pyheap.runtime.SanityReport checkSanity() {
        requireQuietPoint("checkSanity");
        return new SanityChecker(this).run();
    }

    /**
     * What walks the whole heap (the sanity checker, objgraph) needs: the GIL, and a quiet point
     * where every reference is in an object, a root or a handle.
     *
     * @throws IllegalStateException naming {@code who} otherwise
     */
    void requireQuietPoint(String who) {
        requireGil(who);
        if (gc.isCollecting() || interp.isDeallocating() || interp.inCallout()) {
            throw new IllegalStateException(who + " runs only at a quiet point, not during a collection,"
                    + " a deallocation, a finalizer or a callback");
        }
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
        if (gc.isCollecting() || interp.isDeallocating() || interp.inCallout()) {
            throw new IllegalStateException("the heap cannot be closed from a finalizer, a weakref callback or a gc"
                    + " callback, nor during a collection or a deallocation: it is running one");
        }
        List<String> report = new ArrayList<>();
        if (gilProblem != null) {
            report.add(gilProblem);
        }
        synchronized (threads) {
            closed = true;
            for (ThreadStateImpl t : threads) {
                report.add("thread state of '" + t.owner.getName() + "' was never closed (" + (t.frameCount() - 1)
                        + " frame(s) still pushed)");
            }
        }
        ThreadStateImpl holder = interp.tstate;
        if (holder != null) {
            holder.heapClosed();
            interp.tstate = null;
        }
        if (openHandles > 0) {
            StringBuilder line = new StringBuilder(openHandles + " handle(s) were never closed:");
            int shown = 0;
            for (HandleImpl h = handles.next; h != handles && shown < 10; h = h.next, shown++) {
                line.append(' ').append(interp.describe(h.address));
            }
            if (openHandles > 10) {
                line.append(" ...");
            }
            report.add(line.toString());
        }
        // Unclosed thread states and handles are the embedder's mistakes (WARN); what a collector
        // that never frees cycles kept is that collector working as chosen (INFO).
        report.forEach(LOG::warn);
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
