/**
 * The sanity checker: proves the invariants of ARCHITECTURE §8 over a whole heap, beside the gc
 * layer (it reads the collector lists the binding keeps) and above the state and objects it
 * checks. Safe on a damaged heap on native memory: it never reads an address it has not found in
 * the allocator's maps.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.sanity.SanityChecker}</td><td>(ours; in the spirit of {@code Objects/obmalloc.c}'s {@code _PyObject_DebugMallocStats} checks
 *       and {@code Modules/gcmodule.c}'s {@code validate_list}, over the whole heap)</td></tr>
 * </table>
 */
package dev.pyheap.runtime.sanity;
