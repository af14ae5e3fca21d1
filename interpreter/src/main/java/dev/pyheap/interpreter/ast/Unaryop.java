package dev.pyheap.interpreter.ast;

/** CPython's unaryop (Python.asdl). */
public enum Unaryop {
    Invert, Not, UAdd, USub
}
