package dev.pyheap.interpreter.builtins;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.Buffer;
import dev.pyheap.runtime.objects.BufferItems;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * {@code _struct} (Modules/_struct.c): {@code Struct}, a compiled format, and the module functions
 * that compile formats through a cache of at most 100 of them.
 *
 * <h2>Formats</h2>
 * The first character may choose a table: {@code @} (or none) native sizes and alignment,
 * {@code <} and {@code =} little-endian standard sizes, {@code >} and {@code !} big-endian standard
 * sizes. Then {@code [count]char} items, whitespace between them ignored, a NUL ending the format.
 * Compiling makes one code per item ({@code s} and {@code p} one for all their bytes, {@code x} none,
 * a count of 0 none but for {@code s}/{@code p}): its character and table, offset, size and repeat.
 * Native items start at a multiple of their alignment.
 *
 * <h2>Layout</h2>
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 s_size (bytes packed)  +24 s_len (values packed)  +32 s_codes  +40 s_format (bytes)  +48 weakreflist
 *   s_codes (PyMem block), one 32-byte formatcode per code and a zeroed one ending them:
 *     +0 table << 8 | char   +8 offset   +16 size   +24 repeat
 * </pre>
 * {@code sys.getsizeof} is CPython's: {@code 56 + 32 * (codes + 1)} plus the GC header.
 *
 * <h2>Packers</h2>
 * Each table has its own converters, as _struct.c's: the native ones range-check after reading a C
 * {@code long} ("byte format requires -128 <= number <= 127", "'i' format requires ..."), the
 * standard ones check the standard size, and the standard 8-byte ones fail as
 * {@code _PyLong_AsByteArray} does ("int too large to convert"). On this little-endian machine the
 * little-endian table uses the native converters wherever the sizes agree (not for {@code l},
 * {@code L}, {@code f}, {@code d}, {@code ?}), as _struct.c arranges at start-up, and {@code b},
 * {@code B} are the native ones in every table.
 */
final class StructModule {
    static final int NATIVE = 0, LITTLE = 1, BIG = 2;
    private static final int MAXCACHE = 100;
    private static final String DOC = """
            Values packed into bytes and unpacked from them by a format: pack, unpack, calcsize, pack_into,
            unpack_from, iter_unpack, Struct and error.

            A format is an optional byte order character and a sequence of [count]code:
              @ (default)  native order, sizes and alignment (x86-64 Linux: l, L, n, N, P, q, Q are 8 bytes;
                           each item starts at a multiple of its size, no padding at the end)
              = < > !      standard sizes (b 1, h 2, i 4, l 4, q 8, e 2, f 4, d 8), no alignment; < little
                           endian, > and ! big endian, = native (little) order
              x pad byte, c bytes of length 1, b B signed/unsigned char, ? bool, h H short, i I int,
              l L long, q Q long long, n N ssize_t/size_t and P pointer (native only), e f d IEEE 754 half,
              single and double (rounded to nearest even), s bytes (count is the length), p Pascal string.
            """;

    private final ObjectSpace space;
    private final Memory memory;
    /** {@code struct.error} (held until the interpreter closes). */
    private long error;
    private final StructType structType;
    /** Compiled formats by their format object's type and text: {@code PyDict} semantics, str and bytes apart. */
    private final Map<Object, Long> cache = new HashMap<>();

