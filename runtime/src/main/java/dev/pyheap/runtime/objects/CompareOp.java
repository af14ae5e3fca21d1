package dev.pyheap.runtime.objects;

/**
 * The six rich comparisons, CPython's {@code Py_LT} ... {@code Py_GE} (in that order, so
 * {@link #ordinal()} is CPython's op number), with the operator a TypeError names and the
 * reflected operation {@code do_richcompare} tries on the right operand ({@code _Py_SwappedOp}).
 */
public enum CompareOp {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    /** {@code <}, {@code ==}, ...: as {@code '<' not supported between instances of ...} prints it. */
    public String symbol() {
        return symbol;
    }

    /** {@code _Py_SwappedOp}: the operation that {@code b op' a} must perform to answer {@code a op b}. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** {@code Py_RETURN_RICHCOMPARE}: the answer for two values whose comparison is {@code cmp} (negative, 0, positive). */
    public boolean holds(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
