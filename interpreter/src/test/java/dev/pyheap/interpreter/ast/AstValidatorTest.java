package dev.pyheap.interpreter.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Python/ast.c's validation. Each hand-built invalid tree gets the exception CPython 3.11.7 raises
 * for the same tree ({@code compile(ast.Module(body=[node], type_ignores=[]), 'prog.py', 'exec')}
 * after {@code ast.fix_missing_locations}, run by hand with python3), except that an invalid
 * constant is named by its Java class (CPython names its Python type); every tree the parser makes
 * from the corpus passes.
 */
class AstValidatorTest {
    private static final Expr.Constant ONE = new Expr.Constant(1L, null, 1, 0, 1, 1);
    private static final Arguments NO_ARGS = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    private static Expr.Name name(String id, ExprContext ctx) {
        return new Expr.Name(id, ctx, 1, 0, 1, 1);
    }

    private static Stmt.Expr expr(Expr e) {
        return new Stmt.Expr(e, 1, 0, 1, 1);
    }

    private static void rejects(Stmt s, String type, String message) {
        InvalidAstException e = assertThrows(InvalidAstException.class,
                () -> AstValidator.validate(new Mod.Module(List.of(s), List.of())));
        assertEquals(type + ": " + message, e.pythonType() + ": " + e.getMessage());
    }

    @Test
    void contexts() {
        rejects(expr(name("x", ExprContext.Store)), "ValueError", "expression must have Load context but has Store instead");
        rejects(new Stmt.Assign(List.of(name("x", ExprContext.Load)), ONE, null, 1, 0, 1, 1), "ValueError",
                "expression must have Store context but has Load instead");
        rejects(expr(new Expr.Starred(name("x", ExprContext.Load), ExprContext.Store, 1, 0, 1, 1)), "ValueError",
                "expression must have Load context but has Store instead");
    }

    @Test
    void emptySequences() {
        rejects(new Stmt.Assign(List.of(), ONE, null, 1, 0, 1, 1), "ValueError", "empty targets on Assign");
        rejects(new Stmt.Delete(List.of(), 1, 0, 1, 1), "ValueError", "empty targets on Delete");
        rejects(new Stmt.FunctionDef("f", NO_ARGS, List.of(), List.of(), null, null, 1, 0, 1, 1), "ValueError",
                "empty body on FunctionDef");
        rejects(new Stmt.If(ONE, List.of(), List.of(), 1, 0, 1, 1), "ValueError", "empty body on If");
        rejects(new Stmt.Global(List.of(), 1, 0, 1, 1), "ValueError", "empty names on Global");
        rejects(expr(new Expr.ListComp(ONE, List.of(), 1, 0, 1, 1)), "ValueError", "comprehension with no generators");
    }

    @Test
    void shapes() {
        rejects(expr(new Expr.BoolOp(Boolop.And, List.of(ONE), 1, 0, 1, 1)), "ValueError", "BoolOp with less than 2 values");
        rejects(expr(new Expr.Compare(ONE, List.of(), List.of(), 1, 0, 1, 1)), "ValueError", "Compare with no comparators");
        rejects(expr(new Expr.Dict(List.of(ONE), List.of(), 1, 0, 1, 1)), "ValueError",
                "Dict doesn't have the same number of keys as values");
        rejects(expr(new Expr.Lambda(new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of(ONE)),
                ONE, 1, 0, 1, 1)), "ValueError", "more positional defaults than args on arguments");
        rejects(new Stmt.Raise(null, ONE, 1, 0, 1, 1), "ValueError", "Raise with cause but no exception");
        rejects(new Stmt.Try(List.of(new Stmt.Pass(1, 0, 1, 1)), List.of(), List.of(), List.of(), 1, 0, 1, 1),
                "ValueError", "Try has neither except handlers nor finalbody");
        rejects(new Stmt.ImportFrom("x", List.of(new Alias("y", null, 1, 0, 1, 1)), -1, 1, 0, 1, 1), "ValueError",
                "Negative ImportFrom level");
    }

    @Test
    void namesAndConstants() {
        rejects(expr(name("None", ExprContext.Load)), "ValueError", "identifier field can't represent 'None' constant");
        rejects(expr(name("True", ExprContext.Store)), "ValueError", "identifier field can't represent 'True' constant");
        rejects(expr(new Expr.Constant(new java.util.ArrayList<Object>(), null, 1, 0, 1, 1)), "TypeError",
                "got an invalid type in Constant: ArrayList");
    }

    @TestFactory
    Stream<DynamicTest> parsedTreesAreValid() {
        return Cases.load("corpus").stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> AstValidator.validate(PythonParser.parseModule(c.source(), "prog.py"))));
    }
}
