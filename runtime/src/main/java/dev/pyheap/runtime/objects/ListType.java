package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;

/**
 * {@code list}: a GC-capable object of 40 bytes pointing to a separate item array.
 * <pre>
 *   -16 PyGC_Head
 *   +0  ob_refcnt  +8 ob_type  +16 ob_size (len)  +24 ob_item (array address, 0 when allocated is 0)
 *   +32 allocated (slots in ob_item)
 * </pre>
 * {@code sys.getsizeof} is {@code 56 + 8 * allocated}. The item array is a plain block from the
 * allocator ({@code PyMem_Malloc}); a list of up to 64 slots keeps its array in pymalloc.
 *
 * <h2>Growth: CPython 3.11's {@code list_resize(newsize)}</h2>
 * <ol>
 * <li>If {@code allocated >= newsize >= allocated / 2}, only {@code ob_size} changes.
 * <li>Otherwise {@code new = (newsize + newsize / 8 + 6) & ~3}; if that leaves less headroom than
 *     the size jump ({@code newsize - oldsize > new - newsize}), {@code new = (newsize + 3) & ~3};
 *     {@code newsize == 0} gives 0. Appends grow 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
 * </ol>
 * {@code [a, b, c]} built from values ({@code BUILD_LIST n}) allocates exactly n slots.
 *
 * <p>Dead lists go to a free list of 80 (their item arrays are freed), emptied by a full collection.
 * Items are released last to first, on deallocation and on {@code clear()}.
 */
public final class ListType extends SequenceType {
    public static final int ITEM_ARRAY = 24;
    public static final int ALLOCATED = 32;
    public static final int SIZE = 40;
    public static final int FREE_LIST_SIZE = 80;

    public final FreeList freeList = new FreeList(FREE_LIST_SIZE);

    public ListType(ObjectSpace interp) {
        super(interp, "list", true);
    }

    /** {@code PyList_New(n)}: a tracked list of n NULL slots. New reference. */
    public long allocate(int n) {
        long o = freeList.poll();
        if (o != 0) {
            interp.reviveGcObject(o);
        } else {
            o = interp.newGcObject(this, SIZE, 0);
        }
        long items = 0;
        if (n > 0) {
            try {
                items = interp.allocate(8L * n);
            } catch (RuntimeException e) {
                memory.putLong(o + Layout.OB_SIZE, 0);
                memory.putLong(o + ITEM_ARRAY, 0);
                memory.putLong(o + ALLOCATED, 0);
                interp.decref(o);
                throw e;
            }
            memory.fill(items, 8L * n, (byte) 0);
        }
        memory.putLong(o + Layout.OB_SIZE, n);
        memory.putLong(o + ITEM_ARRAY, items);
        memory.putLong(o + ALLOCATED, n);
        interp.track(o);
        return o;
    }

    /** {@code [a, b, ...]}: exactly {@code items.length} slots, each a new reference. New reference. */
    public long create(long... items) {
        long o = allocate(items.length);
        long array = memory.getLong(o + ITEM_ARRAY);
        for (int i = 0; i < items.length; i++) {
            memory.putLong(array + 8L * i, interp.newRef(items[i]));
        }
        return o;
    }

    @Override
    public long size(long o) {
        return memory.getLong(o + Layout.OB_SIZE);
    }

    public long allocated(long o) {
        return memory.getLong(o + ALLOCATED);
    }

    public long itemArray(long o) {
        return memory.getLong(o + ITEM_ARRAY);
    }

    /** The item at a normalised index (borrowed). */
    @Override
    public long item(long o, long i) {
        return memory.getLong(itemArray(o) + 8 * i);
    }

