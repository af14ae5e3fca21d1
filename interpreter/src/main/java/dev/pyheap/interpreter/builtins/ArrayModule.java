package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.Buffer;
import dev.pyheap.runtime.objects.BufferItems;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigInteger;
import java.util.function.LongConsumer;

/**
 * {@code array} (Modules/arraymodule.c): {@code array.array}, a sequence of one C type whose items
 * are kept in a C buffer allocated from the heap, and {@code _array_reconstructor} for pickling.
 *
 * <h2>Layout of an array (64 bytes, GC-capable: 80 with the header, as 3.11's)</h2>
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ob_size (items)
 *   +24 ob_item (the buffer, a PyMem block of allocated * itemsize bytes; 0 when none)
 *   +32 allocated (items the buffer holds)  +40 ob_descr (the typecode character)
 *   +48 weakreflist  +56 ob_exports (buffers exported: memoryviews alive over the items)
 * </pre>
 * {@code sys.getsizeof} is {@code 80 + allocated * itemsize}. {@code array_resize}: a size that
 * fits the allocation and is less than 16 items smaller than the current one only sets
 * {@code ob_size}; size 0 frees the buffer; otherwise the buffer is reallocated to
 * {@code newsize + newsize / 16 + (ob_size < 8 ? 3 : 7)} items. A new array from a list, tuple, array
 * or slice allocates exactly its items; appends, {@code extend} from an iterable and
 * {@code frombytes} go through the resize rule. While {@code ob_exports} is positive a size change
 * is a BufferError, so the items a view reads never move.
 */
