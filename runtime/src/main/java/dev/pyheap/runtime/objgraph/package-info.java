/**
 * objgraph for a heap: counts by type, growth, reference chains and graphs, as the {@code objgraph}
 * package computes them on CPython. The searches are {@code modules.ObjGraphModule}; drawing is
 * the pure {@link dev.pyheap.runtime.objgraph.DotWriter}.
 * <table>
 *   <caption>class → objgraph</caption>
 *   <tr><th>class</th><th>objgraph ({@code objgraph.py})</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objgraph.ObjGraph}</td><td>its functions ({@code count}, {@code typestats}, {@code growth},
 *       {@code find_backref_chain}, {@code show_backrefs}, ...)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objgraph.DotWriter}</td><td>{@code _show_graph}'s output, {@code _quote}, {@code _gradient}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objgraph.Chain}, {@link dev.pyheap.runtime.objgraph.Node},
 *       {@link dev.pyheap.runtime.objgraph.ObjectNode}, {@link dev.pyheap.runtime.objgraph.RootNode}</td><td>the chains {@code find_*_chain} return</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objgraph.GraphOptions}</td><td>{@code show_refs}' {@code max_depth}, {@code too_many}, {@code filter}, {@code highlight}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.objgraph.Growth}, {@link dev.pyheap.runtime.objgraph.TypeCount}</td><td>{@code growth}, {@code most_common_types}</td></tr>
 * </table>
 */
package dev.pyheap.runtime.objgraph;
