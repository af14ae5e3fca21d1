package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code --report}: the page is self-contained, and headless Chromium draws its charts (the DOM after
 * the scripts ran has an SVG with drawn paths in every chart; a screenshot, kept as
 * {@code target/report-screenshot.png}, is not blank). Without Debian's {@code chromium} the browser
 * checks are skipped through an assumption that names it ({@code .ci/run} installs it).
 */
class ReportBrowserTest {
    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    Path dir;

    @Test
    void compareReportIsSelfContainedAndChromiumDrawsEveryChart() throws Exception {
        CliRun r = CliRun.run(Map.of(), dir, "compare", "--workload", "cycles", "--ops", "20000",
                "--collectors", "generational,refcount", "--report", "report.html");
        assertEquals(0, r.code(), r::toString);
        Path page = dir.resolve("report.html");
        String html = Files.readString(page);
        // Nothing fetched when viewed: ECharts' script is inlined whole, and the rest of the page names no
        // external script, style sheet or image.
        String echarts;
        try (var in = ReportBrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js")) {
            echarts = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(html.contains(echarts), "ECharts is not inlined");
        for (String ours : html.split(Pattern.quote(echarts), -1)) {
            for (String reference : List.of("src=", "href=", "http:", "https:", "url(")) {
                assertFalse(ours.contains(reference), "the page refers elsewhere: " + reference);
            }
        }
        assertTrue(html.contains("\"label\":\"generational\"") && html.contains("\"label\":\"refcount\""), "both runs");

        Path chromium = chromium();
        assumeTrue(chromium != null, "Debian's chromium is not installed (apt-get install chromium; .ci/run installs"
                + " it): the report's charts were not checked in a browser");
        String dom = run(chromium, "--dump-dom", page.toUri().toString());
        // One chart per container: memory, pauses; per run: generations and the arena map.
        for (String id : List.of("memory", "pauses", "generations", "arenas")) {
            String part = section(dom, id);
            Matcher svg = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(part);
            int charts = 0;
            while (svg.find()) {
                charts++;
                assertTrue(svg.group(1).contains("<path") || svg.group(1).contains("<rect"),
                        id + ": an empty chart");
            }
            assertEquals(id.equals("memory") || id.equals("pauses") ? 1 : 2, charts, id + ": charts drawn");
        }
        // The memory chart draws a line per run and quantity; the arena maps a rectangle per pool.
        assertTrue(count(section(dom, "memory"), "<path d=\"M") >= 4, "memory lines");
        assertTrue(count(section(dom, "arenas"), "<path d=\"M") >= 64, "arena map cells");

        Files.createDirectories(SCREENSHOT.getParent());
        run(chromium, "--window-size=1400,2600", "--screenshot=" + SCREENSHOT.toAbsolutePath(),
                page.toUri().toString());
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertTrue(colours.size() > 50, "a screenshot of " + colours.size() + " colours: the charts are not drawn");
        assertTrue(inked > image.getWidth() * image.getHeight() / 4 / 50, "a nearly blank screenshot");
    }

    /** The DOM from the element with {@code id} to the next chart section. */
    private static String section(String dom, String id) {
        int start = dom.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no element " + id);
        int end = dom.indexOf("<h2>", start);
        return dom.substring(start, end < 0 ? dom.length() : end);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Debian's chromium on the PATH, or null. */
    static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Runs headless Chromium with {@code args}; its stdout. */
    private String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=15000",
                "--user-data-dir=" + dir.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "chromium did not finish in 120 s");
        String err = read(dir.resolve("chromium.err"));
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + err);
        return read(out);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
