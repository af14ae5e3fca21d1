package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

import java.util.Arrays;

/**
 * {@code memoryview} (Objects/memoryobject.c): a one-dimensional view of the bytes of a bytes or
 * bytearray object, read and written in place, in any of the struct module's native single-item
 * formats ({@code cast}). GC-capable; {@code tp_basicsize} 144 and three {@code Py_ssize_t} items
 * (shape, strides and suboffsets of its one dimension), so {@code sys.getsizeof} is 184 as in CPython.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ob_size (3)
 *   +24 mbuf (unused: the exporter is view.obj)  +32 hash (-1 until computed)  +40 flags (released)
 *   +48 exports   +56 view.buf (address of the first item)   +64 view.obj (counted)
 *   +72 view.len (bytes)  +80 view.itemsize  +88 view.readonly (int)  +92 view.ndim (int)
 *   +96 view.format (the format character)  +104..+128 shape/strides/suboffsets/internal pointers
 *   +136 weakreflist  +144 shape[0]  +152 strides[0]  +160 suboffsets[0]
 * </pre>
 * A bytearray counts its views in {@code ob_exports} (raised on creation, lowered on release or
 * deallocation), so resizing it while one is alive is CPython's BufferError; the item address is
 * therefore stable for the view's lifetime.
 */
public final class MemoryViewType extends StructType {
    static final int HASH = 32, FLAGS = 40, BUF = 56, OBJ = 64, LEN = 72, ITEMSIZE = 80, READONLY = 88, NDIM = 92,
            FORMAT = 96, WEAKLIST = 136, SHAPE = 144, STRIDES = 152;
    private static final long SIZE = 168;
    private static final int RELEASED = 1;
    private static final String FORMATS = "BbcHhIiLlQqNnfd?";

