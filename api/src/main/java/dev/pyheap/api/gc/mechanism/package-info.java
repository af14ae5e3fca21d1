/**
 * The GC mechanisms every collector and the runtime share, defined once over the
 * {@link dev.pyheap.api.gc.HeapBinding} and {@link dev.pyheap.api.Memory} alone (the common part
 * of ARCHITECTURE §3 and §5; a collector keeps only what finds garbage and decides when).
 *
 * <table>
 *   <tr><th>class</th><th>CPython 3.11</th></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.mechanism.GcState}</td><td>{@code struct _gc_runtime_state}
 *       (Include/internal/pycore_gc.h) and the collector-independent half of Modules/gcmodule.c:
 *       {@code _PyObject_GC_Link}, {@code gc_collect_main}'s counts and statistics,
 *       {@code gc.get_count/get_threshold/set_threshold/enable/disable/isenabled/get_stats/get_objects/freeze/unfreeze/get_freeze_count}</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.mechanism.GcHeader}</td><td>{@code PyGC_Head} and its flag
 *       macros (Include/internal/pycore_gc.h)</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.mechanism.GcList}</td><td>{@code gc_list_*} (Modules/gcmodule.c)</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.mechanism.InternalReferences}</td><td>{@code update_refs},
 *       {@code subtract_refs}, {@code move_unreachable}, {@code deduce_unreachable} (Modules/gcmodule.c)</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.mechanism.Thresholds}</td><td>{@code gc.set_threshold}'s
 *       argument parsing ({@code "i|ii"}, Modules/clinic/gcmodule.c.h)</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.mechanism.PythonGenerations}</td><td>{@code NUM_GENERATIONS} and
 *       the generation checks of {@code gc.collect} / {@code gc.get_objects}</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.mechanism.PauseRecorder}</td><td>(none: our pause histogram)</td></tr>
 * </table>
 */
package dev.pyheap.api.gc.mechanism;
