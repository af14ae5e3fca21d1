package dev.pyheap.interpreter.ast;

/** CPython's expr nodes (Python.asdl), with its field names. */
public sealed interface Expr extends Located permits Expr.BoolOp, Expr.NamedExpr, Expr.BinOp, Expr.UnaryOp, Expr.Lambda, Expr.IfExp, Expr.Dict, Expr.Set, Expr.ListComp, Expr.SetComp, Expr.DictComp, Expr.GeneratorExp, Expr.Await, Expr.Yield, Expr.YieldFrom, Expr.Compare, Expr.Call, Expr.FormattedValue, Expr.JoinedStr, Expr.Constant, Expr.Attribute, Expr.Subscript, Expr.Starred, Expr.Name, Expr.List, Expr.Tuple, Expr.Slice {
    record BoolOp(Boolop op, java.util.List<Expr> values, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record NamedExpr(Expr target, Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record BinOp(Expr left, Operator op, Expr right, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record UnaryOp(Unaryop op, Expr operand, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Lambda(Arguments args, Expr body, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record IfExp(Expr test, Expr body, Expr orelse, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Set(java.util.List<Expr> elts, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record ListComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record SetComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Await(Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Yield(Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record YieldFrom(Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Compare(Expr left, java.util.List<Cmpop> ops, java.util.List<Expr> comparators, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record FormattedValue(Expr value, int conversion, Expr format_spec, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record JoinedStr(java.util.List<Expr> values, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Constant(Object value, String kind, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Attribute(Expr value, String attr, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Subscript(Expr value, Expr slice, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Starred(Expr value, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Name(String id, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record List(java.util.List<Expr> elts, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    record Slice(Expr lower, Expr upper, Expr step, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
}
