package dev.pyheap.api.alloc;

/**
 * One row of {@code sys._debugmallocstats()}'s class table.
 *
 * @param index           the size-class index ({@code (size - 1) >> 4})
 * @param blockSize       the block size in bytes ({@code (index + 1) * 16})
 * @param pools           non-empty pools of this class (used and full)
 * @param blocksInUse     allocated blocks in those pools
 * @param availableBlocks free blocks in those pools, free-listed and not yet carved
 */
public record SizeClassUsage(int index, int blockSize, long pools, long blocksInUse, long availableBlocks) {
}
