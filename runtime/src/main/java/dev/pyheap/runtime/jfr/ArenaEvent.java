package dev.pyheap.runtime.jfr;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * pymalloc mapped a new arena ({@code new_arena}) or gave an empty one back to the system (the
 * arena release in {@code pymalloc_free}, or releasing free arenas).
 */
@Name("dev.pyheap.Arena")
@Label("Arena Mapped or Unmapped")
@Category({"pyheap", "Allocator"})
@Description("pymalloc mapped an arena (mapped = true) or unmapped one (mapped = false)")
public final class ArenaEvent extends Event {
    @Label("Heap")
    public String heap;

    @Label("Mapped")
    @Description("true: the arena was mapped; false: it was given back")
    public boolean mapped;

    @Label("Address")
    public long address;

    @Label("Size")
    @DataAmount
    public long size;

    @Label("Arenas")
    @Description("The heap's arenas after the change")
    public long arenas;
}
