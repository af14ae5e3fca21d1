package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code obj.__class__ = cls}: {@code object_set_class} and {@code compatible_for_assignment} of
 * Objects/typeobject.c.
 *
 * <ol>
 * <li>The new value must be a class; neither class may be immutable (every built-in type is),
 *     unless both are module types.</li>
 * <li>Both must free their instances the same way (GC or not), and have the same layout: each
 *     class is walked up its bases while a base has the same size, item size, dict and weakref
 *     offsets and GC flag; the two classes reached must be the same, or siblings over one base
 *     that add the same {@code __slots__} (and dict/weakref words) and reach the same size; and
 *     both keep their instance dicts the same way (managed or not).</li>
 * <li>A managed dict is materialized first (the shared keys belong to the old class), then the
 *     object's type word changes; the object's reference moves from the old heap type to the new.</li>
 * </ol>
 */
final class ClassAssignment {
    private ClassAssignment() {
    }

    static void set(ObjectSpace space, long self, long value) {
        if (value == 0) {
            throw new PyException("TypeError", "can't delete __class__ attribute");
        }
        if (!space.typeType.check(value)) {
            throw new PyException("TypeError", "__class__ must be set to a class, not '" + space.typeOf(value).name + "' object");
        }
        PyType newto = space.typeType.described(value);
        PyType oldto = space.typeOf(self);
        boolean modules = newto.isSubtypeOf(space.moduleType) && oldto.isSubtypeOf(space.moduleType);
        // every static type is immutable (PyType.flags() reports the flag for each non-heap type)
        if (!modules && (immutable(newto) || immutable(oldto))) {
            throw new PyException("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        checkCompatible(space, oldto, newto, "__class__");
        if (oldto.hasFlag(PyType.MANAGED_DICT)) {
            // the values are laid out by the old class's shared keys: the instance's own dict is
            // made first (_PyObject_GetDictPtr), through the class's __dict__ descriptor
            long descr = oldto.lookup("__dict__");
            if (descr != 0 && space.typeOf(descr).hasDescrGet()) {
                space.decref(space.typeOf(descr).descrGet(descr, self, oldto.typeObject()));
            }
        }
        if (newto.hasFlag(PyType.HEAPTYPE)) {
            space.incref(value);
        }
        space.memory.putLong(self + Layout.OB_TYPE, value);
        if (oldto.hasFlag(PyType.HEAPTYPE)) {
            space.decref(oldto.typeObject());
        }
    }

    private static boolean immutable(PyType t) {
        return t.hasFlag(PyType.IMMUTABLETYPE) || !t.hasFlag(PyType.HEAPTYPE);
    }

    /**
     * {@code compatible_for_assignment}: whether instances laid out by {@code oldto} may be
     * {@code newto}'s ({@code __class__} assignment) or a class may change its base from
     * {@code oldto} to {@code newto} ({@code __bases__} assignment); CPython's TypeError otherwise.
     */
    static void checkCompatible(ObjectSpace space, PyType oldto, PyType newto, String attribute) {
        if (newto.hasFlag(PyType.HAVE_GC) != oldto.hasFlag(PyType.HAVE_GC)) {
            throw new PyException("TypeError", attribute + " assignment: '" + newto.name + "' deallocator differs from '" + oldto.name + "'");
        }
        PyType newbase = newto;
        PyType oldbase = oldto;
        while (compatibleWithBase(newbase)) {
            newbase = newbase.base;
        }
        while (compatibleWithBase(oldbase)) {
            oldbase = oldbase.base;
        }
        boolean compatible = (newbase == oldbase || (newbase.base == oldbase.base && sameSlotsAdded(space, newbase, oldbase)))
                && oldto.hasFlag(PyType.MANAGED_DICT) == newto.hasFlag(PyType.MANAGED_DICT);
        if (!compatible) {
            throw new PyException("TypeError", attribute + " assignment: '" + newto.name + "' object layout differs from '" + oldto.name + "'");
        }
    }

    /** {@code compatible_with_tp_base}: whether {@code child}'s instances are laid out as its base's. */
    private static boolean compatibleWithBase(PyType child) {
        PyType parent = child.base;
        return parent != null
                && child.basicSize() == parent.basicSize()
                && child.itemSize() == parent.itemSize()
                && child.dictOffset() == parent.dictOffset()
                && child.weaklistOffset() == parent.weaklistOffset()
                && child.hasFlag(PyType.HAVE_GC) == parent.hasFlag(PyType.HAVE_GC)
                && child.hasFlag(PyType.HEAPTYPE);
    }

    /** {@code same_slots_added}: siblings over one base that add the same words. */
    private static boolean sameSlotsAdded(ObjectSpace space, PyType a, PyType b) {
        long size = a.base.basicSize();
        if (a.dictOffset() == size && b.dictOffset() == size) {
            size += 8;
        }
        if (a.weaklistOffset() == size && b.weaklistOffset() == size) {
            size += 8;
        }
        if (!a.hasFlag(PyType.HEAPTYPE) || !b.hasFlag(PyType.HEAPTYPE)) {
            return false;
        }
        List<String> slotsA = slotNames(space, a), slotsB = slotNames(space, b);
        if (slotsA != null && slotsB != null) {
            if (!slotsA.equals(slotsB)) {
                return false;
            }
            size += 8L * slotsA.size();
        }
        return size == a.basicSize() && size == b.basicSize();
    }

    /** {@code ht_slots}: the class's own {@code __slots__} names without __dict__/__weakref__, sorted; null without __slots__. */
    private static List<String> slotNames(ObjectSpace space, PyType t) {
        long slots = space.dictType.getItemString(t.dict(), "__slots__");
        if (slots == 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (space.strType.check(slots)) {
            names.add(space.strType.value(slots));
        } else {
            long it = Abstract.getIter(space, slots);
            try {
                for (long item; (item = Abstract.iterNext(space, it)) != 0;) {
                    if (space.strType.check(item)) {
                        names.add(space.strType.value(item));
                    }
                    space.decref(item);
                }
            } finally {
                space.decref(it);
            }
        }
        names.removeIf(n -> n.equals("__dict__") || n.equals("__weakref__"));
        names.sort(null);
        return names;
    }
}
