package dev.pyheap.runtime.state;

import dev.pyheap.runtime.AttributeCache;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.InstanceAttributeCache;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.Objects;

/**
 * The address-level API of one thread state ({@link CApi}): straight calls into the abstract layer
 * and the types, no handles, no argument checks; only the thread state's own check
 * comes first: {@link #requireGil}, {@link ThreadState#requireGil}'s test on a copy of its field.
 * A Python error leaves as the handle API's do ({@link HandleApi#escaping}).
 */
final class CApiImpl implements CApi {
    private final ThreadState thread;
    private final ObjectSpace space;
    /**
     * The thread state's {@code gilHolder} (its owner while it holds the GIL, else null), written
     * only by {@link ThreadState}: releasing the GIL, closing the thread state and closing the heap
     * all make it null, so one compare with the current thread refuses every misuse.
     */
    Thread gilHolder;

    CApiImpl(ThreadState thread) {
        this.thread = thread;
        this.space = thread.space;
    }

    /**
     * Every call's check: one load from this object and the current thread (an intrinsic), where
     * the thread state's own check would first load the thread state. The refusal names the cause.
     */
    private void requireGil() {
        if (Thread.currentThread() != gilHolder) {
            throw thread.refusal();
        }
    }

    @Override
    public void incref(long object) {
        requireGil();
        space.incref(object);
    }

    @Override
    public void decref(long object) {
        requireGil();
        space.decref(object);
        space.raiseParked();
    }

    @Override
    public long refcount(long object) {
        requireGil();
        return space.refcount(object);
    }

    @Override
    public long newList() {
        requireGil();
        return space.listType.allocate(0);
    }

    @Override
    public void listAppend(long list, long item) {
        requireGil();
        space.listType.append(list, item);
    }

    @Override
    public void listSetItem(long list, long index, long item) {
        requireGil();
        if (item == 0) {
            throw new IllegalArgumentException("listSetItem(.., 0): 0 is NULL, not a reference to an object");
        }
        space.listType.setSequenceItem(list, index, item);
        space.raiseParked();
    }

    @Override
    public long newTuple(long... items) {
        requireGil();
        return space.tupleType.create(items);
    }

    @Override
    public long newInt(long value) {
        requireGil();
        return space.newInt(value);
    }

    @Override
    public long call(long cls) {
        requireGil();
        try {
            return Abstract.call(space, cls);
        } catch (PyException e) {
            throw thread.escaping(e);
        }
    }

    @Override
    public long getattr(long object, String name) {
        requireGil();
        try {
            return Abstract.getAttr(space, object, name);
        } catch (PyException e) {
            throw thread.escaping(e);
        }
    }

    @Override
    public void setattr(long object, String name, long value) {
        requireGil();
        try {
            Abstract.setAttr(space, object, name, value);
        } catch (PyException e) {
            throw thread.escaping(e);
        }
        space.raiseParked();
    }

    @Override
    public AttributeCache attributeCache(String name) {
        requireGil();
        return new InstanceAttributeCache(space, Objects.requireNonNull(name, "name"));
    }

    @Override
    public long getattr(long object, AttributeCache cache) {
        requireGil();
        try {
            return own(cache).get(space, object);
        } catch (PyException e) {
            throw thread.escaping(e);
        }
    }

    @Override
    public void setattr(long object, AttributeCache cache, long value) {
        requireGil();
        try {
            own(cache).set(space, object, value);
        } catch (PyException e) {
            throw thread.escaping(e);
        }
        space.raiseParked();
    }

    /** {@code cache} as this heap's implementation, or IllegalArgumentException. */
    private InstanceAttributeCache own(AttributeCache cache) {
        if (cache instanceof InstanceAttributeCache c && c.belongsTo(space)) {
            return c;
        }
        throw new IllegalArgumentException("attribute cache " + (cache == null ? "null" : "for '" + cache.name() + "'")
                + " was not made by this heap's CApi");
    }

    @Override
    public Handle toHandle(long newReference) {
        requireGil();
        if (newReference == 0) {
            throw new IllegalArgumentException("toHandle(0): 0 is NULL, not a reference to an object");
        }
        return thread.wrap(newReference);
    }

    @Override
    public long address(Handle handle) {
        requireGil();
        return thread.interp.addressOf(handle);
    }
}
