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
            Code code = Compiler.compile(optimized, symtable, future, filename, optimize, warnings);
            return new Analysis(optimized, future, symtable, code);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    /**
     * {@code compile(source, filename, mode)} from a parsed tree of any mode: a module ('exec'), an
     * expression ('eval') or interactive statements ('single'; only a module has future statements).
     */
    public static Code compile(Mod parsed, String filename, int optimize, List<CompileWarning> warnings) {
        try {
            return switch (parsed) {
                case Mod.Module m -> of(m, filename, optimize, warnings).code();
                case Mod.Expression e -> {
                    Mod.Expression optimized = AstOptimizer.optimize(e, optimize, false);
                    yield Compiler.compile(optimized, Symtable.build(optimized, filename, false), Future.NONE, filename,
                            optimize, warnings);
                }
                case Mod.Interactive i -> {
                    Future future = Future.of(i, filename);
                    Mod.Interactive optimized = AstOptimizer.optimize(i, optimize, future.annotations());
                    yield Compiler.compile(optimized, Symtable.build(optimized, filename, future.annotations()), future,
                            filename, optimize, warnings);
                }
                case Mod.FunctionType f -> throw new IllegalArgumentException("a function type is not compiled");
            };
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static NestingTooDeepError tooDeep() {
        return new NestingTooDeepError("RecursionError", "maximum recursion depth exceeded during compilation");
    }
}
