/**
 * Python/compile.c's front half: what the compiler computes and checks before it emits bytecode.
 * {@link dev.pyheap.interpreter.compiler.Analysis} runs the stages in CPython's order.
 *
 * <table>
 * <caption>Classes and the CPython files they stand for</caption>
 * <tr><th>class</th><th>CPython</th></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Analysis}</td><td>Python/compile.c's _PyAST_Compile,
 *     up to code generation</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Future}</td><td>Python/future.c</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.AstOptimizer}, {@code ConstantOps}</td>
 *     <td>Python/ast_opt.c (with the number, str, bytes and tuple operators of Objects/)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Symtable}, {@link dev.pyheap.interpreter.compiler.SymtableEntry},
 *     {@link dev.pyheap.interpreter.compiler.Symbol}, {@link dev.pyheap.interpreter.compiler.Scope}</td>
 *     <td>Python/symtable.c, Include/internal/pycore_symtable.h (and Lib/symtable.py's view of a symbol)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.CompilerChecks}</td><td>the SyntaxErrors of
 *     Python/compile.c (compiler_error and forbidden_name call sites)</td></tr>
 * </table>
 */
package dev.pyheap.interpreter.compiler;
