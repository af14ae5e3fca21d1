package dev.pyheap.runtime.objgraph;

import java.util.List;

/**
 * A chain of references, objgraph's {@code find_backref_chain} / {@code find_ref_chain} result:
 * {@code nodes.get(i)} refers to {@code nodes.get(i + 1)} through {@code edges.get(i)}.
 *
 * <p>Edge names: {@code [3]} a list or tuple item, {@code ['key']} a dict value ({@code (key)} a
 * dict key), {@code .name} an attribute ({@code .__dict__}, {@code .__class__}), {@code (item)} a set
 * element; the empty string from a root (its description names the reference).
 *
 * @param nodes the chain, from the referrer end to the referent end; never empty
 * @param edges one fewer than the nodes
 * @param found whether the search reached what it looked for; when not, the chain is the start alone
 */
public record Chain(List<Node> nodes, List<String> edges, boolean found) {

    public Chain {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (nodes.isEmpty() || edges.size() != nodes.size() - 1) {
            throw new IllegalArgumentException("a chain has n > 0 nodes and n - 1 edges");
        }
    }

    /** The first node: the root (or the object the predicate picked) of a back-reference chain. */
    public Node first() {
        return nodes.get(0);
    }

    public Node last() {
        return nodes.get(nodes.size() - 1);
    }

    /**
     * One line: each node's text followed by the name of its reference to the next,
     * {@code global 'registry' -> list[3] -> Leaky.data -> bytes}.
     */
    public String format() {
        StringBuilder s = new StringBuilder(nodes.get(0).text());
        for (int i = 0; i < edges.size(); i++) {
            s.append(edges.get(i)).append(" -> ").append(nodes.get(i + 1).text());
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
