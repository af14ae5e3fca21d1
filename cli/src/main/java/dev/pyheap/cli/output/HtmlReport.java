package dev.pyheap.cli.output;

import dev.pyheap.api.alloc.ArenaUsage;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --report FILE.html}: one self-contained page for one run ({@code pyheap run}) or several
 * ({@code pyheap compare}, the collectors side by side on shared axes). The page is the template
 * {@code report.html} with Apache ECharts' script and the runs' data (JSON, written by Jackson)
 * inlined: it needs no network when viewed. The charts are drawn by ECharts in the browser, as SVG.
 */
public final class HtmlReport {
    /** ECharts' script as the build copies it from its webjar into this jar. */
    static final String ECHARTS_VERSION = "5.3.1";
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
            + "/dist/echarts.min.js";

    private HtmlReport() {
    }

    /**
     * One heap sample.
     *
     * @param ms             since the start of the run
     * @param mappedBytes    arenas plus raw blocks
     * @param allocatedBytes bytes of the blocks in use (pool blocks plus raw blocks)
     * @param generations    tracked objects in each list of the collector, youngest first
     */
    public record Sample(double ms, long mappedBytes, long allocatedBytes, List<Long> generations) {
        public Sample {
            generations = List.copyOf(generations);
        }
    }

    /** One collection: when it started, which generation, its pause and what it found. */
    public record Collection(double ms, int generation, double pauseMs, long collected, long uncollectable) {
    }

    /** The pauses of every collection of the run, from the collector's own figures. */
    public record Pauses(long count, double p50, double p99, double max, double total) {
    }

    /** A tracemalloc statistic: the site ({@code file:line}), bytes and blocks alive. */
    public record Site(String where, long bytes, long blocks) {
    }

    /** A leak group: a type, how many more objects than in the baseline, and who holds one. */
    public record Leak(String type, long count, String chain) {
    }

    /**
     * The arena map: each arena a row of pools, each pool {@code [sizeClass (-1 empty), used, capacity]}.
     *
     * @param sizeClasses the allocator's size classes (the hues)
     */
    public record Arenas(int sizeClasses, List<int[][]> rows) {
        public Arenas {
            rows = List.copyOf(rows);
        }

        /** From the allocator's {@link ArenaUsage} rows. */
        public static Arenas of(int sizeClasses, List<ArenaUsage> arenas) {
            return new Arenas(sizeClasses, arenas.stream()
                    .map(a -> a.pools().stream()
                            .map(p -> new int[] {p.sizeClass(), p.used(), p.capacity()})
                            .toArray(int[][]::new))
                    .toList());
        }
    }

    /**
     * What one run contributes to the page.
     *
     * @param label       the run's name in legends (the collector's, under {@code compare})
     * @param summary     label/value pairs of the summary table, the same labels for every run
     * @param runMs       the run's length
     * @param sites       the top allocation sites, empty without tracemalloc
     * @param leaks       the leak groups, or null without {@code --leaks}
     */
    public record Run(String label, String collector, String allocator, List<List<String>> summary, double runMs,
                      List<Sample> samples, List<Collection> collections, Pauses pauses, List<Site> sites,
                      List<Leak> leaks, Arenas arenas) {
        public Run {
            summary = summary.stream().map(List::copyOf).toList();
            samples = List.copyOf(samples);
            collections = List.copyOf(collections);
            sites = List.copyOf(sites);
            leaks = leaks == null ? null : List.copyOf(leaks);
        }
    }

    private record Page(String title, List<Run> runs) {
    }

    /** The page for {@code runs} (at least one). */
    public static String write(String title, List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        // "</" inside the data would end the script element early: JSON allows "<\/" for it.
        String data = JsonMapper.builder().build().writeValueAsString(new Page(title, runs)).replace("</", "<\\/");
        return template()
                .replace("/*TITLE*/", escapeHtml(title))
                .replace("/*ECHARTS_VERSION*/", ECHARTS_VERSION)
                .replace("/*ECHARTS*/", resource(ECHARTS))
                .replace("/*DATA*/", data);
    }

    private static String template() {
        return resource("/dev/pyheap/cli/output/report.html");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (a broken build of pyheap's cli)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
