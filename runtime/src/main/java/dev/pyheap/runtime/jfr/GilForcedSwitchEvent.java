package dev.pyheap.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A holder dropped the GIL at a check point because a waiter asked for it (a forced switch). */
@Name("dev.pyheap.GilForcedSwitch")
@Label("GIL Forced Switch")
@Category({"pyheap", "GIL"})
@Description("A thread holding a heap's GIL for a whole switch interval gave it up on a waiter's drop request")
@StackTrace(false)
public final class GilForcedSwitchEvent extends Event {
    @Label("Heap")
    public String heap;

    @Label("Holder")
    @Description("The thread that gave the GIL up")
    public String holder;

    @Label("Drop Requests")
    @Description("Drop requests so far on this heap's GIL")
    public long dropRequests;

    @Label("Forced Switches")
    @Description("Forced switches so far on this heap's GIL, this one included")
    public long forcedSwitches;
}
