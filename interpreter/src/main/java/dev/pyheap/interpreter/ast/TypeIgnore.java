package dev.pyheap.interpreter.ast;

/** CPython's type_ignore (Python.asdl). */
public record TypeIgnore(int lineno, String tag) {}
