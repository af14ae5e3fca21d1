package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Alias;
import dev.pyheap.interpreter.ast.Arg;
import dev.pyheap.interpreter.ast.Arguments;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.ExceptHandler;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.ExprContext;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.Located;
import dev.pyheap.interpreter.ast.MatchCase;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Pattern;
import dev.pyheap.interpreter.ast.PySingleton;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.ast.WithItem;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors Python/compile.c (3.11) raises while it compiles an optimized AST, found by one
 * walk in the compiler's own order so the first one is CPython's: {@code 'return'}/{@code 'yield'}/
 * {@code 'await'} outside function, break/continue outside a loop (and in except*), async
 * statements and comprehensions outside async functions, starred targets, {@code __debug__},
 * repeated keyword arguments, a bare except that is not last, late {@code __future__} imports, and
 * the pattern checks of match statements; and its SyntaxWarnings (assert on a tuple, {@code is} with
 * a literal, calling or subscripting a display or constant that cannot be, a non-integer index of a
 * sequence display). The location of an error is the compiler's current
 * location: the statement, or the innermost expression or pattern being compiled.
 *
 * <p>This is the code generator's checking half; the bytecode compiler will take these checks over.
 */
public final class CompilerChecks {
    private enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private enum FBlock { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER }

    private static final int CO_MAXBLOCKS = 20;

    /** One code object being compiled (compiler_unit). */
    private static final class Unit {
        final ScopeType scopeType;
        final SymtableEntry ste;
        final Deque<FBlock> fblocks = new ArrayDeque<>();
        int lineno;
        int col;
        int endLineno;
        int endCol;

        Unit(ScopeType scopeType, SymtableEntry ste) {
            this.scopeType = scopeType;
            this.ste = ste;
        }
    }

    private final String filename;
    private final Symtable symtable;
    private final Future future;
    private final Deque<Unit> units = new ArrayDeque<>();
    private final List<CompileWarning> warnings;

    private CompilerChecks(String filename, Symtable symtable, Future future, List<CompileWarning> warnings) {
        this.filename = filename;
        this.symtable = symtable;
        this.future = future;
        this.warnings = warnings;
    }

    /**
     * Walks the module as compile.c would; throws the first SyntaxError compile.c raises and adds
     * its SyntaxWarnings to {@code warnings} (null: none kept).
     */
    public static void check(Mod.Module module, Symtable symtable, Future future, String filename,
            List<CompileWarning> warnings) {
        CompilerChecks c = new CompilerChecks(filename, symtable, future, warnings);
        c.units.push(new Unit(ScopeType.MODULE, symtable.top()));
        c.setLoc(1, 0, 1, 0);
        c.stmts(module.body());
    }

    private Unit u() {
        return units.peek();
    }

    private void setLoc(int lineno, int col, int endLineno, int endCol) {
        Unit u = u();
        u.lineno = lineno;
        u.col = col;
        u.endLineno = endLineno;
        u.endCol = endCol;
    }

    private void setLoc(Located l) {
        setLoc(l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
    }

    private PythonSyntaxError error(String msg) {
        Unit u = u();
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, u.lineno, u.col + 1,
                u.endLineno, u.endCol + 1, null);
    }

    /** compiler_warn: a SyntaxWarning at the current line. */
    private void warn(String msg) {
        if (warnings != null) {
            warnings.add(new CompileWarning("SyntaxWarning", msg, filename, u().lineno));
        }
    }

