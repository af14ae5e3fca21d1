/**
 * The allocator providers ({@code pymalloc}, {@code malloc}, {@code pymalloc_debug},
 * {@code malloc_debug}, {@code debug}) and how each is assembled from the layers below, which are
 * this package's subpackages, one per layer of {@code Objects/obmalloc.c}'s diagram (drawn in full
 * in {@link dev.pyheap.allocator.impl.pool.Pymalloc}):
 *
 * <pre>
 *   +2  pool    pymalloc, the object allocator                      pool.Pymalloc
 *   +1  raw     PyMem_RawMalloc's rules over the system allocator    raw.RawAllocator, raw.Malloc
 *    0  memory  arenas (mmap) and raw blocks (malloc), or checked    memory.NativeSpace, memory.AddressSpace
 *   -1          the operating system's pages                         (the kernel, through memory.Os)
 *       debug   CPython's debug hooks around +2 or +1                debug.DebugAllocator
 * </pre>
 * Dependencies point down only: {@code impl -> debug, pool -> raw -> memory}; {@code debug} sees
 * only the api's {@code Allocator} it wraps.
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code AllocatorKind} and the {@code *Provider} classes</td>
 *       <td>{@code Objects/obmalloc.c}: {@code _PyMem_GetAllocatorName}, {@code _PyMem_SetupAllocators}
 *       (the {@code PYTHONMALLOC} names and what each installs)</td></tr>
 *   <tr><td>{@code BaseAllocators}</td>
 *       <td>the same: which base allocator, on which memory ({@code memory=native|checked}; the debug
 *       allocators imply checked)</td></tr>
 * </table>
 */
package dev.pyheap.allocator.impl;
