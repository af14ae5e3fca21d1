package dev.pyheap.cli;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.gc.CollectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command's surface: help, version, usage errors and the {@code list} command. */
class MainTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(Map.of(), dir, args);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun r = run("--help");
        assertEquals(0, r.code(), r::toString);
        assertEquals("Usage: pyheap [-hV] [--debug] [COMMAND]", r.outLines().get(0));
        for (String command : List.of("list", "config", "stats")) {
            assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("  " + command + " ")), command + "\n" + r);
        }
        assertTrue(r.out().contains("  2   usage or configuration error"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void noCommandPrintsTheHelp() {
        CliRun r = run();
        assertEquals(0, r.code(), r::toString);
        assertEquals(run("--help").out(), r.out());
    }

    @Test
    void subcommandHelp() {
        CliRun r = run("stats", "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Usage: pyheap stats "), r::toString);
        assertTrue(r.out().contains("--pattern=NAME"), r::toString);
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun r = run("--version");
        assertEquals(0, r.code(), r::toString);
        String expected = System.getProperty("pyheap.expected.version");
        assertTrue(expected != null && !expected.isBlank(), "surefire passes pyheap.expected.version");
        assertEquals("pyheap " + expected, r.outLines().get(0));
        assertTrue(r.outLines().get(1).startsWith("JVM: "), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void unknownCommandIsOneLineAndExitCode2() {
        CliRun r = run("frobnicate");
        assertEquals(2, r.code(), r::toString);
        String line = r.singleErrorLine();
        assertTrue(line.startsWith("pyheap: error: unknown command 'frobnicate'; commands: list, config, stats, run, compare, demo, diff"),
                line);
        assertTrue(line.endsWith(" (see pyheap --help)"), line);
        assertEquals("", r.out());
    }

    @Test
    void misspelledCommandGetsASuggestion() {
        CliRun r = run("stat");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().contains("did you mean stats"), r::toString);
    }

    @Test
    void unknownOptionIsOneLineAndExitCode2() {
        CliRun r = run("stats", "--bogus");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pyheap: error: unknown option '--bogus' (see pyheap stats --help)", r.singleErrorLine());
        CliRun top = run("--bogus");
        assertEquals(2, top.code(), top::toString);
        assertEquals("pyheap: error: unknown option '--bogus' (see pyheap --help)", top.singleErrorLine());
    }

    @Test
    void missingOptionValueIsAUsageError() {
        CliRun r = run("stats", "--ops");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.singleErrorLine().startsWith("pyheap: error: Missing required parameter for option '--ops'"),
                r::toString);
    }

    @Test
    void listShowsEachAllocatorOnceWithItsDescription() {
        CliRun r = run("list");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.outLines();
        assertEquals("allocators:", lines.get(0));
        assertEquals(1, lines.stream().filter(l -> l.matches("  pymalloc +CPython 3\\.11's obmalloc.*")).count(),
                r::toString);
        assertEquals(1, lines.stream().filter(l -> l.matches("  malloc +the raw allocator.*")).count(), r::toString);
        assertEquals(expectedCollectorLines(), section(lines, "collectors:"));
        assertTrue(section(lines, "collectors:").contains(
                "refcount reference counting only: cycles are never freed, they are reported"), r::toString);
        assertEquals(List.of("free32", "lifo", "shuffle", "churn"),
                section(lines, "patterns (for pyheap stats --pattern):").stream()
                        .map(l -> l.strip().split(" +")[0]).toList());
    }

    /** What {@code list} must print for collectors: each provider, or "none yet" while no gc module provides one. */
    private static List<String> expectedCollectorLines() {
        List<CollectorProvider> collectors = Plugins.collectors();
        if (collectors.isEmpty()) {
            return List.of("  none yet");
        }
        List<String> names = new ArrayList<>();
        collectors.forEach(c -> names.add(c.name() + " " + c.description()));
        return names;
    }

    /** The indented lines under {@code heading}, each with the name column's padding squeezed. */
    private static List<String> section(List<String> lines, String heading) {
        List<String> result = new ArrayList<>();
        int i = lines.indexOf(heading) + 1;
        assertTrue(i > 0, "no " + heading);
        for (; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            String line = lines.get(i);
            result.add(line.equals("  none yet") ? line : line.strip().replaceFirst(" +", " "));
        }
        return result;
    }

    @Test
    void unexpectedErrorIsOneLineWithoutDebugAndATraceWithIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter err = new PrintWriter(bytes, true, StandardCharsets.UTF_8);
        ErrorReporter reporter = new ErrorReporter(err);

        assertEquals(1, reporter.internal(new IllegalStateException("boom"), false));
        assertEquals("pyheap: internal error: java.lang.IllegalStateException: boom"
                + " (rerun with --debug for the stack trace)" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));

        bytes.reset();
        assertEquals(1, reporter.internal(new IllegalStateException("boom"), true));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("pyheap: internal error: java.lang.IllegalStateException: boom", lines.get(0));
        assertEquals("java.lang.IllegalStateException: boom", lines.get(1));
        assertTrue(lines.get(2).strip().startsWith("at ")
                && lines.get(2).contains("dev.pyheap.cli.MainTest.unexpectedErrorIsOneLine"), lines::toString);
    }
}
