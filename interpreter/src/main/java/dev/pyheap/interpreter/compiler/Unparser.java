package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Arg;
import dev.pyheap.interpreter.ast.Arguments;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.ConstantRepr;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.PySingleton;
import java.math.BigInteger;
import java.util.List;

/**
 * Python/ast_unparse.c: an annotation expression back to source text, for
 * {@code from __future__ import annotations}. Parentheses follow operator priority (PR_* below),
 * as CPython's; infinite floats print as {@code 1e309}.
 */
final class Unparser {
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6,
            PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12,
            PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    private final StringBuilder sb = new StringBuilder();

    private Unparser() {}

    /** _PyAST_ExprAsUnicode. */
    static String unparse(Expr e) {
        return asString(e, PR_TEST);
    }

    private static String asString(Expr e, int level) {
        Unparser u = new Unparser();
        u.expr(e, level);
        return u.sb.toString();
    }

    private void str(String s) {
        sb.append(s);
    }

    private void strIf(boolean cond, String s) {
        if (cond) {
            sb.append(s);
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> {
                boolean and = b.op() == dev.pyheap.interpreter.ast.Boolop.And;
                int pr = and ? PR_AND : PR_OR;
                strIf(level > pr, "(");
                for (int i = 0; i < b.values().size(); i++) {
                    strIf(i > 0, and ? " and " : " or ");
                    expr(b.values().get(i), pr + 1);
                }
                strIf(level > pr, ")");
            }
            case Expr.BinOp b -> {
                String op;
                int pr;
                boolean rassoc = false;
                switch (b.op()) {
                    case Add -> { op = " + "; pr = PR_ARITH; }
                    case Sub -> { op = " - "; pr = PR_ARITH; }
                    case Mult -> { op = " * "; pr = PR_TERM; }
                    case MatMult -> { op = " @ "; pr = PR_TERM; }
                    case Div -> { op = " / "; pr = PR_TERM; }
                    case Mod -> { op = " % "; pr = PR_TERM; }
                    case LShift -> { op = " << "; pr = PR_SHIFT; }
                    case RShift -> { op = " >> "; pr = PR_SHIFT; }
                    case BitOr -> { op = " | "; pr = PR_BOR; }
                    case BitXor -> { op = " ^ "; pr = PR_BXOR; }
                    case BitAnd -> { op = " & "; pr = PR_BAND; }
                    case FloorDiv -> { op = " // "; pr = PR_TERM; }
                    default -> { op = " ** "; pr = PR_POWER; rassoc = true; }
                }
                strIf(level > pr, "(");
                expr(b.left(), pr + (rassoc ? 1 : 0));
                str(op);
                expr(b.right(), pr + (rassoc ? 0 : 1));
                strIf(level > pr, ")");
            }
            case Expr.UnaryOp un -> {
                String op;
                int pr;
                switch (un.op()) {
                    case Invert -> { op = "~"; pr = PR_FACTOR; }
                    case Not -> { op = "not "; pr = PR_NOT; }
                    case UAdd -> { op = "+"; pr = PR_FACTOR; }
                    default -> { op = "-"; pr = PR_FACTOR; }
                }
                strIf(level > pr, "(");
                str(op);
                expr(un.operand(), pr);
                strIf(level > pr, ")");
            }
            case Expr.Lambda l -> {
                strIf(level > PR_TEST, "(");
                int npos = l.args().args().size() + l.args().posonlyargs().size();
                str(npos > 0 ? "lambda " : "lambda");
                args(l.args());
                str(": ");
                expr(l.body(), PR_TEST);
                strIf(level > PR_TEST, ")");
            }
            case Expr.IfExp i -> {
                strIf(level > PR_TEST, "(");
                expr(i.body(), PR_TEST + 1);
                str(" if ");
                expr(i.test(), PR_TEST + 1);
                str(" else ");
                expr(i.orelse(), PR_TEST);
                strIf(level > PR_TEST, ")");
            }
            case Expr.Dict d -> {
                str("{");
                for (int i = 0; i < d.values().size(); i++) {
                    strIf(i > 0, ", ");
                    Expr k = d.keys().get(i);
                    if (k != null) {
                        expr(k, PR_TEST);
                        str(": ");
                        expr(d.values().get(i), PR_TEST);
                    } else {
                        str("**");
                        expr(d.values().get(i), PR_EXPR);
                    }
                }
                str("}");
            }
            case Expr.Set s -> {
                str("{");
                elements(s.elts());
                str("}");
            }
            case Expr.GeneratorExp g -> {
                str("(");
                expr(g.elt(), PR_TEST);
                comprehensions(g.generators());
                str(")");
            }
            case Expr.ListComp c -> {
                str("[");
                expr(c.elt(), PR_TEST);
                comprehensions(c.generators());
                str("]");
            }
            case Expr.SetComp c -> {
                str("{");
                expr(c.elt(), PR_TEST);
                comprehensions(c.generators());
                str("}");
            }
            case Expr.DictComp c -> {
                str("{");
                expr(c.key(), PR_TEST);
                str(": ");
                expr(c.value(), PR_TEST);
                comprehensions(c.generators());
                str("}");
            }
            case Expr.Yield y -> {
                if (y.value() == null) {
                    str("(yield)");
                } else {
                    str("(yield ");
                    expr(y.value(), PR_TEST);
                    str(")");
                }
            }
            case Expr.YieldFrom y -> {
                str("(yield from ");
                expr(y.value(), PR_TEST);
                str(")");
            }
            case Expr.Await a -> {
                strIf(level > PR_AWAIT, "(");
                str("await ");
                expr(a.value(), PR_ATOM);
                strIf(level > PR_AWAIT, ")");
            }
            case Expr.Compare c -> {
                strIf(level > PR_CMP, "(");
                expr(c.left(), PR_CMP + 1);
                for (int i = 0; i < c.comparators().size(); i++) {
                    str(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), PR_CMP + 1);
                }
                strIf(level > PR_CMP, ")");
            }
            case Expr.Call c -> call(c);
            case Expr.Constant c -> {
                if (c.value() == PySingleton.Ellipsis) {
                    str("...");
                    return;
                }
                if (c.kind() != null) {
                    str(c.kind());
                }
                constant(c.value());
            }
            case Expr.JoinedStr j -> joinedStr(j, false);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Attribute a -> {
                expr(a.value(), PR_ATOM);
                boolean intValue = a.value() instanceof Expr.Constant k
                        && (k.value() instanceof Long || k.value() instanceof BigInteger);
                str(intValue ? " ." : ".");
                str(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), PR_ATOM);
                str("[");
                expr(s.slice(), PR_TUPLE);
                str("]");
            }
            case Expr.Starred s -> {
                str("*");
                expr(s.value(), PR_EXPR);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), PR_TEST);
                }
                str(":");
                if (s.upper() != null) {
                    expr(s.upper(), PR_TEST);
                }
                if (s.step() != null) {
                    str(":");
                    expr(s.step(), PR_TEST);
                }
            }
            case Expr.Name n -> str(n.id());
            case Expr.List l -> {
                str("[");
                elements(l.elts());
                str("]");
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    str("()");
                    return;
                }
                strIf(level > PR_TUPLE, "(");
                elements(t.elts());
                strIf(t.elts().size() == 1, ",");
                strIf(level > PR_TUPLE, ")");
            }
            case Expr.NamedExpr n -> {
                strIf(level > PR_TUPLE, "(");
                expr(n.target(), PR_ATOM);
                str(" := ");
                expr(n.value(), PR_ATOM);
                strIf(level > PR_TUPLE, ")");
            }
        }
    }

    private void elements(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            strIf(i > 0, ", ");
            expr(elts.get(i), PR_TEST);
        }
    }

    private void arg(Arg a) {
        str(a.arg());
        if (a.annotation() != null) {
            str(": ");
            expr(a.annotation(), PR_TEST);
        }
    }

    private void args(Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs().size();
        int argCount = args.args().size();
        int defaultCount = args.defaults().size();
        for (int i = 0; i < posonly + argCount; i++) {
            strIf(!first, ", ");
            first = false;
            arg(i < posonly ? args.posonlyargs().get(i) : args.args().get(i - posonly));
            int di = i - posonly - argCount + defaultCount;
            if (di >= 0) {
                str("=");
                expr(args.defaults().get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                str(", /");
            }
        }
        if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
            strIf(!first, ", ");
            first = false;
            str("*");
            if (args.vararg() != null) {
                arg(args.vararg());
            }
        }
        int kwCount = args.kwonlyargs().size();
        int kwDefaults = args.kw_defaults().size();
        for (int i = 0; i < kwCount; i++) {
            strIf(!first, ", ");
            first = false;
            arg(args.kwonlyargs().get(i));
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && args.kw_defaults().get(di) != null) {
                str("=");
                expr(args.kw_defaults().get(di), PR_TEST);
            }
        }
        if (args.kwarg() != null) {
            strIf(!first, ", ");
            str("**");
            arg(args.kwarg());
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            str(g.is_async() != 0 ? " async for " : " for ");
            expr(g.target(), PR_TUPLE);
            str(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Expr i : g.ifs()) {
                str(" if ");
                expr(i, PR_TEST + 1);
            }
        }
    }

    private void call(Expr.Call c) {
        expr(c.func(), PR_ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().getFirst() instanceof Expr.GeneratorExp g) {
            expr(g, PR_TEST);
            return;
        }
        str("(");
        boolean first = true;
        for (Expr a : c.args()) {
            strIf(!first, ", ");
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords()) {
            strIf(!first, ", ");
            first = false;
            if (k.arg() == null) {
                str("**");
            } else {
                str(k.arg());
                str("=");
            }
            expr(k.value(), PR_TEST);
        }
        str(")");
    }

    private void constant(Object v) {
        if (v instanceof ConstantTuple t) {
            str("(");
            for (int i = 0; i < t.elts().size(); i++) {
                strIf(i > 0, ", ");
                constant(t.elts().get(i));
            }
            strIf(t.elts().size() == 1, ",");
            str(")");
            return;
        }
        String repr = ConstantRepr.repr(v);
        if ((v instanceof Double d && d.isInfinite()) || v instanceof Complex) {
            repr = repr.replace("inf", "1e309");
        }
        str(repr);
    }

    private String fstringBody(List<Expr> values, boolean isFormatSpec) {
        Unparser body = new Unparser();
        for (Expr e : values) {
            body.fstringElement(e, isFormatSpec);
        }
        return body.sb.toString();
    }

    private void fstringElement(Expr e, boolean isFormatSpec) {
        switch (e) {
            case Expr.Constant c -> str(((String) c.value()).replace("{", "{{").replace("}", "}}"));
            case Expr.JoinedStr j -> joinedStr(j, isFormatSpec);
            case Expr.FormattedValue f -> formattedValue(f);
            default -> throw new IllegalStateException("unknown expression kind inside f-string");
        }
    }

    private void joinedStr(Expr.JoinedStr j, boolean isFormatSpec) {
        String body = fstringBody(j.values(), isFormatSpec);
        if (!isFormatSpec) {
            str("f");
            str(ConstantRepr.strRepr(body));
        } else {
            str(body);
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        String inner = asString(f.value(), PR_TEST + 1);
        str(inner.startsWith("{") ? "{ " : "{");
        str(inner);
        if (f.conversion() > 0) {
            str("!" + (char) f.conversion());
        }
        if (f.format_spec() != null) {
            str(":");
            fstringElement(f.format_spec(), true);
        }
        str("}");
    }
}
