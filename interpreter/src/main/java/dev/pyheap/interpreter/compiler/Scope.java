package dev.pyheap.interpreter.compiler;

/** Where a name lives (symtable.h's LOCAL .. CELL); NONE before analysis. */
public enum Scope {
    NONE, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL;

    static Scope of(int v) {
        return values()[v];
    }
}
