package dev.pyheap.runtime.objects;

import dev.pyheap.api.alloc.MallocStatsReport;

import java.math.BigDecimal;
import java.util.function.LongConsumer;

/**
 * {@code float}: 24 bytes ({@code ob_refcnt}, {@code ob_type}, the IEEE double at +16), never
 * tracked. Dead floats go to a free list of up to 100 ({@code PyFloat_MAXFREELIST}), emptied by a
 * full collection.
 */
public final class FloatType extends PyType {
    static final int SIZE = 24;
    static final int VALUE = 16;
    static final int FREE_LIST_SIZE = 100;

    final FreeList freeList = new FreeList(FREE_LIST_SIZE);

    FloatType(ObjectSpace space) {
        super(space, "float", null, BASETYPE | IMMUTABLETYPE, SIZE, 0);
        defineMethod("__format__", (self, args) -> space.strType.runtime(
                Formatter.format(space, self, space.strType.value(Args.one("float.__format__", args)))));
        defineMethod("is_integer", (self, args) -> {
            Args.none("float.is_integer", args);
            double d = value(self);
            return space.newBool(!Double.isInfinite(d) && d == Math.rint(d));
        });
    }

    /** {@code PyFloat_FromDouble}: a new reference. */
    /** {@code float_new}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long r = Constructors.newFloat(space, args, kwargs);
        if (subtype == this) {
            return r;
        }
        try {
            long copy = create(value(r));
            return copy;
        } finally {
            space.decref(r);
        }
    }

        /** {@code PyFloat_Check}: a float or an instance of a subclass. */
    public boolean check(long o) {
        return space.typeOf(o).isSubtypeOf(this);
    }

    /** {@code PyFloat_CheckExact}. */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    public long create(double value) {
        long o = freeList.poll();
        if (o != 0) {
            memory.putLong(o + Layout.OB_REFCNT, 1);
        } else {
            o = space.newObject(this, SIZE);
        }
        memory.putLong(o + VALUE, Double.doubleToRawLongBits(value));
        return o;
    }

    public double value(long o) {
        return Double.longBitsToDouble(memory.getLong(o + VALUE));
    }

    @Override
    public void dealloc(long o) {
        if (!freeList.offer(o)) {
            space.freeObject(o);
        }
    }

    @Override
    public void forEachFreeListEntry(LongConsumer visitor) {
        freeList.forEach(visitor);
    }

    @Override
    public void clearFreeList() {
        freeList.drain(space::freeObject);
    }

    @Override
    public void debugMallocStats(StringBuilder out) {
        MallocStatsReport.freeListLine(out, "free PyFloatObject", freeList.size(), SIZE);
    }

    @Override
    public long hash(long o) {
        return Hashing.ofDouble(value(o), o);
    }

    /**
     * {@code float_richcompare}: against a float, IEEE comparison (NaN is unequal to everything);
     * against an int, exactly, however large the int (no rounding of either).
     */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        double x = value(a);
        PyType other = space.typeOf(b);
        if (other == this) {
            double y = value(b);
            boolean r = switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            };
            return space.newBool(r);
        }
        if (!other.hasFlag(LONG_SUBCLASS)) {
            return space.newNotImplemented();
        }
        if (Double.isNaN(x)) {
            return space.newBool(op == CompareOp.NE);
        }
        if (Double.isInfinite(x)) {
            return space.newBool(op.holds(x > 0 ? 1 : -1));
        }
        IntType ints = (IntType) other;
        int cmp;
        if (ints.fitsLong(b) && Math.abs(ints.longValue(b)) < (1L << 53)) {
            cmp = Double.compare(x, (double) ints.longValue(b));
            if (x == 0.0) {
                cmp = ints.isTrue(b) ? -Long.signum(ints.longValue(b)) : 0; // -0.0 == 0
            }
        } else {
            cmp = new BigDecimal(x).compareTo(new BigDecimal(ints.bigValue(b)));
        }
        return space.newBool(op.holds(cmp));
    }

    @Override
    public boolean isTrue(long o) {
        return value(o) != 0.0;
    }

    @Override
    protected java.util.List<String> slotWrappers() {
        return SlotWrappers.NUMBER;
    }

    @Override
    public String repr(long o) {
        return repr(value(o));
    }

    /**
     * {@code float_repr}: the shortest digits that round-trip (Java's {@code Double.toString} finds
     * the same ones), placed as CPython's {@code 'r'} format places them: positional while the
     * decimal point falls within -4 .. 16 of the digits, else {@code d.ddde+XX}.
     */
    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0.0" : "0.0";
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        String sign = v < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return sign + "0." + "0".repeat(-decpt) + digits;
            }
            if (decpt >= digits.length()) {
                return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
            }
            return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int exp = decpt - 1;
        return sign + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    @Override
    public Object javaValue(long o) {
        return value(o);
    }
}
