package dev.pyheap.driver.scheduling;

import dev.pyheap.driver.Workload;
import dev.pyheap.driver.Workloads;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * What to run: a workload on N threads, for a number of operations or a duration.
 *
 * @param workload        the workload's name ({@link Workloads})
 * @param threads         mutator threads, 1 to {@link #MAX_THREADS}
 * @param ops             operations in all threads together; 0 for the workload's
 *                        {@link Workload#defaultOps()} (ignored when {@code duration} is set)
 * @param duration        run for this long instead of a number of operations; null for none
 * @param seed            the seed every random choice derives from
 * @param yieldPolicy     when threads let each other run
 * @param verify          run the sanity checker during the run too (every {@code verifyEveryCollections}-th
 *                        collection and every {@code verifyEveryOps} operations), not only at the end
 * @param verifyEveryCollections with {@code verify}: check after every so many collections
 * @param verifyEveryOps  with {@code verify}: check after every so many operations
 * @param out             where the program prints (the {@code seeds} workload)
 * @param progress        told of the progress about ten times a second, from the thread calling the driver; may be null
 * @param observer        code run inside the run with the GIL held ({@link RunObserver}); may be null
 */
public record RunSpec(String workload, int threads, long ops, Duration duration, long seed, YieldPolicy yieldPolicy,
                      boolean verify, long verifyEveryCollections, long verifyEveryOps, PrintStream out,
                      Progress progress, RunObserver observer) {

    /** The seed of the C anchors and of {@code pyheap stats}. */
    public static final long DEFAULT_SEED = 0x5EEDL;

    /**
     * The most mutator threads a run takes. Each is a platform thread with its own stack, thread
     * state and frames, and all of them take turns on one GIL: past a few hundred a run measures
     * the operating system's scheduler rather than the heap, and a mistyped count (10^9) would
     * only end in an OutOfMemoryError. 1,024 is four times the largest count the tests exercise.
     */
    public static final int MAX_THREADS = 1024;

    /** The longest {@code duration}: what {@link System#nanoTime()} arithmetic can time (about 292 years). */
    public static final Duration MAX_DURATION = Duration.ofNanos(Long.MAX_VALUE);

    public RunSpec {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(yieldPolicy, "yieldPolicy");
        Objects.requireNonNull(out, "out");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", got " + threads);
        }
        if (ops < 0) {
            throw new IllegalArgumentException("ops must not be negative, got " + ops);
        }
        if (duration != null && (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0)) {
            throw new IllegalArgumentException("duration must be positive and at most " + MAX_DURATION + ", got "
                    + duration);
        }
        if (verifyEveryCollections < 1 || verifyEveryOps < 1) {
            throw new IllegalArgumentException("verify intervals must be at least 1");
        }
    }

    /** {@code workload} on one thread, default ops, default seed, switch interval, no verify, output discarded. */
    public static RunSpec of(String workload) {
        return new RunSpec(workload, 1, 0, null, DEFAULT_SEED, new YieldPolicy.SwitchInterval(), false, 16,
                1_000_000, new PrintStream(OutputStream.nullOutputStream()), null, null);
    }

    public RunSpec withThreads(int n) {
        return new RunSpec(workload, n, ops, duration, seed, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, out, progress, observer);
    }

    public RunSpec withOps(long n) {
        return new RunSpec(workload, threads, n, null, seed, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, out, progress, observer);
    }

    public RunSpec withDuration(Duration d) {
        return new RunSpec(workload, threads, 0, d, seed, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, out, progress, observer);
    }

    public RunSpec withSeed(long s) {
        return new RunSpec(workload, threads, ops, duration, s, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, out, progress, observer);
    }

    public RunSpec withYield(YieldPolicy p) {
        return new RunSpec(workload, threads, ops, duration, seed, p, verify, verifyEveryCollections,
                verifyEveryOps, out, progress, observer);
    }

    /** Sanity checks during the run: after every {@code collections}-th collection and every {@code everyOps} operations. */
    public RunSpec withVerify(long collections, long everyOps) {
        return new RunSpec(workload, threads, ops, duration, seed, yieldPolicy, true, collections, everyOps, out,
                progress, observer);
    }

    /** {@link #withVerify(long, long)} with the defaults: every 16th collection, every 1,000,000 operations. */
    public RunSpec withVerify(boolean on) {
        return new RunSpec(workload, threads, ops, duration, seed, yieldPolicy, on, verifyEveryCollections,
                verifyEveryOps, out, progress, observer);
    }

    public RunSpec withOut(PrintStream o) {
        return new RunSpec(workload, threads, ops, duration, seed, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, o, progress, observer);
    }

    public RunSpec withProgress(Progress p) {
        return new RunSpec(workload, threads, ops, duration, seed, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, out, p, observer);
    }

    public RunSpec withWorkload(String name) {
        return new RunSpec(name, threads, ops, duration, seed, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, out, progress, observer);
    }

    public RunSpec withObserver(RunObserver o) {
        return new RunSpec(workload, threads, ops, duration, seed, yieldPolicy, verify, verifyEveryCollections,
                verifyEveryOps, out, progress, o);
    }

    /** Receives the progress of a run. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param opsDone      operations done so far (published every few thousand operations)
         * @param opsTarget    the operations the run stops at, or 0 when it runs for a duration or to the workload's end
         * @param elapsedNanos since the mutators started
         * @param durationNanos the duration of a timed run, or 0
         */
        void update(long opsDone, long opsTarget, long elapsedNanos, long durationNanos);
    }
}
