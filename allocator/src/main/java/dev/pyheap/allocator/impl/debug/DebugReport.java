package dev.pyheap.allocator.impl.debug;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.alloc.AllocationSite;

/**
 * Builds the text of a debug allocator's {@link dev.pyheap.api.alloc.MemoryMisuseError}, laid out
 * like CPython's {@code _PyObject_DebugDumpAddress} followed by {@code _PyMem_DumpTraceback}: a
 * headline, indented facts about the block, then where it was allocated.
 */
final class DebugReport {
    private final StringBuilder out = new StringBuilder();

    DebugReport(String headline) {
        out.append(headline).append('\n');
    }

    /** A fact about the block, indented as CPython indents them. */
    DebugReport fact(String text) {
        out.append("    ").append(text).append('\n');
        return this;
    }

    /** One byte of a pad listing, indented under its fact. */
    DebugReport byteLine(String where, int value, int expected) {
        out.append("        at ").append(where).append(": ").append(hexByte(value));
        if ((byte) value != (byte) expected) {
            out.append(" *** OUCH");
        }
        out.append('\n');
        return this;
    }

    /**
     * CPython's traceback section ({@code _PyMem_DumpTraceback}): the tracemalloc traceback the
     * hooks gave when the block was allocated, or the hint to enable tracing when they gave none
     * (tracemalloc was off).
     */
    DebugReport allocatedAt(AllocationSite site) {
        if (site == null) {
            out.append("Enable tracemalloc to get the memory block allocation traceback\n");
        } else {
            out.append("Memory block allocated at (most recent call first):\n");
            frames(site);
        }
        return this;
    }

    /** Where the block was freed, when known (CPython does not record this). */
    DebugReport freedAt(AllocationSite site) {
        if (site != null) {
            out.append("Memory block freed at (most recent call first):\n");
            frames(site);
        }
        return this;
    }

    /**
     * The frames as CPython's {@code _PyMem_DumpFrame} prints them: {@code   File "x.py", line 4},
     * no function name (tracemalloc does not keep it).
     */
    private void frames(AllocationSite site) {
        out.append(site.format());
    }

    String text() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    static String hexByte(int value) {
        return String.format("0x%02x", value & 0xff);
    }

    static String hex(long address) {
        return Addresses.hex(address);
    }

    /** An API id byte as CPython prints it ({@code 'o'}), or in hex when it is not a printable character. */
    static String apiId(int value) {
        int v = value & 0xff;
        return v >= 0x20 && v < 0x7f ? "'" + (char) v + "'" : hexByte(v);
    }

    /** {@code p+3}, {@code p-7}: an address relative to a block's data address. */
    static String relative(long address, long p) {
        long d = address - p;
        return d < 0 ? "p" + d : "p+" + d;
    }
}
