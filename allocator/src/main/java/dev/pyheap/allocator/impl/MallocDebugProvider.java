package dev.pyheap.allocator.impl;

/** {@code PYTHONMALLOC=malloc_debug}: CPython's debug hooks on malloc. */
public final class MallocDebugProvider extends AllocatorKind {
    public MallocDebugProvider() {
        super("malloc_debug", "CPython's debug hooks (pads, 0xCD/0xDD fills, misuse checks, quarantine) on malloc", BaseAllocators.MALLOC, true);
    }
}
