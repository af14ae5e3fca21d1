package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.ArenaUsage;
import dev.pyheap.api.alloc.SizeClassUsage;
import dev.pyheap.api.config.ConfigurationLoader;
import dev.pyheap.api.config.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arena map: its pools reconcile with the size-class table, and {@code stats --map} draws it as PNG and SVG. */
class ArenaMapTest {
    @TempDir
    Path dir;

    @Test
    void arenaMapReconcilesWithTheSizeClassTable() {
        var configuration = ConfigurationLoader.withDeclaredOptions().set(Options.ALLOCATOR.name(), "pymalloc").load();
        try (Allocator a = Plugins.allocator("pymalloc").create(configuration)) {
            List<Long> blocks = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                blocks.add(a.allocate(16 + (i % 7) * 40));
            }
            for (int i = 0; i < blocks.size(); i += 3) {
                a.free(blocks.get(i)); // holes: partly full pools
            }
            List<ArenaUsage> map = a.arenaMap();
            var stats = a.statistics();
            assertEquals(stats.arenasCurrent(), map.size());
            long[] pools = new long[stats.sizeClassCount()];
            long[] used = new long[stats.sizeClassCount()];
            long[] free = new long[stats.sizeClassCount()];
            long empty = 0;
            for (ArenaUsage arena : map) {
                for (ArenaUsage.Pool p : arena.pools()) {
                    if (p.empty()) {
                        empty++;
                    } else {
                        pools[p.sizeClass()]++;
                        used[p.sizeClass()] += p.used();
                        free[p.sizeClass()] += p.capacity() - p.used();
                    }
                }
            }
            assertEquals(stats.unusedPools(), empty);
            for (SizeClassUsage c : stats.sizeClasses()) {
                assertEquals(c.pools(), pools[c.index()], "pools of class " + c.index());
                assertEquals(c.blocksInUse(), used[c.index()], "blocks of class " + c.index());
                assertEquals(c.availableBlocks(), free[c.index()], "free blocks of class " + c.index());
            }
            assertEquals(7, stats.sizeClasses().size());
        }
    }

    @Test
    void statsDrawsTheMapAsPngAndSvg() throws Exception {
        CliRun png = CliRun.run(Map.of(), dir, "stats", "--pattern", "churn", "--ops", "20000", "--map", "map.png");
        assertEquals(0, png.code(), png::toString);
        BufferedImage image = ImageIO.read(dir.resolve("map.png").toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() > 30, "size classes and fullness give many colours, got " + colours.size());

        CliRun svg = CliRun.run(Map.of(), dir, "stats", "--pattern", "churn", "--ops", "20000", "--map", "map.svg");
        assertEquals(0, svg.code(), svg::toString);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(dir.resolve("map.svg").toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        // churn keeps 100,000 blocks live: over 20 arenas of 64 pools, a rectangle each.
        assertTrue(doc.getElementsByTagName("rect").getLength() > 20 * 64,
                "rectangles: " + doc.getElementsByTagName("rect").getLength());
    }

    @Test
    void aMapNamedNeitherSvgNorPngIsAUsageError() {
        CliRun r = CliRun.run(Map.of(), dir, "stats", "--ops", "10", "--map", "map.gif");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--map 'map.gif': the file name must end in .svg or .png"), r.err());
    }
}
