package dev.pyheap.runtime.objgraph;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * Writes a reference graph as Graphviz DOT text, in objgraph's {@code _show_graph} format: a pure
 * function of the {@link Element}s found (what is drawn, in the order the search found it), so the
 * same drawing always gives the same text. Nodes are boxes labelled with their type and summary and
 * shaded from white (depth 0) to grey ({@code maxDepth}); roots are green ellipses; highlighted
 * nodes are blue; edges carry the reference's name; a node with more references than drawn gets a
 * red "N more references" box.
 */
public final class DotWriter {
    private DotWriter() {
    }

    /** What a drawing is made of, in the order it is written. */
    public sealed interface Element permits Start, Vertex, Edge, TooMany {
    }

    /** A starting object: its id is written in red. */
    public record Start(String id) implements Element {
    }

    /** A node, {@code depth} references from the starting objects. */
    public record Vertex(String id, Node node, int depth, boolean highlighted) implements Element {
        public Vertex {
            Objects.requireNonNull(node, "node");
        }
    }

    /** A reference from {@code from} to {@code to}, named by {@code label} (null: unnamed, a root's). */
    public record Edge(String from, String to, String label) implements Element {
    }

    /** {@code count} references of node {@code id} (at {@code depth}) that were not drawn. */
    public record TooMany(String id, int count, int depth, boolean backward) implements Element {
    }

    /** The DOT text of {@code elements}, shaded for a search {@code maxDepth} deep. */
    public static String write(List<? extends Element> elements, int maxDepth) {
        StringBuilder dot = new StringBuilder("digraph ObjectGraph {\n  node[shape=box, style=filled, fillcolor=white];\n");
        for (Element e : elements) {
            switch (e) {
                case Start s -> dot.append("  ").append(s.id()).append("[fontcolor=red];\n");
                case Vertex v -> vertex(dot, v, maxDepth);
                case Edge edge -> {
                    dot.append("  ").append(edge.from()).append(" -> ").append(edge.to());
                    if (edge.label() != null) {
                        dot.append(" [label=\"").append(quote(edge.label())).append("\"]");
                    }
                    dot.append(";\n");
                }
                case TooMany t -> tooMany(dot, t, maxDepth);
            }
        }
        return dot.append("}\n").toString();
    }

    private static void vertex(StringBuilder dot, Vertex v, int maxDepth) {
        double[] hsv = gradient(new double[]{0, 0, 1}, new double[]{0, 0, .3}, v.depth(), maxDepth);
        String label;
        String shape = "";
        if (v.node() instanceof ObjectNode o) {
            label = o.typeName() + "\n" + o.summary();
        } else {
            label = v.node().text();
            shape = ", shape=ellipse";
            hsv = new double[]{.3, 1, hsv[2]};
        }
        if (v.highlighted()) {
            hsv = new double[]{.6, .6, 0.5 + hsv[2] * 0.5};
        }
        dot.append("  ").append(v.id()).append("[label=\"").append(quote(label)).append("\"").append(shape)
                .append(", fillcolor=\"").append(hsv(hsv)).append("\"");
        if (hsv[2] < 0.5) {
            dot.append(", fontcolor=white");
        }
        dot.append("];\n");
    }

    private static void tooMany(StringBuilder dot, TooMany t, int maxDepth) {
        String id = t.id();
        double[] hsv = gradient(new double[]{0, 1, 1}, new double[]{0, 1, .3}, t.depth() + 1, maxDepth);
        dot.append("  ").append(t.backward() ? "too_many_" + id + "->" + id : id + "->too_many_" + id)
                .append("[color=red,style=dotted,len=0.25,weight=10];\n");
        dot.append("  too_many_").append(id).append("[label=\"").append(t.count())
                .append(t.backward() ? " more backreferences" : " more references")
                .append("\",shape=box,height=0.25,color=red,fillcolor=\"").append(hsv(hsv))
                .append("\",fontsize=6];\n");
        dot.append("  too_many_").append(id).append("[fontcolor=white];\n");
    }

    private static double[] gradient(double[] from, double[] to, int depth, int max) {
        if (max == 0) {
            return from.clone();
        }
        double f = (double) depth / max;
        return new double[]{from[0] * (1 - f) + to[0] * f, from[1] * (1 - f) + to[1] * f, from[2] * (1 - f) + to[2] * f};
    }

    private static String hsv(double[] v) {
        return g(v[0]) + "," + g(v[1]) + "," + g(v[2]);
    }

    /** C's {@code %g}: six significant digits, no trailing zeros. */
    private static String g(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** objgraph's {@code _quote}: a DOT string literal's body. */
    static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\0", "\\\\0");
    }
}
