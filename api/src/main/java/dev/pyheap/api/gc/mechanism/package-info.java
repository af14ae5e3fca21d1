/**
 * The GC mechanisms every collector and the runtime share, defined once over the
 * {@link dev.pyheap.api.gc.HeapBinding} and {@link dev.pyheap.api.Memory} alone: the layout and
 * flags of the 16-byte {@link dev.pyheap.api.gc.mechanism.GcHeader GC header}, the intrusive
 * {@link dev.pyheap.api.gc.mechanism.GcList collector lists}, and CPython 3.11's
 * {@link dev.pyheap.api.gc.mechanism.InternalReferences subtract-internal-references} algorithm
 * (update_refs, subtract_refs, move_unreachable).
 */
package dev.pyheap.api.gc.mechanism;