    private StructModule(ObjectSpace space, long error) {
        this.space = space;
        this.memory = space.memory;
        this.error = error;
        this.structType = space.register(new StructType(space, this));
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        long error = newError(space);
        StructModule m = new StructModule(space, error);
        long doc = space.strType.runtime(DOC);
        SysModule.setItem(space, dict, "__doc__", doc);
        space.decref(doc);
        SysModule.setItem(space, dict, "error", error);
        SysModule.setItem(space, dict, "Struct", m.structType.typeObject());
        // the module state (CPython's _structmodulestate and its cache): roots while it lives, released at the end
        table.interpreter().addRoots(m::forEachHeld);
        table.atClose(m::releaseHeld);
        SysModule.function(space, module, dict, "_clearcache", (self, a, n, kw) -> {
            new CallArgs(space, "_struct._clearcache", a, n, kw).exactly(0);
            m.clearCache();
            return space.newNone();
        });
        SysModule.function(space, module, dict, "calcsize", (self, a, n, kw) -> {
            long s = m.cached(new CallArgs(space, "_struct.calcsize", a, n, kw).keywords().exactly(1).get(0));
            return space.newInt(memory(space).getLong(s + StructType.S_SIZE));
        });
        SysModule.function(space, module, dict, "pack", (self, a, n, kw) -> {
            new CallArgs(space, "_struct.pack", a, n, kw).keywords();
            if (n == 0) {
                throw new PyException("TypeError", "missing format argument");
            }
            return m.pack(m.cached(space.memory.getLong(a)), values(space, a + 8, n - 1));
        });
        SysModule.function(space, module, dict, "pack_into", (self, a, n, kw) -> {
            new CallArgs(space, "_struct.pack_into", a, n, kw).keywords();
            if (n == 0) {
                throw new PyException("TypeError", "missing format argument");
            }
            m.packInto(m.cached(space.memory.getLong(a)), values(space, a + 8, n - 1));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "unpack", (self, a, n, kw) -> {
            new CallArgs(space, "_struct.unpack", a, n, kw).keywords();
            if (n != 2) {
                throw new PyException("TypeError", "unpack expected 2 arguments, got " + n);
            }
            return m.unpack(m.cached(space.memory.getLong(a)), space.memory.getLong(a + 8));
        });
        SysModule.function(space, module, dict, "iter_unpack", (self, a, n, kw) -> {
            new CallArgs(space, "_struct.iter_unpack", a, n, kw).keywords();
            if (n != 2) {
                throw new PyException("TypeError", "iter_unpack expected 2 arguments, got " + n);
            }
            return m.iterUnpack(m.cached(space.memory.getLong(a)), space.memory.getLong(a + 8));
        });
        SysModule.function(space, module, dict, "unpack_from", (self, a, n, kw) -> {
            long[] v = new CallArguments(space, "unpack_from", a, n, kw).clinic(1, 2, 3, "format", "buffer", "offset");
            return m.unpackFrom(m.cached(v[0]), v[1], v[2]);
        });
    }

    /** The call's positionals from {@code args} on, as an array (borrowed). */
    private static long[] values(ObjectSpace space, long args, long n) {
        long[] v = new long[(int) n];
        for (int i = 0; i < n; i++) {
            v[i] = space.memory.getLong(args + 8L * i);
        }
        return v;
    }

    private static Memory memory(ObjectSpace space) {
        return space.memory;
    }

    /** {@code PyErr_NewException("struct.error", NULL, NULL)}: a class of Exception whose module is struct. New reference. */
    private static long newError(ObjectSpace space) {
        long name = space.strType.runtime("error");
        long base = space.exceptions.byName("Exception").typeObject();
        long bases = space.tupleType.create(base);
        long ns = space.dictType.create();
        try {
            space.dictType.setItemString(ns, "__module__", name);
            long module = space.strType.runtime("struct");
            try {
                space.dictType.setItemString(ns, "__module__", module);
            } finally {
                space.decref(module);
            }
            return Abstract.call(space, space.typeType.typeObject(), new long[] {name, bases, ns});
        } finally {
            space.decref(name);
            space.decref(bases);
            space.decref(ns);
        }
    }

    /** A {@code struct.error(message)} to throw. */
    PyException error(String message) {
        long text = space.strType.runtime(message);
        long exc;
        try {
            exc = Abstract.call(space, error, new long[] {text});
        } finally {
            space.decref(text);
        }
        return new PyException("error", message, exc, space::decref);
    }

    // ------------------------------------------------------------------ the cache

    /** {@code cache_struct_converter}: the compiled format (borrowed: the cache, or the caller's Struct, holds it). */
    private long cached(long format) {
        Object key;
        if (space.strType.check(format)) {
            key = space.strType.value(format);
        } else if (space.bytesType.check(format)) {
            key = new BytesKey(space.bytesType.value(format));
        } else {
            throw new PyException("TypeError", "Struct() argument 1 must be a str or bytes object, not "
                    + space.typeOf(format).name);
        }
        Long s = cache.get(key);
        if (s != null) {
            return s;
        }
        long made = structType.create(format);
        if (cache.size() >= MAXCACHE) {
            clearCache();
        }
        cache.put(key, made);
        return made;
    }

    private void forEachHeld(java.util.function.LongConsumer visitor) {
        if (error != 0) {
            visitor.accept(error);
        }
        cache.values().forEach(visitor::accept);
    }

    private void releaseHeld() {
        clearCache();
        long e = error;
        error = 0;
        space.xdecref(e);
    }

    private void clearCache() {
        for (long s : cache.values()) {
            space.decref(s);
        }
        cache.clear();
    }

    private record BytesKey(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BytesKey k && java.util.Arrays.equals(value, k.value);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(value);
        }
    }

    // ------------------------------------------------------------------ packing

    /** {@code s_pack}: {@code args} packed. New reference. */
    long pack(long s, long[] args) {
        int n = args.length;
        long len = memory.getLong(s + StructType.S_LEN);
        if (n != len) {
            throw error("pack expected " + len + " items for packing (got " + n + ")");
        }
        byte[] out = new byte[(int) memory.getLong(s + StructType.S_SIZE)];
        packInternal(s, args, 0, out);
        return space.bytesType.of(out);
    }

