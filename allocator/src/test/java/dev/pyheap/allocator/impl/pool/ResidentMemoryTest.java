package dev.pyheap.allocator.impl.pool;

import dev.pyheap.allocator.impl.memory.NativeSpace;
import dev.pyheap.api.Memory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On native memory, resident memory grows as pymalloc fills arenas and falls when it gives them
 * back, as the operating system reports it ({@code Rss} in {@code /proc/self/smaps_rollup}, Linux
 * 4.14+; the tests need Linux anyway, for mmap's constants). The rest of the JVM moves the figure a
 * little, so the bounds are three quarters of the memory touched and released.
 */
class ResidentMemoryTest {
    private static final Path ROLLUP = Path.of("/proc/self/smaps_rollup");

    /** The process's resident set, in bytes. */
    static long residentBytes() throws IOException {
        List<String> lines = Files.readAllLines(ROLLUP);
        for (String line : lines) {
            if (line.startsWith("Rss:")) {
                String[] parts = line.trim().split("\\s+");
                assertEquals("kB", parts[2], line);
                return Long.parseLong(parts[1]) * 1024;
            }
        }
        throw new AssertionError("no Rss line in " + ROLLUP + ": " + lines);
    }

    @Test
    void residentMemoryFallsWhenArenasAreGivenBack() throws IOException {
        assertTrue(Files.isReadable(ROLLUP), ROLLUP + " is needed: these tests run on Linux");
        int blocks = 2_000_000; // 64 MB of 32-byte blocks: about 62 arenas
        long[] addresses = new long[blocks];
        try (Pymalloc pymalloc = new Pymalloc("pymalloc", new NativeSpace(-1))) {
            Memory memory = pymalloc.memory();
            long before = residentBytes();
            for (int i = 0; i < blocks; i++) {
                addresses[i] = pymalloc.allocate(32);
                memory.putLong(addresses[i], i);
                memory.putLong(addresses[i] + 24, i);
            }
            long arenas = pymalloc.statistics().arenasCurrent();
            long touched = arenas << 20;
            long filled = residentBytes();
            assertTrue(filled - before >= touched * 3 / 4, "resident memory grew by " + (filled - before)
                    + " bytes for " + arenas + " arenas written");
            for (long a : addresses) {
                pymalloc.free(a);
            }
            assertEquals(1, pymalloc.statistics().arenasCurrent(), "all but the last arena given back");
            long released = residentBytes();
            // the last usable arena stays (pymalloc), and so do the native source's retained ones
            long kept = (1L + NativeSpace.DEFAULT_RETAINED_ARENAS) << 20;
            assertTrue(filled - released >= (touched - kept) * 3 / 4, "resident memory fell by "
                    + (filled - released) + " bytes after " + (arenas - 1) + " arenas were given back");
        }
    }
}