final class ArrayModule {
    private ArrayModule() {
    }

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        ArrayType array = space.register(new ArrayType(space));
        SysModule.setItem(space, dict, "array", array.typeObject());
        SysModule.setItem(space, dict, "ArrayType", array.typeObject());
        long codes = space.strType.runtime(TYPECODES);
        SysModule.setItem(space, dict, "typecodes", codes);
        space.decref(codes);
        SysModule.function(space, module, dict, "_array_reconstructor", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_array_reconstructor", a, n, kw).exactly(4);
            return array.reconstruct(c.get(0), c.get(1), c.get(2), c.get(3));
        });
        long reconstructor = Abstract.getAttr(space, module, "_array_reconstructor");
        array.reconstructor = reconstructor;
        table.atClose(() -> {
            array.reconstructor = 0;
            space.decref(reconstructor);
        });
    }

    /** The item size of a typecode. */
    static int itemBytes(char typecode) {
        return switch (typecode) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'u', 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    /** {@code array.array}. */
    static final class ArrayType extends PyType {
        static final int OB_SIZE = 16, ITEMS = 24, ALLOCATED = 32, DESCR = 40, WEAKLIST = 48, EXPORTS = 56, SIZE = 64;
        final ArrayIterType iterType;
        long reconstructor;

        ArrayType(ObjectSpace space) {
            super(space, "array.array", null, BASETYPE | HAVE_GC | SEQUENCE, SIZE, 0);
            iterType = space.register(new ArrayIterType(space, this));
            defineMethod("append", (self, args) -> {
                long v = Args.one("append", args);
                long n = size(self);
                insertAt(self, n, v);
                return space.newNone();
            });
            defineMethod("extend", (self, args) -> {
                extend(self, Args.one("extend", args));
                return space.newNone();
            });
            defineMethod("insert", (self, args) -> {
                Args.range("insert", args, 2, 2);
                long n = size(self);
                long i = Abstract.index(space, args[0]);
                i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
                insertAt(self, i, args[1]);
                return space.newNone();
            });
            defineMethod("pop", (self, args) -> {
                Args.range("pop", args, 0, 1);
                long n = size(self);
                long i = args.length == 0 ? -1 : Abstract.index(space, args[0]);
                if (n == 0) {
                    throw new PyException("IndexError", "pop from empty array");
                }
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw new PyException("IndexError", "pop index out of range");
                }
                long v = get(self, i);
                try {
                    replace(self, i, i + 1, new byte[0]);
                } catch (PyException e) {
                    space.decref(v);
                    throw e;
                }
                return v;
            });
            defineMethod("remove", (self, args) -> {
                long i = find(self, Args.one("remove", args), 0, Long.MAX_VALUE);
                if (i < 0) {
                    throw new PyException("ValueError", "array.remove(x): x not in array");
                }
                replace(self, i, i + 1, new byte[0]);
                return space.newNone();
            });
            defineMethod("index", (self, args) -> {
                Args.range("index", args, 1, 3);
                long n = size(self);
                long start = args.length > 1 ? clampIndex(Abstract.index(space, args[1]), n) : 0;
                long stop = args.length > 2 ? clampIndex(Abstract.index(space, args[2]), n) : n;
                long i = find(self, args[0], start, stop);
                if (i < 0) {
                    throw new PyException("ValueError", "array.index(x): x not in array");
                }
                return space.newInt(i);
            });
            defineMethod("count", (self, args) -> {
                long v = Args.one("count", args);
                long count = 0;
                for (long i = 0; i < size(self); i++) {
                    long item = get(self, i);
                    try {
                        if (Abstract.richCompareBool(space, item, v, CompareOp.EQ)) {
                            count++;
                        }
                    } finally {
                        space.decref(item);
                    }
                }
                return space.newInt(count);
            });
            defineMethod("reverse", (self, args) -> {
                Args.none("reverse", args);
                byte[] data = bytes(self);
                int size = itemBytes(typecode(self));
                int n = data.length / size;
                byte[] out = new byte[data.length];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(data, i * size, out, (n - 1 - i) * size, size);
                }
                write(self, 0, out);
                return space.newNone();
            });
            defineMethod("byteswap", (self, args) -> {
                Args.none("byteswap", args);
                byte[] data = bytes(self);
                int size = itemBytes(typecode(self));
                for (int i = 0; i < data.length; i += size) {
                    for (int k = 0; k < size / 2; k++) {
                        byte t = data[i + k];
                        data[i + k] = data[i + size - 1 - k];
                        data[i + size - 1 - k] = t;
                    }
                }
                write(self, 0, data);
                return space.newNone();
            });
            defineMethod("buffer_info", (self, args) -> {
                Args.none("buffer_info", args);
                long address = space.newInt(memory.getLong(self + ITEMS));
                long n = space.newInt(size(self));
                try {
                    return space.tupleType.create(address, n);
                } finally {
                    space.decref(address);
                    space.decref(n);
                }
            });
            defineMethod("tobytes", (self, args) -> {
                Args.none("tobytes", args);
                return space.bytesType.of(bytes(self));
            });
            defineMethod("frombytes", (self, args) -> {
                long source = Args.one("frombytes", args);
                PyType t = space.typeOf(source);
                Buffer b = t.getBuffer(source);
                if (b == null) {
                    throw new PyException("TypeError", "a bytes-like object is required, not '" + t.name + "'");
                }
                byte[] data;
                try {
                    data = b.toBytes(memory);
                } finally {
                    t.releaseBuffer(source);
                }
                frombytes(self, data);
                return space.newNone();
            });
            defineMethod("tolist", (self, args) -> {
                Args.none("tolist", args);
                long list = space.listType.create();
                for (long i = 0; i < size(self); i++) {
                    long item = get(self, i);
                    space.listType.append(list, item);
                    space.decref(item);
                }
                return list;
            });
            defineMethod("fromlist", (self, args) -> {
                long list = Args.one("fromlist", args);
                if (!space.listType.check(list)) {
                    throw new PyException("TypeError", "arg must be list");
                }
                long n = Abstract.length(space, list);
                char tc = typecode(self);
                byte[] data = new byte[Math.toIntExact(n * itemBytes(tc))];
                for (int i = 0; i < n; i++) {
                    long item = Abstract.getItemAt(space, list, i);
                    try {
                        encode(tc, item, data, i * itemBytes(tc));
                    } finally {
                        space.decref(item);
                    }
                }
                replace(self, size(self), size(self), data);
                return space.newNone();
            });
            defineMethod("tounicode", (self, args) -> {
                Args.none("tounicode", args);
                if (typecode(self) != 'u') {
                    throw new PyException("ValueError", "tounicode() may only be called on unicode type arrays");
                }
                StringBuilder s = new StringBuilder();
                for (long i = 0; i < size(self); i++) {
                    int c = memory.getInt(items(self) + 4 * i);
                    checkCodePoint(c);
                    s.appendCodePoint(c);
                }
                return space.strType.runtime(s.toString());
            });
            defineMethod("fromunicode", (self, args) -> {
                long s = Args.one("fromunicode", args);
                if (!space.strType.check(s)) {
                    throw new PyException("TypeError", "fromunicode() argument must be str, not " + space.typeOf(s).name);
                }
                if (typecode(self) != 'u') {
                    throw new PyException("ValueError", "fromunicode() may only be called on unicode type arrays");
                }
                replace(self, size(self), size(self), unicodeBytes(space.strType.codePoints(s)));
                return space.newNone();
            });
            defineMethod("fromfile", (self, args) -> {
                Args.range("fromfile", args, 2, 2);
                long n = Abstract.index(space, args[1]);
                if (n < 0) {
                    throw new PyException("ValueError", "negative count");
                }
                int size = itemBytes(typecode(self));
                long count = space.newInt(n * size);
                long data;
                try {
                    data = Abstract.callMethod(space, args[0], "read", new long[] {count});
                } finally {
                    space.decref(count);
                }
                try {
                    if (!space.bytesType.check(data)) {
                        throw new PyException("TypeError", "read() didn't return bytes");
                    }
                    byte[] got = space.bytesType.value(data);
                    int whole = got.length / size * size;
                    frombytes(self, java.util.Arrays.copyOf(got, whole));
                    if (got.length != n * size) {
                        throw new PyException("EOFError", "read() didn't return enough bytes");
                    }
                } finally {
                    space.decref(data);
                }
                return space.newNone();
            });
            defineMethod("tofile", (self, args) -> {
                long f = Args.one("tofile", args);
                byte[] data = bytes(self);
                int block = 64 * 1024;
                for (int at = 0; at < data.length; at += block) {
                    long chunk = space.bytesType.of(java.util.Arrays.copyOfRange(data, at, Math.min(data.length, at + block)));
                    try {
                        space.decref(Abstract.callMethod(space, f, "write", new long[] {chunk}));
                    } finally {
                        space.decref(chunk);
                    }
                }
                return space.newNone();
            });
            defineMethod("__sizeof__", (self, args) -> {
                Args.none("__sizeof__", args);
                return space.newInt(space.typeOf(self).basicSize() + memory.getLong(self + ALLOCATED) * itemBytes(typecode(self)));
            });
            defineMethod("__copy__", (self, args) -> {
                Args.none("__copy__", args);
                return slice(self, 0, size(self), 1, size(self));
            });
            defineMethod("__deepcopy__", (self, args) -> {
                Args.one("__deepcopy__", args);
                return slice(self, 0, size(self), 1, size(self));
            });
            defineMethod("__reduce_ex__", (self, args) -> reduce(self, Abstract.index(space, Args.one("__reduce_ex__", args))));
        }

        @Override
        protected void fillDict() {
            putInDict("typecode", space.getSetDescrType.create(this, "typecode",
                    o -> space.strType.runtime(String.valueOf(typecode(o))), null));
            putInDict("itemsize", space.getSetDescrType.create(this, "itemsize",
                    o -> space.newInt(itemBytes(typecode(o))), null));
        }

        @Override
        protected boolean hashIsNone() {
            return true;
        }

        @Override
        public long hash(long o) {
            throw unhashable();
        }

        // -------------------------------------------------------- fields

        boolean check(long o) {
            return space.typeOf(o).isSubtypeOf(this);
        }

        long size(long o) {
            return memory.getLong(o + OB_SIZE);
        }

        char typecode(long o) {
            return (char) memory.getLong(o + DESCR);
        }

        private long items(long o) {
            return memory.getLong(o + ITEMS);
        }

        private byte[] bytes(long o) {
            byte[] data = new byte[Math.toIntExact(size(o) * itemBytes(typecode(o)))];
            if (data.length > 0) {
                memory.read(items(o), data, 0, data.length);
            }
            return data;
        }

        private void write(long o, long index, byte[] data) {
            if (data.length > 0) {
                memory.write(items(o) + index * itemBytes(typecode(o)), data, 0, data.length);
            }
        }

        // -------------------------------------------------------- the buffer

        /** A new array of {@code typecode} whose buffer holds exactly {@code n} items (zeroed: the caller fills them). */
        long allocate(char typecode, long n) {
            long o = space.newGcObject(this, SIZE, 0);
            for (int off = 16; off < SIZE; off += 8) {
                memory.putLong(o + off, 0);
            }
            memory.putLong(o + DESCR, typecode);
            if (n > 0) {
                long bytes = n * itemBytes(typecode);
                long items = space.allocate(bytes);
                memory.fill(items, bytes, (byte) 0);
                memory.putLong(o + ITEMS, items);
                memory.putLong(o + ALLOCATED, n);
                memory.putLong(o + OB_SIZE, n);
            }
            space.track(o);
            return o;
        }

        /** {@code array_resize}: see the class comment. */
        void resize(long o, long newsize) {
            long size = size(o);
            if (memory.getLong(o + EXPORTS) > 0 && newsize != size) {
                throw new PyException("BufferError", "cannot resize an array that is exporting buffers");
            }
            long items = items(o);
            if (items != 0 && memory.getLong(o + ALLOCATED) >= newsize && size < newsize + 16) {
                memory.putLong(o + OB_SIZE, newsize);
                return;
            }
            if (newsize == 0) {
                space.free(items);
                memory.putLong(o + ITEMS, 0);
                memory.putLong(o + OB_SIZE, 0);
                memory.putLong(o + ALLOCATED, 0);
                return;
            }
            long allocated = (newsize >> 4) + (size < 8 ? 3 : 7) + newsize;
            long bytes = allocated * itemBytes(typecode(o));
            long moved = items == 0 ? space.allocate(bytes) : space.reallocate(items, bytes);
            memory.putLong(o + ITEMS, moved);
            memory.putLong(o + ALLOCATED, allocated);
            memory.putLong(o + OB_SIZE, newsize);
        }

        /** Replaces items {@code [lo, hi)} by the items encoded in {@code with} (array_del_slice / array_ass_slice). */
        void replace(long o, long lo, long hi, byte[] with) {
            int size = itemBytes(typecode(o));
            long n = size(o);
            long count = with.length / size;
            long growth = count - (hi - lo);
            if (growth < 0) {
                if (memory.getLong(o + EXPORTS) > 0) {
                    throw new PyException("BufferError", "cannot resize an array that is exporting buffers");
                }
                memory.copy(items(o) + hi * size, items(o) + (lo + count) * size, (n - hi) * size);
                resize(o, n + growth);
            } else if (growth > 0) {
                resize(o, n + growth);
                memory.copy(items(o) + hi * size, items(o) + (hi + growth) * size, (n - hi) * size);
            }
            write(o, lo, with);
        }

        private void insertAt(long o, long i, long v) {
            byte[] one = new byte[itemBytes(typecode(o))];
            encode(typecode(o), v, one, 0);
            replace(o, i, i, one);
        }

        private void frombytes(long o, byte[] data) {
            int size = itemBytes(typecode(o));
            if (data.length % size != 0) {
                throw new PyException("ValueError", "bytes length not a multiple of item size");
            }
            replace(o, size(o), size(o), data);
        }

        private void checkCodePoint(int c) {
            if (c < 0 || c > 0x10FFFF) {
                throw new PyException("ValueError", "character U+" + Integer.toHexString(c) + " is not in range [U+0000; U+10ffff]");
            }
        }

        private static byte[] unicodeBytes(int[] codePoints) {
            byte[] data = new byte[codePoints.length * 4];
            for (int i = 0; i < codePoints.length; i++) {
                for (int k = 0; k < 4; k++) {
                    data[4 * i + k] = (byte) (codePoints[i] >>> (8 * k));
                }
            }
            return data;
        }

        // -------------------------------------------------------- items

        /** Item {@code i} (in range) as an object. New reference. */
        long get(long o, long i) {
            char tc = typecode(o);
            long at = items(o) + i * itemBytes(tc);
            return switch (tc) {
                case 'u' -> {
                    int c = memory.getInt(at);
                    if (c < 0 || c > 0x10FFFF) {
                        throw new PyException("ValueError", "chr() arg not in range(0x110000)");
                    }
                    yield space.strType.runtime(Character.toString(c));
                }
                case 'l', 'q' -> space.newInt(memory.getLong(at));
                case 'L', 'Q' -> BufferItems.unsigned(space, memory.getLong(at));
                default -> BufferItems.unpack(space, at, String.valueOf(tc));
            };
        }

        /** {@code v} as typecode {@code tc} stores it, into {@code out} at {@code at}, with CPython's errors (the items' setitem functions). */
        void encode(char tc, long v, byte[] out, int at) {
            long bits;
            switch (tc) {
                case 'u' -> {
                    if (!space.strType.check(v) || space.strType.length(v) != 1) {
                        throw new PyException("TypeError", "array item must be unicode character");
                    }
                    bits = space.strType.codePoints(v)[0];
                }
                case 'f' -> bits = Float.floatToRawIntBits((float) BufferItems.asDouble(space, v));
                case 'd' -> bits = Double.doubleToRawLongBits(BufferItems.asDouble(space, v));
                default -> bits = integer(tc, indexValueOf(v));
            }
            for (int k = 0; k < itemBytes(tc); k++) {
                out[at + k] = (byte) (bits >>> (8 * k));
            }
        }

        private BigInteger indexValueOf(long v) {
            if (!indexCheck(v)) {
                throw new PyException("TypeError", "'" + space.typeOf(v).name + "' object cannot be interpreted as an integer");
            }
            return BufferItems.bigIndex(space, v);
        }

        /** {@code PyIndex_Check}. */
        private boolean indexCheck(long v) {
            PyType t = space.typeOf(v);
            return t.hasFlag(LONG_SUBCLASS) || t.specialMethod("__index__") != 0;
        }

        private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE), LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE),
                ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

        private static long cLong(BigInteger v) {
            if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
                throw new PyException("OverflowError", "Python int too large to convert to C long");
            }
            return v.longValue();
        }

        private static long range(long v, long low, long high, String what) {
            if (v < low) {
                throw new PyException("OverflowError", what + " is less than minimum");
            }
            if (v > high) {
                throw new PyException("OverflowError", what + " is greater than maximum");
            }
            return v;
        }

        /** An integer item's bits, with the overflow errors of 3.11's getargs conversions. */
        private static long integer(char tc, BigInteger v) {
            return switch (tc) {
                case 'b' -> range(range(cLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"), -128, 127, "signed char");
                case 'B' -> range(cLong(v), 0, 255, "unsigned byte integer");
                case 'h' -> range(cLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                case 'H' -> range(range(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"), 0, 65535, "unsigned short");
                case 'i' -> range(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                case 'I', 'L' -> {
                    if (v.signum() < 0) {
                        throw new PyException("OverflowError", "can't convert negative value to unsigned int");
                    }
                    if (v.compareTo(ULONG_MAX) > 0) {
                        throw new PyException("OverflowError", "Python int too large to convert to C unsigned long");
                    }
                    if (tc == 'I' && v.bitLength() > 32) {
                        throw new PyException("OverflowError", "unsigned int is greater than maximum");
                    }
                    yield v.longValue();
                }
                case 'l' -> cLong(v);
                case 'q' -> {
                    if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
                        throw new PyException("OverflowError", "int too big to convert");
                    }
                    yield v.longValue();
                }
                default -> {
                    if (v.signum() < 0) {
                        throw new PyException("OverflowError", "can't convert negative int to unsigned");
                    }
                    if (v.compareTo(ULONG_MAX) > 0) {
                        throw new PyException("OverflowError", "int too big to convert");
                    }
                    yield v.longValue();
                }
            };
        }

        private long find(long o, long v, long start, long stop) {
            for (long i = start; i < Math.min(stop, size(o)); i++) {
                long item = get(o, i);
                try {
                    if (Abstract.richCompareBool(space, item, v, CompareOp.EQ)) {
                        return i;
                    }
                } finally {
                    space.decref(item);
                }
            }
            return -1;
        }

        private static long clampIndex(long i, long n) {
            return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
        }

        /** A new array of the items {@code start, start + step, ...} ({@code count} of them), allocated exactly. */
        private long slice(long o, long start, long stop, long step, long count) {
            char tc = typecode(o);
            int size = itemBytes(tc);
            long r = allocate(tc, count);
            for (long k = 0; k < count; k++) {
                memory.copy(items(o) + (start + k * step) * size, items(r) + k * size, size);
            }
            return r;
        }

        private void extend(long o, long source) {
            if (check(source)) {
                if (typecode(source) != typecode(o)) {
                    throw new PyException("TypeError", "can only extend with array of same kind");
                }
                replace(o, size(o), size(o), bytes(source));
                return;
            }
            long it = Abstract.getIter(space, source);
            try {
                for (long v = Abstract.iterNext(space, it); v != 0; v = Abstract.iterNext(space, it)) {
                    try {
                        insertAt(o, size(o), v);
                    } finally {
                        space.decref(v);
                    }
                }
            } finally {
                space.decref(it);
            }
        }

        // -------------------------------------------------------- construction and pickling

        /** {@code array(typecode[, initializer])}. */
        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            if (kwargs != 0 && space.dictType.size(kwargs) > 0 && subtype == this) {
                throw new PyException("TypeError", "array.array() takes no keyword arguments");
            }
            long n = space.tupleType.size(args);
            if (n < 1 || n > 2) {
                throw new PyException("TypeError", "array() takes at " + (n < 1 ? "least 1 argument" : "most 2 arguments")
                        + " (" + n + " given)");
            }
            long code = space.tupleType.item(args, 0);
            if (!space.strType.check(code) || space.strType.length(code) != 1) {
                throw new PyException("TypeError", "array() argument 1 must be a unicode character, not "
                        + (space.strType.check(code) ? "str" : space.typeOf(code).name));
            }
            char tc = (char) space.strType.codePoints(code)[0];
            if (TYPECODES.indexOf(tc) < 0) {
                throw new PyException("ValueError", "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            }
            long init = n > 1 ? space.tupleType.item(args, 1) : 0;
            if (init != 0 && !(space.listType.check(init) || space.tupleType.check(init) || space.bytesType.check(init)
                    || space.byteArrayType.check(init) || space.strType.check(init) || check(init))) {
                // any other iterable is consumed by extend
                long a = allocate(tc, 0);
                try {
                    extend(a, init);
                } catch (PyException e) {
                    space.decref(a);
                    throw e;
                }
                return a;
            }
            if (init != 0 && space.strType.check(init) && tc != 'u') {
                throw new PyException("TypeError", "cannot use a str to initialize an array with typecode '" + tc + "'");
            }
            if (init != 0 && check(init) && size(init) > 0 && (typecode(init) == 'u') != (tc == 'u')) {
                throw new PyException("TypeError", "cannot use a unicode array to initialize an array with typecode '" + tc + "'");
            }
            if (init == 0) {
                return allocate(tc, 0);
            }
            if (space.bytesType.check(init) || space.byteArrayType.check(init)) {
                byte[] data = space.bytesType.check(init) ? space.bytesType.value(init) : space.byteArrayType.value(init);
                long a = allocate(tc, 0);
                try {
                    frombytes(a, data);
                } catch (PyException e) {
                    space.decref(a);
                    throw e;
                }
                return a;
            }
            if (space.strType.check(init)) {
                byte[] data = unicodeBytes(space.strType.codePoints(init));
                long a = allocate(tc, data.length / 4);
                write(a, 0, data);
                return a;
            }
            long count = Abstract.length(space, init);
            long a = allocate(tc, count);
            try {
                int size = itemBytes(tc);
                byte[] one = new byte[size];
                for (long i = 0; i < count; i++) {
                    long item = check(init) ? get(init, i) : Abstract.getItemAt(space, init, i);
                    try {
                        encode(tc, item, one, 0);
                    } finally {
                        space.decref(item);
                    }
                    memory.write(items(a) + i * size, one, 0, size);
                }
            } catch (PyException e) {
                space.decref(a);
                throw e;
            }
            return a;
        }

        /** The machine format code CPython's pickles name a typecode's items by (a little-endian 64-bit machine's). */
        private static int machineFormat(char tc) {
            return switch (tc) {
                case 'B' -> 0;
                case 'b' -> 1;
                case 'H' -> 2;
                case 'h' -> 4;
                case 'I' -> 6;
                case 'i' -> 8;
                case 'L', 'Q' -> 10;
                case 'l', 'q' -> 12;
                case 'f' -> 14;
                case 'd' -> 16;
                default -> 20;
            };
        }

        /** {@code array.__reduce_ex__(protocol)}: the list form before protocol 3, the reconstructor after. */
        private long reduce(long o, long protocol) {
            long dict = Abstract.lookupAttr(space, o, "__dict__");
            if (dict == 0) {
                dict = space.newNone();
            }
            long cls = space.typeOf(o).typeObject();
            long args = 0, result;
            long code = space.strType.runtime(String.valueOf(typecode(o)));
            try {
                if (protocol < 3) {
                    long list = method("tolist").call(o, new long[0]);
                    try {
                        args = space.tupleType.create(code, list);
                    } finally {
                        space.decref(list);
                    }
                    result = space.tupleType.create(cls, args, dict);
                } else {
                    long mformat = space.newInt(machineFormat(typecode(o)));
                    long data = space.bytesType.of(bytes(o));
                    try {
                        args = space.tupleType.create(cls, code, mformat, data);
                    } finally {
                        space.decref(mformat);
                        space.decref(data);
                    }
                    result = space.tupleType.create(reconstructor, args, dict);
                }
            } finally {
                space.decref(code);
                space.xdecref(args);
                space.decref(dict);
            }
            return result;
        }

        /** {@code array._array_reconstructor(arraytype, typecode, mformat_code, items)}. */
        long reconstruct(long cls, long typecode, long mformat, long items) {
            if (!space.typeType.check(cls)) {
                throw new PyException("TypeError", "first argument must be a type object, not " + space.typeOf(cls).name);
            }
            if (!space.typeType.described(cls).isSubtypeOf(this)) {
                throw new PyException("TypeError", space.typeType.described(cls).name + " is not a subtype of array.array");
            }
            if (!space.bytesType.check(items)) {
                throw new PyException("TypeError", "fourth argument should be bytes, not " + space.typeOf(items).name);
            }
            String tc = space.strType.value(typecode);
            if (tc.length() != 1 || TYPECODES.indexOf(tc.charAt(0)) < 0) {
                throw new PyException("ValueError", "second argument must be a valid type code");
            }
            if (Abstract.index(space, mformat) != machineFormat(tc.charAt(0))) {
                throw new PyException("ValueError", "third argument must be a valid machine format code.");
            }
            long args = space.tupleType.create(typecode, items);
            try {
                return Abstract.call(space, cls, args, 0);
            } finally {
                space.decref(args);
            }
        }

        // -------------------------------------------------------- slots

        @Override
        public Buffer getBuffer(long o) {
            memory.putLong(o + EXPORTS, memory.getLong(o + EXPORTS) + 1);
            char tc = typecode(o);
            int size = itemBytes(tc);
            return Buffer.simple(o, items(o), size(o) * size, size, false, tc == 'u' ? "w" : String.valueOf(tc));
        }

        @Override
        public void releaseBuffer(long o) {
            memory.putLong(o + EXPORTS, memory.getLong(o + EXPORTS) - 1);
        }

        @Override
        public long length(long o) {
            return size(o);
        }

        /** No {@code nb_bool}: {@code PyObject_IsTrue} takes the length. */
        @Override
        public boolean isTrue(long o) {
            return size(o) != 0;
        }

        @Override
        public long sequenceItem(long o, long i) {
            return get(o, checkedIndex(i, size(o), "array index out of range"));
        }

        @Override
        public long getItem(long o, long key) {
            if (space.sliceType.check(key)) {
                long[] s = space.sliceType.indices(key, size(o));
                return slice(o, s[0], s[1], s[2], s[3]);
            }
            if (!indexCheck(key)) {
                throw new PyException("TypeError", "array indices must be integers");
            }
            return sequenceItem(o, indexValue(key));
        }

        private long indexValue(long key) {
            long i = Abstract.numberIndex(space, key);
            try {
                return Abstract.index(space, i);
            } finally {
                space.decref(i);
            }
        }

        @Override
        public void setItem(long o, long key, long value) {
            if (space.sliceType.check(key)) {
                assignSlice(o, key, value);
                return;
            }
            if (!indexCheck(key)) {
                throw new PyException("TypeError", "array indices must be integers");
            }
            long i = checkedIndex(indexValue(key), size(o), "array assignment index out of range");
            if (value == 0) {
                replace(o, i, i + 1, new byte[0]);
                return;
            }
            byte[] one = new byte[itemBytes(typecode(o))];
            encode(typecode(o), value, one, 0);
            write(o, i, one);
        }

        /** {@code array_ass_subscr} with a slice: another array of the same typecode, or deletion. */
        private void assignSlice(long o, long key, long value) {
            long[] s = space.sliceType.indices(key, size(o));
            long start = s[0], stop = s[1], step = s[2], count = s[3];
            byte[] with;
            if (value == 0) {
                with = new byte[0];
            } else {
                if (!check(value)) {
                    throw new PyException("TypeError", "can only assign array (not \"" + space.typeOf(value).name + "\") to array slice");
                }
                if (typecode(value) != typecode(o)) {
                    throw new PyException("TypeError", "bad argument type for built-in operation");
                }
                with = bytes(value);
            }
            int size = itemBytes(typecode(o));
            if (step == 1) {
                replace(o, start, Math.max(start, stop), with);
                return;
            }
            if (value == 0) {
                // delete every step-th item, keeping the rest in order
                byte[] data = bytes(o);
                java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
                java.util.BitSet gone = new java.util.BitSet();
                for (long k = 0; k < count; k++) {
                    gone.set((int) (start + k * step));
                }
                for (int i = 0; i < data.length / size; i++) {
                    if (!gone.get(i)) {
                        kept.write(data, i * size, size);
                    }
                }
                if (count > 0) {
                    if (memory.getLong(o + EXPORTS) > 0) {
                        throw new PyException("BufferError", "cannot resize an array that is exporting buffers");
                    }
                    write(o, 0, kept.toByteArray());
                    resize(o, size(o) - count);
                }
                return;
            }
            if (with.length / size != count) {
                throw new PyException("ValueError", "attempt to assign array of size " + with.length / size
                        + " to extended slice of size " + count);
            }
            for (long k = 0; k < count; k++) {
                memory.write(items(o) + (start + k * step) * size, with, (int) (k * size), size);
            }
        }

        @Override
        public boolean contains(long o, long v) {
            return find(o, v, 0, Long.MAX_VALUE) >= 0;
        }

        @Override
        public long iter(long o) {
            return iterType.create(o);
        }

        @Override
        public long concat(long a, long b) {
            if (!check(b)) {
                throw new PyException("TypeError", "can only append array (not \"" + space.typeOf(b).name + "\") to array");
            }
            if (typecode(a) != typecode(b)) {
                throw new PyException("TypeError", "bad argument type for built-in operation");
            }
            long r = allocate(typecode(a), size(a) + size(b));
            write(r, 0, bytes(a));
            write(r, size(a), bytes(b));
            return r;
        }

        @Override
        public long inplaceConcat(long a, long b) {
            if (!check(b)) {
                throw new PyException("TypeError", "can only extend array with array (not \"" + space.typeOf(b).name + "\")");
            }
            extend(a, b);
            return space.newRef(a);
        }

        @Override
        public boolean hasRepeat() {
            return true;
        }

        @Override
        public long repeat(long a, long count) {
            long n = Math.max(0, count);
            byte[] data = bytes(a);
            if (data.length > 0 && n > Integer.MAX_VALUE / data.length) {
                throw new PyException("MemoryError", "");
            }
            long r = allocate(typecode(a), size(a) * n);
            for (long k = 0; k < n; k++) {
                write(r, k * size(a), data);
            }
            return r;
        }

        @Override
        public long inplaceRepeat(long a, long count) {
            long n = Math.max(0, count);
            byte[] data = bytes(a);
            if (data.length > 0 && n > Integer.MAX_VALUE / data.length) {
                throw new PyException("MemoryError", "");
            }
            if (n == 0 || data.length == 0) {
                resize(a, 0);
            } else {
                resize(a, size(a) * n);
                for (long k = 1; k < n; k++) {
                    write(a, k * (data.length / itemBytes(typecode(a))), data);
                }
            }
            return space.newRef(a);
        }

        /** {@code array_richcompare}: item by item, as lists compare, for two arrays of any typecodes. */
        @Override
        public long richCompare(long a, long b, CompareOp op) {
            if (!check(a) || !check(b)) {
                return space.newNotImplemented();
            }
            long na = size(a), nb = size(b);
            if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
                return space.newBool(op == CompareOp.NE);
            }
            long i = 0;
            for (; i < na && i < nb; i++) {
                long x = get(a, i), y = get(b, i);
                try {
                    if (!Abstract.richCompareBool(space, x, y, CompareOp.EQ)) {
                        if (op == CompareOp.EQ) {
                            return space.newBool(false);
                        }
                        if (op == CompareOp.NE) {
                            return space.newBool(true);
                        }
                        return Abstract.richCompare(space, x, y, op);
                    }
                } finally {
                    space.decref(x);
                    space.decref(y);
                }
            }
            boolean r = switch (op) {
                case LT -> na < nb;
                case LE -> na <= nb;
                case EQ -> na == nb;
                case NE -> na != nb;
                case GT -> na > nb;
                case GE -> na >= nb;
            };
            return space.newBool(r);
        }

        @Override
        public String repr(long o) {
            char tc = typecode(o);
            String prefix = space.typeOf(o).name.substring(space.typeOf(o).name.lastIndexOf('.') + 1);
            if (size(o) == 0) {
                return prefix + "('" + tc + "')";
            }
            long v = tc == 'u' ? method("tounicode").call(o, new long[0]) : method("tolist").call(o, new long[0]);
            try {
                return prefix + "('" + tc + "', " + Abstract.repr(space, v) + ")";
            } finally {
                space.decref(v);
            }
        }

        @Override
        public int weaklistOffset() {
            return WEAKLIST;
        }

        @Override
        public long sizeof(long o) {
            return Layout.GC_HEAD + SIZE + memory.getLong(o + ALLOCATED) * itemBytes(typecode(o));
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
        }

        @Override
        public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
            long items = items(o);
            long allocated = memory.getLong(o + ALLOCATED);
            if (size(o) < 0 || size(o) > allocated || (items == 0) != (allocated == 0)) {
                return visitor.damaged("ob_size " + size(o) + ", allocated " + allocated + " and ob_item "
                        + dev.pyheap.api.Addresses.hex(items) + " are inconsistent");
            }
            return items == 0 || visitor.owned(items, allocated * itemBytes(typecode(o)));
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            if (memory.getLong(o + WEAKLIST) != 0) {
                space.clearWeakrefs(o);
            }
            long items = items(o);
            if (items != 0) {
                space.free(items);
            }
            space.typeOf(o).tpFree(o);
        }
    }

    /**
     * {@code array.arrayiterator}: an index into an array, read at each step (items appended meanwhile
     * are seen). <pre> -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 index  +24 ao (counted, 0 when exhausted)  +32 getitem </pre>
     */
    static final class ArrayIterType extends PyType {
        private static final int INDEX = 16, AO = 24, ITSIZE = 40;
        private final ArrayType arrays;

        ArrayIterType(ObjectSpace space, ArrayType arrays) {
            super(space, "array.arrayiterator", null, HAVE_GC, ITSIZE, 0);
            this.arrays = arrays;
        }

        long create(long a) {
            long it = space.newGcObject(this, ITSIZE, 0);
            memory.putLong(it + INDEX, 0);
            memory.putLong(it + AO, space.newRef(a));
            memory.putLong(it + 32, 0);
            space.track(it);
            return it;
        }

        @Override
        public boolean isIterator() {
            return true;
        }

        @Override
        public long iterNext(long it) {
            long a = memory.getLong(it + AO);
            if (a == 0) {
                return 0;
            }
            long i = memory.getLong(it + INDEX);
            if (i < arrays.size(a)) {
                memory.putLong(it + INDEX, i + 1);
                return arrays.get(a, i);
            }
            memory.putLong(it + AO, 0);
            space.decref(a);
            return 0;
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            long a = memory.getLong(o + AO);
            if (a != 0) {
                visitor.accept(a);
            }
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            long a = memory.getLong(o + AO);
            space.freeGcObject(o, 0);
            space.xdecref(a);
        }
    }
}
