package dev.pyheap.interpreter.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Daemon threads still running Python when a program ends (spinning through the eval breaker,
 * sleeping, blocked on a lock, a queue, a socket accept and a socketserver's selector): run many
 * times in one JVM, each run prints exactly CPython's stdout and stderr and exits with its code,
 * no Java thread of the interpreter ends with an uncaught exception (a refused GIL, a heap access
 * after the memory went), and every thread a run started ends up parked, never running again.
 */
class DaemonThreadsAtExitTest {
    private static final List<Path> PROGRAMS = List.of(
            ProgramsTest.ROOT.resolve("modules/threading_daemon_exit.py"),
            ProgramsTest.ROOT.resolve("modules/threading_daemon_system_exit.py"));
    private static final int RUNS = 12;
    private static final String THREAD_MODULE = "dev.pyheap.interpreter.builtins.ThreadModule";

    @Test
    void daemonThreadsStopSilentlyAtEveryExit() throws Exception {
        List<String> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(t.getName() + ": " + e));
        try {
            for (int i = 0; i < RUNS; i++) {
                for (Path program : PROGRAMS) {
                    Set<Thread> existing = Thread.getAllStackTraces().keySet();
                    String collector = ProgramsTest.COLLECTORS.get(i % ProgramsTest.COLLECTORS.size());
                    ProgramsTest.Outcome got = ProgramsTest.run(program, collector, List.of());
                    ProgramsTest.Outcome expected = ProgramsTest.expected(program, collector, ProgramsTest.header(program));
                    String what = program.getFileName() + " run " + i + " (" + collector + ")";
                    assertEquals(expected.err(), got.err(), what + ": stderr");
                    assertEquals(expected.out(), got.out(), what + ": stdout");
                    assertEquals(expected.exit(), got.exit(), what + ": exit code");
                    // the run's threads stop for good: parked (or blocked on a lock nobody releases), none running
                    await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> started(existing).stream()
                            .allMatch(t -> t.getState() == Thread.State.WAITING || !t.isAlive()));
                    assertEquals(List.of(), uncaught, what + ": uncaught exceptions in the interpreter's threads");
                }
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    /** The threads {@code _thread} started since {@code existing} was taken. */
    private static List<Thread> started(Set<Thread> existing) {
        List<Thread> threads = new ArrayList<>();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (!existing.contains(t) && Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith(THREAD_MODULE))) {
                threads.add(t);
            }
        });
        return threads;
    }
}
