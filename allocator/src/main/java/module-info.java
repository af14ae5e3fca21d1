/**
 * The allocators: {@code pymalloc} (CPython 3.11's obmalloc), {@code malloc} (every request from the
 * raw allocator) and the debug wrappers {@code pymalloc_debug}, {@code malloc_debug} and
 * {@code debug}, over native memory (mmap'd arenas, malloc'd raw blocks) or checked memory. Nothing
 * is exported: they are reached only as services through {@link dev.pyheap.api.Plugins}.
 *
 * <p>Native memory calls restricted methods of {@code java.lang.foreign} (the native linker,
 * {@code MemorySegment.reinterpret}): run with {@code --enable-native-access=dev.pyheap.allocator}
 * (or {@code ALL-UNNAMED} when this jar is on the class path).
 */
module dev.pyheap.allocator {
    requires dev.pyheap.api;
    requires org.slf4j;
    requires com.carrotsearch.hppc;

    provides dev.pyheap.api.alloc.AllocatorProvider with
            dev.pyheap.allocator.impl.PymallocProvider,
            dev.pyheap.allocator.impl.MallocProvider,
            dev.pyheap.allocator.impl.PymallocDebugProvider,
            dev.pyheap.allocator.impl.MallocDebugProvider,
            dev.pyheap.allocator.impl.DebugProvider;
}
