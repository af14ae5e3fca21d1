package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Buffer;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.LongConsumer;

/**
 * {@code _pyheap_ctypes}: what the library's {@code _ctypes} and {@code ctypes} (written in Python)
 * need from the heap, as Modules/_ctypes/_ctypes.c and cfield.c do it in C: the base type
 * {@code _CData} with CPython's {@code CDataObject} layout, and typed reads and writes of memory at
 * an address (cfield.c's getfunc/setfunc per format code).
 *
 * <h2>Layout of an instance ({@code CDataObject}, 96 bytes)</h2>
 * <pre>
 *   +0 ob_refcnt  +8 ob_type  +16 b_ptr (where the value is)  +24 b_needsfree (int)
 *  +32 b_base (the instance whose memory this one views, counted, or NULL)
 *  +40 b_size  +48 b_length  +56 b_index
 *  +64 b_objects (what the memory's pointers need alive: an object or a dict, counted, or NULL)
 *  +80 b_value (16 bytes: the value itself when it fits, else b_ptr is a PyMem block of b_size bytes)
 * </pre>
 * The class's size comes from its {@code _stg_size_} attribute, which the library's metaclasses
 * set when they lay the class out (CPython keeps it in the class's StgDict); a class without one is
 * abstract.
 *
 * <h2>Memory that is not the heap's</h2>
 * CPython reads and writes any address it is given and crashes on a bad one. Here every access is
 * first asked of the allocator's maps ({@code Memory.isMapped}): an address outside the heap's
 * arenas and blocks raises {@code ValueError} naming it, in checked and native memory alike. An
 * address inside them is read or written as C would (a write can damage the heap, as in CPython);
 * {@code py_object}'s value is given only when the address holds a live object of this heap.
 */
