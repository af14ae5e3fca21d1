package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What {@code bytes} and {@code bytearray} share (Objects/bytes_methods.c and the stringlib
 * functions both types instantiate): the operations on the contents as a Java {@code byte[]}, and
 * the methods, each defined once and given to both types with a maker of the result's type.
 */
final class BytesMethods {
    private final ObjectSpace space;
    /** The type's name as the messages show it ({@code bytes} or {@code bytearray}). */
    private final String typeName;
    /** Makes a new object of the receiver's type from contents. */
    private final Function<byte[], Long> maker;

    private BytesMethods(ObjectSpace space, String typeName, Function<byte[], Long> maker) {
        this.space = space;
        this.typeName = typeName;
        this.maker = maker;
    }

    /** Defines the shared methods on {@code type} (bytes when {@code immutable}, else bytearray). */
    static void define(ObjectSpace space, PyType type, boolean immutable, BiConsumer<String, PyMethod> def) {
        Function<byte[], Long> maker = immutable ? b -> space.bytesType.of(b) : b -> ((ByteArrayType) type).create(b);
        new BytesMethods(space, type.name, maker).defineAll(def);
    }

    // ------------------------------------------------------------------ operations on contents

    /** The contents of a bytes-like object (bytes, bytearray), or null for anything else ({@code PyObject_CheckBuffer}). */
    static byte[] bufferOf(ObjectSpace space, long o) {
        if (space.bytesType.check(o)) {
            return space.bytesType.value(o);
        }
        if (space.byteArrayType.check(o)) {
            return space.byteArrayType.value(o);
        }
        return null;
    }

    /** {@code PyIndex_Check}: an int, or an object whose class defines {@code __index__}. */
    static boolean indexCheck(ObjectSpace space, long o) {
        PyType t = space.typeOf(o);
        return t.hasFlag(PyType.LONG_SUBCLASS) || t.specialMethod("__index__") != 0;
    }

    /** {@code PyNumber_AsSsize_t(o, IndexError)} through {@code __index__}. */
    static long asIndex(ObjectSpace space, long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            return Abstract.index(space, i);
        } finally {
            space.decref(i);
        }
    }

    /** The contents of a bytes-like argument, or CPython's {@code a bytes-like object is required, not 'X'}. */
    static byte[] requireBuffer(ObjectSpace space, long o) {
        byte[] b = bufferOf(space, o);
        if (b == null) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(o).name + "'");
        }
        return b;
    }

    static byte[] slice(ObjectSpace space, byte[] data, long slice) {
        long[] s = space.sliceType.indices(slice, data.length);
        byte[] out = new byte[(int) s[3]];
        for (int k = 0; k < s[3]; k++) {
            out[k] = data[(int) (s[0] + k * s[2])];
        }
        return out;
    }

    /** {@code bytes_contains}: an int in 0..255 as a byte, or a bytes-like object as a substring. */
    static boolean contains(ObjectSpace space, byte[] haystack, long v) {
        PyType t = space.typeOf(v);
        if (indexCheck(space, v)) {
            int b = ByteArrayType.byteValue(space, v, "byte must be in range(0, 256)");
            for (byte x : haystack) {
                if ((x & 0xFF) == b) {
                    return true;
                }
            }
            return false;
        }
        return find(haystack, requireBuffer(space, v), 0, haystack.length) >= 0;
    }

    /** The first index of {@code needle} in {@code haystack[from, to)}, or -1. */
    static int find(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last index of {@code needle} in {@code haystack[from, to)}, or -1. */
    static int rfind(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Comparison against any bytes-like object, byte by byte (unsigned), then by length. */
    static long compare(ObjectSpace space, byte[] a, long b, CompareOp op) {
        byte[] other = bufferOf(space, b);
        if (other == null) {
            return space.newNotImplemented();
        }
        return space.newBool(op.holds(Arrays.compareUnsigned(a, other)));
    }

    /** {@code a + b}: {@code can't concat X to Y} when {@code b} is not bytes-like. */
    static byte[] concat(ObjectSpace space, long a, long b) {
        byte[] other = bufferOf(space, b);
        if (other == null) {
            throw new PyException("TypeError", "can't concat " + space.typeOf(b).name + " to " + space.typeOf(a).name);
        }
        return concat(bufferOf(space, a), other);
    }

    static byte[] concat(byte[] a, byte[] other) {
        byte[] out = Arrays.copyOf(a, a.length + other.length);
        System.arraycopy(other, 0, out, a.length, other.length);
        return out;
    }

    static byte[] repeat(byte[] data, long count) {
        long total = Math.max(0, count) * data.length;
        if (total > Integer.MAX_VALUE - 16) {
            throw new PyException("MemoryError", "");
        }
        byte[] out = new byte[(int) total];
        for (int i = 0; i < out.length; i += data.length) {
            System.arraycopy(data, 0, out, i, data.length);
        }
        return out;
    }

    /**
     * {@code PyBytes_Repr}: single quotes unless the contents hold a single quote and no double
     * quote. bytearray's repr (a prefix given) escapes a single quote even inside double quotes.
     */
    static String repr(String prefix, byte[] data, String suffix) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : data) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder s = new StringBuilder(prefix).append('b').append(quote);
        for (byte x : data) {
            int c = x & 0xFF;
            if (c == quote || c == '\\' || (c == '\'' && !prefix.isEmpty())) {
                s.append('\\').append((char) c);
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c >= 32 && c < 127) {
                s.append((char) c);
            } else {
                s.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return s.append(quote).append(suffix).toString();
    }

    // ------------------------------------------------------------------ methods

    private byte[] self(long o) {
        return bufferOf(space, o);
    }

    private long make(byte[] b) {
        return maker.apply(b);
    }

    private String str(long o, String function, int position) {
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", function + "() argument " + position + " must be str, not " + space.typeOf(o).name);
        }
        return space.strType.value(o);
    }

    private void defineAll(BiConsumer<String, PyMethod> def) {
        def.accept("decode", (self, args) -> {
            Args.range("decode", args, 0, 2);
            String encoding = args.length > 0 ? str(args[0], "decode", 1) : "utf-8";
            String errors = args.length > 1 ? str(args[1], "decode", 2) : "strict";
            return space.strType.runtime(Codecs.decode(self(self), encoding, errors));
        });
        def.accept("hex", (self, args) -> {
            Args.range("hex", args, 0, 0);
            StringBuilder s = new StringBuilder();
            for (byte x : self(self)) {
                s.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
            }
            return space.strType.runtime(s.toString());
        });
    }
}
