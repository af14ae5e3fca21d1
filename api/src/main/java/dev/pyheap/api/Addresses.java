package dev.pyheap.api;

/** Formatting of addresses the way CPython prints pointers ({@code 0x7f3730731780}). */
public final class Addresses {
    private Addresses() {
    }

    public static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }
}
