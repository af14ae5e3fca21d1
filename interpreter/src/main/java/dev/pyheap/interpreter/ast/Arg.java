package dev.pyheap.interpreter.ast;

/** CPython's arg (Python.asdl). */
public record Arg(String arg, Expr annotation, String type_comment, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {}