    MemoryViewType(ObjectSpace space) {
        super(space, "memoryview", null, HAVE_GC | IMMUTABLETYPE | SEQUENCE, 144, 8, WEAKLIST, "obj", OBJ);
        defineMethod("tobytes", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("order").range(0, 1);
            return space.bytesType.of(bytes(checked(self)));
        });
        defineMethod("tolist", (self, args) -> {
            Args.none("tolist", args);
            long m = checked(self);
            long n = count(m);
            long list = space.listType.create();
            for (long i = 0; i < n; i++) {
                long item = item(m, i);
                space.listType.append(list, item);
                space.decref(item);
            }
            return list;
        });
        defineMethod("hex", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("sep", "bytes_per_sep").range(0, 2);
            long per = a.either(1, "bytes_per_sep");
            return space.strType.runtime(BytesMethods.hex(space, bytes(checked(self)), a.either(0, "sep"),
                    per != 0 ? Abstract.index(space, per) : 1));
        });
        defineMethod("release", (self, args) -> {
            Args.none("release", args);
            release(self);
            return space.newNone();
        });
        defineMethod("toreadonly", (self, args) -> {
            Args.none("toreadonly", args);
            long m = checked(self);
            long r = copy(m);
            memory.putInt(r + READONLY, 1);
            return r;
        });
        defineMethod("cast", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("format", "shape").range(0, 2);
            long format = a.nargs > 0 ? a.get(0) : a.keyword("format");
            if (format == 0) {
                throw new PyException("TypeError", "cast() missing required argument 'format' (pos 1)");
            }
            long shape = a.nargs > 1 ? a.get(1) : a.keyword("shape");
            return cast(checked(self), format, shape);
        });
        defineMethod("__enter__", (self, args) -> space.newRef(checked(self)));
        defineMethod("__exit__", (self, args) -> {
            release(self);
            return space.newNone();
        });
    }

    @Override
    protected void fillDict() {
        GetSetDescrType gs = space.getSetDescrType;
        putInDict("obj", gs.create(this, "obj", o -> space.newRef(field(checked(o), OBJ)), null));
        putInDict("nbytes", gs.create(this, "nbytes", o -> space.newInt(memory.getLong(checked(o) + LEN)), null));
        putInDict("readonly", gs.create(this, "readonly", o -> space.newBool(memory.getInt(checked(o) + READONLY) != 0), null));
        putInDict("itemsize", gs.create(this, "itemsize", o -> space.newInt(memory.getLong(checked(o) + ITEMSIZE)), null));
        putInDict("format", gs.create(this, "format", o -> space.strType.runtime(String.valueOf(format(checked(o)))), null));
        putInDict("ndim", gs.create(this, "ndim", o -> space.newInt(memory.getInt(checked(o) + NDIM)), null));
        putInDict("shape", gs.create(this, "shape", o -> intTuple(memory.getLong(checked(o) + SHAPE)), null));
        putInDict("strides", gs.create(this, "strides", o -> intTuple(memory.getLong(checked(o) + STRIDES)), null));
        putInDict("suboffsets", gs.create(this, "suboffsets", o -> {
            checked(o);
            return space.tupleType.create();
        }, null));
        putInDict("released", gs.create(this, "released", o -> space.newBool(released(o)), null));
        putInDict("c_contiguous", gs.create(this, "c_contiguous", o -> space.newBool(contiguous(checked(o))), null));
        putInDict("f_contiguous", gs.create(this, "f_contiguous", o -> space.newBool(contiguous(checked(o))), null));
        putInDict("contiguous", gs.create(this, "contiguous", o -> space.newBool(contiguous(checked(o))), null));
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    private long intTuple(long v) {
        long i = space.newInt(v);
        try {
            return space.tupleType.create(i);
        } finally {
            space.decref(i);
        }
    }

    // ------------------------------------------------------------------ making views

    /** {@code memoryview(object)}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "memoryview", "object");
        long n = Constructors.argCount(space, args);
        if (n > 1) {
            throw new PyException("TypeError", "memoryview() takes at most 1 argument (" + n + " given)");
        }
        long source = n > 0 ? space.tupleType.item(args, 0) : Constructors.keyword(space, kwargs, "object");
        if (source == 0) {
            throw new PyException("TypeError", "memoryview() missing required argument 'object' (pos 1)");
        }
        return fromObject(source);
    }

    /** {@code PyMemoryView_FromObject}: a view of a bytes-like object's whole buffer. New reference. */
    public long fromObject(long source) {
        if (check(source)) {
            return copy(checked(source));
        }
        long buf;
        long len;
        boolean readonly;
        if (space.bytesType.check(source)) {
            buf = source + BytesType.DATA;
            len = space.bytesType.length(source);
            readonly = true;
        } else if (space.byteArrayType.check(source)) {
            buf = space.byteArrayType.start(source);
            len = space.byteArrayType.length(source);
            readonly = false;
        } else {
            throw new PyException("TypeError", "memoryview: a bytes-like object is required, not '"
                    + space.typeOf(source).name + "'");
        }
        return make(source, buf, len, 1, 'B', readonly, len, 1);
    }

    private long make(long obj, long buf, long len, long itemsize, char format, boolean readonly, long shape, long stride) {
        long m = allocateStruct(SIZE);
        memory.putLong(m + Layout.OB_SIZE, 3);
        memory.putLong(m + HASH, -1);
        memory.putLong(m + BUF, buf);
        setField(m, OBJ, obj);
        memory.putLong(m + LEN, len);
        memory.putLong(m + ITEMSIZE, itemsize);
        memory.putInt(m + READONLY, readonly ? 1 : 0);
        memory.putInt(m + NDIM, 1);
        memory.putLong(m + FORMAT, format);
        memory.putLong(m + SHAPE, shape);
        memory.putLong(m + STRIDES, stride);
        export(obj, 1);
        space.track(m);
        return m;
    }

    /** A new view with the same buffer, format and shape. */
    private long copy(long m) {
        return make(field(m, OBJ), memory.getLong(m + BUF), memory.getLong(m + LEN), memory.getLong(m + ITEMSIZE),
                format(m), memory.getInt(m + READONLY) != 0, count(m), memory.getLong(m + STRIDES));
    }

    private void export(long obj, int delta) {
        if (space.byteArrayType.check(obj)) {
            long at = obj + ByteArrayType.EXPORTS;
            memory.putLong(at, memory.getLong(at) + delta);
        }
    }

    /** {@code memoryview.release()}: drops the export and the exporter; every later use is a ValueError. */
    private void release(long m) {
        if (released(m)) {
            return;
        }
        memory.putLong(m + FLAGS, memory.getLong(m + FLAGS) | RELEASED);
        long obj = field(m, OBJ);
        export(obj, -1);
        memory.putLong(m + BUF, 0);
        setField(m, OBJ, 0);
    }

    @Override
    public void clear(long m) {
        release(m);
    }

    @Override
    public void dealloc(long m) {
        release(m);
        super.dealloc(m);
    }

    private boolean released(long m) {
        return (memory.getLong(m + FLAGS) & RELEASED) != 0;
    }

    /** The view itself, or CPython's ValueError once it is released ({@code CHECK_RELEASED}). */
    private long checked(long m) {
        if (released(m)) {
            throw new PyException("ValueError", "operation forbidden on released memoryview object");
        }
        return m;
    }

    // ------------------------------------------------------------------ items

    private char format(long m) {
        return (char) memory.getLong(m + FORMAT);
    }

    private long count(long m) {
        return memory.getLong(m + SHAPE);
    }

    private boolean contiguous(long m) {
        return count(m) <= 1 || memory.getLong(m + STRIDES) == memory.getLong(m + ITEMSIZE);
    }

    /** The bytes of the view in order ({@code tobytes}). */
    byte[] bytes(long m) {
        long n = count(m);
        long size = memory.getLong(m + ITEMSIZE);
        long stride = memory.getLong(m + STRIDES);
        byte[] out = new byte[(int) (n * size)];
        long at = memory.getLong(m + BUF);
        for (int i = 0; i < n; i++, at += stride) {
            for (int k = 0; k < size; k++) {
                out[(int) (i * size + k)] = memory.getByte(at + k);
            }
        }
        return out;
    }

    private static int itemSize(char format) {
        return switch (format) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'H', 'h' -> 2;
            case 'I', 'i', 'f' -> 4;
            default -> 8;
        };
    }

    /** Item {@code i} (0-based, in range) unpacked as its format says. New reference. */
    private long item(long m, long i) {
        long at = memory.getLong(m + BUF) + i * memory.getLong(m + STRIDES);
        char f = format(m);
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
            case 'd' -> space.floatType.create(Double.longBitsToDouble(memory.getLong(at)));
            case 'L', 'Q', 'N' -> space.intType.newInt(new java.math.BigInteger(Long.toUnsignedString(memory.getLong(at))));
            default -> space.newInt(memory.getLong(at));
        };
    }

    /** Packs {@code v} as item {@code i} ({@code pack_single}); CPython's errors for a wrong type or range. */
    private void putItem(long m, long i, long v) {
        long at = memory.getLong(m + BUF) + i * memory.getLong(m + STRIDES);
        char f = format(m);
        switch (f) {
            case 'c' -> {
                byte[] b = space.bytesType.check(v) ? space.bytesType.value(v) : null;
                if (b == null || b.length != 1) {
                    throw invalidValue(f);
                }
                memory.putByte(at, b[0]);
            }
            case '?' -> memory.putByte(at, (byte) (Abstract.isTrue(space, v) ? 1 : 0));
            case 'f', 'd' -> {
                PyType t = space.typeOf(v);
                if (!t.isSubtypeOf(space.floatType) && !t.hasFlag(LONG_SUBCLASS)) {
                    throw new PyException("TypeError", "memoryview: invalid type for format '" + f + "'");
                }
                double d = t.hasFlag(LONG_SUBCLASS) ? space.intType.bigValue(v).doubleValue() : space.floatType.value(v);
                if (f == 'f') {
                    memory.putInt(at, Float.floatToIntBits((float) d));
                } else {
                    memory.putLong(at, Double.doubleToLongBits(d));
                }
            }
            default -> {
                if (!BytesMethods.indexCheck(space, v)) {
                    throw new PyException("TypeError", "memoryview: invalid type for format '" + f + "'");
                }
                long iv = Abstract.numberIndex(space, v);
                java.math.BigInteger x;
                try {
                    x = space.intType.bigValue(iv);
                } finally {
                    space.decref(iv);
                }
                int bits = 8 * itemSize(f);
                boolean signed = Character.isLowerCase(f);
                java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
                java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1)
                        : java.math.BigInteger.ONE.shiftLeft(bits);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
                    throw invalidValue(f);
                }
                long bitsValue = x.longValue();
                switch (bits) {
                    case 8 -> memory.putByte(at, (byte) bitsValue);
                    case 16 -> memory.putShort(at, (short) bitsValue);
                    case 32 -> memory.putInt(at, (int) bitsValue);
                    default -> memory.putLong(at, bitsValue);
                }
            }
        }
    }

    private static PyException invalidValue(char f) {
        return new PyException("ValueError", "memoryview: invalid value for format '" + f + "'");
    }

    /** {@code memoryview.cast(format[, shape])}: one dimension, to or from a byte format. New reference. */
    private long cast(long m, long format, long shape) {
        if (!space.strType.check(format)) {
            throw new PyException("TypeError", "memoryview: format argument must be a string");
        }
        if (!contiguous(m)) {
            throw new PyException("TypeError", "memoryview: casts are restricted to C-contiguous views");
        }
        String f = space.strType.value(format);
        String bare = f.startsWith("@") ? f.substring(1) : f;
        if (bare.length() != 1 || FORMATS.indexOf(bare.charAt(0)) < 0) {
            throw new PyException("ValueError", "memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        char to = bare.charAt(0);
        char from = format(m);
        if ("Bbc".indexOf(to) < 0 && "Bbc".indexOf(from) < 0) {
            throw new PyException("TypeError", "memoryview: cannot cast between two non-byte formats");
        }
        long len = memory.getLong(m + LEN);
        int size = itemSize(to);
        if (len % size != 0) {
            throw new PyException("TypeError", "memoryview: length is not a multiple of itemsize");
        }
        if (shape != 0 && shape != space.none) {
            long n = Abstract.length(space, shape);
            if (n != 1) {
                throw new PyException("NotImplementedError", "memoryview: cast to " + n + " dimensions is not supported here");
            }
            long s = Abstract.getItemAt(space, shape, 0);
            try {
                if (space.intType.longValue(s) * size != len) {
                    throw new PyException("TypeError", "memoryview: product(shape) * itemsize != buffer size");
                }
            } finally {
                space.decref(s);
            }
        }
        return make(field(m, OBJ), memory.getLong(m + BUF), len, size, to, memory.getInt(m + READONLY) != 0, len / size, size);
    }

    // ------------------------------------------------------------------ slots

    @Override
    public long length(long m) {
        return count(checked(m));
    }

    @Override
    public long sequenceItem(long m, long i) {
        checked(m);
        if (i < 0) {
            i += count(m);
        }
        if (i < 0 || i >= count(m)) {
            throw new PyException("IndexError", "index out of bounds on dimension 1");
        }
        return item(m, i);
    }

    @Override
    public long getItem(long m, long key) {
        checked(m);
        if (space.sliceType.check(key)) {
            long[] s = space.sliceType.indices(key, count(m));
            long stride = memory.getLong(m + STRIDES);
            long size = memory.getLong(m + ITEMSIZE);
            return make(field(m, OBJ), memory.getLong(m + BUF) + s[0] * stride, s[3] * size, size, format(m),
                    memory.getInt(m + READONLY) != 0, s[3], stride * s[2]);
        }
        if (key == space.ellipsis) {
            return space.newRef(m);
        }
        if (!BytesMethods.indexCheck(space, key)) {
            throw new PyException("TypeError", "memoryview: invalid slice key");
        }
        return sequenceItem(m, BytesMethods.asIndex(space, key));
    }

    @Override
    public void setItem(long m, long key, long value) {
        checked(m);
        if (memory.getInt(m + READONLY) != 0) {
            throw new PyException("TypeError", "cannot modify read-only memory");
        }
        if (value == 0) {
            throw new PyException("TypeError", "cannot delete memory");
        }
        if (space.sliceType.check(key)) {
            long[] s = space.sliceType.indices(key, count(m));
            byte[] src = sourceBytes(value, m);
            long size = memory.getLong(m + ITEMSIZE);
            if (src.length != s[3] * size) {
                throw new PyException("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
            }
            long stride = memory.getLong(m + STRIDES);
            long at = memory.getLong(m + BUF) + s[0] * stride;
            for (int i = 0; i < s[3]; i++, at += stride * s[2]) {
                for (int k = 0; k < size; k++) {
                    memory.putByte(at + k, src[(int) (i * size + k)]);
                }
            }
            return;
        }
        if (!BytesMethods.indexCheck(space, key)) {
            throw new PyException("TypeError", "memoryview: invalid slice key");
        }
        long i = BytesMethods.asIndex(space, key);
        if (i < 0) {
            i += count(m);
        }
        if (i < 0 || i >= count(m)) {
            throw new PyException("IndexError", "index out of bounds on dimension 1");
        }
        putItem(m, i, value);
    }

    /** The bytes a slice assignment copies: another view's items (same format) or a bytes-like object's. */
    private byte[] sourceBytes(long value, long m) {
        if (check(value)) {
            long v = checked(value);
            if (format(v) != format(m)) {
                throw new PyException("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
            }
            return bytes(v);
        }
        byte[] b = BytesMethods.bufferOf(space, value);
        if (b == null) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(value).name + "'");
        }
        return b;
    }

    @Override
    public long iter(long m) {
        checked(m);
        return space.seqIterType.create(m);
    }

    /** {@code memory_richcompare}: equal to another buffer whose items unpack to equal values. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return space.newNotImplemented();
        }
        boolean eq;
        if (a == b) {
            eq = true;
        } else if (released(a) || check(b) && released(b)) {
            eq = false;
        } else if (check(b)) {
            eq = count(a) == count(b) && sameValues(a, b);
        } else {
            byte[] other = BytesMethods.bufferOf(space, b);
            if (other == null) {
                return space.newNotImplemented();
            }
            eq = "Bbc".indexOf(format(a)) >= 0 ? Arrays.equals(bytes(a), other) && format(a) != 'b'
                    || format(a) == 'b' && count(a) == other.length && signedEqualsUnsigned(bytes(a), other)
                    : false;
        }
        return space.newBool(op == CompareOp.EQ ? eq : !eq);
    }

    private static boolean signedEqualsUnsigned(byte[] signed, byte[] unsigned) {
        for (int i = 0; i < signed.length; i++) {
            if (signed[i] < 0 || signed[i] != unsigned[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean sameValues(long a, long b) {
        for (long i = 0; i < count(a); i++) {
            long x = item(a, i);
            long y = item(b, i);
            try {
                if (!Abstract.equal(space, x, y)) {
                    return false;
                }
            } finally {
                space.decref(x);
                space.decref(y);
            }
        }
        return true;
    }

    /** {@code memory_hash}: read-only byte views hash as the bytes they show. */
    @Override
    public long hash(long m) {
        long cached = memory.getLong(m + HASH);
        if (cached != -1) {
            return cached;
        }
        checked(m);
        if (memory.getInt(m + READONLY) == 0) {
            throw new PyException("ValueError", "cannot hash writable memoryview object");
        }
        if ("Bbc".indexOf(format(m)) < 0) {
            throw new PyException("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        long b = space.bytesType.of(bytes(m));
        try {
            long h = Abstract.hash(space, b);
            memory.putLong(m + HASH, h);
            return h;
        } finally {
            space.decref(b);
        }
    }

    @Override
    public String repr(long m) {
        return (released(m) ? "<released memory at " : "<memory at ") + Addresses.hex(m) + ">";
    }
}
