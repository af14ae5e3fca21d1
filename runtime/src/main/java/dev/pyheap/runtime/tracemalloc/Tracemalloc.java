package dev.pyheap.runtime.tracemalloc;

import dev.pyheap.runtime.Handle;

import java.util.Optional;

/**
 * Python's {@code tracemalloc} module for one heap: while tracing, every block the heap allocates
 * gets a trace, its requested size and where it was allocated, until it is freed.
 *
 * <h2>Where a block was allocated</h2>
 * The allocating thread's frames, most recent first, cut to {@link #getTracebackLimit()} frames:
 * <ul>
 * <li>the mutator's frames ({@code function}, {@code file}, {@code line} as pushed with
 *     {@link dev.pyheap.runtime.PyThreadState#pushFrame} and moved with
 *     {@link dev.pyheap.runtime.Frame#setLine}) down to the module frame, when the thread has
 *     pushed a frame or moved its module frame;
 * <li>otherwise, for an embedder that pushes no frames, the Java call stack from the first
 *     frame outside pyheap ({@code StackWalker}): file {@code dev/example/App.java} (package path
 *     and source file), the line in it.
 * </ul>
 * As in CPython, a block keeps the trace of the call that allocated it (or last reallocated it);
 * objects taken from a free list are not allocations and keep their old trace.
 *
 * <h2>Cost</h2>
 * Not tracing, an allocation pays one field read and a branch that is never taken. Tracing, each
 * allocation and free updates a table keyed by address (Java memory, outside the heap: tracing
 * changes no address, count or collection of the program). The traceback of the mutator's frames
 * is cached on the top frame and rebuilt only when a line changes; the Java stack is walked on
 * every allocation (about 10 microseconds in a smoke run, the walk itself: resolved lines are
 * cached), so embedders that trace often push frames ({@code TracemallocBench} measures both).
 *
 * <p>Calls take the GIL when the calling thread does not hold it. Errors carry CPython's text.
 */
public interface Tracemalloc {
    /** The deepest traceback {@link #start(int)} accepts. */
    int MAX_NFRAME = 65535;

    /** {@code tracemalloc.start()}: tracing with tracebacks of one frame. */
    default void start() {
        start(1);
    }

    /**
     * {@code tracemalloc.start(nframe)}. Already tracing, it does nothing (the limit stays), as in
     * CPython.
     *
     * @throws dev.pyheap.runtime.PyException ValueError
     *     {@code the number of frames must be in range [1; 65535]}
     */
    void start(int nframe);

    /** {@code tracemalloc.stop()}: stops tracing and forgets every trace. */
    void stop();

    /** {@code tracemalloc.is_tracing()}. */
    boolean isTracing();

    /** {@code tracemalloc.clear_traces()}: forgets every trace and zeroes the traced memory (tracing goes on). */
    void clearTraces();

    /** {@code tracemalloc.get_traceback_limit()}: the frames kept per traceback (1 until a start says otherwise). */
    int getTracebackLimit();

    /** {@code tracemalloc.get_traced_memory()}: (0, 0) when not tracing. */
    TracedMemory getTracedMemory();

    /** {@code tracemalloc.reset_peak()}: the peak becomes the current size (nothing when not tracing). */
    void resetPeak();

    /** {@code tracemalloc.get_tracemalloc_memory()}: an estimate of the Java bytes the traces take. */
    long getTracemallocMemory();

    /**
     * {@code tracemalloc.get_object_traceback(obj)}: where {@code obj}'s block was allocated, or
     * empty when not tracing or the block was allocated while not tracing.
     */
    Optional<Traceback> getObjectTraceback(Handle obj);

    /**
     * {@code tracemalloc.take_snapshot()}: the traces of every block alive now.
     *
     * @throws dev.pyheap.runtime.PyException RuntimeError
     *     {@code the tracemalloc module must be tracing memory allocations to take a snapshot}
     */
    Snapshot takeSnapshot();

    /**
     * Runs {@code action} with tracing suspended for new blocks (CPython's {@code set_reentrant(1)},
     * as {@code _get_traces} turns the traces into tuples): what it allocates is never traced, while
     * frees and reallocations of traced blocks still drop their traces. When not tracing, just runs it.
     */
    void untraced(Runnable action);
}
