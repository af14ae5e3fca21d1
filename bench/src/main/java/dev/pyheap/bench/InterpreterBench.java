package dev.pyheap.bench;

import dev.pyheap.interpreter.run.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The evaluation loop's unit costs, each measured as a Python loop of {@link #N} iterations run by
 * the interpreter on a generational heap: a loop iteration alone ({@code for i in range(N): pass}),
 * a call of a Python function, an attribute load from an instance, a global load, a class
 * instantiation with a Python {@code __init__} ({@code Node()} with its two defaults, and
 * {@code Node(a, b)}, gcbench's two shapes, the instance dropped at once), an attribute load
 * while another class's attribute is assigned in the same iteration (the per-type version tags:
 * the load's cache survives; subtract {@code classAttributeStore} for the load alone), a list
 * subscript ({@code BINARY_SUBSCR_LIST_INT}), a builtin function's call ({@code len(l)}: vectorcall,
 * no argument tuple), an int comparison and the conditional jump after it
 * ({@code COMPARE_OP_INT_JUMP}), a {@code __slots__} member's load and store
 * ({@code LOAD_ATTR_SLOT}, {@code STORE_ATTR_SLOT}), an instance attribute's store
 * ({@code STORE_ATTR_INSTANCE_VALUE}), an int subtraction into a local ({@code BINARY_OP_SUBTRACT_INT}
 * between {@code LOAD_FAST}, {@code LOAD_CONST} and {@code STORE_FAST}). Subtract {@code loopIteration}
 * from the others for the operation alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class InterpreterBench {
    static final int N = 10_000;

    private InterpreterHeap heap;
    private Session session;
    private Session.Compiled loop;
    private Session.Compiled call;
    private Session.Compiled attribute;
    private Session.Compiled global;
    private Session.Compiled instantiation;
    private Session.Compiled instantiationWithArguments;
    private Session.Compiled classStores;
    private Session.Compiled attributeWithClassStores;
    private Session.Compiled subscript;
    private Session.Compiled builtin;
    private Session.Compiled branch;
    private Session.Compiled slotLoads;
    private Session.Compiled slotStores;
    private Session.Compiled attributeStores;
    private Session.Compiled arithmetic;
    private Session.Compiled methodCalls;
    private Session.Compiled boundMethodCalls;

    @Setup(Level.Trial)
    public void open() {
        heap = new InterpreterHeap();
        session = heap.session();
        session.exec(String.join("\n",
                "N = " + N,
                "def f(a):",
                "    return a",
                "class C:",
                "    def __init__(self):",
                "        self.x = 1",
                "o = C()",
                "g = 7",
                "def loop():",
                "    for i in range(N):",
                "        pass",
                "def calls():",
                "    for i in range(N):",
                "        f(i)",
                "def attributes(o):",
                "    for i in range(N):",
                "        o.x",
                "def globals_():",
                "    for i in range(N):",
                "        g",
                "class Node:",
                "    def __init__(self, left=None, right=None):",
                "        self.left = left",
                "        self.right = right",
                "def instances():",
                "    for i in range(N):",
                "        Node()",
                "def instances_with_arguments(a, b):",
                "    for i in range(N):",
                "        Node(a, b)",
                "class Counter:",
                "    n = 0",
                "def class_stores():",
                "    for i in range(N):",
                "        Counter.n = i",
                "def attributes_with_class_stores(o):",
                "    for i in range(N):",
                "        Counter.n = i",
                "        o.x",
                "l = list(range(10))",
                "def subscripts(l):",
                "    for i in range(N):",
                "        l[5]",
                "def builtin_calls(l):",
                "    for i in range(N):",
                "        len(l)",
                "def branches():",
                "    for i in range(N):",
                "        if i < 0:",
                "            break",
                "class Slotted:",
                "    __slots__ = ('x',)",
                "s = Slotted()",
                "s.x = 1",
                "def slot_loads(s):",
                "    for i in range(N):",
                "        s.x",
                "def slot_stores(s):",
                "    for i in range(N):",
                "        s.x = 1",
                "def attribute_stores(o):",
                "    for i in range(N):",
                "        o.x = i",
                "def int_arithmetic():",
                "    for i in range(N):",
                "        j = i - 1",
                "class M:",
                "    def m(self, a):",
                "        return a",
                "def method_calls(o):",
                "    for i in range(N):",
                "        o.m(i)",
                "def bound_method_calls(m):",
                "    for i in range(N):",
                "        m(i)",
                "mo = M()",
                "bm = mo.m",
                ""));
        loop = session.compile("loop()");
        call = session.compile("calls()");
        attribute = session.compile("attributes(o)");
        global = session.compile("globals_()");
        instantiation = session.compile("instances()");
        instantiationWithArguments = session.compile("instances_with_arguments(o, o)");
        classStores = session.compile("class_stores()");
        attributeWithClassStores = session.compile("attributes_with_class_stores(o)");
        subscript = session.compile("subscripts(l)");
        builtin = session.compile("builtin_calls(l)");
        branch = session.compile("branches()");
        slotLoads = session.compile("slot_loads(s)");
        slotStores = session.compile("slot_stores(s)");
        attributeStores = session.compile("attribute_stores(o)");
        arithmetic = session.compile("int_arithmetic()");
        methodCalls = session.compile("method_calls(mo)");
        boundMethodCalls = session.compile("bound_method_calls(bm)");
    }

    @TearDown(Level.Trial)
    public void close() {
        loop.close();
        call.close();
        attribute.close();
        global.close();
        instantiation.close();
        instantiationWithArguments.close();
        classStores.close();
        attributeWithClassStores.close();
        subscript.close();
        builtin.close();
        branch.close();
        slotLoads.close();
        slotStores.close();
        attributeStores.close();
        arithmetic.close();
        methodCalls.close();
        boundMethodCalls.close();
        heap.close();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void loopIteration() {
        loop.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void pythonCall() {
        call.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void attributeLoad() {
        attribute.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void globalLoad() {
        global.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void classInstantiation() {
        instantiation.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void classInstantiationWithArguments() {
        instantiationWithArguments.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void classAttributeStore() {
        classStores.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void attributeLoadWithClassAttributeStore() {
        attributeWithClassStores.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void listSubscript() {
        subscript.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void builtinCall() {
        builtin.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void compareAndBranch() {
        branch.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void slotAttributeLoad() {
        slotLoads.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void slotAttributeStore() {
        slotStores.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void attributeStore() {
        attributeStores.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void intSubtraction() {
        arithmetic.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void methodCall() {
        methodCalls.run();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void boundMethodCall() {
        boundMethodCalls.run();
    }
}
