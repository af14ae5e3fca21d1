package dev.pyheap.interpreter.eval;

import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.RecursionDepth;

import java.util.function.LongConsumer;

/**
 * The evaluator's part of a thread state ({@code PyThreadState}: {@code cframe->current_frame},
 * {@code datastack_*}, {@code exc_info}): the frame being run, the data stack its frames live on,
 * and the exception being handled ({@code sys.exc_info()}).
 */
final class EvalThread {
    private final ObjectSpace space;
    final DataStack stack;
    /** The frame being run, or null. */
    Frame top;
    /** {@code exc_info->exc_value}: the exception being handled (counted), or 0. */
    long excValue;
    /**
     * The thread state's one recursion counter ({@code recursion_remaining} seen from the other
     * side): each Python frame is a level, as are the object operations and C-level calls under way
     * ({@link dev.pyheap.runtime.objects.Abstract#enterRecursiveCall}), so a recursion through
     * {@code __repr__} or {@code __eq__} stops as early as CPython's.
     */
    final RecursionDepth rec;
    /** {@code async_gen_firstiter}, {@code async_gen_finalizer}: sys.set_asyncgen_hooks's (counted), or 0. */
    long asyncGenFirstiter, asyncGenFinalizer;
    /** {@code coroutine_origin_tracking_depth}: how many callers a new coroutine's {@code cr_origin} names. */
    int originDepth;
    /**
     * {@code cframe.use_tracing}: a trace or profile function is set and none is running. The loop
     * reads it once per instruction; everything else of tracing is in {@link Tracing}.
     */
    boolean useTracing;
    /** {@code c_traceobj}, {@code c_profileobj}: what {@code sys.settrace}/{@code sys.setprofile} set (counted), or 0. */
    long traceFunc, profileFunc;
    /** The Java profile function ({@code c_profilefunc}) called with {@link #profileFunc}, or null for {@code profile_trampoline}. */
    Interpreter.ProfileHook profileHook;
    /** The old profile function is being released by {@code _PyEval_SetProfile}: setting another fails. */
    boolean settingProfile;
    /** {@code tstate->tracing}: how many trace or profile calls are running (they are not traced). */
    int tracing;
    /** {@code tstate->tracing_what}: the event of the trace call running, or of the last one. */
    int tracingWhat;
    /** A 'return' hook raised: the frame ends without a traceback entry or handler search ({@code exit_unwind}). */
    boolean exitUnwind;

    /** Recomputes {@link #useTracing} ({@code _PyThreadState_UpdateTracingState}). */
    void updateTracing() {
        useTracing = tracing == 0 && (traceFunc != 0 || profileFunc != 0);
    }
    /**
     * Popped frames' handles, to be reused by the next pushes (CPython reuses the data stack's
     * memory for {@code _PyInterpreterFrame}s; the Java handle is what is left to recycle here).
     */
    private Frame[] pool = new Frame[32];
    private int pooled;

    /** A popped frame handle to {@link Frame#init}, or null. */
    Frame reuse() {
        return pooled == 0 ? null : pool[--pooled];
    }

    /** Keeps {@code f}, popped and cleared, for {@link #reuse}. */
    void recycle(Frame f) {
        if (pooled == pool.length) {
            if (pooled >= 1024) {
                return;
            }
            pool = java.util.Arrays.copyOf(pool, 2 * pooled);
        }
        pool[pooled++] = f;
    }

    /** {@code PyThreadState.thread_id}: the ident {@code _thread.get_ident()} gives the thread that made this state. */
    final long ident;
    /** The order in which the interpreter made its thread states (CPython lists the newest first). */
    final long serial;

    EvalThread(ObjectSpace space, long serial) {
        this.space = space;
        this.stack = new DataStack(space);
        this.rec = space.tstate == null ? new RecursionDepth() : space.tstate.recursion();
        // the thread state counts a module frame of its own from the start; this thread's first
        // Python frame (the module's, or a thread's bootstrap call) is that level, so it is not counted twice
        rec.depth--;
        this.ident = Thread.currentThread().threadId();
        this.serial = serial;
    }

    /**
     * The counted references a running call holds outside any frame: the argument arrays
     * {@code f(*args, **kwargs)} builds ({@code _PyStack_UnpackDict}'s copy, which owns a reference
     * to each argument for the length of the call) and the objects made for such a call alone (its
     * keyword-names tuple). In CPython they are C locals the collector never needs; here they are
     * roots, so that the sanity checker finds what only they hold (a tuple of strs that a
     * collection untracked is in no collector list) and counts their references. A stack of
     * (address, slots) pairs, slots {@link #OBJECT} for a single object; {@link #hold} and
     * {@link #drop} bracket the call, zero slots are skipped.
     */
    private long[] held = new long[16];
    private int heldCount;
    static final long OBJECT = -1;

    /** Holds {@code slots} words at {@code address} (counted references, 0 for none), or the object {@code address} when {@code slots} is {@link #OBJECT}. */
    void hold(long address, long slots) {
        if (heldCount == held.length) {
            held = java.util.Arrays.copyOf(held, 2 * heldCount);
        }
        held[heldCount++] = address;
        held[heldCount++] = slots;
    }

    /** Ends the most recent {@link #hold}. */
    void drop() {
        heldCount -= 2;
    }

    /** Visits the counted references of this thread's frames (roots) and of its handled exception. */
    void forEachRoot(LongConsumer visitor) {
        for (Frame f = top; f != null; f = f.previous) {
            if (f.gen == 0) {
                f.forEachReference(visitor);
            }
        }
        for (int i = 0; i < heldCount; i += 2) {
            long address = held[i];
            long slots = held[i + 1];
            if (slots == OBJECT) {
                visitor.accept(address);
                continue;
            }
            for (long k = 0; k < slots; k++) {
                long v = space.memory.getLong(address + 8 * k);
                if (v != 0) {
                    visitor.accept(v);
                }
            }
        }
        if (excValue != 0) {
            visitor.accept(excValue);
        }
        if (asyncGenFirstiter != 0) {
            visitor.accept(asyncGenFirstiter);
        }
        if (asyncGenFinalizer != 0) {
            visitor.accept(asyncGenFinalizer);
        }
        if (traceFunc != 0) {
            visitor.accept(traceFunc);
        }
        if (profileFunc != 0) {
            visitor.accept(profileFunc);
        }
    }
}
