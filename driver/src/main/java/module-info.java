/**
 * The mutator driver: N threads sharing one heap under its GIL run a {@link dev.pyheap.driver.Workload}
 * operation by operation and end with a {@link dev.pyheap.driver.reports.RunReport} (sanity checker,
 * leak check). Packages, each depending only on those after it:
 * <ul>
 * <li>{@code dev.pyheap.driver.scheduling}: the driver itself (threads, the GIL, turns, yield policies);
 * <li>{@code dev.pyheap.driver.reports}: what a run found, as plain records, and the heap censuses
 *     behind them (presentation is the CLI's);
 * <li>{@code dev.pyheap.driver.workloads}: the eight built-in workloads (services; not exported);
 * <li>{@code dev.pyheap.driver}: the workload SPI an embedder implements to add one;
 * <li>{@code dev.pyheap.driver.patterns}: the allocator patterns shared by {@code pyheap stats} and the
 *     benchmarks.
 * </ul>
 */
module dev.pyheap.driver {
    requires transitive dev.pyheap.runtime;
    requires org.slf4j;

    exports dev.pyheap.driver;
    exports dev.pyheap.driver.scheduling;
    exports dev.pyheap.driver.reports;
    exports dev.pyheap.driver.patterns;

    uses dev.pyheap.driver.Workload;

    provides dev.pyheap.driver.Workload with
            dev.pyheap.driver.workloads.GcBench,
            dev.pyheap.driver.workloads.Cycles,
            dev.pyheap.driver.workloads.Churn,
            dev.pyheap.driver.workloads.Lists,
            dev.pyheap.driver.workloads.Dicts,
            dev.pyheap.driver.workloads.Strings,
            dev.pyheap.driver.workloads.Leaky,
            dev.pyheap.driver.workloads.Seeds;
}
