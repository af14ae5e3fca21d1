package dev.pyheap.cli;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.scheduling.RunSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code pyheap run} of a Python program with no option of {@code run} besides {@code -c} (and
 * {@code --debug}): {@code pyheap run FILE.py [ARGS]}, {@code pyheap run -c CODE [ARGS]},
 * {@code pyheap run - [ARGS]}, the commonest command line, started without picocli; and
 * {@code pyheap run --workload W} (or {@code --workload=W}) alone, the benchmarks' command line,
 * whose wall time counts the start-up too.
 *
 * <p>picocli finds a command's options by reflecting on its annotations, and its classes are built
 * for Java 5: the JVM verifies them the old way at every start and the start-up cache cannot keep
 * them. For this command line that was a third of the time {@code pyheap run -c pass} took. Its
 * meaning is fixed (every other option at its default), so it is read here and run as
 * {@link RunCommand} would run it; any other command line, or one picocli could read differently
 * (an {@code @file} argument, an option after {@code -c CODE}, a code starting with {@code -}), goes
 * to picocli, which gives every help text and error message. QuickRunTest checks that picocli reads
 * each command line this class accepts the same way.
 *
 * @param code     {@code -c}'s code, or null
 * @param program  the program file (or {@code -}) and its arguments; with {@code -c}, the arguments;
 *                 empty for a workload
 * @param workload {@code --workload}'s name, or null for a Python program
 * @param debug    {@code --debug} was given
 */
record QuickRun(String code, List<String> program, String workload, boolean debug) {
    /** The command line read, or empty when it is not one this class runs. */
    static Optional<QuickRun> parse(String[] args) {
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("@"))) { // picocli expands argument files
            return Optional.empty();
        }
        boolean debug = false;
        int i = 0;
        while (i < args.length && args[i].equals("--debug")) {
            debug = true;
            i++;
        }
        if (i == args.length || !args[i].equals("run")) {
            return Optional.empty();
        }
        i++;
        while (i < args.length && args[i].equals("--debug")) {
            debug = true;
            i++;
        }
        if (i == args.length) {
            return Optional.empty();
        }
        String workload = workloadAlone(args, i);
        if (workload != null) {
            return Optional.of(new QuickRun(null, List.of(), workload, debug));
        }
        String code = null;
        if (args[i].equals("-c")) {
            if (i + 1 == args.length || args[i + 1].startsWith("-")) {
                return Optional.empty();
            }
            code = args[i + 1];
            i += 2;
            if (i < args.length && args[i].startsWith("-")) { // an option of run, or picocli's reading of one
                return Optional.empty();
            }
        } else if (args[i].startsWith("-") && !args[i].equals("-")) {
            return Optional.empty();
        }
        return Optional.of(new QuickRun(code, List.of(Arrays.copyOfRange(args, i, args.length)), null, debug));
    }

    /**
     * The name when {@code args} from {@code i} on are {@code --workload NAME} or {@code --workload=NAME}
     * and nothing else, else null; a name picocli could read as an option (a leading {@code -}) or an
     * empty one is left to picocli.
     */
    private static String workloadAlone(String[] args, int i) {
        String name = null;
        if (args[i].equals("--workload") && i + 2 == args.length) {
            name = args[i + 1];
        } else if (args[i].startsWith("--workload=") && i + 1 == args.length) {
            name = args[i].substring("--workload=".length());
        }
        return name == null || name.isEmpty() || name.startsWith("-") ? null : name;
    }

    /** Runs the program or the workload as {@code pyheap run} does with these arguments; the exit code. */
    int run(Context context, ErrorReporter errors) {
        try {
            if (workload != null) {
                return runWorkload(context, RunSpec.of(workload)); // RunSpec.of: RunOptions' defaults (QuickRunTest)
            }
            var configuration = ConfigurationOptions.loader(context, null, List.of()).load();
            return new PythonRun(context).run(configuration, code, null, program,
                    new PythonRun.Reporting(null, false, null, false)).exit();
        } catch (RuntimeException e) {
            return errors.failure(e, "pyheap run", debug);
        }
    }

    /**
     * {@code pyheap run --workload W} with {@code spec}'s settings and every other option at its
     * default: RunCommand's steps for a workload, in its order (so the errors' order too).
     */
    static int runWorkload(Context context, RunSpec spec) {
        Workloads.named(spec.workload());
        Configuration configuration = ConfigurationOptions.loader(context, null, List.of()).load();
        return RunCommand.print(context, Runner.run(context, configuration, spec, context.out(), spec.workload()),
                false, null);
    }
}
