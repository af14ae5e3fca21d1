/**
 * The eight built-in workloads, provided as {@link dev.pyheap.driver.Workload} services (this
 * package is not exported: nothing names these classes, the driver finds them by name). Each is a
 * Python program written against the runtime's API, its docs showing the Python it stands for;
 * within the driver it depends on the workload SPI and on {@code patterns}' generator only.
 *
 * <table>
 *   <caption>Classes and the programs or CPython code they exercise</caption>
 *   <tr><th>class</th><th>program / CPython</th></tr>
 *   <tr><td>{@code GcBench}</td><td>Boehm's GCBench in Python (binary trees, a long-lived tree,
 *       a 500,000-slot list)</td></tr>
 *   <tr><td>{@code Cycles}</td><td>pyperformance's {@code gc_collect}: rings of doubly linked
 *       nodes, {@code Modules/gcmodule.c}'s cycle collection</td></tr>
 *   <tr><td>{@code Churn}</td><td>random mutation of a shared object graph with rings as cyclic
 *       garbage</td></tr>
 *   <tr><td>{@code Lists}</td><td>{@code Objects/listobject.c}: {@code list_resize}, the list
 *       and float free lists</td></tr>
 *   <tr><td>{@code Dicts}</td><td>{@code Objects/dictobject.c}: unicode and general keys,
 *       {@code insertion_resize}, dummies, the dict free lists</td></tr>
 *   <tr><td>{@code Strings}</td><td>{@code Objects/unicodeobject.c} interning and the latin-1
 *       cache, {@code Objects/longobject.c}'s small ints</td></tr>
 *   <tr><td>{@code Leaky}</td><td>a service whose cache only grows: what tracemalloc and objgraph
 *       are for</td></tr>
 *   <tr><td>{@code Seeds}</td><td>the seed articles' examples: {@code id()}, {@code
 *       sys.getrefcount}, {@code gc.collect()} of list and Person↔Dog cycles, tracemalloc</td></tr>
 *   <tr><td>{@code Classes}</td><td>the module-level classes the workloads share</td></tr>
 * </table>
 */
package dev.pyheap.driver.workloads;
