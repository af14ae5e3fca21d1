/**
 * The Python 3.11 AST as Parser/Python.asdl defines it: sum types as sealed interfaces
 * ({@link dev.pyheap.interpreter.ast.Mod}, {@link dev.pyheap.interpreter.ast.Stmt},
 * {@link dev.pyheap.interpreter.ast.Expr}, {@link dev.pyheap.interpreter.ast.Pattern}) of records,
 * product types as records, with CPython's field names and the four position attributes
 * ({@link dev.pyheap.interpreter.ast.Located}). Nodes are immutable; an optional field that is None
 * is null. Constant values are Java values that later become heap objects: {@link
 * dev.pyheap.interpreter.ast.PySingleton} (None, Ellipsis), Boolean, Long or BigInteger (int), Double,
 * {@link dev.pyheap.interpreter.ast.Complex}, String (str), byte[] (bytes), and the optimizer's
 * {@link dev.pyheap.interpreter.ast.ConstantTuple} and {@link dev.pyheap.interpreter.ast.ConstantFrozenset}.
 *
 * <table>
 * <caption>Classes and the CPython files they stand for</caption>
 * <tr><th>class</th><th>CPython</th></tr>
 * <tr><td>{@code Mod}, {@code Stmt}, {@code Expr}, {@code Pattern}, {@code Arguments}, {@code Arg},
 *     {@code Keyword}, {@code Alias}, {@code WithItem}, {@code MatchCase}, {@code Comprehension},
 *     {@code ExceptHandler}, {@code TypeIgnore}, {@code ExprContext}, {@code Boolop}, {@code Operator},
 *     {@code Unaryop}, {@code Cmpop}</td><td>Parser/Python.asdl, Include/internal/pycore_ast.h,
 *     Python/Python-ast.c</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.ast.AstDump}</td><td>Lib/ast.py's dump()</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.ast.AstValidator}, {@link dev.pyheap.interpreter.ast.InvalidAstException}</td>
 *     <td>Python/ast.c (_PyAST_Validate)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.ast.ConstantRepr}</td><td>the repr() of Objects/longobject.c,
 *     floatobject.c (Python/dtoa.c's shortest digits), complexobject.c, unicodeobject.c,
 *     bytesobject.c, tupleobject.c, setobject.c; str.isprintable of Objects/unicodectype.c
 *     (Unicode 14.0, as Python 3.11)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.ast.PySingleton}, {@link dev.pyheap.interpreter.ast.Complex},
 *     {@link dev.pyheap.interpreter.ast.ConstantTuple}, {@link dev.pyheap.interpreter.ast.ConstantFrozenset}</td>
 *     <td>the constant objects Py_None, Py_Ellipsis, complex, tuple, frozenset</td></tr>
 * </table>
 */
package dev.pyheap.interpreter.ast;
