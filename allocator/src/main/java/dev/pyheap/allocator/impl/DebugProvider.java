package dev.pyheap.allocator.impl;

/** {@code PYTHONMALLOC=debug}: CPython's debug hooks on the default allocator, which is pymalloc. */
public final class DebugProvider extends AllocatorKind {
    public DebugProvider() {
        super("debug", "CPython's debug hooks on the default allocator (pymalloc), as PYTHONMALLOC=debug", BaseAllocators.PYMALLOC, true);
    }
}
