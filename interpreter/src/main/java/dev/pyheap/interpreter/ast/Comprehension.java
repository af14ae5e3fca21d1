package dev.pyheap.interpreter.ast;

import java.util.List;

/** CPython's comprehension (Python.asdl). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int is_async) {}
