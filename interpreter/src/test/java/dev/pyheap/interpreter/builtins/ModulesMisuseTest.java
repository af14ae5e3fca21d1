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
 * What CPython would crash on, the modules refuse with a Python error: ctypes reading or writing
 * an address that is not memory of the heap, or reading an object back from an address that holds none.
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

    private static Result runOn(String memory, String source) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit;
        try (PyHeap heap = PyHeap.open(Configuration.of(Map.of("collector", "generational", "memory", memory)));
             PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = new Runner(heap, o, e).run(new Runner.Program("<string>", source.getBytes(StandardCharsets.UTF_8), null),
                    List.of("-c"));
        }
        return new Result(exit, out.toString(), err.toString());
    }

    /** Checked memory's addresses are not the process's: C is never given one, and what needs none still works. */
    @Test
    void foreignCallsWithHeapPointersAreRefusedOnCheckedMemory() {
        String source = """
                import ctypes
                libc = ctypes.CDLL(None)
                print(libc.abs(-4))
                try:
                    print(libc.strlen(b"four"))
                except ValueError as e:
                    print(str(e).startswith("ctypes: argument 1 is 0x"), "memory=native" in str(e))
                print(ctypes.pythonapi.PyList_Size(ctypes.py_object([1, 2])))
                """;
        Result checked = runOn("checked", source);
        assertEquals("4\nTrue True\n2\n", checked.out(), checked.err());
        Result usable = runOn("native", source);
        assertEquals("4\n4\n2\n", usable.out(), usable.err());
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

    @Test
    void writesAndStructuresOutsideTheHeapAreValueErrors() {
        Result r = run("""
                import ctypes

                class Header(ctypes.Structure):
                    _fields_ = [("refcnt", ctypes.c_ssize_t), ("type", ctypes.c_void_p)]

                def attempt(action):
                    try:
                        action()
                    except ValueError as e:
                        print(e)

                attempt(lambda: Header.from_address(0x20).type)
                attempt(lambda: setattr(ctypes.c_int.from_address(0x30), "value", 1))
                attempt(lambda: ctypes.memset(0x40, 0, 8))
                attempt(lambda: ctypes.memmove(ctypes.create_string_buffer(8), 0x50, 8))
                attempt(lambda: ctypes.string_at(0x60))
                attempt(lambda: ctypes.POINTER(ctypes.c_int)()[0])
                x = [1]
                print(Header.from_address(id(x)).type == id(list))
                """);
        assertEquals("""
                ctypes: address 0x28 is not memory of this heap (reading it would crash CPython)
                ctypes: address 0x30 is not memory of this heap (writing it would crash CPython)
                ctypes: address 0x40 is not memory of this heap (writing it would crash CPython)
                ctypes: address 0x50 is not memory of this heap (reading it would crash CPython)
                ctypes: address 0x60 is not memory of this heap (reading it would crash CPython)
                NULL pointer access
                True
                """, r.out(), r.err());
        assertEquals(0, r.exit());
    }
}
