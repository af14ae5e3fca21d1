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

    /** {@code PyObject_ASCII}, as Java text: the repr with every non-ASCII character escaped ({@code ascii()}, {@code !a}, {@code %a}). */
    public static String ascii(ObjectSpace space, long o) {
        return escapeNonAscii(repr(space, o));
    }

    /** {@code PyObject_ASCII}'s second step: {@code repr} with every non-ASCII character escaped. */
    static String escapeNonAscii(String repr) {
        StringBuilder escaped = new StringBuilder(repr.length());
        repr.codePoints().forEach(c -> {
            if (c < 128) {
                escaped.append((char) c);
            } else {
                escaped.append(StrType.escape(c));
            }
        });
        return escaped.toString();
    }

    /** {@code PyObject_Repr}, as Java text: one level of the recursion check. */
    public static String repr(ObjectSpace space, long o) {
        RecursionDepth d = enterRecursiveCall(space, IN_REPR);
        try {
            return space.typeOf(o).repr(o);
        } catch (StackOverflowError e) {
            throw recursionError(IN_REPR);
        } finally {
            leaveRecursiveCall(d);
        }
    }

    /** {@code PyObject_Repr}: the repr as a new str object ({@link PyType#reprObject}), one level of the recursion check. */
    public static long reprObject(ObjectSpace space, long o) {
        RecursionDepth d = enterRecursiveCall(space, IN_REPR);
        try {
            return space.typeOf(o).reprObject(o);
        } catch (StackOverflowError e) {
            throw recursionError(IN_REPR);
        } finally {
            leaveRecursiveCall(d);
        }
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
        return space.reprs().enter(o);
    }

    /** {@code Py_ReprLeave}. */
    public static void reprLeave(ObjectSpace space, long o) {
        space.reprs().leave(o);
    }

    // ================================================================== hash, comparison, truth

    /** {@code PyObject_Hash}: TypeError for unhashable types, with CPython's message. */
    public static long hash(ObjectSpace space, long o) {
        return space.typeOf(o).hash(o);
    }

    /**
     * The {@code __reduce__} of a callable or descriptor found again by name, {@code (getattr,
     * (target, name))} (a bound method's, a method descriptor's, {@code meth_reduce}'s): borrowed
     * arguments, a new reference.
     */
    public static long reduceToGetattr(ObjectSpace space, long target, long name) {
        long callArgs = space.tupleType.create(target, name);
        try {
            return space.tupleType.create(space.moduleType.builtin("getattr"), callArgs);
        } finally {
            space.decref(callArgs);
        }
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
        PyType type = space.typeOf(a);
        if (space.typeOf(b) == type) {
            int quick = type.compareSameType(a, b, op);
            if (quick != PyType.NO_QUICK_ANSWER) {
                checkRecursionRoom(space); // PyObject_RichCompare's, though no call follows
                return quick != 0;
            }
        }
        return richCompareBoolGeneric(space, a, b, op);
    }

    /* The generic path is a method of its own so that richCompareBool stays small enough for the JIT
     * to inline into the loops that call it per item (list ==, in, index, count). */
    private static boolean richCompareBoolGeneric(ObjectSpace space, long a, long b, CompareOp op) {
        long res = richCompare(space, a, b, op);
        try {
            return isTrue(space, res);
        } finally {
            space.decref(res);
        }
    }

    /** What {@link #enterRecursiveCall} checks, for a comparison that makes no further call. */
    private static void checkRecursionRoom(ObjectSpace space) {
        ThreadContext t = space.tstate;
        if (t != null && t.recursion().depth >= space.recursionLimit()) {
            throw recursionError(IN_COMPARISON);
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

    /** {@code PyObject_GetAttr}: {@code o.name} ({@code name} a str), a new reference; AttributeError when absent. */
    public static long getAttr(ObjectSpace space, long o, long name) {
        return space.typeOf(o).getAttr(o, name);
    }

    /** {@code PyObject_GetAttrString}: the name is interned first. */
    public static long getAttr(ObjectSpace space, long o, String name) {
        PyType type = space.typeOf(o);
        if (type.genericGetAttr()) { // the type's Java-name fast path
            long v = type.lookupAttr(o, name);
            if (v != 0) {
                return v;
            }
            // not found, or a descriptor raised: the full path gives the error the attribute's own
        }
        long n = space.strType.literalName(name);
        try {
            return getAttr(space, o, n);
        } finally {
            space.decref(n);
        }
    }

    /**
     * {@code object_isinstance} for a class that is a type: the type of {@code o}, or else the type
     * its {@code __class__} attribute names (a proxy's or a mock's), is a subtype of {@code cls}.
     * An error from {@code __class__} other than AttributeError propagates.
     */
    public static boolean objectIsInstance(ObjectSpace space, long o, PyType cls) {
        PyType own = space.typeOf(o);
        if (own.isSubtypeOf(cls)) {
            return true;
        }
        long icls = lookupAttr(space, o, "__class__");
        if (icls == 0) {
            return false;
        }
        try {
            return icls != own.typeObject() && space.typeType.check(icls)
                    && space.typeType.described(icls).isSubtypeOf(cls);
        } finally {
            space.decref(icls);
        }
    }

    /**
     * {@code _PyObject_LookupAttr}: a new reference, or 0 when there is no such attribute (no
     * AttributeError: one a descriptor's getter or a {@code __getattr__} raises counts as none).
     */
    public static long lookupAttr(ObjectSpace space, long o, long name) {
        try {
            return space.typeOf(o).lookupAttr(o, name);
        } catch (PyException e) {
            return noAttribute(space, e);
        }
    }

    /** {@code _PyObject_LookupAttr} for a Java name. */
    public static long lookupAttr(ObjectSpace space, long o, String name) {
        try {
            return space.typeOf(o).lookupAttr(o, name);
        } catch (PyException e) {
            return noAttribute(space, e);
        }
    }

    private static long noAttribute(ObjectSpace space, PyException e) {
        if (!matches(space, e, "AttributeError")) {
            throw e;
        }
        e.release();
        return 0;
    }

    /**
     * {@code _PyObject_IsAbstract}: whether {@code o} (0 is not) has a true {@code __isabstractmethod__}, as
     * {@code abc.abstractmethod} marks a function; what a property, classmethod or staticmethod reports of
     * the functions it wraps.
     */
    public static boolean isAbstract(ObjectSpace space, long o) {
        if (o == 0) {
            return false;
        }
        long v = lookupAttr(space, o, "__isabstractmethod__");
        if (v == 0) {
            return false;
        }
        try {
            return isTrue(space, v);
        } finally {
            space.decref(v);
        }
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

    /** {@code PyObject_SetAttr}: {@code o.name = value}; the object takes its own reference to {@code value}. */
    public static void setAttr(ObjectSpace space, long o, long name, long value) {
        if (value == 0) {
            throw new IllegalArgumentException("setAttr of NULL: use delAttr");
        }
        setAttrInterned(space, o, name, value);
    }

    /**
     * {@code PyObject_SetAttr}'s first step: an exact str name is interned ({@code PyUnicode_InternInPlace})
     * before {@code tp_setattro} sees it, so what keeps the name (the shared keys, a class's
     * namespace, the type attribute cache) keeps the interned str; {@code value} 0 deletes.
     */
    private static void setAttrInterned(ObjectSpace space, long o, long name, long value) {
        StrType str = space.strType;
        if (!str.isExact(name) || str.isInterned(name)) {
            space.typeOf(o).setAttr(o, name, value);
            return;
        }
        long key = str.intern(space.newRef(name));
        try {
            space.typeOf(o).setAttr(o, key, value);
        } finally {
            space.decref(key);
        }
    }

    /** {@code PyObject_SetAttrString}. */
    public static void setAttr(ObjectSpace space, long o, String name, long value) {
        if (value == 0) {
            throw new IllegalArgumentException("setAttr of NULL: use delAttr");
        }
        space.typeOf(o).setAttr(o, name, value);
    }

    /** {@code PyObject_DelAttr}: {@code del o.name}. */
    public static void delAttr(ObjectSpace space, long o, long name) {
        setAttrInterned(space, o, name, 0);
    }

    /** {@code PyObject_DelAttrString}. */
    public static void delAttr(ObjectSpace space, long o, String name) {
        space.typeOf(o).setAttr(o, name, 0);
    }

    /** The tag {@link #getMethod} sets in its result when the method is unbound (addresses are 8-aligned). */
    public static final long UNBOUND = 1;

    /**
     * {@code _PyObject_GetMethod}, {@code LOAD_METHOD}'s protocol: {@code o.name} for a call. When
     * the type's attribute is a method descriptor or a function ({@link PyType#METHOD_DESCRIPTOR})
     * found by the generic lookup and not shadowed by the instance, that unbound callable is
     * returned, tagged with {@link #UNBOUND}, and the caller calls it with {@code o} as first
     * argument: no bound method is made. Otherwise the attribute as {@link #getAttr} gives it
     * (untagged). Either way a new reference (of {@code result & ~UNBOUND}); AttributeError when
     * absent.
     */
    public static long getMethod(ObjectSpace space, long o, long name) {
        PyType type = space.typeOf(o);
        if (type.genericGetAttr()) {
            long descr = type.lookup(name);
            if (descr != 0 && space.typeOf(descr).hasFlag(PyType.METHOD_DESCRIPTOR) && type.instanceAttr(o, name) == 0) {
                return space.newRef(descr) | UNBOUND;
            }
        }
        return type.getAttr(o, name);
    }

    // ================================================================== calls

    /** {@code PY_VECTORCALL_ARGUMENTS_OFFSET}: set in {@code nargsf} when {@code args[-1]} may be overwritten. */
    public static final long ARGUMENTS_OFFSET = 1L << 63;

    /** {@code PyVectorcall_NARGS}: the positional count of {@code nargsf}. */
    public static int nargs(long nargsf) {
        return (int) (nargsf & ~ARGUMENTS_OFFSET);
    }

    /**
     * {@code PyObject_Vectorcall}: {@code callable(*args[:n], **kwargs)} in the vectorcall convention
     * ({@link PyType#call(long, long, long, long)}). A new reference. One level of the recursion
     * check ({@code _Py_EnterRecursiveCall(" while calling a Python object")} of {@code _PyObject_MakeTpCall}).
     */
    public static long vectorcall(ObjectSpace space, long callable, long args, long nargsf, long kwnames) {
        return space.typeOf(callable).call(callable, args, nargsf, kwnames);
    }

    /**
     * {@code PyObject_Call}: {@code callable(*args, **kwargs)} with an args tuple and a kwargs dict
     * (0 for none). A callable with a vectorcall of its own gets the tuple's items and the dict's
     * items as a vector ({@code PyVectorcall_Call}); the others their {@code tp_call}.
     */
    public static long call(ObjectSpace space, long callable, long args, long kwargs) {
        return callPrepend(space, callable, 0, args, kwargs);
    }

    /**
     * {@code _PyObject_Call_Prepend}: {@code callable(self, *args, **kwargs)} (no {@code self} when
     * it is 0). {@code self} is borrowed into the argument vector, as CPython's small stack holds it:
     * no tuple or bound method takes a reference to it on the way ({@code slot_tp_init} calls
     * {@code __init__} so, and the callee sees the instance held only by its caller and its own frame).
     */
    public static long callPrepend(ObjectSpace space, long callable, long self, long args, long kwargs) {
        PyType type = space.typeOf(callable);
        TupleType tuples = space.tupleType;
        int first = self == 0 ? 0 : 1;
        if (!type.hasFlag(PyType.HAVE_VECTORCALL)) {
            if (!type.isCallable()) {
                throw type.notCallable();
            }
            long tuple = args;
            if (first == 1) {
                int count = (int) tuples.size(args);
                long[] all = new long[count + 1];
                all[0] = self;
                for (int i = 0; i < count; i++) {
                    all[i + 1] = tuples.item(args, i);
                }
                tuple = tuples.create(all);
            }
            RecursionDepth d = enterRecursiveCall(space, IN_CALL);
            try {
                return type.callTuple(callable, tuple, kwargs);
            } finally {
                leaveRecursiveCall(d);
                if (tuple != args) {
                    space.decref(tuple);
                }
            }
        }
        int n = (int) tuples.size(args) + first;
        int nk = kwargs == 0 ? 0 : (int) space.dictType.size(kwargs);
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        long kwnames = 0;
        try {
            long at = area.reserve(Math.max(n + nk, 1));
            if (first == 1) {
                space.memory.putLong(at, self);
            }
            for (int i = first; i < n; i++) {
                space.memory.putLong(at + 8L * i, tuples.item(args, i - first));
            }
            if (nk > 0) {
                long[] names = new long[nk];
                int[] k = {0};
                space.dictType.forEach(kwargs, (key, value) -> {
                    names[k[0]] = key;
                    space.memory.putLong(at + 8L * (n + k[0]), value);
                    k[0]++;
                });
                kwnames = tuples.create(names);
            }
            return type.call(callable, at, n, kwnames);
        } finally {
            area.release(mark);
            space.xdecref(kwnames);
        }
    }

    /**
     * {@code _PyObject_MakeTpCall}: a vectorcall to a callable that has only {@code tp_call}: the
     * positionals become a tuple, the keywords a dict.
     */
    public static long makeTpCall(ObjectSpace space, long callable, long args, long nargsf, long kwnames) {
        PyType type = space.typeOf(callable);
        int n = nargs(nargsf);
        long[] items = new long[n];
        for (int i = 0; i < n; i++) {
            items[i] = space.memory.getLong(args + 8L * i);
        }
        long tuple = space.tupleType.create(items);
        long kwargs = 0;
        RecursionDepth d = null;
        try {
            if (kwnames != 0) {
                kwargs = space.dictType.create();
                for (int i = 0, nk = (int) space.tupleType.size(kwnames); i < nk; i++) {
                    space.dictType.setItem(kwargs, space.tupleType.item(kwnames, i), space.memory.getLong(args + 8L * (n + i)));
                }
            }
            d = enterRecursiveCall(space, IN_CALL);
            return type.callTuple(callable, tuple, kwargs);
        } finally {
            leaveRecursiveCall(d);
            space.decref(tuple);
            space.xdecref(kwargs);
        }
    }

    /** {@code PyObject_CallNoArgs}: {@code callable()}, a new reference. */
    public static long call(ObjectSpace space, long callable) {
        return call(space, callable, PyType.NO_ARGS);
    }

    /**
     * {@code PyObject_CallFunctionObjArgs}: {@code callable(*args)} with arguments Java code holds
     * (borrowed), passed through the thread's {@link ArgumentArea}. A new reference.
     */
    public static long call(ObjectSpace space, long callable, long[] args) {
        if (args.length == 0) {
            return space.typeOf(callable).call(callable, 0, 0, 0); // no vector to read
        }
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        try {
            long at = area.push(args);
            return space.typeOf(callable).call(callable, at, args.length, 0);
        } finally {
            area.release(mark);
        }
    }

    /** {@code PyCallable_Check}. */
    public static boolean isCallable(ObjectSpace space, long o) {
        return space.typeOf(o).isCallable();
    }

    /**
     * {@code PyObject_CallMethod(o, name, ...)} / {@code PyObject_VectorcallMethod}: {@code o.name(*args)}
     * with {@code LOAD_METHOD}'s protocol ({@link #getMethod}: no bound method for a method
     * descriptor), falling back on the type's Java method table. AttributeError when there is no
     * such method.
     */
    public static long callMethod(ObjectSpace space, long o, String name, long[] args) {
        PyType type = space.typeOf(o);
        long n = space.strType.literalName(name);
        long m;
        try {
            m = lookupMethod(space, o, n);
        } finally {
            space.decref(n);
        }
        if (m == 0) {
            PyMethod java = type.method(name);
            if (java == null) {
                throw type.attributeError(o, name);
            }
            if (java instanceof PyMethod.WithKeywords kw) {
                ArgumentArea area = space.arguments();
                long mark = area.mark();
                try {
                    return kw.call(o, new CallArguments(space, name, args.length == 0 ? 0 : area.push(args), args.length, 0));
                } finally {
                    area.release(mark);
                }
            }
            return java.call(o, args);
        }
        long callable = m & ~UNBOUND;
        if ((m & UNBOUND) != 0 && space.methodDescrType.check(callable)) {
            try {
                return space.methodDescrType.callJava(callable, o, args);
            } finally {
                space.decref(callable);
            }
        }
        if (args.length == 0 && (m & UNBOUND) == 0) {
            try {
                return space.typeOf(callable).call(callable, 0, 0, 0);
            } finally {
                space.decref(callable);
            }
        }
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        try {
            if ((m & UNBOUND) != 0) {
                long at = area.push(o, args);
                return space.typeOf(callable).call(callable, at, args.length + 1, 0);
            }
            long at = area.push(args);
            return space.typeOf(callable).call(callable, at, args.length, 0);
        } finally {
            area.release(mark);
            space.decref(callable);
        }
    }

    /** {@link #getMethod} without the AttributeError: 0 when absent. */
    private static long lookupMethod(ObjectSpace space, long o, long name) {
        PyType type = space.typeOf(o);
        if (type.genericGetAttr()) {
            long descr = type.lookup(name);
            if (descr != 0 && space.typeOf(descr).hasFlag(PyType.METHOD_DESCRIPTOR) && type.instanceAttr(o, name) == 0) {
                return space.newRef(descr) | UNBOUND;
            }
        }
        return type.lookupAttr(o, name);
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
        PyType t = space.typeOf(o);
        if (space.typeType.check(o) && t.lookup("__getitem__") == 0) {
            if (o == space.typeType.typeObject()) {
                return GenericAliases.alias(space, o, key); // type[X]: type has no __class_getitem__
            }
            return classGetItem(space, o, key);
        }
        return t.getItem(o, key);
    }

    /** {@code cls[key]} for a class without a metaclass {@code __getitem__}: its {@code __class_getitem__}. */
    private static long classGetItem(ObjectSpace space, long cls, long key) {
        long meth = lookupAttr(space, cls, "__class_getitem__");
        if (meth != 0 && meth != space.none) {
            try {
                return call(space, meth, new long[] {key});
            } finally {
                space.decref(meth);
            }
        }
        space.xdecref(meth);
        throw new PyException("TypeError", "type '" + space.typeType.described(cls).name + "' is not subscriptable");
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

    /**
     * Whether {@code o}'s type iterates by its slots: a {@code tp_iter}, or {@code PySequence_Check}
     * (an item slot, never a dict's). Only when it does not is a TypeError from {@link #getIter} the
     * "not iterable" one that unpacking and star arguments reword; an {@code __iter__} that raises
     * or returns a non-iterator keeps its own.
     */
    public static boolean iterableBySlots(ObjectSpace space, long o) {
        return space.typeOf(o).lookup("__iter__") != 0 || sequenceCheck(space, o);
    }

    /** {@code PySequence_Check}: the type has an item slot ({@code __getitem__}) and is not a dict. */
    public static boolean sequenceCheck(ObjectSpace space, long o) {
        return space.typeOf(o).lookup("__getitem__") != 0 && !space.dictType.check(o);
    }

    /**
     * {@code _PyObject_LookupSpecial}: the name looked up on the type only (not the instance), bound
     * through its descriptor; 0 when the type has none. An error the descriptor raises, an
     * AttributeError included, propagates. A new reference.
     */
    public static long lookupSpecial(ObjectSpace space, long o, String name) {
        PyType t = space.typeOf(o);
        long descr = t.lookup(name);
        if (descr == 0) {
            return 0;
        }
        PyType dt = space.typeOf(descr);
        if (!dt.hasDescrGet()) {
            return space.newRef(descr);
        }
        space.incref(descr); // the getter may change the class
        try {
            return dt.descrGet(descr, o, t.typeObject());
        } finally {
            space.decref(descr);
        }
    }

    /** {@code PyIter_Next}: the next item (a new reference), or 0 once exhausted (no exception). */
    public static long iterNext(ObjectSpace space, long it) {
        return space.typeOf(it).iterNext(it);
    }

    // ================================================================== numbers

    /**
     * Argument Clinic's {@code Py_ssize_t} converter ({@code _PyNumber_Index}, then
     * {@code PyLong_AsSsize_t}): an int or an object with {@code __index__}, else CPython's
     * TypeError; OverflowError {@code Python int too large to convert to C ssize_t} when it does
     * not fit (a width, a count, {@code list.insert}'s position).
     */
    public static long ssize(ObjectSpace space, long o) {
        long i = numberIndex(space, o);
        try {
            if (!space.intType.fitsLong(i)) {
                throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
            }
            return space.intType.longValue(i);
        } finally {
            space.decref(i);
        }
    }

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
        IntType ints = space.intType; // an int subclass's value is read through int's layout
        if (!ints.fitsLong(o)) {
            throw new PyException("IndexError", "cannot fit 'int' into an index-sized integer");
        }
        return ints.longValue(o);
    }

    /**
     * A copy of a bytes-like argument's contents (bytes, bytearray, or any type with a buffer slot, as
     * {@code PyObject_GetBuffer} takes), or CPython's {@code a bytes-like object is required, not 'X'}.
     */
    public static byte[] bufferBytes(ObjectSpace space, long o) {
        return BytesMethods.requireBuffer(space, o);
    }

    /** {@code PyNumber_Index}: {@code o.__index__()} as an int (a new reference); TypeError when {@code o} has no {@code nb_index}. */
    public static long numberIndex(ObjectSpace space, long o) {
        PyType type = space.typeOf(o);
        if (type.hasFlag(PyType.LONG_SUBCLASS)) {
            return space.newRef(o);
        }
        long r = type.index(o);
        if (r == 0) {
            throw new PyException("TypeError", "'" + type.name + "' object cannot be interpreted as an integer");
        }
        return r;
    }

    /**
     * {@code binary_op1}: {@code v op w} through the number slots, NotImplemented when neither
     * answers. As CPython: {@code w}'s slot first when its type is a proper subtype of {@code v}'s
     * (so a subclass's {@code __radd__} overrides), each slot called once when both types share it
     * (the same Java class stands for the same C function), the operands always in their order.
     */
    static long binaryOp1(ObjectSpace space, long v, long w, BinaryOp op) {
        PyType tv = space.typeOf(v);
        PyType tw = space.typeOf(w);
        boolean both = tv != tw && tv.getClass() != tw.getClass();
        if (both && tw.isSubtypeOf(tv)) {
            long x = tw.binaryOp(v, w, op);
            if (x != space.notImplemented) {
                return x;
            }
            space.decref(x);
            both = false;
        }
        long x = tv.binaryOp(v, w, op);
        if (x != space.notImplemented || !both) {
            return x;
        }
        space.decref(x);
        return tw.binaryOp(v, w, op);
    }

    private static PyException unsupported(ObjectSpace space, String symbol, long v, long w) {
        return new PyException("TypeError", "unsupported operand type(s) for " + symbol + ": '" + space.typeOf(v).name
                + "' and '" + space.typeOf(w).name + "'");
    }

    private static String symbolOf(BinaryOp op, boolean inplace) {
        if (op == BinaryOp.POWER) {
            return inplace ? "**=" : "** or pow()";
        }
        return inplace ? op.inplaceSymbol() : op.symbol();
    }

    /**
     * {@code PyNumber_Add}, {@code PyNumber_Multiply}, ... ({@code BINARY_OP}): {@code v op w}, a new
     * reference. The number slots first ({@link #binaryOp1}); then, for {@code +} and {@code *},
     * the sequence's {@code sq_concat} / {@code sq_repeat}; then {@code unsupported operand type(s)}.
     */
    public static long binaryOp(ObjectSpace space, long v, long w, BinaryOp op) {
        long x = binaryOp1(space, v, w, op);
        if (x != space.notImplemented) {
            return x;
        }
        space.decref(x);
        if (op == BinaryOp.ADD) {
            long r = space.typeOf(v).concat(v, w);
            if (r != 0) {
                return r;
            }
        } else if (op == BinaryOp.MULTIPLY) {
            PyType tv = space.typeOf(v);
            PyType tw = space.typeOf(w);
            if (tv.hasRepeat()) {
                return tv.repeat(v, repeatCount(space, w));
            }
            if (tw.hasRepeat()) {
                return tw.repeat(w, repeatCount(space, v));
            }
        }
        throw unsupported(space, symbolOf(op, false), v, w);
    }

    /** {@code sequence_repeat}'s count: an index, clamped as {@code PyNumber_AsSsize_t(n, PyExc_OverflowError)}. */
    private static long repeatCount(ObjectSpace space, long n) {
        PyType type = space.typeOf(n);
        long i = type.hasFlag(PyType.LONG_SUBCLASS) ? space.newRef(n) : type.index(n);
        if (i == 0) {
            throw new PyException("TypeError", "can't multiply sequence by non-int of type '" + type.name + "'");
        }
        try {
            IntType ints = space.intType;
            if (!ints.fitsLong(i)) {
                throw new PyException("OverflowError", "cannot fit '" + type.name + "' into an index-sized integer");
            }
            return ints.longValue(i);
        } finally {
            space.decref(i);
        }
    }

    /**
     * {@code PyNumber_InPlaceAdd}, ... ({@code BINARY_OP} with {@code NB_INPLACE_*}): {@code v}'s
     * in-place slot, then the binary operation; for {@code +=} and {@code *=} the sequence's
     * in-place concat / repeat before its plain one.
     */
    public static long inplaceOp(ObjectSpace space, long v, long w, BinaryOp op) {
        PyType tv = space.typeOf(v);
        long x = tv.inplaceOp(v, w, op);
        if (x != space.notImplemented) {
            return x;
        }
        space.decref(x);
        x = binaryOp1(space, v, w, op);
        if (x != space.notImplemented) {
            return x;
        }
        space.decref(x);
        if (op == BinaryOp.ADD) {
            long r = tv.inplaceConcat(v, w);
            if (r == 0) {
                r = tv.concat(v, w);
            }
            if (r != 0) {
                return r;
            }
        } else if (op == BinaryOp.MULTIPLY) {
            // PyNumber_InPlaceMultiply: the right operand's sq_repeat only when the left type has
            // no tp_as_sequence at all (set, dict and every class have one, its sq_repeat NULL)
            if (tv.hasRepeat()) {
                return tv.inplaceRepeat(v, repeatCount(space, w));
            }
            PyType tw = space.typeOf(w);
            if (!tv.hasSlotStruct(PyType.AS_SEQUENCE) && tw.hasRepeat()) {
                return tw.repeat(w, repeatCount(space, v));
            }
        }
        throw unsupported(space, symbolOf(op, true), v, w);
    }

    /** {@code PyNumber_Power(v, w, z)}: {@code pow(v, w, z)}; {@code z} None is {@code v ** w}. */
    public static long power(ObjectSpace space, long v, long w, long z) {
        if (z == space.none) {
            return binaryOp(space, v, w, BinaryOp.POWER);
        }
        PyType tv = space.typeOf(v);
        long x = tv.power(v, w, z);
        if (x != space.notImplemented) {
            return x;
        }
        space.decref(x);
        PyType tw = space.typeOf(w);
        if (tw != tv) {
            x = tw.power(v, w, z);
            if (x != space.notImplemented) {
                return x;
            }
            space.decref(x);
        }
        throw new PyException("TypeError", "unsupported operand type(s) for ** or pow(): '" + tv.name + "', '" + tw.name
                + "', '" + space.typeOf(z).name + "'");
    }

    /** {@code PyNumber_Negative}, {@code _Positive}, {@code _Invert}, {@code _Absolute}: a new reference. */
    public static long unaryOp(ObjectSpace space, long o, UnaryOp op) {
        PyType type = space.typeOf(o);
        long r = type.unaryOp(o, op);
        if (r == 0) {
            throw new PyException("TypeError", "bad operand type for " + op.symbol() + ": '" + type.name + "'");
        }
        return r;
    }

    /** {@code PyObject_Not}: {@code not o}. */
    public static boolean not(ObjectSpace space, long o) {
        return !isTrue(space, o);
    }

    // ================================================================== sequences and mappings as a whole

    /** {@code PySequence_List}: {@code list(iterable)}, a new list. */
    public static long sequenceList(ObjectSpace space, long iterable) {
        long list = space.listType.create();
        try {
            space.listType.extend(list, iterable);
        } catch (RuntimeException e) {
            space.decref(list);
            throw e;
        }
        return list;
    }

    /**
     * {@code PySequence_Fast}: an exact list or tuple itself (a new reference), anything else
     * iterated into a new list; a TypeError from {@code iter()} becomes TypeError {@code message}.
     */
    public static long sequenceFast(ObjectSpace space, long o, String message) {
        if (space.listType.checkExact(o) || space.tupleType.checkExact(o)) {
            return space.newRef(o);
        }
        long it;
        try {
            it = getIter(space, o);
        } catch (PyException e) {
            if (matches(space, e, "TypeError")) {
                e.release();
                throw new PyException("TypeError", message);
            }
            throw e;
        }
        try {
            return sequenceList(space, it);
        } finally {
            space.decref(it);
        }
    }

    /** {@code PySequence_Tuple}: {@code tuple(iterable)}, a new tuple (the same one for an exact tuple). */
    public static long sequenceTuple(ObjectSpace space, long iterable) {
        if (space.tupleType.checkExact(iterable)) {
            return space.newRef(iterable);
        }
        if (space.listType.checkExact(iterable)) { // PyList_AsTuple
            int n = (int) space.listType.size(iterable);
            long[] items = new long[n];
            for (int i = 0; i < n; i++) {
                items[i] = space.listType.item(iterable, i);
            }
            return space.tupleType.create(items);
        }
        long it = getIter(space, iterable);
        try {
            return space.tupleType.fromIterator(it, lengthHint(space, iterable, 10));
        } finally {
            space.decref(it);
        }
    }

    /** {@code PyMapping_Keys}: the keys of a mapping as a new list ({@code list(m.keys())}). */
    public static long mappingKeys(ObjectSpace space, long mapping) {
        if (space.dictType.checkExact(mapping)) { // PyMapping_Keys: only an exact dict skips its keys()
            long list = space.listType.create();
            space.dictType.forEach(mapping, (k, v) -> space.listType.append(list, k));
            return list;
        }
        long keys = callMethod(space, mapping, "keys", PyType.NO_ARGS);
        try {
            return sequenceList(space, keys);
        } finally {
            space.decref(keys);
        }
    }

    /**
     * {@code PyErr_ExceptionMatches(typeName)}: whether {@code e} is an instance of the built-in
     * exception type {@code typeName} or of a subclass of it.
     */
    public static boolean matches(ObjectSpace space, PyException e, String typeName) {
        BaseExceptionType target = space.exceptions.byName(typeName);
        if (target == null) {
            return e.pythonType().equals(typeName);
        }
        long exc = e.exception();
        if (exc != 0) {
            return space.typeOf(exc).isSubtypeOf(target);
        }
        BaseExceptionType named = space.exceptions.byName(e.pythonType());
        return named != null ? named.isSubtypeOf(target) : e.pythonType().equals(typeName);
    }

    /** {@code PyObject_Str}: a new str object. */
    public static long strObject(ObjectSpace space, long o) {
        if (space.strType.isExact(o)) {
            return space.newRef(o);
        }
        RecursionDepth d = enterRecursiveCall(space, IN_REPR);
        try {
            return space.typeOf(o).strObject(o);
        } catch (StackOverflowError e) {
            throw recursionError(IN_REPR);
        } finally {
            leaveRecursiveCall(d);
        }
    }
}
