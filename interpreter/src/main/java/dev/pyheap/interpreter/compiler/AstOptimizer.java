package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Arg;
import dev.pyheap.interpreter.ast.Arguments;
import dev.pyheap.interpreter.ast.Cmpop;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.ExceptHandler;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.ExprContext;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.MatchCase;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Pattern;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.ast.Unaryop;
import dev.pyheap.interpreter.ast.WithItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Python/ast_opt.c (3.11): the AST optimizer the compiler runs before the symbol table. Bottom up,
 * it folds unary and binary operators on constants (with the size limits of safe_multiply,
 * safe_power and safe_lshift, and never {@code %} on str or bytes), {@code not} of a single
 * {@code is}/{@code in} comparison into its opposite, tuples of constants into a constant tuple,
 * {@code constant[constant]}, a list or set iterated by {@code for}/a comprehension or tested with
 * {@code in}/{@code not in} into a tuple/frozenset, {@code __debug__} into True (or False when
 * optimizing), and {@code 'str %s %r' % (x, y)} with simple conversions into an f-string. A folded node keeps the position of the node it replaces. The AST is immutable:
 * the result is a new tree.
 */
public final class AstOptimizer {
    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(int optimize, boolean futureAnnotations) {
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    /** _PyAST_Optimize: {@code optimize} is the -O level (0 keeps {@code __debug__} True). */
    public static Mod.Module optimize(Mod.Module module, int optimize, boolean futureAnnotations) {
        AstOptimizer o = new AstOptimizer(optimize, futureAnnotations);
        return new Mod.Module(o.body(module.body()), module.type_ignores());
    }

    /** The same for interactive statements ('single' mode): no docstring either. */
    public static Mod.Interactive optimize(Mod.Interactive interactive, int optimize, boolean futureAnnotations) {
        AstOptimizer o = new AstOptimizer(optimize, futureAnnotations);
        return new Mod.Interactive(o.map(interactive.body(), o::stmt));
    }

    /** The same for an expression (eval mode), which has no docstring to protect. */
    public static Mod.Expression optimize(Mod.Expression expression, int optimize, boolean futureAnnotations) {
        return new Mod.Expression(new AstOptimizer(optimize, futureAnnotations).expr(expression.body()));
    }

    // ---------------------------------------------------------------- statements

    /** astfold_body: a string that folding made first must not become a docstring. */
    private List<Stmt> body(List<Stmt> stmts) {
        boolean docstring = Future.docString(stmts) != null;
        List<Stmt> out = map(stmts, this::stmt);
        if (!docstring && Future.docString(out) != null) {
            Stmt.Expr st = (Stmt.Expr) out.getFirst();
            Expr v = st.value();
            out.set(0, new Stmt.Expr(new Expr.JoinedStr(List.of(v), st.lineno(), st.col_offset(), st.end_lineno(),
                    st.end_col_offset()), st.lineno(), st.col_offset(), st.end_lineno(), st.end_col_offset()));
        }
        return out;
    }

    private <T> List<T> map(List<T> list, UnaryOperator<T> f) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(t == null ? null : f.apply(t));
        }
        return out;
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    private Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    map(f.decorator_list(), this::expr), futureAnnotations ? f.returns() : opt(f.returns()),
                    f.type_comment(), f.lineno(), f.col_offset(), f.end_lineno(), f.end_col_offset());
            case Stmt.AsyncFunctionDef f -> new Stmt.AsyncFunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    map(f.decorator_list(), this::expr), futureAnnotations ? f.returns() : opt(f.returns()),
                    f.type_comment(), f.lineno(), f.col_offset(), f.end_lineno(), f.end_col_offset());
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.name(), map(c.bases(), this::expr), map(c.keywords(), this::keyword),
                    body(c.body()), map(c.decorator_list(), this::expr), c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset());
            case Stmt.Return r -> new Stmt.Return(opt(r.value()), r.lineno(), r.col_offset(), r.end_lineno(), r.end_col_offset());
            case Stmt.Delete d -> new Stmt.Delete(map(d.targets(), this::expr), d.lineno(), d.col_offset(), d.end_lineno(),
                    d.end_col_offset());
            case Stmt.Assign a -> new Stmt.Assign(map(a.targets(), this::expr), expr(a.value()), a.type_comment(),
                    a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Stmt.AugAssign a -> new Stmt.AugAssign(expr(a.target()), a.op(), expr(a.value()), a.lineno(),
                    a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Stmt.AnnAssign a -> new Stmt.AnnAssign(expr(a.target()),
                    futureAnnotations ? a.annotation() : expr(a.annotation()), opt(a.value()), a.simple(), a.lineno(),
                    a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Stmt.For f -> new Stmt.For(expr(f.target()), foldIter(expr(f.iter())), body(f.body()),
                    body(f.orelse()), f.type_comment(), f.lineno(), f.col_offset(), f.end_lineno(), f.end_col_offset());
            case Stmt.AsyncFor f -> new Stmt.AsyncFor(expr(f.target()), expr(f.iter()), body(f.body()),
                    body(f.orelse()), f.type_comment(), f.lineno(), f.col_offset(), f.end_lineno(), f.end_col_offset());
            case Stmt.While w -> new Stmt.While(expr(w.test()), body(w.body()), body(w.orelse()), w.lineno(),
                    w.col_offset(), w.end_lineno(), w.end_col_offset());
            case Stmt.If i -> new Stmt.If(expr(i.test()), body(i.body()), body(i.orelse()), i.lineno(), i.col_offset(),
                    i.end_lineno(), i.end_col_offset());
            case Stmt.With w -> new Stmt.With(map(w.items(), this::withItem), body(w.body()), w.type_comment(),
                    w.lineno(), w.col_offset(), w.end_lineno(), w.end_col_offset());
            case Stmt.AsyncWith w -> new Stmt.AsyncWith(map(w.items(), this::withItem), body(w.body()),
                    w.type_comment(), w.lineno(), w.col_offset(), w.end_lineno(), w.end_col_offset());
            case Stmt.Raise r -> new Stmt.Raise(opt(r.exc()), opt(r.cause()), r.lineno(), r.col_offset(), r.end_lineno(),
                    r.end_col_offset());
            case Stmt.Match m -> new Stmt.Match(expr(m.subject()), map(m.cases(), this::matchCase), m.lineno(),
                    m.col_offset(), m.end_lineno(), m.end_col_offset());
            case Stmt.Try t -> new Stmt.Try(body(t.body()), map(t.handlers(), this::handler), body(t.orelse()),
                    body(t.finalbody()), t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
            case Stmt.TryStar t -> new Stmt.TryStar(body(t.body()), map(t.handlers(), this::handler), body(t.orelse()),
                    body(t.finalbody()), t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
            case Stmt.Assert a -> new Stmt.Assert(expr(a.test()), opt(a.msg()), a.lineno(), a.col_offset(),
                    a.end_lineno(), a.end_col_offset());
            case Stmt.Expr e -> new Stmt.Expr(expr(e.value()), e.lineno(), e.col_offset(), e.end_lineno(),
                    e.end_col_offset());
            case Stmt.Import i -> i;
            case Stmt.ImportFrom i -> i;
            case Stmt.Global g -> g;
            case Stmt.Nonlocal n -> n;
            case Stmt.Pass p -> p;
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
        };
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(map(a.posonlyargs(), this::arg), map(a.args(), this::arg),
                a.vararg() == null ? null : arg(a.vararg()), map(a.kwonlyargs(), this::arg),
                map(a.kw_defaults(), this::expr), a.kwarg() == null ? null : arg(a.kwarg()),
                map(a.defaults(), this::expr));
    }

    private Arg arg(Arg a) {
        if (futureAnnotations || a.annotation() == null) {
            return a;
        }
        return new Arg(a.arg(), expr(a.annotation()), a.type_comment(), a.lineno(), a.col_offset(), a.end_lineno(),
                a.end_col_offset());
    }

    private Keyword keyword(Keyword k) {
        return new Keyword(k.arg(), expr(k.value()), k.lineno(), k.col_offset(), k.end_lineno(), k.end_col_offset());
    }

    private WithItem withItem(WithItem w) {
        return new WithItem(expr(w.context_expr()), opt(w.optional_vars()));
    }

    private ExceptHandler handler(ExceptHandler h) {
        return new ExceptHandler(opt(h.type()), h.name(), body(h.body()), h.lineno(), h.col_offset(), h.end_lineno(),
                h.end_col_offset());
    }

    private MatchCase matchCase(MatchCase c) {
        return new MatchCase(pattern(c.pattern()), opt(c.guard()), body(c.body()));
    }

    private Pattern pattern(Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> new Pattern.MatchValue(expr(v.value()), v.lineno(), v.col_offset(),
                    v.end_lineno(), v.end_col_offset());
            case Pattern.MatchSingleton s -> s;
            case Pattern.MatchSequence s -> new Pattern.MatchSequence(map(s.patterns(), this::pattern), s.lineno(),
                    s.col_offset(), s.end_lineno(), s.end_col_offset());
            case Pattern.MatchMapping m -> new Pattern.MatchMapping(map(m.keys(), this::expr),
                    map(m.patterns(), this::pattern), m.rest(), m.lineno(), m.col_offset(), m.end_lineno(),
                    m.end_col_offset());
            case Pattern.MatchClass c -> new Pattern.MatchClass(expr(c.cls()), map(c.patterns(), this::pattern),
                    c.kwd_attrs(), map(c.kwd_patterns(), this::pattern), c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset());
            case Pattern.MatchStar s -> s;
            case Pattern.MatchAs a -> a.pattern() == null ? a : new Pattern.MatchAs(pattern(a.pattern()), a.name(),
                    a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Pattern.MatchOr o -> new Pattern.MatchOr(map(o.patterns(), this::pattern), o.lineno(), o.col_offset(),
                    o.end_lineno(), o.end_col_offset());
        };
    }

    // ---------------------------------------------------------------- expressions

    private static Expr.Constant constant(Object value, Expr at) {
        return new Expr.Constant(value, null, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    private Comprehension comprehension(Comprehension c) {
        Expr target = expr(c.target());
        Expr iter = expr(c.iter());
        List<Expr> ifs = map(c.ifs(), this::expr);
        return new Comprehension(target, foldIter(iter), ifs, c.is_async());
    }

    private Expr expr(Expr e) {
        return switch (e) {
            case Expr.BoolOp b -> new Expr.BoolOp(b.op(), map(b.values(), this::expr), b.lineno(), b.col_offset(),
                    b.end_lineno(), b.end_col_offset());
            case Expr.BinOp b -> foldBinop(new Expr.BinOp(expr(b.left()), b.op(), expr(b.right()), b.lineno(),
                    b.col_offset(), b.end_lineno(), b.end_col_offset()));
            case Expr.UnaryOp u -> foldUnaryop(new Expr.UnaryOp(u.op(), expr(u.operand()), u.lineno(), u.col_offset(),
                    u.end_lineno(), u.end_col_offset()));
            case Expr.Lambda l -> new Expr.Lambda(arguments(l.args()), expr(l.body()), l.lineno(), l.col_offset(),
                    l.end_lineno(), l.end_col_offset());
            case Expr.IfExp i -> new Expr.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()), i.lineno(),
                    i.col_offset(), i.end_lineno(), i.end_col_offset());
            case Expr.Dict d -> new Expr.Dict(map(d.keys(), this::expr), map(d.values(), this::expr), d.lineno(),
                    d.col_offset(), d.end_lineno(), d.end_col_offset());
            case Expr.Set s -> new Expr.Set(map(s.elts(), this::expr), s.lineno(), s.col_offset(), s.end_lineno(),
                    s.end_col_offset());
            case Expr.ListComp c -> new Expr.ListComp(expr(c.elt()), map(c.generators(), this::comprehension),
                    c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
            case Expr.SetComp c -> new Expr.SetComp(expr(c.elt()), map(c.generators(), this::comprehension),
                    c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
            case Expr.DictComp c -> new Expr.DictComp(expr(c.key()), expr(c.value()),
                    map(c.generators(), this::comprehension), c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset());
            case Expr.GeneratorExp g -> new Expr.GeneratorExp(expr(g.elt()), map(g.generators(), this::comprehension),
                    g.lineno(), g.col_offset(), g.end_lineno(), g.end_col_offset());
            case Expr.Await a -> new Expr.Await(expr(a.value()), a.lineno(), a.col_offset(), a.end_lineno(),
                    a.end_col_offset());
            case Expr.Yield y -> new Expr.Yield(opt(y.value()), y.lineno(), y.col_offset(), y.end_lineno(),
                    y.end_col_offset());
            case Expr.YieldFrom y -> new Expr.YieldFrom(expr(y.value()), y.lineno(), y.col_offset(), y.end_lineno(),
                    y.end_col_offset());
            case Expr.Compare c -> foldCompare(new Expr.Compare(expr(c.left()), c.ops(), map(c.comparators(), this::expr),
                    c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset()));
            case Expr.Call c -> new Expr.Call(expr(c.func()), map(c.args(), this::expr), map(c.keywords(), this::keyword),
                    c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
            case Expr.FormattedValue f -> new Expr.FormattedValue(expr(f.value()), f.conversion(), opt(f.format_spec()),
                    f.lineno(), f.col_offset(), f.end_lineno(), f.end_col_offset());
            case Expr.JoinedStr j -> new Expr.JoinedStr(map(j.values(), this::expr), j.lineno(), j.col_offset(),
                    j.end_lineno(), j.end_col_offset());
            case Expr.Constant c -> c;
            case Expr.Attribute a -> new Expr.Attribute(expr(a.value()), a.attr(), a.ctx(), a.lineno(), a.col_offset(),
                    a.end_lineno(), a.end_col_offset());
            case Expr.Subscript s -> foldSubscr(new Expr.Subscript(expr(s.value()), expr(s.slice()), s.ctx(), s.lineno(),
                    s.col_offset(), s.end_lineno(), s.end_col_offset()));
            case Expr.Starred s -> new Expr.Starred(expr(s.value()), s.ctx(), s.lineno(), s.col_offset(), s.end_lineno(),
                    s.end_col_offset());
            case Expr.Slice s -> new Expr.Slice(opt(s.lower()), opt(s.upper()), opt(s.step()), s.lineno(),
                    s.col_offset(), s.end_lineno(), s.end_col_offset());
            case Expr.List l -> new Expr.List(map(l.elts(), this::expr), l.ctx(), l.lineno(), l.col_offset(),
                    l.end_lineno(), l.end_col_offset());
            case Expr.Tuple t -> foldTuple(new Expr.Tuple(map(t.elts(), this::expr), t.ctx(), t.lineno(),
                    t.col_offset(), t.end_lineno(), t.end_col_offset()));
            case Expr.Name n -> n.ctx() == ExprContext.Load && n.id().equals("__debug__")
                    ? constant(optimize == 0, n) : n;
            case Expr.NamedExpr n -> new Expr.NamedExpr(n.target(), expr(n.value()), n.lineno(), n.col_offset(),
                    n.end_lineno(), n.end_col_offset());
        };
    }

    private Expr foldUnaryop(Expr.UnaryOp node) {
        Expr arg = node.operand();
        if (!(arg instanceof Expr.Constant c)) {
            if (node.op() == Unaryop.Not && arg instanceof Expr.Compare cmp && cmp.ops().size() == 1) {
                Cmpop op = switch (cmp.ops().getFirst()) {
                    case Is -> Cmpop.IsNot;
                    case IsNot -> Cmpop.Is;
                    case In -> Cmpop.NotIn;
                    case NotIn -> Cmpop.In;
                    default -> null;
                };
                if (op != null) {
                    return new Expr.Compare(cmp.left(), List.of(op), cmp.comparators(), cmp.lineno(), cmp.col_offset(),
                            cmp.end_lineno(), cmp.end_col_offset());
                }
            }
            return node;
        }
        Object v = ConstantOps.unary(node.op(), c.value());
        return v == null ? node : constant(v, node);
    }

    private Expr foldBinop(Expr.BinOp node) {
        if (node.left() instanceof Expr.Constant l && l.value() instanceof String fmt
                && node.op() == dev.pyheap.interpreter.ast.Operator.Mod && node.right() instanceof Expr.Tuple t
                && t.elts().stream().noneMatch(e -> e instanceof Expr.Starred)) {
            return optimizeFormat(node, fmt, t.elts());
        }
        if (!(node.left() instanceof Expr.Constant l) || !(node.right() instanceof Expr.Constant r)) {
            return node;
        }
        Object v = ConstantOps.binary(node.op(), l.value(), r.value());
        return v == null ? node : constant(v, node);
    }

    private static List<Object> constTuple(List<Expr> elts) {
        List<Object> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            if (!(e instanceof Expr.Constant c)) {
                return null;
            }
            out.add(c.value());
        }
        return out;
    }

    private Expr foldTuple(Expr.Tuple node) {
        if (node.ctx() != ExprContext.Load) {
            return node;
        }
        List<Object> values = constTuple(node.elts());
        return values == null ? node : constant(new ConstantTuple(values), node);
    }

    private Expr foldSubscr(Expr.Subscript node) {
        if (node.ctx() != ExprContext.Load || !(node.value() instanceof Expr.Constant a)
                || !(node.slice() instanceof Expr.Constant i)) {
            return node;
        }
        Object v = ConstantOps.getItem(a.value(), i.value());
        return v == null ? node : constant(v, node);
    }

    /** fold_iter: a list becomes a tuple (constant if it can), a set of constants a frozenset. */
    private Expr foldIter(Expr arg) {
        if (arg instanceof Expr.List l) {
            for (Expr e : l.elts()) {
                if (e instanceof Expr.Starred) {
                    return arg;
                }
            }
            List<Object> values = constTuple(l.elts());
            if (values != null) {
                return constant(new ConstantTuple(values), l);
            }
            return new Expr.Tuple(l.elts(), l.ctx(), l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
        }
        if (arg instanceof Expr.Set s) {
            List<Object> values = constTuple(s.elts());
            if (values != null) {
                return constant(ConstantOps.frozenset(values), s);
            }
        }
        return arg;
    }

    private Expr foldCompare(Expr.Compare node) {
        int i = node.ops().size() - 1;
        Cmpop op = node.ops().get(i);
        if (op == Cmpop.In || op == Cmpop.NotIn) {
            List<Expr> comparators = new ArrayList<>(node.comparators());
            comparators.set(i, foldIter(comparators.get(i)));
            return new Expr.Compare(node.left(), node.ops(), comparators, node.lineno(), node.col_offset(),
                    node.end_lineno(), node.end_col_offset());
        }
        return node;
    }

    /**
     * optimize_format: {@code 'literal %s %r %a' % (x, y, z)} with simple conversions (optional width
     * and precision) becomes the f-string {@code f'literal {x!s} {y!r} {z!a}'}; anything else, or a
     * count mismatch, stays as it is. The literal parts have no position (-1), as CPython's.
     */
    private static Expr optimizeFormat(Expr.BinOp node, String fmt, List<Expr> elts) {
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        while (true) {
            Expr lit = parseLiteral(fmt, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= fmt.length()) {
                break;
            }
            if (cnt >= elts.size()) {
                return node;
            }
            pos[0]++;
            Expr expr = parseFormat(fmt, pos, elts.get(cnt));
            cnt++;
            if (expr == null) {
                return node;
            }
            seq.add(expr);
        }
        if (cnt < elts.size()) {
            return node;
        }
        return new Expr.JoinedStr(seq, node.lineno(), node.col_offset(), node.end_lineno(), node.end_col_offset());
    }

    private static Expr parseLiteral(String fmt, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        boolean hasPercents = false;
        while (pos < fmt.length()) {
            if (fmt.charAt(pos) != '%') {
                pos++;
            } else if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String str = fmt.substring(start, pos);
        if (hasPercents) {
            str = str.replace("%%", "%");
        }
        return new Expr.Constant(str, null, -1, -1, -1, -1);
    }

    private static final int MAXDIGITS = 3;

    /** NEXTC: the code point at pos[0] (advancing), or -1 past the end. */
    private static int nextChar(String fmt, int[] pos) {
        if (pos[0] >= fmt.length()) {
            return -1;
        }
        int ch = fmt.codePointAt(pos[0]);
        pos[0] += Character.charCount(ch);
        return ch;
    }

    /** A width or precision of fewer than MAXDIGITS digits starting with {@code ch}: {value, next char}, or null. */
    private static int[] formatNumber(String fmt, int[] pos, int ch) {
        int value = 0;
        int digits = 0;
        while ('0' <= ch && ch <= '9') {
            value = value * 10 + (ch - '0');
            ch = nextChar(fmt, pos);
            if (ch < 0 || ++digits >= MAXDIGITS) {
                return null;
            }
        }
        return new int[] {value, ch};
    }

    /** simple_format_arg_parse + parse_format: a FormattedValue for %s, %r, %a, or null. */
    private static Expr parseFormat(String fmt, int[] ppos, Expr arg) {
        int[] pos = {ppos[0]};
        boolean ljust = false;
        int ch = nextChar(fmt, pos);
        while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0' || ch == 'z') {
            ljust |= ch == '-';
            ch = nextChar(fmt, pos);
        }
        if (ch < 0) {
            return null;
        }
        int width = -1;
        int prec = -1;
        if ('0' <= ch && ch <= '9') {
            int[] r = formatNumber(fmt, pos, ch);
            if (r == null) {
                return null;
            }
            width = r[0];
            ch = r[1];
        }
        if (ch == '.') {
            ch = nextChar(fmt, pos);
            if (ch < 0) {
                return null;
            }
            prec = 0;
            if ('0' <= ch && ch <= '9') {
                int[] r = formatNumber(fmt, pos, ch);
                if (r == null) {
                    return null;
                }
                prec = r[0];
                ch = r[1];
            }
        }
        ppos[0] = pos[0];
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.isEmpty() ? null : new Expr.Constant(spec.toString(), null, -1, -1, -1, -1);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.col_offset(), arg.end_lineno(),
                arg.end_col_offset());
    }
}
