/**
 * The api's half of the shared test fixtures, packaged in the api's test-jar: a heap without the
 * runtime, for the GC mechanisms' tests and for collectors tested alone. (The half over real heaps
 * is the {@code testkit} module.)
 *
 * <table>
 *   <tr><th>class</th><th>CPython 3.11</th></tr>
 *   <tr><td>{@link dev.pyheap.api.testkit.ArrayMemory}</td><td>(none: a byte array as the address space)</td></tr>
 *   <tr><td>{@link dev.pyheap.api.testkit.FakeHeap}</td><td>objects with CPython's GC header and refcount,
 *       and {@code ob_type} replaced by a slot count</td></tr>
 * </table>
 */
package dev.pyheap.api.testkit;
