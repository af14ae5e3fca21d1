package dev.pyheap.interpreter.ast;

import java.util.List;

/** CPython's stmt nodes (Python.asdl), with its field names. */
public sealed interface Stmt extends Located permits Stmt.FunctionDef, Stmt.AsyncFunctionDef, Stmt.ClassDef, Stmt.Return, Stmt.Delete, Stmt.Assign, Stmt.AugAssign, Stmt.AnnAssign, Stmt.For, Stmt.AsyncFor, Stmt.While, Stmt.If, Stmt.With, Stmt.AsyncWith, Stmt.Match, Stmt.Raise, Stmt.Try, Stmt.TryStar, Stmt.Assert, Stmt.Import, Stmt.ImportFrom, Stmt.Global, Stmt.Nonlocal, Stmt.Expr, Stmt.Pass, Stmt.Break, Stmt.Continue {
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<dev.pyheap.interpreter.ast.Expr> decorator_list, dev.pyheap.interpreter.ast.Expr returns, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<dev.pyheap.interpreter.ast.Expr> decorator_list, dev.pyheap.interpreter.ast.Expr returns, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record ClassDef(String name, List<dev.pyheap.interpreter.ast.Expr> bases, List<Keyword> keywords, List<Stmt> body, List<dev.pyheap.interpreter.ast.Expr> decorator_list, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Return(dev.pyheap.interpreter.ast.Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Delete(List<dev.pyheap.interpreter.ast.Expr> targets, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Assign(List<dev.pyheap.interpreter.ast.Expr> targets, dev.pyheap.interpreter.ast.Expr value, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record AugAssign(dev.pyheap.interpreter.ast.Expr target, Operator op, dev.pyheap.interpreter.ast.Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record AnnAssign(dev.pyheap.interpreter.ast.Expr target, dev.pyheap.interpreter.ast.Expr annotation, dev.pyheap.interpreter.ast.Expr value, int simple, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record For(dev.pyheap.interpreter.ast.Expr target, dev.pyheap.interpreter.ast.Expr iter, List<Stmt> body, List<Stmt> orelse, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record AsyncFor(dev.pyheap.interpreter.ast.Expr target, dev.pyheap.interpreter.ast.Expr iter, List<Stmt> body, List<Stmt> orelse, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record While(dev.pyheap.interpreter.ast.Expr test, List<Stmt> body, List<Stmt> orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record If(dev.pyheap.interpreter.ast.Expr test, List<Stmt> body, List<Stmt> orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record With(List<WithItem> items, List<Stmt> body, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record AsyncWith(List<WithItem> items, List<Stmt> body, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Match(dev.pyheap.interpreter.ast.Expr subject, List<MatchCase> cases, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Raise(dev.pyheap.interpreter.ast.Expr exc, dev.pyheap.interpreter.ast.Expr cause, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Assert(dev.pyheap.interpreter.ast.Expr test, dev.pyheap.interpreter.ast.Expr msg, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Import(List<Alias> names, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record ImportFrom(String module, List<Alias> names, int level, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Global(List<String> names, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Nonlocal(List<String> names, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Expr(dev.pyheap.interpreter.ast.Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Pass(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Break(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    record Continue(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
}
