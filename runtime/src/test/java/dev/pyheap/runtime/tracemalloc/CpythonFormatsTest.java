package dev.pyheap.runtime.tracemalloc;

import dev.pyheap.runtime.PyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * tracemalloc's value types against CPython 3.11's text. Every expected string here was printed
 * by {@code python3} 3.11.7 running {@code src/test/resources/tracemalloc/capture.py} in a
 * directory holding {@code demo.py} (both kept next to this test): the script builds the same two
 * snapshots from trace tuples ({@code tracemalloc.Snapshot(traces, 3)}) and prints
 * {@code str()}/{@code repr()} of what they give.
 */
final class CpythonFormatsTest {

    // The snapshots of capture.py; frames most recent first, as _tracemalloc returns them.
    static final List<Frame> A = List.of(new Frame("demo.py", 2), new Frame("demo.py", 8));
    static final List<Frame> B = List.of(new Frame("demo.py", 6), new Frame("demo.py", 9));
    static final List<Frame> C = List.of(new Frame("lib/util.py", 40), new Frame("demo.py", 2), new Frame("demo.py", 8));
    static final List<Frame> D = List.of(new Frame("demo.py", 8));

    static Trace trace(int domain, long size, List<Frame> mostRecentFirst, int total) {
        return new Trace(domain, size, Traceback.fromMostRecentFirst(mostRecentFirst, total));
    }

    static final Snapshot S1 = new Snapshot(List.of(
            trace(0, 100, A, 2), trace(0, 100, A, 2), trace(0, 60, A, 2),
            trace(0, 72, B, 2), trace(0, 72, B, 2),
            trace(0, 4096, C, 7),
            trace(1, 200, D, 1),
            trace(0, 16, D, 1)), 3);

    static final Snapshot S2 = new Snapshot(List.of(
            trace(0, 100, A, 2), trace(0, 60, A, 2),
            trace(0, 72, B, 2), trace(0, 72, B, 2), trace(0, 72, B, 2),
            trace(0, 20000, C, 7),
            trace(0, 0, List.of(new Frame("new.py", 1)), 1)), 3);

    private static <T> String lines(List<T> items, Function<T, String> text) {
        StringBuilder s = new StringBuilder();
        for (T item : items) {
            s.append(text.apply(item)).append('\n');
        }
        return s.toString();
    }

