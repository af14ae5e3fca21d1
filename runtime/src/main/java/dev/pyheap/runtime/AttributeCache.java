package dev.pyheap.runtime;

/**
 * One call site's cache for reading and writing one attribute name, as CPython's
 * {@code LOAD_ATTR} / {@code STORE_ATTR} inline caches: made once by {@link CApi#attributeCache}
 * and passed to {@link CApi#getattr(long, AttributeCache)} and
 * {@link CApi#setattr(long, AttributeCache, long)} on every access. While the objects met are
 * instances of one class whose attribute lives in the instance's values (no class attribute of that
 * name, no {@code __setattr__}), an access is a type compare, a version compare and one load or
 * store, as {@code LOAD_ATTR_INSTANCE_VALUE}; anything else takes the generic path, which also
 * gives every error, and fills the cache for the next access. A cache belongs to the heap whose
 * thread state made it and holds no reference to any object.
 */
public interface AttributeCache {
    /** The attribute name the cache is for. */
    String name();
}
