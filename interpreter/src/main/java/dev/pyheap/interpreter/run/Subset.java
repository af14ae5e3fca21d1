package dev.pyheap.interpreter.run;

import dev.pyheap.interpreter.ast.ExceptHandler;
import dev.pyheap.interpreter.ast.MatchCase;
import dev.pyheap.interpreter.ast.Stmt;

import java.util.List;

/**
 * The language outside what pyheap runs: a program using it is refused before it runs, with one
 * line naming the construct and where it starts ({@code prog.py:3:1: 'except*' is not supported}).
 */
final class Subset {
    private Subset() {
    }

    /** The first unsupported construct as {@code line:column: 'what' is not supported}, or null. */
    static String check(List<Stmt> body) {
        for (Stmt s : body) {
            String found = switch (s) {
                case Stmt.AsyncFunctionDef f -> check(f.body());
                case Stmt.AsyncFor f -> first(check(f.body()), check(f.orelse()));
                case Stmt.AsyncWith w -> check(w.body());
                case Stmt.Match m -> bodies(m.cases(), MatchCase::body);
                case Stmt.TryStar t -> at(t.lineno(), t.col_offset(), "except*");
                case Stmt.FunctionDef f -> check(f.body());
                case Stmt.ClassDef c -> check(c.body());
                case Stmt.For f -> first(check(f.body()), check(f.orelse()));
                case Stmt.While w -> first(check(w.body()), check(w.orelse()));
                case Stmt.If i -> first(check(i.body()), check(i.orelse()));
                case Stmt.With w -> check(w.body());
                case Stmt.Try t -> first(first(check(t.body()), bodies(t.handlers(), ExceptHandler::body)),
                        first(check(t.orelse()), check(t.finalbody())));
                default -> null;
            };
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The first refusal in the bodies of an except clause's handlers or a match statement's cases. */
    private static <T> String bodies(List<T> parts, java.util.function.Function<T, List<Stmt>> body) {
        for (T part : parts) {
            String f = check(body.apply(part));
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String at(int line, int col, String what) {
        return line + ":" + (col + 1) + ": '" + what + "' is not supported";
    }
}
