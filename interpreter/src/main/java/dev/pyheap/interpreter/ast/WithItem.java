package dev.pyheap.interpreter.ast;

/** CPython's withitem (Python.asdl). */
public record WithItem(Expr context_expr, Expr optional_vars) {}
