package dev.pyheap.interpreter.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block's table (Include/internal/pycore_symtable.h's PySTEntryObject): the module, a function
 * (a def, a lambda, or a comprehension, which in 3.11 is a function), a class or an annotation
 * block; its symbols with their flags and, after analysis, their scopes; its children in source order.
 */
public final class SymtableEntry {
    /** _Py_block_ty. */
    public enum BlockType {
        FUNCTION, CLASS, MODULE, ANNOTATION
    }

    /** _Py_comprehension_ty: which comprehension a function block is, if any. */
    public enum ComprehensionType {
        NONE, LIST, DICT, SET, GENERATOR
    }

    final String name;
    final BlockType type;
    final Object key;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<SymtableEntry> children = new ArrayList<>();
    /** Where each global/nonlocal directive (or walrus in a comprehension) of a name is: lineno, col, end. */
    final Map<String, int[]> directives = new LinkedHashMap<>();
    boolean nested;
    boolean generator;
    boolean coroutine;
    ComprehensionType comprehension = ComprehensionType.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean childFree;
    boolean free;
    boolean compIterTarget;
    int compIterExpr;

    SymtableEntry(String name, BlockType type, Object key, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public String name() {
        return name;
    }

    public BlockType type() {
        return type;
    }

    /** The AST node the block belongs to (the Module, FunctionDef, Lambda, ClassDef or comprehension). */
    public Object key() {
        return key;
    }

    public int lineno() {
        return lineno;
    }

    public List<SymtableEntry> children() {
        return Collections.unmodifiableList(children);
    }

    /** The names in the block, in the order they were first seen. */
    public List<String> names() {
        return List.copyOf(symbols.keySet());
    }

    /** The parameters, in order (comprehensions have the implicit {@code .0}). */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /** The symbol {@code name} of this block, or null. */
    public Symbol lookup(String name) {
        Integer f = symbols.get(name);
        return f == null ? null : new Symbol(name, f, childrenNamed(name), type == BlockType.MODULE);
    }

    private List<SymtableEntry> childrenNamed(String n) {
        List<SymtableEntry> out = new ArrayList<>();
        for (SymtableEntry c : children) {
            if (c.name.equals(n)) {
                out.add(c);
            }
        }
        return out;
    }

    /** All symbols of the block, in the order they were first seen. */
    public List<Symbol> symbols() {
        List<Symbol> out = new ArrayList<>();
        for (String n : symbols.keySet()) {
            out.add(lookup(n));
        }
        return out;
    }

    /** A nested block (a function inside a function, or anything inside one). */
    public boolean isNested() {
        return nested;
    }

    /** True for function blocks, whose locals live in fast slots. */
    public boolean isOptimized() {
        return type == BlockType.FUNCTION;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public ComprehensionType comprehension() {
        return comprehension;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** A class whose methods use {@code __class__} or {@code super}: it gets the {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** Some block nested in this one has free variables. */
    public boolean hasChildFree() {
        return childFree;
    }

    /** This block has free variables (or, when nested, globals that might be). */
    public boolean hasFree() {
        return free;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + "(" + type + "), line " + lineno + ">";
    }
}
