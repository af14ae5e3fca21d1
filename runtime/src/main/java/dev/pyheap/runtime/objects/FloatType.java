package dev.pyheap.runtime.objects;

import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.runtime.PyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.LongConsumer;

/**
 * {@code float}: 24 bytes ({@code ob_refcnt}, {@code ob_type}, the IEEE double at +16), never
 * tracked. Dead floats go to a free list of up to 100 ({@code PyFloat_MAXFREELIST}), emptied by a
 * full collection.
 */
public final class FloatType extends PyType {
    /** The slot structs CPython's static type declares: float_as_number. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER;
    }

    static final int SIZE = 24;
    static final int VALUE = 16;
    static final int FREE_LIST_SIZE = 100;

    final FreeList freeList = new FreeList(FREE_LIST_SIZE);
    /**
     * {@code pow(x, y)} of {@code float_pow}: the JDK's until a front end that may call the C
     * library hands over libm's ({@link #useLibmPow}), whose last bits CPython's are.
     */
    private java.util.function.DoubleBinaryOperator libmPow = Math::pow;

    /** The C library's {@code pow}, which {@code x ** y} then uses as CPython's {@code float_pow} does. */
    public void useLibmPow(java.util.function.DoubleBinaryOperator pow) {
        libmPow = pow;
    }

