/**
 * Layer 0 and below: where a heap's memory comes from, and the one {@link dev.pyheap.api.Memory} that
 * reads and writes it. Two kinds, chosen by {@code memory=native|checked}:
 * <ul>
 *   <li><b>native</b> (the default): arenas mapped from the operating system with {@code mmap} and
 *       given back with {@code munmap} (the last 16 given back stay mapped for reuse), raw blocks from the C library's {@code malloc} family, all
 *       called through {@code java.lang.foreign}'s linker; every access one absolute address, so ids
 *       are real process addresses. Wild accesses are not caught (as in C).</li>
 *   <li><b>checked</b>: 1 MiB {@code byte[]} segments with small addresses of our own; every access is
 *       bounds-checked and a wild one is a {@link dev.pyheap.api.HeapCorruptionError} naming the
 *       address. The debug allocators run on it.</li>
 * </ul>
 * Both keep the maps of what they handed out (the arena map radix tree, the raw-block table), which
 * answer {@code address_in_range} and {@link dev.pyheap.api.Memory#isMapped(long, long)} without
 * touching memory.
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code MemorySource}</td>
 *       <td>{@code Objects/obmalloc.c}: {@code PyObjectArenaAllocator} ({@code _PyObject_Arena}) and the
 *       raw domain's {@code PyMemAllocatorEx} ({@code PYRAW_ALLOC})</td></tr>
 *   <tr><td>{@code NativeSpace}</td>
 *       <td>{@code _PyObject_ArenaMmap} / {@code _PyObject_ArenaMunmap}; {@code _PyMem_RawMalloc},
 *       {@code _PyMem_RawCalloc}, {@code _PyMem_RawRealloc}, {@code _PyMem_RawFree} (the C library
 *       underneath)</td></tr>
 *   <tr><td>{@code SourceMemory}</td><td>none: the class both kinds' memory extend, so that the pool
 *       allocator's accesses compile without a class check (see the class)</td></tr>
 *   <tr><td>{@code NativeMemory}</td><td>a C pointer dereference: {@code *(uint64_t *)p}</td></tr>
 *   <tr><td>{@code ArenaMap}</td>
 *       <td>{@code arena_map_get}, {@code arena_map_mark_used}, {@code arena_map_is_used}
 *       ({@code WITH_PYMALLOC_RADIX_TREE})</td></tr>
 *   <tr><td>{@code Os}</td><td>{@code <sys/mman.h>} and {@code <stdlib.h>}: the system calls and C library functions used</td></tr>
 *   <tr><td>{@code HeapLimit}</td><td>none: {@code heap.limit}, like a {@code ulimit -v} for one heap</td></tr>
 *   <tr><td>{@code AddressSpace}</td><td>none: the checked memory exists for misuse detection, beyond CPython</td></tr>
 * </table>
 */
package dev.pyheap.allocator.impl.memory;
