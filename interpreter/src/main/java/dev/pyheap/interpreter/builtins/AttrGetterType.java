package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StructType;

import java.util.function.LongConsumer;

/**
 * {@code operator.attrgetter} (Modules/_operator.c's {@code attrgetterobject}):
 * {@code attrgetter('a.b')(x)} is {@code x.a.b}, {@code attrgetter('a', 'b')(x)} is {@code (x.a, x.b)}.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 nattrs  +24 attr  +32 vectorcall                                     40 bytes
 * </pre>
 * {@code attr} is a tuple with one entry per name: the interned name itself, or for a dotted name
 * the tuple of its interned parts.
 */
final class AttrGetterType extends StructType {
    static final int NATTRS = 16, ATTR = 24, VECTORCALL = 32, SIZE = 40;

    AttrGetterType(ObjectSpace space) {
        super(space, "operator.attrgetter", null, HAVE_GC | HAVE_VECTORCALL, SIZE, 0, 0, "attr", ATTR);
        defineMethod("__reduce__", (self, a) -> {
            dev.pyheap.runtime.objects.Args.none("__reduce__", a);
            long names = names(self);
            try {
                return space.tupleType.create(space.typeOf(self).typeObject(), names);
            } finally {
                space.decref(names);
            }
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_CALL, SlotWrappers.Slot.TP_REPR,
                SlotWrappers.Slot.TP_GETATTRO));
    }

    @Override
    protected boolean ownNew() {
        return true;
    }

    @Override
    protected void fillDict() {
        putMembers("__vectorcalloffset__");
        putInDict("__doc__", space.strType.runtime("attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last)."));
        putInDict("__module__", space.strType.runtime("operator"));
    }

    /** {@code attrgetter_new}: no keywords, at least one name, each a str. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "attrgetter() takes no keyword arguments");
        }
        int n = (int) space.tupleType.size(args);
        if (n == 0) {
            throw new PyException("TypeError", "attrgetter expected 1 argument, got 0");
        }
        long[] attrs = new long[n];
        try {
            for (int i = 0; i < n; i++) {
                long name = space.tupleType.item(args, i);
                if (!space.strType.check(name)) {
                    throw new PyException("TypeError", "attribute name must be a string");
                }
                String text = space.strType.value(name);
                if (text.indexOf('.') < 0) {
                    attrs[i] = space.strType.intern(space.newRef(name));
                    continue;
                }
                String[] parts = text.split("\\.", -1);
                long[] interned = new long[parts.length];
                for (int j = 0; j < parts.length; j++) {
                    interned[j] = space.strType.literalName(parts[j]);
                }
                attrs[i] = space.tupleType.createStealing(interned);
            }
            long o = space.newGcObject(this, SIZE, 0);
            memory.putLong(o + NATTRS, n);
            memory.putLong(o + ATTR, space.tupleType.create(attrs));
            memory.putLong(o + VECTORCALL, 0);
            space.track(o);
            return o;
        } finally {
            for (long a : attrs) {
                space.xdecref(a);
            }
        }
    }

    /** The read-only member {@code __vectorcalloffset__}, then the generic lookup. */
    @Override
    public long lookupAttr(long o, long name) {
        if (space.strType.contentEquals(name, "__vectorcalloffset__")) {
            return space.newInt(VECTORCALL);
        }
        return genericLookupAttr(o, name);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code attrgetter_vectorcall}: one positional argument, no keywords. */
    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
            throw new PyException("TypeError", "attrgetter() takes no keyword arguments");
        }
        int n = Abstract.nargs(nargsf);
        if (n != 1) {
            throw new PyException("TypeError", "attrgetter expected 1 argument, got " + n);
        }
        long obj = memory.getLong(args);
        long attr = field(o, ATTR);
        int nattrs = (int) space.tupleType.size(attr);
        if (nattrs == 1) {
            return dottedGetattr(obj, space.tupleType.item(attr, 0));
        }
        long[] values = new long[nattrs];
        try {
            for (int i = 0; i < nattrs; i++) {
                values[i] = dottedGetattr(obj, space.tupleType.item(attr, i));
            }
            return space.tupleType.create(values);
        } finally {
            for (long v : values) {
                space.xdecref(v);
            }
        }
    }

    @Override
    public long callTuple(long o, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "attrgetter() takes no keyword arguments");
        }
        return Abstract.call(space, o, args, 0);
    }

    /** {@code dotted_getattr}: {@code obj.name}, or each part of a dotted name in turn. New reference. */
    private long dottedGetattr(long obj, long attr) {
        if (!space.tupleType.check(attr)) {
            return Abstract.getAttr(space, obj, attr);
        }
        long v = space.newRef(obj);
        for (long i = 0, n = space.tupleType.size(attr); i < n; i++) {
            long next;
            try {
                next = Abstract.getAttr(space, v, space.tupleType.item(attr, i));
            } finally {
                space.decref(v);
            }
            v = next;
        }
        return v;
    }

    /** {@code attrgetter_args}: the names as given, dotted names joined again. New reference. */
    private long names(long o) {
        long attr = field(o, ATTR);
        int n = (int) space.tupleType.size(attr);
        long[] names = new long[n];
        for (int i = 0; i < n; i++) {
            long a = space.tupleType.item(attr, i);
            if (!space.tupleType.check(a)) {
                names[i] = space.newRef(a);
                continue;
            }
            StringBuilder s = new StringBuilder();
            for (long j = 0, m = space.tupleType.size(a); j < m; j++) {
                s.append(j == 0 ? "" : ".").append(space.strType.value(space.tupleType.item(a, j)));
            }
            names[i] = space.strType.runtime(s.toString());
        }
        return space.tupleType.createStealing(names);
    }

    /** {@code attrgetter_repr}: {@code operator.attrgetter('a.b')}, {@code operator.attrgetter('a', 'b')}. */
    @Override
    public String repr(long o) {
        String type = space.typeOf(o).name;
        if (!Abstract.reprEnter(space, o)) {
            return type + "(...)";
        }
        long names = names(o);
        try {
            return space.tupleType.size(names) == 1 ? type + "(" + Abstract.repr(space, space.tupleType.item(names, 0)) + ")"
                    : type + Abstract.repr(space, names);
        } finally {
            space.decref(names);
            Abstract.reprLeave(space, o);
        }
    }

    /** {@code attrgetter_traverse}: the names, then the type (a heap type in CPython). */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        forEachReferent(o, visitor);
        visitor.accept(typeObject());
    }
}
