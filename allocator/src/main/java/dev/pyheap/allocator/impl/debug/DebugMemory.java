package dev.pyheap.allocator.impl.debug;

import dev.pyheap.api.Memory;

/**
 * The {@link Memory} a debug allocator hands out: the base allocator's memory with every access
 * checked against the quarantine first. A read or write that touches a freed, quarantined block
 * throws {@link dev.pyheap.api.alloc.MemoryMisuseError} of kind {@code USE_AFTER_FREE} and leaves
 * memory untouched. The debug allocator itself writes its pads and fills through the base memory.
 */
final class DebugMemory implements Memory {
    private final Memory base;
    private final Quarantine quarantine;
    private final DebugAllocator owner;

    DebugMemory(Memory base, Quarantine quarantine, DebugAllocator owner) {
        this.base = base;
        this.quarantine = quarantine;
        this.owner = owner;
    }

    private void check(String operation, long address, long length) {
        if (length > 0) {
            Quarantine.Entry e = quarantine.overlapping(address, length);
            if (e != null) {
                throw owner.useAfterFree(operation, address, length, e);
            }
        }
    }

    @Override
    public long getLong(long address) {
        check("getLong", address, 8);
        return base.getLong(address);
    }

    @Override
    public void putLong(long address, long value) {
        check("putLong", address, 8);
        base.putLong(address, value);
    }

    @Override
    public int getInt(long address) {
        check("getInt", address, 4);
        return base.getInt(address);
    }

    @Override
    public void putInt(long address, int value) {
        check("putInt", address, 4);
        base.putInt(address, value);
    }

    @Override
    public short getShort(long address) {
        check("getShort", address, 2);
        return base.getShort(address);
    }

    @Override
    public void putShort(long address, short value) {
        check("putShort", address, 2);
        base.putShort(address, value);
    }

    @Override
    public byte getByte(long address) {
        check("getByte", address, 1);
        return base.getByte(address);
    }

    @Override
    public void putByte(long address, byte value) {
        check("putByte", address, 1);
        base.putByte(address, value);
    }

    @Override
    public void copy(long source, long target, long bytes) {
        check("copy from", source, bytes);
        check("copy to", target, bytes);
        base.copy(source, target, bytes);
    }

    @Override
    public void fill(long address, long bytes, byte value) {
        check("fill", address, bytes);
        base.fill(address, bytes, value);
    }

    @Override
    public void read(long address, byte[] target, int offset, int length) {
        check("read", address, length);
        base.read(address, target, offset, length);
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) {
        check("write", address, length);
        base.write(address, source, offset, length);
    }

    @Override
    public boolean isMapped(long address) {
        return base.isMapped(address);
    }

    @Override
    public boolean isMapped(long address, long bytes) {
        return base.isMapped(address, bytes);
    }

    @Override
    public boolean isChecked() {
        return base.isChecked();
    }
}
