package dev.pyheap.cli.output;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.objgraph.GraphOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writing objgraph's DOT text: as text, or rendered by Graphviz's {@code dot} when it is on the path. */
final class GraphvizTest {

    @Test
    void renderingWithoutDotSaysHowToInstallIt(@TempDir Path dir) throws IOException {
        Graphviz none = new Graphviz("");
        assertTrue(none.findDot().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> none.write("digraph G {}\n", dir.resolve("g.svg")));
        assertEquals("cannot render " + dir.resolve("g.svg") + ": Graphviz's 'dot' program is not on the PATH;"
                + " install Graphviz (Debian/Ubuntu: apt install graphviz; Fedora: dnf install graphviz;"
                + " macOS: brew install graphviz) or write a .dot file instead", e.getMessage());
        none.write("digraph G {}\n", dir.resolve("g.dot"));
        assertEquals("digraph G {}\n", Files.readString(dir.resolve("g.dot")));
        IllegalArgumentException ext = assertThrows(IllegalArgumentException.class,
                () -> none.write("digraph G {}\n", dir.resolve("g.txt")));
        assertEquals("cannot write a graph to " + dir.resolve("g.txt")
                + ": the file name must end in .dot, .gv, .svg, .png or .pdf", ext.getMessage());
    }

    @Test
    void renderingWithDotWritesTheImage(@TempDir Path dir) throws IOException {
        Graphviz graphviz = new Graphviz(System.getenv("PATH"));
        assumeTrue(graphviz.findDot().isPresent(), "Graphviz's dot is not installed here");
        String dot;
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", "generational")));
             PyThreadState t = heap.attach()) {
            t.acquireGil();
            try (Handle cls = t.newClass("Person"); Handle p = t.call(cls)) {
                dot = heap.objgraph().backrefsGraph(List.of(p), GraphOptions.DEFAULT);
            } finally {
                t.releaseGil();
            }
        }
        Path svg = dir.resolve("refs.svg");
        graphviz.write(dot, svg);
        assertTrue(Files.readString(svg).contains("<svg"));
    }
}
