/**
 * CPython's debug hooks on the memory allocators ({@code PYTHONMALLOC=pymalloc_debug},
 * {@code malloc_debug}, {@code debug}), wrapping a base allocator on checked memory, plus a
 * quarantine of freed blocks beyond CPython.
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code DebugAllocator}</td>
 *       <td>{@code Objects/obmalloc.c}: {@code _PyMem_DebugRawAlloc}, {@code _PyMem_DebugRawFree},
 *       {@code _PyMem_DebugRawRealloc}, {@code _PyMem_DebugCheckAddress}, {@code _PyMem_DebugCheckGIL}</td></tr>
 *   <tr><td>{@code DebugReport}</td><td>{@code _PyObject_DebugDumpAddress}, {@code _PyMem_DumpTraceback}'s lines</td></tr>
 *   <tr><td>{@code DebugBlock}</td><td>the header CPython writes before each block (size, API id), kept on the Java side too</td></tr>
 *   <tr><td>{@code DebugOptions}</td><td>{@code PYMEM_DEBUG_SERIALNO} and the quarantine's size (none in CPython)</td></tr>
 *   <tr><td>{@code DebugMemory}, {@code Quarantine}</td><td>none: use-after-free detection in the spirit of AddressSanitizer</td></tr>
 * </table>
 */
package dev.pyheap.allocator.impl.debug;
