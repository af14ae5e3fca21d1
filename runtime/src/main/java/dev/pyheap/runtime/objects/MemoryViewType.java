package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

import java.util.Arrays;

/**
 * {@code memoryview} (Objects/memoryobject.c): a view of the memory any exporter of the buffer
 * protocol gives ({@link PyType#getBuffer}: bytes, bytearray, array, ctypes objects, another view),
 * read and written in place, as items of a native struct format in {@code ndim} dimensions (one
 * from an exporter; {@code cast} reshapes to up to 64 or to none). GC-capable; {@code tp_basicsize}
 * 144 and {@code 3 * max(ndim, 1)} {@code Py_ssize_t} items (the shape, strides and suboffsets), so
 * {@code sys.getsizeof} is 184 for one dimension or none, as in CPython.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ob_size (3 * max(ndim, 1))
 *   +24 mbuf (the managed buffer, counted)  +32 hash (-1 until computed)  +40 flags (released)
 *   +48 exports (buffers exported from this view)   +56 view.buf (address of the first item)
 *   +64 view.obj (the exporter, borrowed from the managed buffer)  +72 view.len (bytes)  +80 view.itemsize
 *   +88 view.readonly (int)  +92 view.ndim (int)  +96 view.format (its ASCII characters, up to 8)
 *   +104..+128 shape/strides/suboffsets/internal pointers  +136 weakreflist
 *   +144 shape[ndim]  +144+8*ndim strides[ndim]  +144+16*ndim suboffsets[ndim]
 * </pre>
 * A view made from an exporter takes one export of its buffer in a new managed buffer
 * ({@link ManagedBufferType}); a view made from a view (a slice, {@code memoryview(view)},
 * {@code cast}, {@code toreadonly}) is registered with the same managed buffer, which holds the
 * exporter once. Until the last of them is released a bytearray or an array refuses to resize, so
 * the item addresses stay valid for the views' life. Releasing a view is refused only while
 * buffers exported from that view itself are held ({@code memoryview has 1 exported buffer}).
 */
public final class MemoryViewType extends StructType {
    /** The slot structs CPython's static type declares: memory_as_sequence, memory_as_mapping, memory_as_buffer. */
    @Override
    protected int ownSlotStructs() {
        return AS_SEQUENCE | AS_MAPPING | AS_BUFFER;
    }

    static final int MBUF = 24, HASH = 32, FLAGS = 40, EXPORTS = 48, BUF = 56, OBJ = 64, LEN = 72, ITEMSIZE = 80, READONLY = 88,
            NDIM = 92, FORMAT = 96, WEAKLIST = 136, SHAPE = 144;
    private static final int RELEASED = 1;
    private static final int MAX_DIM = 64;
    private static final String CAST_FORMATS = "cbBhHiIlLqQnNfd?P";

