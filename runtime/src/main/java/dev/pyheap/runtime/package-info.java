/**
 * The embedding API: a heap an embedder opens, attaches threads to and works on through handles.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.PyHeap}</td><td>{@code Python/pylifecycle.c} (an interpreter, {@code Py_NewInterpreter} / {@code Py_EndInterpreter})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.PyThreadState}, {@link dev.pyheap.runtime.GilScope}</td><td>{@code Include/cpython/pystate.h}, {@code Python/ceval_gil.c} ({@code PyEval_AcquireThread})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.PyFrame}</td><td>{@code Include/cpython/frameobject.h} ({@code PyFrameObject})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.Handle}</td><td>a C extension's owned reference ({@code PyObject *} it must {@code Py_DECREF})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.CApi}</td><td>{@code Include/object.h}, {@code Include/listobject.h}, ... (the C API on addresses)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.PyException}</td><td>{@code Python/errors.c} (a raised exception: type and message)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.PySys}</td><td>{@code Python/sysmodule.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.PyGc}, {@link dev.pyheap.runtime.GcCallback}</td><td>{@code Modules/gcmodule.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.UnraisableHook}</td><td>{@code Python/errors.c} ({@code sys.unraisablehook})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.Finalizer}, {@link dev.pyheap.runtime.WeakrefCallback}</td><td>{@code __del__}, a {@code weakref.ref} callback</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.HeapMetrics}, {@link dev.pyheap.runtime.CollectorMetrics}</td><td>(ours: read-only figures, as Netty's allocator metrics)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.SanityReport}</td><td>(ours: what the sanity checker found)</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.RootKind}</td><td>(ours: who holds a root reference)</td></tr>
 * </table>
 * Everything else of the module is its implementation, in packages it does not export: {@code objects}
 * ({@code Objects/}), {@code state} ({@code Python/pystate.c}), {@code gc} (the runtime's half of
 * {@code Modules/gcmodule.c}), {@code modules} ({@code Modules/}), {@code sanity}, {@code inject}.
 */
package dev.pyheap.runtime;
