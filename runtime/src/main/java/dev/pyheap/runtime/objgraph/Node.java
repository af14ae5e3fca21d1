package dev.pyheap.runtime.objgraph;

/** A node of a reference {@link Chain} or graph: an object in the heap, or a root holding one. */
public sealed interface Node permits ObjectNode, RootNode {

    /** The text a chain prints for the node: the type name, or the root's description. */
    String text();
}
