package dev.pyheap.runtime.objects;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;

import dev.pyheap.runtime.PyException;

import java.math.BigInteger;

/**
 * {@code int} (and {@code bool}, a subtype whose two objects share the layout): CPython 3.11's
 * {@code PyLongObject}, arbitrary precision in 30-bit digits.
 * <pre>
 *   +0  ob_refcnt
 *   +8  ob_type
 *   +16 ob_size    signed: the sign of the value times the number of digits (0 for zero)
 *   +24 ob_digit[] uint32 each, 30 significant bits, least significant first; at least one
 * </pre>
 * {@code sys.getsizeof} is {@code 24 + 4 * max(1, digits)}: 28 for 0 up to 2**30-1, 32 up to 2**60-1.
 * Ints from -5 to 256 are cached by the space; ints are never GC-tracked.
 */
public final class IntType extends PyType {
    /** The slot structs CPython's static type declares: long_as_number, bool_as_number. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER;
    }

    static final int DIGITS = 24;
    static final int SHIFT = 30;
    static final long MASK = (1L << SHIFT) - 1;

    /** @param base null for {@code int}; {@code int} for {@code bool} */
    IntType(ObjectSpace space, String name, PyType base) {
        // bool's tp_basicsize is sizeof(struct _longobject) (one digit, padded to 32); int's ends at ob_digit
        super(space, name, base, LONG_SUBCLASS | IMMUTABLETYPE | MATCH_SELF | (base == null ? BASETYPE : 0),
                base == null ? DIGITS : DIGITS + 8, 4);
        if (base == null) {
            defineMethods();
        }
    }

    /** {@code int.__sizeof__} counts the digits from {@code ob_digit}, not the instance's type's size. */
    @Override
    public boolean sizeofCountsTypeBasicSize() {
        return false;
    }

    /** Methods answering the int itself ({@code int(self)} for an instance of a subclass). */
    private void defineIdentities(String... names) {
        for (String same : names) {
            defineMethod(same, (self, args) -> {
                Args.none("int." + same, args);
                return exact(self);
            });
        }
    }

