package dev.pyheap.interpreter.ast;

import java.util.List;

/**
 * A frozenset of constants, made by the AST optimizer for {@code x in {1, 2}} and
 * {@code for x in {1, 2}}. Elements are kept in source order without duplicates.
 */
public record ConstantFrozenset(List<Object> elts) {
    public ConstantFrozenset {
        elts = List.copyOf(elts);
    }
}
