/**
 * The runtime's half of {@code Modules/gcmodule.c}: what a collector sees of the heap and the
 * destroy step every cycle collector shares ({@link dev.pyheap.runtime.gc.Binding}), and the running of
 * collections: one at a time, with callbacks and debug output, at check points
 * ({@link dev.pyheap.runtime.gc.CollectionRunner}). The collectors themselves (gc-refcount,
 * gc-marksweep, gc-generational) see only the {@code api} module's {@code HeapBinding}. The rest of
 * CPython's {@code gcstate} that every collector shares (the counts, thresholds, enabled flag,
 * generation and permanent lists, freezing, statistics, pauses) is the {@code api} module's
 * {@code GcState}, one per heap: the objects count and track through it, the runner and the
 * {@code gc} module ask it, and it runs the collector, whose narrow SPI only finds garbage and
 * decides when.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.gc.Binding}</td><td>{@code Modules/gcmodule.c}: {@code handle_weakrefs}, {@code finalize_garbage},
 *       {@code handle_resurrected_objects}, {@code delete_garbage}, {@code untrack_tuples}, {@code untrack_dicts}, {@code visit_decref}'s callers</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.gc.CollectionRunner}</td><td>{@code Modules/gcmodule.c}: {@code gc_collect_main}'s frame, {@code invoke_gc_callback},
 *       {@code _PyGC_CollectNoFail}, {@code _Py_RunGC}; {@code struct _gc_runtime_state} ({@code collecting}, {@code debug}, {@code callbacks};
 *       its {@code generations}, {@code permanent_generation}, {@code enabled} and {@code generation_stats} are {@code GcState}'s)</td></tr>
 * </table>
 */
package dev.pyheap.runtime.gc;
