package dev.pyheap.interpreter.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * Python/ast.c (3.11): the checks {@code compile()} makes on an AST it did not parse itself (the
 * parser's output always passes them): contexts (Load/Store/Del) where they are required, no empty
 * bodies or target lists, consistent lengths (dict keys and values, defaults and arguments, compare
 * operators and operands), constants of constant types, identifiers that are not None/True/False,
 * and the shape of match patterns. The first problem throws {@link InvalidAstException} with
 * CPython's exception type and message.
 */
public final class AstValidator {
    private AstValidator() {}

    public static void validate(Mod mod) {
        switch (mod) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive i -> stmts(i.body());
            case Mod.Expression e -> expr(e.body(), ExprContext.Load);
            case Mod.FunctionType f -> {
                exprs(f.argtypes(), ExprContext.Load, false);
                expr(f.returns(), ExprContext.Load);
            }
        }
    }

    private static InvalidAstException value(String msg) {
        return new InvalidAstException("ValueError", msg);
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw value("empty " + what + " on " + owner);
        }
    }

    private static void body(List<Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private static void stmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (s == null) {
                throw value("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private static void exprs(List<Expr> exprs, ExprContext ctx, boolean nullOk) {
        for (Expr e : exprs) {
            if (e == null) {
                if (!nullOk) {
                    throw value("None disallowed in expression list");
                }
            } else {
                expr(e, ctx);
            }
        }
    }

    private static void opt(Expr e, ExprContext ctx) {
        if (e != null) {
            expr(e, ctx);
        }
    }

    private static void assignList(List<Expr> targets, ExprContext ctx) {
        nonEmpty(targets, "targets", ctx == ExprContext.Del ? "Delete" : "Assign");
        exprs(targets, ctx, false);
    }

    private static void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private static void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                body(f.body(), "FunctionDef");
                arguments(f.args());
                exprs(f.decorator_list(), ExprContext.Load, false);
                opt(f.returns(), ExprContext.Load);
            }
            case Stmt.AsyncFunctionDef f -> {
                body(f.body(), "AsyncFunctionDef");
                arguments(f.args());
                exprs(f.decorator_list(), ExprContext.Load, false);
                opt(f.returns(), ExprContext.Load);
            }
            case Stmt.ClassDef c -> {
                body(c.body(), "ClassDef");
                exprs(c.bases(), ExprContext.Load, false);
                keywords(c.keywords());
                exprs(c.decorator_list(), ExprContext.Load, false);
            }
            case Stmt.Return r -> opt(r.value(), ExprContext.Load);
            case Stmt.Delete d -> assignList(d.targets(), ExprContext.Del);
            case Stmt.Assign a -> {
                assignList(a.targets(), ExprContext.Store);
                expr(a.value(), ExprContext.Load);
            }
            case Stmt.AugAssign a -> {
                expr(a.target(), ExprContext.Store);
                expr(a.value(), ExprContext.Load);
            }
            case Stmt.AnnAssign a -> {
                if (!(a.target() instanceof Expr.Name) && a.simple() != 0) {
                    throw new InvalidAstException("TypeError", "AnnAssign with simple non-Name target");
                }
                expr(a.target(), ExprContext.Store);
                opt(a.value(), ExprContext.Load);
                expr(a.annotation(), ExprContext.Load);
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "For");
            case Stmt.AsyncFor f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "AsyncFor");
            case Stmt.While w -> {
                expr(w.test(), ExprContext.Load);
                body(w.body(), "While");
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test(), ExprContext.Load);
                body(i.body(), "If");
                stmts(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body(), "With");
            case Stmt.AsyncWith w -> with(w.items(), w.body(), "AsyncWith");
            case Stmt.Match m -> {
                expr(m.subject(), ExprContext.Load);
                nonEmpty(m.cases(), "cases", "Match");
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), false);
                    opt(c.guard(), ExprContext.Load);
                    body(c.body(), "match_case");
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc(), ExprContext.Load);
                    opt(r.cause(), ExprContext.Load);
                } else if (r.cause() != null) {
                    throw value("Raise with cause but no exception");
                }
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "Try");
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "TryStar");
            case Stmt.Assert a -> {
                expr(a.test(), ExprContext.Load);
                opt(a.msg(), ExprContext.Load);
            }
            case Stmt.Import i -> nonEmpty(i.names(), "names", "Import");
            case Stmt.ImportFrom i -> {
                if (i.level() < 0) {
                    throw value("Negative ImportFrom level");
                }
                nonEmpty(i.names(), "names", "ImportFrom");
            }
            case Stmt.Global g -> nonEmpty(g.names(), "names", "Global");
            case Stmt.Nonlocal n -> nonEmpty(n.names(), "names", "Nonlocal");
            case Stmt.Expr e -> expr(e.value(), ExprContext.Load);
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private static void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String owner) {
        expr(target, ExprContext.Store);
        expr(iter, ExprContext.Load);
        body(body, owner);
        stmts(orelse);
    }

    private static void with(List<WithItem> items, List<Stmt> body, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem w : items) {
            expr(w.context_expr(), ExprContext.Load);
            opt(w.optional_vars(), ExprContext.Store);
        }
        body(body, owner);
    }

    private static void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw value(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw value(owner + " has orelse but no except handlers");
        }
        for (ExceptHandler h : handlers) {
            opt(h.type(), ExprContext.Load);
            body(h.body(), "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private static void arguments(Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null) {
            opt(a.vararg().annotation(), ExprContext.Load);
        }
        args(a.kwonlyargs());
        if (a.kwarg() != null) {
            opt(a.kwarg().annotation(), ExprContext.Load);
        }
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw value("more positional defaults than args on arguments");
        }
        if (a.kw_defaults().size() != a.kwonlyargs().size()) {
            throw value("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load, false);
        exprs(a.kw_defaults(), ExprContext.Load, true);
    }

    private static void args(List<Arg> args) {
        for (Arg a : args) {
            opt(a.annotation(), ExprContext.Load);
        }
    }

    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw value("identifier field can't represent '" + id + "' constant");
        }
    }

    private static void expr(Expr e, ExprContext ctx) {
        ExprContext actual = switch (e) {
            case Expr.Attribute a -> a.ctx();
            case Expr.Subscript s -> s.ctx();
            case Expr.Starred s -> s.ctx();
            case Expr.Name n -> {
                name(n.id());
                yield n.ctx();
            }
            case Expr.List l -> l.ctx();
            case Expr.Tuple t -> t.ctx();
            default -> {
                if (ctx != ExprContext.Load) {
                    throw value("expression which can't be assigned to in " + ctx + " context");
                }
                yield null;
            }
        };
        if (actual != null && actual != ctx) {
            throw value("expression must have " + ctx + " context but has " + actual + " instead");
        }
        switch (e) {
            case Expr.BoolOp b -> {
                if (b.values().size() < 2) {
                    throw value("BoolOp with less than 2 values");
                }
                exprs(b.values(), ExprContext.Load, false);
            }
            case Expr.BinOp b -> {
                expr(b.left(), ExprContext.Load);
                expr(b.right(), ExprContext.Load);
            }
            case Expr.UnaryOp u -> expr(u.operand(), ExprContext.Load);
            case Expr.Lambda l -> {
                arguments(l.args());
                expr(l.body(), ExprContext.Load);
            }
            case Expr.IfExp i -> {
                expr(i.test(), ExprContext.Load);
                expr(i.body(), ExprContext.Load);
                expr(i.orelse(), ExprContext.Load);
            }
            case Expr.Dict d -> {
                if (d.keys().size() != d.values().size()) {
                    throw value("Dict doesn't have the same number of keys as values");
                }
                exprs(d.keys(), ExprContext.Load, true);
                exprs(d.values(), ExprContext.Load, false);
            }
            case Expr.Set s -> exprs(s.elts(), ExprContext.Load, false);
            case Expr.ListComp c -> {
                comprehension(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Expr.SetComp c -> {
                comprehension(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Expr.GeneratorExp c -> {
                comprehension(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Expr.DictComp c -> {
                comprehension(c.generators());
                expr(c.key(), ExprContext.Load);
                expr(c.value(), ExprContext.Load);
            }
            case Expr.Yield y -> opt(y.value(), ExprContext.Load);
            case Expr.YieldFrom y -> expr(y.value(), ExprContext.Load);
            case Expr.Await a -> expr(a.value(), ExprContext.Load);
            case Expr.Compare c -> {
                if (c.comparators().isEmpty()) {
                    throw value("Compare with no comparators");
                }
                if (c.comparators().size() != c.ops().size()) {
                    throw value("Compare has a different number of comparators and operands");
                }
                exprs(c.comparators(), ExprContext.Load, false);
                expr(c.left(), ExprContext.Load);
            }
            case Expr.Call c -> {
                expr(c.func(), ExprContext.Load);
                exprs(c.args(), ExprContext.Load, false);
                keywords(c.keywords());
            }
            case Expr.Constant c -> {
                if (!isConstant(c.value())) {
                    throw new InvalidAstException("TypeError", "got an invalid type in Constant: "
                            + (c.value() == null ? "NoneType" : c.value().getClass().getSimpleName()));
                }
            }
            case Expr.JoinedStr j -> exprs(j.values(), ExprContext.Load, false);
            case Expr.FormattedValue f -> {
                expr(f.value(), ExprContext.Load);
                opt(f.format_spec(), ExprContext.Load);
            }
            case Expr.Attribute a -> expr(a.value(), ExprContext.Load);
            case Expr.Subscript s -> {
                expr(s.slice(), ExprContext.Load);
                expr(s.value(), ExprContext.Load);
            }
            case Expr.Starred s -> expr(s.value(), ctx);
            case Expr.Slice s -> {
                opt(s.lower(), ExprContext.Load);
                opt(s.upper(), ExprContext.Load);
                opt(s.step(), ExprContext.Load);
            }
            case Expr.List l -> exprs(l.elts(), ctx, false);
            case Expr.Tuple t -> exprs(t.elts(), ctx, false);
            case Expr.NamedExpr n -> expr(n.value(), ExprContext.Load);
            case Expr.Name n -> {
            }
        }
    }

    /** validate_constant: the types a Constant may hold. */
    static boolean isConstant(Object v) {
        return switch (v) {
            case PySingleton s -> true;
            case Boolean b -> true;
            case Long l -> true;
            case BigInteger b -> true;
            case Double d -> true;
            case Complex c -> true;
            case String s -> true;
            case byte[] b -> true;
            case ConstantTuple t -> t.elts().stream().allMatch(AstValidator::isConstant);
            case ConstantFrozenset f -> f.elts().stream().allMatch(AstValidator::isConstant);
            case null, default -> false;
        };
    }

    private static void comprehension(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw value("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load, false);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw value("can't capture name '_' in patterns");
        }
        name(name);
    }

    private static void pattern(Pattern p, boolean starOk) {
        switch (p) {
            case Pattern.MatchValue v -> matchValue(v.value());
            case Pattern.MatchSingleton s -> {
                if (!(s.value() == PySingleton.None || s.value() instanceof Boolean)) {
                    throw value("MatchSingleton can only contain True, False and None");
                }
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(x -> pattern(x, true));
            case Pattern.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw value("MatchMapping doesn't have the same number of keys as patterns");
                }
                if (m.rest() != null) {
                    capture(m.rest());
                }
                for (Expr key : m.keys()) {
                    if (key instanceof Expr.Constant c && (c.value() == PySingleton.None || c.value() instanceof Boolean)) {
                        continue;
                    }
                    matchValue(key);
                }
                m.patterns().forEach(x -> pattern(x, false));
            }
            case Pattern.MatchClass c -> {
                Expr cls = c.cls();
                while (cls instanceof Expr.Attribute a) {
                    cls = a.value();
                }
                if (!(cls instanceof Expr.Name)) {
                    throw value("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                expr(c.cls(), ExprContext.Load);
                if (c.kwd_attrs().size() != c.kwd_patterns().size()) {
                    throw value("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                c.kwd_attrs().forEach(AstValidator::name);
                c.patterns().forEach(x -> pattern(x, false));
                c.kwd_patterns().forEach(x -> pattern(x, false));
            }
            case Pattern.MatchStar s -> {
                if (!starOk) {
                    throw value("can't use MatchStar here");
                }
                if (s.name() != null) {
                    capture(s.name());
                }
            }
            case Pattern.MatchAs a -> {
                if (a.name() != null) {
                    capture(a.name());
                }
                if (a.pattern() != null) {
                    if (a.name() == null) {
                        throw value("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(a.pattern(), false);
                }
            }
            case Pattern.MatchOr o -> {
                if (o.patterns().size() < 2) {
                    throw value("MatchOr requires at least 2 patterns");
                }
                o.patterns().forEach(x -> pattern(x, false));
            }
        }
    }

    /** validate_pattern_match_value: literals (signed, complex), f-string-free strings, attribute lookups. */
    private static void matchValue(Expr e) {
        expr(e, ExprContext.Load);
        switch (e) {
            case Expr.Constant c -> {
                if (c.value() == PySingleton.None || c.value() instanceof Boolean) {
                    throw value("unexpected constant inside of a literal pattern");
                }
            }
            case Expr.Attribute a -> {
            }
            case Expr.UnaryOp u -> {
            }
            case Expr.BinOp b -> {
            }
            case Expr.JoinedStr j -> {
            }
            default -> throw value("patterns may only match literals and attribute lookups");
        }
    }
}
