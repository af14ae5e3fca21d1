package dev.pyheap.runtime.objects;

/**
 * {@code managedbuffer} ({@code _PyManagedBuffer_Type}, Objects/memoryobject.c): the one export
 * of an exporter's buffer that a memoryview made from the exporter takes, shared with every view
 * made from that view ({@code view[i:j]}, {@code memoryview(view)}, {@code cast},
 * {@code toreadonly}). It holds the exporter once, whatever the number of views, and the export
 * until the last view registered with it ({@code exports}) is released: then the exporter may
 * resize again and this reference to it goes ({@code mbuf_release}, which also untracks it).
 * GC-capable, 112 bytes as CPython's ({@code sys.getsizeof} 128).
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 flags (released)  +24 exports (views registered)
 *   +32 master, the Py_buffer (80 bytes): +40 its obj, the exporter (counted); each view keeps its
 *       own copy of the rest, so the other fields stay 0 here
 * </pre>
 */
public final class ManagedBufferType extends StructType {
    private static final int FLAGS = 16, EXPORTS = 24, OBJ = 40, SIZE = 112;
    private static final int RELEASED = 1;

    ManagedBufferType(ObjectSpace space) {
        super(space, "managedbuffer", null, HAVE_GC | IMMUTABLETYPE, SIZE, 0, 0, "obj", OBJ);
    }

    /**
     * {@code _PyManagedBuffer_FromObject} after its {@code PyObject_GetBuffer}: takes over the export
     * of {@code exporter}'s buffer the caller took, and a reference to {@code exporter}. No view is
     * registered yet. New reference, tracked.
     */
    long create(long exporter) {
        long mb = allocateStruct(SIZE);
        setField(mb, OBJ, exporter);
        space.track(mb);
        return mb;
    }

    /** {@code mbuf_add_view}'s registration: one more view of {@code mb}, which the view holds (a new reference). */
    long addView(long mb) {
        memory.putLong(mb + EXPORTS, memory.getLong(mb + EXPORTS) + 1);
        return space.newRef(mb);
    }

    /** A view of {@code mb} released ({@code _memory_release}): the last one gives the export back. */
    void removeView(long mb) {
        long n = memory.getLong(mb + EXPORTS) - 1;
        memory.putLong(mb + EXPORTS, n);
        if (n == 0) {
            release(mb);
        }
    }

    /** {@code mbuf_release}: untracked, the export given back, the exporter's reference dropped; once. */
    private void release(long mb) {
        if ((memory.getInt(mb + FLAGS) & RELEASED) != 0) {
            return;
        }
        memory.putInt(mb + FLAGS, memory.getInt(mb + FLAGS) | RELEASED);
        space.untrack(mb);
        long exporter = field(mb, OBJ);
        if (exporter != 0) {
            space.typeOf(exporter).releaseBuffer(exporter);
            setField(mb, OBJ, 0);
        }
    }

    /** {@code mbuf_clear}. */
    @Override
    public void clear(long mb) {
        release(mb);
    }
}