    /** infer_type: the type name CPython's warnings give an expression that is a display or constant. */
    private static String inferType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Constant c -> switch (c.value()) {
                case PySingleton s -> s == PySingleton.None ? "NoneType" : "ellipsis";
                case Boolean b -> "bool";
                case Long l -> "int";
                case BigInteger b -> "int";
                case Double d -> "float";
                case Complex x -> "complex";
                case String str -> "str";
                case byte[] b -> "bytes";
                case dev.pyheap.interpreter.ast.ConstantTuple t -> "tuple";
                case dev.pyheap.interpreter.ast.ConstantFrozenset f -> "frozenset";
                default -> null;
            };
            default -> null;
        };
    }

    private void checkCaller(Expr func) {
        switch (func) {
            case Expr.Constant c -> warnNotCallable(func);
            case Expr.Tuple t -> warnNotCallable(func);
            case Expr.List l -> warnNotCallable(func);
            case Expr.ListComp l -> warnNotCallable(func);
            case Expr.Dict d -> warnNotCallable(func);
            case Expr.DictComp d -> warnNotCallable(func);
            case Expr.Set s -> warnNotCallable(func);
            case Expr.SetComp s -> warnNotCallable(func);
            case Expr.GeneratorExp g -> warnNotCallable(func);
            case Expr.JoinedStr j -> warnNotCallable(func);
            case Expr.FormattedValue f -> warnNotCallable(func);
            default -> {
            }
        }
    }

    private void warnNotCallable(Expr func) {
        warn("'" + inferType(func) + "' object is not callable; perhaps you missed a comma?");
    }

    private void checkSubscripter(Expr e) {
        boolean warnIt = switch (e) {
            case Expr.Constant c -> c.value() instanceof PySingleton || c.value() instanceof Long
                    || c.value() instanceof BigInteger || c.value() instanceof Boolean || c.value() instanceof Double
                    || c.value() instanceof Complex || c.value() instanceof dev.pyheap.interpreter.ast.ConstantFrozenset;
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        if (warnIt) {
            warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
        }
    }

    private void checkIndex(Expr e, Expr index) {
        String indexType = inferType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        boolean warnIt = switch (e) {
            case Expr.Constant c -> c.value() instanceof String || c.value() instanceof byte[]
                    || c.value() instanceof dev.pyheap.interpreter.ast.ConstantTuple;
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        if (warnIt) {
            warn(inferType(e) + " indices must be integers or slices, not " + indexType + "; perhaps you missed a comma?");
        }
    }

    /** check_is_arg: true unless a constant other than None, True, False, Ellipsis. */
    private static boolean isArgOk(Expr e) {
        return !(e instanceof Expr.Constant c) || c.value() instanceof PySingleton || c.value() instanceof Boolean;
    }

    private void checkCompare(Expr.Compare e) {
        boolean left = isArgOk(e.left());
        for (int i = 0; i < e.ops().size(); i++) {
            dev.pyheap.interpreter.ast.Cmpop op = e.ops().get(i);
            boolean right = isArgOk(e.comparators().get(i));
            if ((op == dev.pyheap.interpreter.ast.Cmpop.Is || op == dev.pyheap.interpreter.ast.Cmpop.IsNot)
                    && (!right || !left)) {
                warn(op == dev.pyheap.interpreter.ast.Cmpop.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    private void forbiddenName(String name, ExprContext ctx) {
        if ("__debug__".equals(name)) {
            if (ctx == ExprContext.Store) {
                throw error("cannot assign to __debug__");
            }
            if (ctx == ExprContext.Del) {
                throw error("cannot delete __debug__");
            }
        }
    }

    private void enterScope(ScopeType type, Object key, Located loc) {
        units.push(new Unit(type, symtable.lookup(key)));
        setLoc(loc);
    }

    private void pushFBlock(FBlock b) {
        if (u().fblocks.size() >= CO_MAXBLOCKS) {
            throw error("too many statically nested blocks");
        }
        u().fblocks.push(b);
    }

    // ---------------------------------------------------------------- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        setLoc(s);
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.args(), f.decorator_list(), f.returns(), f.body(), false);
            case Stmt.AsyncFunctionDef f -> function(s, f.args(), f.decorator_list(), f.returns(), f.body(), true);
            case Stmt.ClassDef c -> {
                exprs(c.decorator_list());
                enterScope(ScopeType.CLASS, c, c);
                stmts(c.body());
                units.pop();
                setLoc(s);
                callHelper(c.bases(), c.keywords());
            }
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                expr(a.value());
                exprs(a.targets());
            }
            case Stmt.AugAssign a -> {
                augTarget(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                expr(f.iter());
                pushFBlock(FBlock.FOR_LOOP);
                expr(f.target());
                stmts(f.body());
                u().fblocks.pop();
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                if (u().scopeType != ScopeType.ASYNC_FUNCTION) {
                    throw error("'async for' outside async function");
                }
                expr(f.iter());
                pushFBlock(FBlock.FOR_LOOP);
                expr(f.target());
                stmts(f.body());
                u().fblocks.pop();
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                pushFBlock(FBlock.WHILE_LOOP);
                stmts(w.body());
                u().fblocks.pop();
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body(), FBlock.WITH);
            case Stmt.AsyncWith w -> {
                if (u().scopeType != ScopeType.ASYNC_FUNCTION) {
                    throw error("'async with' outside async function");
                }
                with(w.items(), w.body(), FBlock.ASYNC_WITH);
            }
            case Stmt.Match m -> match(m);
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                    }
                }
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
            case Stmt.Assert a -> {
                if ((a.test() instanceof Expr.Tuple t && !t.elts().isEmpty())
                        || (a.test() instanceof Expr.Constant c && c.value() instanceof dev.pyheap.interpreter.ast.ConstantTuple ct
                                && !ct.elts().isEmpty())) {
                    warn("assertion is always true, perhaps remove parentheses?");
                }
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    String store = a.asname() != null ? a.asname()
                            : a.name().indexOf('.') >= 0 ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                    forbiddenName(store, ExprContext.Store);
                }
            }
            case Stmt.ImportFrom i -> {
                if (s.lineno() > future.lineno() && "__future__".equals(i.module())) {
                    throw error("from __future__ imports must occur at the beginning of the file");
                }
                for (Alias a : i.names()) {
                    if (!a.name().equals("*")) {
                        forbiddenName(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
                    }
                }
            }
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Expr e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> loopExit("'break' outside loop");
            case Stmt.Continue c -> loopExit("'continue' not properly in loop");
        }
    }

    private void function(Stmt s, Arguments args, List<Expr> decorators, Expr returns, List<Stmt> body, boolean async) {
        checkDebugArgs(args);
        exprs(decorators);
        defaults(args);
        annotations(args, returns);
        enterScope(async ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, s);
        int first = Future.docString(body) != null ? 1 : 0;
        for (int i = first; i < body.size(); i++) {
            stmt(body.get(i));
        }
        units.pop();
    }

    private void checkDebugArgs(Arguments a) {
        for (List<Arg> list : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : list) {
                forbiddenName(arg.arg(), ExprContext.Store);
            }
        }
        if (a.vararg() != null) {
            forbiddenName(a.vararg().arg(), ExprContext.Store);
        }
        if (a.kwarg() != null) {
            forbiddenName(a.kwarg().arg(), ExprContext.Store);
        }
    }

    private void defaults(Arguments a) {
        exprs(a.defaults());
        for (Expr e : a.kw_defaults()) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void annotations(Arguments a, Expr returns) {
        if (future.annotations()) {
            return;
        }
        for (List<Arg> list : List.of(a.args(), a.posonlyargs())) {
            argAnnotations(list);
        }
        if (a.vararg() != null && a.vararg().annotation() != null) {
            expr(a.vararg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            expr(a.kwarg().annotation());
        }
        if (returns != null) {
            expr(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                expr(arg.annotation());
            }
        }
    }

    private void returnStmt(Stmt.Return r) {
        Unit u = u();
        if (u.ste.type() != SymtableEntry.BlockType.FUNCTION) {
            throw error("'return' outside function");
        }
        if (r.value() != null && u.ste.isCoroutine() && u.ste.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        boolean preserveTos = r.value() != null && !(r.value() instanceof Expr.Constant);
        if (preserveTos) {
            expr(r.value());
        } else if (r.value() != null) {
            setLoc(r.value());
        }
        if (r.value() == null || r.value().lineno() != r.lineno()) {
            setLoc(r);
        }
        for (FBlock b : u.fblocks) {
            if (b == FBlock.EXCEPTION_GROUP_HANDLER) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block");
            }
        }
    }

    /** compiler_break / compiler_continue: the innermost loop, unwinding the blocks in between. */
    private void loopExit(String outsideMessage) {
        for (FBlock b : u().fblocks) {
            if (b == FBlock.EXCEPTION_GROUP_HANDLER) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block");
            }
            if (b == FBlock.WHILE_LOOP || b == FBlock.FOR_LOOP) {
                return;
            }
        }
        throw error(outsideMessage);
    }

    private void with(List<WithItem> items, List<Stmt> body, FBlock kind) {
        withItems(items, 0, body, kind);
    }

    private void withItems(List<WithItem> items, int pos, List<Stmt> body, FBlock kind) {
        WithItem item = items.get(pos);
        expr(item.context_expr());
        pushFBlock(kind);
        if (item.optional_vars() != null) {
            expr(item.optional_vars());
        }
        if (pos + 1 == items.size()) {
            stmts(body);
        } else {
            withItems(items, pos + 1, body, kind);
        }
        u().fblocks.pop();
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            boolean star) {
        if (!finalbody.isEmpty()) {
            pushFBlock(FBlock.FINALLY_TRY);
            tryExcept(body, handlers, orelse, star);
            u().fblocks.pop();
            pushFBlock(FBlock.FINALLY_END);
            stmts(finalbody);
            u().fblocks.pop();
        } else {
            tryExcept(body, handlers, orelse, star);
        }
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, boolean star) {
        if (handlers.isEmpty()) {
            stmts(body);
            return;
        }
        pushFBlock(FBlock.TRY_EXCEPT);
        stmts(body);
        u().fblocks.pop();
        stmts(orelse);
        pushFBlock(FBlock.EXCEPTION_HANDLER);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            setLoc(h);
            if (!star && h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last");
            }
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                forbiddenName(h.name(), ExprContext.Store);
            }
            pushFBlock(star ? FBlock.EXCEPTION_GROUP_HANDLER : FBlock.HANDLER_CLEANUP);
            stmts(h.body());
            u().fblocks.pop();
        }
        u().fblocks.pop();
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            expr(a.target());
        }
        ScopeType st = u().scopeType;
        boolean evaluated = st == ScopeType.MODULE || st == ScopeType.CLASS;
        switch (a.target()) {
            case Expr.Name n -> {
                forbiddenName(n.id(), ExprContext.Store);
                if (a.simple() != 0 && evaluated && !future.annotations()) {
                    expr(a.annotation());
                }
            }
            case Expr.Attribute at -> {
                forbiddenName(at.attr(), ExprContext.Store);
                if (a.value() == null) {
                    expr(at.value());
                }
            }
            case Expr.Subscript sub -> {
                if (a.value() == null) {
                    expr(sub.value());
                    expr(sub.slice());
                }
            }
            default -> throw error("invalid node type for annotated assignment");
        }
        if (a.simple() == 0 && !future.annotations() && evaluated) {
            expr(a.annotation());
        }
    }

    private void augTarget(Expr target) {
        switch (target) {
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Name n -> forbiddenName(n.id(), ExprContext.Store);
            default -> throw error("invalid node type for augmented assignment");
        }
    }

    // ---------------------------------------------------------------- expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    /** compiler_visit_expr: the location is the expression's while it is compiled, then restored. */
    private void expr(Expr e) {
        Unit u = u();
        int l = u.lineno;
        int c = u.col;
        int el = u.endLineno;
        int ec = u.endCol;
        setLoc(e);
        expr1(e);
        u.lineno = l;
        u.col = c;
        u.endLineno = el;
        u.endCol = ec;
    }

    private void elements(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                expr(s.value());
            } else {
                expr(e);
            }
        }
    }

    private void expr1(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                expr(n.value());
                expr(n.target());
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp un -> expr(un.operand());
            case Expr.Lambda l -> {
                checkDebugArgs(l.args());
                defaults(l.args());
                enterScope(ScopeType.LAMBDA, l, l);
                expr(l.body());
                units.pop();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) != null) {
                        expr(d.keys().get(i));
                    }
                    expr(d.values().get(i));
                }
            }
            case Expr.Set s -> elements(s.elts());
            case Expr.GeneratorExp g -> comprehension(e, g.generators(), g.elt(), null, true);
            case Expr.ListComp c -> comprehension(e, c.generators(), c.elt(), null, false);
            case Expr.SetComp c -> comprehension(e, c.generators(), c.elt(), null, false);
            case Expr.DictComp c -> comprehension(e, c.generators(), c.key(), c.value(), false);
            case Expr.Yield y -> {
                if (u().ste.type() != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'yield' outside function");
                }
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                if (u().ste.type() != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'yield' outside function");
                }
                if (u().scopeType == ScopeType.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function");
                }
                expr(y.value());
            }
            case Expr.Await a -> {
                if (u().ste.type() != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'await' outside function");
                }
                if (u().scopeType != ScopeType.ASYNC_FUNCTION && u().scopeType != ScopeType.COMPREHENSION) {
                    throw error("'await' outside async function");
                }
                expr(a.value());
            }
            case Expr.Compare c -> {
                checkCompare(c);
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                validateKeywords(c.keywords());
                if (!(c.func() instanceof Expr.Attribute)) {
                    checkCaller(c.func());
                }
                expr(c.func());
                callHelper(c.args(), c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.format_spec() != null) {
                    expr(f.format_spec());
                }
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> {
                expr(a.value());
                if (a.ctx() == ExprContext.Store) {
                    forbiddenName(a.attr(), a.ctx());
                }
            }
            case Expr.Subscript s -> {
                if (s.ctx() == ExprContext.Load) {
                    checkSubscripter(s.value());
                    checkIndex(s.value(), s.slice());
                }
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> throw error(s.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Expr.Name n -> forbiddenName(n.id(), n.ctx());
            case Expr.List l -> sequence(l.elts(), l.ctx());
            case Expr.Tuple t -> sequence(t.elts(), t.ctx());
        }
    }

    private void sequence(List<Expr> elts, ExprContext ctx) {
        if (ctx == ExprContext.Store) {
            boolean seenStar = false;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Expr.Starred) {
                    if (seenStar) {
                        throw error("multiple starred expressions in assignment");
                    }
                    if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                        throw error("too many expressions in star-unpacking assignment");
                    }
                    seenStar = true;
                }
            }
        }
        elements(elts);
    }

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) {
                continue;
            }
            forbiddenName(key.arg(), ExprContext.Store);
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (key.arg().equals(other.arg())) {
                    setLoc(other);
                    throw error("keyword argument repeated: " + key.arg());
                }
            }
        }
    }

    private void callHelper(List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        elements(args);
        for (Keyword k : keywords) {
            expr(k.value());
        }
    }

    private void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean genexp) {
        ScopeType outer = u().scopeType;
        Comprehension outermost = generators.getFirst();
        enterScope(ScopeType.COMPREHENSION, e, e);
        boolean asyncGenerator = u().ste != null && u().ste.isCoroutine();
        if (asyncGenerator && !genexp && outer != ScopeType.ASYNC_FUNCTION && outer != ScopeType.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            expr(g.target());
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) {
            expr(value);
        }
        units.pop();
        expr(outermost.iter());
    }

    // ---------------------------------------------------------------- match

    /** pattern_context: the names a pattern binds, and whether it may be irrefutable. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
    }

    private void match(Stmt.Match m) {
        expr(m.subject());
        List<MatchCase> cases = m.cases();
        MatchCase last = cases.getLast();
        boolean hasDefault = last.pattern() instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null
                && cases.size() > 1;
        int n = cases.size() - (hasDefault ? 1 : 0);
        for (int i = 0; i < n; i++) {
            MatchCase c = cases.get(i);
            setLoc(c.pattern());
            PatternContext pc = new PatternContext();
            pc.allowIrrefutable = c.guard() != null || i == cases.size() - 1;
            pattern(c.pattern(), pc);
            if (c.guard() != null) {
                expr(c.guard());
            }
            stmts(c.body());
        }
        if (hasDefault) {
            MatchCase c = cases.getLast();
            setLoc(c.pattern());
            if (c.guard() != null) {
                expr(c.guard());
            }
            stmts(c.body());
        }
    }

    private void storeName(String name, PatternContext pc) {
        if (name == null) {
            return;
        }
        forbiddenName(name, ExprContext.Store);
        if (pc.stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern");
        }
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, PatternContext pc) {
        boolean saved = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = saved;
    }

    private void pattern(Pattern p, PatternContext pc) {
        setLoc(p);
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> {
                boolean star = false;
                for (Pattern x : s.patterns()) {
                    if (x instanceof Pattern.MatchStar) {
                        if (star) {
                            throw error("multiple starred names in sequence pattern");
                        }
                        star = true;
                    }
                }
                for (Pattern x : s.patterns()) {
                    if (x instanceof Pattern.MatchStar st) {
                        setLoc(st);
                        storeName(st.name(), pc);
                    } else {
                        subpattern(x, pc);
                    }
                }
            }
            case Pattern.MatchMapping m -> {
                List<Object> seen = new ArrayList<>();
                for (Expr key : m.keys()) {
                    if (key instanceof Expr.Constant c) {
                        for (Object o : seen) {
                            if (pyEquals(o, c.value())) {
                                throw error("mapping pattern checks duplicate key ("
                                        + dev.pyheap.interpreter.ast.ConstantRepr.repr(c.value()) + ")");
                            }
                        }
                        seen.add(c.value());
                    } else if (!(key instanceof Expr.Attribute)) {
                        throw error("mapping pattern keys may only match literals and attribute lookups");
                    }
                    expr(key);
                }
                for (Pattern x : m.patterns()) {
                    subpattern(x, pc);
                }
                if (m.rest() != null) {
                    storeName(m.rest(), pc);
                }
            }
            case Pattern.MatchClass c -> {
                Set<String> attrs = new HashSet<>();
                for (int i = 0; i < c.kwd_attrs().size(); i++) {
                    String attr = c.kwd_attrs().get(i);
                    if (!attrs.add(attr)) {
                        setLoc(c.kwd_patterns().get(i));
                        throw error("attribute name repeated in class pattern: " + attr);
                    }
                    forbiddenName(attr, ExprContext.Store);
                }
                expr(c.cls());
                for (Pattern x : c.patterns()) {
                    subpattern(x, pc);
                }
                for (Pattern x : c.kwd_patterns()) {
                    subpattern(x, pc);
                }
            }
            case Pattern.MatchStar s -> storeName(s.name(), pc);
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (a.name() != null) {
                            throw error("name capture '" + a.name() + "' makes remaining patterns unreachable");
                        }
                        throw error("wildcard makes remaining patterns unreachable");
                    }
                    storeName(a.name(), pc);
                    return;
                }
                boolean saved = pc.allowIrrefutable;
                pc.allowIrrefutable = true;
                pattern(a.pattern(), pc);
                pc.allowIrrefutable = saved;
                storeName(a.name(), pc);
            }
            case Pattern.MatchOr o -> {
                List<String> control = null;
                PatternContext old = new PatternContext();
                old.stores = pc.stores;
                old.allowIrrefutable = pc.allowIrrefutable;
                for (int i = 0; i < o.patterns().size(); i++) {
                    Pattern alt = o.patterns().get(i);
                    pc.stores = new ArrayList<>();
                    pc.allowIrrefutable = (i == o.patterns().size() - 1) && old.allowIrrefutable;
                    pattern(alt, pc);
                    if (control == null) {
                        control = pc.stores;
                    } else if (pc.stores.size() != control.size() || !pc.stores.containsAll(control)) {
                        throw error("alternative patterns bind different names");
                    }
                }
                pc.stores = old.stores;
                pc.allowIrrefutable = old.allowIrrefutable;
                for (String name : control) {
                    if (pc.stores.contains(name)) {
                        throw error("multiple assignments to name '" + name + "' in pattern");
                    }
                    pc.stores.add(name);
                }
            }
        }
    }

    /** Python's == between two constants, as a set of keys sees it (1 == 1.0 == True). */
    static boolean pyEquals(Object a, Object b) {
        Object na = numeric(a);
        Object nb = numeric(b);
        if (na != null && nb != null) {
            if (na instanceof Complex || nb instanceof Complex) {
                Complex ca = toComplex(na);
                Complex cb = toComplex(nb);
                return ca.real() == cb.real() && ca.imag() == cb.imag();
            }
            if (na instanceof Double || nb instanceof Double) {
                return toBig(na).compareTo(toBig(nb)) == 0 && !(isNaN(na) || isNaN(nb));
            }
            return na.equals(nb);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        return a.equals(b) || (a == PySingleton.None && b == PySingleton.None);
    }

    private static boolean isNaN(Object o) {
        return o instanceof Double d && d.isNaN();
    }

    private static Object numeric(Object o) {
        return switch (o) {
            case Boolean b -> BigInteger.valueOf(b ? 1 : 0);
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Double d -> d;
            case Complex c -> c;
            default -> null;
        };
    }

    private static java.math.BigDecimal toBig(Object o) {
        return switch (o) {
            case BigInteger b -> new java.math.BigDecimal(b);
            case Double d -> d.isNaN() || d.isInfinite() ? java.math.BigDecimal.valueOf(Double.MAX_VALUE)
                    .multiply(java.math.BigDecimal.valueOf(d > 0 ? 10 : -10)) : new java.math.BigDecimal(d);
            default -> throw new IllegalArgumentException();
        };
    }

    private static Complex toComplex(Object o) {
        return switch (o) {
            case Complex c -> c;
            case Double d -> new Complex(d, 0.0);
            case BigInteger b -> new Complex(b.doubleValue(), 0.0);
            default -> throw new IllegalArgumentException();
        };
    }
}
