package dev.pyheap.interpreter.ast;

/** CPython's alias (Python.asdl). */
public record Alias(String name, String asname, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {}
