package dev.pyheap.interpreter.ast;

import java.util.List;

/** CPython's excepthandler (Python.asdl). */
public record ExceptHandler(Expr type, String name, List<Stmt> body, int lineno, int col_offset, int end_lineno, int end_col_offset) implements Located {}
