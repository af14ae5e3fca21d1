/**
 * The global interpreter lock each heap has: {@link dev.pyheap.runtime.gil.Gil} for the threads
 * that use the heap, {@link dev.pyheap.runtime.gil.GilStatistics} for what it has done.
 */
package dev.pyheap.runtime.gil;
