package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.parser.PythonParser;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled form of a module: what is loaded is what was compiled, and anything else loads as nothing. */
class CodeMarshalTest {
    /** Every kind of constant the compiler makes, nested code of every kind, constants shared between functions. */
    private static final String SOURCE = """
            import sys
            a = (None, ..., True, False, 0, -5, 255, 2**63 - 1, -2**63, 2**100, -(2**70), 0.0, -0.0, 1.5, 1e300)
            b = (1j, 2.5 - 3j, 'text', '', 'caf\\u00e9 \\U0001f600', '\\ud800', b'', b'\\x00\\xff', (1, ('x', 2.0)))
            def f(p, /, q=1, *args, r, s=2, **kw):
                x = 'text'
                return lambda y: (x, y, p, 2**100)
            class C:
                attr = 'text'
                def m(self):
                    return [i * 2 for i in range(3) if i in {1, 2, 3}] + [frozenset({'a'})]
            def g():
                try:
                    yield from range(3)
                except (KeyError, ValueError) as e:
                    raise RuntimeError('x') from e
                finally:
                    pass
            print(f'{a!r:>10}', {k: v for k, v in zip('ab', 'cd')}, {x for x in 'ab'})
            """;

    private static Code compile(String source) {
        return Analysis.compile(PythonParser.parse(source, "<lib>/m.py", PythonParser.Mode.EXEC), "<lib>/m.py", 0,
                null);
    }

    private static byte[] bytes(String source) {
        return source.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whatIsLoadedIsWhatWasCompiledWithItsSharedConstants() {
        Code code = compile(SOURCE);
        Optional<Code> loaded = CodeMarshal.load(CodeMarshal.dump(code, bytes(SOURCE)), bytes(SOURCE));
        assertTrue(loaded.isPresent());
        assertEquals(CodeShape.of(code), CodeShape.of(loaded.get()));
        assertEquals(CodeShape.dis(code), CodeShape.dis(loaded.get()));
        // the shape sees sharing: 'text' is one object in three code objects
        assertTrue(CodeShape.of(code).contains("@"), "the compiler shares equal constants");
    }

    @Test
    void anotherSourceLoadsNothing() {
        byte[] data = CodeMarshal.dump(compile(SOURCE), bytes(SOURCE));
        assertFalse(CodeMarshal.load(data, bytes(SOURCE.replace("255", "256"))).isPresent(), "same length, other bytes");
        assertFalse(CodeMarshal.load(data, bytes(SOURCE + "\n")).isPresent(), "another length");
    }

    @Test
    void aCutShortOrDamagedFileLoadsNothingAndNeverThrows() {
        byte[] source = bytes(SOURCE);
        byte[] data = CodeMarshal.dump(compile(SOURCE), source);
        for (int length = 0; length < data.length; length += Math.max(1, length / 7)) {
            assertFalse(CodeMarshal.load(java.util.Arrays.copyOf(data, length), source).isPresent(), "cut at " + length);
        }
        for (int at = 0; at < data.length; at += 13) {
            byte[] damaged = data.clone();
            damaged[at] ^= 0x20;
            assertFalse(CodeMarshal.load(damaged, source).isPresent(), "byte " + at + " changed");
        }
        byte[] longer = java.util.Arrays.copyOf(data, data.length + 1);
        assertFalse(CodeMarshal.load(longer, source).isPresent(), "a byte after the body");
        assertFalse(CodeMarshal.load(new byte[0], source).isPresent());
    }

    @Test
    void anotherFormatVersionLoadsNothing() {
        byte[] source = bytes(SOURCE);
        byte[] data = CodeMarshal.dump(compile(SOURCE), source);
        assertEquals(CodeMarshal.FORMAT_VERSION, ByteBuffer.wrap(data).getInt(4));
        ByteBuffer.wrap(data).putInt(4, CodeMarshal.FORMAT_VERSION + 1);
        assertFalse(CodeMarshal.load(data, source).isPresent());
    }
}
