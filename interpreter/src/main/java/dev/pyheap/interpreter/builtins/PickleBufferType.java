package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.Buffer;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

/**
 * {@code pickle.PickleBuffer} (Objects/picklebufobject.c): a wrapper of any object exporting a
 * buffer, which pickle protocol 5 writes out of band (PEP 574). Making one takes an export of the
 * object's buffer and keeps it, as C keeps its {@code Py_buffer} (a bytearray cannot resize
 * meanwhile), until {@code release()} or the end of the wrapper. The wrapper exports a buffer
 * itself as {@code picklebuf_getbuf} does, by asking the wrapped object again: a memoryview of it
 * shows the wrapped object as its {@code obj}. Those exports are lent here through the same
 * wrapped object, held by a second reference ({@code LENT}) while any is out, so that a consumer
 * gives its export back to the object it came from even after {@code release()}. In CPython's
 * size (a {@code Py_buffer} in the object):
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 view.buf  +24 view.obj (the wrapped object, 0 once released)  +32 view.len
 *   +40 view.itemsize  +48 view.readonly  +56 exports lent  +64 LENT (the object they came from)
 *   +72..+95 the rest of the Py_buffer (unused)  +96 weakreflist                      104 bytes
 * </pre>
 * GC-tracked, weakly referenceable, not subclassable; {@code raw()} is a one-dimensional view of
 * unsigned bytes over a contiguous buffer.
 */
final class PickleBufferType extends PyType {
    private static final int BUF = 16, OBJ = 24, LEN = 32, ITEMSIZE = 40, READONLY = 48, EXPORTS = 56, LENT = 64,
            WEAKLIST = 96, SIZE = 104;
    private static final String RELEASED = "operation forbidden on released PickleBuffer object";

    PickleBufferType(ObjectSpace space) {
        super(space, "pickle.PickleBuffer", null, HAVE_GC, SIZE, 0);
        defineMethod("raw", (self, args) -> {
            Args.none("raw", args);
            return raw(self);
        });
        defineMethod("release", (self, args) -> {
            Args.none("release", args);
            release(self);
            return space.newNone();
        });
    }

    /** {@code picklebuf_new}: {@code PickleBuffer(obj)}, one positional argument exporting a buffer. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        // PyArg_ParseTupleAndKeywords with one positional-only parameter: too many arguments in
        // all first, then a missing positional one
        int n = (int) space.tupleType.size(args);
        long all = n + (kwargs == 0 ? 0 : space.dictType.size(kwargs));
        if (all > 1) {
            throw new PyException("TypeError", "PickleBuffer() takes at most 1 argument (" + all + " given)");
        }
        if (n != 1) {
            throw new PyException("TypeError", "PickleBuffer() takes exactly 1 positional argument (" + n + " given)");
        }
        long base = space.tupleType.item(args, 0);
        PyType t = space.typeOf(base);
        Buffer b = t.getBuffer(base);
        if (b == null) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + t.name + "'");
        }
        long o = space.newGcObject(this, SIZE, 0);
        for (long off = 16; off < SIZE; off += 8) {
            memory.putLong(o + off, 0);
        }
        memory.putLong(o + BUF, b.buf());
        memory.putLong(o + OBJ, space.newRef(base));
        memory.putLong(o + LEN, b.len());
        memory.putLong(o + ITEMSIZE, b.itemsize());
        memory.putLong(o + READONLY, b.readonly() ? 1 : 0);
        space.track(o);
        return o;
    }

    /** {@code picklebuf_getbuf}: the wrapped object's buffer, asked for again. */
    @Override
    public Buffer getBuffer(long o) {
        long base = memory.getLong(o + OBJ);
        if (base == 0) {
            throw new PyException("ValueError", RELEASED);
        }
        Buffer b = space.typeOf(base).getBuffer(base);
        if (memory.getLong(o + EXPORTS) == 0) {
            memory.putLong(o + LENT, space.newRef(base));
        }
        memory.putLong(o + EXPORTS, memory.getLong(o + EXPORTS) + 1);
        return b;
    }

    /** An export lent by {@link #getBuffer} comes back: it goes back to the object it came from. */
    @Override
    public void releaseBuffer(long o) {
        long lent = memory.getLong(o + LENT);
        space.typeOf(lent).releaseBuffer(lent);
        long exports = memory.getLong(o + EXPORTS) - 1;
        memory.putLong(o + EXPORTS, exports);
        if (exports == 0) {
            memory.putLong(o + LENT, 0);
            space.decref(lent);
        }
    }

    /**
     * {@code picklebuf_raw}: a memoryview of the wrapped bytes as one dimension of unsigned bytes;
     * a BufferError for a non-contiguous buffer.
     */
    private long raw(long o) {
        Buffer b = getBuffer(o);
        boolean contiguous;
        try {
            contiguous = b.cContiguous() || b.fContiguous();
        } finally {
            releaseBuffer(o);
        }
        if (!contiguous) {
            throw new PyException("BufferError", "cannot extract raw buffer from non-contiguous buffer");
        }
        long view = space.memoryViewType.fromObject(o);
        if (b.shape().length == 1 && b.itemsize() == 1 && b.format().equals("B")) {
            return view;
        }
        long format = space.strType.runtime("B");
        try {
            return Abstract.callMethod(space, view, "cast", new long[] {format});
        } finally {
            space.decref(format);
            space.decref(view);
        }
    }

    /** {@code picklebuf_release}: gives the kept export back and drops the wrapped object; again does nothing. */
    private void release(long o) {
        long base = memory.getLong(o + OBJ);
        if (base == 0) {
            return;
        }
        memory.putLong(o + OBJ, 0);
        memory.putLong(o + BUF, 0);
        try {
            space.typeOf(base).releaseBuffer(base);
        } finally {
            space.decref(base);
        }
    }

    @Override
    public int weaklistOffset() {
        return WEAKLIST;
    }

    /** {@code picklebuf_traverse}: the wrapped object (and, while exports are out, the one lending them). */
    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long base = memory.getLong(o + OBJ);
        if (base != 0) {
            visitor.accept(base);
        }
        long lent = memory.getLong(o + LENT);
        if (lent != 0) {
            visitor.accept(lent);
        }
    }

    /** {@code picklebuf_clear}: releases the kept export; lent exports keep their lender until they come back. */
    @Override
    public void clear(long o) {
        release(o);
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        if (memory.getLong(o + WEAKLIST) != 0) {
            space.clearWeakrefs(o);
        }
        release(o);
        long lent = memory.getLong(o + LENT);
        if (lent != 0) {
            // cannot happen: every lent export's holder keeps this object alive
            memory.putLong(o + LENT, 0);
            space.decref(lent);
        }
        space.typeOf(o).tpFree(o);
    }
}
