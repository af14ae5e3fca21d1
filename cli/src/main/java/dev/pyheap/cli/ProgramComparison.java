package dev.pyheap.cli;

import dev.pyheap.api.UserText;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.cli.output.CommandJson;
import dev.pyheap.interpreter.run.Runner;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * {@code pyheap compare PROGRAM}: a Python program under each collector, a warm-up run then
 * {@code repeat} counted runs each, reported as median and spread (max - min).
 */
final class ProgramComparison {
    private final Context context;
    private final CommandLine commandLine;
    private final String program;
    private final List<String> args;
    private final int repeat;

    ProgramComparison(Context context, CommandLine commandLine, String program, List<String> args, int repeat) {
        this.context = context;
        this.commandLine = commandLine;
        this.program = program;
        this.args = List.copyOf(args);
        this.repeat = repeat;
    }

    /** The figures of one collector's counted runs. */
    record Runs(String collector, List<ProgramRun.Result> results) {
        long median(ToLongFunction<ProgramRun.Result> f) {
            long[] v = results.stream().mapToLong(f).sorted().toArray();
            return v[v.length / 2];
        }

        long spread(ToLongFunction<ProgramRun.Result> f) {
            long[] v = results.stream().mapToLong(f).sorted().toArray();
            return v[v.length - 1] - v[0];
        }
    }

    /** @param json print the document of {@code compare --json} instead of the table */
    int run(List<String> collectors, List<Configuration> configurations, boolean json) {
        Runner.Program source = source();
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        List<String> argv = new ArrayList<>();
        argv.add(source.filename());
        argv.addAll(args);
        List<Runs> all = new ArrayList<>();
        for (int i = 0; i < collectors.size(); i++) {
            ProgramRun.run(configurations.get(i), source, argv, discard, discard);
            List<ProgramRun.Result> results = new ArrayList<>();
            for (int r = 0; r < repeat; r++) {
                results.add(ProgramRun.run(configurations.get(i), source, argv, discard, discard));
            }
            all.add(new Runs(collectors.get(i), results));
        }
        PrintWriter out = json ? new PrintWriter(Writer.nullWriter()) : context.out();
        List<CommandJson.CompareEntry> entries = new ArrayList<>();
        String commandLine = String.join(" ", argv).replace(source.filename(), program);
        out.println(commandLine + ": median of " + repeat + " run" + (repeat == 1 ? "" : "s") + " per collector after a"
                + " warm-up run (spread = max - min)");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"collector", "seconds", "spread", "collections", "GC ms", "spread", "max pause ms",
            "exit", "checks"});
        int code = ErrorReporter.OK;
        for (Runs runs : all) {
            ProgramRun.Result first = runs.results().get(0);
            List<String> collections = medians(runs, first.collections().size()).stream().map(String::valueOf).toList();
            String failure = runs.results().stream().map(r -> ProgramRun.failure(r.checks()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            int exit = runs.results().stream().mapToInt(ProgramRun.Result::exit).filter(e -> e != 0).findFirst().orElse(0);
            rows.add(new String[] {runs.collector(), seconds(runs.median(ProgramRun.Result::nanos)),
                seconds(runs.spread(ProgramRun.Result::nanos)), String.join("/", collections),
                millis(runs.median(ProgramRun.Result::gcNanos)), millis(runs.spread(ProgramRun.Result::gcNanos)),
                millis(runs.median(ProgramRun.Result::maxPauseNanos)), Integer.toString(exit),
                failure == null ? "ok" : "FAILED"});
            entries.add(new CommandJson.CompareEntry(runs.collector(), runs.median(ProgramRun.Result::nanos) / 1e9,
                    runs.spread(ProgramRun.Result::nanos) / 1e9, runs.median(ProgramRun.Result::gcNanos) / 1e6,
                    runs.spread(ProgramRun.Result::gcNanos) / 1e6, runs.median(ProgramRun.Result::maxPauseNanos) / 1e6,
                    medians(runs, first.collections().size()), exit, failure, null));
            if (failure != null || exit != 0) {
                context.err().println("pyheap: the runs under " + runs.collector() + " failed: "
                        + (failure != null ? failure : "exit code " + exit));
                code = ErrorReporter.RUN_FAILED;
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < row.length; c++) {
                String cell = row[c];
                line.append(' ').append(c == 0 ? cell + " ".repeat(widths[c] - cell.length())
                        : " ".repeat(widths[c] - cell.length()) + cell);
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
        if (json) {
            context.out().print(CommandJson.compare(true, commandLine, repeat, entries));
            context.out().flush();
        }
        context.err().flush();
        return code;
    }

    private static List<Long> medians(Runs runs, int generations) {
        List<Long> medians = new ArrayList<>();
        for (int g = 0; g < generations; g++) {
            int gen = g;
            medians.add(runs.median(r -> r.collections().get(gen)));
        }
        return medians;
    }

    private Runner.Program source() {
        Path file = context.workingDirectory().resolve(program).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            Bundled.Program bundled = Bundled.find(Bundled.WORKLOADS, program).orElseThrow(() ->
                    new CommandLine.ParameterException(commandLine, UserText.quote(program)
                            + " is neither a file nor a Python workload (see pyheap list)"));
            return new Runner.Program(bundled.fileName(), bundled.source(), context.workingDirectory());
        }
        try {
            return new Runner.Program(file.toString(), Files.readAllBytes(file), file.getParent());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, "cannot read " + UserText.quote(program) + ": "
                    + UserText.reason(e));
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
