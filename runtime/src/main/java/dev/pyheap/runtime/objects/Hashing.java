package dev.pyheap.runtime.objects;

/**
 * CPython's hash functions for the built-in value types, so that equal values hash equal across
 * types ({@code hash(1) == hash(1.0) == hash(True)}) and ints hash to CPython's values exactly.
 * Strings and bytes use CPython's SipHash-1-3 keyed by the heap's hash secret, so with the same
 * {@code PYTHONHASHSEED} they hash, and sets and dicts of them iterate, as in CPython.
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

    /**
     * CPython's str/bytes hash secret ({@code _Py_HashSecret}'s SipHash key, {@code k0} and
     * {@code k1}) for a {@code PYTHONHASHSEED}: 0 disables randomisation (an all-zero key); a number
     * from 1 to 4294967295 fills the secret's bytes from {@code lcg_urandom}, the linear congruential
     * generator {@code x = x * 214013 + 2531011} taking bits 23..16 of each step.
     */
    static long[] secretOfSeed(long seed) {
        if (seed == 0) {
            return new long[] {0, 0};
        }
        int x = (int) seed;
        long[] key = new long[2];
        for (int i = 0; i < 16; i++) {
            x = x * 214013 + 2531011;
            key[i / 8] |= (long) ((x >>> 16) & 0xff) << (8 * (i % 8));
        }
        return key;
    }

    /**
     * {@code unicode_hash}: SipHash-1-3 over the str's canonical storage, one, two or four bytes per
     * code point (its {@code PyUnicode_KIND}, from the widest code point), little-endian; never -1.
     */
    static long ofCodePoints(long[] secret, int[] codePoints) {
        int max = 0;
        for (int c : codePoints) {
            max = Math.max(max, c);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[codePoints.length * kind];
        for (int i = 0; i < codePoints.length; i++) {
            for (int b = 0; b < kind; b++) {
                data[i * kind + b] = (byte) (codePoints[i] >>> (8 * b));
            }
        }
        return ofBytes(secret, data);
    }

    /** The hash of the str whose text is {@code text}, without making the str ({@code PyDict_GetItemString}). */
    static long ofText(long[] secret, String text) {
        return ofCodePoints(secret, text.codePoints().toArray());
    }

    /** {@code _Py_HashBytes}: 0 for no bytes, else SipHash-1-3 keyed by the secret; never -1. */
    static long ofBytes(long[] secret, byte[] data) {
        if (data.length == 0) {
            return 0;
        }
        long h = sipHash13(secret[0], secret[1], data);
        return h == -1 ? -2 : h;
    }

    /** {@code siphash13} of Python/pyhash.c: one compression round per 8-byte word, three to finish. */
    private static long sipHash13(long k0, long k1, byte[] in) {
        long[] v = {k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL, k0 ^ 0x6c7967656e657261L,
                k1 ^ 0x7465646279746573L};
        int n = in.length;
        int i = 0;
        for (; n - i >= 8; i += 8) {
            long m = littleEndian(in, i, 8);
            v[3] ^= m;
            sipRound(v);
            v[0] ^= m;
        }
        long b = ((long) n << 56) | littleEndian(in, i, n - i);
        v[3] ^= b;
        sipRound(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        sipRound(v);
        sipRound(v);
        sipRound(v);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static long littleEndian(byte[] in, int from, int count) {
        long m = 0;
        for (int k = 0; k < count; k++) {
            m |= (in[from + k] & 0xffL) << (8 * k);
        }
        return m;
    }

    private static void sipRound(long[] v) {
        v[0] += v[1];
        v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1];
        v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
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
