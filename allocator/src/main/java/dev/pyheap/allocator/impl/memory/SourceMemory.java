package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.Memory;

/**
 * The {@link Memory} of a {@link MemorySource}: {@link NativeMemory} or the checked
 * {@link AddressSpace}. An abstract class rather than the interface alone, for the pool allocator's
 * hot paths, which hold their memory in a field of this type: the JIT devirtualizes a call on an
 * abstract class whose only loaded subclass is one class (class hierarchy analysis) with no check of
 * the receiver's class, where a call on an interface always loads and compares it. A process that
 * runs on one kind of memory loads one subclass, so each access of {@code pymalloc_alloc} and
 * {@code pymalloc_free} is the bare load or store; where both are loaded (tests that use both
 * kinds), the calls fall back to the receiver's profile as before.
 */
public abstract sealed class SourceMemory implements Memory permits NativeMemory, AddressSpace {
    SourceMemory() {
    }
}
