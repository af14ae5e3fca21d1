package dev.pyheap.runtime.modules;

import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PySys;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.InterpreterState;
import dev.pyheap.runtime.state.ThreadState;

/**
 * The memory part of Python's {@code sys} module ({@code Python/sysmodule.c}): every call checks
 * the GIL ({@link InterpreterState#requireGil}) and asks the lower layers.
 */
public final class SysModule implements PySys {
    private final InterpreterState heap;
    private final ObjectSpace space;

    public SysModule(InterpreterState heap) {
        this.heap = heap;
        this.space = heap.space();
    }

    private void requireGil() {
        heap.requireGil("sys");
    }

    private long object(Handle h) {
        requireGil();
        return heap.addressOf(h);
    }

    @Override
    public long getrefcount(Handle obj) {
        return space.refcount(object(obj));
    }

    @Override
    public long getsizeof(Handle obj) {
        long o = object(obj);
        return space.typeOf(o).sizeof(o);
    }

    @Override
    public void clearTypeCache() {
        requireGil();
        space.clearTypeCache();
    }

    @Override
    public Handle intern(Handle str) {
        long s = object(str);
        return heap.wrap(space.strType.sysIntern(s));
    }

    @Override
    public double getswitchinterval() {
        requireGil();
        return heap.gil().switchInterval();
    }

    @Override
    public void setswitchinterval(double seconds) {
        requireGil();
        try {
            heap.gil().setSwitchInterval(seconds);
        } catch (IllegalArgumentException e) {
            throw new PyException("ValueError", e.getMessage());
        }
    }

    /** {@code sys.getrecursionlimit()}. */
    @Override
    public long getrecursionlimit() {
        requireGil();
        return space.recursionLimit();
    }

    /**
     * {@code sys.setrecursionlimit(limit)}, called as Python code calls it: the calling thread's
     * depth counts the call itself, so at module level it is 2, as in CPython.
     */
    @Override
    public void setrecursionlimit(long limit) {
        requireGil();
        ThreadState t = heap.current();
        space.setRecursionLimit(limit, t == null ? 1 : t.recursion().depth + 1);
    }

    @Override
    public long getallocatedblocks() {
        requireGil();
        return heap.allocator().statistics().allocatedBlocks();
    }

    /** The allocator's report ({@code _PyObject_DebugMallocStats}'s arenas and pools), then the types' free lists. */
    @Override
    public String debugmallocstats() {
        requireGil();
        return MallocStatsReport.format(heap.allocator().statistics(), space.debugMallocStats());
    }
}
