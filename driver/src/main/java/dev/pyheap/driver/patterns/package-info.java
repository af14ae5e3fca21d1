/**
 * The allocator patterns of the C anchors (free32, lifo, shuffle, churn), shared by
 * {@code pyheap stats} and the benchmarks so that both allocate the very sizes in the very order
 * of the C program; and the splitmix64 generator every seeded choice of the driver uses. The
 * bottom of the module: it depends on the api alone (an allocator and its memory), not on the
 * runtime.
 *
 * <table>
 *   <caption>Classes and the CPython code they exercise</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code AllocatorPattern}</td><td>{@code Objects/obmalloc.c}'s
 *       {@code _PyObject_Malloc} / {@code _PyObject_Free} driven as the C anchor drives
 *       them</td></tr>
 *   <tr><td>{@code Batch}, {@code Churn}</td><td>the anchor's lifo/shuffle batches and its
 *       steady-state churn</td></tr>
 *   <tr><td>{@code SplitMix64}</td><td>none: the C anchors' generator, so sizes and orders
 *       match</td></tr>
 * </table>
 */
package dev.pyheap.driver.patterns;
