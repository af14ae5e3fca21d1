/**
 * The {@code generational} collector: CPython 3.11's three-generation cycle collector.
 *
 * <table>
 *   <tr><th>class</th><th>CPython 3.11</th></tr>
 *   <tr><td>{@link dev.pyheap.gc.generational.GenerationalCollector}</td><td>Modules/gcmodule.c:
 *       {@code collect_generations} (with the long-lived rule) and {@code gc_collect_main} up to
 *       {@code handle_weakrefs}</td></tr>
 *   <tr><td>{@link dev.pyheap.gc.generational.GenerationalCollectorProvider}</td><td>(none: the service)</td></tr>
 * </table>
 */
package dev.pyheap.gc.generational;
