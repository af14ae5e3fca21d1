package dev.pyheap.driver;

import dev.pyheap.api.config.Configuration;
import org.junit.jupiter.api.Test;

import java.util.Map;

class ScratchTest {
    @Test
    void scratch() {
        for (Workload w : Workloads.all()) {
            RunSpec spec = RunSpec.of(w.name()).withOps(w.defaultOps() == 0 ? 0 : 30_000).withVerify(4, 5000).withOut(System.out);
            RunReport r = MutatorDriver.run(Configuration.of(Map.of()), spec);
            System.out.println(w.name() + " ops=" + r.ops() + " s=" + r.seconds() + " leak=" + r.leakCheck() + " sanity=" + r.sanity().ok() + " " + r.sanity().checks() + " " + r.sanity().problems());
        }
    }
}
