package dev.pyheap.runtime;

/** The memory part of Python's {@code sys} module for one heap, and its recursion limit. Calls that take an object, and setrecursionlimit, need the GIL. */
public interface PySys {

    /** {@code sys.getrefcount(obj)}: the stored count; the handle is the call's argument reference. */
    long getrefcount(Handle obj);

    /** {@code sys.getsizeof(obj)}, CPython 3.11's numbers. */
    long getsizeof(Handle obj);

    /** {@code sys.intern(s)}. */
    Handle intern(Handle str);

    /** {@code sys.getswitchinterval()}. */
    double getswitchinterval();

    /**
     * {@code sys.setswitchinterval(seconds)}: ValueError as CPython for a non-positive value; also for
     * NaN, infinity and huge values, which CPython converts with undefined behaviour
     * ({@link dev.pyheap.api.config.SwitchInterval}).
     */
    void setswitchinterval(double seconds);

    /** {@code sys.getrecursionlimit()}: 1000 by default. */
    long getrecursionlimit();

    /**
     * {@code sys.setrecursionlimit(limit)}: how deep Python calls ({@link PyThreadState#pushFrame})
     * and recursive operations ({@code repr}, {@code ==}, {@code in} on nested containers) may nest
     * in each thread before they raise {@code RecursionError}. The call itself counts one level, as
     * in CPython. OverflowError beyond a C int, ValueError below 1, RecursionError when the calling
     * thread is already as deep as the new limit, with CPython 3.11's messages.
     */
    void setrecursionlimit(long limit);

    /**
     * {@code sys.getallocatedblocks()}: the blocks the program allocated and has not freed (pool blocks
     * plus raw blocks). A block freed into a debug allocator's quarantine is not counted.
     */
    long getallocatedblocks();

    /** {@code sys._debugmallocstats()}: the allocator's report in CPython's format. */
    String debugmallocstats();

    /**
     * {@code sys._clear_type_cache()}: empties the type attribute cache, releasing the names its
     * entries hold (each name {@code _PyType_Lookup} looked up stays alive in its entry until another
     * lookup takes the entry, as in CPython). Needs the GIL.
     */
    void clearTypeCache();
}
