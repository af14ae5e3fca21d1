package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.SimpleNamespace} (Objects/namespaceobject.c): an object that is nothing but its
 * {@code __dict__}, the type of {@code sys.implementation}. GC-capable, subclassable;
 * {@code sys.getsizeof} 40 as in CPython.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 ns_dict (counted; tp_dictoffset)
 * </pre>
 * {@code SimpleNamespace(**kwargs)} takes keywords only (3.11); the repr lists the dict's str keys
 * in insertion order as {@code namespace(a=1, b=2)} (a subclass shows its own name); two namespaces
 * are equal when their dicts are; {@code __reduce__} gives {@code (type, (), __dict__)}.
 */
final class NamespaceType extends InstanceDictType {
    NamespaceType(ObjectSpace space) {
        super(space, "types.SimpleNamespace");
        defineMethod("__reduce__", (self, args) -> {
            Args.none("__reduce__", args);
            long empty = space.tupleType.create();
            try {
                return space.tupleType.create(space.typeOf(self).typeObject(), empty, dict(self));
            } finally {
                space.decref(empty);
            }
        });
    }

    /** A namespace holding {@code pairs} (name, then a new reference given over). New reference. */
    long create(Object... pairs) {
        long o = empty();
        for (int i = 0; i < pairs.length; i += 2) {
            long v = (Long) pairs[i + 1];
            try {
                Abstract.setAttr(space, o, (String) pairs[i], v);
            } finally {
                space.decref(v);
            }
        }
        return o;
    }

    /** {@code namespace_init}: keywords only, each a str, into the dict. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        if (space.tupleType.size(args) != 0) {
            throw new PyException("TypeError", "no positional arguments expected");
        }
        if (kwargs == 0) {
            return;
        }
        long keys = space.listType.fromKeys(kwargs);
        try {
            for (long i = 0, n = space.listType.size(keys); i < n; i++) {
                if (!space.strType.check(space.listType.item(keys, i))) {
                    throw new PyException("TypeError", "keywords must be strings");
                }
            }
        } finally {
            space.decref(keys);
        }
        space.dictType.update(dict(self), kwargs);
    }

    @Override
    public long reprObject(long o) {
        PyType type = space.typeOf(o);
        String name = type == this ? "namespace" : type.name;
        if (!Abstract.reprEnter(space, o)) {
            return space.strType.runtime(name + "(...)");
        }
        try {
            long d = dict(o);
            long keys = space.listType.fromKeys(d);
            try {
                List<String> parts = new ArrayList<>();
                for (long i = 0, n = space.listType.size(keys); i < n; i++) {
                    long key = space.listType.item(keys, i);
                    if (!space.strType.check(key)) {
                        continue;
                    }
                    long value = space.dictType.get(d, key);
                    if (value != 0) {
                        parts.add(space.strType.value(key) + "=" + Abstract.repr(space, value));
                    }
                }
                return space.strType.runtime(name + "(" + String.join(", ", parts) + ")");
            } finally {
                space.decref(keys);
            }
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    /** {@code namespace_richcompare}: between two namespaces, their dicts' equality; otherwise not implemented. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && space.typeOf(a).isSubtypeOf(this)
                && space.typeOf(b).isSubtypeOf(this)) {
            return Abstract.richCompare(space, dict(a), dict(b), op);
        }
        return space.newNotImplemented();
    }

    /** {@code namespace_members}: {@code __dict__} is a read-only {@code T_OBJECT} member. */
    @Override
    protected boolean dictIsMember() {
        return true;
    }

    /** {@code tp_setattro} set explicitly to {@code PyObject_GenericSetAttr}: its own {@code __setattr__} and {@code __delattr__}. */
    @Override
    protected java.util.Set<dev.pyheap.runtime.objects.SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(dev.pyheap.runtime.objects.SlotWrappers.Slot.TP_SETATTRO));
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    public long hash(long o) {
        throw unhashable();
    }
}
