/**
 * How one heap is made: the Dagger component and module wiring the layers bottom up from the
 * configuration and the allocator and collector providers chosen by name.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.inject.HeapComponent}, {@code HeapModule}</td><td>{@code Python/pylifecycle.c} ({@code pyinit_core}: the types, the GIL, the gc state, the modules, in that order)</td></tr>
 * </table>
 */
package dev.pyheap.runtime.inject;