final class CtypesModule {
    private CtypesModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        CDataType cdata = space.register(new CDataType(space));
        SysModule.setItem(space, dict, "_CData", cdata.typeObject());
        SysModule.function(space, module, dict, "addressof", (self, a, n, kw) -> {
            long o = new CallArgs(space, "addressof", a, n, kw).exactly(1).get(0);
            return space.intType.createFromBig(unsigned(cdata.instance(o, "invalid type").ptr()));
        });
        SysModule.function(space, module, dict, "_size", (self, a, n, kw) ->
                space.newInt(cdata.instance(new CallArgs(space, "_size", a, n, kw).exactly(1).get(0), "invalid type").size()));
        SysModule.function(space, module, dict, "_base", (self, a, n, kw) -> {
            long b = space.memory.getLong(cdata.instance(new CallArgs(space, "_base", a, n, kw).exactly(1).get(0), "invalid type").o
                    + CDataType.B_BASE);
            return b == 0 ? space.newNone() : space.newRef(b);
        });
        SysModule.function(space, module, dict, "_needsfree", (self, a, n, kw) -> space.newInt(
                space.memory.getInt(cdata.instance(new CallArgs(space, "_needsfree", a, n, kw).exactly(1).get(0), "invalid type").o
                        + CDataType.B_NEEDSFREE)));
        SysModule.function(space, module, dict, "_objects", (self, a, n, kw) -> {
            long k = space.memory.getLong(cdata.instance(new CallArgs(space, "_objects", a, n, kw).exactly(1).get(0), "invalid type").o
                    + CDataType.B_OBJECTS);
            return k == 0 ? space.newNone() : space.newRef(k);
        });
        // _keep(o, value): o's b_objects becomes value (what CPython's KeepRef stores at the root)
        SysModule.function(space, module, dict, "_set_objects", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_set_objects", a, n, kw).exactly(2);
            long o = cdata.instance(c.get(0), "invalid type").o;
            long old = space.memory.getLong(o + CDataType.B_OBJECTS);
            space.memory.putLong(o + CDataType.B_OBJECTS, c.get(1) == space.none ? 0 : space.newRef(c.get(1)));
            space.xdecref(old);
            return space.newNone();
        });
        // _view(o, address, base, index): o (just made) views memory at address, which base keeps
        // valid; index is where o is in base (its b_index, part of the keys of what base keeps alive)
        SysModule.function(space, module, dict, "_view", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_view", a, n, kw).exactly(4);
            long o = cdata.instance(c.get(0), "invalid type").o;
            cdata.view(o, address(space, c.get(1)), c.get(2));
            space.memory.putLong(o + CDataType.B_INDEX, address(space, c.get(3)));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_index", (self, a, n, kw) -> space.newInt(space.memory.getLong(
                cdata.instance(new CallArgs(space, "_index", a, n, kw).exactly(1).get(0), "invalid type").o + CDataType.B_INDEX)));
        SysModule.function(space, module, dict, "resize", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "resize", a, n, kw).exactly(2);
            cdata.resize(cdata.instance(c.get(0), "excepted ctypes instance").o, space.intType.bigValue(index(space, c.get(1))).longValue());
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_get", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_get", a, n, kw).exactly(2);
            return get(space, address(space, c.get(0)), space.strType.value(c.get(1)).charAt(0));
        });
        SysModule.function(space, module, dict, "_set", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_set", a, n, kw).exactly(3);
            set(space, address(space, c.get(0)), space.strType.value(c.get(1)).charAt(0), c.get(2));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_read", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_read", a, n, kw).exactly(2);
            long p = address(space, c.get(0));
            long size = space.intType.bigValue(c.get(1)).longValue();
            if (size < 0) {
                size = strlen(space, p, 1);
            }
            return space.bytesType.of(read(space, p, Math.toIntExact(size)));
        });
        SysModule.function(space, module, dict, "_wread", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_wread", a, n, kw).exactly(2);
            long p = address(space, c.get(0));
            long count = space.intType.bigValue(c.get(1)).longValue();
            if (count < 0) {
                count = strlen(space, p, 4);
            }
            return space.strType.create(wide(read(space, p, Math.toIntExact(count * 4))));
        });
        SysModule.function(space, module, dict, "_write", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_write", a, n, kw).exactly(2);
            long p = address(space, c.get(0));
            byte[] data = space.bytesType.value(c.get(1));
            check(space, p, data.length, "writing");
            space.memory.write(p, data, 0, data.length);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_memmove", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "memmove", a, n, kw).exactly(3);
            long dst = address(space, c.get(0));
            long src = address(space, c.get(1));
            long count = space.intType.bigValue(c.get(2)).longValue();
            if (count > 0) {
                check(space, src, count);
                check(space, dst, count, "writing");
                space.memory.copy(src, dst, count);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_memset", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "memset", a, n, kw).exactly(3);
            long dst = address(space, c.get(0));
            byte v = (byte) space.intType.bigValue(c.get(1)).longValue();
            long count = space.intType.bigValue(c.get(2)).longValue();
            if (count > 0) {
                check(space, dst, count, "writing");
                space.memory.fill(dst, count, v);
            }
            return space.newNone();
        });
        // _buffer(obj): (address, length, readonly) of what obj exports through the buffer protocol
        SysModule.function(space, module, dict, "_buffer", (self, a, n, kw) -> {
            long o = new CallArgs(space, "_buffer", a, n, kw).exactly(1).get(0);
            PyType t = space.typeOf(o);
            Buffer b = t.getBuffer(o);
            if (b == null) {
                throw new PyException("TypeError", "a bytes-like object is required, not '" + t.name + "'");
            }
            try {
                long[] items = {space.intType.createFromBig(unsigned(b.buf())), space.newInt(b.len()), space.newBool(b.readonly())};
                long r = space.tupleType.create(items);
                for (long x : items) {
                    space.decref(x);
                }
                return r;
            } finally {
                t.releaseBuffer(o);
            }
        });
        new CtypesForeign(space).fill(module, dict);
        new CtypesPythonApi(space).fill(module, dict);
        SysModule.function(space, module, dict, "_bytes_address", (self, a, n, kw) -> {
            long o = new CallArgs(space, "_bytes_address", a, n, kw).exactly(1).get(0);
            return space.intType.createFromBig(unsigned(o + BYTES_DATA));
        });
    }

    /** The NUL-terminated string (bytes, or str of wchar_t when {@code wide}) at {@code p} in the heap's memory. */
    static long string(ObjectSpace space, long p, boolean wide) {
        return wide ? space.strType.create(wide(read(space, p, (int) strlen(space, p, 4) * 4)))
                : space.bytesType.of(read(space, p, (int) strlen(space, p, 1)));
    }

    /** Where a bytes object's characters start ({@code PyBytesObject.ob_sval}). */
    private static final int BYTES_DATA = 32;

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    private static long index(ObjectSpace space, long o) {
        if (!space.intType.check(o)) {
            throw new PyException("TypeError", "'" + space.typeOf(o).name + "' object cannot be interpreted as an integer");
        }
        return o;
    }

    /** An int argument as an address (its low 64 bits, as C's cast). */
    static long address(ObjectSpace space, long o) {
        if (!space.intType.check(o)) {
            throw new PyException("TypeError", "integer expected");
        }
        return space.intType.bigValue(o).longValue();
    }

    /** Refuses a read of {@code bytes} bytes at {@code p} outside the heap's memory. */
    static void check(ObjectSpace space, long p, long bytes) {
        check(space, p, bytes, "reading");
    }

    /** Refuses an access ({@code how}: reading or writing) of {@code bytes} bytes at {@code p} outside the heap's memory. */
    static void check(ObjectSpace space, long p, long bytes, String how) {
        if (p == 0) {
            throw new PyException("ValueError", "NULL pointer access");
        }
        if (!space.memory.isMapped(p, bytes)) {
            throw new PyException("ValueError", "ctypes: address 0x" + Long.toHexString(p)
                    + " is not memory of this heap (" + how + " it would crash CPython)");
        }
    }

    private static byte[] read(ObjectSpace space, long p, int n) {
        byte[] out = new byte[n];
        if (n > 0) {
            check(space, p, n);
            space.memory.read(p, out, 0, n);
        }
        return out;
    }

    /** Units of {@code width} bytes from {@code p} before the first zero one, checked unit by unit. */
    private static long strlen(ObjectSpace space, long p, int width) {
        long n = 0;
        while (true) {
            check(space, p + n * width, width);
            long v = width == 1 ? space.memory.getByte(p + n) : readBuffer(space, p + n * 4, 4).getInt();
            if (v == 0) {
                return n;
            }
            n++;
        }
    }

    private static String wide(byte[] b) {
        StringBuilder s = new StringBuilder();
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        while (bb.remaining() >= 4) {
            int cp = bb.getInt();
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw new PyException("ValueError", "character U+" + Integer.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private static ByteBuffer readBuffer(ObjectSpace space, long p, int n) {
        return ByteBuffer.wrap(read(space, p, n)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int width(char code) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f', 'u' -> 4;
            case 'g' -> 16;
            default -> 8;
        };
    }

    /** cfield.c's getfunc for {@code code}: the value at {@code p} as a new reference. */
    static long get(ObjectSpace space, long p, char code) {
        ByteBuffer b = readBuffer(space, p, code == 'g' ? 10 : width(code));
        return switch (code) {
            case 'b' -> space.newInt(b.get());
            case 'B' -> space.newInt(b.get() & 0xff);
            case 'h' -> space.newInt(b.getShort());
            case 'H' -> space.newInt(b.getShort() & 0xffff);
            case 'i' -> space.newInt(b.getInt());
            case 'I' -> space.newInt(b.getInt() & 0xffffffffL);
            case 'l', 'q' -> space.newInt(b.getLong());
            case 'L', 'Q' -> space.intType.createFromBig(unsigned(b.getLong()));
            case '?' -> space.newBool(b.get() != 0);
            case 'c' -> space.bytesType.of(new byte[] {b.get()});
            case 'u' -> space.strType.create(wide(b.array()));
            case 'f' -> space.floatType.create(b.getFloat());
            case 'd' -> space.floatType.create(b.getDouble());
            case 'g' -> space.floatType.create(fromExtended(b.getLong(), b.getShort()));
            case 'P' -> {
                long v = b.getLong();
                yield v == 0 ? space.newNone() : space.intType.createFromBig(unsigned(v));
            }
            case 'z' -> {
                long v = b.getLong();
                yield v == 0 ? space.newNone() : space.bytesType.of(read(space, v, (int) strlen(space, v, 1)));
            }
            case 'Z' -> {
                long v = b.getLong();
                yield v == 0 ? space.newNone() : space.strType.create(wide(read(space, v, (int) strlen(space, v, 4) * 4)));
            }
            case 'O' -> {
                long v = b.getLong();
                if (v == 0) {
                    throw new PyException("ValueError", "PyObject is NULL");
                }
                if (!isLiveObject(space, v)) {
                    throw new PyException("ValueError", "ctypes: 0x" + Long.toHexString(v)
                            + " is not the address of a live object of this heap");
                }
                yield space.newRef(v);
            }
            default -> throw new PyException("ValueError", "ctypes: no format code '" + code + "'");
        };
    }

    /**
     * cfield.c's setfunc for {@code code}, the value already converted by the library: an int for
     * the integer codes, {@code c}, {@code u} and the pointers (its low bits stored, as C's
     * conversion), a float for {@code f d g}, any object for {@code ?} (its truth) and {@code O}.
     */
    static void set(ObjectSpace space, long p, char code, long value) {
        int w = width(code);
        ByteBuffer b = ByteBuffer.allocate(w).order(ByteOrder.LITTLE_ENDIAN);
        switch (code) {
            case 'f' -> b.putFloat((float) space.floatType.value(value));
            case 'd' -> b.putDouble(space.floatType.value(value));
            case 'g' -> putExtended(b, space.floatType.value(value));
            case '?' -> b.put((byte) (dev.pyheap.runtime.objects.Abstract.isTrue(space, value) ? 1 : 0));
            case 'O' -> b.putLong(value);
            default -> {
                long v = space.intType.bigValue(value).longValue();
                switch (w) {
                    case 1 -> b.put((byte) v);
                    case 2 -> b.putShort((short) v);
                    case 4 -> b.putInt((int) v);
                    default -> b.putLong(v);
                }
            }
        }
        check(space, p, w, "writing");
        space.memory.write(p, b.array(), 0, w);
    }

    /** An x87 80-bit extended value (CPython's {@code long double} on x86-64) as the nearest double. */
    static double fromExtended(long mantissa, short signExp) {
        boolean negative = signExp < 0;
        int exp = signExp & 0x7fff;
        double v;
        if (exp == 0x7fff) {
            v = (mantissa << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (mantissa == 0) {
            v = 0.0;
        } else {
            double m = new BigInteger(Long.toUnsignedString(mantissa)).doubleValue();
            v = Math.scalb(m, Math.max(exp, 1) - 16383 - 63);
        }
        return negative ? -v : v;
    }

    /** A double as an x87 80-bit extended value in 16 bytes (the last six are padding). */
    static void putExtended(ByteBuffer b, double d) {
        long bits = Double.doubleToRawLongBits(d);
        int sign = bits < 0 ? 0x8000 : 0;
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        long mantissa;
        int e;
        if (exp == 0x7ff) {
            e = 0x7fff;
            mantissa = frac == 0 ? 1L << 63 : 0xC000000000000000L | (frac << 11);
        } else if (exp == 0 && frac == 0) {
            e = 0;
            mantissa = 0;
        } else if (exp == 0) {
            int top = 63 - Long.numberOfLeadingZeros(frac);
            mantissa = frac << (63 - top);
            e = top - 1074 + 16383;
        } else {
            e = exp - 1023 + 16383;
            mantissa = (1L << 63) | (frac << 11);
        }
        b.putLong(mantissa);
        b.putShort((short) (sign | e));
    }

    /** Whether {@code p} is the address of a live object of this heap. */
    static boolean isLiveObject(ObjectSpace space, long p) {
        if (p == 0 || !space.memory.isMapped(p, Layout.OBJECT_HEAD)) {
            return false;
        }
        long t = space.memory.getLong(p + Layout.OB_TYPE);
        if (t == 0 || !space.memory.isMapped(t + Layout.TYPE_INDEX, 4)) {
            return false;
        }
        PyType type = space.typeAt(space.memory.getInt(t + Layout.TYPE_INDEX));
        return type != null && type.typeObject() == t && space.memory.getLong(p) > 0;
    }

    /** A ctypes instance and where its memory is. */
    record Instance(ObjectSpace space, long o) {
        long ptr() {
            return space.memory.getLong(o + CDataType.B_PTR);
        }

        long size() {
            return space.memory.getLong(o + CDataType.B_SIZE);
        }
    }

    /** {@code _ctypes._CData}: the base of every ctypes instance, owner of its memory. */
    static final class CDataType extends PyType {
        static final int B_PTR = 16, B_NEEDSFREE = 24, B_BASE = 32, B_SIZE = 40, B_LENGTH = 48, B_INDEX = 56,
                B_OBJECTS = 64, B_VALUE = 80, SIZE = 96, VALUE_BYTES = 16;

        CDataType(ObjectSpace space) {
            super(space, "_ctypes._CData", null, BASETYPE | HAVE_GC, SIZE, 0);
        }

        Instance instance(long o, String message) {
            if (!space.typeOf(o).isSubtypeOf(this)) {
                throw new PyException("TypeError", message);
            }
            return new Instance(space, o);
        }

        private boolean ownsBlock(long o) {
            long p = memory.getLong(o + B_PTR);
            return memory.getInt(o + B_NEEDSFREE) != 0 && p != 0 && p != o + B_VALUE;
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long s = subtype.lookup("_stg_size_");
            if (s == 0 || !space.intType.check(s)) {
                throw new PyException("TypeError", "abstract class");
            }
            long size = space.intType.bigValue(s).longValue();
            long o = space.newGcObject(this, SIZE, 0);
            for (int off = 16; off < SIZE; off += 8) {
                memory.putLong(o + off, 0);
            }
            if (size <= VALUE_BYTES) {
                memory.putLong(o + B_PTR, o + B_VALUE);
            } else {
                long block = space.allocate(size);
                memory.fill(block, size, (byte) 0);
                memory.putLong(o + B_PTR, block);
            }
            memory.putInt(o + B_NEEDSFREE, 1);
            memory.putLong(o + B_SIZE, size);
            space.track(o);
            return o;
        }

        /** {@code o} lets go of its own memory and views {@code size} bytes at {@code address}, kept valid by {@code base}. */
        void view(long o, long address, long base) {
            if (ownsBlock(o)) {
                space.free(memory.getLong(o + B_PTR));
            }
            memory.putLong(o + B_PTR, address);
            memory.putInt(o + B_NEEDSFREE, 0);
            long old = memory.getLong(o + B_BASE);
            memory.putLong(o + B_BASE, base == space.none ? 0 : space.newRef(base));
            space.xdecref(old);
        }

        /** {@code ctypes.resize}: at least the class's size; the old bytes kept, the new ones zero. */
        void resize(long o, long size) {
            long s = space.typeOf(o).lookup("_stg_size_");
            long minimum = s == 0 ? 0 : space.intType.bigValue(s).longValue();
            if (size < minimum) {
                throw new PyException("ValueError", "minimum size is " + minimum);
            }
            if (memory.getInt(o + B_NEEDSFREE) == 0) {
                throw new PyException("ValueError", "Memory cannot be resized because this object doesn't own it");
            }
            long old = memory.getLong(o + B_SIZE);
            if (size <= VALUE_BYTES) {
                memory.putLong(o + B_SIZE, size);
                return;
            }
            long block = space.allocate(size);
            memory.fill(block, size, (byte) 0);
            memory.copy(memory.getLong(o + B_PTR), block, Math.min(old, size));
            if (ownsBlock(o)) {
                space.free(memory.getLong(o + B_PTR));
            }
            memory.putLong(o + B_PTR, block);
            memory.putLong(o + B_SIZE, size);
        }

        @Override
        protected void relocated(long from, long to) {
            if (memory.getLong(to + B_PTR) == from + B_VALUE) {
                memory.putLong(to + B_PTR, to + B_VALUE);
            }
        }

        @Override
        public Buffer getBuffer(long o) {
            long size = memory.getLong(o + B_SIZE);
            return new Buffer(o, memory.getLong(o + B_PTR), size, 1, false, "B", new long[] {size}, new long[] {1});
        }

        @Override
        public void forEachReferent(long o, LongConsumer visitor) {
            long b = memory.getLong(o + B_BASE);
            if (b != 0) {
                visitor.accept(b);
            }
            long k = memory.getLong(o + B_OBJECTS);
            if (k != 0) {
                visitor.accept(k);
            }
        }

        @Override
        public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
            return !ownsBlock(o) || visitor.owned(memory.getLong(o + B_PTR), 0);
        }

        @Override
        public void clear(long o) {
            long k = memory.getLong(o + B_OBJECTS);
            memory.putLong(o + B_OBJECTS, 0);
            long b = memory.getLong(o + B_BASE);
            memory.putLong(o + B_BASE, 0);
            space.xdecref(k);
            space.xdecref(b);
        }

        @Override
        public void dealloc(long o) {
            space.untrack(o);
            long k = memory.getLong(o + B_OBJECTS);
            long b = memory.getLong(o + B_BASE);
            if (ownsBlock(o)) {
                space.free(memory.getLong(o + B_PTR));
            }
            space.typeOf(o).tpFree(o);
            space.xdecref(k);
            space.xdecref(b);
        }
    }
}
