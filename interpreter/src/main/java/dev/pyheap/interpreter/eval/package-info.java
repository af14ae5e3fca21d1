/**
 * {@code Python/ceval.c} and the parts of the core it needs: the evaluation loop over CPython 3.11's
 * bytecode, frames in heap memory on per-thread data stacks, calls, exception unwinding through
 * the exception table, generators, and the materialisation of compiled code into heap code objects.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.interpreter.eval.Interpreter}</td><td>{@code Python/ceval.c} ({@code PyEval_EvalCode}, {@code _PyEval_Vector}, {@code _PyFunction_Vectorcall}), {@code Objects/genobject.c} ({@code gen_send_ex})</td></tr>
 *   <tr><td>{@code Ceval}</td><td>{@code Python/ceval.c} ({@code _PyEval_EvalFrameDefault}, {@code do_raise}, {@code exception_unwind}), {@code Python/traceback.c} ({@code PyTraceBack_Here})</td></tr>
 *   <tr><td>{@code Tracing}</td><td>{@code Python/ceval.c} ({@code call_trace}, {@code maybe_call_line_trace}, {@code call_exc_trace}, {@code C_TRACE}, {@code _PyEval_SetProfile} with a C profile function), {@code Python/sysmodule.c} ({@code trace_trampoline}, {@code profile_trampoline}), {@code Objects/frameobject.c} ({@code frame_setlineno}, {@code mark_stacks})</td></tr>
 *   <tr><td>{@code Arguments}</td><td>{@code Python/ceval.c} ({@code initialize_locals} and its TypeErrors)</td></tr>
 *   <tr><td>{@code Frame}</td><td>{@code Include/internal/pycore_frame.h}, {@code Python/frame.c} ({@code _PyInterpreterFrame}, {@code _PyFrame_Clear})</td></tr>
 *   <tr><td>{@code DataStack}</td><td>{@code Python/pystate.c} ({@code _PyThreadState_BumpFramePointer}, {@code datastack_chunk})</td></tr>
 *   <tr><td>{@code EvalThread}</td><td>{@code Include/cpython/pystate.h} ({@code cframe}, {@code exc_info})</td></tr>
 *   <tr><td>{@code CodeInfo}</td><td>{@code Objects/codeobject.c} ({@code co_extra}, {@code PyCode_Addr2Line}, {@code _PyCode_InitAddressRange})</td></tr>
 *   <tr><td>{@code InlineCache}</td><td>{@code Include/internal/pycore_code.h} ({@code _PyLoadGlobalCache}, {@code _PyAttrCache}, {@code _PyLoadMethodCache}), {@code Python/specialize.c}</td></tr>
 *   <tr><td>{@code Materializer}</td><td>{@code Objects/codeobject.c} ({@code _PyCode_New}), {@code Python/compile.c} ({@code merge_consts_recursive}), {@code Parser/pegen.c}'s arena</td></tr>
 *   <tr><td>{@code ObjectOps}, {@code MethodDefs}</td><td>{@code Objects/abstract.c}, {@code Objects/call.c} as the loop calls them</td></tr>
 * </table>
 */
package dev.pyheap.interpreter.eval;
