package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;

/**
 * What an exporter gives through the buffer protocol ({@code Py_buffer}, {@code bf_getbuffer}):
 * where its items are in heap memory, how many bytes they take, the struct-module format of one
 * item, and its shape and strides (one dimension for every exporter of the runtime; a memoryview's
 * cast can give more). The exporter keeps the memory in place until {@link PyType#releaseBuffer}:
 * bytearray and array count their exports and refuse to resize meanwhile.
 *
 * @param obj      the exporter (borrowed: the holder of the buffer keeps its own reference)
 * @param buf      address of the first item
 * @param len      bytes in all ({@code product(shape) * itemsize})
 * @param itemsize bytes of one item
 * @param readonly whether writing through the buffer is refused
 * @param format   the item's struct format ({@code "B"}, {@code "d"}, ...)
 * @param shape    items in each dimension
 * @param strides  bytes from one item to the next in each dimension
 */
public record Buffer(long obj, long buf, long len, long itemsize, boolean readonly, String format, long[] shape,
        long[] strides) {

    /** A one-dimensional contiguous buffer of {@code len / itemsize} items. */
    public static Buffer simple(long obj, long buf, long len, long itemsize, boolean readonly, String format) {
        return new Buffer(obj, buf, len, itemsize, readonly, format, new long[] {len / itemsize}, new long[] {itemsize});
    }

    /** The bytes of the items in C order ({@code PyBuffer_ToContiguous}). */
    public byte[] toBytes(Memory memory) {
        byte[] out = new byte[Math.toIntExact(len)];
        if (shape.length == 0) {
            memory.read(buf, out, 0, out.length);
            return out;
        }
        copy(memory, buf, 0, out, new int[] {0});
        return out;
    }

    private void copy(Memory memory, long at, int dim, byte[] out, int[] pos) {
        if (dim == shape.length - 1 && strides[dim] == itemsize) {
            int n = Math.toIntExact(shape[dim] * itemsize);
            if (n > 0) {
                memory.read(at, out, pos[0], n);
            }
            pos[0] += n;
            return;
        }
        for (long i = 0; i < shape[dim]; i++, at += strides[dim]) {
            if (dim == shape.length - 1) {
                memory.read(at, out, pos[0], (int) itemsize);
                pos[0] += (int) itemsize;
            } else {
                copy(memory, at, dim + 1, out, pos);
            }
        }
    }

    /** Whether the items follow each other in C order without gaps. */
    public boolean cContiguous() {
        long expected = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 0) {
                return true;
            }
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** Whether the items follow each other in Fortran order without gaps. */
    public boolean fContiguous() {
        long expected = itemsize;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) {
                return true;
            }
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }
}
