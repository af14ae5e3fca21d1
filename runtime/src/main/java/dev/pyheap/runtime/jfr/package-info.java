/**
 * The heap's JDK Flight Recorder events (ours; CPython has no counterpart beyond its gc callbacks and
 * {@code PYTHONMALLOCSTATS}): what a recording of a JVM running heaps shows in JDK Mission Control.
 *
 * <table>
 *   <caption>Classes</caption>
 *   <tr><th>class</th><th>event</th><th>fired by</th></tr>
 *   <tr><td>{@link dev.pyheap.runtime.jfr.CollectionEvent}</td><td>{@code dev.pyheap.Collection}</td><td>the collection runner ({@code gc_collect_main})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.jfr.ArenaEvent}</td><td>{@code dev.pyheap.Arena}</td><td>the allocator, through the runtime's allocation hooks ({@code new_arena}, the arena free in {@code pymalloc_free})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.jfr.MemoryErrorEvent}</td><td>{@code dev.pyheap.MemoryError}</td><td>the object layer, when the allocator refuses a request</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.jfr.GilForcedSwitchEvent}</td><td>{@code dev.pyheap.GilForcedSwitch}</td><td>the GIL, when a holder drops it on a waiter's request ({@code drop_gil} with {@code gil_drop_request})</td></tr>
 *   <tr><td>{@link dev.pyheap.runtime.jfr.AllocationSampleEvent}</td><td>{@code dev.pyheap.AllocationSample}</td><td>tracemalloc, about once per {@value dev.pyheap.runtime.jfr.AllocationSampleEvent#INTERVAL_BYTES} bytes allocated</td></tr>
 * </table>
 *
 * <p>Every event names its heap ({@link dev.pyheap.runtime.jfr.HeapName}), so two heaps in one JVM
 * stay apart. Each firing site asks {@link dev.pyheap.runtime.jfr.Recorder#started()} before it makes
 * an event (until the Flight Recorder is initialized, no event class is even loaded: the first one
 * would make the recorder read its metadata, a cost every short run would pay), then
 * {@code isEnabled()} (or {@code shouldCommit()}) before it gathers a field: without a recording, an
 * event costs one or two checks of a flag.
 * Depends on nothing else of the runtime, so every layer may fire its events.
 */
package dev.pyheap.runtime.jfr;
