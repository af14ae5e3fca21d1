package dev.pyheap.runtime.objects;

/**
 * CPython's hash functions for the built-in value types, so that equal values hash equal across
 * types ({@code hash(1) == hash(1.0) == hash(True)}) and ints hash to CPython's values exactly.
 * Strings and bytes use a seeded 64-bit mix instead of SipHash: their hashes are randomised per
 * process in CPython too ({@code PYTHONHASHSEED}), so only their equality contract matters.
 */
final class Hashing {
    private Hashing() {
    }

    /** {@code _PyHASH_MODULUS}: the Mersenne prime 2**61 - 1 that numeric hashes reduce by. */
    static final long MODULUS = (1L << 61) - 1;
    public static final long INF = 314159;

    /** {@code _Py_HashPointer}: the address rotated right by 4 bits (blocks are 16-byte aligned). */
    public static long pointer(long address) {
        long h = Long.rotateRight(address, 4);
        return h == -1 ? -2 : h;
    }

    /** {@code hash(n)} for an int that fits a {@code long}. */
    static long ofLong(long value) {
        if (value == Long.MIN_VALUE) {
            return ofBig(java.math.BigInteger.valueOf(value));
        }
        long h = Math.abs(value) % MODULUS;
        if (value < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(n)} for any int. */
    static long ofBig(java.math.BigInteger value) {
        long h = value.abs().mod(java.math.BigInteger.valueOf(MODULUS)).longValueExact();
        if (value.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code _Py_HashDouble}: integral values hash as the int they equal; inf and nan as CPython. */
    static long ofDouble(double v, long objectAddress) {
        if (Double.isNaN(v)) {
            return pointer(objectAddress);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        // Reduce m * 2**e modulo 2**61 - 1, 28 bits at a time, as CPython does.
        int[] exp = new int[1];
        double m = frexp(v, exp);
        int e = exp[0];
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static double frexp(double v, int[] exponent) {
        if (v == 0) {
            exponent[0] = 0;
            return v;
        }
        int e = Math.getExponent(v);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            v *= 0x1p54;
            e = Math.getExponent(v) - 54;
            exponent[0] = e + 1;
            return v / Math.scalb(1.0, Math.getExponent(v) + 1);
        }
        exponent[0] = e + 1;
        return Math.scalb(v, -(e + 1));
    }

    /** A 64-bit hash of code points (str) or bytes, keyed per heap; never -1. */
    static long ofCodePoints(long seed, int[] codePoints) {
        long h = textStart(seed);
        for (int c : codePoints) {
            h = textStep(h, c);
        }
        return textFinish(h);
    }

    /**
     * The hash of the str whose text is {@code text}, without making the str: the same value
     * {@link StrType#hash} computes from the stored code points, so a dict can look a name up
     * with Java text ({@code PyDict_GetItemString}).
     */
    static long ofText(long seed, String text) {
        long h = textStart(seed);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            h = textStep(h, c);
            i += Character.charCount(c);
        }
        return textFinish(h);
    }

    // The three steps of the str/bytes hash, shared so that every caller computes the same value.
    static long textStart(long seed) {
        return seed ^ 0x9E3779B97F4A7C15L;
    }

    static long textStep(long h, int codePoint) {
        return Long.rotateLeft(h ^ codePoint, 27) * 0x94D049BB133111EBL + 0x632BE59BD9B4E019L;
    }

    static long textFinish(long h) {
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** CPython 3.8+'s tuple hash (xxHash-derived) over the items' hashes, in three steps: the seed... */
    static long tupleStart() {
        return XXPRIME_5;
    }

    /** ...one item's hash folded in, in item order... */
    static long tupleStep(long acc, long itemHash) {
        return Long.rotateLeft(acc + itemHash * XXPRIME_2, 31) * XXPRIME_1;
    }

    /** ...and the length. */
    static long tupleFinish(long acc, long length) {
        acc += length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }
}
