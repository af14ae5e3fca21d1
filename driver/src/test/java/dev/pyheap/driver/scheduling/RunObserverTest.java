package dev.pyheap.driver.scheduling;

import dev.pyheap.driver.AllCollectors;
import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.RetentionReport;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.runtime.PyThreadState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The observer's points in a run's order, with the GIL held, and the leak report taken at {@code finished}. */
class RunObserverTest {

    @Test
    void pointsComeInOrderWithTheGilHeldAndCheckPointsEvery64Ops() {
        List<String> events = new ArrayList<>();
        List<RetentionReport> reports = new ArrayList<>();
        RunObserver observer = new RunObserver() {
            @Override
            public void started(PyThreadState thread) {
                events.add("started " + thread.holdsGil());
            }

            @Override
            public void checkPoint(PyThreadState thread, long opsDone) {
                events.add("checkPoint " + opsDone + " " + thread.holdsGil());
            }

            @Override
            public void finished(PyThreadState thread, Baseline baseline) {
                events.add("finished " + thread.holdsGil() + " " + baseline.byType().getOrDefault("Record", 0L));
                reports.add(RetentionReport.take(thread.heap(), baseline, false));
            }

            @Override
            public void ended(PyThreadState thread, RunReport.LeakCheck leakCheck) {
                events.add("ended " + thread.holdsGil() + " " + leakCheck.ok());
            }
        };
        RunReport r = MutatorDriver.run(AllCollectors.with("generational"),
                RunSpec.of("leaky").withOps(200).withObserver(observer));
        assertTrue(r.ok(), r::toString);
        assertEquals(List.of("started true", "checkPoint 64 true", "checkPoint 128 true", "checkPoint 192 true",
                "finished true 0", "ended true true"), events);
        RetentionReport report = reports.get(0);
        long records = report.groups().stream().filter(g -> g.type().equals("Record")).mapToLong(RetentionReport.Group::count)
                .sum();
        assertTrue(records > 0, report::toString);
        assertEquals("global 'cache' -> list[0] -> Record", report.groups().stream()
                .filter(g -> g.type().equals("Record")).findFirst().orElseThrow().chain());
    }
}
