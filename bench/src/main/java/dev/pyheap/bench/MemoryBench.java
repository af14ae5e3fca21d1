package dev.pyheap.bench;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.Allocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The cost of one {@link Memory} access at a block address (ARCHITECTURE §10: the budget is
 * 1.5 ns for an 8-byte access, most of it the address-to-segment lookup and the bounds check).
 *
 * <ul>
 *   <li>{@code getLong}, {@code putLong}, {@code getByte}, {@code putByte}: one access at one
 *       block address per operation. The address and value are state fields, which JMH reloads on
 *       every call, so the access cannot be folded away; results go back to JMH (return value)
 *       and stores are side effects.</li>
 *   <li>{@code *1024}: one pass over {@value #BLOCKS} distinct 64-byte blocks (one arena), one
 *       access each, so the JIT cannot hoist a single load or store out of JMH's loop; each value
 *       read goes to the {@link Blackhole}. Score = ns per access, including the load of the
 *       address from a {@code long[]} (an L1 hit).</li>
 *   <li>{@code getLongScattered}: the same over {@value #BLOCKS} blocks spread taken
 *       as every {@value #SCATTER_STRIDE}th of 32,768 consecutive 512-byte blocks (16 MiB of blocks,
 *       about 17 arenas with pymalloc), so the address-to-segment lookup does not see one segment only.
 *       One cache line per access (64 KiB in all, an L2 hit).</li>
 * </ul>
 *
 * <p>Byte accesses use an address 3 bytes into the block, so they are not word-aligned.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:G1HeapRegionSize=4m"})
public class MemoryBench {
    static final int BLOCKS = 1024;
    static final int SCATTER_STRIDE = 32;
    private static final int SCATTER_BLOCK = 512;

    @Param({"pymalloc"})
    public String allocator;

    private Allocator heap;
    private Memory memory;
    private long address;
    private long byteAddress;
    private long value = 0x0123_4567_89AB_CDEFL;
    private byte byteValue = 0x5A;
    private long[] blocks;
    private long[] scattered;

    @Setup(Level.Trial)
    public void open() {
        heap = Allocators.create(allocator);
        memory = heap.memory();
        address = heap.allocate(64);
        byteAddress = address + 3;
        memory.putLong(address, value);
        blocks = new long[BLOCKS];
        for (int i = 0; i < BLOCKS; i++) {
            blocks[i] = heap.allocate(64);
            memory.putLong(blocks[i], i);
        }
        // The blocks between the kept ones stay allocated, so the kept ones stay in their arenas.
        scattered = new long[BLOCKS];
        int run = BLOCKS * SCATTER_STRIDE;
        for (int i = 0; i < run; i++) {
            long p = heap.allocate(SCATTER_BLOCK);
            memory.putLong(p, i);
            if (i % SCATTER_STRIDE == 0) {
                scattered[i / SCATTER_STRIDE] = p;
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        heap.close();
    }

    @Benchmark
    public long getLong() {
        return memory.getLong(address);
    }

    @Benchmark
    public void putLong() {
        memory.putLong(address, value);
    }

    @Benchmark
    public byte getByte() {
        return memory.getByte(byteAddress);
    }

    @Benchmark
    public void putByte() {
        memory.putByte(byteAddress, byteValue);
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void getLong1024(Blackhole bh) {
        Memory m = memory;
        for (long a : blocks) {
            bh.consume(m.getLong(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void putLong1024() {
        Memory m = memory;
        long[] b = blocks;
        for (int i = 0; i < b.length; i++) {
            m.putLong(b[i], i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void getByte1024(Blackhole bh) {
        Memory m = memory;
        for (long a : blocks) {
            bh.consume(m.getByte(a + 3));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void putByte1024() {
        Memory m = memory;
        long[] b = blocks;
        for (int i = 0; i < b.length; i++) {
            m.putByte(b[i] + 3, (byte) i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void getLongScattered(Blackhole bh) {
        Memory m = memory;
        for (long a : scattered) {
            bh.consume(m.getLong(a));
        }
    }
}
