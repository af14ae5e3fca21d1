package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code complex} (Objects/complexobject.c): 32 bytes ({@code ob_refcnt}, {@code ob_type}, the real
 * part at +16, the imaginary part at +24), never tracked, no free list. Arithmetic takes int, float
 * and complex operands in either position (the number slots), as {@code TO_COMPLEX} converts them.
 */
public final class ComplexType extends PyType {
    /** The slot structs CPython's static type declares: complex_as_number. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER;
    }

    static final int REAL = 16;
    static final int IMAG = 24;
    static final int SIZE = 32;

    /** A complex value in Java ({@code Py_complex}). */
    record C(double real, double imag) {
        static final C ONE = new C(1, 0);

        C times(C b) {
            return new C(real * b.real - imag * b.imag, real * b.imag + imag * b.real);
        }
    }

    ComplexType(ObjectSpace space) {
        super(space, "complex", null, BASETYPE, SIZE, 0);
        defineMethod("conjugate", (self, args) -> {
            Args.none("complex.conjugate", args);
            return create(real(self), -imag(self));
        });
        defineMethod("__complex__", (self, args) -> {
            Args.none("complex.__complex__", args);
            return checkExact(self) ? space.newRef(self) : create(real(self), imag(self));
        });
        defineMethod("__getnewargs__", (self, args) -> {
            Args.none("complex.__getnewargs__", args);
            long re = space.floatType.create(real(self));
            long im = space.floatType.create(imag(self));
            try {
                return space.tupleType.create(re, im);
            } finally {
                space.decref(re);
                space.decref(im);
            }
        });
        defineMethod("__format__", (self, args) -> {
            String spec = space.strType.value(Args.one("complex.__format__", args));
            return space.strType.runtime(spec.isEmpty() ? str(self) : Formatter.format(space, self, spec));
        });
    }

