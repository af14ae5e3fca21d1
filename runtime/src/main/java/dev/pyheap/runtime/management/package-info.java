/**
 * The heap's management beans (ours, in the spirit of the JDK's {@code GarbageCollectorMXBean} and
 * {@code MemoryPoolMXBean}): each open heap registers them in the platform MBean server, so JConsole,
 * VisualVM or any JMX client watches it, and unregisters them when it closes.
 *
 * <table>
 *   <caption>Beans</caption>
 *   <tr><th>interface</th><th>object name</th><th>what</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.management.HeapMXBean}</td><td>{@code dev.pyheap:type=Heap,name=heap-1}</td>
 *       <td>the heap: arenas, mapped and allocated bytes, blocks, objects per generation, the GIL's switches</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.management.GenerationMXBean}</td><td>{@code dev.pyheap:type=Generation,heap=heap-1,name=generation0}</td>
 *       <td>one list the collector keeps: collections, their time, what they freed</td></tr>
 * </table>
 *
 * <p>The numbers are {@link dev.pyheap.runtime.PyHeap#metrics()}'s, read when asked, never counted
 * a second time: an attribute read from a JMX thread attaches a thread state and takes the heap's
 * GIL for the read (the GIL's own counters need none), so it waits for a switch interval at most
 * while a program runs.
 */
package dev.pyheap.runtime.management;
