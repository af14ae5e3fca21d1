package dev.pyheap.interpreter.ast;

import java.util.List;

/** CPython's arguments (Python.asdl). */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kw_defaults, Arg kwarg, List<Expr> defaults) {}
