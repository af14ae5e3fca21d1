package dev.pyheap.runtime.state;

import dev.pyheap.runtime.Handle;

/**
 * One embedder reference. Open handles form an intrusive doubly linked ring headed by
 * {@link InterpreterState#handles}, so opening and closing are a few field writes and the roots (and the
 * report of unclosed handles) can walk them.
 */
final class HandleImpl implements Handle {
    final InterpreterState heap;
    long address;
    HandleImpl prev;
    HandleImpl next;

    /** The ring's head: holds no object. */
    HandleImpl(InterpreterState heap) {
        this.heap = heap;
        this.prev = this;
        this.next = this;
    }

    /** Takes over one reference to {@code address} and links itself into the heap's ring. */
    HandleImpl(InterpreterState heap, long address) {
        this.heap = heap;
        this.address = address;
        HandleImpl head = heap.handles;
        this.prev = head;
        this.next = head.next;
        head.next.prev = this;
        head.next = this;
        heap.openHandles++;
    }

    @Override
    public long id() {
        heap.requireGil("Handle.id");
        return heap.addressOf(this);
    }

    @Override
    public String typeName() {
        heap.requireGil("Handle.typeName");
        return heap.space.typeOf(heap.addressOf(this)).name;
    }

    /** False once closed, or once the heap closed. */
    @Override
    public boolean isOpen() {
        return address != 0 && !heap.isClosed();
    }

    @Override
    public void close() {
        long o = address;
        if (o == 0 || heap.isClosed()) {
            return;
        }
        if (!heap.gil.isHeldByCurrentThread()) {
            throw new IllegalStateException("closing a handle to " + heap.space.describe(o)
                    + " needs the GIL, which the calling thread does not hold");
        }
        address = 0;
        prev.next = next;
        next.prev = prev;
        prev = null;
        next = null;
        heap.openHandles--;
        heap.space.decref(o);
        heap.space.raiseParked();
    }

    @Override
    public String toString() {
        return address == 0 ? "<closed handle>" : heap.isClosed() ? "<handle of a closed heap>"
                : "<handle to " + heap.space.describe(address) + ">";
    }
}
