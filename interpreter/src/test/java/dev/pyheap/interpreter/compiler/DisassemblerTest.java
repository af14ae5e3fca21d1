package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.parser.PythonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lib/dis.py's output for our code objects: the whole recursive {@code dis.dis(code)} text (nested
 * code objects, jump targets, exception table, argument reprs) and {@code co_lines()} /
 * {@code co_positions()}, each as CPython 3.11.7 printed it for the same source (addresses masked).
 */
class DisassemblerTest {
    private static final String SOURCE = """
            def f(a, *, k=1):
                try:
                    return [x for x in a if x in {1, 2, 3}]
                except ValueError as e:
                    print(f"{e!r:>10}")
            """;

    private static Code module() {
        return Analysis.of(PythonParser.parseModule(SOURCE, "prog.py"), "prog.py", 0).code();
    }

    @Test
    void disOfAModuleEqualsCpythons() {
        String expected = """
              0           0 RESUME                   0
            
              1           2 LOAD_CONST               0 (1)
                          4 LOAD_CONST               1 (('k',))
                          6 BUILD_CONST_KEY_MAP      1
                          8 LOAD_CONST               2 (<code object f at 0x?, file "prog.py", line 1>)
                         10 MAKE_FUNCTION            2 (kwdefaults)
                         12 STORE_NAME               0 (f)
                         14 LOAD_CONST               3 (None)
                         16 RETURN_VALUE
            
            Disassembly of <code object f at 0x?, file "prog.py", line 1>:
              1           0 RESUME                   0
            
              2           2 NOP
            
              3           4 LOAD_CONST               1 (<code object <listcomp> at 0x?, file "prog.py", line 3>)
                          6 MAKE_FUNCTION            0
                          8 LOAD_FAST                0 (a)
                         10 GET_ITER
                         12 PRECALL                  0
                         16 CALL                     0
                         26 RETURN_VALUE
                    >>   28 PUSH_EXC_INFO
            
              4          30 LOAD_GLOBAL              0 (ValueError)
                         42 CHECK_EXC_MATCH
                         44 POP_JUMP_FORWARD_IF_FALSE    28 (to 102)
                         46 STORE_FAST               2 (e)
            
              5          48 LOAD_GLOBAL              3 (NULL + print)
                         60 LOAD_FAST                2 (e)
                         62 LOAD_CONST               2 ('>10')
                         64 FORMAT_VALUE             6 (repr, with format)
                         66 PRECALL                  1
                         70 CALL                     1
                         80 POP_TOP
                         82 POP_EXCEPT
                         84 LOAD_CONST               0 (None)
                         86 STORE_FAST               2 (e)
                         88 DELETE_FAST              2 (e)
                         90 LOAD_CONST               0 (None)
                         92 RETURN_VALUE
                    >>   94 LOAD_CONST               0 (None)
                         96 STORE_FAST               2 (e)
                         98 DELETE_FAST              2 (e)
                        100 RERAISE                  1
            
              4     >>  102 RERAISE                  0
                    >>  104 COPY                     3
                        106 POP_EXCEPT
                        108 RERAISE                  1
            ExceptionTable:
              4 to 24 -> 28 [0]
              28 to 46 -> 104 [1] lasti
              48 to 80 -> 94 [1] lasti
              94 to 102 -> 104 [1] lasti
            
            Disassembly of <code object <listcomp> at 0x?, file "prog.py", line 3>:
              3           0 RESUME                   0
                          2 BUILD_LIST               0
                          4 LOAD_FAST                0 (.0)
                    >>    6 FOR_ITER                 8 (to 24)
                          8 STORE_FAST               1 (x)
                         10 LOAD_FAST                1 (x)
                         12 LOAD_CONST               0 (frozenset({1, 2, 3}))
                         14 CONTAINS_OP              0
                         16 POP_JUMP_BACKWARD_IF_FALSE     6 (to 6)
                         18 LOAD_FAST                1 (x)
                         20 LIST_APPEND              2
                         22 JUMP_BACKWARD            9 (to 6)
                    >>   24 RETURN_VALUE
            """;
        assertEquals(expected, Disassembler.dis(module()).replaceAll(" at 0x[0-9a-f]+", " at 0x?"));
    }

    @Test
    void linesAndPositions() {
        Code f = (Code) module().consts().get(2);
        List<int[]> lines = Disassembler.lines(f);
        assertEquals("[[0, 2, 1], [2, 4, 2], [4, 6, 3], [6, 8, 3], [8, 10, 3], [10, 12, 3], [12, 16, 3], [16, 26, 3], [26, 28, 3], [28, 30, None], [30, 42, 4], [42, 44, 4], [44, 46, 4], [46, 48, 4], [48, 60, 5], [60, 62, 5], [62, 64, 5], [64, 66, 5], [66, 70, 5], [70, 80, 5], [80, 82, 5], [82, 84, 5], [84, 86, 5], [86, 88, 5], [88, 90, 5], [90, 92, 5], [92, 94, 5], [94, 96, None], [96, 98, None], [98, 100, None], [100, 102, None], [102, 104, 4], [104, 106, None], [106, 108, None], [108, 110, None]]".replace("None", "-1").replace(" ", ""),
                lines.stream().map(java.util.Arrays::toString).toList().toString().replace(" ", ""));
        assertEquals("[(1, 1, 0, 0), (2, 5, 4, 27), (3, 3, 15, 47), (3, 3, 15, 47), (3, 3, 27, 28), (3, 3, 15, 47)]".replace("None", "-1"),
                Disassembler.positions(f).subList(0, 6).stream().map(p -> "(" + p.lineno() + ", " + p.endLineno() + ", "
                        + p.col() + ", " + p.endCol() + ")").toList().toString());
    }

    @Test
    void intFrozensetsPrintInSetOrder() {
        assertEquals("frozenset({8, 1, 2})", Disassembler.constRepr(new ConstantFrozenset(List.of(1L, 2L, 8L))));
        assertEquals("frozenset({16, 1})", Disassembler.constRepr(new ConstantFrozenset(List.of(1L, 16L))));
        assertEquals("frozenset({-1, -2})", Disassembler.constRepr(new ConstantFrozenset(List.of(-1L, -2L))));
        assertEquals("frozenset({-2, -1})", Disassembler.constRepr(new ConstantFrozenset(List.of(-2L, -1L))));
    }
}
