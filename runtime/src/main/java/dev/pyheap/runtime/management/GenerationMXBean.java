package dev.pyheap.runtime.management;

/**
 * One list the collector keeps (a generation for {@code generational}, the one list of the others),
 * as the JDK's {@code GarbageCollectorMXBean} is one collector: its collections and their time. The
 * collections of all a heap's generations add up to its recorded pauses.
 */
public interface GenerationMXBean {

    /** {@code generation0}, {@code generation1}... */
    String getName();

    /** The heap's name. */
    String getHeap();

    /** The collector's name. */
    String getCollector();

    /** Collections of this list so far ({@code gc.get_stats()[g]['collections']}). */
    long getCollectionCount();

    /** Milliseconds spent in them, as {@code GarbageCollectorMXBean.getCollectionTime()}. */
    long getCollectionTime();

    /** The same time in nanoseconds. */
    long getCollectionNanos();

    /** Objects they freed ({@code 'collected'}). */
    long getCollected();

    /** Objects they found unreachable and could not free ({@code 'uncollectable'}). */
    long getUncollectable();
}
