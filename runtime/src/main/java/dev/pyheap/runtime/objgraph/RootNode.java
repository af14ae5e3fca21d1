package dev.pyheap.runtime.objgraph;

import dev.pyheap.runtime.RootKind;

/**
 * A root reference: something outside the heap's objects that keeps an object alive.
 *
 * @param kind        who holds the reference
 * @param description {@code global 'registry'}, {@code local 'node' in make_tree (tree.py:12)},
 *                    {@code handle}, {@code globals}, {@code interpreter}, {@code gc.garbage}
 */
public record RootNode(RootKind kind, String description) implements Node {

    @Override
    public String text() {
        return description;
    }
}
