/**
 * Layer +2: pymalloc, the object allocator: size classes, pools and arenas. The class essay of
 * {@link dev.pyheap.allocator.impl.pool.Pymalloc} draws obmalloc.c's layer diagram with this
 * module's packages, the geometry, the tunables and the algorithm.
 *
 * <table>
 *   <caption>Classes and the CPython code they stand for</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@code Pymalloc}</td>
 *       <td>{@code Objects/obmalloc.c}: {@code pymalloc_alloc}, {@code pymalloc_free},
 *       {@code pymalloc_realloc}, {@code allocate_from_new_pool}, {@code insert_to_usedpool},
 *       {@code insert_to_freepool}, {@code new_arena}, {@code _PyObject_DebugMallocStats}</td></tr>
 *   <tr><td>{@code Pymalloc.Arena}</td><td>{@code struct arena_object}</td></tr>
 * </table>
 */
package dev.pyheap.allocator.impl.pool;
