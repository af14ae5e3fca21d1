package dev.pyheap.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A sampled allocation while tracemalloc traces, with its Python traceback: one about every
 * {@value #INTERVAL_BYTES} bytes allocated, weighted by the bytes since the previous sample, as the
 * JDK's {@code jdk.ObjectAllocationSample}.
 */
@Name("dev.pyheap.AllocationSample")
@Label("Python Allocation Sample")
@Category({"pyheap", "Allocator"})
@Description("A sampled block allocated while tracemalloc traces, with tracemalloc's traceback")
@StackTrace(false)
public final class AllocationSampleEvent extends Event {
    /** The bytes allocated between two samples. */
    public static final long INTERVAL_BYTES = 64 * 1024;

    @Label("Heap")
    public String heap;

    @Label("Address")
    public long address;

    @Label("Size")
    @DataAmount
    public long size;

    @Label("Weight")
    @DataAmount
    @Description("Bytes allocated since the previous sample, this block included")
    public long weight;

    @Label("Traceback")
    @Description("tracemalloc's frames, most recent call first: file:line, one per line")
    public String traceback;
}
