package dev.pyheap.interpreter.ast;

import java.util.List;

/** CPython's mod nodes (Python.asdl), with its field names. */
public sealed interface Mod permits Mod.Module, Mod.Interactive, Mod.Expression, Mod.FunctionType {
    record Module(List<Stmt> body, List<TypeIgnore> type_ignores) implements Mod {}
    record Interactive(List<Stmt> body) implements Mod {}
    record Expression(Expr body) implements Mod {}
    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}
}
