package dev.pyheap.interpreter.ast;

/** CPython's operator (Python.asdl). */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