    private static String strAndRepr(List<?> items) {
        StringBuilder s = new StringBuilder();
        for (Object item : items) {
            s.append(item).append('\n');
            s.append(item instanceof Statistic st ? st.repr() : item instanceof StatisticDiff d ? d.repr()
                    : ((Trace) item).repr()).append('\n');
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ sizes

    /** {@code _format_size(v, False)} and {@code _format_size(v, True)}, CPython 3.11.7. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 | 0 B | +0 B",
            "1 | 1 B | +1 B",
            "99 | 99 B | +99 B",
            "100 | 100 B | +100 B",
            "1023 | 1023 B | +1023 B",
            "1024 | 1024 B | +1024 B",
            "10239 | 10239 B | +10239 B",
            "10240 | 10.0 KiB | +10.0 KiB",
            "10751 | 10.5 KiB | +10.5 KiB",
            "10752 | 10.5 KiB | +10.5 KiB",
            "102399 | 100.0 KiB | +100.0 KiB",
            "102400 | 100 KiB | +100 KiB",
            "1048575 | 1024 KiB | +1024 KiB",
            "1048576 | 1024 KiB | +1024 KiB",
            "10485759 | 10240 KiB | +10240 KiB",
            "10485760 | 10.0 MiB | +10.0 MiB",
            "5368709120 | 5120 MiB | +5120 MiB",
            "3298534883328 | 3072 GiB | +3072 GiB",
            "21990232555520000 | 20000 TiB | +20000 TiB",
            "0.5 | 0 B | +0 B",
            "1.5 | 2 B | +2 B",
            "2.5 | 2 B | +2 B",
            "160.4 | 160 B | +160 B",
            "160.5 | 160 B | +160 B",
            "161.5 | 162 B | +162 B",
            "-1 | -1 B | -1 B",
            "-10240 | -10.0 KiB | -10.0 KiB",
            "-321018 | -313 KiB | -313 KiB",
            "321018 | 313 KiB | +313 KiB",
            "53504.0 | 52.2 KiB | +52.2 KiB",
            "53606.4 | 52.4 KiB | +52.4 KiB",
            "102348.8 | 100.0 KiB | +100.0 KiB",
            "102338.56 | 99.9 KiB | +99.9 KiB",
    })
    void sizesAreFormattedAsCpythonFormatsThem(double size, String plain, String signed) {
        assertEquals(plain, SizeFormat.format(size, false));
        assertEquals(signed, SizeFormat.format(size, true));
    }

    // ------------------------------------------------------------------ statistics

    @Test
    void statisticsByLine() {
        assertEquals("""
                lib/util.py:40: size=4096 B, count=1, average=4096 B
                <Statistic traceback=<Traceback (<Frame filename='lib/util.py' lineno=40>,)> size=4096 count=1>
                demo.py:2: size=260 B, count=3, average=87 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=2>,)> size=260 count=3>
                demo.py:8: size=216 B, count=2, average=108 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=8>,)> size=216 count=2>
                demo.py:6: size=144 B, count=2, average=72 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=6>,)> size=144 count=2>
                """, strAndRepr(S1.statistics(KeyType.LINENO)));
    }

    @Test
    void statisticsByFile() {
        assertEquals("""
                lib/util.py:0: size=4096 B, count=1, average=4096 B
                <Statistic traceback=<Traceback (<Frame filename='lib/util.py' lineno=0>,)> size=4096 count=1>
                demo.py:0: size=620 B, count=7, average=89 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=0>,)> size=620 count=7>
                """, strAndRepr(S1.statistics("filename", false)));
    }

    @Test
    void statisticsByTraceback() {
        assertEquals("""
                demo.py:8: size=4096 B, count=1, average=4096 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>, <Frame filename='lib/util.py' lineno=40>)> size=4096 count=1>
                demo.py:8: size=260 B, count=3, average=87 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>)> size=260 count=3>
                demo.py:8: size=216 B, count=2, average=108 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=8>,)> size=216 count=2>
                demo.py:9: size=144 B, count=2, average=72 B
                <Statistic traceback=<Traceback (<Frame filename='demo.py' lineno=9>, <Frame filename='demo.py' lineno=6>)> size=144 count=2>
                """, strAndRepr(S1.statistics(KeyType.TRACEBACK)));
    }

    @Test
    void cumulativeStatisticsCountEveryFrame() {
        assertEquals("""
                demo.py:8: size=4572 B, count=6, average=762 B
                demo.py:2: size=4356 B, count=4, average=1089 B
                lib/util.py:40: size=4096 B, count=1, average=4096 B
                demo.py:9: size=144 B, count=2, average=72 B
                demo.py:6: size=144 B, count=2, average=72 B
                """, lines(S1.statistics(KeyType.LINENO, true), Statistic::toString));
        assertEquals("""
                demo.py:0: size=9216 B, count=14, average=658 B
                lib/util.py:0: size=4096 B, count=1, average=4096 B
                """, lines(S1.statistics(KeyType.FILENAME, true), Statistic::toString));
    }

    // ------------------------------------------------------------------ compare_to

    @Test
    void differencesByLine() {
        assertEquals("""
                lib/util.py:40: size=19.5 KiB (+15.5 KiB), count=1 (+0), average=19.5 KiB
                <StatisticDiff traceback=<Traceback (<Frame filename='lib/util.py' lineno=40>,)> size=20000 (+15904) count=1 (+0)>
                demo.py:8: size=0 B (-216 B), count=0 (-2)
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=8>,)> size=0 (-216) count=0 (-2)>
                demo.py:2: size=160 B (-100 B), count=2 (-1), average=80 B
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=2>,)> size=160 (-100) count=2 (-1)>
                demo.py:6: size=216 B (+72 B), count=3 (+1), average=72 B
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=6>,)> size=216 (+72) count=3 (+1)>
                new.py:1: size=0 B (+0 B), count=1 (+1), average=0 B
                <StatisticDiff traceback=<Traceback (<Frame filename='new.py' lineno=1>,)> size=0 (+0) count=1 (+1)>
                """, strAndRepr(S2.compareTo(S1, KeyType.LINENO)));
    }

    @Test
    void differencesByFileAndTraceback() {
        assertEquals("""
                lib/util.py:0: size=19.5 KiB (+15.5 KiB), count=1 (+0), average=19.5 KiB
                <StatisticDiff traceback=<Traceback (<Frame filename='lib/util.py' lineno=0>,)> size=20000 (+15904) count=1 (+0)>
                demo.py:0: size=376 B (-244 B), count=5 (-2), average=75 B
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=0>,)> size=376 (-244) count=5 (-2)>
                new.py:0: size=0 B (+0 B), count=1 (+1), average=0 B
                <StatisticDiff traceback=<Traceback (<Frame filename='new.py' lineno=0>,)> size=0 (+0) count=1 (+1)>
                """, strAndRepr(S2.compareTo(S1, "filename", false)));
        assertEquals("""
                demo.py:8: size=19.5 KiB (+15.5 KiB), count=1 (+0), average=19.5 KiB
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>, <Frame filename='lib/util.py' lineno=40>)> size=20000 (+15904) count=1 (+0)>
                demo.py:8: size=0 B (-216 B), count=0 (-2)
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=8>,)> size=0 (-216) count=0 (-2)>
                demo.py:8: size=160 B (-100 B), count=2 (-1), average=80 B
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>)> size=160 (-100) count=2 (-1)>
                demo.py:9: size=216 B (+72 B), count=3 (+1), average=72 B
                <StatisticDiff traceback=<Traceback (<Frame filename='demo.py' lineno=9>, <Frame filename='demo.py' lineno=6>)> size=216 (+72) count=3 (+1)>
                new.py:1: size=0 B (+0 B), count=1 (+1), average=0 B
                <StatisticDiff traceback=<Traceback (<Frame filename='new.py' lineno=1>,)> size=0 (+0) count=1 (+1)>
                """, strAndRepr(S2.compareTo(S1, KeyType.TRACEBACK)));
    }

    @Test
    void cumulativeDifferences() {
        assertEquals("""
                lib/util.py:40: size=19.5 KiB (+15.5 KiB), count=1 (+0), average=19.5 KiB
                demo.py:2: size=19.7 KiB (+15.4 KiB), count=3 (-1), average=6720 B
                demo.py:8: size=19.7 KiB (+15.2 KiB), count=3 (-3), average=6720 B
                demo.py:9: size=216 B (+72 B), count=3 (+1), average=72 B
                demo.py:6: size=216 B (+72 B), count=3 (+1), average=72 B
                new.py:1: size=0 B (+0 B), count=1 (+1), average=0 B
                """, lines(S2.compareTo(S1, KeyType.LINENO, true), StatisticDiff::toString));
    }

    /** The seed article's lines (facts §7), rebuilt from their numbers. */
    @Test
    void theSeedArticlesLines() {
        Traceback line13 = new Traceback(List.of(new Frame("scripts/s06_tracemalloc.py", 13)));
        assertEquals("scripts/s06_tracemalloc.py:13: size=313 KiB, count=2001, average=160 B",
                new Statistic(line13, 321018, 2001).toString());
        assertEquals("scripts/s06_tracemalloc.py:13: size=313 KiB (+313 KiB), count=2001 (+2001), average=160 B",
                new StatisticDiff(line13, 321018, 321018, 2001, 2001).toString());
        assertEquals("scripts/s06_tracemalloc.py:13: size=0 B (-313 KiB), count=0 (-2001)",
                new StatisticDiff(line13, 0, -321018, 0, -2001).toString());
        assertEquals("scripts/s06_tracemalloc.py:17: 153 B",
                new Trace(0, 153, new Traceback(List.of(new Frame("scripts/s06_tracemalloc.py", 17)))).toString());
    }

    // ------------------------------------------------------------------ traces and tracebacks

    @Test
    void traces() {
        assertEquals("""
                demo.py:8: 100 B
                <Trace domain=0 size=100 B, traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>) total_nframe=2>>
                demo.py:8: 100 B
                <Trace domain=0 size=100 B, traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>) total_nframe=2>>
                demo.py:8: 60 B
                <Trace domain=0 size=60 B, traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>) total_nframe=2>>
                demo.py:9: 72 B
                <Trace domain=0 size=72 B, traceback=<Traceback (<Frame filename='demo.py' lineno=9>, <Frame filename='demo.py' lineno=6>) total_nframe=2>>
                demo.py:9: 72 B
                <Trace domain=0 size=72 B, traceback=<Traceback (<Frame filename='demo.py' lineno=9>, <Frame filename='demo.py' lineno=6>) total_nframe=2>>
                demo.py:8: 4096 B
                <Trace domain=0 size=4096 B, traceback=<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>, <Frame filename='lib/util.py' lineno=40>) total_nframe=7>>
                demo.py:8: 200 B
                <Trace domain=1 size=200 B, traceback=<Traceback (<Frame filename='demo.py' lineno=8>,) total_nframe=1>>
                demo.py:8: 16 B
                <Trace domain=0 size=16 B, traceback=<Traceback (<Frame filename='demo.py' lineno=8>,) total_nframe=1>>
                """, strAndRepr(S1.traces()));
    }

    /** demo.py's lines, as linecache reads them from the file capture.py ran next to. */
    static SourceLines demoSources() throws IOException {
        try (InputStream in = CpythonFormatsTest.class.getResourceAsStream("/tracemalloc/demo.py")) {
            List<String> demo = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
            return (file, line) -> file.equals("demo.py") && line >= 1 && line <= demo.size() ? demo.get(line - 1) : null;
        }
    }

    @Test
    void tracebackFormat() throws IOException {
        SourceLines src = demoSources();
        Traceback tb = S1.traces().get(5).traceback();
        assertEquals("<Traceback (<Frame filename='demo.py' lineno=8>, <Frame filename='demo.py' lineno=2>,"
                + " <Frame filename='lib/util.py' lineno=40>) total_nframe=7>", tb.repr());
        assertEquals(List.of("  File \"demo.py\", line 8", "    data = make_strs(2000)", "  File \"demo.py\", line 2",
                "    return [str(i) * 10 for i in range(n)]", "  File \"lib/util.py\", line 40"), tb.format(null, false, src));
        assertEquals(List.of("  File \"lib/util.py\", line 40"), tb.format(1, false, src));
        assertEquals(List.of("  File \"demo.py\", line 2", "    return [str(i) * 10 for i in range(n)]",
                "  File \"lib/util.py\", line 40"), tb.format(2, false, src));
        assertEquals(List.of("  File \"demo.py\", line 8", "    data = make_strs(2000)", "  File \"demo.py\", line 2",
                "    return [str(i) * 10 for i in range(n)]"), tb.format(-1, false, src));
        assertEquals(List.of(), tb.format(0, false, src));
        assertEquals(List.of("  File \"lib/util.py\", line 40", "  File \"demo.py\", line 2",
                "    return [str(i) * 10 for i in range(n)]", "  File \"demo.py\", line 8", "    data = make_strs(2000)"),
                tb.format(null, true, src));
        assertEquals(List.of("  File \"lib/util.py\", line 40"), tb.format(1, true, src));
        assertEquals(List.of("  File \"demo.py\", line 2", "    return [str(i) * 10 for i in range(n)]",
                "  File \"demo.py\", line 8", "    data = make_strs(2000)"), tb.format(-1, true, src));
        assertEquals(List.of("  File \"demo.py\", line 8", "  File \"demo.py\", line 2", "  File \"lib/util.py\", line 40"),
                tb.format(null, false, SourceLines.NONE));
    }

    @Test
    void framesAndTracebacksPrintAsCpythonPrintsThem() {
        assertEquals("<Frame filename='demo.py' lineno=3>", new Frame("demo.py", 3).repr());
        assertEquals("demo.py:3", new Frame("demo.py", 3).toString());
        Traceback ab = Traceback.fromMostRecentFirst(List.of(new Frame("a.py", 1), new Frame("b.py", 2)), -1);
        assertEquals("<Traceback (<Frame filename='b.py' lineno=2>, <Frame filename='a.py' lineno=1>)>", ab.repr());
        assertEquals("b.py:2", ab.toString());
        assertEquals("<Traceback (<Frame filename=\"it's.py\" lineno=1>,) total_nframe=5>",
                new Traceback(List.of(new Frame("it's.py", 1)), 5).repr());
    }

    // ------------------------------------------------------------------ filters

    private static String kept(List<BaseFilter> filters) {
        List<String> out = new ArrayList<>();
        for (Trace t : S1.filterTraces(filters).traces()) {
            out.add("(" + t.domain() + ", " + t.size() + ", '" + t.traceback() + "')");
        }
        return "[" + String.join(", ", out) + "]";
    }

    private static final String ALL_BUT_UTIL = "[(0, 100, 'demo.py:8'), (0, 100, 'demo.py:8'), (0, 60, 'demo.py:8'),"
            + " (0, 72, 'demo.py:9'), (0, 72, 'demo.py:9'), (1, 200, 'demo.py:8'), (0, 16, 'demo.py:8')]";
    private static final String ALL = "[(0, 100, 'demo.py:8'), (0, 100, 'demo.py:8'), (0, 60, 'demo.py:8'),"
            + " (0, 72, 'demo.py:9'), (0, 72, 'demo.py:9'), (0, 4096, 'demo.py:8'), (1, 200, 'demo.py:8'), (0, 16, 'demo.py:8')]";
    private static final String UTIL = "[(0, 4096, 'demo.py:8')]";
    private static final String ALL_BUT_DOMAIN_1 = "[(0, 100, 'demo.py:8'), (0, 100, 'demo.py:8'), (0, 60, 'demo.py:8'),"
            + " (0, 72, 'demo.py:9'), (0, 72, 'demo.py:9'), (0, 4096, 'demo.py:8'), (0, 16, 'demo.py:8')]";

    @Test
    void filtersKeepWhatCpythonKeeps() {
        assertEquals(ALL_BUT_UTIL, kept(List.of(new Filter(true, "demo.py"))));
        assertEquals(UTIL, kept(List.of(new Filter(false, "demo.py"))));
        assertEquals("[(1, 200, 'demo.py:8'), (0, 16, 'demo.py:8')]", kept(List.of(new Filter(true, "demo.py", 8))));
        assertEquals(UTIL, kept(List.of(new Filter(true, "lib/*", null, true, null))));
        assertEquals(ALL_BUT_UTIL, kept(List.of(new Filter(false, "lib/*", null, true, null))));
        assertEquals(ALL, kept(List.of(new Filter(true, "demo.py", null, true, null))));
        assertEquals(ALL_BUT_UTIL, kept(List.of(new Filter(false, "*util*"))));
        assertEquals("[(1, 200, 'demo.py:8')]", kept(List.of(new Filter(true, "demo.py", null, false, 1))));
        assertEquals(ALL_BUT_DOMAIN_1, kept(List.of(new Filter(false, "demo.py", null, false, 1))));
        assertEquals("[(1, 200, 'demo.py:8')]", kept(List.of(new DomainFilter(true, 1))));
        assertEquals(ALL_BUT_DOMAIN_1, kept(List.of(new DomainFilter(false, 1))));
        assertEquals("[(0, 100, 'demo.py:8'), (0, 100, 'demo.py:8'), (0, 60, 'demo.py:8')]",
                kept(List.of(new Filter(true, "demo.py", 2), new Filter(true, "lib/util.py"), new Filter(false, "*", 40))));
        assertEquals(ALL_BUT_UTIL, kept(List.of(new Filter(true, "demo.pyc"))));
        assertEquals(ALL_BUT_UTIL, kept(List.of(new Filter(true, "d?mo.[op]y"))));
        assertEquals(UTIL, kept(List.of(new Filter(true, "[!d]*"))));
        assertEquals(ALL, kept(List.of()));
        assertEquals("demo.py", new Filter(true, "demo.pyc").filenamePattern());
    }

    // ------------------------------------------------------------------ errors

    @Test
    void errorsCarryCpythonsText() {
        PyException unknown = assertThrows(PyException.class, () -> S1.statistics("bogus", false));
        assertEquals("ValueError: unknown key_type: 'bogus'", unknown.getMessage());
        PyException cumulative = assertThrows(PyException.class, () -> S1.statistics("traceback", true));
        assertEquals("ValueError: cumulative mode cannot by used with key type 'traceback'", cumulative.getMessage());
    }
}
