package dev.pyheap.bench;

import dev.pyheap.interpreter.run.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The list paths programs time besides sorting, on {@value #N} shuffled ints ({@code random.seed(1)})
 * run by the interpreter on a generational heap: a copy ({@code data[:]}, {@code list(data)}),
 * concatenation and repetition (item slots copied in bulk, a reference added per item), equality of
 * two equal lists and a failed {@code in} (an int comparison per item without a result object);
 * and the paths that walk a list through its iterator ({@code sum}, {@code max}, {@code set}) and
 * build strs from parts ({@code str.join}, {@code str.split}, {@code str + str}: one allocation and
 * block copies of the parts' data) on {@code words}, the first 10,000 of them as strs.
 * Compare with
 * {@code python3 -m timeit -s "import random; random.seed(1); data = list(range(100000)); random.shuffle(data); other = data[:]" "data[:]"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ContainerBench {
    static final int N = 100_000;

    /** The statement timed. */
    @Param({"data[:]", "list(data)", "data + other", "data * 3", "data == other", "-1 in data", "sum(data)",
            "max(data)", "set(data)", "\",\".join(words)", "text.split()", "text + text"})
    public String statement;

    private InterpreterHeap heap;
    private Session session;
    private Session.Compiled compiled;

    @Setup(Level.Trial)
    public void open() {
        heap = new InterpreterHeap();
        session = heap.session();
        session.exec(String.join("\n",
                "import random",
                "random.seed(1)",
                "data = list(range(" + N + "))",
                "random.shuffle(data)",
                "other = data[:]",
                "words = [str(i) for i in data[:10000]]",
                "text = ' '.join(words)",
                ""));
        compiled = session.compile(statement);
    }

    @TearDown(Level.Trial)
    public void close() {
        compiled.close();
        heap.close();
    }

    @Benchmark
    public void run() {
        compiled.run();
    }
}
