package dev.pyheap.runtime.tracemalloc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Source lines for {@link Traceback#format}, as CPython's {@code linecache}: a frame's line is
 * printed under it when known. Workloads whose "files" are not on disk give their own.
 */
@FunctionalInterface
public interface SourceLines {

    /** No source lines. */
    SourceLines NONE = (filename, lineno) -> null;

    /**
     * Reads the file (relative names against the working directory) as UTF-8, as linecache does
     * for a file it can open; null when it cannot be read or has no such line. Reads the file on
     * every call: format a handful of tracebacks with it, or wrap it in a cache.
     */
    SourceLines FILES = (filename, lineno) -> {
        if (lineno < 1) {
            return null;
        }
        try {
            Path path = Path.of(filename);
            if (!Files.isRegularFile(path)) {
                return null;
            }
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            return lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (IOException | InvalidPathException | java.io.UncheckedIOException e) {
            return null;
        }
    };

    /**
     * The text of line {@code lineno} (1-based) of {@code filename}, or null when unknown. The
     * caller strips it.
     */
    String line(String filename, int lineno);
}
