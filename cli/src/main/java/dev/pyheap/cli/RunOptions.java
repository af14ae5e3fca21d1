package dev.pyheap.cli;

import dev.pyheap.api.UserText;
import dev.pyheap.driver.scheduling.RunSpec;
import dev.pyheap.driver.scheduling.YieldPolicy;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The options shared by {@code run}, {@code compare} and {@code demo}: how the mutators run and what is printed. */
final class RunOptions {
    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Mutator threads sharing the heap, 1 to " + RunSpec.MAX_THREADS + " (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--ops", paramLabel = "N", converter = StatsCommand.CountConverter.class,
            description = "Operations in all threads together (default: the workload's own, see pyheap list).")
    Long ops;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Run for this long instead of a number of operations: 500ms, 10s, 2m, 1.5s.")
    Duration duration;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0x5EED", converter = StatsCommand.SeedConverter.class,
            description = "Seed of every random choice of the driver, decimal or 0x hex (default: ${DEFAULT-VALUE});"
                    + " Python code does not see it: its str/bytes hash secret is the hashseed option (PYTHONHASHSEED).")
    long seed;

    @Option(names = "--yield", paramLabel = "POLICY", defaultValue = "switchinterval", converter = YieldConverter.class,
            description = "When threads let each other run: switchinterval (CPython's, the default), or the driver's"
                    + " repeatable turns: always, every:N, random, random:N, never.")
    YieldPolicy yieldPolicy;

    @Option(names = "--verify", description = "Also run the heap sanity checker during the run (every 16th collection"
            + " and every 1,000,000 operations), not only at the end.")
    boolean verify;

    @Option(names = "--json", description = "Print the report as one JSON document (schemas/run.schema.json,"
            + " compare.schema.json in the jar) on stdout instead of a table; the program's own output then goes to"
            + " stderr, so the two never mix. For a Python program on one thread: its facts (exit code and exception,"
            + " settings, gc.get_stats(), pauses, the heap at the end and at its peak, tracemalloc, leaks, checks).")
    boolean json;

    /** The run's spec for {@code workload}, after checking the options' values. */
    RunSpec spec(CommandLine commandLine, String workload) {
        if (threads < 1 || threads > RunSpec.MAX_THREADS) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be from 1 to " + RunSpec.MAX_THREADS
                    + ", got " + threads);
        }
        if (ops != null && ops < 1) {
            throw new CommandLine.ParameterException(commandLine, "--ops must be at least 1, got " + ops);
        }
        if (ops != null && duration != null) {
            throw new CommandLine.ParameterException(commandLine, "--ops and --duration cannot be used together");
        }
        RunSpec spec = RunSpec.of(workload).withThreads(threads).withSeed(seed).withYield(yieldPolicy)
                .withVerify(verify);
        if (duration != null) {
            spec = spec.withDuration(duration);
        } else if (ops != null) {
            spec = spec.withOps(ops);
        }
        return spec;
    }

    /** {@code --duration}: a number with ms, s, m or h, or an ISO-8601 duration ({@code PT10S}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            String s = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = FORM.matcher(s);
            Duration d = null;
            if (m.matches()) {
                double n = Double.parseDouble(m.group(1));
                double nanos = n * switch (m.group(2)) {
                    case "ms" -> 1e6;
                    case "s" -> 1e9;
                    case "m" -> 60e9;
                    default -> 3600e9;
                };
                d = Duration.ofNanos((long) nanos);
            } else if (s.startsWith("pt")) {
                try {
                    d = Duration.parse(s);
                } catch (java.time.format.DateTimeParseException e) {
                    d = null;
                }
            }
            if (d == null || d.isNegative() || d.isZero()) {
                throw new CommandLine.TypeConversionException(UserText.quote(value)
                        + " is not a positive duration (e.g. 500ms, 10s, 2m, 1.5s)");
            }
            if (d.compareTo(RunSpec.MAX_DURATION) > 0) {
                throw new CommandLine.TypeConversionException(UserText.quote(value)
                        + " is longer than a run can be timed (292 years)");
            }
            return d;
        }
    }

    /** {@code --yield}: a policy name. */
    static final class YieldConverter implements CommandLine.ITypeConverter<YieldPolicy> {
        @Override
        public YieldPolicy convert(String value) {
            try {
                return YieldPolicy.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
