package dev.pyheap.interpreter.ast;

/** CPython's cmpop (Python.asdl). */
public enum Cmpop {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
