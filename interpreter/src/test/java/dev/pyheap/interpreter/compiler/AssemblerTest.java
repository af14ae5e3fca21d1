package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assembler's parts: the exception table's varint entries, the location table's five entry
 * forms (and their decoding by {@link Disassembler}), instruction sizes with EXTENDED_ARG and
 * caches, and co_stacksize; expected bytes and numbers are CPython 3.11.7's for the same input.
 */
class AssemblerTest {
    private static Code function(String src) {
        Mod.Module m = PythonParser.parseModule(src, "p");
        return (Code) Analysis.of(m, "p", 0).code().consts().stream().filter(c -> c instanceof Code).findFirst()
                .orElseThrow();
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void exceptionTableEntryIsFourVarints() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Assembler.writeExceptionEntry(out, 2, 17, 19, 0, false);
        Assembler.writeExceptionEntry(out, 19, 29, 55, 1, true);
        assertEquals("820f1300930a3703", hex(out.toByteArray()));
    }

    @Test
    void exceptionTableValuesTakeSixBitsPerByteMostSignificantFirst() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Assembler.writeExceptionItem(out, 63, 0);
        Assembler.writeExceptionItem(out, 64, 128);
        Assembler.writeExceptionItem(out, 4096, 0);
        Assembler.writeExceptionItem(out, (1 << 24) + 5, 0);
        assertEquals("3f" + "c100" + "414000" + "4140404005", hex(out.toByteArray()));
    }

    @Test
    void exceptionTableDecodesBackAsDisReadsIt() {
        Code co = function("def f(x):\n    try:\n        g(x)\n    except E as e:\n        h(e)\n");
        assertEquals("820f1300930a37039d0f3203b2053703", hex(co.exceptiontable()));
        assertEquals(List.of(new Disassembler.ExceptionEntry(4, 34, 38, 0, false),
                new Disassembler.ExceptionEntry(38, 58, 110, 1, true),
                new Disassembler.ExceptionEntry(58, 88, 100, 1, true),
                new Disassembler.ExceptionEntry(100, 110, 110, 1, true)), Disassembler.exceptionEntries(co));
    }

    private static String locations(int firstlineno, Instr... instrs) {
        Assembler.LocationWriter w = new Assembler.LocationWriter(firstlineno);
        for (Instr i : instrs) {
            w.emit(i);
        }
        return hex(w.out.toByteArray());
    }

    private static Instr at(int op, int oparg, int line, int endLine, int col, int endCol) {
        return new Instr(op, oparg, null, line, endLine, col, endCol);
    }

    @Test
    void locationTableForms() {
        // short form (same line, column < 80, width < 16): code = column / 8, then column % 8 and width
        assertEquals("8045", locations(1, at(Opcode.NOP, 0, 1, 1, 4, 9)));
        // one-line form: line delta 1, columns in a byte each
        assertEquals("d80b0c", locations(1, at(Opcode.NOP, 0, 2, 2, 11, 12)));
        // no columns: code 13 and the signed line delta
        assertEquals("e803", locations(1, at(Opcode.NOP, 0, 0, 0, -1, -1)));
        // long form: code 14, signed line delta, end line delta, columns + 1 (varints, low 6 bits first)
        assertEquals("f00a02420201", locations(1, at(Opcode.NOP, 0, 6, 8, 129, 0)));
        // no location: code 15
        assertEquals("f8", locations(1, at(Opcode.NOP, 0, -1, -1, -1, -1)));
        // LOAD_GLOBAL with its 5 caches is 6 code units: one entry of length 6
        assertEquals("9545", locations(1, at(Opcode.LOAD_GLOBAL, 0, 1, 1, 20, 25)));
        // LOAD_METHOD with 10 caches: 11 code units in entries of 8 and 3
        assertEquals("8745" + "8245", locations(1, at(Opcode.LOAD_METHOD, 0, 1, 1, 4, 9)));
    }

    @Test
    void locationTableDecodesToPositions() {
        Code co = function("def f(a, b, c):\n    return a + b * c\n");
        assertEquals("8000d80b0c8871903189758939d00414", hex(co.linetable()));
        List<Disassembler.Position> p = Disassembler.positions(co);
        assertEquals(new Disassembler.Position(1, 1, 0, 0), p.get(0));
        assertEquals(new Disassembler.Position(2, 2, 11, 12), p.get(1));
        assertEquals(new Disassembler.Position(2, 2, 4, 20), p.get(p.size() - 1));
        assertEquals(co.code().length / 2, p.size());
    }

    @Test
    void instructionSizesCountExtendedArgsAndCaches() {
        assertEquals(1, at(Opcode.LOAD_FAST, 255, 1, 1, 0, 0).size());
        assertEquals(2, at(Opcode.LOAD_FAST, 256, 1, 1, 0, 0).size());
        assertEquals(3, at(Opcode.LOAD_FAST, 65536, 1, 1, 0, 0).size());
        assertEquals(4, at(Opcode.LOAD_FAST, 1 << 24, 1, 1, 0, 0).size());
        assertEquals(1 + 5, at(Opcode.LOAD_GLOBAL, 0, 1, 1, 0, 0).size());
        assertEquals(2 + 10, at(Opcode.LOAD_METHOD, 300, 1, 1, 0, 0).size());
        assertEquals(1, at(Opcode.POP_TOP, 1000, 1, 1, 0, 0).size(), "an argument-less opcode ignores its oparg");
    }

    @Test
    void extendedArgPrefixesTheInstruction() {
        StringBuilder src = new StringBuilder("def f():\n    return (");
        for (int i = 0; i < 300; i++) {
            src.append(i == 0 ? "" : ", ").append("a").append(i).append(" + 1");
        }
        src.append(")\n");
        Code co = function(src.toString());
        String code = hex(co.code());
        // LOAD_GLOBAL of name 256 (oparg 512): EXTENDED_ARG 2, LOAD_GLOBAL 0
        assertEquals(true, code.contains("9002" + "7400"), code);
    }

    @Test
    void stackDepthIsTheDeepestPath() {
        assertEquals(3, function("def f(a, b, c):\n    return a + b * c\n").stacksize());
        assertEquals(4, function("def f(x):\n    try:\n        g(x)\n    except E as e:\n        h(e)\n").stacksize());
        assertEquals(2, function("def f(*a):\n    return [x for x in a]\n").stacksize());
        assertEquals(1, function("def f():\n    yield 1\n").stacksize());
    }

    @Test
    void generatorPrefixAndCells() {
        Code gen = function("def f():\n    yield 1\n");
        assertArrayEquals(new byte[] {(byte) Opcode.RETURN_GENERATOR, 0, (byte) Opcode.POP_TOP, 0,
            (byte) Opcode.RESUME, 0}, java.util.Arrays.copyOf(gen.code(), 6));
        assertEquals("e800e8008000d80a0b80478047804780478047", hex(gen.linetable()));
        Code closure = function("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
        assertEquals(List.of("a", "g", "b"), closure.localsplusnames());
        assertEquals(List.of("a", "b"), closure.cellvars());
        assertEquals(List.of("a", "g"), closure.varnames());
        assertEquals(Code.CO_FAST_LOCAL | Code.CO_FAST_CELL, closure.localspluskinds()[0]);
        assertEquals(Code.CO_FAST_LOCAL, closure.localspluskinds()[1]);
        assertEquals(Code.CO_FAST_CELL, closure.localspluskinds()[2]);
        Code inner = (Code) closure.consts().stream().filter(c -> c instanceof Code).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), inner.freevars());
        assertEquals(Code.CO_OPTIMIZED | Code.CO_NEWLOCALS | Code.CO_NESTED, inner.flags());
    }
}
