package dev.pyheap.driver.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one run of the {@link dev.pyheap.driver.scheduling.MutatorDriver} did and found: plain values, no
 * presentation. Its JSON form ({@code pyheap run --json}, written by the CLI) is described by the cli
 * module's {@code schemas/run.schema.json}; {@link #SCHEMA} is the version of this record's shape.
 *
 * @param schema        the report format's version, {@link #SCHEMA}
 * @param collector     the collector's name
 * @param allocator     the allocator's name
 * @param workload      the workload's name
 * @param threads       mutator threads
 * @param seed          the run's seed
 * @param yieldPolicy   the yield policy, in {@link dev.pyheap.driver.scheduling.YieldPolicy#text()} form
 * @param ops           operations done, all threads together
 * @param seconds       wall time from the mutators' start to the last one's end
 * @param opsPerSecond  {@code ops / seconds}
 * @param threadShares  each thread's fraction of {@code ops} (summing to 1 when any op ran)
 * @param gil           what the GIL did during the run
 * @param collections   collections during the run, one entry per list the collector keeps
 *                      ({@link dev.pyheap.api.gc.Collector#generations()})
 * @param collected     objects those collections collected
 * @param uncollectable objects they found uncollectable
 * @param pauseMillis   the pauses of those collections
 * @param heap          memory the heap mapped
 * @param leakCheck     the leak check (ARCHITECTURE §8.6)
 * @param sanity        the sanity checker's verdict, at the end and (with verify) during the run
 * @param configuration the heap's effective configuration, option name to value text, in declaration order
 */
public record RunReport(int schema, String collector, String allocator, String workload, int threads, long seed,
                        String yieldPolicy, long ops, double seconds, double opsPerSecond, List<Double> threadShares,
                        Gil gil, List<Long> collections, long collected, long uncollectable, Pauses pauseMillis,
                        Heap heap, LeakCheck leakCheck, Sanity sanity, Map<String, String> configuration) {

    /** The version of the report's format (and of its JSON Schema). */
    public static final int SCHEMA = 1;

    public RunReport {
        threadShares = List.copyOf(threadShares);
        collections = List.copyOf(collections);
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
    }

    /** Whether the run passed: the heap is sane and nothing leaked beyond what the workload declared. */
    public boolean ok() {
        return sanity.ok() && leakCheck.ok();
    }

    /**
     * The GIL during the run.
     *
     * @param switches       times the GIL went to another thread than its last holder
     * @param forcedSwitches times a holder dropped it at a check point because a waiter asked
     * @param waitMillis     milliseconds threads spent waiting for it, summed
     */
    public record Gil(long switches, long forcedSwitches, double waitMillis) {
    }

    /**
     * Collection pauses in milliseconds (all zero when nothing was collected).
     *
     * @param count collections
     * @param p50   median pause
     * @param p99   99th percentile
     * @param max   longest
     */
    public record Pauses(long count, double p50, double p99, double max) {
        public static final Pauses NONE = new Pauses(0, 0, 0, 0);
    }

    /**
     * Memory the heap mapped (arenas plus raw blocks).
     *
     * @param peakBytes       most bytes mapped during the run (sampled, and never below the arena high-water mark)
     * @param finalBytes      bytes mapped at the end, after the leak check's collection
     * @param arenasAllocated arenas allocated during the run
     * @param arenasReclaimed arenas given back during the run
     * @param arenasHighWater most arenas live at once, since the heap opened
     */
    public record Heap(long peakBytes, long finalBytes, long arenasAllocated, long arenasReclaimed,
                       long arenasHighWater) {
    }

    /**
     * The leak check: after the workload dropped its roots and a full collection ran, the tracked
     * objects by type and the allocated blocks, compared with the baseline taken after the program
     * loaded plus what the workload declared it leaves behind for this collector (nothing for a
     * collector that reclaims cycles).
     *
     * @param ok              whether what was found is exactly what was expected
     * @param expectedObjects objects the workload declared it leaves behind for this collector
     * @param leakedObjects   tracked objects found beyond the baseline (negative: fewer)
     * @param byType          the difference by type name, types with no difference left out
     * @param expectedBlocks  blocks the workload declared
     * @param leakedBlocks    allocated blocks found beyond the baseline
     */
    public record LeakCheck(boolean ok, long expectedObjects, long leakedObjects, SortedMap<String, Long> byType,
                            long expectedBlocks, long leakedBlocks) {
        public LeakCheck {
            byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
        }
    }

    /**
     * The sanity checker (ARCHITECTURE §8).
     *
     * @param ok       no problem found in any check
     * @param checks   individual checks made, over every run of the checker
     * @param problems one line per problem, the first ones found
     */
    public record Sanity(boolean ok, long checks, List<String> problems) {
        public Sanity {
            problems = List.copyOf(problems);
        }
    }
}
