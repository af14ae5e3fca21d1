package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantTuple;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A code object written out whole, for comparing two of them: every field of every nested code object,
 * every constant with its Java type and exact value (a double's bits, a string's UTF-16 units), and
 * which constants are one Java object ({@code @N}: the object first met as number N), since the
 * evaluator makes one heap object per Java object.
 */
public final class CodeShape {
    private final StringBuilder out = new StringBuilder();
    private final Map<Object, Integer> seen = new IdentityHashMap<>();

    private CodeShape() {
    }

    public static String of(Code code) {
        CodeShape shape = new CodeShape();
        shape.object(code);
        return shape.out.toString();
    }

    /** {@code dis.dis(code)}'s text without the nested code objects' addresses (Java identity hashes here). */
    public static String dis(Code code) {
        return Disassembler.dis(code).replaceAll(" at 0x[0-9a-f]+", " at 0x...");
    }

    private void object(Object o) {
        if (o == null || o instanceof Boolean || o instanceof Enum<?>) {
            out.append(o).append(' ');
            return;
        }
        Integer index = seen.get(o);
        if (index != null) {
            out.append('@').append(index).append(' ');
            return;
        }
        seen.put(o, seen.size());
        switch (o) {
            case Integer i -> out.append("Integer(").append(i).append(") ");
            case Long l -> out.append("Long(").append(l).append(") ");
            case BigInteger b -> out.append("BigInteger(").append(b).append(") ");
            case Double d -> out.append("Double(").append(Long.toHexString(Double.doubleToRawLongBits(d))).append(") ");
            case Complex c -> out.append("Complex(").append(Long.toHexString(Double.doubleToRawLongBits(c.real())))
                    .append(',').append(Long.toHexString(Double.doubleToRawLongBits(c.imag()))).append(") ");
            case String s -> out.append("String(").append(HexFormat.of().formatHex(s.getBytes(
                    java.nio.charset.StandardCharsets.UTF_16BE))).append(") ");
            case byte[] b -> out.append("bytes(").append(HexFormat.of().formatHex(b)).append(") ");
            case ConstantTuple t -> items("tuple", t.elts());
            case ConstantFrozenset f -> items("frozenset", f.elts());
            case Code c -> {
                out.append("code{");
                object(c.filename());
                object(c.name());
                object(c.qualname());
                out.append(c.flags()).append(' ').append(HexFormat.of().formatHex(c.code())).append(' ')
                        .append(c.firstlineno()).append(' ').append(HexFormat.of().formatHex(c.linetable())).append(' ')
                        .append(HexFormat.of().formatHex(c.exceptiontable())).append(' ');
                items("consts", c.consts());
                items("names", c.names());
                items("localsplus", c.localsplusnames());
                out.append(HexFormat.of().formatHex(c.localspluskinds())).append(' ').append(c.argcount()).append(' ')
                        .append(c.posonlyargcount()).append(' ').append(c.kwonlyargcount()).append(' ')
                        .append(c.stacksize()).append("}\n");
            }
            default -> throw new AssertionError("a constant of kind " + o.getClass());
        }
    }

    private void items(String kind, List<?> items) {
        out.append(kind).append('[');
        for (Object item : items) {
            object(item);
        }
        out.append("] ");
    }
}
