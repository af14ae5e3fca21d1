/**
 * {@code Python/pystate.c}: the interpreter state and the thread states attached to it, their
 * frames and recursion depth, the check point, the embedders' handles and the globals, the roots
 * all of these make, and the embedding API's object operations and C-API view on a thread state.
 * It uses the objects below it and reaches the gc layer above only through the
 * {@link dev.pyheap.runtime.state.CollectionHook} it declares.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.state.InterpreterState}</td><td>{@code Python/pystate.c}, {@code Include/internal/pycore_interp.h} ({@code PyInterpreterState})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.state.ThreadState}</td><td>{@code Python/pystate.c} ({@code PyThreadState}), {@code Python/ceval_gil.c} (taking the GIL), {@code Python/ceval.c} (the eval breaker)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.state.HandleApi}</td><td>the C API a thread calls on owned references ({@code Objects/abstract.c}'s callers)</td></tr>
 *   <tr><td>{@code CApiImpl}</td><td>{@code Include/object.h}, {@code Include/listobject.h} (the C API on addresses)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.state.FrameImpl}, {@link dev.pyheap.runtime.state.ModuleFrame}</td><td>{@code Include/internal/pycore_frame.h} ({@code _PyInterpreterFrame}: fast locals; a module's frame)</td></tr>
 *   <tr><td>{@code HandleImpl}</td><td>(ours: an owned reference of an embedder)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.state.CollectionHook}</td><td>{@code _Py_RunGC} as {@code Python/ceval.c} calls it; {@code gcstate->collecting}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.state.Metrics}</td><td>(ours: {@link dev.pyheap.runtime.HeapMetrics})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.state.LongIntMap}</td><td>{@code Python/hashtable.c} ({@code _Py_hashtable}, as tracemalloc uses it)</td></tr>
 * </table>
 */
package dev.pyheap.runtime.state;
