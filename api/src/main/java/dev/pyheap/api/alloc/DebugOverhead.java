package dev.pyheap.api.alloc;

/**
 * What a debug allocator adds on top of the allocator it wraps.
 *
 * @param liveBlocks        blocks handed out and not freed (the allocator's {@code allocatedBlocks})
 * @param requestedBytes    bytes the callers asked for in those blocks
 * @param padBytes          extra bytes per block (size word, API id, forbidden bytes; serial number when on) times live blocks
 * @param quarantinedBlocks freed blocks held back from reuse
 * @param quarantinedBytes  bytes (including pads) held by those blocks
 * @param quarantineLimit   the most bytes the quarantine holds before it really frees the oldest block
 * @param retiredBlocks     freed blocks found damaged when freed, kept from reuse for good
 */
public record DebugOverhead(long liveBlocks, long requestedBytes, long padBytes, long quarantinedBlocks,
                            long quarantinedBytes, long quarantineLimit, long retiredBlocks) {
}
