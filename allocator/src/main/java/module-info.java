/**
 * The allocators: {@code pymalloc} (CPython 3.11's obmalloc), {@code malloc} (every request from the
 * raw allocator) and the debug wrappers {@code pymalloc_debug}, {@code malloc_debug} and
 * {@code debug}. Nothing is exported: they are reached only as services through
 * {@link dev.pyheap.api.Plugins}.
 */
module dev.pyheap.allocator {
    requires dev.pyheap.api;
    requires org.slf4j;

    provides dev.pyheap.api.alloc.AllocatorProvider with
            dev.pyheap.allocator.impl.PymallocProvider,
            dev.pyheap.allocator.impl.MallocProvider,
            dev.pyheap.allocator.impl.PymallocDebugProvider,
            dev.pyheap.allocator.impl.MallocDebugProvider,
            dev.pyheap.allocator.impl.DebugProvider;
}
