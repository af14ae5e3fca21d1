package dev.pyheap.allocator.impl;

/** {@code PYTHONMALLOC=pymalloc_debug}: CPython's debug hooks on pymalloc. */
public final class PymallocDebugProvider extends AllocatorKind {
    public PymallocDebugProvider() {
        super("pymalloc_debug", "CPython's debug hooks (pads, 0xCD/0xDD fills, misuse checks, quarantine) on pymalloc", BaseAllocators.PYMALLOC, true);
    }
}
