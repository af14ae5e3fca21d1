/**
 * The collector SPI and what it exchanges with the runtime: a {@link dev.pyheap.api.gc.Collector}
 * finds garbage and decides when (nothing else: what every collector shares is the heap's
 * {@link dev.pyheap.api.gc.mechanism.GcState}), it sees the heap only through the
 * {@link dev.pyheap.api.gc.HeapBinding} the runtime implements (MMTk's VM binding), and it is found
 * by name as a {@link dev.pyheap.api.gc.CollectorProvider} service.
 *
 * <table>
 *   <tr><th>class</th><th>CPython 3.11</th></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.Collector}</td><td>the collector-specific half of Modules/gcmodule.c:
 *       {@code collect_generations} (when) and {@code gc_collect_main} up to {@code handle_weakrefs} (what)</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.HeapBinding}</td><td>what gcmodule.c reads of objects ({@code Py_REFCNT},
 *       {@code tp_traverse}) and its tail, {@code handle_weakrefs} to {@code delete_garbage}, done by the runtime</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.CollectorProvider}, {@link dev.pyheap.api.gc.CollectorKind}</td><td>(none: plugin lookup)</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.CollectionResult}, {@link dev.pyheap.api.gc.DestroyResult}</td><td>{@code gc_collect_main}'s
 *       {@code n_collected}/{@code n_uncollectable}, and {@code handle_weakrefs}' freed-callback count</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.GenerationStatistics}</td><td>{@code struct gc_generation_stats}</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.GcEvent}</td><td>{@code invoke_gc_callback}'s phase and info</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.ReferentVisitor}</td><td>{@code visitproc}</td></tr>
 *   <tr><td>{@link dev.pyheap.api.gc.PauseStatistics}, {@link dev.pyheap.api.gc.LeakReport}</td><td>(none: our figures)</td></tr>
 * </table>
 */
package dev.pyheap.api.gc;
