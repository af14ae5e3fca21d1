package dev.pyheap.cli;

import dev.pyheap.driver.Workload;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.scheduling.RunSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the launcher's start-up cache (JDK 25's AOT cache, made by {@code ./pyheap}
 * after a build): one JVM that runs the training program as {@code pyheap run FILE} runs it, then
 * each workload for at most {@link #WORKLOAD_OPS} operations as {@code pyheap run --workload W}
 * runs it. The cache keeps the classes a training loads and the profiles of the methods it runs; a
 * Python program alone left out the driver's classes (a hundred, loaded from the jars by every
 * {@code run --workload}) and gave the collector's and the object model's hot methods the profiles
 * of a small program's heap only, so that a workload's first seconds ran code compiled later and
 * for other shapes (bench/README, "Issue 13, runtime pass sixteen").
 *
 * <p>Usage (the launcher's): {@code StartupTraining PROGRAM.py [WORKLOAD...]}, every workload when
 * none is named. The exit code is the first failing run's, else 0; the output is the runs' own,
 * which the launcher keeps in a log.
 */
final class StartupTraining {
    /**
     * A cap on each workload's operations: enough for young and middle collections of its heap and
     * for the JIT's second tier, a few seconds for all of them together.
     */
    static final long WORKLOAD_OPS = 300_000;

    private StartupTraining() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        if (args.length == 0) {
            err.println("usage: StartupTraining PROGRAM.py [WORKLOAD...]");
            code = 2;
        } else {
            code = train(new Context(out, err, System.getenv(), Path.of("").toAbsolutePath(), false), args[0],
                    List.of(args).subList(1, args.length));
        }
        out.flush();
        err.flush();
        dev.pyheap.interpreter.run.Runner.exitProcess(code);
    }

    /** Runs {@code program}, then the workloads named (all when none is); the first failing run's exit code, else 0. */
    static int train(Context context, String program, List<String> workloads) {
        int code = Main.run(new String[] {"run", program}, context);
        List<Workload> chosen;
        try {
            chosen = workloads.isEmpty() ? Workloads.all() : workloads.stream().map(Workloads::named).toList();
        } catch (RuntimeException e) {
            return failure(context, e, "pyheap run --workload");
        }
        for (Workload w : chosen) {
            RunSpec spec = RunSpec.of(w.name());
            if (w.defaultOps() > WORKLOAD_OPS) {
                spec = spec.withOps(WORKLOAD_OPS);
            }
            int run;
            try {
                run = QuickRun.runWorkload(context, spec);
            } catch (RuntimeException e) {
                run = failure(context, e, "pyheap run --workload " + w.name());
            }
            code = code != 0 ? code : run;
        }
        return code;
    }

    private static int failure(Context context, RuntimeException e, String command) {
        return new ErrorReporter(context.err()).failure(e, command, false);
    }
}