    /** {@code long_methods}, in its order: what {@code int} (and so {@code bool}) answers besides its number slots. */
    private void defineMethods() {
        defineIdentities("conjugate");
        defineMethod("bit_length", (self, args) -> {
            Args.none("int.bit_length", args);
            return space.newInt(fitsLong(self) ? 64 - Long.numberOfLeadingZeros(Math.abs(longValue(self)))
                    : bigValue(self).abs().bitLength());
        });
        defineMethod("bit_count", (self, args) -> {
            Args.none("int.bit_count", args);
            return space.newInt(fitsLong(self) ? Long.bitCount(Math.abs(longValue(self))) : bigValue(self).abs().bitCount());
        });
        defineMethod("to_bytes", (PyMethod.WithKeywords) (self, a) -> {
            long[] v = a.clinic(0, 0, 2, "length", "byteorder", "signed");
            long length = v[0] == 0 ? 1 : asSsize(v[0]); // clinic converts in parameter order
            boolean bigEndian = bigEndian("to_bytes", v[1]);
            return space.bytesType.of(toBytes(bigValue(self), length, bigEndian,
                    v[2] != 0 && Abstract.isTrue(space, v[2])));
        });
        defineClassMethod("from_bytes", (cls, args, nargs, kwnames) -> {
            CallArguments a = new CallArguments(space, "from_bytes", args + 8, nargs - 1, kwnames);
            long[] parsed = a.clinic(0, 1, 2, "bytes", "byteorder", "signed");
            long source = parsed[0];
            boolean bigEndian = bigEndian("from_bytes", parsed[1]); // clinic converts it before the body reads the bytes
            long signed = parsed[2];
            if (check(source) || space.strType.check(source)) { // PyObject_Bytes takes neither a count nor text
                throw new PyException("TypeError", "cannot convert '" + space.typeOf(source).name + "' object to bytes");
            }
            long b = Abstract.call(space, space.bytesType.typeObject(), new long[] {source});
            BigInteger v;
            try {
                v = fromBytes(space.bytesType.value(b), bigEndian, signed != 0 && Abstract.isTrue(space, signed));
            } finally {
                space.decref(b);
            }
            long r = newInt(v);
            if (memory.getLong(args) == typeObject()) {
                return r;
            }
            try {
                return Abstract.call(space, memory.getLong(args), new long[] {r});
            } finally {
                space.decref(r);
            }
        });
        defineMethod("as_integer_ratio", (self, args) -> {
            Args.none("int.as_integer_ratio", args);
            long v = exact(self);
            long one = space.newInt(1);
            try {
                return space.tupleType.create(v, one);
            } finally {
                space.decref(v);
                space.decref(one);
            }
        });
        defineIdentities("__trunc__", "__floor__", "__ceil__");
        defineMethod("__round__", (self, args) -> {
            Args.range("__round__", args, 0, 1);
            return round(self, args.length == 0 ? space.none : args[0]);
        });
        defineMethod("__getnewargs__", (self, args) -> {
            Args.none("int.__getnewargs__", args);
            long v = exact(self);
            try {
                return space.tupleType.create(v);
            } finally {
                space.decref(v);
            }
        });
        defineMethod("__format__", (self, args) -> space.strType.runtime(
                Formatter.format(space, self, space.strType.value(Args.one("int.__format__", args)))));
        // int___sizeof___impl: the digits' offset and at least one digit, whatever the instance's type
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("int.__sizeof__", args);
            long digits = Math.abs(memory.getLong(self + Layout.OB_SIZE));
            return space.newInt(24 + 4 * Math.max(digits, 1));
        });
        // the slots' methods, which give way to their wrappers
        defineIdentities("__int__", "__index__");
        defineMethod("__float__", (self, args) -> {
            Args.none("int.__float__", args);
            return space.floatType.create(toDouble(self));
        });
    }

    /** {@code long_getset}: the real/imag/numerator/denominator getters. */
    @Override
    protected void fillDict() {
        if (base != null) {
            return;
        }
        GetSetDescrType gs = space.getSetDescrType;
        putInDict("real", gs.create(this, "real", this::exact, null));
        putInDict("imag", gs.create(this, "imag", o -> space.newInt(0), null));
        putInDict("numerator", gs.create(this, "numerator", this::exact, null));
        putInDict("denominator", gs.create(this, "denominator", o -> space.newInt(1), null));
    }

    /** {@code PyLong_FromDouble}: the integral part of {@code d}; ValueError for NaN, OverflowError for an infinity. New reference. */
    public long fromDouble(double d) {
        return Constructors.fromDouble(space, d);
    }

    /** {@code long_long}: {@code o} itself when an exact int, else a new int of its value (a bool's 0 or 1). New reference. */
    public long exact(long o) {
        if (space.typeOf(o) == this) {
            return space.newRef(o);
        }
        return fitsLong(o) ? space.newInt(longValue(o)) : createFromBig(bigValue(o));
    }

    /**
     * {@code PyNumber_AsSsize_t(o, PyExc_OverflowError)} for an argument that is a size:
     * {@code __index__}, then OverflowError {@code Python int too large to convert to C ssize_t}.
     */
    public long asSsize(long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            if (!fitsLong(i)) {
                throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
            }
            return longValue(i);
        } finally {
            space.decref(i);
        }
    }

    private boolean bigEndian(String function, long order) {
        if (order == 0) {
            return true;
        }
        if (!space.strType.check(order)) {
            throw CallArguments.badArgument(space, function, "argument 'byteorder'", "str", order);
        }
        String s = space.strType.value(order);
        if (!s.equals("big") && !s.equals("little")) {
            throw new PyException("ValueError", "byteorder must be either 'little' or 'big'");
        }
        return s.equals("big");
    }

    /** {@code _PyLong_AsByteArray}: two's complement when signed, in {@code length} bytes. */
    static byte[] toBytes(BigInteger v, long length, boolean bigEndian, boolean signed) {
        if (length < 0) {
            throw new PyException("ValueError", "length argument must be non-negative");
        }
        if (v.signum() < 0 && !signed) {
            throw new PyException("OverflowError", "can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > 8 * length && !(v.signum() == 0)) {
            throw new PyException("OverflowError", "int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new PyException("MemoryError", "");
        }
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int j = twos.length - 1 - i;
            byte b = j >= 0 ? twos[j] : fill;
            out[bigEndian ? out.length - 1 - i : i] = b;
        }
        return out;
    }

    /** {@code _PyLong_FromByteArray}. */
    static BigInteger fromBytes(byte[] bytes, boolean bigEndian, boolean signed) {
        byte[] be = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            be[i] = bytes[bigEndian ? i : bytes.length - 1 - i];
        }
        return be.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(be) : new BigInteger(1, be);
    }

    /**
     * {@code long_round}: {@code round(o, ndigits)} for an int; a negative {@code ndigits} rounds to
     * a multiple of {@code 10**-ndigits}, half to even. New reference.
     */
    public long round(long o, long ndigits) {
        if (ndigits == space.none) {
            return exact(o);
        }
        long nd = Abstract.numberIndex(space, ndigits);
        BigInteger n;
        try {
            n = bigValue(nd);
        } finally {
            space.decref(nd);
        }
        if (n.signum() >= 0) {
            return exact(o);
        }
        if (n.compareTo(BigInteger.valueOf(-Integer.MAX_VALUE)) < 0) {
            return space.newInt(0);
        }
        BigInteger pow = BigInteger.TEN.pow(-n.intValue());
        BigInteger[] qr = bigValue(o).divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) { // floor division
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int half = r.shiftLeft(1).compareTo(pow);
        if (half > 0 || half == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return newInt(q.multiply(pow));
    }

    /**
     * {@code long_pow} with a modulus: {@code pow(v, w, z)} for three ints, a negative exponent
     * through the inverse of {@code v} modulo {@code z}; the result has {@code z}'s sign.
     */
    @Override
    public long power(long v, long w, long z) {
        if (z == space.none) {
            return binaryOp(v, w, BinaryOp.POWER);
        }
        if (!check(v) || !check(w) || !check(z)) {
            if (space.floatType.check(v) || space.floatType.check(w) || space.floatType.check(z)) {
                throw new PyException("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
            }
            return space.newNotImplemented();
        }
        BigInteger m = bigValue(z);
        if (m.signum() == 0) {
            throw new PyException("ValueError", "pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.abs();
        BigInteger e = bigValue(w);
        BigInteger r;
        try {
            r = bigValue(v).modPow(e, mod);
        } catch (ArithmeticException notInvertible) {
            throw new PyException("ValueError", "base is not invertible for the given modulus");
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.subtract(mod);
        }
        return newInt(r);
    }

    /** {@code long_new} ({@code int(x, base)}) and {@code bool_new} ({@code bool(x)}). */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (isBool()) {
            Constructors.onlyKeywords(space, kwargs, "bool");
            Constructors.atMost(space, args, "bool", 1);
            return space.newBool(space.tupleType.size(args) > 0 && Abstract.isTrue(space, space.tupleType.item(args, 0)));
        }
        long r = Constructors.newInt(space, args, kwargs);
        if (subtype == this) {
            return r;
        }
        try { // a subclass of int: a copy of the value, then the class's
            long copy = fitsLong(r) ? createFromLong(longValue(r)) : createFromBig(bigValue(r));
            return copy;
        } finally {
            space.decref(r);
        }
    }

    /** {@code bool_vectorcall} (int has none in 3.11: {@code int(x)} builds its argument tuple). */
    @Override
    public boolean hasVectorNew() {
        return isBool();
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        Constructors.noKwnames(space, "bool", kwnames);
        Constructors.checkPositional("bool", nargs, 0, 1);
        return space.newBool(nargs > 0 && Abstract.isTrue(space, memory.getLong(args)));
    }

    /** {@code PyLong_Check}: an int or a bool. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(LONG_SUBCLASS);
    }

    /** Whether {@code o} is exactly of this type ({@code PyLong_CheckExact}, or {@code PyBool_Check} for bool). */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    private boolean isBool() {
        return base != null;
    }

    private static long allocationSize(int digits) {
        return DIGITS + 4L * Math.max(1, digits);
    }

    /** {@code sizeof(PyLongObject)}: one digit, padded. */
    private static final long MEDIUM_SIZE = DIGITS + 8;

    /** CPython's {@code IS_MEDIUM_VALUE}: zero or one digit. */
    private static boolean isMedium(long v) {
        return v >= -MASK && v <= MASK;
    }

    private static int digitCount(long v) {
        int digits = 0;
        for (long m = v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v); m != 0; m >>>= SHIFT) {
            digits++;
        }
        return digits;
    }

    /**
     * {@code PyLong_FromLong} and {@code _PyLong_FromSTwoDigits} (arithmetic on one-digit ints,
     * {@code range} iteration): a small int from the cache, a one-digit value as a whole
     * {@code PyLongObject} ({@code _PyLong_FromMedium}: a 32-byte block where {@code _PyLong_New(1)}
     * asks for 28), anything else as {@link #createFromLong}. New reference.
     */
    public long newMedium(long value) {
        long cached = space.smallInt(value);
        if (cached != 0) {
            return space.newRef(cached);
        }
        if (!isMedium(value)) {
            return createFromLong(value);
        }
        // every store through ObjectSpace.memory, newObject's: this type's field holds the same object,
        // but the JIT would load and class-check each of them
        ObjectSpace s = space;
        Memory m = s.memory;
        long o = s.newObject(s.intType, MEDIUM_SIZE);
        m.putLong(o + Layout.OB_SIZE, value < 0 ? -1 : 1);
        m.putInt(o + DIGITS, (int) Math.abs(value));
        return o;
    }

    /** A result of {@code x_add}/{@code x_sub}/{@code x_mul}: made with room for {@code allocDigits}, normalized to its own. New reference. */
    private long newWithRoom(long value, int allocDigits) {
        long cached = space.smallInt(value);
        if (cached != 0) {
            return space.newRef(cached);
        }
        int digits = digitCount(value);
        if (value == Long.MIN_VALUE || allocDigits <= digits) {
            return createFromLong(value);
        }
        long o = space.newObject(space.intType, allocationSize(allocDigits));
        long magnitude = Math.abs(value);
        memory.putLong(o + Layout.OB_SIZE, value < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            memory.putInt(o + DIGITS + 4L * i, (int) (magnitude & MASK));
            magnitude >>>= SHIFT;
        }
        return o;
    }

    /** The result of {@code long_add}/{@code long_sub}: {@code x_add} (room for a carry) when the magnitudes add, else {@code x_sub}. */
    private long newSum(long r, long a, long b, boolean magnitudesAdd) {
        // Math.abs(Long.MIN_VALUE) read unsigned is its magnitude
        return newWithRoom(r, sumRoom(digitCount(a), digitCount(b), magnitudesAdd,
                unsignedDigitCount(Math.abs(a) ^ Math.abs(b))));
    }

    /**
     * The digits {@code x_add} ({@code magnitudesAdd}) or {@code x_sub} allocate for
     * {@code |a| + |b|} or {@code |a| - |b|}: one more than the longer operand's for a sum; the
     * longer one's for a difference, and when both are as long, only up to the highest digit where
     * they differ (x_sub skips the equal leading digits before it allocates).
     */
    private static int sumRoom(int da, int db, boolean magnitudesAdd, int differingDigits) {
        if (magnitudesAdd || da != db) {
            return Math.max(da, db) + (magnitudesAdd ? 1 : 0);
        }
        return differingDigits; // the digits of |a| xor |b|
    }

    private static int sumRoom(BigInteger a, BigInteger b, boolean magnitudesAdd) {
        BigInteger ma = a.abs();
        BigInteger mb = b.abs();
        return sumRoom(bigDigitCount(ma), bigDigitCount(mb), magnitudesAdd, bigDigitCount(ma.xor(mb)));
    }

    private static int bigDigitCount(BigInteger magnitude) {
        return (magnitude.bitLength() + SHIFT - 1) / SHIFT;
    }

    private static int unsignedDigitCount(long magnitude) {
        int digits = 0;
        for (long m = magnitude; m != 0; m >>>= SHIFT) {
            digits++;
        }
        return digits;
    }

    /** {@link #newWithRoom} for a result of any size (small ints from the cache). New reference. */
    private long newBigWithRoom(BigInteger v, int allocDigits) {
        if (v.bitLength() < 64) {
            return newWithRoom(v.longValue(), allocDigits);
        }
        return createFromBig(v, allocDigits);
    }

    /**
     * {@code False} or {@code True}, made once by the object space: the only objects of type bool.
     * Every other int this type makes (arithmetic on bools through the int slots bool inherits,
     * {@code True - 10}) is an exact int, as {@code long_sub} and the others make it.
     */
    long createBoolSingleton(boolean value) {
        // laid out as createFromLong lays out 0 and 1: no digit for False, one for True
        long o = space.newObject(this, allocationSize(value ? 1 : 0));
        memory.putLong(o + Layout.OB_SIZE, value ? 1 : 0);
        memory.putInt(o + DIGITS, value ? 1 : 0);
        return o;
    }

    /** A new int object (no cache lookup). */
    public long createFromLong(long value) {
        if (value == Long.MIN_VALUE) {
            return createFromBig(BigInteger.valueOf(value));
        }
        long magnitude = Math.abs(value);
        int digits = 0;
        for (long m = magnitude; m != 0; m >>>= SHIFT) {
            digits++;
        }
        long o = space.newObject(space.intType, allocationSize(digits));
        memory.putLong(o + Layout.OB_SIZE, value < 0 ? -digits : digits);
        if (digits == 0) {
            memory.putInt(o + DIGITS, 0);
        }
        for (int i = 0; i < digits; i++) {
            memory.putInt(o + DIGITS + 4L * i, (int) (magnitude & MASK));
            magnitude >>>= SHIFT;
        }
        return o;
    }

    /** {@code PyLong_FromString}-like: an int of any size (cached small ints aside: no cache lookup). New reference. */
    public long createFromBig(BigInteger value) {
        return createFromBig(value, 0);
    }

    /** {@link #createFromBig} in a block with room for at least {@code allocDigits} digits. */
    private long createFromBig(BigInteger value, int allocDigits) {
        if (value.bitLength() < 63 && allocDigits == 0) {
            return createFromLong(value.longValue());
        }
        BigInteger magnitude = value.abs();
        int digits = bigDigitCount(magnitude);
        long o = space.newObject(space.intType, allocationSize(Math.max(digits, allocDigits)));
        memory.putLong(o + Layout.OB_SIZE, value.signum() < 0 ? -digits : digits);
        // One pass over the magnitude's bytes, least significant first: a shift of the BigInteger per
        // digit would copy it each time (quadratic in the digits).
        byte[] bigEndian = magnitude.toByteArray();
        long bits = 0;
        int held = 0;
        int digit = 0;
        for (int p = bigEndian.length - 1; p >= 0 && digit < digits; p--) {
            bits |= (long) (bigEndian[p] & 0xFF) << held;
            held += 8;
            if (held >= SHIFT) {
                memory.putInt(o + DIGITS + 4L * digit++, (int) (bits & MASK));
                bits >>>= SHIFT;
                held -= SHIFT;
            }
        }
        if (digit < digits) {
            memory.putInt(o + DIGITS + 4L * digit, (int) (bits & MASK));
        }
        return o;
    }

    /**
     * The value as a {@code long}, or {@code PyLong_AsLong}'s OverflowError when it does not fit (see
     * {@link #fitsLong}): a C function given a huge int where it reads a machine word refuses it so.
     */
    public long longValue(long o) {
        long size = memory.getLong(o + Layout.OB_SIZE);
        int digits = (int) Math.abs(size);
        if (digits > 3) {
            throw new PyException("OverflowError", "Python int too large to convert to C long");
        }
        long magnitude = 0;
        for (int i = digits - 1; i >= 0; i--) {
            magnitude = (magnitude << SHIFT) | (memory.getInt(o + DIGITS + 4L * i) & MASK);
        }
        if (digits == 3 && (memory.getInt(o + DIGITS + 8) >>> 3) != 0) {
            throw new PyException("OverflowError", "Python int too large to convert to C long");
        }
        return size < 0 ? -magnitude : magnitude;
    }

    /** What {@link #mediumValue} answers for an int of more than two digits. */
    public static final long NOT_MEDIUM = Long.MIN_VALUE;

    /**
     * The value of an int of at most two digits ({@code |v| < 2**60}, the ints the evaluator's
     * specialized instructions compute inline), or {@link #NOT_MEDIUM}.
     */
    public long mediumValue(long o) {
        long size = memory.getLong(o + Layout.OB_SIZE);
        if (size == 1 || size == -1) {
            long d = memory.getInt(o + DIGITS) & MASK;
            return size < 0 ? -d : d;
        }
        if (size == 0) {
            return 0;
        }
        if (size == 2 || size == -2) {
            long m = (memory.getInt(o + DIGITS + 4) & MASK) << SHIFT | (memory.getInt(o + DIGITS) & MASK);
            return size < 0 ? -m : m;
        }
        return NOT_MEDIUM;
    }

    public boolean fitsLong(long o) {
        long size = Math.abs(memory.getLong(o + Layout.OB_SIZE));
        return size < 3 || (size == 3 && (memory.getInt(o + DIGITS + 8) >>> 3) == 0);
    }

    public BigInteger bigValue(long o) {
        long size = memory.getLong(o + Layout.OB_SIZE);
        int digits = (int) Math.abs(size);
        if (digits <= 2) {
            return BigInteger.valueOf(mediumValue(o));
        }
        // The digits' bits packed into big-endian bytes in one pass (see createFromBig).
        byte[] bigEndian = new byte[(int) ((digits * (long) SHIFT + 7) / 8)];
        int p = bigEndian.length - 1;
        long bits = 0;
        int held = 0;
        for (int i = 0; i < digits; i++) {
            bits |= (memory.getInt(o + DIGITS + 4L * i) & MASK) << held;
            held += SHIFT;
            while (held >= 8) {
                bigEndian[p--] = (byte) bits;
                bits >>>= 8;
                held -= 8;
            }
        }
        if (p >= 0) {
            bigEndian[p] = (byte) bits;
        }
        return new BigInteger(size < 0 ? -1 : 1, bigEndian);
    }

    /** {@code long_compare}: the sign of {@code a - b}, for two ints (or bools). */
    int compare(long a, long b) {
        long sa = memory.getLong(a + Layout.OB_SIZE);
        long sb = memory.getLong(b + Layout.OB_SIZE);
        if (sa != sb) {
            return sa < sb ? -1 : 1;
        }
        for (long i = Math.abs(sa) - 1; i >= 0; i--) {
            int da = memory.getInt(a + DIGITS + 4 * i);
            int db = memory.getInt(b + DIGITS + 4 * i);
            if (da != db) {
                int diff = da < db ? -1 : 1;
                return sa < 0 ? -diff : diff;
            }
        }
        return 0;
    }

    // ================================================================== number slots (long_as_number)

    /**
     * {@code long_add}, {@code long_mul}, ... ({@code long_as_number}): both operands ints (or
     * bools), else NotImplemented. Values that fit a Java {@code long} are computed there (an
     * overflow goes on in {@link BigInteger}); {@code &}, {@code |}, {@code ^} of two bools give a
     * bool ({@code bool_as_number}).
     */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (!check(v) || !check(w) || op == BinaryOp.MATRIX_MULTIPLY) {
            return space.newNotImplemented();
        }
        if ((op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR)
                && space.typeOf(v) == space.boolType && space.typeOf(w) == space.boolType) {
            boolean a = isTrue(v), b = isTrue(w);
            return space.newBool(op == BinaryOp.AND ? a & b : op == BinaryOp.OR ? a | b : a ^ b);
        }
        if (op == BinaryOp.DIVMOD) { // long_divmod: l_divmod's quotient and remainder, then the tuple
            long q = binaryOp(v, w, BinaryOp.FLOOR_DIVIDE);
            long r;
            try {
                r = binaryOp(v, w, BinaryOp.REMAINDER);
            } catch (RuntimeException e) {
                space.decref(q);
                throw e;
            }
            return space.tupleType.createStealing(q, r);
        }
        if (fitsLong(v) && fitsLong(w)) {
            long r = longOp(longValue(v), longValue(w), op);
            if (r != 0) {
                return r;
            }
        }
        return bigOp(bigValue(v), bigValue(w), op);
    }

    /**
     * {@code a op b} for two machine-sized ints: a new reference, or 0 when the result needs more than a {@code long}.
     * The result's block is the size CPython 3.11 asks for (tracemalloc shows it; {@code sys.getsizeof}
     * counts only the digits in use): an operation on two one-digit ints makes a whole
     * {@code PyLongObject} ({@link #newMedium}); {@code x_add}/{@code x_sub}/{@code x_mul} on larger
     * ones allocate room for the longest possible result before normalizing ({@link #newWithRoom}).
     */
    public long longOp(long a, long b, BinaryOp op) {
        boolean medium = isMedium(a) && isMedium(b);
        switch (op) {
            case ADD -> {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) < 0) {
                    return 0;
                }
                return medium ? newMedium(r) : newSum(r, a, b, (a < 0) == (b < 0));
            }
            case SUBTRACT -> {
                long r = a - b;
                if (((a ^ b) & (a ^ r)) < 0) {
                    return 0;
                }
                return medium ? newMedium(r) : newSum(r, a, b, (a < 0) != (b < 0));
            }
            case MULTIPLY -> {
                long hi = Math.multiplyHigh(a, b);
                long r = a * b;
                if (!((hi == 0 && r >= 0) || (hi == -1 && r < 0))) {
                    return 0;
                }
                return medium ? newMedium(r) : newWithRoom(r, digitCount(a) + digitCount(b)); // x_mul
            }
            case FLOOR_DIVIDE, REMAINDER -> {
                if (b == 0) {
                    throw zeroDivision(op);
                }
                if (a == Long.MIN_VALUE && b == -1) {
                    return 0;
                }
                long r = op == BinaryOp.FLOOR_DIVIDE ? Math.floorDiv(a, b) : Math.floorMod(a, b);
                return medium ? newMedium(r) : space.newInt(r); // fast_floor_div, fast_mod: PyLong_FromLong
            }
            case TRUE_DIVIDE -> {
                if (b == 0) {
                    throw zeroDivision(op);
                }
                if (Math.abs(a) <= 1L << 53 && Math.abs(b) <= 1L << 53) {
                    return space.floatType.create((double) a / (double) b); // both exact: one rounding
                }
                return 0;
            }
            case AND -> {
                return medium ? newMedium(a & b) : space.newInt(a & b);
            }
            case OR -> {
                return medium ? newMedium(a | b) : space.newInt(a | b);
            }
            case XOR -> {
                return medium ? newMedium(a ^ b) : space.newInt(a ^ b);
            }
            case LSHIFT -> {
                if (b < 0) {
                    throw new PyException("ValueError", "negative shift count");
                }
                if (a == 0) {
                    return space.newInt(0);
                }
                if (!(b < 63 && (a << b) >> b == a)) {
                    return 0;
                }
                return isMedium(a) && b < SHIFT ? newMedium(a << b) : space.newInt(a << b);
            }
            case RSHIFT -> {
                if (b < 0) {
                    throw new PyException("ValueError", "negative shift count");
                }
                return isMedium(a) ? newMedium(a >> Math.min(b, 63)) : space.newInt(a >> Math.min(b, 63));
            }
            case POWER -> {
                if (b < 0) {
                    return 0;
                }
                long r = 1, base = a;
                for (long e = b; e != 0; e >>= 1) {
                    if ((e & 1) != 0) {
                        long hi = Math.multiplyHigh(r, base);
                        long lo = r * base;
                        if (!(hi == 0 && lo >= 0 || hi == -1 && lo < 0)) {
                            return 0;
                        }
                        r = lo;
                    }
                    if (e > 1) {
                        long hi = Math.multiplyHigh(base, base);
                        if (hi != 0 || base * base < 0) {
                            return 0;
                        }
                        base = base * base;
                    }
                }
                return space.newInt(r);
            }
            default -> {
                return 0;
            }
        }
    }

    private static PyException zeroDivision(BinaryOp op) {
        return new PyException("ZeroDivisionError", switch (op) {
            case REMAINDER -> "integer modulo by zero";
            case TRUE_DIVIDE -> "division by zero";
            default -> "integer division or modulo by zero";
        });
    }

    /** A new int of any value, small ones from the cache. New reference. */
    public long newInt(BigInteger v) {
        return v.bitLength() < 64 ? space.newInt(v.longValue()) : createFromBig(v);
    }

    private long bigOp(BigInteger x, BigInteger y, BinaryOp op) {
        return switch (op) {
            // x_add/x_sub/x_mul (k_mul too) allocate before they normalize, as for machine-sized ints
            case ADD -> newBigWithRoom(x.add(y), sumRoom(x, y, (x.signum() < 0) == (y.signum() < 0)));
            case SUBTRACT -> newBigWithRoom(x.subtract(y), sumRoom(x, y, (x.signum() < 0) != (y.signum() < 0)));
            case MULTIPLY -> newBigWithRoom(x.multiply(y), bigDigitCount(x.abs()) + bigDigitCount(y.abs()));
            case AND -> newInt(x.and(y));
            case OR -> newInt(x.or(y));
            case XOR -> newInt(x.xor(y));
            case FLOOR_DIVIDE, REMAINDER -> {
                if (y.signum() == 0) {
                    throw zeroDivision(op);
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                boolean adjust = qr[1].signum() != 0 && qr[1].signum() != y.signum();
                yield op == BinaryOp.FLOOR_DIVIDE ? newInt(adjust ? qr[0].subtract(BigInteger.ONE) : qr[0])
                        : newInt(adjust ? qr[1].add(y) : qr[1]);
            }
            case TRUE_DIVIDE -> space.floatType.create(trueDivide(x, y));
            case LSHIFT -> {
                if (y.signum() < 0) {
                    throw new PyException("ValueError", "negative shift count");
                }
                if (x.signum() == 0) {
                    yield space.newInt(0);
                }
                if (y.bitLength() > 31) {
                    throw new PyException("OverflowError", "too many digits in integer");
                }
                yield newInt(x.shiftLeft(y.intValue()));
            }
            case RSHIFT -> {
                if (y.signum() < 0) {
                    throw new PyException("ValueError", "negative shift count");
                }
                yield newInt(y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue()));
            }
            case POWER -> {
                if (y.signum() < 0) {
                    yield space.floatType.power(toDouble(x), toDouble(y));
                }
                if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                    yield newInt(x.signum() < 0 && !y.testBit(0) ? BigInteger.ONE : x.signum() == 0 && y.signum() == 0
                            ? BigInteger.ONE : x);
                }
                if (y.bitLength() > 31) {
                    throw new PyException("MemoryError", "");
                }
                yield newInt(x.pow(y.intValue()));
            }
            default -> space.newNotImplemented();
        };
    }

    /** {@code long_true_divide}: {@code x / y} correctly rounded (a sticky bit below the 55 kept). */
    static double trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw zeroDivision(BinaryOp.TRUE_DIVIDE);
        }
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0;
        }
        boolean negative = x.signum() != y.signum();
        BigInteger a = x.abs(), b = y.abs();
        int shift = 55 - (a.bitLength() - b.bitLength());
        if (shift > 0) {
            a = a.shiftLeft(shift);
        } else {
            b = b.shiftLeft(-shift);
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double r = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(r)) {
            throw new PyException("OverflowError", "integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** {@code PyLong_AsDouble}: correctly rounded; OverflowError when out of a double's range. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyException("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    /** {@code PyLong_AsDouble} of an int object. */
    public double toDouble(long o) {
        if (fitsLong(o)) {
            return (double) longValue(o);
        }
        return toDouble(bigValue(o));
    }

    /**
     * {@code nb_float} ({@code long_float}): the int as a float, OverflowError beyond a double's range.
     * bool's {@code __float__} slot wrapper reaches the int through it ({@code True.__float__()} is 1.0).
     */
    @Override
    public long toFloat(long o) {
        return space.floatType.create(toDouble(o));
    }

    /** {@code long_neg}, {@code long_pos} (an exact int, a bool's value as int), {@code long_invert}, {@code long_abs}. */
    @Override
    public long unaryOp(long o, UnaryOp op) {
        if ((op == UnaryOp.POSITIVE || op == UnaryOp.ABSOLUTE && memory.getLong(o + Layout.OB_SIZE) >= 0)
                && space.typeOf(o) == space.intType) {
            return space.newRef(o);
        }
        if (fitsLong(o)) {
            long a = longValue(o);
            if (a != Long.MIN_VALUE) {
                return newMedium(switch (op) { // long_neg, long_invert: _PyLong_FromSTwoDigits for one digit
                    case NEGATIVE -> -a;
                    case POSITIVE -> a;
                    case INVERT -> ~a;
                    case ABSOLUTE -> Math.abs(a);
                });
            }
        }
        BigInteger x = bigValue(o);
        return newInt(switch (op) {
            case NEGATIVE -> x.negate();
            case POSITIVE -> x;
            case INVERT -> x.not();
            case ABSOLUTE -> x.abs();
        });
    }

    /** The header up to {@code ob_digit}: bool's {@code tp_basicsize} counts a padded digit its blocks need not have. */
    @Override
    public long smallestInstanceSize() {
        return DIGITS;
    }

    /** At least one digit: CPython stores 0 as one zero digit. */
    @Override
    public long instanceSize(long o) {
        return allocationSize((int) Math.abs(memory.getLong(o + Layout.OB_SIZE)));
    }

    @Override
    public void dealloc(long o) {
        if (isBool()) {
            throw new HeapCorruptionError("deallocating " + repr(o) + ": its refcount reached zero", o);
        }
        // long_dealloc's Py_TYPE(o)->tp_free: an exact int's is PyObject_Free (no GC header), so the
        // type word read once decides it; a subclass's instance is freed by its class
        ObjectSpace s = space;
        if (s.memory.getLong(o + Layout.OB_TYPE) == typeObject()) {
            s.freeObject(o);
        } else {
            s.typeOf(o).tpFree(o);
        }
    }

    @Override
    public long hash(long o) {
        return fitsLong(o) ? Hashing.ofLong(longValue(o)) : Hashing.ofBig(bigValue(o));
    }

    /** Two ints (or two bools) of up to two digits each, by value; longer ones by {@link #richCompare}. */
    @Override
    public int compareSameType(long a, long b, CompareOp op) {
        long x = mediumValue(a);
        long y = mediumValue(b);
        if (x == NOT_MEDIUM || y == NOT_MEDIUM) {
            return NO_QUICK_ANSWER;
        }
        return op.holds(Long.compare(x, y)) ? 1 : 0;
    }

    /** {@code long_richcompare}: ints and bools compare by value; anything else is left to the other operand. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b)) {
            return space.newNotImplemented();
        }
        return space.newBool(op.holds(a == b ? 0 : compare(a, b)));
    }

    @Override
    public boolean isTrue(long o) {
        return memory.getLong(o + Layout.OB_SIZE) != 0;
    }

    @Override
    protected boolean ownNew() {
        return true; // bool_new as well as long_new
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        if (isBool()) { // bool_as_number: &, |, ^ of two bools stay bools; the rest is int's
            return java.util.EnumSet.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.NB_AND, SlotWrappers.Slot.NB_XOR,
                    SlotWrappers.Slot.NB_OR);
        }
        return adjusted(super.slots(), SlotWrappers.INT);
    }

    /** {@code long_to_decimal_string} writes a new str: {@code str(5) is str(5)} is False, unlike {@code chr(53)}. */
    @Override
    public long reprObject(long o) {
        return isBool() ? space.strType.boolText(isTrue(o)) : space.strType.create(repr(o));
    }

    @Override
    public long strObject(long o) {
        return isBool() ? space.strType.boolText(isTrue(o)) : space.strType.create(str(o));
    }

    @Override
    public String repr(long o) {
        if (isBool()) {
            return isTrue(o) ? "True" : "False";
        }
        return fitsLong(o) ? Long.toString(longValue(o)) : decimal(bigValue(o));
    }

    /** {@code sys.get_int_max_str_digits()}: the most decimal digits int/str conversions take; 0 is no limit. */
    private int maxStrDigits = 4300;

    public int maxStrDigits() {
        return maxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}. */
    public void setMaxStrDigits(long n) {
        if (n != 0 && n < 640) {
            throw new PyException("ValueError", "maxdigits must be 0 or larger than 640");
        }
        maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** The decimal digits of {@code v}, refused beyond {@link #maxStrDigits} ({@code long_to_decimal_string_internal}). */
    public String decimal(BigInteger v) {
        // a number of more bits than the limit's digits can hold is refused before the conversion
        if (maxStrDigits > 0 && v.bitLength() > maxStrDigits * 3.33 + 64) {
            throw tooManyDigitsToStr();
        }
        String text = v.toString();
        if (maxStrDigits > 0 && text.length() - (v.signum() < 0 ? 1 : 0) > maxStrDigits) {
            throw tooManyDigitsToStr();
        }
        return text;
    }

    private PyException tooManyDigitsToStr() {
        return new PyException("ValueError", "Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** {@code int(text, base)}'s check: digits beyond the limit in a base that is not a power of two. */
    void checkStrDigits(int digits, int base) {
        if (maxStrDigits > 0 && digits > maxStrDigits && (base & (base - 1)) != 0) {
            throw new PyException("ValueError", "Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion: "
                    + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    @Override
    public Object javaValue(long o) {
        if (isBool()) {
            return isTrue(o);
        }
        return fitsLong(o) ? (Object) longValue(o) : bigValue(o);
    }
}
