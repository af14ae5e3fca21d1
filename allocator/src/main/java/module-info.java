module dev.pyheap.allocator {
    requires dev.pyheap.api;
    requires org.slf4j;
}
