package dev.pyheap.interpreter.ast;

import java.util.List;

/**
 * The text of CPython 3.11's {@code ast.dump(node, include_attributes=...)} (Lib/ast.py): fields in
 * Python.asdl's order as {@code name=value}, optional fields that are None left out, operators and
 * contexts as {@code Load()}, constants by their repr, then the position attributes if asked for.
 */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();
    private final boolean attributes;

    private AstDump(boolean attributes) {
        this.attributes = attributes;
    }

    /** {@code ast.dump(node, include_attributes=attributes)}. */
    public static String dump(Object node, boolean attributes) {
        AstDump d = new AstDump(attributes);
        d.value(node);
        return d.out.toString();
    }

    private void value(Object v) {
        switch (v) {
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    value(list.get(i));
                }
                out.append(']');
            }
            case Enum<?> e when !(e instanceof PySingleton) -> out.append(e.name()).append("()");
            case String s -> out.append(ConstantRepr.strRepr(s));
            case Integer i -> out.append(i);
            case null -> out.append("None");
            case Mod.Module n -> node("Module", n, false, "body", n.body(), false, "type_ignores", n.type_ignores(), false);
            case Mod.Interactive n -> node("Interactive", n, false, "body", n.body(), false);
            case Mod.Expression n -> node("Expression", n, false, "body", n.body(), false);
            case Mod.FunctionType n -> node("FunctionType", n, false, "argtypes", n.argtypes(), false, "returns", n.returns(), false);
            case Stmt.FunctionDef n -> node("FunctionDef", n, true, "name", n.name(), false, "args", n.args(), false, "body", n.body(), false, "decorator_list", n.decorator_list(), false, "returns", n.returns(), true, "type_comment", n.type_comment(), true);
            case Stmt.AsyncFunctionDef n -> node("AsyncFunctionDef", n, true, "name", n.name(), false, "args", n.args(), false, "body", n.body(), false, "decorator_list", n.decorator_list(), false, "returns", n.returns(), true, "type_comment", n.type_comment(), true);
            case Stmt.ClassDef n -> node("ClassDef", n, true, "name", n.name(), false, "bases", n.bases(), false, "keywords", n.keywords(), false, "body", n.body(), false, "decorator_list", n.decorator_list(), false);
            case Stmt.Return n -> node("Return", n, true, "value", n.value(), true);
            case Stmt.Delete n -> node("Delete", n, true, "targets", n.targets(), false);
            case Stmt.Assign n -> node("Assign", n, true, "targets", n.targets(), false, "value", n.value(), false, "type_comment", n.type_comment(), true);
            case Stmt.AugAssign n -> node("AugAssign", n, true, "target", n.target(), false, "op", n.op(), false, "value", n.value(), false);
            case Stmt.AnnAssign n -> node("AnnAssign", n, true, "target", n.target(), false, "annotation", n.annotation(), false, "value", n.value(), true, "simple", n.simple(), false);
            case Stmt.For n -> node("For", n, true, "target", n.target(), false, "iter", n.iter(), false, "body", n.body(), false, "orelse", n.orelse(), false, "type_comment", n.type_comment(), true);
            case Stmt.AsyncFor n -> node("AsyncFor", n, true, "target", n.target(), false, "iter", n.iter(), false, "body", n.body(), false, "orelse", n.orelse(), false, "type_comment", n.type_comment(), true);
            case Stmt.While n -> node("While", n, true, "test", n.test(), false, "body", n.body(), false, "orelse", n.orelse(), false);
            case Stmt.If n -> node("If", n, true, "test", n.test(), false, "body", n.body(), false, "orelse", n.orelse(), false);
            case Stmt.With n -> node("With", n, true, "items", n.items(), false, "body", n.body(), false, "type_comment", n.type_comment(), true);
            case Stmt.AsyncWith n -> node("AsyncWith", n, true, "items", n.items(), false, "body", n.body(), false, "type_comment", n.type_comment(), true);
            case Stmt.Match n -> node("Match", n, true, "subject", n.subject(), false, "cases", n.cases(), false);
            case Stmt.Raise n -> node("Raise", n, true, "exc", n.exc(), true, "cause", n.cause(), true);
            case Stmt.Try n -> node("Try", n, true, "body", n.body(), false, "handlers", n.handlers(), false, "orelse", n.orelse(), false, "finalbody", n.finalbody(), false);
            case Stmt.TryStar n -> node("TryStar", n, true, "body", n.body(), false, "handlers", n.handlers(), false, "orelse", n.orelse(), false, "finalbody", n.finalbody(), false);
            case Stmt.Assert n -> node("Assert", n, true, "test", n.test(), false, "msg", n.msg(), true);
            case Stmt.Import n -> node("Import", n, true, "names", n.names(), false);
            case Stmt.ImportFrom n -> node("ImportFrom", n, true, "module", n.module(), true, "names", n.names(), false, "level", n.level(), true);
            case Stmt.Global n -> node("Global", n, true, "names", n.names(), false);
            case Stmt.Nonlocal n -> node("Nonlocal", n, true, "names", n.names(), false);
            case Stmt.Expr n -> node("Expr", n, true, "value", n.value(), false);
            case Stmt.Pass n -> node("Pass", n, true);
            case Stmt.Break n -> node("Break", n, true);
            case Stmt.Continue n -> node("Continue", n, true);
            case Expr.BoolOp n -> node("BoolOp", n, true, "op", n.op(), false, "values", n.values(), false);
            case Expr.NamedExpr n -> node("NamedExpr", n, true, "target", n.target(), false, "value", n.value(), false);
            case Expr.BinOp n -> node("BinOp", n, true, "left", n.left(), false, "op", n.op(), false, "right", n.right(), false);
            case Expr.UnaryOp n -> node("UnaryOp", n, true, "op", n.op(), false, "operand", n.operand(), false);
            case Expr.Lambda n -> node("Lambda", n, true, "args", n.args(), false, "body", n.body(), false);
            case Expr.IfExp n -> node("IfExp", n, true, "test", n.test(), false, "body", n.body(), false, "orelse", n.orelse(), false);
            case Expr.Dict n -> node("Dict", n, true, "keys", n.keys(), false, "values", n.values(), false);
            case Expr.Set n -> node("Set", n, true, "elts", n.elts(), false);
            case Expr.ListComp n -> node("ListComp", n, true, "elt", n.elt(), false, "generators", n.generators(), false);
            case Expr.SetComp n -> node("SetComp", n, true, "elt", n.elt(), false, "generators", n.generators(), false);
            case Expr.DictComp n -> node("DictComp", n, true, "key", n.key(), false, "value", n.value(), false, "generators", n.generators(), false);
            case Expr.GeneratorExp n -> node("GeneratorExp", n, true, "elt", n.elt(), false, "generators", n.generators(), false);
            case Expr.Await n -> node("Await", n, true, "value", n.value(), false);
            case Expr.Yield n -> node("Yield", n, true, "value", n.value(), true);
            case Expr.YieldFrom n -> node("YieldFrom", n, true, "value", n.value(), false);
            case Expr.Compare n -> node("Compare", n, true, "left", n.left(), false, "ops", n.ops(), false, "comparators", n.comparators(), false);
            case Expr.Call n -> node("Call", n, true, "func", n.func(), false, "args", n.args(), false, "keywords", n.keywords(), false);
            case Expr.FormattedValue n -> node("FormattedValue", n, true, "value", n.value(), false, "conversion", n.conversion(), false, "format_spec", n.format_spec(), true);
            case Expr.JoinedStr n -> node("JoinedStr", n, true, "values", n.values(), false);
            case Expr.Constant n -> node("Constant", n, true, "value", n.value(), false, "kind", n.kind(), true);
            case Expr.Attribute n -> node("Attribute", n, true, "value", n.value(), false, "attr", n.attr(), false, "ctx", n.ctx(), false);
            case Expr.Subscript n -> node("Subscript", n, true, "value", n.value(), false, "slice", n.slice(), false, "ctx", n.ctx(), false);
            case Expr.Starred n -> node("Starred", n, true, "value", n.value(), false, "ctx", n.ctx(), false);
            case Expr.Name n -> node("Name", n, true, "id", n.id(), false, "ctx", n.ctx(), false);
            case Expr.List n -> node("List", n, true, "elts", n.elts(), false, "ctx", n.ctx(), false);
            case Expr.Tuple n -> node("Tuple", n, true, "elts", n.elts(), false, "ctx", n.ctx(), false);
            case Expr.Slice n -> node("Slice", n, true, "lower", n.lower(), true, "upper", n.upper(), true, "step", n.step(), true);
            case Comprehension n -> node("comprehension", n, false, "target", n.target(), false, "iter", n.iter(), false, "ifs", n.ifs(), false, "is_async", n.is_async(), false);
            case ExceptHandler n -> node("ExceptHandler", n, true, "type", n.type(), true, "name", n.name(), true, "body", n.body(), false);
            case Arguments n -> node("arguments", n, false, "posonlyargs", n.posonlyargs(), false, "args", n.args(), false, "vararg", n.vararg(), true, "kwonlyargs", n.kwonlyargs(), false, "kw_defaults", n.kw_defaults(), false, "kwarg", n.kwarg(), true, "defaults", n.defaults(), false);
            case Arg n -> node("arg", n, true, "arg", n.arg(), false, "annotation", n.annotation(), true, "type_comment", n.type_comment(), true);
            case Keyword n -> node("keyword", n, true, "arg", n.arg(), true, "value", n.value(), false);
            case Alias n -> node("alias", n, true, "name", n.name(), false, "asname", n.asname(), true);
            case WithItem n -> node("withitem", n, false, "context_expr", n.context_expr(), false, "optional_vars", n.optional_vars(), true);
            case MatchCase n -> node("match_case", n, false, "pattern", n.pattern(), false, "guard", n.guard(), true, "body", n.body(), false);
            case Pattern.MatchValue n -> node("MatchValue", n, true, "value", n.value(), false);
            case Pattern.MatchSingleton n -> node("MatchSingleton", n, true, "value", n.value(), false);
            case Pattern.MatchSequence n -> node("MatchSequence", n, true, "patterns", n.patterns(), false);
            case Pattern.MatchMapping n -> node("MatchMapping", n, true, "keys", n.keys(), false, "patterns", n.patterns(), false, "rest", n.rest(), true);
            case Pattern.MatchClass n -> node("MatchClass", n, true, "cls", n.cls(), false, "patterns", n.patterns(), false, "kwd_attrs", n.kwd_attrs(), false, "kwd_patterns", n.kwd_patterns(), false);
            case Pattern.MatchStar n -> node("MatchStar", n, true, "name", n.name(), true);
            case Pattern.MatchAs n -> node("MatchAs", n, true, "pattern", n.pattern(), true, "name", n.name(), true);
            case Pattern.MatchOr n -> node("MatchOr", n, true, "patterns", n.patterns(), false);
            case TypeIgnore n -> node("TypeIgnore", n, false, "lineno", n.lineno(), false, "tag", n.tag(), false);
            default -> throw new IllegalArgumentException("not an AST value: " + v.getClass().getName());
        }
    }

    /** One node: its fields as (name, value, optional) triples. */
    private void node(String name, Object node, boolean located, Object... fields) {
        out.append(name).append('(');
        boolean first = true;
        for (int i = 0; i < fields.length; i += 3) {
            Object value = fields[i + 1];
            if (value == null && (Boolean) fields[i + 2]) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append((String) fields[i]).append('=');
            if ("value".equals(fields[i]) && (node instanceof Expr.Constant || node instanceof Pattern.MatchSingleton)) {
                out.append(ConstantRepr.repr(value));
            } else {
                value(value);
            }
        }
        if (attributes && located) {
            Located l = (Located) node;
            if (!first) {
                out.append(", ");
            }
            out.append("lineno=").append(l.lineno()).append(", col_offset=").append(l.col_offset())
                    .append(", end_lineno=").append(l.end_lineno()).append(", end_col_offset=").append(l.end_col_offset());
        }
        out.append(')');
    }
}
