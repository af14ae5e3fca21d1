package dev.pyheap.runtime.tracemalloc;

import dev.pyheap.runtime.PyException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The traces of the blocks alive at one moment: tracemalloc's {@code Snapshot}. Immutable; taken
 * by {@link Tracemalloc#takeSnapshot()}, or built from traces (tests, tools), or loaded.
 *
 * <h2>Grouping ({@link #statistics}, {@link #compareTo})</h2>
 * <ul>
 * <li>{@code lineno}: by the most recent frame; {@code filename}: by its file (line 0);
 *     {@code traceback}: by the whole traceback.
 * <li>{@code cumulative}: every frame of a trace counts the trace (a frame seen twice in one
 *     traceback counts it twice, as CPython does); not with {@code traceback}.
 * <li>{@code statistics} sorts biggest first by (size, count, traceback); {@code compareTo} by
 *     (|size_diff|, size, |count_diff|, count, traceback); a place only in the old snapshot gets
 *     size 0 and count 0.
 * </ul>
 *
 * <h2>File format ({@link #dump}, {@link #load})</h2>
 * CPython pickles; pyheap writes a small binary file instead. All numbers are big-endian
 * ({@link java.io.DataOutput}); strings are an {@code int32} byte count then UTF-8.
 * <pre>
 *   magic            8 bytes "PYHEAPTM"
 *   version          int32   1
 *   traceback_limit  int32
 *   nfilenames       int32   then that many strings (the file names, each once)
 *   ntracebacks      int32   then per traceback:
 *                              total_nframe int32 (-1 = unknown), nframe int32,
 *                              nframe x (filename index int32, lineno int32), oldest frame first
 *   ntraces          int32   then per trace: domain int32, size int64, traceback index int32
 * </pre>
 * Equal tracebacks (frames and total depth) are written once and read back as one object; the
 * order of traces is kept.
 */
public final class Snapshot {
    static final byte[] MAGIC = "PYHEAPTM".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;

    private final List<Trace> traces;
    private final int tracebackLimit;

    /**
     * @param traces         the traces, in any order (kept)
     * @param tracebackLimit the limit the traces were recorded with ({@code get_traceback_limit()})
     */
    public Snapshot(List<Trace> traces, int tracebackLimit) {
        this.traces = List.copyOf(traces);
        this.tracebackLimit = tracebackLimit;
    }

    /** {@code snapshot.traces}. */
    public List<Trace> traces() {
        return traces;
    }

    /** {@code snapshot.traceback_limit}. */
    public int tracebackLimit() {
        return tracebackLimit;
    }

    // ------------------------------------------------------------------ filtering

    /**
     * {@code filter_traces(filters)}: a snapshot of the traces every exclusive filter lets through
     * and, when there are inclusive filters, at least one of them keeps. No filter copies all.
     */
    public Snapshot filterTraces(List<? extends BaseFilter> filters) {
        if (filters.isEmpty()) {
            return new Snapshot(traces, tracebackLimit);
        }
        List<Object> include = new ArrayList<>();
        List<Object> exclude = new ArrayList<>();
        for (BaseFilter f : filters) {
            Object m = f instanceof Filter filter ? filter.matcher() : f;
            (f.inclusive() ? include : exclude).add(m);
        }
        List<Trace> kept = new ArrayList<>();
        for (Trace t : traces) {
            if (keep(include, exclude, t)) {
                kept.add(t);
            }
        }
        return new Snapshot(kept, tracebackLimit);
    }

    private static boolean keep(List<Object> include, List<Object> exclude, Trace t) {
        if (!include.isEmpty()) {
            boolean any = false;
            for (Object f : include) {
                if (match(f, t)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        for (Object f : exclude) {
            if (!match(f, t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean match(Object filter, Trace t) {
        return filter instanceof Filter.Matcher m ? m.match(t) : ((DomainFilter) filter).match(t);
    }

    // ------------------------------------------------------------------ statistics

    /** {@code statistics(key_type)}. */
    public List<Statistic> statistics(KeyType keyType) {
        return statistics(keyType, false);
    }

    /** {@code statistics(key_type, cumulative)}, the key type by CPython's name. */
    public List<Statistic> statistics(String keyType, boolean cumulative) {
        return statistics(KeyType.of(keyType), cumulative);
    }

    /**
     * {@code statistics(key_type, cumulative)}: one statistic per place, biggest first.
     *
     * @throws PyException ValueError when {@code cumulative} is asked with {@link KeyType#TRACEBACK}
     */
    public List<Statistic> statistics(KeyType keyType, boolean cumulative) {
        List<Statistic> result = new ArrayList<>();
        groupBy(keyType, cumulative).forEach((tb, acc) -> result.add(new Statistic(tb, acc[0], acc[1])));
        result.sort(Statistic.ORDER);
        return result;
    }

    /** {@code compare_to(old_snapshot, key_type)}. */
    public List<StatisticDiff> compareTo(Snapshot old, KeyType keyType) {
        return compareTo(old, keyType, false);
    }

    /** {@code compare_to(old_snapshot, key_type, cumulative)}, the key type by CPython's name. */
    public List<StatisticDiff> compareTo(Snapshot old, String keyType, boolean cumulative) {
        return compareTo(old, KeyType.of(keyType), cumulative);
    }

    /** {@code compare_to(old_snapshot, key_type, cumulative)}: the differences, biggest first. */
    public List<StatisticDiff> compareTo(Snapshot old, KeyType keyType, boolean cumulative) {
        Map<Traceback, long[]> now = groupBy(keyType, cumulative);
        Map<Traceback, long[]> before = old.groupBy(keyType, cumulative);
        List<StatisticDiff> result = new ArrayList<>();
        now.forEach((tb, acc) -> {
            long[] previous = before.remove(tb);
            long oldSize = previous == null ? 0 : previous[0];
            long oldCount = previous == null ? 0 : previous[1];
            result.add(new StatisticDiff(tb, acc[0], acc[0] - oldSize, acc[1], acc[1] - oldCount));
        });
        before.forEach((tb, acc) -> result.add(new StatisticDiff(tb, 0, -acc[0], 0, -acc[1])));
        result.sort(StatisticDiff.ORDER);
        return result;
    }

    /** Size and count per place; the trace's traceback to its key is cached as CPython caches it. */
    private Map<Traceback, long[]> groupBy(KeyType keyType, boolean cumulative) {
        if (cumulative && keyType == KeyType.TRACEBACK) {
            throw new PyException("ValueError", "cumulative mode cannot by used with key type 'traceback'");
        }
        Map<Traceback, long[]> stats = new LinkedHashMap<>();
        if (!cumulative) {
            Map<Traceback, Traceback> keys = new IdentityHashMap<>();
            for (Trace t : traces) {
                Traceback key = keys.computeIfAbsent(t.traceback(), tb -> switch (keyType) {
                    case TRACEBACK -> tb.withoutTotal();
                    case LINENO -> new Traceback(List.of(tb.mostRecent()));
                    case FILENAME -> new Traceback(List.of(new Frame(tb.mostRecent().filename(), 0)));
                });
                add(stats, key, t.size());
            }
        } else {
            Map<Frame, Traceback> keys = new HashMap<>();
            for (Trace t : traces) {
                for (Frame f : t.traceback()) {
                    Traceback key = keys.computeIfAbsent(f, frame -> new Traceback(List.of(
                            keyType == KeyType.LINENO ? frame : new Frame(frame.filename(), 0))));
                    add(stats, key, t.size());
                }
            }
        }
        return stats;
    }

    private static void add(Map<Traceback, long[]> stats, Traceback key, long size) {
        long[] acc = stats.computeIfAbsent(key, k -> new long[2]);
        acc[0] += size;
        acc[1]++;
    }

    // ------------------------------------------------------------------ dump and load

    /** {@code snapshot.dump(filename)}: writes the file format above. */
    public void dump(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out);
        }
    }

    /** Equal frames and equal total depth: one traceback in the file. */
    private record TracebackKey(Traceback traceback, int total) {
        TracebackKey(Traceback traceback) {
            this(traceback, traceback.totalNframe().orElse(-1));
        }
    }

    /** Writes the file format above to {@code out} (not closed). */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<TracebackKey, Integer> tracebacks = new HashMap<>();
        List<Traceback> order = new ArrayList<>();
        for (Trace t : traces) {
            if (tracebacks.putIfAbsent(new TracebackKey(t.traceback()), order.size()) == null) {
                order.add(t.traceback());
                for (Frame f : t.traceback()) {
                    names.putIfAbsent(f.filename(), names.size());
                }
            }
        }
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(tracebackLimit);
        out.writeInt(names.size());
        for (String name : names.keySet()) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.writeInt(order.size());
        for (Traceback tb : order) {
            out.writeInt(tb.totalNframe().orElse(-1));
            out.writeInt(tb.size());
            for (Frame f : tb) {
                out.writeInt(names.get(f.filename()));
                out.writeInt(f.lineno());
            }
        }
        out.writeInt(traces.size());
        for (Trace t : traces) {
            out.writeInt(t.domain());
            out.writeLong(t.size());
            out.writeInt(tracebacks.get(new TracebackKey(t.traceback())));
        }
        out.flush();
    }

    /**
     * {@code Snapshot.load(filename)}.
     *
     * @throws IOException when the file cannot be read or is not a snapshot this version wrote
     */
    public static Snapshot load(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString());
        }
    }

    /** Reads the file format above; {@code source} names the input in error messages. */
    public static Snapshot read(InputStream stream, String source) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        try {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(source + " is not a pyheap tracemalloc snapshot (no PYHEAPTM header)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(source + " is a snapshot of format version " + version
                        + "; this pyheap reads version " + VERSION);
            }
            int limit = in.readInt();
            String[] names = new String[count(in, source, "file names")];
            for (int i = 0; i < names.length; i++) {
                byte[] bytes = new byte[count(in, source, "bytes of a file name")];
                in.readFully(bytes);
                names[i] = new String(bytes, StandardCharsets.UTF_8);
            }
            Traceback[] tracebacks = new Traceback[count(in, source, "tracebacks")];
            for (int i = 0; i < tracebacks.length; i++) {
                int total = in.readInt();
                Frame[] frames = new Frame[count(in, source, "frames")];
                for (int k = 0; k < frames.length; k++) {
                    frames[k] = new Frame(names[index(in.readInt(), names.length, source, "file name")], in.readInt());
                }
                tracebacks[i] = new Traceback(Arrays.asList(frames), total);
            }
            Trace[] traces = new Trace[count(in, source, "traces")];
            for (int i = 0; i < traces.length; i++) {
                int domain = in.readInt();
                long size = in.readLong();
                traces[i] = new Trace(domain, size, tracebacks[index(in.readInt(), tracebacks.length, source, "traceback")]);
            }
            if (in.read() != -1) {
                throw new IOException(source + ": unexpected bytes after the last trace");
            }
            return new Snapshot(Arrays.asList(traces), limit);
        } catch (EOFException e) {
            throw new IOException(source + " ends in the middle of a snapshot", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + " holds an invalid snapshot: " + e.getMessage(), e);
        }
    }

    private static int count(DataInputStream in, String source, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException(source + ": negative number of " + what + " (" + n + ")");
        }
        return n;
    }

    private static int index(int i, int length, String source, String what) throws IOException {
        if (i < 0 || i >= length) {
            throw new IOException(source + ": " + what + " index " + i + " out of range (" + length + ")");
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s && s.tracebackLimit == tracebackLimit && s.traces.equals(traces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(traces, tracebackLimit);
    }

    @Override
    public String toString() {
        return "<Snapshot traces=" + traces.size() + " traceback_limit=" + tracebackLimit + ">";
    }
}
