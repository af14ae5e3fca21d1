/**
 * What the modules' tests share over real heaps (test scope only; MMTk's {@code util/test_util}):
 * the fixture that opens a heap with a named collector and the contract every collector keeps,
 * which each gc module extends in its own tests. The fake heap for tests without the runtime
 * ({@code dev.pyheap.api.testkit}: {@code ArrayMemory}, {@code FakeHeap}) is the api's test-jar,
 * which this module passes on.
 *
 * <table>
 *   <tr><th>class</th><th>CPython 3.11</th></tr>
 *   <tr><td>{@link dev.pyheap.testkit.HeapFixture}</td><td>(none: test support)</td></tr>
 *   <tr><td>{@link dev.pyheap.testkit.CollectorContractTest}</td><td>in the spirit of Lib/test/test_gc.py,
 *       over seeded random programs</td></tr>
 * </table>
 *
 * <p>The runtime's own tests cannot use this module (it needs the runtime): they open heaps with
 * a collector of their own, {@code dev.pyheap.runtime.TestCollector}, in the runtime's test sources.
 */
package dev.pyheap.testkit;
