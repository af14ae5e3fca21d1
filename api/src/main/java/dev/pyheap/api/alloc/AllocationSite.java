package dev.pyheap.api.alloc;

import java.util.List;
import java.util.Objects;

/**
 * Where a block was allocated: the mutator's frames, most recent first, as tracemalloc and the
 * debug allocators report them.
 *
 * @param frames most recent call first; never empty
 */
public record AllocationSite(List<Frame> frames) {

    /**
     * One frame of an allocation site.
     *
     * @param function the function name ({@code <module>} for module code)
     * @param filename the file name as the mutator gave it
     * @param lineno   the line, 1-based ({@code 0} when unknown)
     */
    public record Frame(String function, String filename, int lineno) {
        public Frame {
            Objects.requireNonNull(function);
            Objects.requireNonNull(filename);
        }
    }

    public AllocationSite {
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an allocation site has at least one frame");
        }
    }

    /**
     * The lines CPython's debug hooks print under {@code Memory block allocated at (most recent call
     * first):}, each {@code   File "f.py", line 3} followed by a newline (no function name, as
     * {@code _PyMem_DumpTraceback} prints them).
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Frame f : frames) {
            sb.append("  File \"").append(f.filename()).append("\", line ").append(f.lineno()).append('\n');
        }
        return sb.toString();
    }
}
