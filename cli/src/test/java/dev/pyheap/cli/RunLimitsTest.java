package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command's bounds and its checks before a run (issue 11, item 7): the thread count, the
 * switch interval as CPython refuses it, long values quoted back short, {@code --config} naming a
 * directory or a FIFO, and {@code --graph} naming a place that cannot be written. Each is one line
 * on stderr, exit code 2, and nothing run (stdout stays empty).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunLimitsTest {
    /** A 10,000-character value. */
    private static final String LONG = "x".repeat(10_000);
    /** How it is quoted back: its first 40 characters and its length. */
    private static final String LONG_QUOTED = "'" + "x".repeat(40) + "...' (10,000 characters)";

    @TempDir
    Path dir;

    private CliRun pyheap(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    /** One line, exit 2, no run. */
    private String usageError(String... args) {
        CliRun r = pyheap(args);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), "nothing ran");
        return r.singleErrorLine();
    }

    @Test
    void theThreadCountHasAnUpperBound() {
        assertEquals("pyheap: error: --threads must be from 1 to 1024, got 1000000000 (see pyheap run --help)",
                usageError("run", "--threads", "1000000000"));
        assertEquals("pyheap: error: --threads must be from 1 to 1024, got 1025 (see pyheap compare --help)",
                usageError("compare", "--workload", "churn", "--threads", "1025"));
        assertEquals("pyheap: error: Invalid value for option '--threads': '10000000000' is not an int"
                + " (see pyheap run --help)", usageError("run", "--threads", "10000000000"));
    }

    @Test
    void aDurationPastWhatTheClockCanTimeIsRefused() {
        assertEquals("pyheap: error: Invalid value for option '--duration': 'PT1000000000000H' is longer than a run can"
                + " be timed (292 years) (see pyheap run --help)", usageError("run", "--duration", "PT1000000000000H"));
    }

    /** CPython 3.11.7's messages, recorded with python3 (sys.setswitchinterval(0), (-1), (-0.0)). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0       | switch interval must be strictly positive",
        "-1      | switch interval must be strictly positive",
        "-0.0    | switch interval must be strictly positive",
        "-inf    | switch interval must be strictly positive",
        "nan     | switch interval must be finite",
        "inf     | switch interval must be finite",
        "1e400   | switch interval must be finite",
        "1e300   | switch interval too large",
        "abc     | expected a number of seconds greater than 0, e.g. 0.005",
        "0x10    | expected a number of seconds greater than 0, e.g. 0.005",
    })
    void theSwitchIntervalIsRefusedAsCPythonRefusesIt(String value, String reason) {
        assertEquals("pyheap: error: invalid value '" + value + "' for option switchinterval (from --set): " + reason
                + " (see pyheap run --help)", usageError("run", "--set", "switchinterval=" + value));
    }

    @Test
    void whatCPythonAcceptsIsAccepted() {
        CliRun r = pyheap("config", "--set", "switchinterval=1e-7");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().matches("(?s).*\\nswitchinterval +1\\.0E-7 .*"), r.out());
        assertEquals(0, pyheap("config", "--set", "switchinterval=1_000").code());
        assertEquals(0, pyheap("config", "--set", "switchinterval= 5e-3 ").code());
    }

    @Test
    void aLongBadValueIsQuotedBackShort() {
        assertEquals("pyheap: error: invalid value " + LONG_QUOTED + " for option switchinterval (from --set):"
                + " expected a number of seconds greater than 0, e.g. 0.005 (see pyheap run --help)",
                usageError("run", "--set", "switchinterval=" + LONG));
        assertEquals("pyheap: error: Invalid value for option '--yield': unknown yield policy " + LONG_QUOTED
                + "; use switchinterval, always, every:N, random, random:N or never (see pyheap run --help)",
                usageError("run", "--yield", LONG));
        assertEquals("pyheap: error: unknown workload " + LONG_QUOTED + "; available: churn, cycles, dicts, gcbench,"
                + " leaky, lists, seeds, strings (see pyheap run --help)", usageError("run", "--workload", LONG));
        assertEquals("pyheap: error: unknown allocator " + LONG_QUOTED + "; available: debug, malloc, malloc_debug,"
                + " pymalloc, pymalloc_debug (see pyheap run --help)", usageError("run", "--allocator", LONG));
        assertEquals("pyheap: error: Invalid value for option '--duration': " + LONG_QUOTED
                + " is not a positive duration (e.g. 500ms, 10s, 2m, 1.5s) (see pyheap run --help)",
                usageError("run", "--duration", LONG));
        // picocli's own messages echo the value too
        assertEquals("pyheap: error: Invalid value for option '--threads': " + LONG_QUOTED + " is not an int"
                + " (see pyheap run --help)", usageError("run", "--threads", LONG));
        assertTrue(usageError("run", "--set", LONG + "=1").startsWith("pyheap: error: unknown option " + LONG_QUOTED
                + " (from --set); did you mean '"));
        assertTrue(usageError("run", "--" + LONG).startsWith("pyheap: error: unknown option '--" + "x".repeat(38)
                + "...' (10,002 characters)"));
    }

    @Test
    void aConfigFileThatIsADirectoryOrAFifoIsSaidSo() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("conf.d"));
        assertEquals("pyheap: error: configuration file '" + sub + "' is a directory, not a regular file"
                + " (see pyheap run --help)", usageError("run", "--config", "conf.d"));
        Path fifo = mkfifo(dir.resolve("fifo.properties"));
        assertEquals("pyheap: error: configuration file '" + fifo + "' is a FIFO (named pipe), not a regular file"
                + " (see pyheap run --help)", usageError("run", "--config", "fifo.properties"));
    }

    @Test
    void theGraphsPlaceIsCheckedBeforeTheRun() throws Exception {
        assertEquals("pyheap: error: --graph 'no/such/g.dot': the directory '" + dir.resolve("no/such")
                + "' does not exist (see pyheap run --help)", usageError("run", "--graph", "no/such/g.dot"));
        Files.createDirectory(dir.resolve("g.dot"));
        assertEquals("pyheap: error: --graph 'g.dot': it is a directory; give the name of a file to write"
                + " (see pyheap run --help)", usageError("run", "--graph", "g.dot"));
        Files.writeString(dir.resolve("notes.txt"), "a file, not a directory");
        assertEquals("pyheap: error: --graph 'notes.txt/g.dot': '" + dir.resolve("notes.txt")
                + "' is a regular file, not a directory (see pyheap run --help)",
                usageError("run", "--graph", "notes.txt/g.dot"));
        mkfifo(dir.resolve("pipe.dot"));
        assertEquals("pyheap: error: --graph 'pipe.dot': it is a FIFO (named pipe); give the name of a file to write"
                + " (see pyheap run --help)", usageError("run", "--graph", "pipe.dot"));
        String tooLong = "g".repeat(300) + ".dot";
        assertEquals("pyheap: error: --graph '" + "g".repeat(40) + "...' (304 characters): cannot create it:"
                + " file name too long (see pyheap run --help)", usageError("run", "--graph", tooLong));
        assertFalse(Files.exists(dir.resolve("x.dot")));
    }

    @Test
    void aWritableGraphPlaceIsLeftAsItWasBeforeTheRun() {
        CliRun r = pyheap("run", "--workload", "cycles", "--ops", "300", "--collector", "refcount", "--graph", "g.dot");
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("g.dot")), "written after the run");
    }

    private static Path mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo " + path);
        return path;
    }
}
