package dev.pyheap.bench;

import dev.pyheap.interpreter.run.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * {@code sorted(xs)} of {@value #N} shuffled items ({@code random.seed(1)}), run by the interpreter on a
 * generational heap: ints (the pre-sort check's int comparison), strs ({@code str(i)}, compared by
 * content), ints with a key function ({@code key=abs}: a call per item and the key array), and a
 * list already sorted but for its last tenth (one long run, then galloping merges). Compare with
 * {@code python3 -m timeit -s "import random; random.seed(1); xs = list(range(10000)); random.shuffle(xs)" "sorted(xs)"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SortBench {
    static final int N = 10_000;

    private InterpreterHeap heap;
    private Session session;
    private Session.Compiled ints;
    private Session.Compiled strs;
    private Session.Compiled keyed;
    private Session.Compiled nearlySorted;

    @Setup(Level.Trial)
    public void open() {
        heap = new InterpreterHeap();
        session = heap.session();
        session.exec(String.join("\n",
                "import random",
                "random.seed(1)",
                "ints = list(range(" + N + "))",
                "random.shuffle(ints)",
                "strs = [str(i) for i in ints]",
                "nearly = sorted(ints)[:" + (N - N / 10) + "] + ints[:" + (N / 10) + "]",
                ""));
        ints = session.compile("sorted(ints)");
        strs = session.compile("sorted(strs)");
        keyed = session.compile("sorted(ints, key=abs)");
        nearlySorted = session.compile("sorted(nearly)");
    }

    @TearDown(Level.Trial)
    public void close() {
        ints.close();
        strs.close();
        keyed.close();
        nearlySorted.close();
        heap.close();
    }

    @Benchmark
    public void sortInts() {
        ints.run();
    }

    @Benchmark
    public void sortStrs() {
        strs.run();
    }

    @Benchmark
    public void sortIntsWithKey() {
        keyed.run();
    }

    @Benchmark
    public void sortNearlySorted() {
        nearlySorted.run();
    }
}
