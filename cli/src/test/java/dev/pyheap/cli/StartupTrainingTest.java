package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up cache's training run does in one JVM what {@code pyheap run PROGRAM} and then
 * {@code pyheap run --workload W} (capped to {@link StartupTraining#WORKLOAD_OPS} operations) do,
 * and its exit code says whether each of them succeeded.
 */
final class StartupTrainingTest {
    @TempDir
    Path dir;

    private record Training(int code, String out, String err) {
    }

    private Training train(String program, List<String> workloads) throws Exception {
        Path file = dir.resolve("training.py");
        Files.writeString(file, program);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StartupTraining.train(new Context(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(),
                dir, false), file.toString(), workloads);
        return new Training(code, out.toString(), err.toString());
    }

    @Test
    void runsTheProgramThenEachWorkloadNamed() throws Exception {
        Training t = train("print(6 * 7)\n", List.of("seeds", "lists"));
        assertEquals(0, t.code(), t.toString());
        assertEquals("", t.err());
        assertTrue(t.out().startsWith("42\n"), t.out());
        int seeds = t.out().indexOf("\nseeds on ");
        int lists = t.out().indexOf("\nlists on ");
        assertTrue(seeds > 0 && lists > seeds, t.out());
        // lists' default is 1,000,000 operations: the training stops at the cap
        assertTrue(t.out().substring(lists).contains("ops            300,000 in "), t.out());
        assertEquals(2, t.out().split("leak check     ok", -1).length - 1, t.out());
    }

    @Test
    void aFailingProgramFailsTheTrainingAndTheWorkloadsStillRun() throws Exception {
        Training t = train("1 / 0\n", List.of("seeds"));
        assertEquals(1, t.code(), t.toString());
        assertTrue(t.err().endsWith("ZeroDivisionError: division by zero\n"), t.err());
        assertTrue(t.out().contains("seeds on "), t.out());
    }

    @Test
    void anUnknownWorkloadIsAUsageError() throws Exception {
        Training t = train("pass\n", List.of("nosuch"));
        assertEquals(2, t.code(), t.toString());
        assertTrue(t.err().contains("unknown workload 'nosuch'"), t.err());
        assertEquals("", t.out());
    }
}
