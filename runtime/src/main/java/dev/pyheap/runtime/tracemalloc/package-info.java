/**
 * Python's {@code tracemalloc} module's API: snapshots, statistics, filters, tracebacks, with
 * CPython 3.11's values and text formats. The tracing itself is {@code modules.TracemallocModule}.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.tracemalloc.Tracemalloc}</td><td>{@code Lib/tracemalloc.py}'s functions, {@code Modules/_tracemalloc.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.tracemalloc.Snapshot}, {@link dev.pyheap.runtime.tracemalloc.Statistic},
 *       {@link dev.pyheap.runtime.tracemalloc.StatisticDiff}, {@link dev.pyheap.runtime.tracemalloc.Trace},
 *       {@link dev.pyheap.runtime.tracemalloc.Traceback}, {@link dev.pyheap.runtime.tracemalloc.Frame},
 *       {@link dev.pyheap.runtime.tracemalloc.TracedMemory}</td><td>{@code Lib/tracemalloc.py}'s classes of the same names</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.tracemalloc.Filter}, {@link dev.pyheap.runtime.tracemalloc.DomainFilter},
 *       {@link dev.pyheap.runtime.tracemalloc.BaseFilter}, {@link dev.pyheap.runtime.tracemalloc.KeyType}</td><td>{@code Lib/tracemalloc.py}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.tracemalloc.Fnmatch}</td><td>{@code Lib/fnmatch.py}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.tracemalloc.SourceLines}</td><td>{@code Lib/linecache.py}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.tracemalloc.SizeFormat}, {@link dev.pyheap.runtime.tracemalloc.Text}</td><td>{@code Lib/tracemalloc.py}'s {@code _format_size}, {@code __str__}s</td></tr>
 * </table>
 */
package dev.pyheap.runtime.tracemalloc;
