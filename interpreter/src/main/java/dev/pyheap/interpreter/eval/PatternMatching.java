package dev.pyheap.interpreter.eval;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.ArrayList;
import java.util.List;

/**
 * PEP 634's run-time half: what {@code MATCH_CLASS} and {@code MATCH_KEYS} ask of the subject
 * (ceval.c's {@code match_class}, {@code match_class_attr}, {@code match_keys}); {@code MATCH_SEQUENCE}
 * and {@code MATCH_MAPPING} read the type's flags. The compiler does the rest: sequence patterns
 * are {@code GET_LEN} and unpacking, a mapping's {@code **rest} a dict update and deletions,
 * literals comparisons.
 *
 * <p>A class pattern {@code C(p0, p1, k=p2)}:
 * <ol>
 * <li>{@code C} must be a type (TypeError otherwise) and the subject an instance of it
 *     ({@code PyObject_IsInstance}, so {@code __instancecheck__} counts); else no match.
 * <li>Positional sub-patterns name the attributes {@code C.__match_args__} lists (a tuple of str);
 *     without {@code __match_args__}, a type flagged {@link PyType#MATCH_SELF} (int, str, list, ...)
 *     takes one positional sub-pattern, matched against the subject itself.
 * <li>Keyword sub-patterns name attributes directly; an attribute named twice is a TypeError, a
 *     missing one (AttributeError) is no match.
 * </ol>
 */
final class PatternMatching {
    private final ObjectSpace space;
    private final Interpreter interp;

    PatternMatching(Interpreter interp) {
        this.interp = interp;
        this.space = interp.space;
    }

    /** {@code MATCH_MAPPING} and {@code MATCH_SEQUENCE}: the subject's type has the flag. */
    boolean hasFlag(long subject, int flag) {
        return space.typeOf(subject).hasFlag(flag);
    }

    /**
     * {@code match_class}: a new tuple of the attributes the sub-patterns match against, or 0 when
     * the subject does not match ({@code nargs} positional sub-patterns, then one per name in the
     * tuple {@code kwargs}).
     */
    long matchClass(long subject, long type, int nargs, long kwargs) {
        if (!space.typeType.check(type)) {
            throw new PyException("TypeError", "called match pattern must be a type");
        }
        if (!interp.isInstance(subject, type)) {
            return 0;
        }
        PyType cls = space.typeType.described(type);
        long seen = space.setType.create();
        List<Long> attrs = new ArrayList<>();
        try {
            if (nargs > 0) {
                long matchArgs = Abstract.lookupAttr(space, type, "__match_args__");
                boolean matchSelf = false;
                if (matchArgs == 0) {
                    matchArgs = space.tupleType.create();
                    matchSelf = cls.hasFlag(PyType.MATCH_SELF);
                }
                try {
                    if (space.typeOf(matchArgs) != space.tupleType) {
                        throw new PyException("TypeError", cls.name + ".__match_args__ must be a tuple (got "
                                + space.typeOf(matchArgs).name + ")");
                    }
                    long allowed = matchSelf ? 1 : space.tupleType.size(matchArgs);
                    if (allowed < nargs) {
                        throw new PyException("TypeError", cls.name + "() accepts " + allowed + " positional sub-pattern"
                                + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
                    }
                    if (matchSelf) {
                        attrs.add(space.newRef(subject));
                    } else {
                        for (int i = 0; i < nargs; i++) {
                            long name = space.tupleType.item(matchArgs, i);
                            if (space.typeOf(name) != space.strType) {
                                throw new PyException("TypeError", "__match_args__ elements must be strings (got "
                                        + space.typeOf(name).name + ")");
                            }
                            long attr = attribute(subject, cls, name, seen);
                            if (attr == 0) {
                                return 0;
                            }
                            attrs.add(attr);
                        }
                    }
                } finally {
                    space.decref(matchArgs);
                }
            }
            for (int i = 0; i < space.tupleType.size(kwargs); i++) {
                long attr = attribute(subject, cls, space.tupleType.item(kwargs, i), seen);
                if (attr == 0) {
                    return 0;
                }
                attrs.add(attr);
            }
            return space.tupleType.create(attrs.stream().mapToLong(Long::longValue).toArray());
        } finally {
            for (long a : attrs) {
                space.decref(a);
            }
            space.decref(seen);
        }
    }

    /** {@code match_class_attr}: {@code subject.name} (new), or 0 when it has none; a name seen before is a TypeError. */
    private long attribute(long subject, PyType cls, long name, long seen) {
        if (space.setType.contains(seen, name)) {
            throw new PyException("TypeError", cls.name + "() got multiple sub-patterns for attribute "
                    + Abstract.repr(space, name));
        }
        space.setType.add(seen, name);
        return Abstract.lookupAttr(space, subject, name);
    }

    /**
     * {@code match_keys}: a new tuple of the values of {@code keys} in the mapping, or a new
     * reference to None when one is missing. The values are read with {@code map.get(key, dummy)},
     * so a {@code defaultdict} makes no entry; a key twice is a ValueError.
     */
    long matchKeys(long map, long keys) {
        int n = (int) space.tupleType.size(keys);
        if (n == 0) {
            return space.tupleType.create();
        }
        long get = Abstract.getAttr(space, map, "get");
        long seen = 0, dummy = 0;
        long[] values = new long[n];
        int got = 0;
        try {
            seen = space.setType.create();
            dummy = Abstract.call(space, space.objectType.typeObject());
            for (; got < n; got++) {
                long key = space.tupleType.item(keys, got);
                if (space.setType.contains(seen, key)) {
                    throw new PyException("ValueError", "mapping pattern checks duplicate key ("
                            + Abstract.repr(space, key) + ")");
                }
                space.setType.add(seen, key);
                long value = Abstract.call(space, get, new long[] {key, dummy});
                if (value == dummy) {
                    space.decref(value);
                    return space.newRef(space.none);
                }
                values[got] = value;
            }
            long tuple = space.tupleType.createStealing(values);
            got = 0;
            return tuple;
        } finally {
            for (int i = 0; i < got; i++) {
                space.decref(values[i]);
            }
            space.decref(get);
            space.xdecref(seen);
            space.xdecref(dummy);
        }
    }
}
