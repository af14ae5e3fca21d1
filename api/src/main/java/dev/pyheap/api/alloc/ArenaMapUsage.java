package dev.pyheap.api.alloc;

/**
 * What the arena map (the radix tree that answers {@code address_in_range}) costs, as the
 * "arena map counts" section of CPython 3.11's {@code sys._debugmallocstats()}: its interior nodes
 * created so far and the bytes of its root and nodes, at C's sizes (a pointer per root and mid slot,
 * two 32-bit offsets per bottom slot), so the figures compare with CPython's.
 *
 * @param midNodes     mid-level nodes created ({@code arena_map_mid_count})
 * @param botNodes     bottom-level nodes created ({@code arena_map_bot_count})
 * @param rootBytes    {@code sizeof(arena_map_root)}
 * @param midNodeBytes {@code sizeof(arena_map_mid_t)}
 * @param botNodeBytes {@code sizeof(arena_map_bot_t)}
 */
public record ArenaMapUsage(long midNodes, long botNodes, long rootBytes, long midNodeBytes, long botNodeBytes) {

    /** The bytes of every mid node. */
    public long midBytes() {
        return midNodes * midNodeBytes;
    }

    /** The bytes of every bottom node. */
    public long botBytes() {
        return botNodes * botNodeBytes;
    }

    /** The root's and the nodes' bytes together. */
    public long totalBytes() {
        return rootBytes + midBytes() + botBytes();
    }
}
