package dev.pyheap.interpreter.ast;

import java.util.List;

/** A tuple of constants, made by the AST optimizer (Python/ast_opt.c's make_const_tuple). */
public record ConstantTuple(List<Object> elts) {
    public ConstantTuple {
        elts = List.copyOf(elts);
    }
}
