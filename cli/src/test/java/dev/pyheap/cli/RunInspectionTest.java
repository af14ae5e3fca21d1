package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

class RunInspectionTest {
    @TempDir
    Path dir;

    private CliRun pyheap(String... args) {
        return CliRun.run(Map.of("PATH", ""), dir, args);
    }

    @Test
    void show() {
        System.out.println(pyheap("run", "--workload", "leaky", "--ops", "20000", "--tracemalloc", "1", "--top", "5",
                "--leaks", "--graph", "g.dot", "--snapshot-every", "8000"));
        System.out.println(pyheap("run", "--workload", "leaky", "--ops", "20000", "--collector", "refcount", "--leaks"));
        System.out.println(pyheap("run", "--workload", "cycles", "--ops", "3000", "--collector", "refcount", "--leaks"));
        System.out.println(pyheap("run", "--workload", "gcbench", "--ops", "300000", "--tracemalloc", "3", "--leaks"));
        System.out.println(pyheap("run", "--workload", "leaky", "--ops", "2000", "--graph", "g.svg"));
        System.out.println(pyheap("demo"));
    }
}
