package dev.pyheap.interpreter.ast;

/** CPython's boolop (Python.asdl). */
public enum Boolop {
    And, Or
}
