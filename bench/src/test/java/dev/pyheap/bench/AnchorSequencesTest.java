package dev.pyheap.bench;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.BlockVisitor;
import dev.pyheap.driver.patterns.AllocatorPattern;
import dev.pyheap.driver.patterns.Batch;
import dev.pyheap.driver.patterns.Churn;
import dev.pyheap.driver.patterns.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The C anchor ({@code bench/anchors/c/allocbench.c}) and the Java patterns
 * ({@code dev.pyheap.driver.patterns}, which {@code AllocatorBench} and {@code pyheap stats} run)
 * must allocate the very same sizes and free in the very same order, or their ratios compare
 * different work. The C program prints its sequences ({@code allocbench sequences N}); the Java side
 * is observed through an allocator that records what {@link Batch} and {@link Churn} ask of it.
 * Nothing is timed.
 *
 * <p>Needs a C compiler named {@code cc} on the {@code PATH} (Debian's {@code gcc}; {@code .ci/run}
 * installs it when it is missing). The anchor is built with glibc's {@code malloc}, so no other
 * library is needed. Without {@code cc} the comparison with C is skipped, with that reason in the
 * test report; the generator's own check below still runs.
 */
class AnchorSequencesTest {
    private static final int COUNT = 2_000;
    private static final Path SOURCE = Path.of("anchors", "c", "allocbench.c");

    /** splitmix64's published first outputs for seed 0, so the Java generator is the reference one. */
    @Test
    void splitMix64IsTheReferenceGenerator() {
        SplitMix64 random = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, random.next());
        assertEquals(0x6E789E6AA1B965F4L, random.next());
        assertEquals(0x06C45D188009454FL, random.next());
    }

    @Test
    void theCAnchorDrawsTheSameSizesOrdersAndChurnStepsAsTheJavaPatterns(@TempDir Path dir) throws Exception {
        Optional<Path> cc = onPath("cc");
        assumeTrue(cc.isPresent(), "needs a C compiler named cc on PATH (apt-get install -y gcc) to build " + SOURCE);
        assertTrue(Files.isRegularFile(SOURCE), SOURCE.toAbsolutePath() + " is missing");
        Path binary = dir.resolve("ab_glibc");
        run(List.of(cc.get().toString(), "-O2", "-DANCHOR_GLIBC", SOURCE.toString(), "-o", binary.toString()));
        Map<String, List<String>> c = new HashMap<>();
        for (String line : run(List.of(binary.toString(), "sequences", Integer.toString(COUNT))).split("\n")) {
            List<String> words = List.of(line.trim().split(" "));
            c.put(words.getFirst(), words.subList(1, words.size()));
        }
        assertEquals(COUNT, c.get("sizes").size(), "sizes printed");

        try (Recorder recorder = new Recorder(Allocators.create("malloc"))) {
            // lifo/shuffle: the batch's sizes in allocation order, then the blocks in free order
            Batch batch = new Batch(COUNT, AllocatorPattern.SIZE_SEED, true);
            batch.allocateAll(recorder);
            assertEquals(c.get("sizes"), recorder.sizes.stream().map(String::valueOf).toList(), "block sizes");
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < recorder.addresses.size(); i++) {
                index.put(recorder.addresses.get(i), i);
            }
            batch.freeAll(recorder);
            assertEquals(c.get("shuffle"), recorder.freed.stream().map(a -> String.valueOf(index.get(a))).toList(),
                    "the shuffled free order");

            // churn: which live slot each step frees and the size it allocates in its place
            Churn churn = new Churn(AllocatorPattern.CHURN_LIVE, AllocatorPattern.SIZE_SEED);
            churn.fill(recorder);
            Map<Long, Integer> slot = new HashMap<>();
            List<Long> filled = recorder.addresses.subList(COUNT, recorder.addresses.size());
            for (int i = 0; i < filled.size(); i++) {
                slot.put(filled.get(i), i);
            }
            recorder.clear();
            churn.steps(recorder, COUNT);
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                int s = slot.remove(recorder.freed.get(i));
                slot.put(recorder.addresses.get(i), s);
                steps.add(s + ":" + recorder.sizes.get(i));
            }
            assertEquals(c.get("churn"), steps, "churn's steps (slot:size)");
            churn.drain(recorder);
        }
    }

    private static Optional<Path> onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs a command to completion; its standard output (and error), failing the test on a non-zero exit. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    /** An allocator that passes everything to another and records the allocations' sizes and addresses and the frees. */
    private static final class Recorder implements Allocator {
        private final Allocator base;
        final List<Long> sizes = new ArrayList<>();
        final List<Long> addresses = new ArrayList<>();
        final List<Long> freed = new ArrayList<>();

        Recorder(Allocator base) {
            this.base = base;
        }

        void clear() {
            sizes.clear();
            addresses.clear();
            freed.clear();
        }

        @Override
        public long allocate(long size) {
            long address = base.allocate(size);
            sizes.add(size);
            addresses.add(address);
            return address;
        }

        @Override
        public void free(long address) {
            freed.add(address);
            base.free(address);
        }

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public Memory memory() {
            return base.memory();
        }

        @Override
        public long allocateZeroed(long count, long elementSize) {
            throw new UnsupportedOperationException("the patterns do not use calloc");
        }

        @Override
        public long reallocate(long address, long newSize) {
            throw new UnsupportedOperationException("the patterns do not use realloc");
        }

        @Override
        public long usableSize(long address) {
            return base.usableSize(address);
        }

        @Override
        public void forEachAllocatedBlock(BlockVisitor visitor) {
            base.forEachAllocatedBlock(visitor);
        }

        @Override
        public AllocatorStatistics statistics() {
            return base.statistics();
        }

        @Override
        public int releaseFreeArenas() {
            return base.releaseFreeArenas();
        }

        @Override
        public void verify() {
            base.verify();
        }

        @Override
        public void installHooks(AllocationHooks hooks) {
            base.installHooks(hooks);
        }

        @Override
        public void close() {
            base.close();
        }
    }
}
