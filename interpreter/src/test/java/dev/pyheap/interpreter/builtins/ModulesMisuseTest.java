package dev.pyheap.interpreter.builtins;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.interpreter.run.Runner;
import dev.pyheap.runtime.PyHeap;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What CPython would crash on, the modules refuse with a Python error: ctypes reading an address
 * that is not memory of the heap, or reading an object back from an address that holds none.
 */
class ModulesMisuseTest {
    private record Result(int exit, String out, String err) {
    }

    private static Result run(String source) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit;
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", "generational")));
             PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = new Runner(heap, o, e).run(new Runner.Program("<string>", source.getBytes(StandardCharsets.UTF_8), null),
                    List.of("-c"));
        }
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void fromAddressOfUnmappedMemoryIsAValueError() {
        Result r = run("""
                import ctypes
                try:
                    ctypes.c_long.from_address(16).value
                except ValueError as e:
                    print(e)
                """);
        assertEquals("ctypes: address 0x10 is not memory of this heap (reading it would crash CPython)\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void castOfAnAddressWithoutAnObjectIsAValueError() {
        Result r = run("""
                import ctypes
                x = [1, 2]
                for address in (16, id(x) + 8):
                    try:
                        ctypes.cast(address, ctypes.py_object).value
                    except ValueError as e:
                        print(str(e).endswith("is not the address of a live object of this heap"))
                print(ctypes.cast(id(x), ctypes.py_object).value)
                """);
        assertEquals("True\nTrue\n[1, 2]\n", r.out(), r.err());
    }
}
