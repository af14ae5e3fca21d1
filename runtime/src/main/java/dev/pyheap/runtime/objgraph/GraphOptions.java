package dev.pyheap.runtime.objgraph;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * How much of the reference graph {@link ObjGraph#refsGraph} and {@link ObjGraph#backrefsGraph}
 * draw, as objgraph's {@code show_refs} and {@code show_backrefs} arguments of the same names.
 *
 * @param maxDepth  how many references away from the starting objects to go (objgraph's 3)
 * @param tooMany   at most this many references drawn per node; the rest become one
 *                  "N more references" box (objgraph's 10)
 * @param filter    only nodes it accepts are drawn and followed (roots are always drawn)
 * @param highlight nodes drawn in blue
 */
public record GraphOptions(int maxDepth, int tooMany, Predicate<Node> filter, Predicate<Node> highlight) {

    /** objgraph's defaults: depth 3, 10 references per node, everything, nothing highlighted. */
    public static final GraphOptions DEFAULT = new GraphOptions(3, 10, n -> true, n -> false);

    public GraphOptions {
        if (maxDepth < 0 || tooMany < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 0 and tooMany at least 1");
        }
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(highlight, "highlight");
    }

    public GraphOptions withMaxDepth(int depth) {
        return new GraphOptions(depth, tooMany, filter, highlight);
    }

    public GraphOptions withTooMany(int n) {
        return new GraphOptions(maxDepth, n, filter, highlight);
    }

    public GraphOptions withFilter(Predicate<Node> f) {
        return new GraphOptions(maxDepth, tooMany, f, highlight);
    }

    public GraphOptions withHighlight(Predicate<Node> h) {
        return new GraphOptions(maxDepth, tooMany, filter, h);
    }
}
