package dev.pyheap.runtime.state;

import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.GilScope;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ArgumentArea;
import dev.pyheap.runtime.objects.RecursionDepth;
import dev.pyheap.runtime.objects.ReprList;
import dev.pyheap.runtime.objects.ThreadContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread attached to a heap, CPython's {@code PyThreadState}: the GIL as this thread holds it,
 * its frames (the module frame at the bottom), its recursion depth, and the check point. The
 * object operations of the embedding API are {@link HandleApi}'s; the address-level API is
 * {@link CApiImpl}.
 *
 * <h2>Confinement</h2>
 * A thread state belongs to the thread that attached it. Every operation first makes the check
 * {@link #requireGil}: this thread state holds the GIL, and the calling thread is its owner. Both
 * are one compare: {@code gilHolder} is the owner while the GIL is held through this thread state
 * and null otherwise (the {@link CApiImpl} tests a copy of it, written with it by
 * {@link #setGilHolder}), and {@link Thread#currentThread()} is an intrinsic, so another thread can
 * never work on the heap through it while its owner holds the GIL. A refused call changes nothing and names both
 * threads; a closed heap is named first. Handles passed in are checked to belong to this heap.
 *
 * <h2>The GIL</h2>
 * <pre>
 *   acquireGil  -> gil.acquire(); gilHolder = owner; space.tstate = this  (the thread state holding the GIL)
 *   checkpoint  -> a due collection runs (CollectionHook), then gil.checkpoint() may hand the GIL over
 *                  and take it back; tstate is this again after it
 *   releaseGil  -> refused inside embedder code; a parked Error is thrown after the release
 *   gil()       -> a scope: acquireGil unless held; its close releases only what it took
 * </pre>
 * A thread state of one of the interpreter's own threads ({@link #parksAtFinalization}) asking for
 * the GIL while another thread finalizes the interpreter ({@link InterpreterState#mustExit}) gives
 * it back untouched and is parked for good ({@link #park}), as CPython's {@code take_gil} exits
 * such a thread; see {@link InterpreterState}'s comment.
 */
public final class ThreadState extends HandleApi implements ThreadContext {
    private final PyHeap publicHeap;
    final Thread owner;
    private final List<FrameImpl> frames = new ArrayList<>();
    private final RecursionDepth recursion = new RecursionDepth();
    private final ReprList reprs;
    /** Made on first use: a thread that never calls from Java into Python costs no block. */
    private ArgumentArea arguments;
    private final CApiImpl capi = new CApiImpl(this);
    /** {@link #owner} while it holds the GIL through this thread state, else null: {@link #requireGil}'s one compare. */
    private Thread gilHolder;
    private boolean closed;
    /** One of the interpreter's threads ({@link InterpreterState#attachInterpreterThread}), not an embedder's. */
    boolean parksAtFinalization;

    ThreadState(InterpreterState interp, PyHeap publicHeap, Thread owner) {
        super(interp);
        this.publicHeap = publicHeap;
        this.owner = owner;
        this.reprs = new ReprList(space);
        frames.add(new ModuleFrame(this, "__main__"));
    }

    /** The check every operation makes first: the GIL held through this thread state, by its owner. */
    @Override
    void requireGil() {
        if (Thread.currentThread() != gilHolder) {
            throw refusal();
        }
    }

    /**
     * Writes {@link #gilHolder} and {@link CApiImpl}'s copy of it: each API's check then reads one
     * field of its own receiver (the CApi's saves the load of its thread state).
     */
    private void setGilHolder(Thread holder) {
        gilHolder = holder;
        capi.gilHolder = holder;
    }

    /** The check of the calls that do not need the GIL: the owner calling, the heap open. */
    private void requireOwner() {
        if (Thread.currentThread() != owner || interp.isClosed()) {
            throw refusal();
        }
    }

    /** Why a call was refused, the most fundamental reason first. */
    IllegalStateException refusal() {
        Thread me = Thread.currentThread();
        if (interp.isClosed()) {
            return InterpreterState.closedError();
        }
        if (me != owner) {
            return new IllegalStateException("thread '" + me.getName() + "' used the thread state of '" + owner.getName()
                    + "'");
        }
        return new IllegalStateException(closed ? "the thread state is closed"
                : "the calling thread does not hold the GIL: call acquireGil() first");
    }

    /** The interpreter state this thread is attached to (the internal view of {@link #heap()}). */
    public InterpreterState interpreter() {
        return interp;
    }

    // ---------------------------------------------------------------- GIL

    @Override
    public void acquireGil() {
        if (Thread.currentThread() != owner || closed) {
            throw refusal();
        }
        if (parksAtFinalization && interp.mustExit()) {
            throw park();
        }
        if (interp.isClosed()) {
            throw refusal();
        }
        interp.gil.acquire();
        if (parksAtFinalization && interp.mustExit()) {
            interp.gil.release();
            throw park();
        }
        if (interp.isClosed()) { // closed while this thread waited
            interp.gil.release();
            throw InterpreterState.closedError();
        }
        setGilHolder(owner);
        space.tstate = this;
    }

    /**
     * {@code PyThread_exit_thread} for a thread that may not run Python again: it waits for ever,
     * holding no GIL. Ending the Java thread would run the finally blocks on its stack, and those
     * touch the heap (decrefs) the finalizing thread is tearing down. The interpreter starts its
     * threads as daemon Java threads, so a parked one does not keep the JVM alive.
     */
    private static Error park() {
        for (;;) {
            LockSupport.park();
            Thread.interrupted(); // an interrupt would end every later park at once
        }
    }

    @Override
    public void releaseGil() {
        requireGil();
        if (space.inCallout()) {
            throw new IllegalStateException("releaseGil() in a finalizer, a weakref callback or a gc callback: the thread"
                    + " that runs one keeps the GIL until it returns");
        }
        Error parked = space.takeParked(); // thrown here, not left to the next holder
        setGilHolder(null);
        space.tstate = null;
        interp.gil.release();
        if (parked != null) {
            throw parked;
        }
    }

    @Override
    public GilScope gil() {
        requireOwner();
        boolean took = gilHolder == null;
        if (took) {
            acquireGil();
        }
        return new GilScope() {
            private boolean open = true;

            @Override
            public boolean acquired() {
                return took;
            }

            @Override
            public void close() {
                if (open) {
                    open = false;
                    if (took && gilHolder != null && !interp.isClosed()) {
                        releaseGil();
                    }
                }
            }
        };
    }

    @Override
    public boolean holdsGil() {
        requireOwner();
        return gilHolder != null;
    }

    @Override
    public void checkpoint() {
        requireGil();
        if (space.gcState().collectionDue()) {
            interp.collectScheduled();
        }
        if (!space.inCallout()) { // a finalizer or callback keeps the GIL until it returns
            try {
                interp.gil.checkpoint();
            } catch (IllegalStateException abandoned) { // gave the GIL up, and its next holder died with it
                setGilHolder(null);
                space.tstate = null;
                throw abandoned;
            }
            if (parksAtFinalization && interp.mustExit()) { // finalization began while this thread waited
                setGilHolder(null);
                interp.gil.release();
                throw park();
            }
            space.tstate = this;
        }
        space.raiseParked();
    }

    @Override
    public PyHeap heap() {
        requireOwner();
        return publicHeap;
    }

    /** Called by the heap as it closes, in the thread closing it: a thread state holding the GIL holds it no more. */
    void heapClosed() {
        setGilHolder(null);
    }

    // ---------------------------------------------------------------- frames and recursion

    @Override
    public ArgumentArea arguments() {
        ArgumentArea a = arguments;
        if (a == null) {
            a = space.newArgumentArea();
            arguments = a;
        }
        return a;
    }

    @Override
    public RecursionDepth recursion() {
        return recursion;
    }

    @Override
    public ReprList reprs() {
        return reprs;
    }

    /** Calls a function: one level deeper, RecursionError past the recursion limit. */
    @Override
    public PyFrame pushFrame(String function, String file, int line) {
        requireGil();
        Abstract.enterRecursiveCall(space, "");
        FrameImpl f = new FrameImpl(this, function, file, line);
        frames.add(f);
        return f;
    }

    @Override
    public void popFrame() {
        requireGil();
        if (frames.size() == 1) {
            throw new IllegalStateException("no function frame to return from: only the module frame is left");
        }
        popTopFrame();
        space.raiseParked();
    }

    private void popTopFrame() {
        FrameImpl f = frames.remove(frames.size() - 1);
        Abstract.leaveRecursiveCall(recursion);
        f.release();
    }

    /** The frames, the module frame included. */
    @Override
    public int frameCount() {
        return frames.size();
    }

    /** Returns from every function above the first {@code count} frames (as an exception unwinds them). */
    @Override
    public void popFramesTo(int count) {
        while (frames.size() > count) {
            popTopFrame();
        }
    }

    @Override
    public PyFrame frame() {
        requireOwner();
        return frames.get(frames.size() - 1);
    }

    @Override
    public int depth() {
        requireOwner();
        return frames.size() - 1;
    }

    /** The frames, module frame first (the live list: read it, do not change it). */
    public List<FrameImpl> frames() {
        return frames;
    }

    /** The frames, most recent first, as an allocation site. */
    AllocationSite allocationSite() {
        List<AllocationSite.Frame> site = new ArrayList<>(frames.size());
        for (int i = frames.size() - 1; i >= 0; i--) {
            FrameImpl f = frames.get(i);
            site.add(new AllocationSite.Frame(f.function(), f.file(), f.line()));
        }
        return new AllocationSite(site);
    }

    /** Whether {@code thread} is this thread state's owner. */
    public boolean ownedBy(Thread thread) {
        return owner == thread;
    }

    // ---------------------------------------------------------------- globals

    @Override
    public void setGlobal(String name, Handle value) {
        long v = addressOf(value);
        long key = space.strType.literalName(name);
        try {
            space.dictType.setItem(interp.globals(), key, v);
        } finally {
            space.decref(key);
        }
        space.raiseParked();
    }

    @Override
    public Handle getGlobal(String name) {
        requireGil();
        long v = space.dictType.getItemString(interp.globals(), name);
        if (v == 0) {
            throw nameError(name);
        }
        return wrap(space.newRef(v));
    }

    @Override
    public void delGlobal(String name) {
        requireGil();
        if (!space.dictType.delItemString(interp.globals(), name)) {
            throw nameError(name);
        }
        space.raiseParked();
    }

    static PyException nameError(String name) {
        return new PyException("NameError", "name '" + name + "' is not defined");
    }

    @Override
    public Handle globals() {
        requireGil();
        return wrap(space.newRef(interp.globals()));
    }

    // ---------------------------------------------------------------- the C API view

    @Override
    public CApi capi() {
        requireOwner();
        return capi;
    }

    // ---------------------------------------------------------------- close

    /**
     * Detaches: drops the frames still pushed (taking the GIL for it if needed) and releases the
     * GIL. Nothing to do once the heap is closed: the frames went with it.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("thread '" + Thread.currentThread().getName()
                    + "' tried to close the thread state of '" + owner.getName() + "'");
        }
        if (interp.isClosed()) {
            closed = true;
            return;
        }
        if (gilHolder != null && space.inCallout()) {
            throw new IllegalStateException("a finalizer, a weakref callback or a gc callback cannot close the thread"
                    + " state that runs it");
        }
        boolean held = gilHolder != null;
        if (!held && (frames.size() > 1 || arguments != null || reprs.holdsDict())) {
            acquireGil();
        }
        try {
            popFramesTo(1);
            reprs.clear();
            if (arguments != null) {
                arguments.close();
                arguments = null;
            }
            space.raiseParked();
        } finally {
            if (gilHolder != null) {
                setGilHolder(null);
                space.tstate = null;
                interp.gil.release();
            }
            closed = true;
            interp.detach(this);
        }
    }

    @Override
    public String toString() {
        return "<thread state of '" + owner.getName() + "', " + (frames.size() - 1) + " frame(s)>";
    }
}
