package dev.pyheap.runtime.tracemalloc;

import java.util.Objects;

/**
 * One frame of a {@link Traceback}: where an allocation happened, as tracemalloc's {@code Frame}.
 * Ordered as CPython orders {@code (filename, lineno)} tuples: by file name (code point by code
 * point, as Python compares str), then by line.
 *
 * @param filename the file name as the mutator pushed it, or for a Java frame the source path
 *                 ({@code dev/pyheap/driver/Workload.java}); {@code <unknown>} when none is known
 * @param lineno   the line, {@code 0} when unknown
 */
public record Frame(String filename, int lineno) implements Comparable<Frame> {

    public Frame {
        Objects.requireNonNull(filename, "filename");
    }

    @Override
    public int compareTo(Frame other) {
        int c = Text.compareCodePoints(filename, other.filename);
        return c != 0 ? c : Integer.compare(lineno, other.lineno);
    }

    /** CPython's {@code str(frame)}: {@code demo.py:3}. */
    @Override
    public String toString() {
        return filename + ":" + lineno;
    }

    /** CPython's {@code repr(frame)}: {@code <Frame filename='demo.py' lineno=3>}. */
    public String repr() {
        return "<Frame filename=" + Text.repr(filename) + " lineno=" + lineno + ">";
    }
}
