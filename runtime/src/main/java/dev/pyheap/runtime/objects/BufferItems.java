package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.PyException;

import java.math.BigInteger;

/**
 * One item of a buffer read or written as its native struct format says (Objects/memoryobject.c's
 * {@code unpack_single} and {@code pack_single}): what memoryview's items, {@code tolist} and
 * comparisons go through, and what array and ctypes share for the C types they store.
 */
public final class BufferItems {
    private BufferItems() {
    }

    /** The format's item character without the native '@' prefix, or 0 when it is not a native single character. */
    public static char code(String format) {
        String bare = format.startsWith("@") ? format.substring(1) : format;
        return bare.length() == 1 ? bare.charAt(0) : 0;
    }

    /** Whether two formats describe the same item (a native '@' prefix or not). */
    public static boolean sameFormat(String a, String b) {
        return (a.startsWith("@") ? a.substring(1) : a).equals(b.startsWith("@") ? b.substring(1) : b);
    }

    /** Bytes of one item of a native format character, or 0 for one memoryview cannot handle. */
    public static int size(char code) {
        return switch (code) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> 0;
        };
    }

    /** The item at {@code at} as an object. New reference. */
    public static long unpack(ObjectSpace space, long at, String format) {
        Memory memory = space.memory;
        char f = code(format);
        return switch (f) {
            case 'B' -> space.newInt(memory.getByte(at) & 0xff);
            case 'b' -> space.newInt(memory.getByte(at));
            case 'c' -> space.bytesType.of(new byte[] {memory.getByte(at)});
            case '?' -> space.newBool(memory.getByte(at) != 0);
            case 'H' -> space.newInt(Short.toUnsignedInt(memory.getShort(at)));
            case 'h' -> space.newInt(memory.getShort(at));
            case 'I' -> space.newInt(Integer.toUnsignedLong(memory.getInt(at)));
            case 'i' -> space.newInt(memory.getInt(at));
            case 'f' -> space.floatType.create(Float.intBitsToFloat(memory.getInt(at)));
            case 'e' -> space.floatType.create(Float.float16ToFloat(memory.getShort(at)));
            case 'd' -> space.floatType.create(Double.longBitsToDouble(memory.getLong(at)));
            case 'l', 'q', 'n' -> space.newInt(memory.getLong(at));
            case 'L', 'Q', 'N', 'P' -> unsigned(space, memory.getLong(at));
            default -> throw new PyException("NotImplementedError", "memoryview: format " + format + " not supported");
        };
    }

    /** An unsigned 64-bit value as an int. New reference. */
    public static long unsigned(ObjectSpace space, long bits) {
        return bits >= 0 ? space.newInt(bits) : space.intType.newInt(new BigInteger(Long.toUnsignedString(bits)));
    }

    /** Writes {@code v} as the item at {@code at}, with memoryview's errors for a wrong type or value. */
    public static void pack(ObjectSpace space, long at, String format, long v) {
        Memory memory = space.memory;
        char f = code(format);
        switch (f) {
            case 'c' -> {
                if (!space.bytesType.check(v)) {
                    throw invalidType(format);
                }
                byte[] b = space.bytesType.value(v);
                if (b.length != 1) {
                    throw invalidValue(format);
                }
                memory.putByte(at, b[0]);
            }
            case '?' -> memory.putByte(at, (byte) (Abstract.isTrue(space, v) ? 1 : 0));
            case 'f', 'd', 'e' -> {
                double d;
                try {
                    d = asDouble(space, v);
                } catch (PyException e) {
                    if (!Abstract.matches(space, e, "TypeError")) {
                        throw e;
                    }
                    e.release();
                    throw invalidType(format);
                }
                switch (f) {
                    case 'f' -> memory.putInt(at, Float.floatToIntBits((float) d));
                    case 'e' -> memory.putShort(at, Float.floatToFloat16((float) d));
                    default -> memory.putLong(at, Double.doubleToLongBits(d));
                }
            }
            default -> {
                int size = size(f);
                if (size == 0) {
                    throw new PyException("NotImplementedError", "memoryview: format " + format + " not supported");
                }
                if (!BytesMethods.indexCheck(space, v)) {
                    throw invalidType(format);
                }
                BigInteger x = bigIndex(space, v);
                boolean signed = Character.isLowerCase(f);
                int bits = 8 * size;
                BigInteger lo = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
                BigInteger hi = signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
                if (f == 'P') {
                    lo = BigInteger.ONE.shiftLeft(63).negate();
                }
                if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
                    throw invalidValue(format);
                }
                store(memory, at, size, x.longValue());
            }
        }
    }

    /** {@code v.__index__()} as a Java big integer. */
    public static BigInteger bigIndex(ObjectSpace space, long v) {
        long iv = Abstract.numberIndex(space, v);
        try {
            return space.intType.bigValue(iv);
        } finally {
            space.decref(iv);
        }
    }

    /** {@code PyFloat_AsDouble}: a float, an int, or an object with {@code __float__} or {@code __index__}. */
    public static double asDouble(ObjectSpace space, long v) {
        PyType t = space.typeOf(v);
        if (space.floatType.check(v)) {
            return space.floatType.value(v);
        }
        if (t.hasFlag(PyType.LONG_SUBCLASS)) {
            return Constructors.intToDouble(space, v);
        }
        long f = t.toFloat(v);
        if (f == 0) {
            long i = t.index(v);
            if (i == 0) {
                throw new PyException("TypeError", "must be real number, not " + t.name);
            }
            try {
                return Constructors.intToDouble(space, i);
            } finally {
                space.decref(i);
            }
        }
        try {
            return space.floatType.value(f);
        } finally {
            space.decref(f);
        }
    }

    /** Stores the low {@code size} bytes of {@code bits} at {@code at} (native byte order). */
    public static void store(Memory memory, long at, int size, long bits) {
        switch (size) {
            case 1 -> memory.putByte(at, (byte) bits);
            case 2 -> memory.putShort(at, (short) bits);
            case 4 -> memory.putInt(at, (int) bits);
            default -> memory.putLong(at, bits);
        }
    }

    private static PyException invalidType(String format) {
        return new PyException("TypeError", "memoryview: invalid type for format '" + format + "'");
    }

    private static PyException invalidValue(String format) {
        return new PyException("ValueError", "memoryview: invalid value for format '" + format + "'");
    }
}
