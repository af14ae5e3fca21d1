/**
 * The mutator driver: N threads sharing one heap under its GIL run a {@link dev.pyheap.driver.Workload}
 * operation by operation and end with a {@link dev.pyheap.driver.RunReport} (sanity checker, leak
 * check). Workloads are services: this module provides eight, an embedder may add more. Also the
 * allocator patterns shared by {@code pyheap stats} and the benchmarks.
 */
module dev.pyheap.driver {
    requires transitive dev.pyheap.runtime;
    requires org.slf4j;

    exports dev.pyheap.driver;
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
