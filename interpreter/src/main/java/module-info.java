/**
 * The Python 3.11 front end: source text to a checked, optimized AST with CPython's positions and
 * error messages ({@link dev.pyheap.interpreter.parser.PythonParser}), the AST
 * ({@link dev.pyheap.interpreter.ast}), and the compiler ({@link dev.pyheap.interpreter.compiler}):
 * symbol table, AST optimizer, and the bytecode compiler, which makes CPython 3.11's code objects
 * ({@link dev.pyheap.interpreter.compiler.Code}) with their exception and location tables.
 */
module dev.pyheap.interpreter {
    requires transitive dev.pyheap.runtime;
    requires org.tukaani.xz;
    // time.process_time and time.thread_time: the process's and the thread's CPU time
    requires jdk.management;

    exports dev.pyheap.interpreter.ast;
    exports dev.pyheap.interpreter.parser;
    exports dev.pyheap.interpreter.compiler;
    exports dev.pyheap.interpreter.eval;
    exports dev.pyheap.interpreter.builtins;
    exports dev.pyheap.interpreter.run;
}
