package dev.pyheap.interpreter.ast;

/** CPython's keyword (Python.asdl). */
public record Keyword(String arg, Expr value, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {}
