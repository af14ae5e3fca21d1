/**
 * Python/compile.c and the passes before it: an AST to CPython 3.11's code objects, instruction for
 * instruction. {@link dev.pyheap.interpreter.compiler.Analysis} runs the stages in CPython's order
 * (future statements, AST optimizer, symbol table, code generator, assembler) and gives the
 * module's {@link dev.pyheap.interpreter.compiler.Code}; {@link dev.pyheap.interpreter.compiler.Disassembler}
 * prints a code object as Lib/dis.py does.
 *
 * <table>
 * <caption>Classes and the CPython files they stand for</caption>
 * <tr><th>class</th><th>CPython</th></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Analysis}</td><td>Python/compile.c's _PyAST_Compile</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Future}</td><td>Python/future.c</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.AstOptimizer}, {@code ConstantOps}</td>
 *     <td>Python/ast_opt.c (with the number, str, bytes and tuple operators of Objects/)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Symtable}, {@link dev.pyheap.interpreter.compiler.SymtableEntry},
 *     {@link dev.pyheap.interpreter.compiler.Symbol}, {@link dev.pyheap.interpreter.compiler.Scope}</td>
 *     <td>Python/symtable.c, Include/internal/pycore_symtable.h (and Lib/symtable.py's view of a symbol)</td></tr>
 * <tr><td>{@code Compiler}</td><td>Python/compile.c's code generator (compiler_* visitors, frame blocks,
 *     pattern matching) and its SyntaxErrors and SyntaxWarnings</td></tr>
 * <tr><td>{@code Instr}, {@code BasicBlock}</td><td>compile.c's struct instr, basicblock, ExceptStack</td></tr>
 * <tr><td>{@code FlowGraph}</td><td>compile.c's flow-graph passes: optimize_cfg, optimize_basic_block,
 *     swaptimize, apply_static_swaps, extend_block, clean_basic_block, duplicate_exits_without_lineno,
 *     propagate_line_numbers</td></tr>
 * <tr><td>{@code Assembler}</td><td>compile.c's assemble(): stackdepth, label_exception_targets, the
 *     exception table (Objects/exception_handling_notes.txt), the location table (Objects/locations.md),
 *     jump offsets, makecode</td></tr>
 * <tr><td>{@code ConstantCache}</td><td>compile.c's c_const_cache (merge_consts_recursive,
 *     merge_const_one) keyed as Objects/codeobject.c's _PyCode_ConstantKey</td></tr>
 * <tr><td>{@code Unparser}</td><td>Python/ast_unparse.c (annotations under
 *     {@code from __future__ import annotations})</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Code}</td><td>Objects/codeobject.c's PyCodeObject
 *     (the fields of _PyCodeConstructor)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.CodeMarshal}</td><td>Python/marshal.c (a code object as
 *     bytes, shared objects as references) and the .pyc header, in a format of our own</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Opcode}</td><td>Lib/opcode.py, Include/opcode.h,
 *     Include/internal/pycore_opcode.h, compile.c's pseudo-instructions and stack_effect</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.compiler.Disassembler}</td><td>Lib/dis.py (dis, co_lines,
 *     co_positions, _parse_exception_table); Objects/setobject.c's iteration order for int frozensets</td></tr>
 * </table>
 */
package dev.pyheap.interpreter.compiler;
