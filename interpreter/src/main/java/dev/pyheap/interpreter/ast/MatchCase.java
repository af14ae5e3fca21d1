package dev.pyheap.interpreter.ast;

import java.util.List;

/** CPython's match_case (Python.asdl). */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
