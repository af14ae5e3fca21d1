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
 * The cost of one {@link Memory} access at a block address. Issue 13's target on native memory is
 * 0.6 ns for an 8-byte get or put and 1.0 ns for an incref+decref pair; {@code -p memory=checked}
 * measures the bounds-checked segment table (about 1.2-1.5 ns per access).
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
 *   <li>{@code increfDecref}: {@code Py_INCREF} then {@code Py_DECREF} of one object's
 *       {@code ob_refcnt} (the word at its address): load, add, store, load, subtract, store, and
 *       the test for zero that would deallocate. The object is a state field's address, so each
 *       pair depends on the previous one through memory, as a C loop's would.
 *       {@code increfDecref1024} does it over {@value #BLOCKS} distinct objects, so no pair waits
 *       for another.</li>
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
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:G1HeapRegionSize=4m", "--enable-native-access=ALL-UNNAMED"})
public class MemoryBench {
    static final int BLOCKS = 1024;
    static final int SCATTER_STRIDE = 32;
    private static final int SCATTER_BLOCK = 512;

    @Param({"pymalloc"})
    public String allocator;

    /** {@code native} (the default) or {@code checked}. */
    @Param({"native"})
    public String memory;

    private Allocator heap;
    private Memory m;
    private long address;
    private long byteAddress;
    private long value = 0x0123_4567_89AB_CDEFL;
    private byte byteValue = 0x5A;
    private long[] blocks;
    private long[] scattered;

    @Setup(Level.Trial)
    public void open() {
        heap = Allocators.create(allocator, this.memory);
        m = heap.memory();
        address = heap.allocate(64);
        byteAddress = address + 3;
        m.putLong(address, value);
        blocks = new long[BLOCKS];
        for (int i = 0; i < BLOCKS; i++) {
            blocks[i] = heap.allocate(64);
            m.putLong(blocks[i], 1 + i);
        }
        // The blocks between the kept ones stay allocated, so the kept ones stay in their arenas.
        scattered = new long[BLOCKS];
        int run = BLOCKS * SCATTER_STRIDE;
        for (int i = 0; i < run; i++) {
            long p = heap.allocate(SCATTER_BLOCK);
            m.putLong(p, i);
            if (i % SCATTER_STRIDE == 0) {
                scattered[i / SCATTER_STRIDE] = p;
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        heap.close();
    }

    /**
     * JMH's own cost per operation: the state's address returned, no memory access. The access
     * itself costs about {@code getLong} minus this.
     */
    @Benchmark
    public long baseline() {
        return address;
    }

    @Benchmark
    public long getLong() {
        return m.getLong(address);
    }

    @Benchmark
    public void putLong() {
        m.putLong(address, value);
    }

    @Benchmark
    public byte getByte() {
        return m.getByte(byteAddress);
    }

    @Benchmark
    public void putByte() {
        m.putByte(byteAddress, byteValue);
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void getLong1024(Blackhole bh) {
        Memory m = this.m;
        for (long a : blocks) {
            bh.consume(m.getLong(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void putLong1024() {
        Memory m = this.m;
        long[] b = blocks;
        for (int i = 0; i < b.length; i++) {
            m.putLong(b[i], i + 1); // never 0: the incref/decref benchmarks treat the word as a refcount
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void getByte1024(Blackhole bh) {
        Memory m = this.m;
        for (long a : blocks) {
            bh.consume(m.getByte(a + 3));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void putByte1024() {
        Memory m = this.m;
        long[] b = blocks;
        for (int i = 0; i < b.length; i++) {
            m.putByte(b[i] + 3, (byte) i);
        }
    }

    /** {@code Py_INCREF(op); Py_DECREF(op);} on one object; returns the count so nothing is dead code. */
    @Benchmark
    public long increfDecref() {
        Memory m = this.m;
        long op = address;
        m.putLong(op, m.getLong(op) + 1);
        long count = m.getLong(op) - 1;
        m.putLong(op, count);
        if (count == 0) {
            throw new IllegalStateException("would deallocate");
        }
        return count;
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void increfDecref1024() {
        Memory m = this.m;
        long[] b = blocks;
        for (int i = 0; i < b.length; i++) {
            long op = b[i];
            m.putLong(op, m.getLong(op) + 1);
            long count = m.getLong(op) - 1;
            m.putLong(op, count);
            if (count == 0) {
                throw new IllegalStateException("would deallocate");
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void getLongScattered(Blackhole bh) {
        Memory m = this.m;
        for (long a : scattered) {
            bh.consume(m.getLong(a));
        }
    }
}
