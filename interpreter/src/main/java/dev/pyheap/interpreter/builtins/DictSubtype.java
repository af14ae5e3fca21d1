package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.DictType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

/**
 * A dict subtype written in C in CPython ({@code defaultdict}, {@code OrderedDict}): the slots such a
 * type inherits from {@code PyDict_Type} unchanged ({@code inherit_slots}), in one place. Lookup,
 * length, truth, containment, the length hint and {@code tp_new} are the dict's; {@code __hash__} is None and
 * {@code hash()} names the subtype ({@code unhashable type: 'collections.defaultdict'}). Each
 * subtype adds its fields after the dict's and overrides what it changes.
 */
abstract sealed class DictSubtype extends PyType permits DefaultDictType, OrderedDictType {
    /** The base whose slots these are. */
    protected final DictType dict;

    DictSubtype(ObjectSpace space, String name, int basicSize) {
        super(space, name, space.dictType, BASETYPE | HAVE_GC | DICT_SUBCLASS | MAPPING, basicSize, 0);
        this.dict = space.dictType;
    }

    /** The type has no {@code tp_new} of its own (it inherits dict's): no {@code __new__} in its namespace. */
    @Override
    protected boolean ownNew() {
        return false;
    }

    /** dict's {@code tp_new}, which lays the subtype's instances out: {@code dict.__new__(defaultdict)} is safe. */
    @Override
    protected Object newFunction() {
        return dict;
    }

    @Override
    public long getItem(long o, long key) {
        return dict.getItem(o, key);
    }

    @Override
    public long length(long o) {
        return dict.length(o);
    }

    @Override
    public long lengthHint(long o) {
        return dict.lengthHint(o);
    }

    @Override
    public boolean isTrue(long o) {
        return dict.isTrue(o);
    }

    @Override
    public boolean contains(long o, long key) {
        return dict.contains(o, key);
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