    /** {@code s_pack_into}: {@code args} are the buffer, the offset and the values. */
    void packInto(long s, long[] args) {
        int n = args.length;
        long len = memory.getLong(s + StructType.S_LEN);
        if (n != len + 2) {
            if (n == 0) {
                throw error("pack_into expected buffer argument");
            }
            if (n == 1) {
                throw error("pack_into expected offset argument");
            }
            throw error("pack_into expected " + len + " items for packing (got " + (n - 2) + ")");
        }
        long target = args[0];
        PyType t = space.typeOf(target);
        Buffer b = t.getBuffer(target);
        if (b == null || b.readonly() || !b.cContiguous()) {
            if (b != null) {
                t.releaseBuffer(target);
            }
            throw new PyException("TypeError", "argument must be read-write bytes-like object, not " + t.name);
        }
        try {
            long offset = asSsize(args[1]);
            long size = memory.getLong(s + StructType.S_SIZE);
            if (offset < 0) {
                if (offset + size > 0) {
                    throw error("no space to pack " + size + " bytes at offset " + offset);
                }
                if (offset + b.len() < 0) {
                    throw error("offset " + offset + " out of range for " + b.len() + "-byte buffer");
                }
                offset += b.len();
            }
            if (b.len() - offset < size) {
                throw error("pack_into requires a buffer of at least " + (size + offset) + " bytes for packing " + size
                        + " bytes at offset " + offset + " (actual buffer size is " + b.len() + ")");
            }
            // one byte more: a "0p" last writes its length byte just past the struct, into the buffer when it has room
            byte[] out = new byte[(int) size + 1];
            packInternal(s, args, 2, out);
            memory.write(b.buf() + offset, out, 0, out[(int) size] != 0 && offset + size < b.len() ? out.length : (int) size);
        } finally {
            t.releaseBuffer(target);
        }
    }

