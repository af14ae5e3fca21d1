package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

/**
 * {@code cell}: {@code PyCellObject} (Objects/cellobject.c), a closure variable; GC-capable,
 * {@code sys.getsizeof} 40.
 * <pre>  -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ob_ref (counted, NULL when empty)</pre>
 */
public final class CellType extends StructType {
    public static final int REF = 16;

    CellType(ObjectSpace space) {
        super(space, "cell", null, HAVE_GC, 24, 0, 0, "ob_ref", REF);
    }

    /** {@code PyCell_New(value)}: a tracked cell holding a new reference to {@code value} (or empty for 0). New reference. */
    public long create(long value) {
        long c = allocateStruct(24);
        setField(c, REF, value);
        space.track(c);
        return c;
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code cell_new}: {@code types.CellType(contents)}, or an empty cell without an argument. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "cell() takes no keyword arguments");
        }
        long n = space.tupleType.size(args);
        if (n > 1) {
            throw new PyException("TypeError", "cell expected at most 1 argument, got " + n);
        }
        return create(n == 0 ? 0 : space.tupleType.item(args, 0));
    }

    /** {@code PyCell_GET}: borrowed, 0 when empty. */
    public long get(long cell) {
        return field(cell, REF);
    }

    /** {@code PyCell_Set}: a new reference to {@code value} (0 empties the cell). */
    public void set(long cell, long value) {
        setField(cell, REF, value);
    }

    /** {@code cell_getsetlist}: {@code cell_contents}, which a store fills and a deletion empties. */
    @Override
    protected void fillDict() {
        putInDict("cell_contents", space.getSetDescrType.create(this, "cell_contents", o -> {
            long v = get(o);
            if (v == 0) {
                throw new PyException("ValueError", "Cell is empty");
            }
            return space.newRef(v);
        }, this::set));
    }

    @Override
    public long lookupAttr(long o, long attributeName) {
        String attribute = space.strType.value(attributeName);
        if (attribute.equals("cell_contents")) {
            long v = get(o);
            if (v == 0) {
                throw new PyException("ValueError", "Cell is empty");
            }
            return space.newRef(v);
        }
        return genericLookupAttr(o, attributeName);
    }

    /**
     * {@code cell_richcompare}: two cells compare by their contents; an empty cell is less than a
     * full one (and equal to another empty one). Cells are unhashable: {@code __hash__} is None.
     */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (space.typeOf(b) != this) {
            return space.newRef(space.notImplemented);
        }
        long x = get(a);
        long y = get(b);
        if (x != 0 && y != 0) {
            return Abstract.richCompare(space, x, y, op);
        }
        return space.newBool(op.holds(Boolean.compare(x != 0, y != 0)));
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    public long hash(long o) {
        throw unhashable();
    }

    @Override
    public String repr(long o) {
        long v = get(o);
        return v == 0 ? "<cell at " + Addresses.hex(o) + ": empty>"
                : "<cell at " + Addresses.hex(o) + ": " + space.typeOf(v).name + " object at " + Addresses.hex(v) + ">";
    }
}