    @Override
    protected void fillDict() {
        putInDict("real", space.memberDescrType.createAccessor(this, "real", o -> space.floatType.create(real(o)), null));
        putInDict("imag", space.memberDescrType.createAccessor(this, "imag", o -> space.floatType.create(imag(o)), null));
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), SlotWrappers.COMPLEX);
    }

    /** {@code PyComplex_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).isSubtypeOf(this);
    }

    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code PyComplex_FromDoubles}: a new reference. */
    public long create(double real, double imag) {
        long o = space.newObject(this, SIZE);
        memory.putLong(o + REAL, Double.doubleToRawLongBits(real));
        memory.putLong(o + IMAG, Double.doubleToRawLongBits(imag));
        return o;
    }

    private long create(C c) {
        return create(c.real, c.imag);
    }

    public double real(long o) {
        return Double.longBitsToDouble(memory.getLong(o + REAL));
    }

    public double imag(long o) {
        return Double.longBitsToDouble(memory.getLong(o + IMAG));
    }

    @Override
    public void dealloc(long o) {
        space.typeOf(o).tpFree(o);
    }

    // ------------------------------------------------------------------ construction

    /** {@code complex_new}: {@code complex()}, {@code complex(str)}, {@code complex(real[, imag])} with numbers or complexes. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long[] v = Constructors.clinic(space, args, kwargs, "complex", 0, "real", "imag");
        long r = v[0];
        long i = v[1];
        C c = construct(r, i, subtype == this);
        if (c == null) {
            return space.newRef(r); // complex(z) for an exact complex z is z
        }
        long o = create(c);
        return o;
    }

    /** The value {@code complex(r, i)} makes, or null when it is {@code r} itself. */
    private C construct(long r, long i, boolean exact) {
        if (r == 0) {
            r = space.falseObject; // complex() is 0j; complex(imag=x) is x*1j
        }
        if (space.strType.check(r)) {
            if (i != 0) {
                throw new PyException("TypeError", "complex() can't take second arg if first is a string");
            }
            return fromString(space.strType.value(r), space.strType.repr(r));
        }
        if (i != 0 && space.strType.check(i)) {
            throw new PyException("TypeError", "complex() second arg can't be a string");
        }
        if (exact && i == 0 && checkExact(r)) {
            return null;
        }
        C cr;
        boolean crComplex;
        long converted = convertWithDunder(r);
        if (converted != 0) {
            try {
                cr = new C(real(converted), imag(converted));
            } finally {
                space.decref(converted);
            }
            crComplex = true;
        } else if (check(r)) {
            cr = new C(real(r), imag(r));
            crComplex = true;
        } else {
            cr = new C(toDouble(r, "complex() first argument must be a string or a number, not '"), 0);
            crComplex = false;
        }
        double ciReal;
        double ciImag = 0;
        boolean ciComplex = false;
        if (i == 0) {
            ciReal = cr.imag;
        } else if (check(i)) {
            ciReal = real(i);
            ciImag = imag(i);
            ciComplex = true;
        } else {
            ciReal = toDouble(i, "complex() second argument must be a number, not '");
        }
        double re = cr.real;
        if (ciComplex) {
            re -= ciImag;
        }
        if (crComplex && i != 0) {
            ciReal += cr.imag;
        }
        return new C(re, ciReal);
    }

    /** {@code try_complex_special_method}: {@code r.__complex__()} for an instance of a class that defines it, else 0. */
    private long convertWithDunder(long r) {
        PyType t = space.typeOf(r);
        if (t.specialMethod("__complex__") == 0) {
            return 0;
        }
        long c = Abstract.callMethod(space, r, "__complex__", NO_ARGS);
        if (!check(c)) {
            String name = space.typeOf(c).name;
            space.decref(c);
            throw new PyException("TypeError", "__complex__ returned non-complex (type " + name + ")");
        }
        if (space.typeOf(c) != this) {
            try {
                space.warn("DeprecationWarning", "__complex__ returned non-complex (type " + space.typeOf(c).name
                        + ").  The ability to return an instance of a strict subclass of complex is deprecated, "
                        + "and may be removed in a future version of Python.", 1);
            } catch (RuntimeException e) {
                space.decref(c);
                throw e;
            }
        }
        return c;
    }

    /** {@code PyFloat_AsDouble} for a constructor argument: an int, a float, or something with {@code __float__}/{@code __index__}. */
    private double toDouble(long o, String notANumber) {
        PyType t = space.typeOf(o);
        if (space.floatType.checkExact(o)) {
            return space.floatType.value(o);
        }
        long f = t.toFloat(o); // PyNumber_Float: nb_float first, so a subclass's own __float__
        if (f == 0 && space.floatType.check(o)) {
            return space.floatType.value(o);
        }
        if (f == 0 && t.hasFlag(LONG_SUBCLASS)) {
            return Constructors.intToDouble(space, o);
        }
        if (f == 0) {
            f = t.index(o);
            if (f != 0) {
                try {
                    return Constructors.intToDouble(space, f);
                } finally {
                    space.decref(f);
                }
            }
            throw new PyException("TypeError", notANumber + t.name + "'");
        }
        try {
            return space.floatType.value(f);
        } finally {
            space.decref(f);
        }
    }

    /**
     * {@code complex_subtype_from_string}: the text with decimal digits of any script and Unicode
     * white space made ASCII ({@code _PyUnicode_TransformDecimalAndSpaceToASCII}), then
     * {@code _Py_string_to_number_with_underscores}: an underscore only between two ASCII digits,
     * else "could not convert string to complex" naming the argument's repr (not "malformed", which
     * is the inner parser's), and the text without its underscores to {@link #parse}.
     */
    static C fromString(String text, String repr) {
        String s = Constructors.decimalToAscii(text);
        if (s.indexOf('_') < 0) {
            return parse(s);
        }
        StringBuilder kept = new StringBuilder(s.length());
        char prev = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean ok = c == '_' ? prev >= '0' && prev <= '9' : prev != '_' || (c >= '0' && c <= '9');
            if (!ok) {
                throw new PyException("ValueError", "could not convert string to complex: " + repr);
            }
            if (c != '_') {
                kept.append(c);
            }
            prev = c;
        }
        if (prev == '_') {
            throw new PyException("ValueError", "could not convert string to complex: " + repr);
        }
        return parse(kept.toString());
    }

    /** {@code complex_from_string_inner}: {@code [(] real [+-imag j] [)]}, {@code imag j}, whitespace around. */
    static C parse(String text) {
        PyException malformed = new PyException("ValueError", "complex() arg is a malformed string");
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw malformed;
        }
        // split at a sign that is not at the start and not after an exponent marker
        int split = -1;
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            char before = Character.toLowerCase(s.charAt(k - 1));
            if ((c == '+' || c == '-') && before != 'e') {
                split = k;
            }
        }
        boolean imaginary = s.endsWith("j") || s.endsWith("J");
        try {
            if (split < 0) {
                if (imaginary) {
                    return new C(0, imagPart(s.substring(0, s.length() - 1)));
                }
                return new C(Constructors.parseFloat(s, s), 0);
            }
            if (!imaginary) {
                throw malformed;
            }
            String re = s.substring(0, split);
            String im = s.substring(split, s.length() - 1);
            if (re.isEmpty() || Character.isWhitespace(re.charAt(re.length() - 1))) {
                throw malformed;
            }
            return new C(Constructors.parseFloat(re, re), imagPart(im));
        } catch (PyException e) {
            e.release();
            throw malformed;
        }
    }

    private static double imagPart(String s) {
        if (s.isEmpty() || s.equals("+")) {
            return 1;
        }
        if (s.equals("-")) {
            return -1;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            throw new PyException("ValueError", "");
        }
        return Constructors.parseFloat(s, s);
    }

    // ------------------------------------------------------------------ number slots

    /** {@code TO_COMPLEX}: an int, float or complex operand, or null (NotImplemented). */
    private C operand(long o) {
        if (check(o)) {
            return new C(real(o), imag(o));
        }
        if (space.floatType.check(o)) {
            return new C(space.floatType.value(o), 0);
        }
        if (space.typeOf(o).hasFlag(LONG_SUBCLASS)) {
            return new C(Constructors.intToDouble(space, o), 0);
        }
        return null;
    }

    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.ADD && op != BinaryOp.SUBTRACT && op != BinaryOp.MULTIPLY && op != BinaryOp.TRUE_DIVIDE
                && op != BinaryOp.POWER) {
            return space.newNotImplemented();
        }
        C a = operand(v);
        C b = operand(w);
        if (a == null || b == null) {
            return space.newNotImplemented();
        }
        return switch (op) {
            case ADD -> create(a.real + b.real, a.imag + b.imag);
            case SUBTRACT -> create(a.real - b.real, a.imag - b.imag);
            case MULTIPLY -> create(a.times(b));
            case TRUE_DIVIDE -> {
                C q = quotient(a, b);
                if (q == null) {
                    throw new PyException("ZeroDivisionError", "complex division by zero");
                }
                yield create(q);
            }
            default -> create(power(a, b));
        };
    }

    @Override
    public long power(long v, long w, long z) {
        if (z != space.none) {
            if (operand(v) == null || operand(w) == null) {
                return space.newNotImplemented();
            }
            throw new PyException("ValueError", "complex modulo");
        }
        return binaryOp(v, w, BinaryOp.POWER);
    }

    /** {@code _Py_c_quot} (Smith's algorithm); null for a zero divisor (CPython's EDOM). */
    static C quotient(C a, C b) {
        double absReal = Math.abs(b.real);
        double absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new C((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new C((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new C(Double.NaN, Double.NaN);
    }

    /**
     * {@code complex_pow}: a small integral exponent (|n| at most 100) by repeated squaring
     * ({@code c_powi}), any other through polar form ({@code _Py_c_pow}); zero to a negative or
     * complex power and an infinite result are CPython's errors.
     */
    static C power(C a, C b) {
        C p;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quotient(C.ONE, powu(a, -n));
            }
        } else if (b.real == 0. && b.imag == 0.) {
            p = C.ONE;
        } else if (a.real == 0. && a.imag == 0.) {
            p = b.imag != 0. || b.real < 0. ? null : new C(0, 0);
        } else {
            double vabs = Math.hypot(a.real, a.imag);
            double len = Math.pow(vabs, b.real);
            double at = Math.atan2(a.imag, a.real);
            double phase = at * b.real;
            if (b.imag != 0.0) {
                len /= Math.exp(at * b.imag);
                phase += b.imag * Math.log(vabs);
            }
            p = new C(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (p == null) {
            throw new PyException("ZeroDivisionError", "0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
            throw new PyException("OverflowError", "complex exponentiation");
        }
        return p;
    }

    private static C powu(C x, long n) {
        C r = C.ONE;
        C p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = r.times(p);
            }
            p = p.times(p);
        }
        return r;
    }

    @Override
    public long unaryOp(long o, UnaryOp op) {
        return switch (op) {
            case NEGATIVE -> create(-real(o), -imag(o));
            case POSITIVE -> checkExact(o) ? space.newRef(o) : create(real(o), imag(o));
            case ABSOLUTE -> space.floatType.create(abs(real(o), imag(o)));
            case INVERT -> 0;
        };
    }

    /** {@code _Py_c_abs}: an infinite part wins over a NaN; a finite value too large is OverflowError. */
    static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "absolute value too large");
        }
        return r;
    }

    @Override
    public boolean isTrue(long o) {
        return real(o) != 0 || imag(o) != 0;
    }

    /** {@code complex_richcompare}: only {@code ==} and {@code !=}, against int, float and complex. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return space.newNotImplemented();
        }
        boolean equal;
        if (space.typeOf(b).hasFlag(LONG_SUBCLASS)) {
            if (imag(a) != 0) {
                equal = false;
            } else {
                long f = space.floatType.create(real(a));
                try {
                    long r = space.floatType.richCompare(f, b, CompareOp.EQ);
                    equal = r == space.trueObject;
                    space.decref(r);
                } finally {
                    space.decref(f);
                }
            }
        } else if (space.floatType.check(b)) {
            equal = real(a) == space.floatType.value(b) && imag(a) == 0;
        } else if (check(b)) {
            equal = real(a) == real(b) && imag(a) == imag(b);
        } else {
            return space.newNotImplemented();
        }
        return space.newBool(equal == (op == CompareOp.EQ));
    }

    /** {@code complex_hash}: the parts' float hashes combined as {@code real + 1000003 * imag}. */
    @Override
    public long hash(long o) {
        long h = Hashing.ofDouble(real(o), o) + 1000003L * Hashing.ofDouble(imag(o), o);
        return h == -1 ? -2 : h;
    }

    /** {@code complex_repr}: {@code 2j} when the real part is +0, else {@code (1+2j)}; parts as repr() without a {@code .0}. */
    @Override
    public String repr(long o) {
        double re = real(o);
        double im = imag(o);
        if (re == 0 && Math.copySign(1.0, re) == 1.0) {
            return part(im) + "j";
        }
        String ims = part(im);
        if (!ims.startsWith("-")) {
            ims = "+" + ims;
        }
        return "(" + part(re) + ims + "j)";
    }

    private static String part(double v) {
        String s = FloatType.repr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public Object javaValue(long o) {
        return new double[] {real(o), imag(o)};
    }
}
