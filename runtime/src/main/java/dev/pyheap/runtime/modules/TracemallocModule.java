package dev.pyheap.runtime.modules;

import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.jfr.AllocationSampleEvent;
import dev.pyheap.runtime.jfr.Recorder;
import dev.pyheap.runtime.objects.AllocationObserver;
import dev.pyheap.runtime.objects.FrameEvaluator;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.state.FrameImpl;
import dev.pyheap.runtime.state.InterpreterState;
import dev.pyheap.runtime.state.ThreadState;
import dev.pyheap.runtime.tracemalloc.Frame;
import dev.pyheap.runtime.tracemalloc.Snapshot;
import dev.pyheap.runtime.tracemalloc.Trace;
import dev.pyheap.runtime.tracemalloc.TracedMemory;
import dev.pyheap.runtime.tracemalloc.Traceback;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Python's {@code tracemalloc} for one heap (CPython's {@code Modules/_tracemalloc.c}).
 *
 * <h2>Recording</h2>
 * <pre>
 *   ObjectSpace.allocate / newObject / newGcObject / reallocate / free*:
 *       block = allocator.xxx(...)
 *       if (space.observer != null)         &lt;- the only cost while not tracing
 *           observer.allocated(block, size) -> site = currentSite(); traces.put(block, size, site)
 *
 *   currentSite():
 *     the evaluator runs Python frames on this thread (FrameEvaluator.pythonFrames)?
 *       yes: up to nframe of them, most recent first, intern
 *     else: thread holding the GIL has pushed a frame or moved its module frame?
 *       yes: top frame's cache valid (same limit, same line in every captured frame)? reuse it
 *            else take up to nframe frames, most recent first, intern, cache on the top frame
 *       no:  walk the Java stack from the first frame outside the library ({@link LibraryFrames}),
 *            up to nframe frames, intern
 * </pre>
 * Invariants: {@code space.observer == this} exactly while tracing; {@link #traces} holds one entry
 * per block allocated (or reallocated) while tracing and not freed since, keyed by the address
 * the allocator returned (a GC object's block starts before its header, as in CPython);
 * {@link #traced} is the sum of their requested sizes and {@link #peak} its maximum since the
 * start, the last {@code clear_traces} or {@code reset_peak}.
 *
 * <p>Everything here runs with the heap's GIL held: the public methods need it, as every entry
 * point does. Nothing is allocated in the heap: tracing changes no address, count or collection of
 * the program being traced.
 */
public final class TracemallocModule implements Tracemalloc, AllocationObserver {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Frame UNKNOWN = new Frame("<unknown>", 0);

    private final InterpreterState heap;
    private final ObjectSpace space;
    private final LibraryFrames library;
    private int maxNframe = 1;
    private final TraceTable traces = new TraceTable();
    /** {@code set_reentrant(1)}: new blocks are not traced ({@link #untraced}). */
    private boolean reentrant;
    /** Every site recorded since the last start or clear, so equal tracebacks are one object. */
    private final Map<SiteKey, TraceSite> interned = new HashMap<>();
    private long traced;
    private long peak;
    /** Bytes traced since the last allocation sample event (or its chance, without a recording). */
    private long sinceSample;

    private record SiteKey(Traceback traceback, int total) {
    }

    /** A Java frame by method and bytecode index: resolving its line ({@code getLineNumber}) is the expensive part of a walk. */
    private record JavaFrameKey(Class<?> declaringClass, String method, java.lang.invoke.MethodType type, int bci) {
    }

    /** Java frames already resolved, with the function name the debug allocators print. */
    private final Map<JavaFrameKey, AllocationSite.Frame> javaFrames = new HashMap<>();

    /** A top frame's cached site ({@link FrameImpl#observerCache}): valid while the limit and the captured frames' lines are unchanged. */
    private static final class FrameSite {
        final TraceSite site;
        final int limit;
        /** The line of each captured frame, most recent first. */
        final int[] lines;

        FrameSite(TraceSite site, int limit, int[] lines) {
            this.site = site;
            this.limit = limit;
            this.lines = lines;
        }
    }

    public TracemallocModule(InterpreterState heap) {
        this.heap = heap;
        this.space = heap.space();
        this.library = new LibraryFrames(heap.allocator().getClass(), heap.collector().getClass());
    }

    // ------------------------------------------------------------------ the allocation hooks

    /** A block was allocated (called only while tracing). */
    @Override
    public void allocated(long block, long size) {
        if (reentrant) {
            return;
        }
        add(block, size, currentSite());
    }

    /** A block was reallocated from {@code old} (0: allocated) to {@code block}. */
    @Override
    public void reallocated(long old, long block, long size) {
        if (reentrant) { // tracemalloc_realloc_gil's reentrant call: the old trace goes, the new block is not traced
            if (old != 0) {
                removeTrace(old);
            }
            return;
        }
        TraceSite site = currentSite();
        if (old != 0 && old != block) {
            removeTrace(old);
        }
        add(block, size, site);
    }

    /** {@code _PyTraceMalloc_NewReference}: a traced block taken from a free list is traced where it is made again. */
    @Override
    public void reused(long block) {
        traces.retrace(block, currentSite());
    }

    /** A block was freed. */
    @Override
    public void freed(long block) {
        if (block != 0) {
            removeTrace(block);
        }
    }

    private void add(long block, long size, TraceSite site) {
        long old = traces.put(block, size, site);
        traced += size - Math.max(old, 0);
        if (traced > peak) {
            peak = traced;
        }
        sinceSample += size;
        if (sinceSample >= AllocationSampleEvent.INTERVAL_BYTES) {
            sample(block, size, site);
        }
    }

    /** The flight recorder's sample of this allocation, weighted by the bytes since the last one. */
    private void sample(long block, long size, TraceSite site) {
        long weight = sinceSample;
        sinceSample = 0;
        if (!Recorder.started()) {
            return;
        }
        AllocationSampleEvent event = new AllocationSampleEvent();
        if (event.shouldCommit()) {
            event.heap = heap.name().value();
            event.address = block;
            event.size = size;
            event.weight = weight;
            StringBuilder traceback = new StringBuilder();
            for (AllocationSite.Frame f : site.allocationSite.frames()) {
                if (!traceback.isEmpty()) {
                    traceback.append('\n');
                }
                traceback.append(f.filename()).append(':').append(f.lineno()).append(" in ").append(f.function());
            }
            event.traceback = traceback.toString();
            event.commit();
        }
    }

    private void removeTrace(long block) {
        long size = traces.remove(block);
        if (size >= 0) {
            traced -= size;
        }
    }

    /** Where the thread holding the GIL is allocating, as an interned site. */
    private TraceSite currentSite() {
        FrameEvaluator evaluator = space.frameEvaluator;
        if (evaluator != null) {
            TraceSite site = evaluatorSite(evaluator);
            if (site != null) {
                return site;
            }
        }
        ThreadState t = heap.current();
        if (t != null && t.ownedBy(Thread.currentThread())) {
            List<FrameImpl> frames = t.frames();
            if (frames.size() > 1 || frames.get(0).moved()) {
                return mutatorSite(frames);
            }
        }
        return javaSite(evaluator);
    }

    /**
     * Whether {@code c} is the front end's own code: the module of the frame evaluator (the interpreter),
     * or, outside named modules, its top three package levels ({@code dev.pyheap.interpreter}).
     */
    private static boolean isEvaluatorCode(Class<?> c, FrameEvaluator evaluator) {
        Class<?> e = evaluator.getClass();
        if (e.getModule().isNamed()) {
            return c.getModule() == e.getModule();
        }
        String[] parts = e.getPackageName().split("\\.");
        String tree = String.join(".", List.of(parts).subList(0, Math.min(3, parts.length)));
        String p = c.getPackageName();
        return p.startsWith(tree) && (p.length() == tree.length() || p.charAt(tree.length()) == '.');
    }

    private TraceSite mutatorSite(List<FrameImpl> frames) {
        int n = frames.size();
        int k = Math.min(maxNframe, n);
        FrameImpl top = frames.get(n - 1);
        if (top.observerCache instanceof FrameSite cached && cached.limit == maxNframe && cached.lines.length == k) {
            boolean same = true;
            for (int i = 0; i < k; i++) {
                if (frames.get(n - 1 - i).line() != cached.lines[i]) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return cached.site;
            }
        }
        int[] lines = new int[k];
        List<Frame> mostRecentFirst = new ArrayList<>(k);
        List<AllocationSite.Frame> siteFrames = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            FrameImpl f = frames.get(n - 1 - i);
            lines[i] = f.line();
            mostRecentFirst.add(new Frame(f.file(), f.line()));
            siteFrames.add(new AllocationSite.Frame(f.function(), f.file(), f.line()));
        }
        TraceSite site = intern(mostRecentFirst, n, () -> new AllocationSite(siteFrames));
        top.observerCache = new FrameSite(site, maxNframe, lines);
        return site;
    }

    /** The site of the evaluator's Python frames, or null when the thread runs none. */
    private TraceSite evaluatorSite(FrameEvaluator evaluator) {
        List<Frame> mostRecentFirst = new ArrayList<>(Math.min(maxNframe, 16));
        List<AllocationSite.Frame> siteFrames = new ArrayList<>(Math.min(maxNframe, 16));
        int total = evaluator.pythonFrames(maxNframe, (function, file, line) -> {
            mostRecentFirst.add(new Frame(file, line));
            siteFrames.add(new AllocationSite.Frame(function, file, line));
        });
        if (total == 0) {
            return null;
        }
        return intern(mostRecentFirst, total, () -> new AllocationSite(siteFrames));
    }

    /**
     * The site of an embedder's Java code: its frames from the first outside the library. When that
     * first frame is the front end's own (the interpreter compiling, loading a module's code object,
     * setting up {@code __main__}) with no Python frame running, the allocation is the runtime's as
     * CPython's C code makes it before or between Python frames, and gets CPython's traceback for it,
     * {@code <unknown>:0}, never a Java file.
     */
    private TraceSite javaSite(FrameEvaluator evaluator) {
        int limit = maxNframe;
        List<Frame> mostRecentFirst = new ArrayList<>(Math.min(limit, 16));
        List<AllocationSite.Frame> siteFrames = new ArrayList<>(Math.min(limit, 16));
        int[] total = {0};
        WALKER.forEach(new java.util.function.Consumer<>() {
            boolean inLibrary = true;
            boolean runtimeOwn;

            @Override
            public void accept(StackWalker.StackFrame f) {
                if (runtimeOwn || inLibrary && library.contains(f.getDeclaringClass())) {
                    return;
                }
                if (inLibrary && evaluator != null && isEvaluatorCode(f.getDeclaringClass(), evaluator)) {
                    runtimeOwn = true;
                    return;
                }
                inLibrary = false;
                if (total[0]++ < limit) {
                    AllocationSite.Frame frame = javaFrames.computeIfAbsent(
                            new JavaFrameKey(f.getDeclaringClass(), f.getMethodName(), f.getMethodType(), f.getByteCodeIndex()),
                            k -> javaFrame(f));
                    mostRecentFirst.add(new Frame(frame.filename(), frame.lineno()));
                    siteFrames.add(frame);
                }
            }
        });
        if (mostRecentFirst.isEmpty()) {
            mostRecentFirst.add(UNKNOWN);
            siteFrames.add(new AllocationSite.Frame("<unknown>", UNKNOWN.filename(), 0));
            total[0] = 1;
        }
        return intern(mostRecentFirst, total[0], () -> new AllocationSite(siteFrames));
    }

    /** {@code dev/example/App.java:12}: the source path of the frame's class, and its line; the function is {@code Class.method}. */
    private static AllocationSite.Frame javaFrame(StackWalker.StackFrame f) {
        String file = f.getFileName();
        String pkg = f.getDeclaringClass().getPackageName();
        String path = file == null ? "<unknown>" : pkg.isEmpty() ? file : pkg.replace('.', '/') + "/" + file;
        return new AllocationSite.Frame(f.getClassName() + "." + f.getMethodName(), path, Math.max(0, f.getLineNumber()));
    }

    private TraceSite intern(List<Frame> mostRecentFirst, int total, Supplier<AllocationSite> allocationSite) {
        Traceback tb = Traceback.fromMostRecentFirst(mostRecentFirst, total);
        return interned.computeIfAbsent(new SiteKey(tb, total), key -> new TraceSite(tb, allocationSite.get()));
    }

    // ------------------------------------------------------------------ the module

    private void requireGil() {
        heap.requireGil("tracemalloc");
    }

    @Override
    public void start(int nframe) {
        requireGil();
        if (nframe < 1 || nframe > MAX_NFRAME) {
            throw new PyException("ValueError", "the number of frames must be in range [1; " + MAX_NFRAME + "]");
        }
        if (tracing()) {
            return;
        }
        maxNframe = nframe;
        space.observer = this;
    }

    @Override
    public void stop() {
        requireGil();
        if (!tracing()) {
            return;
        }
        space.observer = null;
        clear();
    }

    /** Tracing exactly while this module is the space's observer (the one field the allocation path reads). */
    private boolean tracing() {
        return space.observer == this;
    }

    private void clear() {
        traces.clear();
        interned.clear();
        javaFrames.clear();
        traced = 0;
        peak = 0;
    }

    @Override
    public boolean isTracing() {
        requireGil();
        return tracing();
    }

    @Override
    public void clearTraces() {
        requireGil();
        if (tracing()) {
            clear();
        }
    }

    @Override
    public int getTracebackLimit() {
        requireGil();
        return maxNframe;
    }

    @Override
    public TracedMemory getTracedMemory() {
        requireGil();
        return tracing() ? new TracedMemory(traced, peak) : new TracedMemory(0, 0);
    }

    @Override
    public void resetPeak() {
        requireGil();
        if (tracing()) {
            peak = traced;
        }
    }

    @Override
    public long getTracemallocMemory() {
        requireGil();
        // Three parallel arrays per slot, then per interned site two small objects and each frame twice.
        long bytes = 20L * traces.capacity();
        for (TraceSite s : interned.values()) {
            bytes += 160 + 64L * s.traceback.size();
        }
        return bytes;
    }

    @Override
    public Optional<Traceback> getObjectTraceback(Handle obj) {
        requireGil();
        long o = heap.addressOf(obj);
        if (!tracing()) {
            return Optional.empty();
        }
        // 3.11.7's _tracemalloc__get_object_traceback steps back over the GC header only, not over
        // the managed-dict pre-header: for an instance of a class with a managed __dict__ it looks
        // 16 bytes into the block, finds no trace and returns None. Reproduced, not corrected.
        PyType type = space.typeOf(o);
        TraceSite site = traces.site(type.hasGcHeader(o) ? o - Layout.GC_HEAD : o);
        // CPython 3.11 returns Traceback(frames): no total_nframe, unlike a snapshot's traces.
        return Optional.ofNullable(site == null ? null : new Traceback(site.traceback.frames()));
    }

    @Override
    public Snapshot takeSnapshot() {
        requireGil();
        if (!tracing()) {
            throw new PyException("RuntimeError",
                    "the tracemalloc module must be tracing memory allocations to take a snapshot");
        }
        List<Trace> list = new ArrayList<>(traces.size());
        traces.forEach((address, size, site) -> list.add(new Trace(0, size, site.traceback)));
        return new Snapshot(list, maxNframe);
    }

    @Override
    public void untraced(Runnable action) {
        boolean was = reentrant;
        reentrant = true;
        try {
            action.run();
        } finally {
            reentrant = was;
        }
    }

    /** The allocation site the debug allocators record (called only while tracing). */
    @Override
    public AllocationSite site() {
        return currentSite().allocationSite;
    }
}