    MemoryViewType(ObjectSpace space) {
        super(space, "memoryview", null, HAVE_GC | IMMUTABLETYPE | SEQUENCE, 144, 8, WEAKLIST, "mbuf", MBUF);
        defineMethod("tobytes", (PyMethod.WithKeywords) (self, a) -> {
            long order = a.unpack(0, "order")[0];
            if (order != 0 && order != space.none) {
                if (!space.strType.check(order)) {
                    throw CallArguments.badArgument(space, "tobytes", "argument 'order'", "str or None", order);
                }
                String o = space.strType.value(order);
                if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
                    throw new PyException("ValueError", "order must be 'C', 'F' or 'A'");
                }
            }
            return space.bytesType.of(bytes(checked(self)));
        });
        defineMethod("tolist", (self, args) -> {
            Args.none("tolist", args);
            long m = checked(self);
            Buffer b = view(m);
            if (BufferItems.size(BufferItems.code(b.format())) == 0) {
                throw new PyException("NotImplementedError", "memoryview: format " + b.format() + " not supported");
            }
            return b.shape().length == 0 ? BufferItems.unpack(space, b.buf(), b.format()) : list(b, b.buf(), 0);
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
            Buffer b = view(checked(self));
            return make(field(self, MBUF), new Buffer(b.obj(), b.buf(), b.len(), b.itemsize(), true, b.format(), b.shape(),
                    b.strides()));
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
        defineMethod("__enter__", (self, args) -> {
            Args.none("memoryview.__enter__", args);
            return space.newRef(checked(self));
        });
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
        putInDict("format", gs.create(this, "format", o -> space.strType.runtime(format(checked(o))), null));
        putInDict("ndim", gs.create(this, "ndim", o -> space.newInt(ndim(checked(o))), null));
        putInDict("shape", gs.create(this, "shape", o -> intTuple(view(checked(o)).shape()), null));
        putInDict("strides", gs.create(this, "strides", o -> intTuple(view(checked(o)).strides()), null));
        putInDict("suboffsets", gs.create(this, "suboffsets", o -> {
            checked(o);
            return space.tupleType.create();
        }, null));
        putInDict("c_contiguous", gs.create(this, "c_contiguous", o -> space.newBool(view(checked(o)).cContiguous()), null));
        putInDict("f_contiguous", gs.create(this, "f_contiguous", o -> space.newBool(view(checked(o)).fContiguous()), null));
        putInDict("contiguous", gs.create(this, "contiguous", o -> {
            Buffer b = view(checked(o));
            return space.newBool(b.cContiguous() || b.fContiguous());
        }, null));
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    private long intTuple(long[] values) {
        long[] items = new long[values.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = space.newInt(values[i]);
        }
        try {
            return space.tupleType.create(items);
        } finally {
            for (long i : items) {
                space.decref(i);
            }
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

    /** {@code PyMemoryView_FromObject}: a view of an exporter's whole buffer. New reference. */
    public long fromObject(long source) {
        if (check(source)) {
            return make(field(source, MBUF), view(checked(source)));
        }
        PyType t = space.typeOf(source);
        Buffer b = t.getBuffer(source);
        if (b == null) {
            throw new PyException("TypeError", "memoryview: a bytes-like object is required, not '" + t.name + "'");
        }
        long mbuf = space.managedBufferType.create(source); // takes over the export
        try {
            return make(mbuf, b);
        } finally {
            space.decref(mbuf);
        }
    }

    /** {@code mbuf_add_view}: a new view of {@code b}, registered with the managed buffer {@code mbuf}. New reference. */
    private long make(long mbuf, Buffer b) {
        int ndim = b.shape().length;
        long format = packFormat(b.format());
        // a view of no dimension still has the items of one, as CPython allocates it
        int items = 3 * Math.max(ndim, 1);
        long m = allocateStruct(144 + 8L * items);
        memory.putLong(m + Layout.OB_SIZE, items);
        memory.putLong(m + HASH, -1);
        memory.putLong(m + BUF, b.buf());
        memory.putLong(m + OBJ, b.obj());
        memory.putLong(m + LEN, b.len());
        memory.putLong(m + ITEMSIZE, b.itemsize());
        memory.putInt(m + READONLY, b.readonly() ? 1 : 0);
        memory.putInt(m + NDIM, ndim);
        memory.putLong(m + FORMAT, format);
        memory.putLong(m + MBUF, space.managedBufferType.addView(mbuf));
        for (int d = 0; d < ndim; d++) {
            memory.putLong(m + SHAPE + 8L * d, b.shape()[d]);
            memory.putLong(m + SHAPE + 8L * (ndim + d), b.strides()[d]);
        }
        space.track(m);
        return m;
    }

    private static long packFormat(String format) {
        if (format.length() > 8) {
            throw new PyException("NotImplementedError", "memoryview: unsupported format " + format);
        }
        long v = 0;
        for (int i = format.length() - 1; i >= 0; i--) {
            v = v << 8 | (format.charAt(i) & 0xff);
        }
        return v;
    }

    /** What the view shows, as a buffer over its exporter. */
    Buffer view(long m) {
        int ndim = ndim(m);
        long[] shape = new long[ndim];
        long[] strides = new long[ndim];
        for (int d = 0; d < ndim; d++) {
            shape[d] = memory.getLong(m + SHAPE + 8L * d);
            strides[d] = memory.getLong(m + SHAPE + 8L * (ndim + d));
        }
        return new Buffer(field(m, OBJ), memory.getLong(m + BUF), memory.getLong(m + LEN), memory.getLong(m + ITEMSIZE),
                memory.getInt(m + READONLY) != 0, format(m), shape, strides);
    }

    /** {@code memory_getbuf}: a consumer reads the view's items; counted until it gives them back. */
    @Override
    public Buffer getBuffer(long m) {
        checked(m);
        memory.putLong(m + EXPORTS, memory.getLong(m + EXPORTS) + 1);
        return view(m);
    }

    @Override
    public void releaseBuffer(long m) {
        memory.putLong(m + EXPORTS, memory.getLong(m + EXPORTS) - 1);
    }

    /** {@code memoryview.release()}: drops the export and the exporter; every later use is a ValueError. */
    private void release(long m) {
        if (released(m)) {
            return;
        }
        long exports = memory.getLong(m + EXPORTS);
        if (exports > 0) {
            throw new PyException("BufferError", "memoryview has " + exports + " exported buffer" + (exports > 1 ? "s" : ""));
        }
        releaseView(m);
    }

    /** {@code _memory_release} once nothing is exported from the view: the managed buffer's last view gives the export back. */
    private void releaseView(long m) {
        if (released(m)) {
            return;
        }
        memory.putLong(m + FLAGS, memory.getLong(m + FLAGS) | RELEASED);
        memory.putLong(m + BUF, 0);
        memory.putLong(m + OBJ, 0);
        space.managedBufferType.removeView(field(m, MBUF));
    }

    /** {@code memory_clear}: released, then the managed buffer dropped (so also at deallocation). */
    @Override
    public void clear(long m) {
        releaseView(m);
        clearFields(m);
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

    private String format(long m) {
        long v = memory.getLong(m + FORMAT);
        StringBuilder s = new StringBuilder();
        for (; v != 0; v >>>= 8) {
            s.append((char) (v & 0xff));
        }
        return s.toString();
    }

    private int ndim(long m) {
        return memory.getInt(m + NDIM);
    }

    /** The bytes of the view in C order ({@code tobytes}). */
    byte[] bytes(long m) {
        return view(m).toBytes(memory);
    }

    private long list(Buffer b, long at, int dim) {
        long list = space.listType.create();
        for (long i = 0; i < b.shape()[dim]; i++, at += b.strides()[dim]) {
            long item = dim == b.shape().length - 1 ? BufferItems.unpack(space, at, b.format()) : list(b, at, dim + 1);
            space.listType.append(list, item);
            space.decref(item);
        }
        return list;
    }

    /** {@code memoryview.cast(format[, shape])} with 3.11's rules. New reference. */
    private long cast(long m, long format, long shape) {
        if (!space.strType.check(format)) {
            throw new PyException("TypeError", "cast() argument 'format' must be str, not " + space.typeOf(format).name);
        }
        Buffer b = view(m);
        if (!b.cContiguous()) {
            throw new PyException("TypeError", "memoryview: casts are restricted to C-contiguous views");
        }
        boolean hasShape = shape != 0;
        if ((hasShape || b.shape().length != 1) && zeroInShape(b)) {
            throw new PyException("TypeError", "memoryview: cannot cast view with zeros in shape or strides");
        }
        long[] dims = null;
        if (hasShape) {
            if (!space.listType.check(shape) && !space.tupleType.check(shape)) {
                throw new PyException("TypeError", "shape must be a list or a tuple");
            }
            long n = Abstract.length(space, shape);
            if (n > MAX_DIM) {
                throw new PyException("ValueError", "memoryview: number of dimensions must not exceed " + MAX_DIM);
            }
            if (b.shape().length != 1 && n != 1) {
                throw new PyException("TypeError", "memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            dims = new long[(int) n];
        }
        String f = space.strType.value(format);
        char to = BufferItems.code(f);
        if (to == 0 || CAST_FORMATS.indexOf(to) < 0) {
            throw new PyException("ValueError", "memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        char from = BufferItems.code(b.format());
        if ("Bbc".indexOf(to) < 0 && (from == 0 || "Bbc".indexOf(from) < 0)) {
            throw new PyException("TypeError", "memoryview: cannot cast between two non-byte formats");
        }
        int size = BufferItems.size(to);
        if (b.len() % size != 0) {
            throw new PyException("TypeError", "memoryview: length is not a multiple of itemsize");
        }
        long[] strides;
        if (dims == null) {
            dims = new long[] {b.len() / size};
            strides = new long[] {size};
        } else {
            long product = 1;
            for (int d = 0; d < dims.length; d++) {
                long s = Abstract.getItemAt(space, shape, d);
                try {
                    if (!space.typeOf(s).hasFlag(LONG_SUBCLASS)) {
                        throw new PyException("TypeError", "memoryview.cast(): elements of shape must be integers");
                    }
                    java.math.BigInteger v = space.intType.bigValue(s);
                    if (v.signum() <= 0 || v.bitLength() > 62) {
                        throw new PyException("ValueError", "memoryview.cast(): elements of shape must be integers > 0");
                    }
                    dims[d] = v.longValue();
                } finally {
                    space.decref(s);
                }
                product = Math.multiplyHigh(product, dims[d]) != 0 ? -1 : product * dims[d];
            }
            if (product < 0 || product * size != b.len()) {
                throw new PyException("TypeError", "memoryview: product(shape) * itemsize != buffer size");
            }
            strides = new long[dims.length];
            long stride = size;
            for (int d = dims.length - 1; d >= 0; d--) {
                strides[d] = stride;
                stride *= dims[d];
            }
        }
        return make(field(m, MBUF), new Buffer(b.obj(), b.buf(), b.len(), size, b.readonly(), f, dims, strides));
    }

    private static boolean zeroInShape(Buffer b) {
        for (long s : b.shape()) {
            if (s == 0) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ slots

    @Override
    public long length(long m) {
        checked(m);
        return ndim(m) == 0 ? 1 : memory.getLong(m + SHAPE);
    }

    /** No {@code nb_bool}: {@code PyObject_IsTrue} takes the length (a released view refuses it). */
    @Override
    public boolean isTrue(long m) {
        return length(m) != 0;
    }

    /** The address of item {@code i} of the first dimension ({@code ptr_from_index}). */
    private long itemAddress(Buffer b, long index, int dim) {
        long n = b.shape()[dim];
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw new PyException("IndexError", "index out of bounds on dimension " + (dim + 1));
        }
        return i * b.strides()[dim];
    }

    @Override
    public long sequenceItem(long m, long i) {
        Buffer b = view(checked(m));
        if (b.shape().length == 0) {
            throw new PyException("TypeError", "invalid indexing of 0-dim memory");
        }
        if (b.shape().length > 1) {
            throw new PyException("NotImplementedError", "multi-dimensional sub-views are not implemented");
        }
        return BufferItems.unpack(space, b.buf() + itemAddress(b, i, 0), b.format());
    }

    @Override
    public long getItem(long m, long key) {
        Buffer b = view(checked(m));
        int ndim = b.shape().length;
        if (ndim == 0) {
            if (key == space.ellipsis) {
                return space.newRef(m);
            }
            if (space.tupleType.check(key) && space.tupleType.size(key) == 0) {
                return BufferItems.unpack(space, b.buf(), b.format());
            }
            throw new PyException("TypeError", "invalid indexing of 0-dim memory");
        }
        if (BytesMethods.indexCheck(space, key)) {
            return sequenceItem(m, BytesMethods.asIndex(space, key));
        }
        if (space.sliceType.check(key)) {
            long[] s = space.sliceType.indices(key, b.shape()[0]);
            long[] shape = b.shape().clone();
            long[] strides = b.strides().clone();
            shape[0] = s[3];
            strides[0] = b.strides()[0] * s[2];
            long len = b.itemsize();
            for (long d : shape) {
                len *= d;
            }
            return make(field(m, MBUF), new Buffer(b.obj(), b.buf() + s[0] * b.strides()[0], len, b.itemsize(), b.readonly(),
                    b.format(), shape, strides));
        }
        if (key == space.ellipsis) {
            return space.newRef(m);
        }
        if (space.tupleType.check(key)) {
            return BufferItems.unpack(space, b.buf() + multiIndex(b, key), b.format());
        }
        throw new PyException("TypeError", "memoryview: invalid slice key");
    }

    /** The offset of the item a tuple of indexes names ({@code memory_item_multi}). */
    private long multiIndex(Buffer b, long key) {
        long n = space.tupleType.size(key);
        boolean allIndexes = true, allSlices = true;
        for (long i = 0; i < n; i++) {
            long k = space.tupleType.item(key, i);
            allIndexes &= BytesMethods.indexCheck(space, k);
            allSlices &= space.sliceType.check(k);
        }
        if (!allIndexes) {
            if (allSlices && n > 0) {
                throw new PyException("NotImplementedError", "multi-dimensional slicing is not implemented");
            }
            throw new PyException("TypeError", "memoryview: invalid slice key");
        }
        if (n < b.shape().length) {
            throw new PyException("NotImplementedError", "sub-views are not implemented");
        }
        if (n > b.shape().length) {
            throw new PyException("TypeError", "cannot index " + b.shape().length + "-dimension view with " + n
                    + "-element tuple");
        }
        long offset = 0;
        for (int d = 0; d < n; d++) {
            offset += itemAddress(b, BytesMethods.asIndex(space, space.tupleType.item(key, d)), d);
        }
        return offset;
    }

    @Override
    public void setItem(long m, long key, long value) {
        Buffer b = view(checked(m));
        if (b.readonly()) {
            throw new PyException("TypeError", "cannot modify read-only memory");
        }
        if (value == 0) {
            throw new PyException("TypeError", "cannot delete memory");
        }
        int ndim = b.shape().length;
        if (ndim == 0) {
            if (key == space.ellipsis || space.tupleType.check(key) && space.tupleType.size(key) == 0) {
                BufferItems.pack(space, b.buf(), b.format(), value);
                return;
            }
            throw new PyException("TypeError", "invalid indexing of 0-dim memory");
        }
        if (BytesMethods.indexCheck(space, key)) {
            if (ndim > 1) {
                throw new PyException("NotImplementedError", "sub-views are not implemented");
            }
            BufferItems.pack(space, b.buf() + itemAddress(b, BytesMethods.asIndex(space, key), 0), b.format(), value);
            return;
        }
        if (space.sliceType.check(key) && ndim == 1) {
            long[] s = space.sliceType.indices(key, b.shape()[0]);
            byte[] src = sourceBytes(value, b, s[3]);
            long size = b.itemsize();
            long step = b.strides()[0] * s[2];
            long at = b.buf() + s[0] * b.strides()[0];
            for (int i = 0; i < s[3]; i++, at += step) {
                memory.write(at, src, (int) (i * size), (int) size);
            }
            return;
        }
        if (space.tupleType.check(key)) {
            BufferItems.pack(space, b.buf() + multiIndex(b, key), b.format(), value);
            return;
        }
        if (space.sliceType.check(key)) {
            throw new PyException("NotImplementedError", "memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw new PyException("TypeError", "memoryview: invalid slice key");
    }

    /** The bytes a slice assignment copies: a buffer of the same format and item count ({@code equiv_structure}). */
    private byte[] sourceBytes(long value, Buffer target, long count) {
        PyType t = space.typeOf(value);
        Buffer src = t.getBuffer(value);
        if (src == null) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + t.name + "'");
        }
        try {
            if (!BufferItems.sameFormat(src.format(), target.format()) || src.shape().length != 1 || src.shape()[0] != count) {
                throw new PyException("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
            }
            return src.toBytes(memory);
        } finally {
            t.releaseBuffer(value);
        }
    }

    @Override
    public long iter(long m) {
        Buffer b = view(checked(m));
        if (b.shape().length == 0) {
            throw new PyException("TypeError", "invalid indexing of 0-dim memory");
        }
        if (b.shape().length > 1) {
            throw new PyException("NotImplementedError", "multi-dimensional sub-views are not implemented");
        }
        return space.seqIterType.create(m);
    }

    /** {@code memory_richcompare}: equal to a buffer of the same shape whose items unpack to equal values. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return space.newNotImplemented();
        }
        boolean eq;
        if (released(a) || check(b) && released(b)) {
            eq = a == b; // only a released view is compared by identity: a live one item by item (a NaN is unequal to itself)
        } else {
            PyType t = space.typeOf(b);
            Buffer other = t.getBuffer(b);
            if (other == null) {
                return space.newNotImplemented();
            }
            try {
                eq = sameValues(view(a), other);
            } finally {
                t.releaseBuffer(b);
            }
        }
        return space.newBool(op == CompareOp.EQ ? eq : !eq);
    }

    private boolean sameValues(Buffer x, Buffer y) {
        if (!Arrays.equals(x.shape(), y.shape())) {
            return false;
        }
        char code = BufferItems.code(x.format());
        if (BufferItems.sameFormat(x.format(), y.format()) && code != 0 && "fde".indexOf(code) < 0 && x.cContiguous()
                && y.cContiguous()) {
            return Arrays.equals(x.toBytes(memory), y.toBytes(memory));
        }
        return sameValues(x, x.buf(), y, y.buf(), 0);
    }

    private boolean sameValues(Buffer x, long xa, Buffer y, long ya, int dim) {
        if (dim == x.shape().length) {
            long u = BufferItems.unpack(space, xa, x.format());
            try {
                long v = BufferItems.unpack(space, ya, y.format());
                try {
                    return Abstract.equal(space, u, v);
                } finally {
                    space.decref(v);
                }
            } finally {
                space.decref(u);
            }
        }
        for (long i = 0; i < x.shape()[dim]; i++, xa += x.strides()[dim], ya += y.strides()[dim]) {
            if (!sameValues(x, xa, y, ya, dim + 1)) {
                return false;
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
        char f = BufferItems.code(format(m));
        if (f == 0 || "Bbc".indexOf(f) < 0) {
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
