package dev.pyheap.runtime;

import dev.pyheap.api.gc.GenerationStatistics;

import java.util.List;

/**
 * Python's {@code gc} module for one heap. The runtime owns callbacks, {@code garbage}, debug
 * output, referrers and referents; the configured collector answers for counts, thresholds,
 * enabling, its lists, freezing and statistics. With the {@code refcount} collector everything
 * exists and behaves as CPython with a collector that never finds anything. Calls need the GIL.
 */
public interface PyGc {
    int DEBUG_STATS = 1;
    int DEBUG_COLLECTABLE = 2;
    int DEBUG_UNCOLLECTABLE = 4;
    int DEBUG_SAVEALL = 32;
    int DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    /** {@code gc.collect()}: a full collection, itself a check point. Returns 0 if one is already running. */
    long collect();

    /** {@code gc.collect(generation)}: ValueError "invalid generation" outside 0..2. */
    long collect(int generation);

    /** {@code gc.get_count()}: three values. */
    List<Long> getCount();

    List<Long> getThreshold();

    /** {@code gc.set_threshold(t0[, t1[, t2]])}. */
    void setThreshold(long... thresholds);

    void enable();

    void disable();

    boolean isenabled();

    /** {@code gc.get_objects()}: every tracked object outside the permanent generation. */
    List<Handle> getObjects();

    /** {@code gc.get_objects(generation)}: ValueError for 3 and above, as CPython. */
    List<Handle> getObjects(int generation);

    boolean isTracked(Handle obj);

    boolean isFinalized(Handle obj);

    /** {@code gc.get_referrers(*objs)}: tracked objects that refer to any of them. */
    List<Handle> getReferrers(Handle... objs);

    /** {@code gc.get_referents(*objs)}: what their traverse visits. */
    List<Handle> getReferents(Handle... objs);

    List<GenerationStatistics> getStats();

    /** {@code gc.callbacks}: a live list; add and remove callbacks on it. */
    List<GcCallback> callbacks();

    /** {@code gc.garbage}: the list object itself. */
    Handle garbage();

    void setDebug(int flags);

    int getDebug();

    void freeze();

    void unfreeze();

    long getFreezeCount();
}
