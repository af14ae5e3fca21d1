package dev.pyheap.runtime.objects;

/**
 * The binary operators of the number protocol, in the order of CPython 3.11's {@code NB_*}
 * constants (the oparg of {@code BINARY_OP}: {@code oparg < 13} is the operator, {@code oparg - 13}
 * its in-place form), each with its symbol and the special methods a class defines for it; then
 * {@code nb_divmod}, a binary slot of the same protocol that only {@code divmod()} reaches
 * ({@code PyNumber_Divmod}): no oparg and no in-place form.
 */
public enum BinaryOp {
    ADD("+", "add"),
    AND("&", "and"),
    FLOOR_DIVIDE("//", "floordiv"),
    LSHIFT("<<", "lshift"),
    MATRIX_MULTIPLY("@", "matmul"),
    MULTIPLY("*", "mul"),
    REMAINDER("%", "mod"),
    OR("|", "or"),
    POWER("**", "pow"),
    RSHIFT(">>", "rshift"),
    SUBTRACT("-", "sub"),
    TRUE_DIVIDE("/", "truediv"),
    XOR("^", "xor"),
    DIVMOD("divmod()", "divmod");

    private static final BinaryOp[] VALUES = values();
    /** {@code BINARY_OP}'s first in-place oparg ({@code NB_INPLACE_ADD}). */
    public static final int INPLACE = 13;

    private final String symbol;
    /** {@code __add__}, {@code __radd__}, {@code __iadd__} (null for {@link #DIVMOD}, which has no in-place form). */
    public final String method;
    public final String reflected;
    public final String inplace;

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.method = "__" + stem + "__";
        this.reflected = "__r" + stem + "__";
        this.inplace = stem.equals("divmod") ? null : "__i" + stem + "__";
    }

    /** The operator of {@code BINARY_OP oparg}, in-place or not. */
    public static BinaryOp ofOparg(int oparg) {
        return VALUES[oparg < INPLACE ? oparg : oparg - INPLACE];
    }

    /** {@code +}, as {@code unsupported operand type(s) for +: 'int' and 'str'} prints it. */
    public String symbol() {
        return symbol;
    }

    /** {@code +=}. */
    public String inplaceSymbol() {
        return symbol + "=";
    }
}
