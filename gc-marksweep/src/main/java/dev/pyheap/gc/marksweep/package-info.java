/**
 * The {@code marksweep} collector: a full mark from the roots, the tracked objects not reached
 * handed to the runtime's destroy step, scheduled by heap growth.
 *
 * <table>
 *   <tr><th>class</th><th>CPython 3.11</th></tr>
 *   <tr><td>{@link dev.pyheap.gc.marksweep.MarkSweepCollector}</td><td>(none: a tracing collector;
 *       its rescue step is gcmodule.c's {@code deduce_unreachable}, its sweep the shared destroy step)</td></tr>
 *   <tr><td>{@link dev.pyheap.gc.marksweep.MarkSweepCollectorProvider}</td><td>(none: the service and
 *       its {@code gc.marksweep.growth} option)</td></tr>
 * </table>
 */
package dev.pyheap.gc.marksweep;
