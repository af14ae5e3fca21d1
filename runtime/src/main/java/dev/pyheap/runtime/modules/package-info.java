/**
 * {@code Modules/}: the Python-level modules of a heap, each checking the GIL and turning the lower
 * layers' answers into CPython's values and errors.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.modules.GcModule}</td><td>{@code Modules/gcmodule.c} (the {@code gc} module's functions)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.modules.SysModule}</td><td>{@code Python/sysmodule.c} ({@code getrefcount}, {@code getsizeof}, {@code _debugmallocstats}, ...)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.modules.TracemallocModule}, {@code TraceTable}, {@code TraceSite}</td><td>{@code Modules/_tracemalloc.c}</td></tr>
 *   <tr><td>{@code LibraryFrames}</td><td>(ours: which Java frames are the library's, as C frames never show in a Python traceback)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.modules.ObjGraphModule}, {@code ReferenceGraph}</td><td>objgraph's {@code objgraph.py} (not CPython's: a third-party module)</td></tr>
 * </table>
 */
package dev.pyheap.runtime.modules;
