package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiler finds each block's table from the node that opens it (as symtable.c's st_blocks keyed
 * by AST node), in the optimized tree {@link Analysis} returns; scopes are symtable.c's.
 */
class SymtableLookupTest {
    @Test
    void blocksByNode() {
        Analysis a = Analysis.of(PythonParser.parseModule("""
                def f(x):
                    def g():
                        return [x for _ in y]
                    return g
                class C:
                    def m(self):
                        return super().m()
                """, "prog.py"), "prog.py", 0);
        Stmt.FunctionDef f = (Stmt.FunctionDef) a.module().body().get(0);
        SymtableEntry fe = a.symtable().lookup(f);
        assertEquals(Scope.CELL, fe.lookup("x").scope());
        assertEquals(List.of("x"), fe.varnames());
        Stmt.FunctionDef g = (Stmt.FunctionDef) f.body().get(0);
        SymtableEntry ge = a.symtable().lookup(g);
        assertEquals(Scope.FREE, ge.lookup("x").scope());
        assertTrue(ge.isNested());
        Expr.ListComp comp = (Expr.ListComp) ((Stmt.Return) g.body().get(0)).value();
        SymtableEntry ce = a.symtable().lookup(comp);
        assertEquals(SymtableEntry.ComprehensionType.LIST, ce.comprehension());
        assertEquals(List.of(".0"), ce.varnames());
        assertEquals(Scope.FREE, ce.lookup("x").scope());
        assertEquals(Scope.GLOBAL_IMPLICIT, ge.lookup("y").scope());
        assertSame(ce, ge.children().getFirst());
        Stmt.ClassDef c = (Stmt.ClassDef) a.module().body().get(1);
        assertTrue(a.symtable().lookup(c).needsClassClosure());
        assertEquals(Scope.FREE, a.symtable().lookup(c.body().getFirst()).lookup("__class__").scope());
    }

    @Test
    void mangling() {
        assertEquals("_C__x", Symtable.mangle("C", "__x"));
        assertEquals("_C__x", Symtable.mangle("__C", "__x"));
        assertEquals("__x__", Symtable.mangle("C", "__x__"));
        assertEquals("__x", Symtable.mangle("___", "__x"));
        assertEquals("_x", Symtable.mangle("C", "_x"));
    }
}
