/**
 * What a run found, as plain values: the {@link dev.pyheap.driver.reports.RunReport} of a run, the
 * census of the heap it is measured against ({@link dev.pyheap.driver.reports.Baseline}) and the
 * objects a run retained with a path from a root to each kind
 * ({@link dev.pyheap.driver.reports.RetentionReport}). No presentation: the CLI writes them as
 * tables and JSON. Depends on the runtime only, not on the driver's other packages.
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code RunReport}</td><td>the numbers a Python program would read at its end:
 *       {@code gc.get_stats()} differences, {@code gc.callbacks} timings of each collection,
 *       {@code sys._debugmallocstats()}'s arenas, the GIL's switches</td></tr>
 *   <tr><td>{@code Baseline}</td><td>{@code gc.get_objects()} counted by type
 *       ({@code Modules/gcmodule.c}) and {@code sys.getallocatedblocks()}
 *       ({@code Objects/obmalloc.c} {@code _Py_GetAllocatedBlocks})</td></tr>
 *   <tr><td>{@code RetentionReport}</td><td>objgraph's {@code find_backref_chain} and
 *       {@code show_backrefs} (the objgraph package, built on {@code gc.get_referrers})</td></tr>
 * </table>
 */
package dev.pyheap.driver.reports;
