package dev.pyheap.runtime.objgraph;

/**
 * One line of objgraph's {@code growth}: a type whose object count passed its previous peak.
 *
 * @param typeName the type
 * @param count    how many objects of it now
 * @param delta    by how much the count passed the previous peak
 */
public record Growth(String typeName, long count, long delta) {
}
