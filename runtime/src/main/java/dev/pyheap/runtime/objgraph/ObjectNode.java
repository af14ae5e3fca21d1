package dev.pyheap.runtime.objgraph;

/**
 * An object of the heap.
 *
 * @param id       {@code id(obj)}: its address
 * @param typeName its type's short name ({@code list}, {@code Person})
 * @param summary  objgraph's label line: {@code 3 items} for a list, tuple, dict or set, the class
 *                 name for a class, otherwise {@code repr(obj)} cut to 40 characters
 */
public record ObjectNode(long id, String typeName, String summary) implements Node {

    @Override
    public String text() {
        return typeName;
    }
}
