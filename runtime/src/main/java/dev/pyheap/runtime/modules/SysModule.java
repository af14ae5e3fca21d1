package dev.pyheap.runtime.modules;

import dev.pyheap.runtime.objects.*;
import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PySys;

/** The memory part of Python's {@code sys} module. */
public final class SysModule implements PySys {
    private final HeapState heap;
    private final ObjectSpace interp;

    public SysModule(HeapState heap) {
        this.heap = heap;
        this.interp = heap.interp;
    }

    private long object(Handle h) {
        heap.requireGil("sys");
        return heap.addressOf(h);
    }

    @Override
    public long getrefcount(Handle obj) {
        return interp.refcount(object(obj));
    }

    @Override
    public long getsizeof(Handle obj) {
        long o = object(obj);
        return interp.typeOf(o).sizeof(o);
    }

    @Override
    public Handle intern(Handle str) {
        long s = object(str);
        if (interp.typeOf(s) != interp.strType) {
            throw new PyException("TypeError", "intern() argument must be str, not " + interp.typeOf(s).name);
        }
        return heap.wrap(interp.strType.intern(interp.newRef(s)));
    }

    @Override
    public double getswitchinterval() {
        heap.requireOpen();
        return heap.gil.switchInterval();
    }

    @Override
    public void setswitchinterval(double seconds) {
        heap.requireOpen();
        try {
            heap.gil.setSwitchInterval(seconds);
        } catch (IllegalArgumentException e) {
            throw new PyException("ValueError", e.getMessage());
        }
    }

    /** {@code sys.getrecursionlimit()}. */
    @Override
    public long getrecursionlimit() {
        heap.requireOpen();
        return interp.recursionLimit();
    }

    /**
     * {@code sys.setrecursionlimit(limit)}, called as Python code calls it: the calling thread's
     * depth counts the call itself, so at module level it is 2, as in CPython.
     */
    @Override
    public void setrecursionlimit(long limit) {
        heap.requireGil("sys");
        ThreadState t = interp.tstate;
        interp.setRecursionLimit(limit, t == null ? 1 : t.recursionDepth + 1);
    }

    @Override
    public long getallocatedblocks() {
        heap.requireOpen();
        return heap.allocator.statistics().allocatedBlocks();
    }

    @Override
    public String debugmallocstats() {
        heap.requireOpen();
        return MallocStatsReport.format(heap.allocator.statistics()) + interp.freeListReport();
    }
}
