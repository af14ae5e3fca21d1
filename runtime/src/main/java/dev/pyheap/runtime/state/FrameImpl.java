package dev.pyheap.runtime.state;

import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A function frame: locals in slots, in the order their names were first bound (CPython's fast
 * locals). Each slot holds a counted reference or 0. The module frame is {@link ModuleFrame}.
 */
public class FrameImpl implements PyFrame {
    final ThreadState thread;
    private final String function;
    private final String file;
    private int line;
    private String[] names = new String[4];
    private long[] slots = new long[4];
    private int count;
    /** Whether {@link #setLine} moved this frame (tracemalloc then prefers the mutator's frames to the Java stack). */
    private boolean moved;
    /**
     * Owned by the allocation observer (tracemalloc): what it computed for allocations while this
     * frame is on top, kept here so that it is computed once per line, not once per allocation.
     */
    public Object observerCache;

    FrameImpl(ThreadState thread, String function, String file, int line) {
        this.thread = thread;
        this.function = function;
        this.file = file;
        this.line = line;
    }

    @Override
    public final String function() {
        return function;
    }

    @Override
    public final String file() {
        return file;
    }

    @Override
    public final int line() {
        return line;
    }

    @Override
    public final void setLine(int line) {
        thread.requireGil();
        this.line = line;
        this.moved = true;
    }

    /** Whether {@link #setLine} moved this frame. */
    public final boolean moved() {
        return moved;
    }

    private int slot(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void setLocal(String name, Handle value) {
        long v = thread.addressOf(value);
        int i = slot(name);
        if (i < 0) {
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                slots = Arrays.copyOf(slots, count * 2);
            }
            i = count++;
            names[i] = name;
        }
        long old = slots[i];
        thread.space.incref(v);
        slots[i] = v;
        thread.space.xdecref(old);
        thread.space.raiseParked();
    }

    @Override
    public Handle getLocal(String name) {
        thread.requireGil();
        int i = slot(name);
        if (i < 0 || slots[i] == 0) {
            throw unbound(name);
        }
        return thread.wrap(thread.space.newRef(slots[i]));
    }

    @Override
    public void delLocal(String name) {
        thread.requireGil();
        int i = slot(name);
        if (i < 0 || slots[i] == 0) {
            throw unbound(name);
        }
        long old = slots[i];
        slots[i] = 0;
        thread.space.decref(old);
        thread.space.raiseParked();
    }

    @Override
    public boolean hasLocal(String name) {
        thread.requireGil();
        int i = slot(name);
        return i >= 0 && slots[i] != 0;
    }

    PyException unbound(String name) {
        return new PyException("UnboundLocalError", "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    /** Return: releases the locals in slot order. */
    void release() {
        for (int i = 0; i < count; i++) {
            long v = slots[i];
            if (v != 0) {
                slots[i] = 0;
                thread.space.decref(v);
            }
        }
    }

    /** Visits the locals (roots). */
    void forEachLocal(LongConsumer visitor) {
        for (int i = 0; i < count; i++) {
            if (slots[i] != 0) {
                visitor.accept(slots[i]);
            }
        }
    }

    /** The local named {@code name} or 0 (borrowed), for reference chains. */
    public String nameOfSlotHolding(long object) {
        for (int i = 0; i < count; i++) {
            if (slots[i] == object) {
                return names[i];
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "<frame " + function + " at " + file + ":" + line + ">";
    }
}
