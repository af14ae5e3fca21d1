package dev.pyheap.interpreter.builtins;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.objects.MethodDescrType;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recorded calling conventions of CPython's C module functions, and the errors they give a Java module function. */
class FunctionFlagsTest {
    @Test
    void recordedConventions() {
        assertEquals(MethodDescrType.METH_O, FunctionFlags.of("math", "sqrt"));
        assertEquals(MethodDescrType.METH_NOARGS, FunctionFlags.of("time", "time"));
        assertEquals(MethodDescrType.METH_VARARGS, FunctionFlags.of("math", "log"));
        assertEquals(MethodDescrType.METH_FASTCALL, FunctionFlags.of("math", "atan2"));
        assertEquals(MethodDescrType.METH_FASTCALL | MethodDescrType.METH_KEYWORDS, FunctionFlags.of("builtins", "print"));
        assertEquals(-1, FunctionFlags.of("math", "no_such_function"));
        assertEquals(-1, FunctionFlags.of(null, "sqrt"));
    }

    @Test
    void callsTheConventionCannotCarryAreRefusedInCPythonsWords() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String source = """
                import math, time, gc
                for call in ["math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "time.time(1)", "time.time(x=1)",
                             "math.atan2(y=1, x=2)", "math.atan2(1)", "math.log(x=1)", "len()", "len([], x=1)",
                             "gc.isenabled(None)"]:
                    try:
                        eval(call)
                    except TypeError as e:
                        print(e)
                """;
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", "generational")));
             PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            new Runner(heap, o, e).run(new Runner.Program("<string>", source.getBytes(StandardCharsets.UTF_8), null), List.of("-c"));
        }
        assertEquals("""
                math.sqrt() takes exactly one argument (0 given)
                math.sqrt() takes exactly one argument (2 given)
                math.sqrt() takes no keyword arguments
                time.time() takes no arguments (1 given)
                time.time() takes no keyword arguments
                math.atan2() takes no keyword arguments
                atan2 expected 2 arguments, got 1
                log() takes no keyword arguments
                len() takes exactly one argument (0 given)
                len() takes no keyword arguments
                gc.isenabled() takes no arguments (1 given)
                """, out.toString(), err.toString());
    }
}
