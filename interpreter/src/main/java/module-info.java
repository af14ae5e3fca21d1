/**
 * The Python 3.11 front end. Today its first stage: source text to a checked, optimized AST with
 * CPython's positions and error messages ({@link dev.pyheap.interpreter.parser.PythonParser}), the AST
 * ({@link dev.pyheap.interpreter.ast}) and the compiler's first passes: the symbol table and the AST
 * optimizer ({@link dev.pyheap.interpreter.compiler}).
 */
module dev.pyheap.interpreter {
    exports dev.pyheap.interpreter.ast;
    exports dev.pyheap.interpreter.parser;
    exports dev.pyheap.interpreter.compiler;
}
