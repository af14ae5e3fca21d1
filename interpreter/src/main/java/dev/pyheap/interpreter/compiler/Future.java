package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Alias;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.util.List;
import java.util.Set;

/**
 * Python/future.c: the {@code from __future__ import ...} statements at the top of a module (after
 * the docstring). Only {@code annotations} changes anything in 3.11 (and {@code barry_as_FLUFL},
 * which is not supported); the others are accepted and ignored. {@code lineno} is the last future
 * statement's line (0 if none): the compiler rejects later ones. {@code givenFlags} are the
 * {@code CO_FUTURE_*} bits compile() was given or the compilation inherited from its caller: as
 * CPython's {@code cf_flags}, they all show in the code objects' co_flags, even those of the
 * features a statement would leave out.
 */
public record Future(boolean annotations, boolean barryAsFlufl, int lineno, int givenFlags) {
    private static final Set<String> IGNORED = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "generator_stop");

    /** The co_flags bits of the features a compilation can inherit or be given ({@code PyCF_MASK}). */
    public static final int CO_FUTURE_DIVISION = 0x20000, CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
            CO_FUTURE_WITH_STATEMENT = 0x80000, CO_FUTURE_PRINT_FUNCTION = 0x100000,
            CO_FUTURE_UNICODE_LITERALS = 0x200000, CO_FUTURE_BARRY_AS_BDFL = 0x400000,
            CO_FUTURE_GENERATOR_STOP = 0x800000, CO_FUTURE_ANNOTATIONS = 0x1000000;
    public static final int CO_FUTURE_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
            | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
            | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;

    /** These futures with the features of {@code flags} ({@code cf_flags}: given to compile() or inherited) added. */
    public Future with(int flags) {
        boolean a = annotations || (flags & CO_FUTURE_ANNOTATIONS) != 0;
        boolean b = barryAsFlufl || (flags & CO_FUTURE_BARRY_AS_BDFL) != 0;
        int given = givenFlags | (flags & CO_FUTURE_MASK);
        return a == annotations && b == barryAsFlufl && given == givenFlags ? this : new Future(a, b, lineno, given);
    }

    /** No future statements (a module without them, or an expression or interactive statement). */
    public static final Future NONE = new Future(false, false, 0, 0);

    /** future_parse. */
    public static Future fromModule(Mod.Module mod, String filename) {
        return fromBody(mod.body(), filename);
    }

    /** future_parse of any tree: a module's or interactive statements' futures; none for an expression. */
    public static Future of(Mod mod, String filename) {
        return switch (mod) {
            case Mod.Module m -> fromBody(m.body(), filename);
            case Mod.Interactive i -> fromBody(i.body(), filename);
            default -> NONE;
        };
    }

    private static Future fromBody(List<Stmt> body, String filename) {
        boolean annotations = false;
        boolean barry = false;
        int lineno = 0;
        boolean done = false;
        int prevLine = 0;
        int i = docString(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno() > prevLine) {
                break;
            }
            prevLine = s.lineno();
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                            "from __future__ imports must occur at the beginning of the file", filename, s.lineno(),
                            s.col_offset(), s.lineno(), PythonSyntaxError.NONE, null);
                }
                for (Alias a : f.names()) {
                    String feature = a.name();
                    if (IGNORED.contains(feature)) {
                        continue;
                    }
                    switch (feature) {
                        case "barry_as_FLUFL" -> barry = true;
                        case "annotations" -> annotations = true;
                        case "braces" -> throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "not a chance",
                                filename, s.lineno(), s.col_offset() + 1, s.lineno(), PythonSyntaxError.NONE, null);
                        default -> throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                                "future feature " + feature + " is not defined", filename, s.lineno(), s.col_offset() + 1,
                                s.lineno(), PythonSyntaxError.NONE, null);
                    }
                }
                lineno = s.lineno();
            } else {
                done = true;
            }
        }
        return new Future(annotations, barry, lineno, 0);
    }

    /** _PyAST_GetDocString: the first statement's string constant, if it is one. */
    static String docString(List<Stmt> body) {
        if (!body.isEmpty() && body.getFirst() instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }
}
