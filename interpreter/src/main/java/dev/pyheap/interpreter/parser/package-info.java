/**
 * Parser/: Python 3.11 source text to an AST, with CPython's positions and SyntaxErrors.
 *
 * <table>
 * <caption>Classes and the CPython files they stand for</caption>
 * <tr><th>class</th><th>CPython</th></tr>
 * <tr><td>{@link dev.pyheap.interpreter.parser.PythonParser}</td><td>Parser/peg_api.c (entry points),
 *     Parser/tokenizer.c's decoding of the source (BOM, PEP 263 coding cookie)</td></tr>
 * <tr><td>{@code Tokenizer}, {@code Token}</td><td>Parser/tokenizer.c, Include/token.h, Parser/token.c</td></tr>
 * <tr><td>{@code Parser}</td><td>Grammar/python.gram (and the Parser/parser.c generated from it),
 *     Parser/pegen.c, Parser/pegen_errors.c, Parser/action_helpers.c</td></tr>
 * <tr><td>{@code StringParser}</td><td>Parser/string_parser.c (literals, escapes, f-strings)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.parser.PythonSyntaxError}</td><td>Objects/exceptions.c's
 *     SyntaxError, IndentationError, TabError</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.parser.CompileWarning}</td><td>the PyErr_WarnExplicitObject calls
 *     of Parser/tokenizer.c (parser_warn), Parser/string_parser.c (warn_invalid_escape_sequence) and
 *     Python/compile.c (compiler_warn)</td></tr>
 * <tr><td>{@link dev.pyheap.interpreter.parser.NestingTooDeepError}</td><td>Parser/pegen.c's MAXSTACK
 *     MemoryError, Python/symtable.c's and ast_opt.c's "maximum recursion depth exceeded during
 *     compilation"</td></tr>
 * </table>
 *
 * <p>Why a hand-written parser and not a parser generator library: what must come out is CPython's
 * exact AST positions (UTF-8 byte columns, the f-string quirks of 3.11) and CPython's exact error
 * messages and locations. Those are defined by pegen's behaviour: a PEG with ordered choice,
 * memoization, a second pass with the {@code invalid_*} rules, tokens read lazily so that tokenizer
 * errors surface where CPython's do. Writing python.gram's rules as methods reproduces that behaviour
 * rule for rule; a generator with its own algorithm (LL, LR, GLR) would parse the same language but
 * fail differently.
 */
package dev.pyheap.interpreter.parser;
