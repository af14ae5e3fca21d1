package dev.pyheap.interpreter.compiler;

import static dev.pyheap.interpreter.compiler.Symbol.DEF_ANNOT;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_BOUND;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_COMP_ITER;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_FREE_CLASS;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_GLOBAL;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_IMPORT;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_LOCAL;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_NONLOCAL;
import static dev.pyheap.interpreter.compiler.Symbol.DEF_PARAM;
import static dev.pyheap.interpreter.compiler.Symbol.SCOPE_OFFSET;
import static dev.pyheap.interpreter.compiler.Symbol.USE;

import dev.pyheap.interpreter.ast.Alias;
import dev.pyheap.interpreter.ast.Arg;
import dev.pyheap.interpreter.ast.Arguments;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.ExceptHandler;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.ExprContext;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.Located;
import dev.pyheap.interpreter.ast.MatchCase;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Pattern;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.ast.WithItem;
import dev.pyheap.interpreter.parser.NestingTooDeepError;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python/symtable.c (3.11): the scope of every name in every block.
 *
 * <p>Two passes. The first walks the AST and records, per block, each name with DEF_* flags (bound
 * here, a parameter, imported, used, declared global/nonlocal, annotated, a comprehension's
 * iteration variable), checking the declarations as it goes. The second (analyze_block) runs from
 * the module down, carrying the sets of names bound by enclosing functions ({@code bound}), declared
 * global ({@code global}) and, back up, the free names of the children ({@code free}):
 * <ol>
 * <li>a name declared global is GLOBAL_EXPLICIT; nonlocal must be bound in an enclosing function,
 * and is FREE; a name bound here is LOCAL; one bound by an enclosing function is FREE; else it is
 * GLOBAL_IMPLICIT;</li>
 * <li>a class's names are not visible in its methods (bound/global pass through it unchanged), but
 * {@code __class__} is bound for them;</li>
 * <li>after the children: a function's LOCAL that a child uses freely becomes CELL; a class drops a
 * free {@code __class__} and marks that it needs the {@code __class__} cell; the children's free names
 * not bound here are recorded as FREE here too, so they pass down the closure chain (a class keeps
 * its own binding and marks it DEF_FREE_CLASS).</li>
 * </ol>
 * Comprehensions are functions with the implicit parameter {@code .0}; their outermost iterable is
 * evaluated in the enclosing block, and a walrus inside binds in the nearest enclosing function or
 * module. Errors are CPython's messages and locations.
 */
public final class Symtable {
    private final String filename;
    private final boolean futureAnnotations;
    private final SymtableEntry top;
    private final Map<Object, SymtableEntry> blocks = new IdentityHashMap<>();
    private final List<SymtableEntry> stack = new ArrayList<>();
    private SymtableEntry cur;
    private String privateName;
    /**
     * Statements and expressions being visited, one inside the other; CPython stops at its recursion
     * limit (1000) times COMPILER_STACK_FRAME_SCALE (3), counted from the top of the program.
     */
    private int depth;
    private static final int RECURSION_LIMIT = 1000 * 3;

