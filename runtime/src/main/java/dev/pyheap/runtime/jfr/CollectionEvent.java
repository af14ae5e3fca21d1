package dev.pyheap.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** One collection, automatic or {@code gc.collect()}: its duration is the pause. */
@Name("dev.pyheap.Collection")
@Label("Python Collection")
@Category({"pyheap", "Collector"})
@Description("A collection of a pyheap heap: the generation collected, what it freed, what it could not")
@StackTrace(false)
public final class CollectionEvent extends Event {
    @Label("Heap")
    public String heap;

    @Label("Collector")
    public String collector;

    @Label("Generation")
    @Description("The Python generation collected (0 to 2), with every younger one")
    public int generation;

    @Label("Collected")
    @Description("Unreachable objects freed")
    public long collected;

    @Label("Uncollectable")
    @Description("Unreachable objects left in gc.garbage")
    public long uncollectable;
}
