package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} of Objects/exceptions.c
 * ({@code PyBaseExceptionGroupObject}): an exception holding a message and a non-empty tuple of
 * exceptions, which may be groups themselves, so a group is a tree whose leaves are plain exceptions.
 * <pre>
 *   ... BaseException's fields ...  +72 msg (str)  +80 excs (tuple)   [ExceptionGroup: +88 weakref list]
 * </pre>
 * {@code sys.getsizeof} is 104 for a BaseExceptionGroup, 112 for an ExceptionGroup: CPython makes
 * ExceptionGroup at start-up as a class of {@code (BaseExceptionGroup, Exception)}, which gets a
 * weakref list of its own. Here it is a built-in type with those two bases and that MRO.
 *
 * <p>Splitting walks the tree: a node the matcher accepts is kept whole (the same object, so a
 * {@code subgroup} that keeps everything is the group itself); a leaf it refuses goes to the rest;
 * a group it refuses is split in its children, and each non-empty side becomes a new group made
 * by the original's {@code derive} (a subclass's override decides the new group's class), which
 * then takes the original's traceback, cause, context and a copy of its notes. The matcher is an
 * exception type or tuple of them, a Python function (a predicate), or, for the evaluator's
 * {@code except*}, the identities of the leaves to keep ({@link #prepReraiseStar}).
 */
public final class ExceptionGroupType extends BaseExceptionType {
    /** The field offsets of {@code message} and {@code exceptions}. */
    static final int MSG = EXTRA, EXCS = EXTRA + 8;

    private final boolean root;

    /** {@code BaseExceptionGroup}, a subclass of {@code base} (BaseException). */
    ExceptionGroupType(ObjectSpace space, BaseExceptionType base) {
        super(space, "BaseExceptionGroup", base, List.of("message", "exceptions"));
        this.root = true;
        defineMethod("derive", (self, args) -> {
            Args.range("derive", args, 1, 1);
            return derive(self, args[0]);
        });
        defineMethod("split", (self, args) -> {
            Args.range("split", args, 1, 1);
            Matcher m = matcher(args[0]);
            long[] parts = split(self, m, true);
            try {
                return space.tupleType.create(orNone(parts[0]), orNone(parts[1]));
            } finally {
                space.xdecref(parts[0]);
                space.xdecref(parts[1]);
            }
        });
        defineMethod("subgroup", (self, args) -> {
            Args.range("subgroup", args, 1, 1);
            long[] parts = split(self, matcher(args[0]), false);
            return parts[0] != 0 ? parts[0] : space.newNone();
        });
    }

    /** {@code ExceptionGroup}: bases {@code (BaseExceptionGroup, Exception)}, with a weakref list. */
    ExceptionGroupType(ObjectSpace space, ExceptionGroupType baseGroup, BaseExceptionType exception) {
        super(space, "ExceptionGroup", baseGroup, List.of("message", "exceptions"), EXCS + 8);
        this.root = false;
        this.bases = new PyType[] {baseGroup, exception};
        this.mro = new PyType[] {this, baseGroup, exception, exception.solidBase(), space.objectType};
    }

    /**
     * BaseExceptionGroup's {@code __class_getitem__} and its {@code message} and {@code exceptions}
     * members; ExceptionGroup's namespace is what {@code type_new} gives the heap type CPython makes
     * it: its {@code __module__} and the {@code __weakref__} of the weakref list it adds.
     */
    @Override
    protected void fillDict() {
        if (root) {
            putClassGetItem();
            super.fillDict();
            return;
        }
        putInDict("__module__", space.strType.literalName("builtins"));
        putInDict("__weakref__", space.getSetDescrType.create(this, "__weakref__", o -> {
            long head = memory.getLong(o + space.typeOf(o).weaklistOffset());
            return space.newRef(head == 0 ? space.none : head);
        }, null));
    }

    /** {@code BaseExceptionGroup_traverse}'s order: the message and the exceptions, then BaseException's fields. */
    @Override
    public void forEachReferent(long o, java.util.function.LongConsumer visitor) {
        for (int offset : new int[] {MSG, EXCS, DICT, ARGS, NOTES, TRACEBACK, CONTEXT, CAUSE}) {
            long v = field(o, offset);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    /**
     * {@code gc.get_referents} of an ExceptionGroup starts with its class, as {@code subtype_traverse}
     * of CPython's heap type does (the class is not GC-tracked here, so the collectors skip it).
     */
    @Override
    public void traverse(long o, java.util.function.LongConsumer visitor) {
        PyType t = space.typeOf(o);
        if (!root && t == this) {
            visitor.accept(typeObject());
        }
        forEachReferent(o, visitor);
    }

    private long orNone(long v) {
        return v == 0 ? space.none : v;
    }

    private ExceptionGroupType baseGroup() {
        return root ? this : (ExceptionGroupType) base;
    }

    private ExceptionGroupType exceptionGroup() {
        return (ExceptionGroupType) space.exceptions.byName("ExceptionGroup");
    }

    /** {@code _PyBaseExceptionGroup_Check}. */
    public boolean isGroup(long o) {
        return space.typeOf(o).isSubtypeOf(baseGroup());
    }

    /** The group's exceptions tuple (borrowed). */
    public long exceptions(long group) {
        return field(group, EXCS);
    }

    // ================================================================== construction

    /** {@code BaseExceptionGroup_new}: checks the arguments, and picks ExceptionGroup for BaseExceptionGroup of Exceptions. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long n = space.tupleType.size(args);
        if (n != 2) {
            throw new PyException("TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + n + " given)");
        }
        long message = space.tupleType.item(args, 0);
        long excs = space.tupleType.item(args, 1);
        if (!space.strType.check(message)) {
            throw new PyException("TypeError", "BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + space.typeOf(message).name);
        }
        if (space.dictType.check(excs) || space.typeOf(excs).lookup("__getitem__") == 0) {
            throw new PyException("TypeError", "second argument (exceptions) must be a sequence");
        }
        long tuple = Abstract.sequenceTuple(space, excs);
        try {
            long count = space.tupleType.size(tuple);
            if (count == 0) {
                throw new PyException("ValueError", "second argument (exceptions) must be a non-empty sequence");
            }
            PyType exception = space.exceptions.byName("Exception");
            boolean nestedBase = false;
            for (int i = 0; i < count; i++) {
                long e = space.tupleType.item(tuple, i);
                if (!space.exceptions.isException(e)) {
                    throw new PyException("ValueError", "Item " + i + " of second argument (exceptions) is not an exception");
                }
                nestedBase |= !space.typeOf(e).isSubtypeOf(exception);
            }
            ExceptionGroupType made = this;
            if (subtype == exceptionGroup()) {
                if (nestedBase) {
                    throw new PyException("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (subtype == baseGroup()) {
                if (!nestedBase) {
                    made = exceptionGroup();
                }
            } else if (nestedBase && subtype.isSubtypeOf(exception)) {
                throw new PyException("TypeError", "Cannot nest BaseExceptions in '" + subtype.name + "'");
            }
            long e = made.create(args, false);
            setField(e, MSG, message);
            setField(e, EXCS, tuple);
            return e;
        } finally {
            space.decref(tuple);
        }
    }

    /** {@code BaseExceptionGroup_init}: no keywords, then BaseException's. */
    @Override
    public void tpInit(long e, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", space.typeOf(e).name + "() takes no keyword arguments");
        }
        super.tpInit(e, args, kwargs);
    }

    @Override
    public long newInstance(long[] args) {
        long t = space.tupleType.create(args);
        try {
            long e = tpNew(this, t, 0);
            space.typeOf(e).tpInit(e, t, 0);
            return e;
        } finally {
            space.decref(t);
        }
    }

    @Override
    public long instantiateWithoutArguments() {
        throw new PyException("TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)");
    }

    /** {@code BaseExceptionGroup_str}: {@code "msg (2 sub-exceptions)"}. */
    @Override
    public String str(long e) {
        long n = space.tupleType.size(field(e, EXCS));
        return space.strType.value(field(e, MSG)) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }

    @Override
    void accessorSet(long e, String attribute, long value) {
        if (attribute.equals("message") || attribute.equals("exceptions")) {
            throw new PyException("AttributeError", "readonly attribute");
        }
        super.accessorSet(e, attribute, value);
    }

    /** {@code BaseExceptionGroup.derive}: {@code BaseExceptionGroup(self.message, excs)}. */
    private long derive(long self, long excs) {
        return Abstract.call(space, baseGroup().typeObject(), new long[] {field(self, MSG), excs});
    }

    /**
     * {@code _PyExc_CreateExceptionGroup}: {@code BaseExceptionGroup(message, excs)} (an
     * ExceptionGroup when every one is an Exception). New reference.
     */
    public long createGroup(String message, long excs) {
        long m = space.strType.runtime(message);
        try {
            return Abstract.call(space, baseGroup().typeObject(), new long[] {m, excs});
        } finally {
            space.decref(m);
        }
    }

    // ================================================================== split and subgroup

    /** What a split keeps: exceptions of some types, those a predicate accepts, or leaves by address. */
    private sealed interface Matcher {
    }

    private record ByType(long types) implements Matcher {
    }

    private record ByPredicate(long function) implements Matcher {
    }

    private record ByIds(Set<Long> leaves) implements Matcher {
    }

    /** {@code get_matcher_type}: a Python function, an exception class, or an exact tuple of them. */
    private Matcher matcher(long value) {
        if (space.functionType.check(value)) {
            return new ByPredicate(value);
        }
        if (exceptionClass(value)) {
            return new ByType(value);
        }
        if (space.tupleType.checkExact(value)) {
            boolean all = true;
            for (int i = 0; i < space.tupleType.size(value) && all; i++) {
                all = exceptionClass(space.tupleType.item(value, i));
            }
            if (all) {
                return new ByType(value);
            }
        }
        throw new PyException("TypeError", "expected a function, exception type or tuple of exception types");
    }

    private boolean exceptionClass(long o) {
        return space.typeType.check(o) && space.typeType.described(o).isSubtypeOf(space.exceptions.base());
    }

    private boolean matches(long exc, Matcher m) {
        return switch (m) {
            case ByType t -> givenExceptionMatches(exc, t.types());
            case ByPredicate p -> {
                long r = Abstract.call(space, p.function(), new long[] {exc});
                try {
                    yield Abstract.isTrue(space, r);
                } finally {
                    space.decref(r);
                }
            }
            case ByIds ids -> !isGroup(exc) && ids.leaves().contains(exc);
        };
    }

    /** {@code PyErr_GivenExceptionMatches} for an exception instance: its class against a class or (nested) tuple. */
    public boolean givenExceptionMatches(long exc, long types) {
        if (space.tupleType.check(types)) {
            for (int i = 0; i < space.tupleType.size(types); i++) {
                if (givenExceptionMatches(exc, space.tupleType.item(types, i))) {
                    return true;
                }
            }
            return false;
        }
        return space.typeType.check(types) && space.typeOf(exc).isSubtypeOf(space.typeType.described(types));
    }

    /**
     * {@code exceptiongroup_split_recursive}: {match, rest} as new references or 0 (rest only when
     * {@code withRest}).
     */
    private long[] split(long exc, Matcher m, boolean withRest) {
        if (matches(exc, m)) {
            return new long[] {space.newRef(exc), 0};
        }
        if (!isGroup(exc)) {
            return new long[] {0, withRest ? space.newRef(exc) : 0};
        }
        long excs = field(exc, EXCS);
        long matched = space.listType.create();
        long rest = withRest ? space.listType.create() : 0;
        long[] result = {0, 0};
        try {
            for (int i = 0; i < space.tupleType.size(excs); i++) {
                long[] part = split(space.tupleType.item(excs, i), m, withRest);
                try {
                    if (part[0] != 0) {
                        space.listType.append(matched, part[0]);
                    }
                    if (part[1] != 0) {
                        space.listType.append(rest, part[1]);
                    }
                } finally {
                    space.xdecref(part[0]);
                    space.xdecref(part[1]);
                }
            }
            result[0] = subset(exc, matched);
            if (withRest) {
                result[1] = subset(exc, rest);
            }
            return result;
        } catch (RuntimeException e) {
            space.xdecref(result[0]);
            throw e;
        } finally {
            space.decref(matched);
            space.xdecref(rest);
        }
    }

    /**
     * {@code exceptiongroup_subset}: {@code orig.derive(excs)} with orig's traceback, context, cause
     * and a list copy of its notes; 0 for no exceptions.
     */
    private long subset(long orig, long excs) {
        if (space.listType.size(excs) == 0) {
            return 0;
        }
        long eg = Abstract.callMethod(space, orig, "derive", new long[] {excs});
        try {
            if (!isGroup(eg)) {
                throw new PyException("TypeError", "derive must return an instance of BaseExceptionGroup");
            }
            BaseExceptionType b = space.exceptions.base();
            long tb = b.field(orig, TRACEBACK);
            if (tb != 0) {
                b.setField(eg, TRACEBACK, tb);
            }
            b.setField(eg, CONTEXT, b.field(orig, CONTEXT));
            b.setField(eg, CAUSE, b.field(orig, CAUSE));
            memory.putByte(eg + SUPPRESS_CONTEXT, (byte) 1); // PyException_SetCause
            long notes = Abstract.lookupAttr(space, orig, "__notes__");
            if (notes != 0) {
                try {
                    if (!space.dictType.check(notes) && space.typeOf(notes).lookup("__getitem__") != 0) {
                        long copy = Abstract.sequenceList(space, notes);
                        try {
                            Abstract.setAttr(space, eg, "__notes__", copy);
                        } finally {
                            space.decref(copy);
                        }
                    }
                } finally {
                    space.decref(notes);
                }
            }
            return eg;
        } catch (RuntimeException e) {
            space.decref(eg);
            throw e;
        }
    }

    // ================================================================== except*

    /**
     * {@code exception_group_match} (CHECK_EG_MATCH): {match, rest} for {@code exc} against the
     * {@code except*} clause's types, new references, each None when absent. A plain exception that
     * matches is wrapped in a new group of its own, with message {@code ""}.
     */
    public long[] exceptStarMatch(long exc, long types) {
        if (exc == space.none) {
            return new long[] {space.newNone(), space.newNone()};
        }
        if (givenExceptionMatches(exc, types)) {
            if (isGroup(exc)) {
                return new long[] {space.newRef(exc), space.newNone()};
            }
            long one = space.tupleType.create(exc);
            try {
                return new long[] {createGroup("", one), space.newNone()};
            } finally {
                space.decref(one);
            }
        }
        if (isGroup(exc)) {
            long pair = Abstract.callMethod(space, exc, "split", new long[] {types});
            try {
                return new long[] {space.newRef(space.tupleType.item(pair, 0)), space.newRef(space.tupleType.item(pair, 1))};
            } finally {
                space.decref(pair);
            }
        }
        return new long[] {space.newNone(), space.newNone()};
    }

    /**
     * {@code _PyExc_PrepReraiseStar} (PREP_RERAISE_STAR): what leaves a {@code try ... except*}
     * after its handlers ran, given the original exception and the list of what each handler
     * raised or re-raised (None for a handler that finished). Re-raised parts (the same traceback,
     * cause, context and notes as the original) are put back in the original's shape; exceptions
     * raised in handlers join them as siblings in a new group {@code ""}. New reference (None: nothing).
     */
    public long prepReraiseStar(long orig, long excs) {
        int n = (int) space.listType.size(excs);
        if (n == 0) {
            return space.newNone();
        }
        if (!isGroup(orig)) { // a plain exception was wrapped: one handler at most ran
            return space.newRef(space.listType.item(excs, 0));
        }
        long raised = space.listType.create();
        try {
            Set<Long> leaves = new HashSet<>();
            for (int i = 0; i < n; i++) {
                long e = space.listType.item(excs, i);
                if (e == space.none) {
                    continue;
                }
                if (sameMetadata(e, orig)) {
                    collectLeaves(e, leaves);
                } else {
                    space.listType.append(raised, e);
                }
            }
            long reraised = split(orig, new ByIds(leaves), false)[0];
            if (space.listType.size(raised) == 0) {
                return reraised != 0 ? reraised : space.newNone();
            }
            if (reraised != 0) {
                space.listType.append(raised, reraised);
                space.decref(reraised);
            }
            if (space.listType.size(raised) > 1) {
                return createGroup("", raised);
            }
            return space.newRef(space.listType.item(raised, 0));
        } finally {
            space.decref(raised);
        }
    }

    private boolean sameMetadata(long a, long b) {
        for (int offset : new int[] {NOTES, TRACEBACK, CAUSE, CONTEXT}) {
            if (field(a, offset) != field(b, offset)) {
                return false;
            }
        }
        return true;
    }

    private void collectLeaves(long exc, Set<Long> leaves) {
        if (exc == space.none) {
            return;
        }
        if (!isGroup(exc)) {
            leaves.add(exc);
            return;
        }
        long excs = field(exc, EXCS);
        for (int i = 0; i < space.tupleType.size(excs); i++) {
            collectLeaves(space.tupleType.item(excs, i), leaves);
        }
    }
}
