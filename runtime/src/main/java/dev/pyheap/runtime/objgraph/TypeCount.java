package dev.pyheap.runtime.objgraph;

/** One line of objgraph's {@code most_common_types}: a type name and how many objects have it. */
public record TypeCount(String typeName, long count) {
}
