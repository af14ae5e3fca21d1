package dev.pyheap.allocator.impl;

/** {@code pymalloc}: CPython 3.11's pool allocator, the default. */
public final class PymallocProvider extends AllocatorKind {
    public PymallocProvider() {
        super("pymalloc", "CPython 3.11's obmalloc: 32 size classes up to 512 B, 16 KiB pools, 1 MiB arenas (default)", BaseAllocators.PYMALLOC, false);
    }
}
