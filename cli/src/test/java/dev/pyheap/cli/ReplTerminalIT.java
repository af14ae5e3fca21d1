package dev.pyheap.cli;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./pyheap repl} on a pseudo-terminal, as a user types: util-linux {@code script} runs the
 * launcher on a pty of 100x30 columns (set with {@code stty}; a pty made from a pipe has no size), this test
 * types into it and reads what the terminal shows (stdout and stderr together, CR LF line ends). It
 * checks the prompts, a displayed value, a traceback, a block, {@code :gc}, Ctrl-C at the prompt and
 * during a loop, Ctrl-D ending the session, the history file, and that the JVM printed no warning
 * (JLine's FFM terminal is granted native access by the launcher). Runs after {@code package}, with
 * the launcher in the repository root and {@code PYHEAP_NO_BUILD=1}.
 */
class ReplTerminalIT {
    private static final Duration START = Duration.ofMinutes(2);
    private static final Duration STEP = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private Process process;
    private OutputStream keys;
    private final StringBuffer screen = new StringBuffer();

    @BeforeEach
    void start() throws IOException {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("pyheap");
        assertTrue(Files.isExecutable(launcher), launcher + " is missing");
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec",
                "stty cols 100 rows 30; exec '" + launcher + "' repl", "/dev/null").redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("PYHEAP_") || k.equals("PYTHONMALLOC"));
        builder.environment().put("PYHEAP_NO_BUILD", "1");
        builder.environment().put("TERM", "xterm");
        builder.environment().put("HOME", home.toString());
        process = builder.start();
        keys = process.getOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] b = new byte[4096];
                for (int n; (n = in.read(b)) > 0; ) {
                    screen.append(new String(b, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                screen.append("\n[read failed: ").append(e).append("]");
            }
        }, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits until the screen shows {@code text} for the {@code n}th time. */
    private void awaitShown(String text, int n, Duration atMost) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(50))
                    .until(() -> occurrences(screen.toString(), text) >= n);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("'" + text + "' not shown " + n + " times in " + atMost + ":\n" + screen, e);
        }
    }

    private static int occurrences(String s, String text) {
        int count = 0;
        for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + text.length())) {
            count++;
        }
        return count;
    }

    @Test
    void aSessionOnATerminal() throws Exception {
        awaitShown(">>> ", 1, START);
        String banner = screen.toString();
        assertTrue(banner.contains("collector generational, allocator pymalloc"), banner);
        assertFalse(banner.contains("WARNING"), banner);

        type("x = 6 * 7\r");
        awaitShown(">>> ", 2, STEP);
        type("x\r");
        awaitShown("42\r\n", 1, STEP);

        type("1/0\r");
        awaitShown("ZeroDivisionError: division by zero\r\n", 1, STEP);
        assertTrue(screen.toString().contains("Traceback (most recent call last):\r\n"
                + "  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError"), screen::toString);

        type("for i in range(2):\r");
        awaitShown("... ", 1, STEP);
        type("    i * 10\r");
        awaitShown("... ", 2, STEP);
        type("\r");
        awaitShown("0\r\n10\r\n", 1, STEP);

        type(":gc\r");
        awaitShown("generation  count  threshold  collections  collected  uncollectable\r\n", 1, STEP);
        assertTrue(screen.toString().contains("collector generational (enabled)\r\n"), screen::toString);

        int prompts = occurrences(screen.toString(), ">>> ");
        type("abc\u0003"); // Ctrl-C at the prompt drops the line
        awaitShown("KeyboardInterrupt\r\n", 1, STEP);
        awaitShown(">>> ", prompts + 1, STEP);

        type("while True: pass\r");
        awaitShown("... ", 3, STEP);
        type("\r");
        // Ctrl-C reaches the loop once the terminal is back in cooked mode: typed until it does
        try {
            await().atMost(STEP).pollInterval(Duration.ofSeconds(1)).until(() -> {
                type("\u0003");
                return screen.toString().contains("File \"<stdin>\", line 1, in <module>\r\nKeyboardInterrupt\r\n");
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no KeyboardInterrupt in the loop:\n" + screen, e);
        }

        type("x + 1\r");
        awaitShown("43\r\n", 1, STEP);
        type("\u0004"); // Ctrl-D on an empty line ends the session
        assertTrue(process.waitFor(STEP.toSeconds(), TimeUnit.SECONDS), screen::toString);
        assertEquals(0, process.exitValue(), screen::toString);
        String history = Files.readString(home.resolve(ReplCommand.HISTORY_FILE), StandardCharsets.UTF_8);
        assertTrue(history.contains("x = 6 * 7") && history.contains(":gc") && history.contains("x + 1"), history);
    }

    @Test
    void heapCollectorAndExitOnATerminal() throws Exception {
        awaitShown(">>> ", 1, START);
        type("x = [[i] for i in range(2000)]\r");
        awaitShown(">>> ", 2, STEP);
        type(":heap\r");
        awaitShown("size classes in use (block size: pools, blocks):", 1, STEP);
        assertTrue(screen.toString().contains("allocator pymalloc: "), screen::toString);
        type(":collector marksweep\r");
        awaitShown("a fresh heap: collector marksweep, allocator pymalloc", 1, STEP);
        type("x\r");
        awaitShown("NameError: name 'x' is not defined\r\n", 1, STEP);
        type("exit\r");
        awaitShown("Use exit() or Ctrl-D (i.e. EOF) to exit\r\n", 1, STEP);
        type("exit(7)\r");
        assertTrue(process.waitFor(STEP.toSeconds(), TimeUnit.SECONDS), screen::toString);
        assertEquals(7, process.exitValue(), screen::toString);
    }
}