    /** {@code list_resize}: see the class comment. Items past the new size must already be released. */
    public void resize(long o, long newSize) {
        long allocated = allocated(o);
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            memory.putLong(o + Layout.OB_SIZE, newSize);
            return;
        }
        long oldSize = size(o);
        long newAllocated = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - oldSize > newAllocated - newSize) {
            newAllocated = (newSize + 3) & ~3L;
        }
        if (newSize == 0) {
            newAllocated = 0;
        }
        long array = itemArray(o);
        long newArray;
        if (newAllocated == 0) {
            interp.free(array);
            newArray = 0;
        } else {
            newArray = array == 0 ? interp.allocate(8 * newAllocated) : interp.reallocate(array, 8 * newAllocated);
        }
        memory.putLong(o + ITEM_ARRAY, newArray);
        memory.putLong(o + Layout.OB_SIZE, newSize);
        memory.putLong(o + ALLOCATED, newAllocated);
    }

    /** {@code list.append(v)}. */
    public void append(long o, long v) {
        long n = size(o);
        if (n < allocated(o)) {
            memory.putLong(itemArray(o) + 8 * n, interp.newRef(v));
            memory.putLong(o + Layout.OB_SIZE, n + 1);
            return;
        }
        resize(o, n + 1);
        memory.putLong(itemArray(o) + 8 * n, interp.newRef(v));
    }

    /** {@code list.insert(i, v)} with Python's clamping of {@code i}. */
    public void insert(long o, long index, long v) {
        long n = size(o);
        long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        resize(o, n + 1);
        long array = itemArray(o);
        memory.copy(array + 8 * i, array + 8 * (i + 1), 8 * (n - i));
        memory.putLong(array + 8 * i, interp.newRef(v));
    }

    /** {@code list.pop(i)}: the removed item, whose reference passes to the caller. */
    public long pop(long o, long index) {
        long n = size(o);
        if (n == 0) {
            throw new PyException("IndexError", "pop from empty list");
        }
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw new PyException("IndexError", "pop index out of range");
        }
        long array = itemArray(o);
        long v = memory.getLong(array + 8 * i);
        memory.copy(array + 8 * (i + 1), array + 8 * i, 8 * (n - i - 1));
        resize(o, n - 1);
        return v;
    }

    /** {@code L[i]}: a new reference. */
    public long getItem(long o, long index) {
        return interp.newRef(item(o, checkIndex(o, index, "list index out of range")));
    }

    /** {@code L[i] = v}: the new item is stored before the old one is released. */
    public void setItem(long o, long index, long v) {
        long i = checkIndex(o, index, "list assignment index out of range");
        long at = itemArray(o) + 8 * i;
        long old = memory.getLong(at);
        memory.putLong(at, interp.newRef(v));
        interp.xdecref(old);
    }

    /** {@code del L[i]}: the item is released after the list has shrunk. */
    public void delItem(long o, long index) {
        long i = checkIndex(o, index, "list assignment index out of range");
        long old = pop(o, i);
        interp.decref(old);
    }

    /** {@code L.clear()}, also the list's {@code tp_clear}: emptied first, then items released last to first. */
    @Override
    public void clear(long o) {
        long array = itemArray(o);
        long n = size(o);
        memory.putLong(o + Layout.OB_SIZE, 0);
        memory.putLong(o + ITEM_ARRAY, 0);
        memory.putLong(o + ALLOCATED, 0);
        for (long i = n - 1; i >= 0; i--) {
            interp.xdecref(memory.getLong(array + 8 * i));
        }
        interp.free(array);
    }

    /** {@code L.extend(items)} on an empty list preallocates exactly, rounded up to even (3.11). */
    public void extend(long o, long... items) {
        long n = size(o);
        if (n == 0 && allocated(o) == 0 && items.length > 0) {
            long slots = (items.length + 1) & ~1L;
            long array = interp.allocate(8 * slots);
            memory.putLong(o + ITEM_ARRAY, array);
            memory.putLong(o + ALLOCATED, slots);
        }
        for (long v : items) {
            append(o, v);
        }
    }

    private long checkIndex(long o, long index, String message) {
        long n = size(o);
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw new PyException("IndexError", message);
        }
        return i;
    }

    @Override
    public long sizeof(long o) {
        return Layout.GC_HEAD + SIZE + 8 * allocated(o);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long array = itemArray(o);
        for (long i = size(o) - 1; i >= 0; i--) {
            long item = memory.getLong(array + 8 * i);
            if (item != 0) {
                visitor.accept(item);
            }
        }
    }

    @Override
    public String referentName(long o, int ordinal) {
        long array = itemArray(o);
        int seen = 0;
        for (long i = size(o) - 1; i >= 0; i--) {
            if (memory.getLong(array + 8 * i) != 0 && seen++ == ordinal) {
                return "item [" + i + "]";
            }
        }
        return super.referentName(o, ordinal);
    }

    @Override
    public void forEachOwnedBlock(long o, LongConsumer blockVisitor) {
        long array = itemArray(o);
        if (array != 0) {
            blockVisitor.accept(array);
        }
    }

    @Override
    public void forEachFreeListEntry(LongConsumer visitor) {
        freeList.forEach(visitor);
    }

    @Override
    public void dealloc(long o) {
        interp.untrack(o);
        long array = itemArray(o);
        if (array != 0) {
            for (long i = size(o) - 1; i >= 0; i--) {
                interp.xdecref(memory.getLong(array + 8 * i));
            }
            interp.free(array);
        }
        if (!freeList.offer(o)) {
            interp.freeGcObject(o, 0);
        }
    }

    public void clearFreeList() {
        freeList.drain(o -> interp.freeGcObject(o, 0));
    }

    @Override
    public boolean hashable() {
        return false;
    }


    @Override
    public String repr(long o) {
        if (!interp.reprEnter(o)) {
            return "[...]";
        }
        try {
            StringBuilder s = new StringBuilder("[");
            for (long i = 0, n = size(o); i < n; i++) {
                if (i > 0) {
                    s.append(", ");
                }
                s.append(interp.repr(item(o, i)));
            }
            return s.append(']').toString();
        } finally {
            interp.reprLeave(o);
        }
    }
}
