/** The mutator driver and its workloads, including the allocator patterns shared by the CLI and the benchmarks. */
module dev.pyheap.driver {
    requires transitive dev.pyheap.runtime;
    requires org.slf4j;

    exports dev.pyheap.driver.patterns;
}
