package dev.pyheap.interpreter.compiler;

import static dev.pyheap.interpreter.compiler.Opcode.*;

import dev.pyheap.interpreter.ast.Alias;
import dev.pyheap.interpreter.ast.Arg;
import dev.pyheap.interpreter.ast.Arguments;
import dev.pyheap.interpreter.ast.Cmpop;
import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.ExceptHandler;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.ExprContext;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.Located;
import dev.pyheap.interpreter.ast.MatchCase;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Operator;
import dev.pyheap.interpreter.ast.Pattern;
import dev.pyheap.interpreter.ast.PySingleton;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.ast.WithItem;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python/compile.c (3.11), the code generator: an optimized AST with its symbol table to {@link Code}
 * objects with exactly CPython's instructions.
 *
 * <p>Each code object being compiled is a {@link Unit} (compile.c's compiler_unit), pushed when a
 * function, lambda, class or comprehension starts: its name tables (constants by
 * {@link ConstantCache} key, names, local, cell and free variable indexes), its basic blocks (a
 * flow graph the visitors append to: the current block grows until an instruction ends it, jumps
 * name blocks made in advance), the "frame blocks" of the statements around the current point
 * (loops, try, with, handlers: what break/continue/return must unwind), and the location new
 * instructions get. The visitors follow compile.c function for function; a location is the
 * statement's, then the innermost expression's while it is compiled, and "artificial" (none) for
 * the code a construct adds that has no source of its own. When a unit ends, {@link Assembler}
 * runs the flow-graph passes and makes the code object, which becomes a constant of the parent.
 *
 * <p>Also the compiler's errors (SyntaxError at the current location) and SyntaxWarnings, in the
 * order CPython finds them.
 */
final class Compiler {
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    enum FBlockType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR }

    record FBlock(FBlockType type, BasicBlock block, BasicBlock exit, Object datum) {}

    private static final int STACK_USE_GUIDELINE = 30;
    private static final int COMP_GENEXP = 0, COMP_LISTCOMP = 1, COMP_SETCOMP = 2, COMP_DICTCOMP = 3;
    static final int CO_FUTURE_BARRY_AS_BDFL = Future.CO_FUTURE_BARRY_AS_BDFL, CO_FUTURE_ANNOTATIONS = Future.CO_FUTURE_ANNOTATIONS;

    /** compiler_unit: the state of one code object being compiled. */
    static final class Unit {
        final SymtableEntry ste;
        final String name;
        String qualname;
        final ScopeType scopeType;
        /** Constant keys to indexes, and the constants in index order. */
        final Map<Object, Integer> consts = new LinkedHashMap<>();
        final List<Object> constList = new ArrayList<>();
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Map<String, Integer> varnames = new LinkedHashMap<>();
        final Map<String, Integer> cellvars;
        final Map<String, Integer> freevars;
        String privateName;
        int argcount;
        int posonlyargcount;
        int kwonlyargcount;
        /** Every block, in allocation order (compile.c links them newest first through b_list). */
        final List<BasicBlock> blocks = new ArrayList<>();
        BasicBlock curblock;
        final List<FBlock> fblocks = new ArrayList<>();
        int firstlineno;
        int lineno;
        int colOffset;
        int endLineno;
        int endColOffset;
        boolean needNewImplicitBlock;

        Unit(SymtableEntry ste, String name, ScopeType scopeType) {
            this.ste = ste;
            this.name = name;
            this.scopeType = scopeType;
            for (int i = 0; i < ste.varnames.size(); i++) {
                varnames.put(ste.varnames.get(i), i);
            }
            cellvars = dictByType(ste.symbols, Scope.CELL.ordinal(), 0, 0);
            if (ste.needsClassClosure) {
                cellvars.put("__class__", 0);
            }
            freevars = dictByType(ste.symbols, Scope.FREE.ordinal(), Symbol.DEF_FREE_CLASS, cellvars.size());
        }

        int scope(String mangled) {
            Integer f = ste.symbols.get(mangled);
            return f == null ? 0 : (f >> Symbol.SCOPE_OFFSET) & Symbol.SCOPE_MASK;
        }
    }

    private final String filename;
    private final Symtable symtable;
    private final Future future;
    private final int optimize;
    private final boolean interactive;
    private final List<CompileWarning> warnings;
    final ConstantCache constCache = new ConstantCache();
    private final List<Unit> stack = new ArrayList<>();
    private Unit u;
    private int nestlevel;
    private int blockIds;

    private Compiler(String filename, Symtable symtable, Future future, int optimize, boolean interactive,
            List<CompileWarning> warnings) {
        this.filename = filename;
        this.symtable = symtable;
        this.future = future;
        this.optimize = optimize;
        this.interactive = interactive;
        this.warnings = warnings;
    }

    /**
     * _PyAST_Compile from the code generator on: the code object of a module ({@code 'exec'}), an
     * expression ({@code 'eval'}) or interactive statements ({@code 'single'}, whose expression
     * statements print). Throws the compiler's SyntaxError; adds its SyntaxWarnings to
     * {@code warnings} (null: none kept).
     */
    static Code compile(Mod mod, Symtable symtable, Future future, String filename, int optimize,
            List<CompileWarning> warnings) {
        Compiler c = new Compiler(filename, symtable, future, optimize, mod instanceof Mod.Interactive, warnings);
        return c.mod(mod);
    }

    /** The flags a code object inherits from the module's future statements (PyCF_MASK). */
    int futureFlags() {
        return (future.annotations() ? CO_FUTURE_ANNOTATIONS : 0) | (future.barryAsFlufl() ? CO_FUTURE_BARRY_AS_BDFL : 0)
                | future.givenFlags();
    }

    String filename() {
        return filename;
    }

    // ---------------------------------------------------------------- units and blocks

    /** dictbytype: the names of a scope (or flag), sorted, numbered from {@code offset}. */
    private static Map<String, Integer> dictByType(Map<String, Integer> symbols, int scopeType, int flag, int offset) {
        List<String> keys = new ArrayList<>(symbols.keySet());
        keys.sort(Compiler::compareCodePoints);
        Map<String, Integer> dest = new LinkedHashMap<>();
        int i = offset;
        for (String k : keys) {
            int vi = symbols.get(k);
            int scope = (vi >> Symbol.SCOPE_OFFSET) & Symbol.SCOPE_MASK;
            if (scope == scopeType || (vi & flag) != 0) {
                dest.put(k, i++);
            }
        }
        return dest;
    }

    /** Python's str ordering: by code point. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(blockIds++);
        u.blocks.add(b);
        return b;
    }

    private void useNextBlock(BasicBlock block) {
        u.curblock.next = block;
        u.curblock = block;
        u.needNewImplicitBlock = false;
    }

    private void enterScope(String name, ScopeType scopeType, Object key, int lineno) {
        SymtableEntry ste = symtable.lookup(key);
        Unit unit = new Unit(ste, name, scopeType);
        unit.firstlineno = lineno;
        unit.lineno = lineno;
        unit.colOffset = 0;
        unit.endLineno = lineno;
        unit.endColOffset = 0;
        if (u != null) {
            stack.add(u);
            unit.privateName = u.privateName;
        }
        u = unit;
        nestlevel++;
        u.curblock = newBlock();
        if (scopeType == ScopeType.MODULE) {
            u.lineno = 0;
        } else {
            setQualname();
        }
        addopI(RESUME, 0);
        if (scopeType == ScopeType.MODULE) {
            u.lineno = -1;
        }
    }

    private void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.removeLast();
    }

    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            Unit parent = stack.getLast();
            boolean forceGlobal = false;
            if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                    || u.scopeType == ScopeType.CLASS) {
                String mangled = Symtable.mangle(parent.privateName, u.name);
                if (parent.scope(mangled) == Scope.GLOBAL_EXPLICIT.ordinal()) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == ScopeType.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    // ---------------------------------------------------------------- locations

    private void setLoc(Located l) {
        u.lineno = l.lineno();
        u.colOffset = l.col_offset();
        u.endLineno = l.end_lineno();
        u.endColOffset = l.end_col_offset();
    }

    private void unsetLoc() {
        u.lineno = -1;
        u.colOffset = -1;
        u.endLineno = -1;
        u.endColOffset = -1;
    }

    private int[] saveLoc() {
        return new int[] {u.lineno, u.colOffset, u.endLineno, u.endColOffset};
    }

    private void restoreLoc(int[] l) {
        u.lineno = l[0];
        u.colOffset = l[1];
        u.endLineno = l[2];
        u.endColOffset = l[3];
    }

    // ---------------------------------------------------------------- emitting

    private void addInstr(int opcode, int oparg, BasicBlock target, int lineno, int endLineno, int col, int endCol) {
        if (u.needNewImplicitBlock) {
            useNextBlock(newBlock());
        }
        BasicBlock b = u.curblock;
        Instr i = new Instr(opcode, oparg, target, lineno, endLineno, col, endCol);
        b.instrs.add(i);
        if (opcode == RETURN_VALUE) {
            b.returns = true;
        }
        if (i.isJump() || opcode == RETURN_VALUE || opcode == RAISE_VARARGS || opcode == RERAISE) {
            u.needNewImplicitBlock = true;
        }
    }

    void addop(int opcode) {
        addInstr(opcode, 0, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    private void addopNoline(int opcode) {
        addInstr(opcode, 0, null, -1, 0, 0, 0);
    }

    void addopI(int opcode, int oparg) {
        addInstr(opcode, oparg, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    private void addopINoline(int opcode, int oparg) {
        addInstr(opcode, oparg, null, -1, 0, 0, 0);
    }

    private void addopJ(int opcode, BasicBlock target) {
        addInstr(opcode, 0, target, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    private void addopJNoline(int opcode, BasicBlock target) {
        addInstr(opcode, 0, target, -1, 0, 0, 0);
    }

    private static int addO(Map<String, Integer> dict, String o) {
        Integer v = dict.get(o);
        if (v == null) {
            v = dict.size();
            dict.put(o, v);
        }
        return v;
    }

    /** compiler_add_const: the index of {@code o} in the unit's constants (merged module-wide). */
    int addConst(Object o) {
        Object canonical = constCache.merge(o);
        Object key = constCache.key(canonical);
        Integer v = u.consts.get(key);
        if (v == null) {
            v = u.consts.size();
            u.consts.put(key, v);
            u.constList.add(canonical);
        }
        return v;
    }

    private void loadConst(Object o) {
        addopI(LOAD_CONST, addConst(o));
    }

    private void addopName(int opcode, Map<String, Integer> dict, String name) {
        addopI(opcode, addO(dict, Symtable.mangle(u.privateName, name)));
    }

    private void addopN(int opcode, Map<String, Integer> dict, String name) {
        addopI(opcode, addO(dict, name));
    }

    // ---------------------------------------------------------------- errors and warnings

    private PythonSyntaxError error(String msg) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, u.lineno, u.colOffset + 1,
                u.endLineno, u.endColOffset + 1, null);
    }

    private void warn(String msg) {
        if (warnings != null) {
            warnings.add(new CompileWarning("SyntaxWarning", msg, filename, u.lineno, error(msg)));
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

    // ---------------------------------------------------------------- frame blocks

    private void pushFBlock(FBlockType t, BasicBlock b, BasicBlock exit, Object datum) {
        if (u.fblocks.size() >= CO_MAXBLOCKS) {
            throw error("too many statically nested blocks");
        }
        u.fblocks.add(new FBlock(t, b, exit, datum));
    }

    private void popFBlock() {
        u.fblocks.removeLast();
    }

    private void callExitWithNones() {
        loadConst(PySingleton.None);
        loadConst(PySingleton.None);
        loadConst(PySingleton.None);
        addopI(PRECALL, 2);
        addopI(CALL, 2);
    }

    private void addYieldFrom(boolean await) {
        BasicBlock start = newBlock();
        BasicBlock resume = newBlock();
        BasicBlock exit = newBlock();
        useNextBlock(start);
        addopJ(SEND, exit);
        useNextBlock(resume);
        addop(YIELD_VALUE);
        addopI(RESUME, await ? 3 : 2);
        addopJ(JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

    private void popExceptAndReraise() {
        addopI(COPY, 3);
        addop(POP_EXCEPT);
        addopI(RERAISE, 1);
    }

    /** compiler_unwind_fblock. */
    @SuppressWarnings("unchecked")
    private void unwindFBlock(FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> {
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_TOP);
            }
            case TRY_EXCEPT -> addop(POP_BLOCK);
            case FINALLY_TRY -> {
                addop(POP_BLOCK);
                if (preserveTos) {
                    pushFBlock(FBlockType.POP_VALUE, null, null, null);
                }
                stmts((List<Stmt>) info.datum());
                if (preserveTos) {
                    popFBlock();
                }
                unsetLoc();
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_TOP);
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                setLoc((Stmt) info.datum());
                addop(POP_BLOCK);
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                callExitWithNones();
                if (info.type() == FBlockType.ASYNC_WITH) {
                    await(2);
                }
                addop(POP_TOP);
                unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    addop(POP_BLOCK);
                }
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                if (info.datum() != null) {
                    clearHandlerName((String) info.datum());
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_TOP);
            }
        }
    }

    /** compiler_unwind_fblock_stack: unwinds to the innermost loop (returned) or all the way (loop == false). */
    private FBlock unwindFBlockStack(boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.getLast();
        if (top.type() == FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP)) {
            return top;
        }
        u.fblocks.removeLast();
        unwindFBlock(top, preserveTos);
        FBlock loop = unwindFBlockStack(preserveTos, toLoop);
        u.fblocks.add(top);
        return loop;
    }

    // ---------------------------------------------------------------- module and bodies

    /** compiler_mod. */
    private Code mod(Mod mod) {
        enterScope("<module>", ScopeType.MODULE, mod, 1);
        u.lineno = 1;
        boolean addNone = true;
        switch (mod) {
            case Mod.Module m -> body(m.body());
            case Mod.Interactive i -> {
                if (findAnn(i.body())) {
                    addop(SETUP_ANNOTATIONS);
                }
                stmts(i.body());
            }
            case Mod.Expression e -> {
                expr(e.body());
                addNone = false;
            }
            case Mod.FunctionType f -> throw new IllegalArgumentException("a function type is not compiled");
        }
        Code co = Assembler.assemble(this, u, addNone);
        exitScope();
        return co;
    }

    /** find_ann: whether a block has variable annotations, so needs __annotations__. */
    private static boolean findAnn(List<Stmt> stmts) {
        for (Stmt st : stmts) {
            boolean res = switch (st) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.AsyncFor f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Stmt.If i -> findAnn(i.body()) || findAnn(i.orelse());
                case Stmt.With w -> findAnn(w.body());
                case Stmt.AsyncWith w -> findAnn(w.body());
                case Stmt.Try t -> handlersHaveAnn(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody())
                        || findAnn(t.orelse());
                case Stmt.TryStar t -> handlersHaveAnn(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody())
                        || findAnn(t.orelse());
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> findAnn(c.body()));
                default -> false;
            };
            if (res) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHaveAnn(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (findAnn(h.body())) {
                return true;
            }
        }
        return false;
    }

    private void body(List<Stmt> stmts) {
        int i = 0;
        if (u.scopeType == ScopeType.MODULE && !stmts.isEmpty()) {
            setLoc(stmts.getFirst());
        }
        if (findAnn(stmts)) {
            addop(SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        if (optimize < 2) {
            String doc = Future.docString(stmts);
            if (doc != null) {
                i = 1;
                Stmt.Expr st = (Stmt.Expr) stmts.getFirst();
                expr(st.value());
                unsetLoc();
                nameop("__doc__", ExprContext.Store);
            }
        }
        for (; i < stmts.size(); i++) {
            stmt(stmts.get(i));
        }
    }

    private void stmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    // ---------------------------------------------------------------- functions and classes

    private int getRefType(String name) {
        if (u.scopeType == ScopeType.CLASS && name.equals("__class__")) {
            return Scope.CELL.ordinal();
        }
        int scope = u.scope(name);
        if (scope == 0) {
            throw new IllegalStateException("unknown scope for name " + name + " in " + u.name);
        }
        return scope;
    }

    private void makeClosure(Code co, int flags, String qualname) {
        int nfree = co.freevars().size();
        if (nfree > 0) {
            List<String> names = co.localsplusnames();
            for (int i = names.size() - nfree; i < names.size(); i++) {
                String name = names.get(i);
                int reftype = getRefType(name);
                Integer arg = reftype == Scope.CELL.ordinal() ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("compiler_lookup_arg(name=" + name + ") failed in " + u.name);
                }
                addopI(LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            addopI(BUILD_TUPLE, nfree);
        }
        loadConst(co);
        addopI(MAKE_FUNCTION, flags);
    }

    private void decorators(List<Expr> decos) {
        for (Expr d : decos) {
            expr(d);
        }
    }

    private void applyDecorators(List<Expr> decos) {
        int[] saved = saveLoc();
        for (int i = decos.size() - 1; i > -1; i--) {
            setLoc(decos.get(i));
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        restoreLoc(saved);
    }

    /** compiler_visit_kwonlydefaults: true if a dict was pushed. */
    private boolean kwonlyDefaults(List<Arg> kwonlyargs, List<Expr> kwDefaults) {
        List<Object> keys = null;
        for (int i = 0; i < kwonlyargs.size(); i++) {
            Arg arg = kwonlyargs.get(i);
            Expr def = kwDefaults.get(i);
            if (def != null) {
                String mangled = Symtable.mangle(u.privateName, arg.arg());
                if (keys == null) {
                    keys = new ArrayList<>();
                }
                keys.add(mangled);
                expr(def);
            }
        }
        if (keys != null) {
            loadConst(new ConstantTuple(keys));
            addopI(BUILD_CONST_KEY_MAP, keys.size());
            return true;
        }
        return false;
    }

    private int argAnnotation(String id, Expr annotation) {
        if (annotation == null) {
            return 0;
        }
        loadConst(Symtable.mangle(u.privateName, id));
        if (future.annotations()) {
            loadConst(Unparser.unparse(annotation));
        } else if (annotation instanceof Expr.Starred s) {
            expr(s.value());
            addopI(UNPACK_SEQUENCE, 1);
        } else {
            expr(annotation);
        }
        return 2;
    }

    private int argAnnotations(List<Arg> args) {
        int n = 0;
        for (Arg a : args) {
            n += argAnnotation(a.arg(), a.annotation());
        }
        return n;
    }

    /** compiler_visit_annotations: true if a tuple of annotations was pushed. */
    private boolean annotations(Arguments args, Expr returns) {
        int len = argAnnotations(args.args());
        len += argAnnotations(args.posonlyargs());
        if (args.vararg() != null && args.vararg().annotation() != null) {
            len += argAnnotation(args.vararg().arg(), args.vararg().annotation());
        }
        len += argAnnotations(args.kwonlyargs());
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            len += argAnnotation(args.kwarg().arg(), args.kwarg().annotation());
        }
        len += argAnnotation("return", returns);
        if (len > 0) {
            addopI(BUILD_TUPLE, len);
            return true;
        }
        return false;
    }

    private int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                expr(d);
            }
            addopI(BUILD_TUPLE, args.defaults().size());
            flags |= 0x01;
        }
        if (!args.kwonlyargs().isEmpty() && kwonlyDefaults(args.kwonlyargs(), args.kw_defaults())) {
            flags |= 0x02;
        }
        return flags;
    }

    private void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            forbiddenName(a.arg(), ExprContext.Store);
        }
        for (Arg a : args.args()) {
            forbiddenName(a.arg(), ExprContext.Store);
        }
        if (args.vararg() != null) {
            forbiddenName(args.vararg().arg(), ExprContext.Store);
        }
        for (Arg a : args.kwonlyargs()) {
            forbiddenName(a.arg(), ExprContext.Store);
        }
        if (args.kwarg() != null) {
            forbiddenName(args.kwarg().arg(), ExprContext.Store);
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Expr> decos, Expr returns, List<Stmt> body,
            boolean isAsync) {
        checkDebugArgs(args);
        decorators(decos);
        int firstlineno = s.lineno();
        if (!decos.isEmpty()) {
            firstlineno = decos.getFirst().lineno();
        }
        int funcflags = defaultArguments(args);
        if (annotations(args, returns)) {
            funcflags |= 0x04;
        }
        enterScope(name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno);
        String doc = optimize < 2 ? Future.docString(body) : null;
        addConst(doc != null ? doc : PySingleton.None);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            stmt(body.get(i));
        }
        Code co = Assembler.assemble(this, u, true);
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcflags, qualname);
        applyDecorators(decos);
        nameop(name, ExprContext.Store);
    }

    private void classDef(Stmt.ClassDef s) {
        List<Expr> decos = s.decorator_list();
        decorators(decos);
        int firstlineno = s.lineno();
        if (!decos.isEmpty()) {
            firstlineno = decos.getFirst().lineno();
        }
        enterScope(s.name(), ScopeType.CLASS, s, firstlineno);
        u.privateName = s.name();
        nameop("__name__", ExprContext.Load);
        nameop("__module__", ExprContext.Store);
        loadConst(u.qualname);
        nameop("__qualname__", ExprContext.Store);
        body(s.body());
        unsetLoc();
        if (u.ste.needsClassClosure) {
            int i = u.cellvars.get("__class__");
            addopI(LOAD_CLOSURE, i);
            addopI(COPY, 1);
            nameop("__classcell__", ExprContext.Store);
        } else {
            loadConst(PySingleton.None);
        }
        addop(RETURN_VALUE);
        Code co = Assembler.assemble(this, u, true);
        exitScope();
        addop(PUSH_NULL);
        addop(LOAD_BUILD_CLASS);
        makeClosure(co, 0, co.name());
        loadConst(s.name());
        callHelper(2, s.bases(), s.keywords());
        applyDecorators(decos);
        nameop(s.name(), ExprContext.Store);
    }

    private void lambda(Expr.Lambda e) {
        Arguments args = e.args();
        checkDebugArgs(args);
        int funcflags = defaultArguments(args);
        enterScope("<lambda>", ScopeType.LAMBDA, e, e.lineno());
        addConst(PySingleton.None);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        expr(e.body());
        Code co;
        if (u.ste.generator) {
            co = Assembler.assemble(this, u, false);
        } else {
            addop(RETURN_VALUE);
            co = Assembler.assemble(this, u, true);
        }
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcflags, qualname);
    }

    // ---------------------------------------------------------------- comparisons and jumps

    /** check_is_arg: false for a constant other than None, True, False, Ellipsis. */
    private static boolean checkIsArg(Expr e) {
        return !(e instanceof Expr.Constant c) || c.value() instanceof PySingleton || c.value() instanceof Boolean;
    }

    private void checkCompare(Expr.Compare e) {
        boolean left = checkIsArg(e.left());
        for (int i = 0; i < e.ops().size(); i++) {
            Cmpop op = e.ops().get(i);
            boolean right = checkIsArg(e.comparators().get(i));
            if (op == Cmpop.Is || op == Cmpop.IsNot) {
                if (!right || !left) {
                    warn(op == Cmpop.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                            : "\"is not\" with a literal. Did you mean \"!=\"?");
                    return;
                }
            }
            left = right;
        }
    }

    private void addCompare(Cmpop op) {
        switch (op) {
            case Eq -> addopI(COMPARE_OP, 2);
            case NotEq -> addopI(COMPARE_OP, 3);
            case Lt -> addopI(COMPARE_OP, 0);
            case LtE -> addopI(COMPARE_OP, 1);
            case Gt -> addopI(COMPARE_OP, 4);
            case GtE -> addopI(COMPARE_OP, 5);
            case Is -> addopI(IS_OP, 0);
            case IsNot -> addopI(IS_OP, 1);
            case In -> addopI(CONTAINS_OP, 0);
            case NotIn -> addopI(CONTAINS_OP, 1);
        }
    }

    private void jumpIf(Expr e, BasicBlock next, boolean cond) {
        switch (e) {
            case Expr.UnaryOp un when un.op() == dev.pyheap.interpreter.ast.Unaryop.Not -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                List<Expr> s = b.values();
                int n = s.size() - 1;
                boolean cond2 = b.op() == dev.pyheap.interpreter.ast.Boolop.Or;
                BasicBlock next2 = next;
                if (cond2 != cond) {
                    next2 = newBlock();
                }
                for (int i = 0; i < n; ++i) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(n), next, cond);
                if (next2 != next) {
                    useNextBlock(next2);
                }
                return;
            }
            case Expr.IfExp ie -> {
                BasicBlock end = newBlock();
                BasicBlock next2 = newBlock();
                jumpIf(ie.test(), next2, false);
                jumpIf(ie.body(), next, cond);
                addopJNoline(JUMP, end);
                useNextBlock(next2);
                jumpIf(ie.orelse(), next, cond);
                useNextBlock(end);
                return;
            }
            case Expr.Compare cmp -> {
                setLoc(e);
                int n = cmp.ops().size() - 1;
                if (n > 0) {
                    checkCompare(cmp);
                    BasicBlock cleanup = newBlock();
                    expr(cmp.left());
                    for (int i = 0; i < n; i++) {
                        expr(cmp.comparators().get(i));
                        addopI(SWAP, 2);
                        addopI(COPY, 2);
                        addCompare(cmp.ops().get(i));
                        addopJ(POP_JUMP_IF_FALSE, cleanup);
                    }
                    expr(cmp.comparators().get(n));
                    addCompare(cmp.ops().get(n));
                    addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                    BasicBlock end = newBlock();
                    addopJNoline(JUMP, end);
                    useNextBlock(cleanup);
                    addop(POP_TOP);
                    if (!cond) {
                        addopJNoline(JUMP, next);
                    }
                    useNextBlock(end);
                    return;
                }
            }
            default -> {
            }
        }
        expr(e);
        addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    }

    private void ifExp(Expr.IfExp e) {
        BasicBlock end = newBlock();
        BasicBlock next = newBlock();
        jumpIf(e.test(), next, false);
        expr(e.body());
        addopJNoline(JUMP, end);
        useNextBlock(next);
        expr(e.orelse());
        useNextBlock(end);
    }

    // ---------------------------------------------------------------- statements

    private void stmt(Stmt s) {
        setLoc(s);
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.name(), f.args(), f.decorator_list(), f.returns(), f.body(), false);
            case Stmt.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.decorator_list(), f.returns(), f.body(), true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    expr(t);
                }
            }
            case Stmt.Assign a -> {
                int n = a.targets().size();
                expr(a.value());
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) {
                        addopI(COPY, 1);
                    }
                    expr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Match m -> match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n++;
                    }
                }
                addopI(RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
                } else {
                    tryExcept(t.body(), t.handlers(), t.orelse());
                }
            }
            case Stmt.TryStar t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
                } else {
                    tryStarExcept(t.body(), t.handlers(), t.orelse());
                }
            }
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> fromImport(i);
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Expr e -> stmtExpr(e.value());
            case Stmt.Pass p -> addop(NOP);
            case Stmt.Break b -> breakStmt();
            case Stmt.Continue c -> continueStmt();
            case Stmt.With w -> with(s, w.items(), w.body(), 0, false);
            case Stmt.AsyncWith w -> with(s, w.items(), w.body(), 0, true);
            case Stmt.AsyncFor f -> asyncFor(f);
        }
    }

    private void stmtExpr(Expr value) {
        if (interactive && nestlevel <= 1) {
            expr(value);
            addop(PRINT_EXPR);
            return;
        }
        if (value instanceof Expr.Constant) {
            addop(NOP);
            return;
        }
        expr(value);
        unsetLoc();
        addop(POP_TOP);
    }

    private void ifStmt(Stmt.If s) {
        BasicBlock end = newBlock();
        BasicBlock next = !s.orelse().isEmpty() ? newBlock() : end;
        jumpIf(s.test(), next, false);
        stmts(s.body());
        if (!s.orelse().isEmpty()) {
            addopJNoline(JUMP, end);
            useNextBlock(next);
            stmts(s.orelse());
        }
        useNextBlock(end);
    }

    private void forStmt(Stmt.For s) {
        BasicBlock start = newBlock();
        BasicBlock body = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock end = newBlock();
        pushFBlock(FBlockType.FOR_LOOP, start, end, null);
        expr(s.iter());
        addop(GET_ITER);
        useNextBlock(start);
        addopJ(FOR_ITER, cleanup);
        useNextBlock(body);
        expr(s.target());
        stmts(s.body());
        unsetLoc();
        addopJ(JUMP, start);
        useNextBlock(cleanup);
        popFBlock();
        stmts(s.orelse());
        useNextBlock(end);
    }

    private void asyncFor(Stmt.AsyncFor s) {
        if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error("'async for' outside async function");
        }
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        expr(s.iter());
        addop(GET_AITER);
        useNextBlock(start);
        pushFBlock(FBlockType.FOR_LOOP, start, end, null);
        awaitNext(except);
        expr(s.target());
        stmts(s.body());
        unsetLoc();
        addopJ(JUMP, start);
        popFBlock();
        useNextBlock(except);
        setLoc(s.iter());
        addop(END_ASYNC_FOR);
        stmts(s.orelse());
        useNextBlock(end);
    }

    private void whileStmt(Stmt.While s) {
        BasicBlock loop = newBlock();
        BasicBlock body = newBlock();
        BasicBlock anchor = newBlock();
        BasicBlock end = newBlock();
        useNextBlock(loop);
        pushFBlock(FBlockType.WHILE_LOOP, loop, end, null);
        jumpIf(s.test(), anchor, false);
        useNextBlock(body);
        stmts(s.body());
        setLoc(s);
        jumpIf(s.test(), body, true);
        popFBlock();
        useNextBlock(anchor);
        stmts(s.orelse());
        useNextBlock(end);
    }

    private void returnStmt(Stmt.Return s) {
        boolean preserveTos = s.value() != null && !(s.value() instanceof Expr.Constant);
        if (u.ste.type != SymtableEntry.BlockType.FUNCTION) {
            throw error("'return' outside function");
        }
        if (s.value() != null && u.ste.coroutine && u.ste.generator) {
            throw error("'return' with value in async generator");
        }
        if (preserveTos) {
            expr(s.value());
        } else if (s.value() != null) {
            setLoc(s.value());
            addop(NOP);
        }
        if (s.value() == null || s.value().lineno() != s.lineno()) {
            setLoc(s);
            addop(NOP);
        }
        unwindFBlockStack(preserveTos, false);
        if (s.value() == null) {
            loadConst(PySingleton.None);
        } else if (!preserveTos) {
            loadConst(((Expr.Constant) s.value()).value());
        }
        addop(RETURN_VALUE);
    }

    private void breakStmt() {
        int[] saved = saveLoc();
        addop(NOP);
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(saved);
            throw error("'break' outside loop");
        }
        unwindFBlock(loop, false);
        addopJ(JUMP, loop.exit());
    }

    private void continueStmt() {
        int[] saved = saveLoc();
        addop(NOP);
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(saved);
            throw error("'continue' not properly in loop");
        }
        addopJ(JUMP, loop.block());
    }

    private void tryFinally(List<Stmt> tryBody, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            boolean star) {
        BasicBlock body = newBlock();
        BasicBlock end = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        addopJ(SETUP_FINALLY, end);
        useNextBlock(body);
        pushFBlock(FBlockType.FINALLY_TRY, body, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(tryBody, handlers, orelse);
            } else {
                tryExcept(tryBody, handlers, orelse);
            }
        } else {
            stmts(tryBody);
        }
        addopNoline(POP_BLOCK);
        popFBlock();
        stmts(finalbody);
        addopJNoline(JUMP, exit);
        useNextBlock(end);
        unsetLoc();
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFBlock(FBlockType.FINALLY_END, end, null, null);
        stmts(finalbody);
        popFBlock();
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
    }

    /** {@code name = None; del name}: an {@code except ... as name} handler leaves no reference behind. */
    private void clearHandlerName(String name) {
        loadConst(PySingleton.None);
        nameop(name, ExprContext.Store);
        nameop(name, ExprContext.Del);
    }

    private void tryExcept(List<Stmt> tryBody, List<ExceptHandler> handlers, List<Stmt> orelse) {
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        addopJ(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
        stmts(tryBody);
        popFBlock();
        addopNoline(POP_BLOCK);
        stmts(orelse);
        addopJNoline(JUMP, end);
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFBlock(FBlockType.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            setLoc(handler);
            if (handler.type() == null && i < n - 1) {
                throw error("default 'except:' must be last");
            }
            except = newBlock();
            if (handler.type() != null) {
                expr(handler.type());
                addop(CHECK_EXC_MATCH);
                addopJ(POP_JUMP_IF_FALSE, except);
            }
            if (handler.name() != null) {
                BasicBlock cleanupEnd = newBlock();
                BasicBlock cleanupBody = newBlock();
                nameop(handler.name(), ExprContext.Store);
                addopJ(SETUP_CLEANUP, cleanupEnd);
                useNextBlock(cleanupBody);
                pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name());
                stmts(handler.body());
                popFBlock();
                unsetLoc();
                addop(POP_BLOCK);
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                clearHandlerName(handler.name());
                addopJ(JUMP, end);
                useNextBlock(cleanupEnd);
                unsetLoc();
                clearHandlerName(handler.name());
                addopI(RERAISE, 1);
            } else {
                BasicBlock cleanupBody = newBlock();
                addop(POP_TOP);
                useNextBlock(cleanupBody);
                pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
                stmts(handler.body());
                popFBlock();
                unsetLoc();
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                addopJ(JUMP, end);
            }
            useNextBlock(except);
        }
        unsetLoc();
        popFBlock();
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(end);
    }

    private void tryStarExcept(List<Stmt> tryBody, List<ExceptHandler> handlers, List<Stmt> orelseBody) {
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock orelse = newBlock();
        BasicBlock end = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock reraiseStar = newBlock();
        addopJ(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
        stmts(tryBody);
        popFBlock();
        addopNoline(POP_BLOCK);
        addopJNoline(JUMP, orelse);
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            setLoc(handler);
            except = newBlock();
            BasicBlock exceptWithError = newBlock();
            BasicBlock noMatch = newBlock();
            if (i == 0) {
                addopI(COPY, 1);
                addopI(BUILD_LIST, 0);
                addopI(SWAP, 2);
            }
            if (handler.type() != null) {
                expr(handler.type());
                addop(CHECK_EG_MATCH);
                addopI(COPY, 1);
                addopJ(POP_JUMP_IF_NONE, noMatch);
            }
            BasicBlock cleanupEnd = newBlock();
            BasicBlock cleanupBody = newBlock();
            if (handler.name() != null) {
                nameop(handler.name(), ExprContext.Store);
            } else {
                addop(POP_TOP);
            }
            addopJ(SETUP_CLEANUP, cleanupEnd);
            useNextBlock(cleanupBody);
            pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name());
            stmts(handler.body());
            popFBlock();
            unsetLoc();
            addop(POP_BLOCK);
            if (handler.name() != null) {
                clearHandlerName(handler.name());
            }
            addopJ(JUMP, except);
            useNextBlock(cleanupEnd);
            unsetLoc();
            if (handler.name() != null) {
                clearHandlerName(handler.name());
            }
            addopI(LIST_APPEND, 3);
            addop(POP_TOP);
            addopJ(JUMP, exceptWithError);
            useNextBlock(except);
            addop(NOP);
            addopJ(JUMP, exceptWithError);
            useNextBlock(noMatch);
            addop(POP_TOP);
            useNextBlock(exceptWithError);
            if (i == n - 1) {
                addopI(LIST_APPEND, 1);
                addopJ(JUMP, reraiseStar);
            }
        }
        unsetLoc();
        popFBlock();
        BasicBlock reraise = newBlock();
        useNextBlock(reraiseStar);
        addop(PREP_RERAISE_STAR);
        addopI(COPY, 1);
        addopJ(POP_JUMP_IF_NOT_NONE, reraise);
        addop(POP_TOP);
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        addopJ(JUMP, end);
        useNextBlock(reraise);
        addop(POP_BLOCK);
        addopI(SWAP, 2);
        addop(POP_EXCEPT);
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(orelse);
        stmts(orelseBody);
        useNextBlock(end);
    }

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot != -1) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot != -1 ? dot : name.length());
                addopN(IMPORT_FROM, u.names, attr);
                if (dot == -1) {
                    break;
                }
                addopI(SWAP, 2);
                addop(POP_TOP);
            }
            nameop(asname, ExprContext.Store);
            addop(POP_TOP);
            return;
        }
        nameop(asname, ExprContext.Store);
    }

    private void importStmt(Stmt.Import s) {
        for (Alias alias : s.names()) {
            loadConst(0L);
            loadConst(PySingleton.None);
            addopName(IMPORT_NAME, u.names, alias.name());
            if (alias.asname() != null) {
                importAs(alias.name(), alias.asname());
            } else {
                int dot = alias.name().indexOf('.');
                nameop(dot != -1 ? alias.name().substring(0, dot) : alias.name(), ExprContext.Store);
            }
        }
    }

    private void fromImport(Stmt.ImportFrom s) {
        loadConst((long) s.level());
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        if (s.lineno() > future.lineno() && "__future__".equals(s.module())) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new ConstantTuple(names));
        addopName(IMPORT_NAME, u.names, s.module() != null ? s.module() : "");
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                addop(IMPORT_STAR);
                return;
            }
            addopName(IMPORT_FROM, u.names, alias.name());
            nameop(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store);
        }
        addop(POP_TOP);
    }

    private void assertStmt(Stmt.Assert s) {
        if ((s.test() instanceof Expr.Tuple t && !t.elts().isEmpty())
                || (s.test() instanceof Expr.Constant c && c.value() instanceof ConstantTuple ct && !ct.elts().isEmpty())) {
            warn("assertion is always true, perhaps remove parentheses?");
        }
        if (optimize != 0) {
            return;
        }
        BasicBlock end = newBlock();
        jumpIf(s.test(), end, true);
        addop(LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            expr(s.msg());
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        addopI(RAISE_VARARGS, 1);
        useNextBlock(end);
    }

    private void withExceptFinish(BasicBlock cleanup) {
        unsetLoc();
        BasicBlock exit = newBlock();
        addopJ(POP_JUMP_IF_TRUE, exit);
        addopI(RERAISE, 2);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
        addop(POP_TOP);
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        addop(POP_TOP);
        addop(POP_TOP);
    }

    /** The next item of an async iterator, guarded by {@code except} (StopAsyncIteration ends the loop there). */
    private void awaitNext(BasicBlock except) {
        addopJ(SETUP_FINALLY, except);
        addop(GET_ANEXT);
        loadConst(PySingleton.None);
        addYieldFrom(true);
        addop(POP_BLOCK);
    }

    /** Awaits the awaitable on the stack (GET_AWAITABLE where, then the yield-from loop). */
    private void await(int where) {
        addopI(GET_AWAITABLE, where);
        loadConst(PySingleton.None);
        addYieldFrom(true);
    }

    /**
     * compiler_with and compiler_async_with (PEP 343, PEP 492): item {@code pos} of the statement,
     * the later items nested inside.
     */
    private void with(Stmt s, List<WithItem> items, List<Stmt> body, int pos, boolean isAsync) {
        WithItem item = items.get(pos);
        if (isAsync && u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error("'async with' outside async function");
        }
        BasicBlock block = newBlock();
        BasicBlock fin = newBlock();
        BasicBlock exit = newBlock();
        BasicBlock cleanup = newBlock();
        expr(item.context_expr());
        if (isAsync) {
            addop(BEFORE_ASYNC_WITH);
            await(1);
        } else {
            addop(BEFORE_WITH);
        }
        addopJ(SETUP_WITH, fin);
        useNextBlock(block);
        pushFBlock(isAsync ? FBlockType.ASYNC_WITH : FBlockType.WITH, block, fin, s);
        if (item.optional_vars() != null) {
            expr(item.optional_vars());
        } else {
            addop(POP_TOP);
        }
        pos++;
        if (pos == items.size()) {
            stmts(body);
        } else {
            with(s, items, body, pos, isAsync);
        }
        if (isAsync) {
            popFBlock();
            addop(POP_BLOCK);
        } else {
            unsetLoc();
            addop(POP_BLOCK);
            popFBlock();
        }
        setLoc(s);
        callExitWithNones();
        if (isAsync) {
            await(2);
        }
        addop(POP_TOP);
        addopJ(JUMP, exit);
        useNextBlock(fin);
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        addop(WITH_EXCEPT_START);
        if (isAsync) {
            await(2);
        }
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        int[] saved = saveLoc();
        setLoc(e);
        switch (e) {
            case Expr.Attribute a -> {
                expr(a.value());
                addopI(COPY, 1);
                updateStartLocationToMatchAttr(a);
                addopName(LOAD_ATTR, u.names, a.attr());
            }
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
                addopI(COPY, 2);
                addopI(COPY, 2);
                addop(BINARY_SUBSCR);
            }
            case Expr.Name n -> nameop(n.id(), ExprContext.Load);
            default -> throw error("invalid node type for augmented assignment");
        }
        restoreLoc(saved);
        expr(s.value());
        addopI(BINARY_OP, binaryOparg(s.op(), true));
        setLoc(e);
        switch (e) {
            case Expr.Attribute a -> {
                updateStartLocationToMatchAttr(a);
                addopI(SWAP, 2);
                addopName(STORE_ATTR, u.names, a.attr());
            }
            case Expr.Subscript sub -> {
                addopI(SWAP, 3);
                addopI(SWAP, 2);
                addop(STORE_SUBSCR);
            }
            case Expr.Name n -> nameop(n.id(), ExprContext.Store);
            default -> throw new IllegalStateException();
        }
    }

    private void checkAnnExpr(Expr e) {
        expr(e);
        addop(POP_TOP);
    }

    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    checkAnnExpr(s.lower());
                }
                if (s.upper() != null) {
                    checkAnnExpr(s.upper());
                }
                if (s.step() != null) {
                    checkAnnExpr(s.step());
                }
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    checkAnnSubscr(x);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    private void annAssign(Stmt.AnnAssign s) {
        Expr targ = s.target();
        if (s.value() != null) {
            expr(s.value());
            expr(targ);
        }
        switch (targ) {
            case Expr.Name n -> {
                forbiddenName(n.id(), ExprContext.Store);
                if (s.simple() != 0 && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
                    if (future.annotations()) {
                        loadConst(Unparser.unparse(s.annotation()));
                    } else {
                        expr(s.annotation());
                    }
                    addopName(LOAD_NAME, u.names, "__annotations__");
                    loadConst(Symtable.mangle(u.privateName, n.id()));
                    addop(STORE_SUBSCR);
                }
            }
            case Expr.Attribute a -> {
                forbiddenName(a.attr(), ExprContext.Store);
                if (s.value() == null) {
                    checkAnnExpr(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw error("invalid node type for annotated assignment");
        }
        if (s.simple() == 0 && !future.annotations()
                && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
            checkAnnExpr(s.annotation());
        }
    }

    // ---------------------------------------------------------------- names

    static int binaryOparg(Operator op, boolean inplace) {
        int base = switch (op) {
            case Add -> NB_ADD;
            case Sub -> NB_SUBTRACT;
            case Mult -> NB_MULTIPLY;
            case MatMult -> NB_MATRIX_MULTIPLY;
            case Div -> NB_TRUE_DIVIDE;
            case Mod -> NB_REMAINDER;
            case Pow -> NB_POWER;
            case LShift -> NB_LSHIFT;
            case RShift -> NB_RSHIFT;
            case BitOr -> NB_OR;
            case BitXor -> NB_XOR;
            case BitAnd -> NB_AND;
            case FloorDiv -> NB_FLOOR_DIVIDE;
        };
        return inplace ? base + NB_INPLACE_ADD : base;
    }

    private void addopYield() {
        if (u.ste.generator && u.ste.coroutine) {
            addop(ASYNC_GEN_WRAP);
        }
        addop(YIELD_VALUE);
        addopI(RESUME, 1);
    }

    private void nameop(String name, ExprContext ctx) {
        forbiddenName(name, ctx);
        String mangled = Symtable.mangle(u.privateName, name);
        Map<String, Integer> dict = u.names;
        enum OpType { FAST, GLOBAL, DEREF, NAME }
        OpType optype = OpType.NAME;
        int scope = u.scope(mangled);
        boolean function = u.ste.type == SymtableEntry.BlockType.FUNCTION;
        if (scope == Scope.FREE.ordinal()) {
            dict = u.freevars;
            optype = OpType.DEREF;
        } else if (scope == Scope.CELL.ordinal()) {
            dict = u.cellvars;
            optype = OpType.DEREF;
        } else if (scope == Scope.LOCAL.ordinal()) {
            if (function) {
                optype = OpType.FAST;
            }
        } else if (scope == Scope.GLOBAL_IMPLICIT.ordinal()) {
            if (function) {
                optype = OpType.GLOBAL;
            }
        } else if (scope == Scope.GLOBAL_EXPLICIT.ordinal()) {
            optype = OpType.GLOBAL;
        }
        int op = switch (optype) {
            case DEREF -> switch (ctx) {
                case Load -> u.ste.type == SymtableEntry.BlockType.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                case Store -> STORE_DEREF;
                case Del -> DELETE_DEREF;
            };
            case FAST -> switch (ctx) {
                case Load -> LOAD_FAST;
                case Store -> STORE_FAST;
                case Del -> DELETE_FAST;
            };
            case GLOBAL -> switch (ctx) {
                case Load -> LOAD_GLOBAL;
                case Store -> STORE_GLOBAL;
                case Del -> DELETE_GLOBAL;
            };
            case NAME -> switch (ctx) {
                case Load -> LOAD_NAME;
                case Store -> STORE_NAME;
                case Del -> DELETE_NAME;
            };
        };
        if (optype == OpType.FAST) {
            addopI(op, addO(u.varnames, mangled));
            return;
        }
        int arg = addO(dict, mangled);
        if (op == LOAD_GLOBAL) {
            arg <<= 1;
        }
        addopI(op, arg);
    }

    // ---------------------------------------------------------------- displays

    private void boolop(Expr.BoolOp e) {
        int jumpi = e.op() == dev.pyheap.interpreter.ast.Boolop.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        BasicBlock end = newBlock();
        List<Expr> s = e.values();
        int n = s.size() - 1;
        for (int i = 0; i < n; ++i) {
            expr(s.get(i));
            addopJ(jumpi, end);
            useNextBlock(newBlock());
        }
        expr(s.get(n));
        useNextBlock(end);
    }

    private static boolean allConst(List<Expr> seq, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!(seq.get(i) instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    private void starunpackHelper(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConst(elts, 0, n)) {
            List<Object> folded = new ArrayList<>(n);
            for (Expr e : elts) {
                folded.add(((Expr.Constant) e).value());
            }
            if (tuple && pushed == 0) {
                loadConst(new ConstantTuple(folded));
            } else {
                Object c = add == SET_ADD ? ConstantOps.frozenset(folded) : new ConstantTuple(folded);
                addopI(build, pushed);
                loadConst(c);
                addopI(extend, 1);
                if (tuple) {
                    addop(LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                seenStar = true;
            }
        }
        if (!seenStar && !big) {
            for (Expr e : elts) {
                expr(e);
            }
            addopI(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean sequenceBuilt = false;
        if (big) {
            addopI(build, pushed);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred st) {
                if (!sequenceBuilt) {
                    addopI(build, i + pushed);
                    sequenceBuilt = true;
                }
                expr(st.value());
                addopI(extend, 1);
            } else {
                expr(elt);
                if (sequenceBuilt) {
                    addopI(add, 1);
                }
            }
        }
        if (tuple) {
            addop(LIST_TO_TUPLE);
        }
    }

    /**
     * unpack_helper and pattern_unpack_helper: UNPACK_EX around the starred element, else
     * UNPACK_SEQUENCE; {@code what} names the construct in the errors.
     */
    private <T> void unpackHelper(List<T> elts, java.util.function.Predicate<T> starred, String what) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            T elt = elts.get(i);
            if (starred.test(elt) && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking " + what);
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (starred.test(elt)) {
                throw error("multiple starred expressions in " + what);
            }
        }
        if (!seenStar) {
            addopI(UNPACK_SEQUENCE, n);
        }
    }

    private void assignmentHelper(List<Expr> elts) {
        unpackHelper(elts, e -> e instanceof Expr.Starred, "assignment");
        for (Expr elt : elts) {
            expr(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    private void subdict(Expr.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(e.keys(), begin, end)) {
            for (int i = begin; i < end; i++) {
                expr(e.values().get(i));
            }
            List<Object> keys = new ArrayList<>(n);
            for (int i = begin; i < end; i++) {
                keys.add(((Expr.Constant) e.keys().get(i)).value());
            }
            loadConst(new ConstantTuple(keys));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(e.keys().get(i));
            expr(e.values().get(i));
            if (big) {
                addopI(MAP_ADD, 1);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n);
        }
    }

    private void dict(Expr.Dict e) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean isUnpacking = e.keys().get(i) == null;
            if (isUnpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(e.values().get(i));
                addopI(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(e, i - elements, i + 1);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                addopI(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addopI(BUILD_MAP, 0);
        }
    }

    private void compare(Expr.Compare e) {
        checkCompare(e);
        expr(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            expr(e.comparators().getFirst());
            addCompare(e.ops().getFirst());
        } else {
            BasicBlock cleanup = newBlock();
            for (int i = 0; i < n; i++) {
                expr(e.comparators().get(i));
                addopI(SWAP, 2);
                addopI(COPY, 2);
                addCompare(e.ops().get(i));
                addopJ(JUMP_IF_FALSE_OR_POP, cleanup);
            }
            expr(e.comparators().get(n));
            addCompare(e.ops().get(n));
            BasicBlock end = newBlock();
            addopJNoline(JUMP, end);
            useNextBlock(cleanup);
            addopI(SWAP, 2);
            addop(POP_TOP);
            useNextBlock(end);
        }
    }

    // ---------------------------------------------------------------- SyntaxWarnings about displays

    /** infer_type: the type name of an expression whose type the compiler knows, or null. */
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
            case Expr.Constant c -> constTypeName(c.value());
            default -> null;
        };
    }

    static String constTypeName(Object v) {
        return switch (v) {
            case PySingleton s -> s == PySingleton.None ? "NoneType" : "ellipsis";
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case Complex x -> "complex";
            case String str -> "str";
            case byte[] b -> "bytes";
            case ConstantTuple t -> "tuple";
            case ConstantFrozenset f -> "frozenset";
            case Code c -> "code";
            default -> null;
        };
    }

    private void checkCaller(Expr e) {
        switch (e) {
            case Expr.Constant c -> warnNotCallable(e);
            case Expr.Tuple t -> warnNotCallable(e);
            case Expr.List l -> warnNotCallable(e);
            case Expr.ListComp l -> warnNotCallable(e);
            case Expr.Dict d -> warnNotCallable(e);
            case Expr.DictComp d -> warnNotCallable(e);
            case Expr.Set s -> warnNotCallable(e);
            case Expr.SetComp s -> warnNotCallable(e);
            case Expr.GeneratorExp g -> warnNotCallable(e);
            case Expr.JoinedStr j -> warnNotCallable(e);
            case Expr.FormattedValue f -> warnNotCallable(e);
            default -> {
            }
        }
    }

    private void warnNotCallable(Expr e) {
        warn("'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
    }

    private void checkSubscripter(Expr e) {
        boolean warnIt = switch (e) {
            case Expr.Constant c -> c.value() instanceof PySingleton || c.value() instanceof Long
                    || c.value() instanceof BigInteger || c.value() instanceof Boolean || c.value() instanceof Double
                    || c.value() instanceof Complex || c.value() instanceof ConstantFrozenset;
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

    private void checkIndex(Expr e, Expr s) {
        String indexType = inferType(s);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        boolean warnIt = switch (e) {
            case Expr.Constant c -> c.value() instanceof String || c.value() instanceof byte[]
                    || c.value() instanceof ConstantTuple;
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        if (warnIt) {
            warn(inferType(e) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    // ---------------------------------------------------------------- calls

    private boolean isImportOriginated(Expr e) {
        if (!(e instanceof Expr.Name n)) {
            return false;
        }
        Integer flags = symtable.top().symbols.get(n.id());
        return flags != null && (flags & Symbol.DEF_IMPORT) != 0;
    }

    private void updateStartLocationToMatchAttr(Expr.Attribute attr) {
        if (u.lineno != attr.end_lineno()) {
            u.lineno = attr.end_lineno();
            int len = attr.attr().length();
            if (len <= attr.end_col_offset()) {
                u.colOffset = attr.end_col_offset() - len;
            } else {
                u.colOffset = -1;
                u.endColOffset = -1;
            }
            u.endLineno = Math.max(u.lineno, u.endLineno);
            if (u.lineno == u.endLineno) {
                u.endColOffset = Math.max(u.colOffset, u.endColOffset);
            }
        }
    }

    /** maybe_optimize_method_call: true if the call was compiled as LOAD_METHOD ... CALL. */
    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(meth.value())) {
            return false;
        }
        List<Expr> args = e.args();
        List<Keyword> kwds = e.keywords();
        int argsl = args.size();
        int kwdsl = kwds.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : kwds) {
            if (k.arg() == null) {
                return false;
            }
        }
        expr(meth.value());
        setLoc(meth);
        updateStartLocationToMatchAttr(meth);
        addopName(LOAD_METHOD, u.names, meth.attr());
        for (Expr a : args) {
            expr(a);
        }
        if (kwdsl > 0) {
            for (Keyword k : kwds) {
                expr(k.value());
            }
            callSimpleKwHelper(kwds);
        }
        setLoc(e);
        updateStartLocationToMatchAttr(meth);
        addopI(PRECALL, argsl + kwdsl);
        addopI(CALL, argsl + kwdsl);
        return true;
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
                if (other.arg() != null && other.arg().equals(key.arg())) {
                    setLoc(other);
                    throw error("keyword argument repeated: " + key.arg());
                }
            }
        }
    }

    private void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        checkCaller(e.func());
        setLoc(e.func());
        addop(PUSH_NULL);
        setLoc(e);
        expr(e.func());
        callHelper(0, e.args(), e.keywords());
    }

    private void joinedStr(Expr.JoinedStr e) {
        int valueCount = e.values().size();
        if (valueCount > STACK_USE_GUIDELINE) {
            loadConst("");
            addopName(LOAD_METHOD, u.names, "join");
            addopI(BUILD_LIST, 0);
            for (Expr v : e.values()) {
                expr(v);
                addopI(LIST_APPEND, 1);
            }
            addopI(PRECALL, 1);
            addopI(CALL, 1);
        } else {
            for (Expr v : e.values()) {
                expr(v);
            }
            if (valueCount != 1) {
                addopI(BUILD_STRING, valueCount);
            }
        }
    }

    private void formattedValue(Expr.FormattedValue e) {
        expr(e.value());
        int oparg = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            case -1 -> 0;
            default -> throw new IllegalStateException("Unrecognized conversion character " + e.conversion());
        };
        if (e.format_spec() != null) {
            expr(e.format_spec());
            oparg |= 0x04;
        }
        addopI(FORMAT_VALUE, oparg);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                expr(keywords.get(i).value());
            }
            List<Object> keys = new ArrayList<>(n);
            for (int i = begin; i < end; i++) {
                keys.add(keywords.get(i).arg());
            }
            loadConst(new ConstantTuple(keys));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addopINoline(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(kw.arg());
            expr(kw.value());
            if (big) {
                addopINoline(MAP_ADD, 1);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n);
        }
    }

    private void callSimpleKwHelper(List<Keyword> keywords) {
        List<Object> names = new ArrayList<>(keywords.size());
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        addopI(KW_NAMES, addConst(new ConstantTuple(names)));
    }

    private void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) {
            exCall |= a instanceof Expr.Starred;
        }
        for (Keyword k : keywords) {
            exCall |= k.arg() == null;
        }
        if (!exCall) {
            for (Expr a : args) {
                expr(a);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    expr(k.value());
                }
                callSimpleKwHelper(keywords);
            }
            addopI(PRECALL, n + nelts + nkwelts);
            addopI(CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.getFirst() instanceof Expr.Starred st) {
            expr(st.value());
        } else {
            starunpackHelper(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            addopI(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(kw.value());
                    addopI(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    addopI(DICT_MERGE, 1);
                }
            }
        }
        addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    // ---------------------------------------------------------------- comprehensions

    private void comprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt, Expr val,
            int type) {
        if (generators.get(genIndex).is_async() != 0) {
            asyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        } else {
            syncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
    }

    private void comprehensionElement(Expr elt, Expr val, int type, int depth) {
        switch (type) {
            case COMP_GENEXP -> {
                expr(elt);
                addopYield();
                addop(POP_TOP);
            }
            case COMP_LISTCOMP -> {
                expr(elt);
                addopI(LIST_APPEND, depth + 1);
            }
            case COMP_SETCOMP -> {
                expr(elt);
                addopI(SET_ADD, depth + 1);
            }
            default -> {
                expr(elt);
                expr(val);
                addopI(MAP_ADD, depth + 1);
            }
        }
    }

    private void syncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt,
            Expr val, int type) {
        BasicBlock start = newBlock();
        BasicBlock ifCleanup = newBlock();
        BasicBlock anchor = newBlock();
        Comprehension gen = generators.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            List<Expr> elts = switch (gen.iter()) {
                case Expr.List l -> l.elts();
                case Expr.Tuple t -> t.elts();
                default -> null;
            };
            if (elts != null && elts.size() == 1) {
                Expr e = elts.getFirst();
                if (!(e instanceof Expr.Starred)) {
                    expr(e);
                    start = null;
                }
            }
            if (start != null) {
                expr(gen.iter());
                addop(GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useNextBlock(start);
            addopJ(FOR_ITER, anchor);
        }
        expr(gen.target());
        for (Expr e : gen.ifs()) {
            jumpIf(e, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            comprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        if (start != null) {
            addopJ(JUMP, start);
            useNextBlock(anchor);
        }
    }

    private void asyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt,
            Expr val, int type) {
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock ifCleanup = newBlock();
        Comprehension gen = generators.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            expr(gen.iter());
            addop(GET_AITER);
        }
        useNextBlock(start);
        pushFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        awaitNext(except);
        expr(gen.target());
        for (Expr e : gen.ifs()) {
            jumpIf(e, ifCleanup, false);
        }
        depth++;
        if (++genIndex < generators.size()) {
            comprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        addopJ(JUMP, start);
        popFBlock();
        useNextBlock(except);
        addop(END_ASYNC_FOR);
    }

    private void comprehension(Expr e, int type, String name, List<Comprehension> generators, Expr elt, Expr val) {
        ScopeType scopeType = u.scopeType;
        Comprehension outermost = generators.getFirst();
        enterScope(name, ScopeType.COMPREHENSION, e, e.lineno());
        setLoc(e);
        boolean isAsyncGenerator = u.ste.coroutine;
        if (isAsyncGenerator && type != COMP_GENEXP && scopeType != ScopeType.ASYNC_FUNCTION
                && scopeType != ScopeType.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != COMP_GENEXP) {
            addopI(switch (type) {
                case COMP_LISTCOMP -> BUILD_LIST;
                case COMP_SETCOMP -> BUILD_SET;
                default -> BUILD_MAP;
            }, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != COMP_GENEXP) {
            addop(RETURN_VALUE);
        }
        Code co = Assembler.assemble(this, u, true);
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, 0, qualname);
        expr(outermost.iter());
        addop(outermost.is_async() != 0 ? GET_AITER : GET_ITER);
        addopI(PRECALL, 0);
        addopI(CALL, 0);
        if (isAsyncGenerator && type != COMP_GENEXP) {
            await(0);
        }
    }

    // ---------------------------------------------------------------- expressions

    private void expr(Expr e) {
        int[] saved = saveLoc();
        setLoc(e);
        expr1(e);
        restoreLoc(saved);
    }

    private void expr1(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                expr(n.value());
                addopI(COPY, 1);
                expr(n.target());
            }
            case Expr.BoolOp b -> boolop(b);
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                addopI(BINARY_OP, binaryOparg(b.op(), false));
            }
            case Expr.UnaryOp un -> {
                expr(un.operand());
                addop(switch (un.op()) {
                    case Invert -> UNARY_INVERT;
                    case Not -> UNARY_NOT;
                    case UAdd -> UNARY_POSITIVE;
                    case USub -> UNARY_NEGATIVE;
                });
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> ifExp(i);
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> starunpackHelper(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.GeneratorExp g -> comprehension(e, COMP_GENEXP, "<genexpr>", g.generators(), g.elt(), null);
            case Expr.ListComp l -> comprehension(e, COMP_LISTCOMP, "<listcomp>", l.generators(), l.elt(), null);
            case Expr.SetComp s -> comprehension(e, COMP_SETCOMP, "<setcomp>", s.generators(), s.elt(), null);
            case Expr.DictComp d -> comprehension(e, COMP_DICTCOMP, "<dictcomp>", d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                if (u.ste.type != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'yield' outside function");
                }
                if (y.value() != null) {
                    expr(y.value());
                } else {
                    loadConst(PySingleton.None);
                }
                addopYield();
            }
            case Expr.YieldFrom y -> {
                if (u.ste.type != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'yield' outside function");
                }
                if (u.scopeType == ScopeType.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function");
                }
                expr(y.value());
                addop(GET_YIELD_FROM_ITER);
                loadConst(PySingleton.None);
                addYieldFrom(false);
            }
            case Expr.Await a -> {
                if (u.ste.type != SymtableEntry.BlockType.FUNCTION) {
                    throw error("'await' outside function");
                }
                if (u.scopeType != ScopeType.ASYNC_FUNCTION && u.scopeType != ScopeType.COMPREHENSION) {
                    throw error("'await' outside async function");
                }
                expr(a.value());
                await(0);
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.Constant c -> loadConst(c.value());
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Attribute a -> {
                expr(a.value());
                updateStartLocationToMatchAttr(a);
                switch (a.ctx()) {
                    case Load -> addopName(LOAD_ATTR, u.names, a.attr());
                    case Store -> {
                        forbiddenName(a.attr(), a.ctx());
                        addopName(STORE_ATTR, u.names, a.attr());
                    }
                    case Del -> addopName(DELETE_ATTR, u.names, a.attr());
                }
            }
            case Expr.Subscript s -> {
                if (s.ctx() == ExprContext.Load) {
                    checkSubscripter(s.value());
                    checkIndex(s.value(), s.slice());
                }
                expr(s.value());
                expr(s.slice());
                addop(switch (s.ctx()) {
                    case Load -> BINARY_SUBSCR;
                    case Store -> STORE_SUBSCR;
                    case Del -> DELETE_SUBSCR;
                });
            }
            case Expr.Starred s -> throw error(s.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
            case Expr.Slice s -> {
                int n = 2;
                if (s.lower() != null) {
                    expr(s.lower());
                } else {
                    loadConst(PySingleton.None);
                }
                if (s.upper() != null) {
                    expr(s.upper());
                } else {
                    loadConst(PySingleton.None);
                }
                if (s.step() != null) {
                    n++;
                    expr(s.step());
                }
                addopI(BUILD_SLICE, n);
            }
            case Expr.Name n -> nameop(n.id(), n.ctx());
            case Expr.List l -> {
                if (l.ctx() == ExprContext.Store) {
                    assignmentHelper(l.elts());
                } else if (l.ctx() == ExprContext.Load) {
                    starunpackHelper(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                } else {
                    for (Expr x : l.elts()) {
                        expr(x);
                    }
                }
            }
            case Expr.Tuple t -> {
                if (t.ctx() == ExprContext.Store) {
                    assignmentHelper(t.elts());
                } else if (t.ctx() == ExprContext.Load) {
                    starunpackHelper(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                } else {
                    for (Expr x : t.elts()) {
                        expr(x);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- match (PEP 634)

    /** pattern_context. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<BasicBlock> failPop = new ArrayList<>();
        int onTop;

        PatternContext copy() {
            PatternContext p = new PatternContext();
            p.stores = stores;
            p.allowIrrefutable = allowIrrefutable;
            p.failPop = failPop;
            p.onTop = onTop;
            return p;
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.name() == null && a.pattern() == null;
    }

    private static boolean isWildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private void ensureFailPop(PatternContext pc, int n) {
        int size = n + 1;
        while (pc.failPop.size() < size) {
            pc.failPop.add(newBlock());
        }
    }

    private void jumpToFailPop(PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        addopJ(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(PatternContext pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            useNextBlock(pc.failPop.get(i));
            addop(POP_TOP);
        }
        useNextBlock(pc.failPop.getFirst());
        pc.failPop = new ArrayList<>();
    }

    private void patternRotate(int count) {
        while (1 < count) {
            addopI(SWAP, count--);
        }
    }

    private void patternStoreName(String n, PatternContext pc) {
        if (n == null) {
            addop(POP_TOP);
            return;
        }
        forbiddenName(n, ExprContext.Store);
        if (pc.stores.contains(n)) {
            throw error("multiple assignments to name " + dev.pyheap.interpreter.ast.ConstantRepr.strRepr(n)
                    + " in pattern");
        }
        int rotations = pc.onTop + pc.stores.size() + 1;
        patternRotate(rotations);
        pc.stores.add(n);
    }

    private void patternSequenceUnpack(List<Pattern> patterns, PatternContext pc) {
        unpackHelper(patterns, p -> p instanceof Pattern.MatchStar, "sequence pattern");
        int size = patterns.size();
        pc.onTop += size;
        for (Pattern p : patterns) {
            pc.onTop--;
            patternSubpattern(p, pc);
        }
    }

    private void patternSequenceSubscr(List<Pattern> patterns, int star, PatternContext pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (isWildcard(pattern)) {
                continue;
            }
            if (i == star) {
                continue;
            }
            addopI(COPY, 1);
            if (i < star) {
                loadConst((long) i);
            } else {
                addop(GET_LEN);
                loadConst((long) (size - i));
                addopI(BINARY_OP, NB_SUBTRACT);
            }
            addop(BINARY_SUBSCR);
            patternSubpattern(pattern, pc);
        }
        pc.onTop--;
        addop(POP_TOP);
    }

    private void patternSubpattern(Pattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void patternAs(Pattern.MatchAs p, PatternContext pc) {
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (p.name() != null) {
                    throw error("name capture " + dev.pyheap.interpreter.ast.ConstantRepr.strRepr(p.name())
                            + " makes remaining patterns unreachable");
                }
                throw error("wildcard makes remaining patterns unreachable");
            }
            patternStoreName(p.name(), pc);
            return;
        }
        pc.onTop++;
        addopI(COPY, 1);
        pattern(p.pattern(), pc);
        pc.onTop--;
        patternStoreName(p.name(), pc);
    }

    private void validateKwdAttrs(List<String> attrs, List<Pattern> patterns) {
        for (int i = 0; i < attrs.size(); i++) {
            String attr = attrs.get(i);
            setLoc(patterns.get(i));
            forbiddenName(attr, ExprContext.Store);
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(j).equals(attr)) {
                    setLoc(patterns.get(j));
                    throw error("attribute name repeated in class pattern: " + attr);
                }
            }
        }
    }

    private void patternClass(Pattern.MatchClass p, PatternContext pc) {
        List<Pattern> patterns = p.patterns();
        List<String> kwdAttrs = p.kwd_attrs();
        List<Pattern> kwdPatterns = p.kwd_patterns();
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        if (nattrs > 0) {
            validateKwdAttrs(kwdAttrs, kwdPatterns);
            setLoc(p);
        }
        expr(p.cls());
        loadConst(new ConstantTuple(new ArrayList<>(kwdAttrs)));
        addopI(MATCH_CLASS, nargs);
        addopI(COPY, 1);
        loadConst(PySingleton.None);
        addopI(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(pattern)) {
                addop(POP_TOP);
                continue;
            }
            patternSubpattern(pattern, pc);
        }
    }

    private void patternMapping(Pattern.MatchMapping p, PatternContext pc) {
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        if (size != patterns.size()) {
            throw error("keys (" + size + ") / patterns (" + patterns.size() + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest();
        pc.onTop++;
        addop(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            addop(POP_TOP);
            return;
        }
        if (size > 0) {
            addop(GET_LEN);
            loadConst((long) size);
            addopI(COMPARE_OP, 5);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        List<Object> seen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            if (key == null) {
                setLoc(patterns.get(i));
                throw error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key instanceof Expr.Constant c) {
                for (Object o : seen) {
                    if (ConstantOps.pyEquals(o, c.value())) {
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
        addopI(BUILD_TUPLE, size);
        addop(MATCH_KEYS);
        pc.onTop += 2;
        addopI(COPY, 1);
        loadConst(PySingleton.None);
        addopI(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (int i = 0; i < size; i++) {
            pc.onTop--;
            patternSubpattern(patterns.get(i), pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            addopI(BUILD_MAP, 0);
            addopI(SWAP, 3);
            addopI(DICT_UPDATE, 2);
            addopI(UNPACK_SEQUENCE, size);
            while (size > 0) {
                addopI(COPY, 1 + size--);
                addopI(SWAP, 2);
                addop(DELETE_SUBSCR);
            }
            patternStoreName(starTarget, pc);
        } else {
            addop(POP_TOP);
            addop(POP_TOP);
        }
    }

    private void patternOr(Pattern.MatchOr p, PatternContext pc) {
        BasicBlock end = newBlock();
        int size = p.patterns().size();
        PatternContext old = pc.copy();
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            setLoc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = (i == size - 1) && old.allowIrrefutable;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            addopI(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names");
            } else if (nstores > 0) {
                int icontrol = nstores;
                while (icontrol-- > 0) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw error("alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            patternRotate(icontrol + 1);
                        }
                    }
                }
            }
            addopJ(JUMP, end);
            emitAndResetFailPop(pc);
        }
        pc.stores = old.stores;
        pc.allowIrrefutable = old.allowIrrefutable;
        pc.failPop = old.failPop;
        pc.onTop = old.onTop;
        addop(POP_TOP);
        jumpToFailPop(pc, JUMP);
        useNextBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            patternRotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw error("multiple assignments to name " + dev.pyheap.interpreter.ast.ConstantRepr.strRepr(name)
                        + " in pattern");
            }
            pc.stores.add(name);
        }
        addop(POP_TOP);
    }

    private void patternSequence(Pattern.MatchSequence p, PatternContext pc) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (pattern instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern");
                }
                starWildcard = isWildcardStar(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pattern);
        }
        pc.onTop++;
        addop(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            addop(GET_LEN);
            loadConst((long) size);
            addopI(COMPARE_OP, 2);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            addop(GET_LEN);
            loadConst((long) (size - 1));
            addopI(COMPARE_OP, 5);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            addop(POP_TOP);
        } else if (starWildcard) {
            patternSequenceSubscr(patterns, star, pc);
        } else {
            patternSequenceUnpack(patterns, pc);
        }
    }

    private void pattern(Pattern p, PatternContext pc) {
        setLoc(p);
        switch (p) {
            case Pattern.MatchValue v -> {
                Expr value = v.value();
                if (!(value instanceof Expr.Constant || value instanceof Expr.Attribute)) {
                    throw error("patterns may only match literals and attribute lookups");
                }
                expr(value);
                addopI(COMPARE_OP, 2);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                loadConst(s.value());
                addopI(IS_OP, 0);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> patternSequence(s, pc);
            case Pattern.MatchMapping m -> patternMapping(m, pc);
            case Pattern.MatchClass c -> patternClass(c, pc);
            case Pattern.MatchStar s -> patternStoreName(s.name(), pc);
            case Pattern.MatchAs a -> patternAs(a, pc);
            case Pattern.MatchOr o -> patternOr(o, pc);
        }
    }

    private void match(Stmt.Match s) {
        PatternContext pc = new PatternContext();
        expr(s.subject());
        BasicBlock end = newBlock();
        int cases = s.cases().size();
        MatchCase m = s.cases().get(cases - 1);
        int hasDefault = isWildcard(m.pattern()) && 1 < cases ? 1 : 0;
        for (int i = 0; i < cases - hasDefault; i++) {
            m = s.cases().get(i);
            setLoc(m.pattern());
            if (i != cases - hasDefault - 1) {
                addopI(COPY, 1);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == cases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                nameop(name, ExprContext.Store);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.guard(), pc.failPop.getFirst(), false);
            }
            if (i != cases - hasDefault - 1) {
                addop(POP_TOP);
            }
            stmts(m.body());
            addopJNoline(JUMP, end);
            setLoc(m.pattern());
            emitAndResetFailPop(pc);
        }
        if (hasDefault != 0) {
            m = s.cases().get(cases - 1);
            setLoc(m.pattern());
            if (cases == 1) {
                addop(POP_TOP);
            } else {
                addop(NOP);
            }
            if (m.guard() != null) {
                jumpIf(m.guard(), end, false);
            }
            stmts(m.body());
        }
        useNextBlock(end);
    }

    /** The names of this unit in index order (dict_keys_inorder). */
    static List<String> keysInOrder(Map<String, Integer> dict, int offset) {
        String[] out = new String[dict.size()];
        for (Map.Entry<String, Integer> e : dict.entrySet()) {
            out[e.getValue() - offset] = e.getKey();
        }
        return Collections.unmodifiableList(java.util.Arrays.asList(out));
    }
}