    FloatType(ObjectSpace space) {
        super(space, "float", null, BASETYPE | IMMUTABLETYPE | MATCH_SELF, SIZE, 0);
        defineMethod("__format__", (self, args) -> space.strType.runtime(
                Formatter.format(space, self, space.strType.value(Args.one("float.__format__", args)))));
        defineMethod("is_integer", (self, args) -> {
            Args.none("float.is_integer", args);
            double d = value(self);
            return space.newBool(!Double.isInfinite(d) && d == Math.rint(d));
        });
        defineMethod("conjugate", (self, args) -> {
            Args.none("float.conjugate", args);
            return exact(self);
        });
        defineMethod("__float__", (self, args) -> {
            Args.none("float.__float__", args);
            return exact(self);
        });
        // float___getformat___impl: this machine's doubles and floats are IEEE 754, little-endian
        defineClassMethod("__getformat__", (cls, args, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
                throw new PyException("TypeError", "float.__getformat__() takes no keyword arguments");
            }
            if (nargs != 2) {
                throw new PyException("TypeError", "float.__getformat__() takes exactly one argument (" + (nargs - 1)
                        + " given)");
            }
            long kind = memory.getLong(args + 8);
            if (!space.strType.check(kind)) {
                throw new PyException("TypeError", "__getformat__() argument must be str, not " + space.typeOf(kind).name);
            }
            String k = space.strType.value(kind);
            if (!k.equals("double") && !k.equals("float")) {
                throw new PyException("ValueError", "__getformat__() argument 1 must be 'double' or 'float'");
            }
            return space.strType.runtime("IEEE, little-endian");
        });
        defineMethod("__getnewargs__", (self, args) -> {
            Args.none("float.__getnewargs__", args);
            long v = create(value(self));
            try {
                return space.tupleType.create(v);
            } finally {
                space.decref(v);
            }
        });
        defineMethod("__int__", (self, args) -> {
            Args.none("float.__int__", args);
            return Constructors.fromDouble(space, value(self));
        });
        defineMethod("__trunc__", (self, args) -> {
            Args.none("float.__trunc__", args);
            return Constructors.fromDouble(space, value(self));
        });
        defineMethod("__floor__", (self, args) -> {
            Args.none("float.__floor__", args);
            return Constructors.fromDouble(space, Math.floor(value(self)));
        });
        defineMethod("__ceil__", (self, args) -> {
            Args.none("float.__ceil__", args);
            return Constructors.fromDouble(space, Math.ceil(value(self)));
        });
        defineMethod("__round__", (self, args) -> {
            Args.range("__round__", args, 0, 1);
            return round(self, args.length == 0 ? space.none : args[0]);
        });
        defineMethod("hex", (self, args) -> {
            Args.none("float.hex", args);
            return space.strType.runtime(hex(value(self)));
        });
        defineMethod("as_integer_ratio", (self, args) -> {
            Args.none("float.as_integer_ratio", args);
            BigInteger[] r = integerRatio(value(self));
            long n = space.intType.newInt(r[0]);
            long d = space.intType.newInt(r[1]);
            try {
                return space.tupleType.create(n, d);
            } finally {
                space.decref(n);
                space.decref(d);
            }
        });
    }

    /** {@code float.fromhex(string)}, a class method; the real and imag getters. */
    @Override
    protected void fillDict() {
        putClassMethod("fromhex", (self, args, nargs, kwnames) -> {
            CallArguments a = new CallArguments(space, "fromhex", args + 8, nargs - 1, kwnames).noKeywords("float.fromhex");
            if (a.nargs != 1) { // METH_O: named by the descriptor's qualified name
                throw new PyException("TypeError", "float.fromhex() takes exactly one argument (" + a.nargs + " given)");
            }
            long text = a.get(0);
            if (!space.strType.check(text)) {
                throw new PyException("TypeError", "fromhex() argument must be str, not " + space.typeOf(text).name);
            }
            long r = create(fromHex(space.strType.value(text)));
            long cls = memory.getLong(args);
            if (cls == typeObject()) {
                return r;
            }
            try {
                return Abstract.call(space, cls, new long[] {r});
            } finally {
                space.decref(r);
            }
        });
        GetSetDescrType gs = space.getSetDescrType;
        putInDict("real", gs.create(this, "real", this::exact, null));
        putInDict("imag", gs.create(this, "imag", o -> create(0.0), null));
    }

    /** {@code float_float}: {@code o} itself when an exact float, else a new float of its value. New reference. */
    long exact(long o) {
        return checkExact(o) ? space.newRef(o) : create(value(o));
    }

    /** {@code float_hex}: {@code [-]0xh.hhhhhhhhhhhhhp[+-]e}, thirteen hex digits after the point; a subnormal's leading digit is 0. */
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return repr(x);
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & ((1L << 52) - 1);
        int exponent = biased == 0 ? -1022 : biased - 1023;
        return sign + "0x" + (biased == 0 ? "0" : "1") + "." + String.format("%013x", fraction) + "p"
                + (exponent >= 0 ? "+" : "") + exponent;
    }

    /**
     * {@code float_fromhex}: an optional sign, {@code inf}, {@code infinity} or {@code nan}, or hex
     * digits with an optional point and {@code 0x}, then an optional binary exponent {@code p[+-]N};
     * surrounding whitespace. Correctly rounded (half to even), subnormals included.
     */
    public static double fromHex(String text) {
        String s = text.strip();
        PyException invalid = new PyException("ValueError", "invalid hexadecimal floating-point string");
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (lower.startsWith("0x")) {
            lower = lower.substring(2);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9a-f]*)(?:\\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?")
                .matcher(lower);
        if (!m.matches() || (m.group(1).isEmpty() && (m.group(2) == null || m.group(2).isEmpty()))) {
            throw invalid;
        }
        String fraction = m.group(2) == null ? "" : m.group(2);
        BigInteger mantissa = new BigInteger("0" + m.group(1) + fraction, 16);
        BigInteger exp = m.group(3) == null ? BigInteger.ZERO : new BigInteger(m.group(3));
        double r = mantissa.signum() == 0 ? 0.0 : scaleRounded(mantissa, exp.subtract(BigInteger.valueOf(4L * fraction.length())));
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "hexadecimal value too large to represent as a float");
        }
        return negative ? -r : r;
    }

    /** {@code mantissa * 2**exp} (mantissa positive) rounded half to even to a double; infinity when too large. */
    private static double scaleRounded(BigInteger mantissa, BigInteger exp) {
        int length = mantissa.bitLength();
        BigInteger top = exp.add(BigInteger.valueOf(length - 1)); // the exponent of the leading bit
        if (top.compareTo(BigInteger.valueOf(1024)) >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (top.compareTo(BigInteger.valueOf(-1080)) < 0) {
            return 0.0;
        }
        int precision = Math.min(53, top.intValue() + 1075); // fewer bits below the normal range
        int shift = length - precision;
        BigInteger kept = mantissa;
        if (shift > 0) {
            kept = mantissa.shiftRight(shift);
            BigInteger rest = mantissa.subtract(kept.shiftLeft(shift));
            int half = rest.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(shift));
            if (half > 0 || half == 0 && kept.testBit(0)) {
                kept = kept.add(BigInteger.ONE);
            }
        }
        long e = exp.longValue() + Math.max(shift, 0);
        double d = kept.doubleValue(); // at most 54 bits: exact
        return e < -2000 ? 0.0 : Math.scalb(Math.scalb(d, (int) Math.max(e, -1000)), (int) (e - Math.max(e, -1000)));
    }

    /** {@code float_as_integer_ratio}: the exact value as numerator and positive denominator, in lowest terms. */
    static BigInteger[] integerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw new PyException("OverflowError", "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw new PyException("ValueError", "cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = (bits & ((1L << 52) - 1)) | (biased == 0 ? 0 : 1L << 52);
        int e = (biased == 0 ? -1022 : biased - 1023) - 52;
        int tz = Math.min(Long.numberOfTrailingZeros(m), Math.max(-e, 0));
        m >>= tz;
        e += tz;
        BigInteger n = BigInteger.valueOf(x < 0 ? -m : m);
        return e >= 0 ? new BigInteger[] {n.shiftLeft(e), BigInteger.ONE} : new BigInteger[] {n, BigInteger.ONE.shiftLeft(-e)};
    }

    /**
     * {@code float___round___impl}: {@code round(o)} to an int, half to even; {@code round(o, n)}
     * to a float, the exact binary value rounded half to even at {@code n} decimal places.
     * New reference.
     */
    public long round(long o, long ndigits) {
        double x = value(o);
        if (ndigits == space.none) {
            return Constructors.fromDouble(space, Math.rint(x));
        }
        long nd = Abstract.numberIndex(space, ndigits);
        BigInteger n;
        try {
            n = space.intType.bigValue(nd);
        } finally {
            space.decref(nd);
        }
        if (n.compareTo(BigInteger.valueOf(323)) > 0 || !Double.isFinite(x)) {
            return create(x);
        }
        if (n.compareTo(BigInteger.valueOf(-308)) < 0) {
            return create(0.0 * x);
        }
        double r = new BigDecimal(x).setScale(n.intValue(), java.math.RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "rounded value too large to represent");
        }
        return create(r == 0 ? Math.copySign(0.0, x) : r);
    }

    /** {@code pow(float, y, z)}: no modulus for floats. */
    @Override
    public long power(long v, long w, long z) {
        if (z != space.none) {
            throw new PyException("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        }
        return binaryOp(v, w, BinaryOp.POWER);
    }

    /** {@code float_new}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long r = Constructors.newFloat(space, args, kwargs);
        if (subtype == this) {
            return r;
        }
        try { // float_subtype_new: the class allocates its instance (tp_alloc); the exact float goes back to the free list
            long o = subtype.tpAlloc(0);
            memory.putLong(o + VALUE, memory.getLong(r + VALUE));
            return o;
        } finally {
            space.decref(r);
        }
    }

    /** {@code float___float___impl} ({@code nb_float}): an exact float of the value, the object itself when exact. */
    @Override
    public long toFloat(long o) {
        return checkExact(o) ? space.newRef(o) : create(value(o));
    }

    /** {@code float_vectorcall}: {@code float(x)} with no argument tuple. */
    @Override
    public boolean hasVectorNew() {
        return true;
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        Constructors.noKwnames(space, "float", kwnames);
        Constructors.checkPositional("float", nargs, 0, 1);
        return Constructors.newFloat(space, nargs == 0 ? 0 : memory.getLong(args));
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
            space.reviveObject(o, o);
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
        // PyFloat_CheckExact on the type word read once: a subclass's instance is never kept
        if (space.memory.getLong(o + Layout.OB_TYPE) != typeObject() || !freeList.offer(o)) {
            space.typeOf(o).tpFree(o);
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
        if (other == this || check(b)) { // float_richcompare: PyFloat_Check, so a subclass's value too
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
        IntType ints = space.intType; // an int subclass's instance has int's layout
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
            case DIVMOD -> {
                if (b == 0.0) {
                    throw new PyException("ZeroDivisionError", "float divmod()");
                }
                // Py_BuildValue("(dd)"): the tuple first, then its two floats
                long t = space.tupleType.allocate(2);
                space.tupleType.setItemStolen(t, 0, create(floorDivide(a, b)));
                space.tupleType.setItemStolen(t, 1, create(modulo(a, b)));
                space.track(t);
                yield t;
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
                ComplexType.C c = ComplexType.power(new ComplexType.C(iv, 0), new ComplexType.C(iw, 0)); // as complex_pow
                return space.complexType.create(c.real(), c.imag());
            }
            iv = -iv;
            negate = odd;
        }
        if (iv == 1.0) {
            return create(negate ? -1.0 : 1.0);
        }
        double r = libmPow.applyAsDouble(iv, iw);
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
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), SlotWrappers.FLOAT);
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
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        if (bd.precision() == 2) {
            bd = oneDigit(bd, Math.abs(v));
        }
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

    /**
     * {@code Double.toString} gives at least two digits; the shortest repr may have one where
     * doubles are far apart (subnormals: {@code 5e-324}, not {@code 4.9e-324}). The one-digit
     * decimal that reads back as {@code x}, the nearer to it when both neighbours do; else {@code two}.
     */
    private static BigDecimal oneDigit(BigDecimal two, double x) {
        BigDecimal exact = new BigDecimal(x);
        BigDecimal best = null;
        for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
            BigDecimal c = two.round(new java.math.MathContext(1, mode));
            if (c.signum() != 0 && Double.parseDouble(c.toString()) == x
                    && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = c;
            }
        }
        return best == null ? two : best.stripTrailingZeros();
    }

    @Override
    public Object javaValue(long o) {
        return value(o);
    }
}
