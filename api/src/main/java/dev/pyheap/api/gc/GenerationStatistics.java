package dev.pyheap.api.gc;

/**
 * One entry of {@code gc.get_stats()}: cumulative figures for a generation.
 *
 * @param collections   collections of this generation
 * @param collected     objects they collected
 * @param uncollectable objects they found uncollectable
 */
public record GenerationStatistics(long collections, long collected, long uncollectable) {
}
