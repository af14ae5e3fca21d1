package dev.pyheap.runtime.tracemalloc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where a block was allocated: tracemalloc's {@code Traceback}, a sequence of {@link Frame}s
 * <b>oldest first</b> (the most recent call is the last frame), at most the traceback limit
 * long. Equality, hashing and ordering look at the frames only, as CPython's do; ordering is
 * Python's tuple ordering of the frames. {@link #totalNframe()} is the depth of the stack before
 * it was cut to the limit, when known (a trace's traceback knows it; a statistic's does not).
 */
public final class Traceback implements Iterable<Frame>, Comparable<Traceback> {
    private final List<Frame> frames;
    private final int totalNframe;
    private int hash;

    /**
     * @param frames oldest first, at least one
     */
    public Traceback(List<Frame> frames) {
        this(frames, -1);
    }

    /**
     * @param frames      oldest first, at least one
     * @param totalNframe the depth of the stack before it was cut, or -1 when unknown
     */
    public Traceback(List<Frame> frames, int totalNframe) {
        this.frames = List.copyOf(frames);
        if (this.frames.isEmpty()) {
            throw new IllegalArgumentException("a traceback has at least one frame");
        }
        this.totalNframe = totalNframe < 0 ? -1 : totalNframe;
    }

    /** A traceback from frames listed most recent first, the order tracemalloc records them in. */
    public static Traceback fromMostRecentFirst(List<Frame> frames, int totalNframe) {
        List<Frame> reversed = new ArrayList<>(frames);
        java.util.Collections.reverse(reversed);
        return new Traceback(reversed, totalNframe);
    }

    /** The frames, oldest first. */
    public List<Frame> frames() {
        return frames;
    }

    public int size() {
        return frames.size();
    }

    /** Frame {@code index}, oldest first ({@code get(size() - 1)} is the most recent call). */
    public Frame get(int index) {
        return frames.get(index);
    }

    /** The most recent call: where the allocation itself happened. */
    public Frame mostRecent() {
        return frames.get(frames.size() - 1);
    }

    /** The depth of the stack before it was cut to the traceback limit, when known. */
    public OptionalInt totalNframe() {
        return totalNframe < 0 ? OptionalInt.empty() : OptionalInt.of(totalNframe);
    }

    @Override
    public Iterator<Frame> iterator() {
        return frames.iterator();
    }

    /** The same frames without the total depth, as statistics group them. */
    Traceback withoutTotal() {
        return totalNframe < 0 ? this : new Traceback(frames, -1);
    }

    /**
     * CPython's {@code Traceback.format()}: two lines per frame, oldest first, the source line
     * read by {@code sources} when it has one.
     */
    public List<String> format() {
        return format(null, false, SourceLines.FILES);
    }

    /** {@code format(limit, most_recent_first)} with the source lines read from the files, as linecache does. */
    public List<String> format(Integer limit, boolean mostRecentFirst) {
        return format(limit, mostRecentFirst, SourceLines.FILES);
    }

    /**
     * CPython's {@code Traceback.format(limit, most_recent_first)}: for each frame
     * {@code   File "demo.py", line 8} and, when {@code sources} knows it, the source line
     * stripped and indented by four spaces.
     *
     * @param limit           null for every frame; {@code n > 0} the {@code n} most recent;
     *                        {@code n <= 0} all but the {@code -n} most recent (0 gives none)
     * @param mostRecentFirst list the most recent call first
     * @param sources         where source lines come from ({@link SourceLines#NONE} for none)
     */
    public List<String> format(Integer limit, boolean mostRecentFirst, SourceLines sources) {
        int n = frames.size();
        int from = 0;
        int to = n;
        if (limit != null) {
            if (limit > 0) {
                from = Math.max(0, n - limit);
            } else {
                to = Math.max(0, n + limit);
                if (limit == 0) {
                    to = 0;
                }
            }
        }
        List<Frame> slice = new ArrayList<>(frames.subList(from, Math.max(from, to)));
        if (mostRecentFirst) {
            java.util.Collections.reverse(slice);
        }
        List<String> lines = new ArrayList<>();
        for (Frame f : slice) {
            lines.add("  File \"" + f.filename() + "\", line " + f.lineno());
            String source = sources.line(f.filename(), f.lineno());
            if (source != null) {
                source = source.strip();
                if (!source.isEmpty()) {
                    lines.add("    " + source);
                }
            }
        }
        return lines;
    }

    @Override
    public int compareTo(Traceback other) {
        int n = Math.min(frames.size(), other.frames.size());
        for (int i = 0; i < n; i++) {
            int c = frames.get(i).compareTo(other.frames.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(frames.size(), other.frames.size());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Traceback t && hashCode() == t.hashCode() && frames.equals(t.frames);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = frames.hashCode();
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    /** CPython's {@code str(traceback)}: the oldest frame, {@code demo.py:8}. */
    @Override
    public String toString() {
        return frames.get(0).toString();
    }

    /** CPython's {@code repr(traceback)}: {@code <Traceback (<Frame ...>,) total_nframe=2>}. */
    public String repr() {
        StringBuilder s = new StringBuilder("<Traceback (");
        for (int i = 0; i < frames.size(); i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(frames.get(i).repr());
        }
        if (frames.size() == 1) {
            s.append(',');
        }
        s.append(')');
        if (totalNframe >= 0) {
            s.append(" total_nframe=").append(totalNframe);
        }
        return s.append('>').toString();
    }
}
