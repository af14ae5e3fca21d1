package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * The abstract object layer, CPython's {@code Objects/abstract.c} and the {@code PyObject_*}
 * functions of {@code Objects/object.c}: every operation on an object of any type, found through
 * the slots of its type ({@link PyType}). Objects are addresses; results that are objects are new
 * references; arguments are borrowed.
 *
 * <h2>Recursion depth</h2>
 * The operations that recurse through nested containers ({@link #repr}, {@link #richCompare}) and
 * the calls the embedding API makes on behalf of Python code count one level each against the
 * recursion limit ({@code Py_EnterRecursiveCall}): the depth lives in the thread state holding the
 * GIL ({@link ThreadContext#recursion()}); past {@link ObjectSpace#recursionLimit()} the operation
 * raises CPython's {@code RecursionError: maximum recursion depth exceeded<where>}. Each counted
 * operation also turns a Java stack overflow into the same RecursionError, so a thread with a
 * small Java stack fails the Python way too.
 *
 * <h2>Rich comparison ({@code do_richcompare})</h2>
 * <ol>
 * <li>If {@code b}'s type is a proper subtype of {@code a}'s, {@code b}'s reflected operation first.
 * <li>{@code a}'s {@code tp_richcompare}; then, unless tried, {@code b}'s reflected one. The first
 *     answer that is not NotImplemented is the result.
 * <li>Neither answers: {@code ==} and {@code !=} fall back to identity; the orderings raise
 *     {@code TypeError: '<' not supported between instances of 'A' and 'B'}.
 * </ol>
 * {@link #richCompareBool} answers {@code ==} and {@code !=} of an object with itself without a
 * call, as {@code PyObject_RichCompareBool} does (so a NaN is found in a list holding it).
 */
public final class Abstract {
    private Abstract() {
    }

    static final String IN_REPR = " while getting the repr of an object";
    static final String IN_COMPARISON = " in comparison";
    /** The {@code where} of a builtin function call ({@code repr(x)}, {@code hash(x)}, a Python-level call). */
    public static final String IN_CALL = " while calling a Python object";

    // ================================================================== recursion depth

    /**
     * {@code Py_EnterRecursiveCall(where)} for the thread state holding the GIL: one more level, or
     * CPython's {@code RecursionError: maximum recursion depth exceeded<where>} past the limit.
     * Raises before counting, so a caller that gets the error does not leave; one that does not
     * passes the result to {@link #leaveRecursiveCall} exactly once ({@code try}/{@code finally}).
     * Without a thread state nothing is counted (null is returned).
     */
    public static RecursionDepth enterRecursiveCall(ObjectSpace space, String where) {
        ThreadContext t = space.tstate;
        if (t == null) {
            return null;
        }
        RecursionDepth d = t.recursion();
        if (d.depth >= space.recursionLimit()) {
            throw recursionError(where);
        }
        d.depth++;
        return d;
    }

    /**
     * {@code Py_LeaveRecursiveCall}. A field decrement and no call, so that it runs even in the
     * {@code finally} of a frame whose callee overflowed the Java stack.
     */
    public static void leaveRecursiveCall(RecursionDepth d) {
        if (d != null) {
            d.depth--;
        }
    }

    /** Made where the Java stack may be nearly used up: no string {@code +} (see {@link PyException}). */
    public static PyException recursionError(String where) {
        return new PyException("RecursionError", "maximum recursion depth exceeded".concat(where));
    }

    // ================================================================== repr, str

    /** {@code PyObject_Repr}, as Java text: one level of the recursion check. */
    public static String repr(ObjectSpace space, long o) {
        RecursionDepth d = enterRecursiveCall(space, IN_REPR);
        space.reprNesting++;
        try {
            return space.typeOf(o).repr(o);
        } catch (StackOverflowError e) {
            throw recursionError(IN_REPR);
        } finally {
            leaveRecursiveCall(d);
            // A stack overflow may have cut short the inner levels' own clean-up.
            if (--space.reprNesting == 0 && !space.reprInProgress.isEmpty()) {
                space.reprInProgress.clear();
            }
        }
    }

    /** {@code PyObject_Repr}: the repr as a new str object. */
    public static long reprObject(ObjectSpace space, long o) {
        return space.strType.runtime(repr(space, o));
    }

    /** {@code PyObject_Str}, as Java text. */
    public static String str(ObjectSpace space, long o) {
        RecursionDepth d = enterRecursiveCall(space, IN_REPR);
        try {
            return space.typeOf(o).str(o);
        } catch (StackOverflowError e) {
            throw recursionError(IN_REPR);
        } finally {
            leaveRecursiveCall(d);
        }
    }

    /**
     * {@code Py_ReprEnter}: false when the repr of container {@code o} is already under way (a
     * container inside itself prints as {@code [...]}); otherwise the caller builds its repr and
     * then calls {@link #reprLeave}. Inline in the types' repr rather than around a lambda: every
     * frame per nesting level counts against the Java stack a deep repr needs.
     */
    public static boolean reprEnter(ObjectSpace space, long o) {
        return space.reprInProgress.add(o);
    }

    /** {@code Py_ReprLeave}. */
    public static void reprLeave(ObjectSpace space, long o) {
        space.reprInProgress.remove(o);
    }

    // ================================================================== hash, comparison, truth

    /** {@code PyObject_Hash}: TypeError for unhashable types, with CPython's message. */
    public static long hash(ObjectSpace space, long o) {
        return space.typeOf(o).hash(o);
    }

    /** {@code PyObject_RichCompare}: {@code a op b}, a new reference (see the class comment). */
    public static long richCompare(ObjectSpace space, long a, long b, CompareOp op) {
        RecursionDepth d = enterRecursiveCall(space, IN_COMPARISON);
        try {
            return doRichCompare(space, a, b, op);
        } catch (StackOverflowError e) {
            throw recursionError(IN_COMPARISON);
        } finally {
            leaveRecursiveCall(d);
        }
    }

    private static long doRichCompare(ObjectSpace space, long a, long b, CompareOp op) {
        PyType left = space.typeOf(a);
        PyType right = space.typeOf(b);
        boolean reflectedTried = false;
        if (left != right && right.isSubtypeOf(left)) {
            reflectedTried = true;
            long res = right.richCompare(b, a, op.swapped());
            if (res != space.notImplemented) {
                return res;
            }
            space.decref(res);
        }
        long res = left.richCompare(a, b, op);
        if (res != space.notImplemented) {
            return res;
        }
        space.decref(res);
        if (!reflectedTried) {
            res = right.richCompare(b, a, op.swapped());
            if (res != space.notImplemented) {
                return res;
            }
            space.decref(res);
        }
        return switch (op) {
            case EQ -> space.newBool(a == b);
            case NE -> space.newBool(a != b);
            default -> throw new PyException("TypeError", "'" + op.symbol() + "' not supported between instances of '"
                    + left.name + "' and '" + right.name + "'");
        };
    }

    /** {@code PyObject_RichCompareBool}: identity answers {@code ==} and {@code !=} first. */
    public static boolean richCompareBool(ObjectSpace space, long a, long b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        long res = richCompare(space, a, b, op);
        try {
            return isTrue(space, res);
        } finally {
            space.decref(res);
        }
    }

    /** {@code a == b} as a Java boolean ({@code PyObject_RichCompareBool(a, b, Py_EQ)}). */
    public static boolean equal(ObjectSpace space, long a, long b) {
        return richCompareBool(space, a, b, CompareOp.EQ);
    }

    /** {@code PyObject_IsTrue}: True, False and None without a call, then {@code nb_bool} or the length. */
    public static boolean isTrue(ObjectSpace space, long o) {
        if (o == space.trueObject) {
            return true;
        }
        if (o == space.falseObject || o == space.none) {
            return false;
        }
        return space.typeOf(o).isTrue(o);
    }

    // ================================================================== attributes

    /** {@code PyObject_GetAttr}: a new reference; AttributeError with the type's message when absent. */
    public static long getAttr(ObjectSpace space, long o, String name) {
        PyType type = space.typeOf(o);
        long v = type.lookupAttr(o, name);
        if (v == 0) {
            throw type.attributeError(o, name);
        }
        return v;
    }

    /** {@code _PyObject_LookupAttr}: a new reference, or 0 when there is no such attribute. */
    public static long lookupAttr(ObjectSpace space, long o, String name) {
        return space.typeOf(o).lookupAttr(o, name);
    }

    /** {@code PyObject_HasAttr}. */
    public static boolean hasAttr(ObjectSpace space, long o, String name) {
        long v = lookupAttr(space, o, name);
        if (v == 0) {
            return false;
        }
        space.decref(v);
        return true;
    }

    /** {@code PyObject_SetAttr}: the object takes its own reference to {@code value}. */
    public static void setAttr(ObjectSpace space, long o, String name, long value) {
        if (value == 0) {
            throw new IllegalArgumentException("setAttr of NULL: use delAttr");
        }
        space.typeOf(o).setAttr(o, name, value);
    }

    /** {@code PyObject_DelAttr}. */
    public static void delAttr(ObjectSpace space, long o, String name) {
        space.typeOf(o).setAttr(o, name, 0);
    }

    // ================================================================== calls

    /** {@code PyObject_CallNoArgs}: {@code callable()}, a new reference. */
    public static long call(ObjectSpace space, long callable) {
        return space.typeOf(callable).call(callable, PyType.NO_ARGS);
    }

    /** {@code PyObject_Call}: {@code callable(*args)}, a new reference. */
    public static long call(ObjectSpace space, long callable, long[] args) {
        return space.typeOf(callable).call(callable, args);
    }

    /**
     * {@code PyObject_CallMethod(o, name, ...)} for a method of the type's table: the method is
     * called on {@code o} without a bound-method object (as {@code LOAD_METHOD} / {@code CALL}).
     * AttributeError when the type has no such method.
     */
    public static long callMethod(ObjectSpace space, long o, String name, long[] args) {
        PyType type = space.typeOf(o);
        PyMethod m = type.method(name);
        if (m == null) {
            throw type.attributeError(o, name);
        }
        return m.call(o, args);
    }

    /**
     * {@code type.name(o, *args)}: a method of {@code type}'s table called on {@code o} as its
     * method descriptor calls it, which refuses an {@code o} of another type with CPython's
     * {@code TypeError: descriptor 'pop' for 'list' objects doesn't apply to a 'dict' object}.
     */
    public static long callDescriptor(ObjectSpace space, PyType type, String name, long o, long[] args) {
        checkSelf(space, type, name, o);
        PyMethod m = type.method(name);
        if (m == null) {
            throw new PyException("AttributeError", "type object '" + type.name + "' has no attribute '" + name + "'");
        }
        return m.call(o, args);
    }

    /** The check of a method descriptor's {@code self}: {@code o} is an instance of {@code type} (or of a subtype). */
    public static void checkSelf(ObjectSpace space, PyType type, String name, long o) {
        PyType actual = space.typeOf(o);
        if (!actual.isSubtypeOf(type)) {
            throw new PyException("TypeError", "descriptor '" + name + "' for '" + type.name + "' objects doesn't apply to a '"
                    + actual.name + "' object");
        }
    }

    // ================================================================== mapping and sequence

    /** {@code PyObject_Size}. */
    public static long length(ObjectSpace space, long o) {
        return space.typeOf(o).length(o);
    }

    /** {@code PyObject_LengthHint(o, defaultValue)}. */
    public static long lengthHint(ObjectSpace space, long o, long defaultValue) {
        long hint = space.typeOf(o).lengthHint(o);
        return hint < 0 ? defaultValue : hint;
    }

    /** {@code PyObject_GetItem}: {@code o[key]}, a new reference. */
    public static long getItem(ObjectSpace space, long o, long key) {
        return space.typeOf(o).getItem(o, key);
    }

    /** {@code o[i]} for a Java index ({@code PySequence_GetItem}, or {@code PyObject_GetItem} with an int). */
    public static long getItemAt(ObjectSpace space, long o, long i) {
        return space.typeOf(o).sequenceItem(o, i);
    }

    /** {@code PyObject_SetItem}: {@code o[key] = value}. */
    public static void setItem(ObjectSpace space, long o, long key, long value) {
        if (value == 0) {
            throw new IllegalArgumentException("setItem of NULL: use delItem");
        }
        space.typeOf(o).setItem(o, key, value);
    }

    /** {@code o[i] = value} for a Java index. */
    public static void setItemAt(ObjectSpace space, long o, long i, long value) {
        if (value == 0) {
            throw new IllegalArgumentException("setItemAt of NULL: use delItemAt");
        }
        space.typeOf(o).setSequenceItem(o, i, value);
    }

    /** {@code PyObject_DelItem}: {@code del o[key]}. */
    public static void delItem(ObjectSpace space, long o, long key) {
        space.typeOf(o).setItem(o, key, 0);
    }

    /** {@code del o[i]} for a Java index. */
    public static void delItemAt(ObjectSpace space, long o, long i) {
        space.typeOf(o).setSequenceItem(o, i, 0);
    }

    /** {@code PySequence_Contains}: {@code v in o}. */
    public static boolean contains(ObjectSpace space, long o, long v) {
        return space.typeOf(o).contains(o, v);
    }

    // ================================================================== iteration

    /** {@code PyObject_GetIter}: a new iterator; TypeError when {@code tp_iter} gives something that is not one. */
    public static long getIter(ObjectSpace space, long o) {
        long it = space.typeOf(o).iter(o);
        PyType type = space.typeOf(it);
        if (!type.isIterator()) {
            space.decref(it);
            throw new PyException("TypeError", "iter() returned non-iterator of type '" + type.name + "'");
        }
        return it;
    }

    /** {@code PyIter_Next}: the next item (a new reference), or 0 once exhausted (no exception). */
    public static long iterNext(ObjectSpace space, long it) {
        return space.typeOf(it).iterNext(it);
    }

    // ================================================================== numbers

    /**
     * {@code PyNumber_AsSsize_t(o, PyExc_IndexError)}: an int (or bool) as a Java index; TypeError
     * {@code 'str' object cannot be interpreted as an integer} for other types, IndexError when it
     * does not fit.
     */
    public static long index(ObjectSpace space, long o) {
        PyType type = space.typeOf(o);
        if (!type.hasFlag(PyType.LONG_SUBCLASS)) {
            throw new PyException("TypeError", "'" + type.name + "' object cannot be interpreted as an integer");
        }
        IntType ints = (IntType) type;
        if (!ints.fitsLong(o)) {
            throw new PyException("IndexError", "cannot fit 'int' into an index-sized integer");
        }
        return ints.longValue(o);
    }
}
