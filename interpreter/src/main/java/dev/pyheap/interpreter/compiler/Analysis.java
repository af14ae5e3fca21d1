package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.NestingTooDeepError;
import java.util.List;

/**
 * A module compiled in Python/compile.c's order: the future statements (future.c), the optimized
 * AST (ast_opt.c), the symbol table (symtable.c), then the code generator and assembler
 * ({@link Compiler}), which make the module's {@link Code}. Any stage may throw the SyntaxError
 * CPython raises at that stage; a tree too deep for the stack throws {@link NestingTooDeepError}
 * (CPython's RecursionError).
 */
public record Analysis(Mod.Module module, Future future, Symtable symtable, Code code) {

    /** The analysis of a parsed module; {@code optimize} is the -O level (0 as plain {@code python3}). */
    public static Analysis of(Mod.Module parsed, String filename, int optimize) {
        return of(parsed, filename, optimize, null);
    }

    /** The same, adding the compiler's SyntaxWarnings to {@code warnings} (null: none kept). */
    public static Analysis of(Mod.Module parsed, String filename, int optimize, List<CompileWarning> warnings) {
        Future future = Future.fromModule(parsed, filename);
        try {
            Mod.Module optimized = AstOptimizer.optimize(parsed, optimize, future.annotations());
            Symtable symtable = Symtable.build(optimized, filename, future.annotations());
            Code code = Compiler.compileModule(optimized, symtable, future, filename, optimize, warnings);
            return new Analysis(optimized, future, symtable, code);
        } catch (StackOverflowError e) {
            throw new NestingTooDeepError("RecursionError", "maximum recursion depth exceeded during compilation");
        }
    }
}
