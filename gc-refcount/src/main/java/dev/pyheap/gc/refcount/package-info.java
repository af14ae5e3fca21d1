/**
 * The {@code refcount} collector: reference counting alone, and the report of the cycles it can
 * never free.
 *
 * <table>
 *   <tr><th>class</th><th>CPython 3.11</th></tr>
 *   <tr><td>{@link dev.pyheap.gc.refcount.RefcountCollector}</td><td>Modules/gcmodule.c with a collector
 *       that never finds anything ({@code untrack_tuples}/{@code untrack_dicts} still run)</td></tr>
 *   <tr><td>{@link dev.pyheap.gc.refcount.LeakCensus}</td><td>(none: counts {@code deduce_unreachable}'s
 *       result in independent cycles)</td></tr>
 *   <tr><td>{@link dev.pyheap.gc.refcount.RefcountCollectorProvider}</td><td>(none: the service)</td></tr>
 * </table>
 */
package dev.pyheap.gc.refcount;