    private Symtable(String filename, boolean futureAnnotations, Mod module) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
        enterBlock("top", SymtableEntry.BlockType.MODULE, module, 0, 0, -1, -1);
        this.top = cur;
        switch (module) {
            case Mod.Module m -> m.body().forEach(this::visitStmt);
            case Mod.Interactive i -> i.body().forEach(this::visitStmt);
            case Mod.Expression e -> visitExpr(e.body());
            case Mod.FunctionType f -> throw new IllegalArgumentException("a function type has no symbol table");
        }
        exitBlock();
    }

    /**
     * _PySymtable_Build: the tables of a module, an expression ({@code 'eval'}) or an interactive
     * statement ({@code 'single'}); {@code futureAnnotations} is {@code from __future__ import annotations}.
     */
    public static Symtable build(Mod module, String filename, boolean futureAnnotations) {
        Symtable st = new Symtable(filename, futureAnnotations, module);
        st.analyze();
        return st;
    }

    /** The module's table. */
    public SymtableEntry top() {
        return top;
    }

    /** The table of the block an AST node (FunctionDef, Lambda, ClassDef, comprehension) opens. */
    public SymtableEntry lookup(Object node) {
        return blocks.get(node);
    }

    // ---------------------------------------------------------------- errors

    private PythonSyntaxError error(String msg, int lineno, int col, int endLineno, int endCol) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, lineno, col + 1, endLineno,
                endCol + 1, null);
    }

    private PythonSyntaxError error(String msg, Located l) {
        return error(msg, l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
    }

    private PythonSyntaxError errorAtDirective(SymtableEntry ste, String name, String msg) {
        int[] d = ste.directives.get(name);
        return error(msg, d[0], d[1], d[2], d[3]);
    }

    // ---------------------------------------------------------------- blocks and definitions

    private void enterBlock(String name, SymtableEntry.BlockType type, Object key, int lineno, int col, int endLineno,
            int endCol) {
        SymtableEntry prev = cur;
        SymtableEntry ste = new SymtableEntry(name, type, key, lineno, col, endLineno, endCol);
        if (prev != null && (prev.nested || prev.type == SymtableEntry.BlockType.FUNCTION)) {
            ste.nested = true;
        }
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        blocks.put(key, ste);
        stack.add(ste);
        cur = ste;
        // Annotation blocks leave no trace in the tables: the compiler turns annotations into strings.
        if (type != SymtableEntry.BlockType.ANNOTATION && prev != null) {
            prev.children.add(ste);
        }
    }

    private void exitBlock() {
        stack.removeLast();
        cur = stack.isEmpty() ? null : stack.getLast();
    }

    /** _Py_Mangle: {@code __x} inside class {@code C} is {@code _C__x}. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    private void addDef(String name, int flag, Located loc) {
        addDefHelper(name, flag, cur, loc.lineno(), loc.col_offset(), loc.end_lineno(), loc.end_col_offset());
    }

    private void addDefHelper(String name, int flag, SymtableEntry ste, int lineno, int col, int endLineno, int endCol) {
        String mangled = mangle(privateName, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", lineno, col, endLineno, endCol);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        lineno, col, endLineno, endCol);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            int g = flag;
            Integer prev = top.symbols.get(mangled);
            if (prev != null) {
                g |= prev;
            }
            top.symbols.put(mangled, g);
        }
    }

    private int lookupFlags(SymtableEntry ste, String name) {
        Integer f = ste.symbols.get(mangle(privateName, name));
        return f == null ? 0 : f;
    }

    private void recordDirective(String name, Located l) {
        cur.directives.putIfAbsent(mangle(privateName, name),
                new int[] {l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset()});
    }

    // ---------------------------------------------------------------- statements

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void enter() {
        if (++depth > RECURSION_LIMIT) {
            throw new NestingTooDeepError("RecursionError", "maximum recursion depth exceeded during compilation");
        }
    }

    private void visitStmt(Stmt s) {
        enter();
        visitStmt1(s);
        depth--;
    }

    private void visitStmt1(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> visitFunction(s, f.name(), f.args(), f.returns(), f.decorator_list(), f.body(), false);
            case Stmt.AsyncFunctionDef f -> visitFunction(s, f.name(), f.args(), f.returns(), f.decorator_list(), f.body(), true);
            case Stmt.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, c);
                visitExprs(c.bases());
                visitKeywords(c.keywords());
                visitExprs(c.decorator_list());
                enterBlock(c.name(), SymtableEntry.BlockType.CLASS, c, c.lineno(), c.col_offset(), c.end_lineno(),
                        c.end_col_offset());
                String saved = privateName;
                privateName = c.name();
                visitStmts(c.body());
                privateName = saved;
                exitBlock();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int f = lookupFlags(cur, n.id());
                    if ((f & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple() != 0) {
                        throw error(((f & DEF_GLOBAL) != 0 ? "annotated name '" + n.id() + "' can't be global"
                                : "annotated name '" + n.id() + "' can't be nonlocal"), s);
                    }
                    if (a.simple() != 0) {
                        addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
                    } else if (a.value() != null) {
                        addDef(n.id(), DEF_LOCAL, n);
                    }
                } else {
                    visitExpr(a.target());
                }
                visitAnnotation(a.annotation());
                if (a.value() != null) {
                    visitExpr(a.value());
                }
            }
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Stmt.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Stmt.Match m -> {
                visitExpr(m.subject());
                for (MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitStmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                    }
                }
            }
            case Stmt.Try t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Stmt.Import i -> visitAliases(i.names());
            case Stmt.ImportFrom i -> visitAliases(i.names());
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    int f = lookupFlags(cur, name);
                    if ((f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg = (f & DEF_PARAM) != 0 ? "name '" + name + "' is parameter and global"
                                : (f & USE) != 0 ? "name '" + name + "' is used prior to global declaration"
                                : (f & DEF_ANNOT) != 0 ? "annotated name '" + name + "' can't be global"
                                : "name '" + name + "' is assigned to before global declaration";
                        throw error(msg, s);
                    }
                    addDef(name, DEF_GLOBAL, s);
                    recordDirective(name, s);
                }
            }
            case Stmt.Nonlocal n -> {
                for (String name : n.names()) {
                    int f = lookupFlags(cur, name);
                    if ((f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg = (f & DEF_PARAM) != 0 ? "name '" + name + "' is parameter and nonlocal"
                                : (f & USE) != 0 ? "name '" + name + "' is used prior to nonlocal declaration"
                                : (f & DEF_ANNOT) != 0 ? "annotated name '" + name + "' can't be nonlocal"
                                : "name '" + name + "' is assigned to before nonlocal declaration";
                        throw error(msg, s);
                    }
                    addDef(name, DEF_NONLOCAL, s);
                    recordDirective(name, s);
                }
            }
            case Stmt.Expr e -> visitExpr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
            case Stmt.With w -> {
                visitWithItems(w.items());
                visitStmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                visitWithItems(w.items());
                visitStmts(w.body());
            }
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, Expr returns, List<Expr> decorators, List<Stmt> body,
            boolean async) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults());
        visitExprs(args.kw_defaults());
        visitAnnotations(s, args, returns);
        visitExprs(decorators);
        enterBlock(name, SymtableEntry.BlockType.FUNCTION, s, s.lineno(), s.col_offset(), s.end_lineno(),
                s.end_col_offset());
        if (async) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visitExpr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
            }
            visitStmts(h.body());
        }
        visitStmts(finalbody);
    }

    private void visitWithItems(List<WithItem> items) {
        for (WithItem w : items) {
            visitExpr(w.context_expr());
            if (w.optional_vars() != null) {
                visitExpr(w.optional_vars());
            }
        }
    }

    private void visitKeywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            visitExpr(k.value());
        }
    }

    private void visitAliases(List<Alias> names) {
        for (Alias a : names) {
            String name = a.asname() == null ? a.name() : a.asname();
            int dot = name.indexOf('.');
            String storeName = dot >= 0 ? name.substring(0, dot) : name;
            if (!name.equals("*")) {
                addDef(storeName, DEF_IMPORT, a);
            } else if (cur.type != SymtableEntry.BlockType.MODULE) {
                throw error("import * only allowed at module level", a);
            }
        }
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg(), DEF_PARAM, a);
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", SymtableEntry.BlockType.ANNOTATION, annotation, annotation.lineno(),
                    annotation.col_offset(), annotation.end_lineno(), annotation.end_col_offset());
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                visitExpr(a.annotation());
            }
        }
    }

    private void visitAnnotations(Stmt s, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", SymtableEntry.BlockType.ANNOTATION, a, s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    // ---------------------------------------------------------------- expressions

    private void raiseIfAnnotationBlock(String what, Expr e) {
        if (cur.type == SymtableEntry.BlockType.ANNOTATION) {
            throw error("'" + what + "' can not be used within an annotation", e);
        }
    }

    private void visitExpr(Expr e) {
        enter();
        visitExpr1(e);
        depth--;
    }

    private void visitExpr1(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                handleNamedExpr(n);
            }
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitExprs(l.args().defaults());
                visitExprs(l.args().kw_defaults());
                enterBlock("lambda", SymtableEntry.BlockType.FUNCTION, l, l.lineno(), l.col_offset(), l.end_lineno(),
                        l.end_col_offset());
                visitArguments(l.args());
                visitExpr(l.body());
                exitBlock();
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                visitExprs(d.keys());
                visitExprs(d.values());
            }
            case Expr.Set s -> visitExprs(s.elts());
            case Expr.GeneratorExp g -> handleComprehension(e, "genexpr", g.generators(), g.elt(), null,
                    SymtableEntry.ComprehensionType.GENERATOR);
            case Expr.ListComp c -> handleComprehension(e, "listcomp", c.generators(), c.elt(), null,
                    SymtableEntry.ComprehensionType.LIST);
            case Expr.SetComp c -> handleComprehension(e, "setcomp", c.generators(), c.elt(), null,
                    SymtableEntry.ComprehensionType.SET);
            case Expr.DictComp c -> handleComprehension(e, "dictcomp", c.generators(), c.key(), c.value(),
                    SymtableEntry.ComprehensionType.DICT);
            case Expr.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) {
                    visitExpr(y.value());
                }
                cur.generator = true;
                raiseIfComprehensionBlock(e);
            }
            case Expr.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(y.value());
                cur.generator = true;
                raiseIfComprehensionBlock(e);
            }
            case Expr.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Expr.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                visitKeywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                if (f.format_spec() != null) {
                    visitExpr(f.format_spec());
                }
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> visitExpr(a.value());
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    visitExpr(s.lower());
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                }
                if (s.step() != null) {
                    visitExpr(s.step());
                }
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                if (n.ctx() == ExprContext.Load && cur.type == SymtableEntry.BlockType.FUNCTION
                        && n.id().equals("super")) {
                    addDef("__class__", USE, n);
                }
            }
            case Expr.List l -> visitExprs(l.elts());
            case Expr.Tuple t -> visitExprs(t.elts());
        }
    }

    private void raiseIfComprehensionBlock(Expr e) {
        String msg = switch (cur.comprehension) {
            case NONE -> null;
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            case GENERATOR -> "'yield' inside generator expression";
        };
        if (msg != null) {
            throw error(msg, e);
        }
    }

    private void handleNamedExpr(Expr.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.comprehension != SymtableEntry.ComprehensionType.NONE) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visitExpr(e.value());
        visitExpr(e.target());
    }

    private void extendNamedExprScope(Expr.Name e) {
        String target = e.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymtableEntry ste = stack.get(i);
            if (ste.comprehension != SymtableEntry.ComprehensionType.NONE) {
                if ((lookupFlags(ste, target) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + target + "'", e);
                }
                continue;
            }
            if (ste.type == SymtableEntry.BlockType.FUNCTION) {
                if ((lookupFlags(ste, target) & DEF_GLOBAL) != 0) {
                    addDef(target, DEF_GLOBAL, e);
                } else {
                    addDef(target, DEF_NONLOCAL, e);
                }
                recordDirective(target, e);
                addDefHelper(target, DEF_LOCAL, ste, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset());
                return;
            }
            if (ste.type == SymtableEntry.BlockType.MODULE) {
                addDef(target, DEF_GLOBAL, e);
                recordDirective(target, e);
                addDefHelper(target, DEF_GLOBAL, ste, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset());
                return;
            }
            if (ste.type == SymtableEntry.BlockType.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", e);
            }
        }
        throw new IllegalStateException("no block for the walrus target " + target);
    }

    private void handleComprehension(Expr e, String scopeName, List<Comprehension> generators, Expr elt, Expr value,
            SymtableEntry.ComprehensionType kind) {
        boolean isGenerator = kind == SymtableEntry.ComprehensionType.GENERATOR;
        Comprehension outermost = generators.getFirst();
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, SymtableEntry.BlockType.FUNCTION, e, e.lineno(), e.col_offset(), e.end_lineno(),
                e.end_col_offset());
        cur.comprehension = kind;
        if (outermost.is_async() != 0) {
            cur.coroutine = true;
        }
        addDefHelper(".0", DEF_PARAM, cur, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension lc = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(lc.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(lc.iter());
            cur.compIterExpr--;
            visitExprs(lc.ifs());
            if (lc.is_async() != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        if (isGenerator) {
            cur.generator = true;
        }
        // A comprehension (not a generator expression) awaiting inside makes its parent await too.
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private void visitPattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> visitExpr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::visitPattern);
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchMapping m -> {
                visitExprs(m.keys());
                m.patterns().forEach(this::visitPattern);
                if (m.rest() != null) {
                    addDef(m.rest(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchClass c -> {
                visitExpr(c.cls());
                c.patterns().forEach(this::visitPattern);
                c.kwd_patterns().forEach(this::visitPattern);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::visitPattern);
        }
    }

    // ---------------------------------------------------------------- analysis

    private void analyze() {
        Set<String> free = new HashSet<>();
        Set<String> global = new HashSet<>();
        analyzeBlock(top, null, free, global);
    }

    private void analyzeName(SymtableEntry ste, Map<String, Scope> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, Scope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, Scope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, Scope.GLOBAL_IMPLICIT);
    }

    private void analyzeBlock(SymtableEntry ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Scope> scopes = new LinkedHashMap<>();
        Set<String> newglobal = new HashSet<>();
        Set<String> newfree = new HashSet<>();
        Set<String> newbound = new HashSet<>();
        if (ste.type == SymtableEntry.BlockType.CLASS) {
            newglobal.addAll(global);
            if (bound != null) {
                newbound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.type != SymtableEntry.BlockType.CLASS) {
            if (ste.type == SymtableEntry.BlockType.FUNCTION) {
                newbound.addAll(local);
            }
            if (bound != null) {
                newbound.addAll(bound);
            }
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
        }
        Set<String> allfree = new HashSet<>();
        for (SymtableEntry entry : ste.children) {
            Set<String> tempBound = new HashSet<>(newbound);
            Set<String> tempFree = new HashSet<>(newfree);
            Set<String> tempGlobal = new HashSet<>(newglobal);
            analyzeBlock(entry, tempBound, tempFree, tempGlobal);
            allfree.addAll(tempFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }
        newfree.addAll(allfree);
        if (ste.type == SymtableEntry.BlockType.FUNCTION) {
            for (Map.Entry<String, Scope> e : scopes.entrySet()) {
                if (e.getValue() == Scope.LOCAL && newfree.contains(e.getKey())) {
                    e.setValue(Scope.CELL);
                    newfree.remove(e.getKey());
                }
            }
        } else if (ste.type == SymtableEntry.BlockType.CLASS) {
            if (newfree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste.symbols, scopes, bound, newfree, ste.type == SymtableEntry.BlockType.CLASS);
        free.addAll(newfree);
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Scope> scopes, Set<String> bound,
            Set<String> free, boolean classflag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            e.setValue(e.getValue() | (scopes.get(e.getKey()).ordinal() << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classflag && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, Scope.FREE.ordinal() << SCOPE_OFFSET);
        }
    }
}
