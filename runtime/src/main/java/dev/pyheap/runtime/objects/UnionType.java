package dev.pyheap.runtime.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType} (Objects/unionobject.c, {@code unionobject}): what {@code int | str} and
 * {@code list[int] | None} make (PEP 604). 48 bytes as CPython's {@code sys.getsizeof}:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 args  +24 parameters (made when first asked)
 * </pre>
 * {@link #makeUnion}: the operands' members are flattened (a union operand gives its own) with
 * None as NoneType, then each kept once (by identity; generic aliases by {@code ==}); a single
 * member is the result itself. Equality and hash are the members' as a set;
 * {@code isinstance(x, int | str)} and {@code issubclass} take its members as a tuple
 * (abstract.c, {@link ObjectSpace#unionArgs}). Not instantiable, not subclassable, no weakrefs.
 */
final class UnionType extends StructType {
    static final int ARGS = 16, PARAMETERS = 24;
    static final int SIZE = 32;

    UnionType(ObjectSpace space) {
        super(space, "types.UnionType", null, HAVE_GC, SIZE, 0, 0, "__args__", ARGS, "__parameters__", PARAMETERS);
    }

    /** {@code _PyUnion_Check}. */
    boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code _Py_union_args}: borrowed. */
    long args(long u) {
        return field(u, ARGS);
    }

    /** {@code is_unionable}: None, a class, a generic alias or a union. */
    private boolean isUnionable(long o) {
        return o == space.none || space.typeType.check(o) || space.genericAliasType.check(o) || check(o);
    }

    /** {@code _Py_union_type_or(self, other)}: the union of both, or NotImplemented when one cannot be in a union. New reference. */
    long typeOr(long self, long other) {
        if (!isUnionable(self) || !isUnionable(other)) {
            return space.newNotImplemented();
        }
        return makeUnion(new long[] {self, other});
    }

    /** {@code make_union}: {@code dedup_and_flatten_args}, then the single member or a new union. New reference. */
    private long makeUnion(long[] operands) {
        List<Long> flat = new ArrayList<>();
        for (long a : operands) {
            if (check(a)) {
                for (long m : GenericAliases.items(space, args(a))) {
                    flat.add(m);
                }
            } else {
                flat.add(a == space.none ? space.noneType.typeObject() : a);
            }
        }
        GenericAliasType ga = space.genericAliasType;
        List<Long> members = new ArrayList<>();
        for (long m : flat) {
            boolean duplicate = false;
            for (long seen : members) {
                // generic aliases are compared (list[int] twice is once), anything else by identity
                duplicate = ga.check(m) && ga.check(seen) ? Abstract.equal(space, m, seen) : m == seen;
                if (duplicate) {
                    break;
                }
            }
            if (!duplicate) {
                members.add(m);
            }
        }
        if (members.size() == 1) {
            return space.newRef(members.get(0));
        }
        long args = space.tupleType.create(members.stream().mapToLong(Long::longValue).toArray());
        long u = allocateStruct(SIZE);
        putField(u, ARGS, args);
        space.track(u);
        return u;
    }

    /** {@code union_parameters}: {@code __parameters__}, gathered the first time it is asked for. Borrowed. */
    private long parameters(long u) {
        if (field(u, PARAMETERS) == 0) {
            long p = GenericAliases.makeParameters(space, field(u, ARGS));
            if (field(u, PARAMETERS) == 0) {
                putField(u, PARAMETERS, p);
            } else {
                space.decref(p);
            }
        }
        return field(u, PARAMETERS);
    }

    /** {@code union_getattro}: {@code __module__} is the type's (typing reads it); the rest generic. */
    @Override
    public long lookupAttr(long u, long name) {
        StrType str = space.strType;
        if (str.check(name)) {
            if (str.contentEquals(name, "__module__")) {
                return Abstract.lookupAttr(space, typeObject(), name);
            }
            if (str.contentEquals(name, "__args__")) {
                return space.newRef(field(u, ARGS));
            }
            if (str.contentEquals(name, "__parameters__")) {
                return space.newRef(parameters(u));
            }
        }
        return genericLookupAttr(u, name);
    }

    /**
     * {@code union_getitem}: the members substituted ({@link GenericAliases#substitute}), then
     * joined again with {@code |}, so a member may become a typing form ({@code Union[int, T][str]}).
     */
    @Override
    public long getItem(long u, long item) {
        long newargs = GenericAliases.substitute(space, u, field(u, ARGS), parameters(u), item);
        try {
            long[] members = GenericAliases.items(space, newargs);
            if (members.length == 0) {
                return makeUnion(members);
            }
            long res = space.newRef(members[0]);
            for (int i = 1; i < members.length; i++) {
                long next;
                try {
                    next = Abstract.binaryOp(space, res, members[i], BinaryOp.OR);
                } finally {
                    space.decref(res);
                }
                res = next;
            }
            return res;
        } finally {
            space.decref(newargs);
        }
    }

    /** {@code union_repr}: the members joined by {@code " | "}, NoneType as {@code None}. */
    @Override
    public String repr(long u) {
        StringBuilder out = new StringBuilder();
        long[] members = GenericAliases.items(space, field(u, ARGS));
        for (int i = 0; i < members.length; i++) {
            if (i > 0) {
                out.append(" | ");
            }
            if (members[i] == space.noneType.typeObject()) {
                out.append("None");
            } else {
                GenericAliases.reprItem(space, out, members[i]);
            }
        }
        return out.toString();
    }

    /** {@code union_hash}: the hash of the members' frozenset. */
    @Override
    public long hash(long u) {
        long set = Abstract.call(space, space.frozenSetType.typeObject(), new long[] {field(u, ARGS)});
        try {
            return Abstract.hash(space, set);
        } finally {
            space.decref(set);
        }
    }

    /** {@code union_richcompare}: == and != between unions, as sets of their members. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return space.newNotImplemented();
        }
        long setA = Abstract.call(space, space.setType.typeObject(), new long[] {field(a, ARGS)});
        try {
            long setB = Abstract.call(space, space.setType.typeObject(), new long[] {field(b, ARGS)});
            try {
                return Abstract.richCompare(space, setA, setB, op);
            } finally {
                space.decref(setB);
            }
        } finally {
            space.decref(setA);
        }
    }

    /** {@code nb_or}: {@code (int | str) | None}. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        return op == BinaryOp.OR ? typeOr(v, w) : space.newNotImplemented();
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_OR));
    }

    /** {@code union_members} ({@code __args__}) and {@code union_properties} ({@code __parameters__}). */
    @Override
    protected void fillDict() {
        putMembers("__args__");
        putGetSets("__parameters__");
    }
}
