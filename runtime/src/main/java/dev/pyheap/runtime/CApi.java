package dev.pyheap.runtime;

/**
 * The address-level API, as CPython's C API: objects are addresses ({@code id()}), and the caller
 * owns the references it is given exactly as the C API documents them ("new" vs "borrowed"). No
 * handle is made and no argument is checked beyond what the operation itself needs, so a mistake
 * corrupts the heap as it would in C; the sanity checker finds it. It exists for hot loops (the
 * driver's workloads, benchmarks): the {@link PyThreadState} API is the safe one.
 *
 * <p>Every call needs the GIL, held by the thread state this came from, and must come from that
 * thread state's thread: that check (one compare) is made, and a refused call changes nothing.
 */
public interface CApi {

    /** {@code Py_INCREF}. */
    void incref(long object);

    /** {@code Py_DECREF}: may free the object (and run its finalizer) at once. */
    void decref(long object);

    /** {@code Py_REFCNT}. */
    long refcount(long object);

    /** {@code PyList_New(0)}: a new reference to an empty list. */
    long newList();

    /** {@code PyList_Append}: the list takes its own reference to {@code item}. */
    void listAppend(long list, long item);

    /**
     * {@code list[index] = item} ({@code PyList_SetItem}, but the list takes its own reference to
     * {@code item}, as {@link #listAppend}): the old item is released after the new one is stored, so
     * its deallocation (and whatever that frees) happens here. IndexError as {@link PyException}
     * when {@code index} is outside the list (a negative one counts from the end, as in Python).
     *
     * @throws IllegalArgumentException if {@code item} is 0 (NULL): this stores, it never deletes
     */
    void listSetItem(long list, long index, long item);

    /** {@code PyTuple_Pack(n, ...)}: a new reference. */
    long newTuple(long... items);

    /** {@code PyLong_FromLong}: a new reference (cached for -5..256). */
    long newInt(long value);

    /** {@code PyObject_CallNoArgs}: {@code cls()} for a class made by {@link PyThreadState#newClass} (any callable): a new reference. */
    long call(long cls);

    /** {@code PyObject_GetAttrString}: a new reference; AttributeError as {@link PyException}. */
    long getattr(long object, String name);

    /** {@code PyObject_SetAttrString}: the object takes its own reference to {@code value}. */
    void setattr(long object, String name, long value);

    /**
     * A cache for {@link #getattr(long, AttributeCache)} and {@link #setattr(long, AttributeCache, long)}
     * of {@code name} at one call site (CPython's attribute inline caches): keep it and pass it on
     * every access. It is this heap's: another heap's thread state refuses it.
     */
    AttributeCache attributeCache(String name);

    /** {@link #getattr(long, String)} through a call site's cache: the same results and errors. */
    long getattr(long object, AttributeCache cache);

    /** {@link #setattr(long, String, long)} through a call site's cache: the same results and errors. */
    void setattr(long object, AttributeCache cache, long value);

    /** A handle taking over one reference (a "steal"); 0 (NULL) is refused with an IllegalArgumentException. */
    Handle toHandle(long newReference);

    /** The object behind a handle (borrowed). */
    long address(Handle handle);
}
