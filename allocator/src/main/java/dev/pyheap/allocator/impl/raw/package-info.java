/**
 * Layer +1: the raw memory allocator, CPython's {@code PyMem_Raw*} rules over the memory source's
 * system allocator, and the {@code malloc} allocator that uses it for every request.
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code RawAllocator}</td>
 *       <td>{@code Objects/obmalloc.c}: {@code PyMem_RawMalloc}, {@code PyMem_RawCalloc},
 *       {@code PyMem_RawRealloc}, {@code PyMem_RawFree} and the {@code _PyMem_Raw*} functions behind them</td></tr>
 *   <tr><td>{@code Malloc}</td><td>{@code PYTHONMALLOC=malloc}: {@code MALLOC_ALLOC} in every domain</td></tr>
 *   <tr><td>{@code CallocSize}</td><td>{@code PyObject_Calloc}'s overflow check of {@code nelem * elsize}</td></tr>
 * </table>
 */
package dev.pyheap.allocator.impl.raw;
