package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code member_descriptor} ({@code PyMemberDescr_Type}): an object pointer at a fixed offset of
 * the instances, a name of a class's {@code __slots__} ({@code T_OBJECT_EX}). 64 bytes as
 * CPython's; {@code d_member} (+40) is here the offset itself. Reading an empty slot is
 * {@code AttributeError: 'S' object has no attribute 'a'}; deleting one is {@code AttributeError: a}.
 */
public final class MemberDescrType extends DescrType {

    MemberDescrType(ObjectSpace space) {
        super(space, "member_descriptor", 0, 48);
        defineReduce();
    }

    /** {@code PyDescr_NewMember}: slot {@code attribute} of {@code owner}'s instances at {@code offset}. New reference. */
    long create(PyType owner, String attribute, long offset) {
        return newDescr(owner, attribute, offset);
    }

    /**
     * {@code PyDescr_NewMember} for a member of a built-in type whose Java code reads it
     * ({@code slice.start}, {@code code.co_argcount}): the field is then {@code -1 - i} for entry
     * {@code i} of {@link #accessors}. {@code setter} null for a {@code READONLY} member.
     */
    public long createAccessor(PyType owner, String attribute, GetSetDescrType.Getter getter, GetSetDescrType.Setter setter) {
        accessors.add(new Accessor(getter, setter));
        return newDescr(owner, attribute, -accessors.size());
    }

    private record Accessor(GetSetDescrType.Getter getter, GetSetDescrType.Setter setter) {
    }

    private final java.util.List<Accessor> accessors = new java.util.ArrayList<>();

    /** The offset of the member in the instances; negative for an accessor's. */
    long offset(long d) {
        return tableIndex(d);
    }

    /**
     * The offset of the member {@code d} for instances of {@code type} ({@code LOAD_ATTR_SLOT}'s
     * analysis), or -1 when {@code d} is not a member descriptor or {@code type} does not derive
     * from its class (then the member's own check would refuse the instance).
     */
    long offsetFor(long d, PyType type) {
        if (space.typeOf(d) != this) {
            return -1;
        }
        PyType owner = owner(d);
        return owner != null && offset(d) >= 0 && type.isSubtypeOf(owner) ? offset(d) : -1;
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
        if (offset(d) < 0) {
            return accessors.get((int) (-1 - offset(d))).getter().get(obj);
        }
        long v = memory.getLong(obj + offset(d));
        if (v == 0) {
            throw new PyException("AttributeError", "'" + space.typeOf(obj).name + "' object has no attribute '"
                    + descrName(d) + "'");
        }
        return space.newRef(v);
    }

    @Override
    public void descrSet(long d, long obj, long value) {
        check(d, obj);
        if (offset(d) < 0) {
            GetSetDescrType.Setter setter = accessors.get((int) (-1 - offset(d))).setter();
            if (setter == null) {
                throw new PyException("AttributeError", "readonly attribute");
            }
            setter.set(obj, value);
            return;
        }
        long at = obj + offset(d);
        long old = memory.getLong(at);
        if (value == 0 && old == 0) { // PyMember_SetOne: deleting an unset slot names only the slot
            throw new PyException("AttributeError", descrName(d));
        }
        if (value != 0) {
            space.incref(value);
        }
        memory.putLong(at, value);
        space.xdecref(old);
    }

    @Override
    public String repr(long d) {
        return describe(d, "member");
    }
}
