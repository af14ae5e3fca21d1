package dev.pyheap.runtime;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.runtime.gil.Gil;
import dev.pyheap.runtime.inject.HeapComponent;
import dev.pyheap.runtime.management.HeapBeans;
import dev.pyheap.runtime.modules.GcModule;
import dev.pyheap.runtime.objgraph.ObjGraph;
import dev.pyheap.runtime.sanity.SanityChecker;
import dev.pyheap.runtime.state.InterpreterState;
import dev.pyheap.runtime.state.Metrics;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * A private heap: CPython 3.11's object model in memory its allocator manages, with reference
 * counting, a GIL and the configured collector. Open one from a {@link Configuration}; the allocator
 * and collector it names are looked up by name (an unknown name fails here, listing the names that
 * exist). Any number of heaps, with different allocators and collectors, live side by side in one JVM.
 *
 * <p>Threads {@link #attach()} to work on objects; {@link #sys()}, {@link #gc()},
 * {@link #tracemalloc()} and {@link #objgraph()} are Python's modules for this heap, and
 * {@link #metrics()} its figures. Every call needs the GIL, held by the calling thread through its
 * thread state ({@link PyThreadState#gil()}), except {@link #attach()}, {@link #close()} (which takes
 * the GIL itself), {@link #configuration()}, {@link #closeReport()} and the GIL's own statistics.
 * {@link #close()} reports thread states and handles never closed and, for the {@code refcount}
 * collector, the cycles it could never free. Every call after {@link #close()} (on the heap, its
 * thread states, handles, frames and modules) throws {@code IllegalStateException: the heap is
 * closed}; closing a handle or a thread state then does nothing.
 */
public final class PyHeap implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PyHeap.class);

    private final HeapComponent component;
    private final InterpreterState state;
    private final GcModule gc;
    private final PySys sys;
    private final Tracemalloc tracemalloc;
    private final ObjGraph objgraph;
    private final HeapMetrics metrics;
    private final HeapBeans beans;
    private List<String> closeReport;

    private PyHeap(HeapComponent component) {
        this.component = component;
        this.state = component.interpreterState();
        this.gc = component.gc(); // the collector, the binding and the gc state are made with it
        this.sys = component.sys();
        this.tracemalloc = component.tracemalloc();
        this.objgraph = component.objgraph();
        this.metrics = new Metrics(state);
        this.beans = HeapBeans.register(this, state.name().value(), state.gcState().collector().name(),
                state.gcState().generations());
    }

    /**
     * Opens a heap.
     *
     * @throws dev.pyheap.api.config.ConfigurationException when the configuration names an implementation that does not exist
     *     (for the default collector, {@code generational}, absent from the module path: saying how to name another)
     */
    public static PyHeap open(Configuration configuration) {
        var allocatorProvider = Plugins.allocator(configuration);
        return open(configuration, allocatorProvider, Plugins.collector(configuration));
    }

    /**
     * Opens a heap with {@code collectorProvider} instead of the collector the configuration names:
     * for the runtime's own tests, whose collector no module provides (the gc modules' tests need
     * the runtime, so its tests cannot need a gc module).
     */
    static PyHeap open(Configuration configuration, CollectorProvider collectorProvider) {
        return open(configuration, Plugins.allocator(configuration), collectorProvider);
    }

    private static PyHeap open(Configuration configuration, AllocatorProvider allocatorProvider,
                               CollectorProvider collectorProvider) {
        if (LOG.isDebugEnabled()) {
            configuration.all().forEach(s -> LOG.debug("{} = {} ({})", s.option().name(), s.valueText(), s.origin()));
        }
        return new PyHeap(HeapComponent.create(configuration, allocatorProvider, collectorProvider));
    }

    /** Opens a heap with every option at its default. */
    public static PyHeap open() {
        return open(Configuration.defaults());
    }

    /**
     * The heap's name ({@code heap-1}, {@code heap-2}... in the order this JVM opened them): in its
     * flight recorder events and in the object names of its management beans
     * ({@code dev.pyheap:type=Heap,name=heap-1}; see {@link dev.pyheap.runtime.management}).
     */
    public String name() {
        return state.name().value();
    }

    public Configuration configuration() {
        return component.configuration();
    }

    /** The heap's figures: allocator, collector, GIL (read-only; see {@link HeapMetrics}). */
    public HeapMetrics metrics() {
        state.requireOpen();
        return metrics;
    }

    /**
     * The interpreter state behind this heap, for the Python front end: its package is exported to
     * the interpreter module alone (CPython's {@code pycore_*} headers), so no other module can use it.
     */
    public InterpreterState interpreterState() {
        return state;
    }

    /**
     * {@code PyGILState_GetThisThreadState}: the calling thread's thread state on this heap, or empty
     * when the thread is not attached. Needs no GIL.
     */
    public Optional<PyThreadState> threadStateOfThisThread() {
        return state.threadStateOfThisThread();
    }

    /** Attaches the calling thread: a new thread state, without the GIL. */
    public PyThreadState attach() {
        return state.attach(this);
    }

    /**
     * The attribute names that classes made at a first {@code setattr} and that are still alive:
     * the str objects a class's shared keys took in for a name no string held yet. A class's
     * shared keys themselves exist from the class's creation, as CPython 3.11 makes them
     * ({@code ht_cached_keys}, in {@code type_new}); the names in them are, in CPython, constants
     * of the code that sets them, made when the program is compiled, before it runs. A program
     * written in Java has no such step: its names are made when it first uses them. A leak check
     * that compares allocated blocks before and after a run therefore counts the names made during
     * it with the program, not as leaked blocks (the driver's does). Needs the GIL.
     */
    public long attributeNamesMade() {
        return state.attributeNamesMade();
    }

    /** Python's {@code sys} module for this heap. */
    public PySys sys() {
        state.requireOpen();
        return sys;
    }

    /** Python's {@code gc} module for this heap. */
    public PyGc gc() {
        state.requireOpen();
        return gc;
    }

    /** objgraph for this heap: object counts by type, growth, and why an object is still alive. */
    public ObjGraph objgraph() {
        state.requireOpen();
        return objgraph;
    }

    /** Python's {@code tracemalloc} module for this heap: where the live blocks were allocated. */
    public Tracemalloc tracemalloc() {
        state.requireOpen();
        return tracemalloc;
    }

    /** Sets where exceptions from finalizers, weakref callbacks and gc callbacks are reported (default: a WARN log line). Needs the GIL. */
    public void setUnraisableHook(UnraisableHook hook) {
        state.setUnraisableHook(hook);
    }

    /** Where {@code gc.set_debug} lines go; CPython writes them to stderr. Needs the GIL. */
    public void setGcDebugOutput(java.io.PrintStream out) {
        state.requireGil("setGcDebugOutput");
        gc.setDebugOutput(out);
    }

    /**
     * Where {@code gc.set_debug} lines go: {@code duringCollection} takes the {@code DEBUG_COLLECTABLE}
     * lines, written while the collector runs (no Python code may run then); {@code aroundCollection}
     * the {@code DEBUG_STATS} lines, written before and after it, where a Python {@code write} method
     * may be called (CPython's {@code PySys_WriteStderr}). Needs the GIL.
     */
    public void setGcDebugOutput(java.io.PrintStream duringCollection, java.io.PrintStream aroundCollection) {
        state.requireGil("setGcDebugOutput");
        gc.setDebugOutput(duringCollection, aroundCollection);
    }

    /**
     * Checks the invariants of ARCHITECTURE §8 over the whole heap (O(heap), allocating nothing in
     * it): every allocated block belongs to exactly one live object, one object's item or values
     * array, one free-list entry or one collector list head; every reference held by a live object
     * or a root points to a live object; every stored refcount equals the references counted to
     * the object; every tracked object is in exactly one collector list, and no untracked one is;
     * the allocator's statistics reconcile. Safe on a damaged heap on native memory: it reads only
     * memory it has found in the allocator's maps. Needs the GIL.
     *
     * @throws IllegalStateException without the GIL, during a collection, a deallocation, a finalizer
     *                               or a callback, or on a closed heap
     */
    public SanityReport checkSanity() {
        state.requireQuietPoint("checkSanity");
        return new SanityChecker(state, component.binding()).run();
    }

    /**
     * Closes the heap and its allocator, taking the GIL if the calling thread does not hold it, and
     * releases the GIL (a thread state holding it holds it no more; threads waiting for it are
     * refused). Thread states and handles still open are logged at WARN, what the collector could
     * never free at INFO; all of it is kept in {@link #closeReport()}. Closing again does nothing.
     * When the GIL was abandoned by a thread that died holding it, the heap closes without it and
     * the report says so.
     *
     * @throws IllegalStateException from a finalizer, a weakref callback or a gc callback of this heap
     */
    @Override
    public void close() {
        if (state.isClosed()) {
            return;
        }
        Gil gil = state.gil();
        String gilProblem = null;
        boolean took = false;
        if (!gil.isHeldByCurrentThread()) {
            try {
                gil.acquire();
                took = true;
            } catch (IllegalStateException abandoned) {
                gilProblem = abandoned.getMessage();
            }
        }
        boolean closing = false;
        try {
            if (state.isClosed()) { // closed by another thread while this one waited
                return;
            }
            closing = true; // unless refused, from a finalizer that must keep the GIL
            closeReport = state.close(gilProblem);
        } catch (IllegalStateException refused) {
            closing = state.isClosed();
            throw refused;
        } finally {
            if (closing) {
                beans.close();
                component.allocator().close();
            }
            if ((took || closing) && gil.isHeldByCurrentThread()) {
                gil.release();
            }
        }
    }

    /** What {@link #close()} reported (empty before it ran or when all was clean). */
    public List<String> closeReport() {
        return closeReport == null ? List.of() : closeReport;
    }
}
