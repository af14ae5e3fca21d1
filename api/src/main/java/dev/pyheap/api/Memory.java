package dev.pyheap.api;

/**
 * Byte-addressed access to a heap's memory: arenas and raw blocks alike.
 *
 * <p>Addresses are {@code long} byte addresses handed out by an
 * {@link dev.pyheap.api.alloc.Allocator}; {@code 0} is NULL. Multi-byte values are little-endian,
 * as on the x86-64 machines CPython's layouts were measured on. A 2-, 4- or 8-byte access must be
 * naturally aligned (its address a multiple of its width); implementations may reject a misaligned
 * one.
 *
 * <p>What an access outside every live mapping does depends on the kind of memory
 * ({@link #isChecked()}):
 * <ul>
 *   <li><b>checked</b> memory throws {@link HeapCorruptionError} naming the address; it never
 *       returns garbage from another mapping;</li>
 *   <li><b>native</b> memory (addresses are real process addresses, each access one machine load or
 *       store) does what C does: the access may read or damage other memory, or crash the process.
 *       Code that must survive a corrupt heap (a sanity checker, a debugger) asks
 *       {@link #isMapped(long, long)} before it reads an address it has not found in the allocator's
 *       own maps.</li>
 * </ul>
 *
 * <p>A {@code Memory} is used under the heap's GIL and is not thread-safe.
 */
public interface Memory {
    /**
     * Every address a heap hands out is below 2^62 (a user-space address is below 2^57, checked
     * memory's are small numbers), so masking one with this changes nothing. Hot paths mask the
     * addresses they dereference, once where an address enters (read from memory or a Java array):
     * the JIT then knows each access through it lies inside native memory's whole-address-space
     * segment and drops that access's bounds check, a compare and a branch that C does not have.
     * Only offsets that keep the address above 0 fold: mask the lowest address accessed.
     */
    long ADDRESS_BITS = (1L << 62) - 1;

    long getLong(long address);

    void putLong(long address, long value);

    int getInt(long address);

    void putInt(long address, int value);

    short getShort(long address);

    void putShort(long address, short value);

    byte getByte(long address);

    void putByte(long address, byte value);

    /** Copies {@code bytes} bytes from {@code source} to {@code target}; overlapping ranges behave like {@code memmove}. */
    void copy(long source, long target, long bytes);

    /** Sets {@code bytes} bytes starting at {@code address} to {@code value}, like {@code memset}. */
    void fill(long address, long bytes, byte value);

    /** Copies {@code length} bytes at {@code address} into {@code target[offset..]}. */
    void read(long address, byte[] target, int offset, int length);

    /** Copies {@code source[offset..offset+length)} to {@code address}. */
    void write(long address, byte[] source, int offset, int length);

    /**
     * Whether {@code address} lies inside memory that is currently mapped (an arena or a raw block).
     * Answered from the allocator's own maps, never by touching memory, so it is safe on any address.
     */
    boolean isMapped(long address);

    /**
     * Whether the {@code bytes} bytes from {@code address} lie inside one currently mapped arena or raw
     * block, answered from the allocator's own maps without touching memory (CPython's
     * {@code address_in_range}, widened to raw blocks and to a length). A reader that must not crash
     * on a corrupt native heap calls this before dereferencing an address it has not found in the
     * allocator's enumeration. {@code bytes <= 0} asks about {@code address} alone.
     */
    default boolean isMapped(long address, long bytes) {
        return isMapped(address) && (bytes <= 1 || isMapped(address + bytes - 1));
    }

    /**
     * Whether every access is checked against the mappings, so that a wild one throws
     * {@link HeapCorruptionError} (checked memory, and the debug allocators' memory over it), rather
     * than being one unchecked machine access (native memory).
     */
    default boolean isChecked() {
        return true;
    }
}
