package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code getset_descriptor} ({@code PyGetSetDescr_Type}): a computed attribute of a type's instances,
 * {@code object.__class__}, a class's {@code __dict__} and {@code __weakref__}, {@code type.__name__}.
 * 64 bytes as CPython's ({@code d_getset} at +40: the index of its Java getter and setter). A data
 * descriptor: it wins over the instance's own attributes.
 */
public final class GetSetDescrType extends DescrType {
    /** The getter: a new reference. */
    @FunctionalInterface
    public interface Getter {
        long get(long obj);
    }

    /** The setter; {@code value} 0 deletes. */
    @FunctionalInterface
    public interface Setter {
        void set(long obj, long value);
    }

    private record Entry(Getter getter, Setter setter) {
    }

    private final List<Entry> table = new ArrayList<>();

    GetSetDescrType(ObjectSpace space) {
        super(space, "getset_descriptor", 0, 48);
    }

    /** {@code PyDescr_NewGetSet}; {@code setter} null for a read-only attribute. New reference. */
    public long create(PyType owner, String attribute, Getter getter, Setter setter) {
        int ix = table.size();
        table.add(new Entry(getter, setter));
        return newDescr(owner, attribute, ix);
    }

    @Override
    public boolean hasDescrSet() {
        return true;
    }

    @Override
    public long descrGet(long d, long obj, long type) {
        if (obj == 0) {
            return space.newRef(d);
        }
        check(d, obj);
        return table.get(tableIndex(d)).getter.get(obj);
    }

    @Override
    public void descrSet(long d, long obj, long value) {
        check(d, obj);
        Setter setter = table.get(tableIndex(d)).setter;
        if (setter == null) {
            throw new PyException("AttributeError", "attribute '" + descrName(d) + "' of '" + owner(d).name
                    + "' objects is not writable");
        }
        setter.set(obj, value);
    }

    @Override
    public String repr(long d) {
        return describe(d, "attribute");
    }
}
