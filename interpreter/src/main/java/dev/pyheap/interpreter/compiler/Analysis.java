package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.NestingTooDeepError;
import java.util.List;
import java.util.function.Supplier;

/**
 * A module compiled in Python/compile.c's order: the future statements (future.c), the optimized
 * AST (ast_opt.c), the symbol table (symtable.c), then the code generator and assembler
 * ({@link Compiler}), which make the module's {@link Code}. Any stage may throw the SyntaxError
 * CPython raises at that stage; a tree too deep for the stack throws {@link NestingTooDeepError}
 * (CPython's RecursionError).
 *
 * <p>The passes recurse once per nesting level, as CPython's do, and CPython accepts 3,000 levels
 * of statements and expressions: more than a thread's default Java stack holds. A compilation that
 * overflows the caller's stack is done again on a thread with a {@value #DEEP_STACK_BYTES}-byte
 * stack; only a tree too deep for that too is an error.
 */
public record Analysis(Mod.Module module, Future future, Symtable symtable, Code code) {
    /** The stack of the thread a too-deep compilation is retried on: CPython's deepest nesting fits. */
    static final long DEEP_STACK_BYTES = 256L << 20;

    /** The analysis of a parsed module; {@code optimize} is the -O level (0 as plain {@code python3}). */
    public static Analysis of(Mod.Module parsed, String filename, int optimize) {
        return of(parsed, filename, optimize, null);
    }

    /** The same, adding the compiler's SyntaxWarnings to {@code warnings} (null: none kept). */
    public static Analysis of(Mod.Module parsed, String filename, int optimize, List<CompileWarning> warnings) {
        return of(parsed, filename, optimize, 0, warnings);
    }

    /** The same with the future features of {@code futureFlags} ({@code CO_FUTURE_*}: given to compile() or inherited) on. */
    public static Analysis of(Mod.Module parsed, String filename, int optimize, int futureFlags,
            List<CompileWarning> warnings) {
        return deep(warnings, () -> {
            Future future = Future.fromModule(parsed, filename).with(futureFlags);
            Mod.Module optimized = AstOptimizer.optimize(parsed, optimize, future.annotations());
            Symtable symtable = Symtable.build(optimized, filename, future.annotations());
            Code code = Compiler.compile(optimized, symtable, future, filename, optimize, warnings);
            return new Analysis(optimized, future, symtable, code);
        });
    }

    /**
     * {@code compile(source, filename, mode)} from a parsed tree of any mode: a module ('exec'), an
     * expression ('eval') or interactive statements ('single'; only a module has future statements).
     */
    public static Code compile(Mod parsed, String filename, int optimize, List<CompileWarning> warnings) {
        return compile(parsed, filename, optimize, 0, warnings);
    }

    /** The same with the future features of {@code futureFlags} on, as compile(), exec() and eval() pass them. */
    public static Code compile(Mod parsed, String filename, int optimize, int futureFlags,
            List<CompileWarning> warnings) {
        if (parsed instanceof Mod.Module m) {
            return of(m, filename, optimize, futureFlags, warnings).code();
        }
        return deep(warnings, () -> switch (parsed) {
            case Mod.Expression e -> {
                Future future = Future.NONE.with(futureFlags);
                Mod.Expression optimized = AstOptimizer.optimize(e, optimize, future.annotations());
                yield Compiler.compile(optimized, Symtable.build(optimized, filename, future.annotations()), future,
                        filename, optimize, warnings);
            }
            case Mod.Interactive i -> {
                Future future = Future.of(i, filename).with(futureFlags);
                Mod.Interactive optimized = AstOptimizer.optimize(i, optimize, future.annotations());
                yield Compiler.compile(optimized, Symtable.build(optimized, filename, future.annotations()), future,
                        filename, optimize, warnings);
            }
            default -> throw new IllegalArgumentException("a " + parsed.getClass().getSimpleName() + " is not compiled");
        });
    }

    /** Runs {@code work}; if it overflows this thread's stack, again on a deep one (the warnings of the first try dropped). */
    private static <T> T deep(List<CompileWarning> warnings, Supplier<T> work) {
        int warned = warnings == null ? 0 : warnings.size();
        try {
            return work.get();
        } catch (StackOverflowError e) {
            if (warnings != null) {
                warnings.subList(warned, warnings.size()).clear();
            }
        }
        Object[] outcome = new Object[1];
        Thread t = Thread.ofPlatform().name("pyheap-compile").stackSize(DEEP_STACK_BYTES).unstarted(() -> {
            try {
                outcome[0] = work.get();
            } catch (StackOverflowError e) {
                outcome[0] = new NestingTooDeepError("RecursionError", "maximum recursion depth exceeded during compilation");
            } catch (RuntimeException | Error e) {
                outcome[0] = e;
            }
        });
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (outcome[0] instanceof RuntimeException e) {
            throw e;
        }
        if (outcome[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }
}
