package dev.pyheap.interpreter.compiler;

import java.util.List;

/**
 * A name in a block, as Lib/symtable.py's Symbol: the flags symtable.c recorded (the DEF_* bits
 * below, and the scope in the bits from {@link #SCOPE_OFFSET}), the blocks it names, and whether
 * the block is the module (where a bound name is both global and local).
 */
public record Symbol(String name, int flags, List<SymtableEntry> namespaces, boolean moduleScope) {
    public static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    public static final int SCOPE_OFFSET = 11;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    public Symbol {
        namespaces = List.copyOf(namespaces);
    }

    public Scope scope() {
        return Scope.of((flags >> SCOPE_OFFSET) & SCOPE_MASK);
    }

    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    public boolean isImported() {
        return (flags & DEF_IMPORT) != 0;
    }

    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    public boolean isGlobal() {
        return scope() == Scope.GLOBAL_IMPLICIT || scope() == Scope.GLOBAL_EXPLICIT
                || (moduleScope && (flags & DEF_BOUND) != 0);
    }

    public boolean isNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    public boolean isDeclaredGlobal() {
        return scope() == Scope.GLOBAL_EXPLICIT;
    }

    public boolean isLocal() {
        return scope() == Scope.LOCAL || scope() == Scope.CELL || (moduleScope && (flags & DEF_BOUND) != 0);
    }

    public boolean isAnnotated() {
        return (flags & DEF_ANNOT) != 0;
    }

    public boolean isFree() {
        return scope() == Scope.FREE;
    }

    public boolean isAssigned() {
        return (flags & DEF_LOCAL) != 0;
    }

    public boolean isNamespace() {
        return !namespaces.isEmpty();
    }
}