    /** {@code PyNumber_AsSsize_t(o, PyExc_IndexError)}. */
    private long asSsize(long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            if (!space.intType.fitsLong(i)) {
                throw new PyException("IndexError", "cannot fit '" + space.typeOf(o).name + "' into an index-sized integer");
            }
            return space.intType.longValue(i);
        } finally {
            space.decref(i);
        }
    }

    /** {@code s_pack_internal}: each code's values, read from {@code args} in turn, into {@code out}. */
    private void packInternal(long s, long[] args, int k, byte[] out) {
        for (long code = memory.getLong(s + StructType.S_CODES); ; code += StructType.CODE_SIZE) {
            long def = memory.getLong(code);
            if (def == 0) {
                return;
            }
            char c = (char) (def & 0xff);
            int table = (int) (def >> 8);
            int offset = (int) memory.getLong(code + 8);
            int size = (int) memory.getLong(code + 16);
            long repeat = memory.getLong(code + 24);
            if (c == 's' || c == 'p') {
                long v = args[k++];
                byte[] data;
                if (space.bytesType.check(v) || space.byteArrayType.check(v)) {
                    data = Abstract.bufferBytes(space, v);
                } else {
                    throw error("argument for '" + c + "' must be a bytes object");
                }
                if (c == 's') {
                    System.arraycopy(data, 0, out, offset, Math.min(data.length, size));
                } else {
                    int m = Math.min(data.length, size - 1);
                    if (m > 0) {
                        System.arraycopy(data, 0, out, offset + 1, m);
                    }
                    if (offset < out.length) { // "0p" writes its length byte past its own (empty) field, as CPython's does
                        out[offset] = (byte) Math.min(m, 255);
                    }
                }
                continue;
            }
            int itemSize = size;
            for (long j = 0; j < repeat; j++) {
                long v = args[k++];
                try {
                    packItem(c, table, v, out, offset + (int) j * itemSize, itemSize);
                } catch (PyException e) {
                    // s_pack_internal: an OverflowError while packing an int is the struct's error
                    if (!e.pythonType().equals("OverflowError") || !space.intType.check(v)) {
                        throw e;
                    }
                    e.release();
                    throw error("int too large to convert");
                }
            }
        }
    }

    private void packItem(char c, int table, long v, byte[] out, int at, int size) {
        boolean little = table != BIG;
        switch (c) {
            case 'c' -> {
                if (!space.bytesType.check(v) || space.bytesType.length(v) != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[at] = space.bytesType.value(v)[0];
            }
            case '?' -> out[at] = (byte) (Abstract.isTrue(space, v) ? 1 : 0);
            case 'e' -> put(out, at, 2, little, halfBits(asDouble(v)));
            case 'f' -> {
                double x = asDouble(v);
                float y = (float) x;
                if (table != NATIVE && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw new PyException("OverflowError", "float too large to pack with f format");
                }
                put(out, at, 4, little, Float.floatToRawIntBits(y));
            }
            case 'd' -> put(out, at, 8, little, Double.doubleToRawLongBits(asDouble(v)));
            default -> put(out, at, size, little, integer(c, table, v, size));
        }
    }

    /** {@code PyFloat_AsDouble}, any failure being "required argument is not a float". */
    private double asDouble(long v) {
        if (space.floatType.check(v)) {
            return space.floatType.value(v);
        }
        try {
            return BufferItems.asDouble(space, v);
        } catch (PyException e) {
            e.release();
            throw error("required argument is not a float");
        }
    }

    /**
     * The bits of an integer item, checked as the table's converter checks it (see the class
     * comment): {@code get_long}/{@code get_ulong} first ("argument out of range" outside a C long
     * or unsigned long), then the item's own range.
     */
    private long integer(char c, int table, long v, int size) {
        long iv;
        if (space.intType.check(v)) {
            iv = space.newRef(v);
        } else {
            if (space.typeOf(v).lookup("__index__") == 0) {
                throw error("required argument is not an integer");
            }
            iv = Abstract.numberIndex(space, v);
        }
        try {
            BigInteger big = space.intType.fitsLong(iv) ? null : space.intType.bigValue(iv);
            long x = big == null ? space.intType.longValue(iv) : big.longValue();
            if (big != null && big.bitLength() < 64) {
                big = null; // fitsLong answers for 62 bits; a C long holds 64
            }
            boolean unsigned = Character.isUpperCase(c) || c == 'P';
            String named = c == 'b' ? "byte" : c == 'B' ? "ubyte" : table == BIG ? null
                    : c == 'h' ? "short" : c == 'H' ? "ushort" : null;
            if (named != null) { // np_byte .. np_ushort: get_long, then the item's range
                long low = unsigned ? 0 : -(1L << (8 * size - 1));
                long high = unsigned ? (1L << (8 * size)) - 1 : (1L << (8 * size - 1)) - 1;
                if (big != null) {
                    throw error("argument out of range");
                }
                if (x < low || x > high) {
                    throw error(named + " format requires " + low + " <= number <= " + high);
                }
                return x;
            }
            boolean nativeConverter = table == NATIVE || c == 'b' || c == 'B'
                    || table == LITTLE && c != 'l' && c != 'L';
            if (c == 'P') {
                if (big != null && (big.signum() < 0 || big.bitLength() > 64)) {
                    throw error("int too large to convert");
                }
                return big != null ? big.longValue() : x;
            }
            if (size == 8 && !nativeConverter) { // _PyLong_AsByteArray's OverflowError
                if (big != null ? (unsigned ? big.signum() < 0 || big.bitLength() > 64 : true) : unsigned && x < 0) {
                    throw error("int too large to convert");
                }
                return big != null ? big.longValue() : x;
            }
            if (unsigned) { // get_ulong
                if (big != null ? big.signum() < 0 || big.bitLength() > 64 : x < 0) {
                    throw error("argument out of range");
                }
                if (size == 8) {
                    return big != null ? big.longValue() : x;
                }
                if (big != null || x > (1L << (8 * size)) - 1) {
                    throw rangeError(c, table, size, true);
                }
                return x;
            }
            if (big != null) { // get_long
                throw error("argument out of range");
            }
            if (size < 8 && (x < -(1L << (8 * size - 1)) || x > (1L << (8 * size - 1)) - 1)) {
                throw rangeError(c, table, size, false);
            }
            return x;
        } finally {
            space.decref(iv);
        }
    }

    /** {@code _range_error}: the item's standard range. */
    private PyException rangeError(char c, int table, int size, boolean unsigned) {
        long largest = (1L << (8 * size - (unsigned ? 0 : 1))) - 1;
        return error("'" + c + "' format requires " + (unsigned ? "0" : Long.toString(-largest - 1)) + " <= number <= "
                + largest);
    }

    private static void put(byte[] out, int at, int size, boolean little, long bits) {
        for (int i = 0; i < size; i++) {
            out[little ? at + i : at + size - 1 - i] = (byte) (bits >>> (8 * i));
        }
    }

    /** {@code PyFloat_Pack2}: IEEE 754 binary16 bits of {@code x}, rounded half to even. */
    private static long halfBits(double x) {
        int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        double ax = Math.abs(x);
        if (Double.isInfinite(ax)) {
            return sign | 0x7c00;
        }
        if (ax == 0) {
            return sign;
        }
        int e = Math.getExponent(ax);
        if (e < -14) { // subnormal: a multiple of 2**-24 (rounding up to 1024 of them is the smallest normal)
            return sign | (long) Math.rint(Math.scalb(ax, 24));
        }
        long mant = (long) Math.rint(Math.scalb(ax, 10 - e));
        if (mant == 2048) {
            mant = 1024;
            e++;
        }
        if (e + 15 >= 31) {
            throw new PyException("OverflowError", "float too large to pack with e format");
        }
        return sign | ((long) (e + 15) << 10) | (mant - 1024);
    }

    // ------------------------------------------------------------------ unpacking

    /** The buffer of a bytes-like argument ({@code PyBUF_SIMPLE}), to be released by the caller. */
    private Buffer readable(long o) {
        PyType t = space.typeOf(o);
        Buffer b = t.getBuffer(o);
        if (b == null) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + t.name + "'");
        }
        if (!b.cContiguous()) {
            t.releaseBuffer(o);
            throw new PyException("BufferError", "memoryview: underlying buffer is not C-contiguous");
        }
        return b;
    }

    long unpack(long s, long buffer) {
        Buffer b = readable(buffer);
        try {
            long size = memory.getLong(s + StructType.S_SIZE);
            if (b.len() != size) {
                throw error("unpack requires a buffer of " + size + " bytes");
            }
            return unpackAt(s, b.buf());
        } finally {
            space.typeOf(buffer).releaseBuffer(buffer);
        }
    }

    long unpackFrom(long s, long buffer, long offsetArg) {
        Buffer b = readable(buffer);
        try {
            long offset = offsetArg == 0 ? 0 : asSsize(offsetArg);
            long size = memory.getLong(s + StructType.S_SIZE);
            if (offset < 0) {
                if (offset + b.len() < 0) {
                    throw error("offset " + offset + " out of range for " + b.len() + "-byte buffer");
                }
                offset += b.len();
            }
            if (b.len() - offset < size) {
                throw error("unpack_from requires a buffer of at least " + (size + offset) + " bytes for unpacking "
                        + size + " bytes at offset " + offset + " (actual buffer size is " + b.len() + ")");
            }
            return unpackAt(s, b.buf() + offset);
        } finally {
            space.typeOf(buffer).releaseBuffer(buffer);
        }
    }

    long iterUnpack(long s, long buffer) {
        long size = memory.getLong(s + StructType.S_SIZE);
        if (size == 0) {
            throw error("cannot iteratively unpack with a struct of length 0");
        }
        Buffer b = readable(buffer);
        if (b.len() % size != 0) {
            space.typeOf(buffer).releaseBuffer(buffer);
            throw error("iterative unpacking requires a buffer of a multiple of " + size + " bytes");
        }
        return structType.iterType.create(s, buffer, b);
    }

    /** {@code s_unpack_internal}: the values at {@code at} as a tuple. New reference. */
    long unpackAt(long s, long at) {
        int len = (int) memory.getLong(s + StructType.S_LEN);
        long[] items = new long[len];
        int k = 0;
        try {
            for (long code = memory.getLong(s + StructType.S_CODES); ; code += StructType.CODE_SIZE) {
                long def = memory.getLong(code);
                if (def == 0) {
                    break;
                }
                char c = (char) (def & 0xff);
                boolean little = (def >> 8) != BIG;
                long offset = memory.getLong(code + 8);
                int size = (int) memory.getLong(code + 16);
                long repeat = memory.getLong(code + 24);
                if (c == 's' || c == 'p') {
                    int n = size;
                    long from = at + offset;
                    if (c == 'p') {
                        if (size == 0) {
                            throw new PyException("SystemError", "Negative size passed to PyBytes_FromStringAndSize");
                        }
                        n = Math.min(memory.getByte(from) & 0xff, size - 1);
                        from++;
                    }
                    byte[] data = new byte[n];
                    memory.read(from, data, 0, n);
                    items[k++] = space.bytesType.of(data);
                    continue;
                }
                for (long j = 0; j < repeat; j++) {
                    items[k++] = unpackItem(c, at + offset + j * size, size, little);
                }
            }
            return space.tupleType.createStealing(items);
        } catch (RuntimeException e) {
            for (int i = 0; i < k; i++) {
                space.decref(items[i]);
            }
            throw e;
        }
    }

    private long read(long at, int size, boolean little) {
        long bits = switch (size) {
            case 1 -> memory.getByte(at) & 0xffL;
            case 2 -> little ? memory.getShort(at) & 0xffffL : Short.reverseBytes(memory.getShort(at)) & 0xffffL;
            case 4 -> little ? memory.getInt(at) & 0xffffffffL : Integer.reverseBytes(memory.getInt(at)) & 0xffffffffL;
            default -> little ? memory.getLong(at) : Long.reverseBytes(memory.getLong(at));
        };
        return bits;
    }

    private long unpackItem(char c, long at, int size, boolean little) {
        long bits = read(at, size, little);
        return switch (c) {
            case 'c' -> space.bytesType.of(new byte[] {(byte) bits});
            case '?' -> space.newBool(bits != 0);
            case 'e' -> space.floatType.create(Float.float16ToFloat((short) bits));
            case 'f' -> space.floatType.create(Float.intBitsToFloat((int) bits));
            case 'd' -> space.floatType.create(Double.longBitsToDouble(bits));
            case 'b', 'h', 'i', 'l', 'q', 'n' -> space.newInt(size == 8 ? bits : bits << (64 - 8 * size) >> (64 - 8 * size));
            default -> bits >= 0 ? space.newInt(bits)
                    : space.intType.newInt(new BigInteger(Long.toUnsignedString(bits)));
        };
    }

    // ------------------------------------------------------------------ compiling

    /** Size and alignment of {@code c} in {@code table}, or null when the table has no such item. */
    private static int[] entry(char c, int table) {
        if (table == NATIVE) {
            return switch (c) {
                case 'x', 'c', 'b', 'B', '?', 's', 'p' -> new int[] {1, 0};
                case 'h', 'H', 'e' -> new int[] {2, 2};
                case 'i', 'I', 'f' -> new int[] {4, 4};
                case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> new int[] {8, 8};
                default -> null;
            };
        }
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> new int[] {1, 0};
            case 'h', 'H', 'e' -> new int[] {2, 0};
            case 'i', 'I', 'l', 'L', 'f' -> new int[] {4, 0};
            case 'q', 'Q', 'd' -> new int[] {8, 0};
            default -> null;
        };
    }

    /** A compiled format: its codes, bytes and values. */
    record Compiled(long[] codes, long size, long len) {
    }

    /** {@code prepare_s}: the codes of a format (its bytes, up to a NUL). */
    Compiled compile(byte[] fmt) {
        int i = 0;
        int table = NATIVE;
        if (fmt.length > 0) {
            switch (fmt[0]) {
                case '<', '=' -> {
                    table = LITTLE;
                    i = 1;
                }
                case '>', '!' -> {
                    table = BIG;
                    i = 1;
                }
                case '@' -> i = 1;
                default -> {
                }
            }
        }
        java.util.List<long[]> codes = new java.util.ArrayList<>();
        long size = 0, len = 0;
        while (i < fmt.length && fmt[i] != 0) {
            char c = (char) (fmt[i++] & 0xff);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    c = i < fmt.length ? (char) (fmt[i++] & 0xff) : 0;
                    if (c < '0' || c > '9') {
                        break;
                    }
                    if (num >= Long.MAX_VALUE / 10 && (num > Long.MAX_VALUE / 10 || c - '0' > Long.MAX_VALUE % 10)) {
                        throw error("total struct size too long");
                    }
                    num = num * 10 + (c - '0');
                }
                if (c == 0) {
                    throw error("repeat count given without format specifier");
                }
            }
            int[] e = entry(c, table);
            if (e == null) {
                throw error("bad char in struct format");
            }
            if (e[1] != 0 && size > 0) {
                size += (e[1] - 1) - (size - 1) % e[1];
            }
            long def = (long) table << 8 | c;
            if (c == 's' || c == 'p') {
                len++;
                codes.add(new long[] {def, size, num, 1});
            } else if (c != 'x') {
                len += num;
                if (num != 0) {
                    codes.add(new long[] {def, size, e[0], num});
                }
            }
            if (num > (Long.MAX_VALUE - size) / e[0]) {
                throw error("total struct size too long");
            }
            size += num * e[0];
        }
        long[] flat = new long[4 * codes.size()];
        for (int k = 0; k < codes.size(); k++) {
            System.arraycopy(codes.get(k), 0, flat, 4 * k, 4);
        }
        return new Compiled(flat, size, len);
    }

    /**
     * {@code _struct.Struct}. {@code __new__} makes one without a format (size -1); {@code __init__}
     * compiles the format, replacing any earlier one.
     */
    static final class StructType extends PyType {
        static final int S_SIZE = 16, S_LEN = 24, S_CODES = 32, S_FORMAT = 40, WEAKLIST = 48, SIZE = 56, CODE_SIZE = 32;
        private final StructModule module;
        final UnpackIterType iterType;

        StructType(ObjectSpace space, StructModule module) {
            super(space, "_struct.Struct", null, BASETYPE | HAVE_GC, SIZE, 0);
            this.module = module;
            this.iterType = space.register(new UnpackIterType(space, module));
            defineMethod("pack", (self, args) -> module.pack(self, args));
            defineMethod("pack_into", (self, args) -> {
                module.packInto(self, args);
                return space.newNone();
            });
            defineMethod("unpack", (self, args) -> module.unpack(self, Args.one("Struct.unpack", args)));
            defineMethod("unpack_from", (PyMethod.WithKeywords) (self, a) -> {
                long[] v = a.clinic(0, 1, 2, "buffer", "offset");
                return module.unpackFrom(self, v[0], v[1]);
            });
            defineMethod("iter_unpack", (self, args) -> module.iterUnpack(self, Args.one("Struct.iter_unpack", args)));
            defineMethod("__sizeof__", (self, args) -> {
                Args.none("Struct.__sizeof__", args);
                return space.newInt(sizeof(self) - 16);
            });
        }

        @Override
        protected void fillDict() {
            putGetSets("format", "size");
        }

        /** {@code Struct(format)} for the cache. New reference. */
        long create(long format) {
            long s = tpNew(this, 0, 0);
            try {
                init(s, format);
            } catch (RuntimeException e) {
                space.decref(s);
                throw e;
            }
            return s;
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long o = space.newGcObject(this, SIZE, 0);
            memory.putLong(o + S_SIZE, -1);
            memory.putLong(o + S_LEN, -1);
            memory.putLong(o + S_CODES, 0);
            memory.putLong(o + S_FORMAT, space.newNone());
            memory.putLong(o + WEAKLIST, 0);
            space.track(o);
            return o;
        }

        /** {@code Struct___init___impl}: {@code Struct(format)}, by position or by name. */
        @Override
        public void tpInit(long self, long args, long kwargs) {
            long n = space.tupleType.size(args);
            long nk = kwargs == 0 ? 0 : space.dictType.size(kwargs);
            if (n + nk > 1) {
                throw new PyException("TypeError", "Struct() takes at most 1 argument (" + (n + nk) + " given)");
            }
            long format = n == 1 ? space.tupleType.item(args, 0) : nk == 1 ? space.dictType.getItemString(kwargs, "format") : 0;
            if (format == 0) {
                throw new PyException("TypeError", "Struct() missing required argument 'format' (pos 1)");
            }
            init(self, format);
        }

        private void init(long self, long format) {
            long bytes;
            if (space.strType.check(format)) {
                String text = space.strType.value(format);
                if (!space.strType.isAscii(format)) { // PyUnicode_AsASCIIString's UnicodeEncodeError
                    long ascii = space.strType.runtime("ascii");
                    try {
                        space.decref(Abstract.callMethod(space, format, "encode", new long[] {ascii}));
                    } finally {
                        space.decref(ascii);
                    }
                }
                bytes = space.bytesType.of(text.getBytes(StandardCharsets.ISO_8859_1));
            } else if (space.bytesType.check(format)) {
                bytes = space.newRef(format);
            } else {
                throw new PyException("TypeError", "Struct() argument 1 must be a str or bytes object, not "
                        + space.typeOf(format).name);
            }
            Compiled compiled;
            try {
                byte[] fmt = space.bytesType.value(bytes);
                for (byte b : fmt) {
                    if (b == 0) {
                        throw module.error("embedded null character");
                    }
                }
                compiled = module.compile(fmt);
            } catch (RuntimeException e) {
                space.decref(bytes);
                throw e;
            }
            long codes = space.allocate(8L * compiled.codes().length + CODE_SIZE);
            for (int i = 0; i < compiled.codes().length; i++) {
                memory.putLong(codes + 8L * i, compiled.codes()[i]);
            }
            memory.fill(codes + 8L * compiled.codes().length, CODE_SIZE, (byte) 0);
            long oldCodes = memory.getLong(self + S_CODES);
            long oldFormat = memory.getLong(self + S_FORMAT);
            memory.putLong(self + S_CODES, codes);
            memory.putLong(self + S_FORMAT, bytes);
            memory.putLong(self + S_SIZE, compiled.size());
            memory.putLong(self + S_LEN, compiled.len());
            if (oldCodes != 0) {
                space.free(oldCodes);
            }
            space.decref(oldFormat);
        }

        @Override
        public long lookupAttr(long o, long name) {
            String n = space.strType.value(name);
            if (n.equals("size")) {
                return space.newInt(memory.getLong(o + S_SIZE));
            }
            if (n.equals("format")) {
                long f = memory.getLong(o + S_FORMAT);
                return space.bytesType.check(f)
                        ? space.strType.runtime(new String(space.bytesType.value(f), StandardCharsets.UTF_8)) : space.newRef(f);
            }
            return genericLookupAttr(o, name);
        }

        @Override
        public String repr(long o) {
            return "<_struct.Struct object at 0x" + Long.toHexString(o) + ">";
        }

        @Override
        public long sizeof(long o) {
            long codes = memory.getLong(o + S_CODES);
            long n = 1;
            if (codes != 0) {
                for (long c = codes; memory.getLong(c) != 0; c += CODE_SIZE) {
                    n++;
                }
            }
            return 16 + SIZE + CODE_SIZE * n;
        }

        @Override
        public int weaklistOffset() {
            return WEAKLIST;
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            long f = memory.getLong(o + S_FORMAT);
            if (f != 0) {
                visitor.accept(f);
            }
        }

        /**
         * {@code s_traverse}: the type first (a heap type in CPython 3.11, made from a spec; a
         * subclass's own traverse visits its type instead), then the format bytes.
         */
        @Override
        public void traverse(long o, LongConsumer visitor) {
            if (space.typeOf(o) == this) {
                visitor.accept(typeObject());
            }
            forEachReferent(o, visitor);
        }

        /**
         * {@code s_codes}, the compiled format (the traversal reads none of it): without it a Struct
         * outside the module's cache (a library's {@code struct.Struct(...)} global, wave's and
         * zoneinfo's) made its codes a block owned by nothing for the sanity checker.
         */
        @Override
        public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
            long codes = memory.getLong(o + S_CODES);
            return codes == 0 || visitor.owned(codes, 0);
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            if (memory.getLong(o + WEAKLIST) != 0) {
                space.clearWeakrefs(o);
            }
            long codes = memory.getLong(o + S_CODES);
            if (codes != 0) {
                space.free(codes);
            }
            long f = memory.getLong(o + S_FORMAT);
            space.typeOf(o).tpFree(o);
            if (f != 0) {
                space.decref(f);
            }
        }
    }

    /**
     * {@code _struct.unpack_iterator}: the Struct, the exporter whose buffer it holds until it is
     * used up or freed, and the offset of the next chunk. The export is a whole {@code Py_buffer} in
     * CPython's {@code unpackiterobject} (80 bytes: buf, obj, len, itemsize, readonly, ndim, format,
     * shape, strides, suboffsets, internal), so the object is as big as CPython's (112 bytes, 128
     * with its GC header, as {@code sys.getsizeof} and tracemalloc see it); we use three of its words.
     * <pre> -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 so  +24 buf  +32 exporter (0 once released)  +40 len
     * (+48 .. +104 the rest of the Py_buffer, unused)  +104 index </pre>
     */
    static final class UnpackIterType extends PyType {
        private static final int SO = 16, BUF = 24, OBJ = 32, LEN = 40, INDEX = 104, SIZE = 112;
        private final StructModule module;

        UnpackIterType(ObjectSpace space, StructModule module) {
            super(space, "_struct.unpack_iterator", null, HAVE_GC, SIZE, 0);
            this.module = module;
            defineMethod("__length_hint__", (self, args) -> {
                Args.none("__length_hint__", args);
                return space.newInt(lengthHint(self));
            });
        }

        /** Takes over the export of {@code b} (released when the iterator ends). New reference. */
        long create(long so, long exporter, Buffer b) {
            long it = space.newGcObject(this, SIZE, 0);
            memory.putLong(it + SO, space.newRef(so));
            memory.putLong(it + OBJ, space.newRef(exporter));
            memory.putLong(it + BUF, b.buf());
            memory.putLong(it + LEN, b.len());
            memory.putLong(it + INDEX, 0);
            space.track(it);
            return it;
        }

        @Override
        public boolean isIterator() {
            return true;
        }

        @Override
        public long iterNext(long it) {
            long obj = memory.getLong(it + OBJ);
            if (obj == 0) {
                return 0;
            }
            long so = memory.getLong(it + SO);
            long index = memory.getLong(it + INDEX);
            if (index >= memory.getLong(it + LEN)) {
                release(it);
                return 0;
            }
            long result = module.unpackAt(so, memory.getLong(it + BUF) + index);
            memory.putLong(it + INDEX, index + memory.getLong(so + StructType.S_SIZE));
            return result;
        }

        private void release(long it) {
            long obj = memory.getLong(it + OBJ);
            if (obj != 0) {
                memory.putLong(it + OBJ, 0);
                space.typeOf(obj).releaseBuffer(obj);
                space.decref(obj);
            }
        }

        @Override
        public long lengthHint(long it) {
            if (memory.getLong(it + OBJ) == 0) {
                return 0;
            }
            long size = memory.getLong(memory.getLong(it + SO) + StructType.S_SIZE);
            return (memory.getLong(it + LEN) - memory.getLong(it + INDEX)) / size;
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            visitor.accept(memory.getLong(o + SO));
            long obj = memory.getLong(o + OBJ);
            if (obj != 0) {
                visitor.accept(obj);
            }
        }

        /** {@code unpackiter_traverse}: the type (a heap type in CPython 3.11), the Struct, the buffer's object. */
        @Override
        public void traverse(long o, LongConsumer visitor) {
            visitor.accept(typeObject());
            forEachReferent(o, visitor);
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            release(o);
            long so = memory.getLong(o + SO);
            space.freeGcObject(o, 0);
            space.decref(so);
        }
    }
}
