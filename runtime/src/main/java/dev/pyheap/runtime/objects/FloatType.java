package dev.pyheap.runtime.objects;

import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.runtime.PyException;

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
        if (!checkExact(o) || !freeList.offer(o)) { // a subclass's instance is never kept
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

    // ================================================================== number slots (float_as_number)

    /**
     * {@code float_add}, {@code float_mul}, ... : either operand a float, the other a float or an
     * int ({@code CONVERT_TO_DOUBLE}: an int too large is an OverflowError); else NotImplemented.
     */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        PyType tv = space.typeOf(v), tw = space.typeOf(w);
        if (!(tv == this || tv.isSubtypeOf(this) || tv.hasFlag(LONG_SUBCLASS))
                || !(tw == this || tw.isSubtypeOf(this) || tw.hasFlag(LONG_SUBCLASS))) {
            return space.newNotImplemented();
        }
        double a = tv.hasFlag(LONG_SUBCLASS) ? space.intType.toDouble(v) : value(v);
        double b = tw.hasFlag(LONG_SUBCLASS) ? space.intType.toDouble(w) : value(w);
        return switch (op) {
            case ADD -> create(a + b);
            case SUBTRACT -> create(a - b);
            case MULTIPLY -> create(a * b);
            case TRUE_DIVIDE -> {
                if (b == 0.0) {
                    throw new PyException("ZeroDivisionError", "float division by zero");
                }
                yield create(a / b);
            }
            case FLOOR_DIVIDE -> {
                if (b == 0.0) {
                    throw new PyException("ZeroDivisionError", "float floor division by zero");
                }
                yield create(floorDivide(a, b));
            }
            case REMAINDER -> {
                if (b == 0.0) {
                    throw new PyException("ZeroDivisionError", "float modulo");
                }
                yield create(modulo(a, b));
            }
            case POWER -> power(a, b);
            default -> space.newNotImplemented();
        };
    }

    /** {@code float_rem}'s result: the sign of the divisor, {@code fmod} adjusted. */
    public static double modulo(double a, double b) {
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** {@code float_floor_div}'s quotient ({@code _float_div_mod}): consistent with {@link #modulo}. */
    public static double floorDivide(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0.0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return floor;
    }

    /** {@code float_pow} for two doubles, with C99's special cases as CPython spells them. A new float. */
    public long power(double iv, double iw) {
        if (iw == 0.0) {
            return create(1.0);
        }
        if (Double.isNaN(iv)) {
            return create(iv);
        }
        if (Double.isNaN(iw)) {
            return create(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            return create(av == 1.0 ? 1.0 : (iw > 0) == (av > 1.0) ? Math.abs(iw) : 0.0);
        }
        boolean odd = Math.abs(Math.IEEEremainder(iw, 2.0)) == 1.0;
        if (Double.isInfinite(iv)) {
            return create(iw > 0 ? (odd ? iv : Math.abs(iv)) : (odd ? Math.copySign(0.0, iv) : 0.0));
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                throw new PyException("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            }
            return create(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return create(Math.pow(iv, iw)); // CPython answers a complex here; there is no complex type yet
            }
            iv = -iv;
            negate = odd;
        }
        if (iv == 1.0) {
            return create(negate ? -1.0 : 1.0);
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "(34, 'Numerical result out of range')");
        }
        return create(negate ? -r : r);
    }

    /** {@code float_neg}, {@code float_pos} (an exact float itself), {@code float_abs}; no {@code ~}. */
    @Override
    public long unaryOp(long o, UnaryOp op) {
        double x = value(o);
        return switch (op) {
            case NEGATIVE -> create(-x);
            case POSITIVE -> space.typeOf(o) == this ? space.newRef(o) : create(x);
            case ABSOLUTE -> create(Math.abs(x));
            case INVERT -> 0;
        };
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
