package dev.pyheap.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** The allocator refused a request: Python sees a {@code MemoryError}. */
@Name("dev.pyheap.MemoryError")
@Label("Python MemoryError")
@Category({"pyheap", "Allocator"})
@Description("The heap's allocator refused a request (heap.limit reached, or the system refused)")
public final class MemoryErrorEvent extends Event {
    @Label("Heap")
    public String heap;

    @Label("Requested")
    @DataAmount
    public long requested;

    @Label("Mapped")
    @DataAmount
    @Description("Bytes the heap had mapped when it refused")
    public long mapped;

    @Label("Limit")
    @DataAmount
    @Description("heap.limit, or -1 for none")
    public long limit;

    @Label("Message")
    public String message;
}
