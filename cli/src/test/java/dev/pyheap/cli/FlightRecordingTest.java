package dev.pyheap.cli;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pyheap run --jfr FILE.jfr}: the recording read back with {@code jdk.jfr.consumer}, each event's fields checked. */
class FlightRecordingTest {
    @TempDir
    Path dir;

    private static List<RecordedEvent> events(Path file, String name) throws IOException {
        return RecordingFile.readAllEvents(file).stream().filter(e -> e.getEventType().getName().equals(name)).toList();
    }

    @Test
    void aPythonProgramsCollectionsArenasAndMemoryErrorAreRecorded() throws IOException {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, """
                import gc
                class A:
                    pass
                for i in range(10):
                    a = A(); b = A(); a.b = b; b.a = a
                del a, b
                print(gc.collect())
                def fill():
                    return [str(i) * 3 for i in range(60000)]
                x = fill()
                print(len(x))
                del x
                gc.collect()
                y = [None] * (10**8)
                """);
        Path jfr = dir.resolve("run.jfr");
        CliRun r = CliRun.run(Map.of(), dir, "run", "--set", "heap.limit=64M", "--set", "collector=generational",
                "--jfr", jfr.toString(), program.toString());
        assertEquals(List.of("20", "60000"), r.outLines(), r.toString());
        assertEquals(1, r.code(), "the MemoryError ends the program\n" + r);

        List<RecordedEvent> collections = events(jfr, "dev.pyheap.Collection");
        RecordedEvent first = collections.stream().filter(e -> e.getLong("collected") == 20).findFirst().orElseThrow(
                () -> new AssertionError("no collection of the 20 objects in " + collections));
        String heap = first.getString("heap");
        assertTrue(heap.matches("heap-\\d+"), heap);
        assertEquals("generational", first.getString("collector"));
        assertEquals(2, first.getInt("generation"));
        assertEquals(0, first.getLong("uncollectable"));
        assertTrue(collections.stream().allMatch(e -> e.getString("heap").equals(heap)));

        List<RecordedEvent> arenas = events(jfr, "dev.pyheap.Arena");
        assertTrue(arenas.stream().anyMatch(e -> e.getBoolean("mapped")), "the list of 60,000 strings maps arenas");
        for (RecordedEvent e : arenas) {
            assertEquals(heap, e.getString("heap"));
            assertEquals(1 << 20, e.getLong("size"));
            assertTrue(e.getLong("address") != 0 && e.getLong("arenas") >= 1, e.toString());
        }

        List<RecordedEvent> errors = events(jfr, "dev.pyheap.MemoryError");
        assertEquals(1, errors.size(), errors.toString());
        RecordedEvent error = errors.getFirst();
        assertEquals(heap, error.getString("heap"));
        assertEquals(800_000_000L, error.getLong("requested"));
        assertEquals(64L << 20, error.getLong("limit"));
        assertTrue(error.getString("message").startsWith("heap limit reached"), error.getString("message"));
    }

    /**
     * Every forced switch the run's report counts is one event: the same count, never a second one;
     * and while tracemalloc traces, allocation samples carry its traceback.
     */
    @Test
    void aWorkloadsGilForcedSwitchesAndAllocationSamplesAreRecorded() throws IOException {
        Path jfr = dir.resolve("threads.jfr");
        CliRun r = CliRun.run(Map.of(), dir, "run", "--workload", "churn", "--threads", "2", "--ops", "20000", "--json",
                "--tracemalloc", "3", "--jfr", jfr.toString());
        assertEquals(0, r.code(), r.toString());
        var m = java.util.regex.Pattern.compile("\"forcedSwitches\"\\s*:\\s*(\\d+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        long forced = Long.parseLong(m.group(1));
        List<RecordedEvent> switches = events(jfr, "dev.pyheap.GilForcedSwitch");
        assertEquals(forced, switches.size());
        for (RecordedEvent e : switches) {
            assertTrue(e.getString("heap").matches("heap-\\d+"));
            assertTrue(e.getString("holder").startsWith("mutator") || !e.getString("holder").isEmpty());
            assertTrue(e.getLong("forcedSwitches") >= 1 && e.getLong("dropRequests") >= e.getLong("forcedSwitches"));
        }
        assertFalse(events(jfr, "dev.pyheap.Collection").isEmpty(), "churn collects");
        List<RecordedEvent> samples = events(jfr, "dev.pyheap.AllocationSample");
        assertFalse(samples.isEmpty(), "about a sample per 64 KiB while tracemalloc traces");
        for (RecordedEvent e : samples) {
            assertTrue(e.getLong("size") > 0 && e.getLong("weight") >= 64 * 1024, e.toString());
            String traceback = e.getString("traceback");
            assertTrue(traceback.lines().count() <= 3 && traceback.contains(".java:"), traceback);
        }
    }

    @Test
    void aRecordingIntoAMissingDirectoryIsAUsageError() {
        CliRun r = CliRun.run(Map.of(), dir, "run", "--jfr", dir.resolve("no/such/dir/x.jfr").toString(), "-c", "pass");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--jfr: no directory"), r.err());
    }
}
