package dev.pyheap.cli;

import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.PyThreadState;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code pyheap run PROGRAM --threads N}: a Python program as a workload of the
 * {@link dev.pyheap.driver.scheduling.MutatorDriver}, so that its threads are the driver's (attached
 * to the heap, started together, the GIL handed over at the switch interval by the evaluator's check
 * points, the GIL's and the collector's numbers counted over the run).
 *
 * <ol>
 * <li>{@code load}, on the driver's thread: the program is set up ({@link Runner#start}); a program
 *     defining a module-level {@code main} has its module body run there, as {@code __mp_main__}.
 * <li>Each mutator thread's operation is one call of {@code main()} (or one run of the module body
 *     when the program has no {@code main}) in the shared module namespace. Without {@code --ops} or
 *     {@code --duration} each thread makes one call; with them the threads call it again until the
 *     calls (all threads together) or the time are used up. An uncaught exception is printed as
 *     {@code threading.excepthook} prints it ({@code Exception in thread Thread-1 (main):}) and ends
 *     that thread's calls; the others go on, as CPython's threads do.
 * <li>{@code unload}, on the driver's thread: the program is finalized as a script is (atexit, the
 *     final collection, the main module's dict cleared).
 * </ol>
 */
final class ThreadedProgram implements Workload {
    private final Runner runner;
    private final Runner.Program source;
    private final List<String> argv;
    private final boolean repeat;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private Runner.Started started;
    private int exit;

    /** @param repeat each thread calls again until the driver's budget ends ({@code --ops}, {@code --duration}) */
    ThreadedProgram(Runner runner, Runner.Program source, List<String> argv, boolean repeat) {
        this.runner = runner;
        this.source = source;
        this.argv = List.copyOf(argv);
        this.repeat = repeat;
    }

    @Override
    public String name() {
        String file = source.filename();
        return file.substring(file.lastIndexOf('/') + 1);
    }

    @Override
    public String description() {
        return "the Python program " + source.filename();
    }

    @Override
    public long defaultOps() {
        return 0;
    }

    /** Calls made (of {@code main()}, or runs of the module body), all threads together. */
    long calls() {
        return calls.get();
    }

    /** Calls that ended in an uncaught exception (other than SystemExit). */
    long failedCalls() {
        return failedCalls.get();
    }

    /** Whether the threads called {@code main()} (else they ran the module body). */
    boolean callsMain() {
        return started != null && started.callsMain();
    }

    /** The program's exit code: the module body's, else 0. */
    int exit() {
        return exit;
    }

    @Override
    public Program load(LoadContext context) {
        started = runner.start(context.thread(), source, argv, true);
        return new Program() {
            @Override
            public Mutator mutator(MutatorContext thread) {
                return new Call("Thread-" + (thread.index() + 1) + (callsMain() ? " (main)" : ""));
            }

            @Override
            public void unload(PyThreadState thread) {
                if (started != null) {
                    exit = started.close();
                }
            }
        };
    }

    /** One thread's calls. */
    private final class Call implements Mutator {
        private final String threadName;
        private boolean done;
        private boolean called;

        Call(String threadName) {
            this.threadName = threadName;
        }

        @Override
        public boolean step() {
            if (done || started == null || started.exit() != 0) {
                return false;
            }
            called = true;
            calls.incrementAndGet();
            if (!started.runInThread(threadName)) {
                failedCalls.incrementAndGet();
                done = true;
            } else {
                done = !repeat;
            }
            return true;
        }

        @Override
        public void finish() {
            if (called) {
                started.threadDone();
            }
        }
    }
}
