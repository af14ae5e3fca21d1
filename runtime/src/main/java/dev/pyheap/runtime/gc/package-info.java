/**
 * The runtime's half of {@code Modules/gcmodule.c}: what a collector sees of the heap and the
 * destroy step every cycle collector shares ({@link dev.pyheap.runtime.gc.Binding}), and the running of
 * collections: one at a time, with callbacks and debug output, at check points
 * ({@link dev.pyheap.runtime.gc.CollectionRunner}). The collectors themselves (gc-refcount,
 * gc-marksweep, gc-generational) see only the {@code api} module's {@code HeapBinding}.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.gc.Binding}</td><td>{@code Modules/gcmodule.c}: {@code handle_weakrefs}, {@code finalize_garbage},
 *       {@code handle_resurrected_objects}, {@code delete_garbage}, {@code untrack_tuples}, {@code untrack_dicts}, {@code visit_decref}'s callers</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.gc.CollectionRunner}</td><td>{@code Modules/gcmodule.c}: {@code gc_collect_main}'s frame, {@code invoke_gc_callback},
 *       {@code _PyGC_CollectNoFail}, {@code _Py_RunGC}; {@code struct _gc_runtime_state} ({@code collecting}, {@code debug}, {@code callbacks})</td></tr>
 * </table>
 */
package dev.pyheap.runtime.gc;
