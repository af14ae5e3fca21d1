package dev.pyheap.cli.output;

import dev.pyheap.api.alloc.ArenaUsage;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code pyheap stats --map FILE.svg|png}: the arena map as a picture. One row per arena (lowest
 * address at the top), one cell per pool: the hue says the pool's size class, the lightness how full
 * it is (dark: full, pale: nearly empty), grey an empty pool. A row of grey with a few pale cells is
 * an arena pinned by a few live blocks; many pale cells of one hue are a fragmented size class.
 *
 * <p>Drawn once with Java2D: into a {@link BufferedImage} written by {@link ImageIO} for PNG, into
 * JFreeSVG's {@link SVGGraphics2D} for SVG. The HTML report draws the same colours with ECharts.
 */
public final class ArenaMapPicture {
    private static final int CELL = 10;
    private static final int GAP = 1;
    private static final int LEFT = 64;
    private static final int TOP = 28;
    private static final int LEGEND = 28;
    private static final Color EMPTY = new Color(0xE4, 0xE4, 0xE4);

    private ArenaMapPicture() {
    }

    /** The picture's formats, by file extension. */
    public enum Format {
        SVG, PNG;

        /** The format a file name's extension asks for, or null for none of them. */
        public static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".svg") ? SVG : lower.endsWith(".png") ? PNG : null;
        }
    }

    /** Writes the map of {@code arenas} to {@code file} in {@code format}. */
    public static void write(List<ArenaUsage> arenas, int sizeClasses, String title, Format format, Path file)
            throws IOException {
        int columns = Math.max(1, arenas.stream().mapToInt(a -> a.pools().size()).max().orElse(1));
        int width = Math.max(LEFT + columns * CELL + 16, 420);
        int height = TOP + Math.max(1, arenas.size()) * CELL + LEGEND + 8;
        switch (format) {
            case PNG -> {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                try {
                    draw(g, arenas, sizeClasses, title, width, height);
                } finally {
                    g.dispose();
                }
                if (!ImageIO.write(image, "png", file.toFile())) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            }
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                draw(g, arenas, sizeClasses, title, width, height);
                Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The colour of a pool: hue by size class, lightness by fullness; grey when empty. */
    public static Color colour(ArenaUsage.Pool pool, int sizeClasses) {
        if (pool.empty()) {
            return EMPTY;
        }
        float hue = (float) pool.sizeClass() / Math.max(1, sizeClasses);
        float lightness = (float) (0.88 - 0.55 * pool.fullness());
        return hsl(hue, 0.70f, lightness);
    }

    private static void draw(Graphics2D g, List<ArenaUsage> arenas, int sizeClasses, String title, int width,
                             int height) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(title, 8, 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        for (int row = 0; row < arenas.size(); row++) {
            int y = TOP + row * CELL;
            if (row % 5 == 0) {
                g.setColor(Color.DARK_GRAY);
                g.drawString("arena " + row, 4, y + CELL - 1);
            }
            List<ArenaUsage.Pool> pools = arenas.get(row).pools();
            for (int column = 0; column < pools.size(); column++) {
                g.setColor(colour(pools.get(column), sizeClasses));
                g.fillRect(LEFT + column * CELL, y, CELL - GAP, CELL - GAP);
            }
        }
        if (arenas.isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString("no arena (an allocator without pools)", LEFT, TOP + CELL - 1);
        }
        // The legend: fullness from empty to full for the first size class, then the hues of the classes.
        int y = height - LEGEND + 6;
        g.setColor(Color.DARK_GRAY);
        g.drawString("fullness", 4, y + CELL - 1);
        for (int i = 0; i <= 10; i++) {
            g.setColor(hsl(0f, 0.70f, (float) (0.88 - 0.055 * i)));
            g.fillRect(LEFT + i * CELL, y, CELL - GAP, CELL - GAP);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("size class 0.." + (sizeClasses - 1), LEFT + 12 * CELL, y + CELL - 1);
        for (int c = 0; c < sizeClasses; c++) {
            g.setColor(hsl((float) c / Math.max(1, sizeClasses), 0.70f, 0.45f));
            g.fillRect(LEFT + 22 * CELL + c * (CELL / 2), y, CELL / 2, CELL - GAP);
        }
    }

    private static Color hsl(float hue, float saturation, float lightness) {
        // HSL to HSB (Java's): brightness = l + s*min(l, 1-l); saturation' = 2*(1 - l/brightness).
        float brightness = lightness + saturation * Math.min(lightness, 1 - lightness);
        float s = brightness == 0 ? 0 : 2 * (1 - lightness / brightness);
        return Color.getHSBColor(hue, s, brightness);
    }
}
