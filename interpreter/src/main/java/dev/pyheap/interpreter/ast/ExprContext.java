package dev.pyheap.interpreter.ast;

/** CPython's expr_context (Python.asdl). */
public enum ExprContext {
    Load, Store, Del
}
