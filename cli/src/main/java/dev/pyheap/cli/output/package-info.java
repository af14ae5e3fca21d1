/**
 * How reports look: the driver and the runtime hand over plain values (run reports, the
 * retention report, DOT text) and this package turns them into what a user reads or a tool parses.
 * It depends on the driver's reports, the allocator's plain values and on nothing of the commands.
 *
 * <table>
 *   <caption>Classes and what they stand for</caption>
 *   <tr><th>class</th><th>CPython / prior art</th></tr>
 *   <tr><td>{@code ReportTable}</td><td>none: a run report as labelled lines, several side by side,
 *       and the retention report ({@code --leaks})</td></tr>
 *   <tr><td>{@code CommandJson}</td><td>none: every command's {@code --json} document ({@code run},
 *       {@code compare}, {@code stats}, {@code config}, {@code list}), written by Jackson, in the shapes
 *       {@code dev/pyheap/cli/schemas/KIND.schema.json} describe</td></tr>
 *   <tr><td>{@code HtmlReport}</td><td>memray's HTML reports: {@code --report}, one self-contained page,
 *       charts by Apache ECharts (inlined), data written by Jackson</td></tr>
 *   <tr><td>{@code ArenaMapPicture}</td><td>none: the arena map ({@code stats --map}) drawn with Java2D,
 *       as PNG ({@code ImageIO}) or SVG (JFreeSVG)</td></tr>
 *   <tr><td>{@code Graphviz}</td><td>objgraph's {@code show_graph}: the DOT text written as is, or
 *       rendered by Graphviz's {@code dot} run as a process</td></tr>
 * </table>
 */
package dev.pyheap.cli.output;
