package dev.pyheap.bench;

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

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;

/**
 * The ways {@code java.lang.foreign} offers to read and write one 8-byte word at an absolute
 * address, side by side, to find which one leaves the least around the {@code mov}: the native
 * {@code Memory} uses the first ({@code way=varHandle}). Each way does, over {@value #BLOCKS} distinct
 * 8-aligned words of one native block (one access per word, so nothing is hoisted out of the loop),
 * a read, a write, or an incref+decref pair (read, add, write, read, subtract, write, test). Score = ns
 * per word.
 *
 * <ul>
 *   <li>{@code varHandle}: the unaligned little-endian layout's var handle on a segment covering
 *       every address ({@code MemorySegment.NULL.reinterpret(Long.MAX_VALUE)}): one bounds check
 *       against the segment's length, no alignment check.</li>
 *   <li>{@code segmentGet}: {@code ALL.get(layout, address)}, which fetches the same var handle.</li>
 *   <li>{@code aligned}: the aligned layout ({@code JAVA_LONG}): the same bounds check plus the
 *       alignment test of the address (which C2 cannot prove).</li>
 *   <li>{@code exact}: the var handle {@code withInvokeExactBehavior()}.</li>
 *   <li>{@code masked}: {@code varHandle} with the address masked to 56 bits first, so C2 knows it is
 *       below the segment's length; if it folds the length (a constant object's final field) the
 *       bounds check disappears.</li>
 *   <li>{@code perAccess}: a fresh 8-byte segment per access ({@code MemorySegment.ofAddress(a).reinterpret(8)}),
 *       read at offset 0, which escape analysis may turn into a bare access.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class NativeAccessBench {
    static final int BLOCKS = 1024;

    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    private static final ValueLayout.OfLong UNALIGNED = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong ALIGNED = ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle UNALIGNED_H = UNALIGNED.varHandle();
    private static final VarHandle ALIGNED_H = ALIGNED.varHandle();
    private static final VarHandle EXACT_H = UNALIGNED.varHandle().withInvokeExactBehavior();
    /** Every user-space address of x86-64 and AArch64 Linux, five-level paging included. */
    private static final long MASK = (1L << 56) - 1;

    /** One of the ways in the class comment. */
    @Param({"varHandle", "segmentGet", "aligned", "exact", "masked", "perAccess"})
    public String way;

    private Access access;
    private Arena arena;
    private long[] words;

    @Setup(Level.Trial)
    public void open() {
        access = switch (way) {
            case "varHandle" -> new ByVarHandle();
            case "segmentGet" -> new BySegmentGet();
            case "aligned" -> new ByAligned();
            case "exact" -> new ByExact();
            case "masked" -> new ByMasked();
            case "perAccess" -> new ByPerAccess();
            default -> throw new IllegalArgumentException("way: " + way);
        };
        arena = Arena.ofConfined();
        long base = arena.allocate(64L * BLOCKS, 64).address();
        words = new long[BLOCKS];
        for (int i = 0; i < BLOCKS; i++) {
            words[i] = base + 64L * i;
            access.put(words[i], 1 + i);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        arena.close();
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public long get() {
        Access a = access;
        long sum = 0;
        for (long w : words) {
            sum += a.get(w);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void put() {
        Access a = access;
        long[] b = words;
        for (int i = 0; i < b.length; i++) {
            a.put(b[i], i + 1);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BLOCKS)
    public void increfDecref() {
        Access a = access;
        long[] b = words;
        for (int i = 0; i < b.length; i++) {
            long op = b[i];
            a.put(op, a.get(op) + 1);
            long count = a.get(op) - 1;
            a.put(op, count);
            if (count == 0) {
                throw new IllegalStateException("would deallocate");
            }
        }
    }

    /**
     * One way of accessing a word; each benchmark run sees one implementation only (monomorphic).
     * One class per way, each naming its own {@code static final} handle, rather than one class
     * holding a handle in a field: C2 folds a var handle only when it is a constant.
     */
    sealed interface Access permits ByVarHandle, BySegmentGet, ByAligned, ByExact, ByMasked, ByPerAccess {
        long get(long address);

        void put(long address, long value);
    }

    static final class ByVarHandle implements Access {
        @Override
        public long get(long address) {
            return (long) UNALIGNED_H.get(ALL, address);
        }

        @Override
        public void put(long address, long value) {
            UNALIGNED_H.set(ALL, address, value);
        }
    }

    static final class BySegmentGet implements Access {
        @Override
        public long get(long address) {
            return ALL.get(UNALIGNED, address);
        }

        @Override
        public void put(long address, long value) {
            ALL.set(UNALIGNED, address, value);
        }
    }

    static final class ByAligned implements Access {
        @Override
        public long get(long address) {
            return (long) ALIGNED_H.get(ALL, address);
        }

        @Override
        public void put(long address, long value) {
            ALIGNED_H.set(ALL, address, value);
        }
    }

    static final class ByExact implements Access {
        @Override
        public long get(long address) {
            return (long) EXACT_H.get(ALL, address);
        }

        @Override
        public void put(long address, long value) {
            EXACT_H.set(ALL, address, value);
        }
    }

    static final class ByMasked implements Access {
        @Override
        public long get(long address) {
            return (long) UNALIGNED_H.get(ALL, address & MASK);
        }

        @Override
        public void put(long address, long value) {
            UNALIGNED_H.set(ALL, address & MASK, value);
        }
    }

    static final class ByPerAccess implements Access {
        @Override
        public long get(long address) {
            return MemorySegment.ofAddress(address).reinterpret(8).get(UNALIGNED, 0);
        }

        @Override
        public void put(long address, long value) {
            MemorySegment.ofAddress(address).reinterpret(8).set(UNALIGNED, 0, value);
        }
    }
}
