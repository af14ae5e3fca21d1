package dev.pyheap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of {@link Main#run}: exit code and what went to stdout and stderr.
 *
 * @param code the exit code
 * @param out  stdout
 * @param err  stderr
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code args} with {@code environment} in {@code workingDirectory}. */
    static CliRun run(Map<String, String> environment, Path workingDirectory, String... args) {
        return run(false, environment, workingDirectory, args);
    }

    /** {@link #run(Map, Path, String...)} as if stderr were a terminal. */
    static CliRun onTerminal(Map<String, String> environment, Path workingDirectory, String... args) {
        return run(true, environment, workingDirectory, args);
    }

    private static CliRun run(boolean terminal, Map<String, String> environment, Path workingDirectory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e, environment, workingDirectory, terminal);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The only line of stderr; fails when there are more or none. */
    String singleErrorLine() {
        List<String> lines = errLines();
        if (lines.size() != 1) {
            throw new AssertionError("expected exactly one line on stderr, got " + lines.size() + ":\n" + err);
        }
        return lines.get(0);
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
