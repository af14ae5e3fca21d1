package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}, Objects/descrobject.c): a read-only view of
 * a mapping. {@code C.__dict__} and {@code vars(C)} make a new one over the class's namespace each
 * time, as {@code type_dict} does, so the namespace itself is never handed out.
 * <pre>  -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 mapping (counted)        sys.getsizeof 40, tracked</pre>
 * Every operation is the mapping's: {@code len}, {@code []}, {@code in} ({@code PyDict_Contains} for a
 * dict, else the sequence protocol), iteration, comparisons, {@code str}, and the methods {@code get},
 * {@code keys}, {@code values}, {@code items}, {@code copy}, {@code __reversed__} call the mapping's
 * own. {@code |} unwraps proxies on either side and is the mappings' {@code |}. There is no item
 * assignment (the generic {@code 'mappingproxy' object does not support item assignment}), no
 * {@code |=}, no hash, no subclass, no {@code tp_clear} (a proxy alone cannot make a cycle).
 */
public final class MappingProxyType extends PyType {
    /** The slot structs CPython's static type declares: mappingproxy_as_number (|), mappingproxy_as_sequence (in), mappingproxy_as_mapping. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE | AS_MAPPING;
    }

    static final int MAPPING = 16;
    private static final int SIZE = 24;

    MappingProxyType(ObjectSpace space) {
        super(space, "mappingproxy", null, HAVE_GC | PyType.MAPPING, SIZE, 0);
        defineMethod("get", (self, args) -> {
            Args.range("get", args, 1, 2);
            return Abstract.callMethod(space, mapping(self), "get",
                    new long[] {args[0], args.length > 1 ? args[1] : space.none});
        });
        for (String name : new String[] {"keys", "values", "items", "copy", "__reversed__"}) {
            defineMethod(name, (self, args) -> {
                Args.none("mappingproxy." + name, args);
                return Abstract.callMethod(space, mapping(self), name, new long[0]);
            });
        }
    }

    @Override
    protected void fillDict() {
        putClassGetItem();
    }

    /** {@code PyDictProxy_New}: a tracked proxy holding a new reference to {@code mapping}. New reference. */
    public long create(long mapping) {
        if (space.typeOf(mapping).lookup("__getitem__") == 0 || space.listType.check(mapping)
                || space.tupleType.check(mapping)) {
            throw new PyException("TypeError", "mappingproxy() argument must be a mapping, not " + space.typeOf(mapping).name);
        }
        long p = space.newGcObject(this, SIZE, 0);
        memory.putLong(p + MAPPING, space.newRef(mapping));
        space.track(p);
        return p;
    }

    /** The mapping behind the proxy {@code p} (borrowed). */
    private long mapping(long p) {
        return memory.getLong(p + MAPPING);
    }

    /** {@code mappingproxy(mapping)}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        return create(Constructors.oneRequired(space, args, kwargs, "mappingproxy", "mapping"));
    }

    @Override
    public void dealloc(long p) {
        space.untrack(p);
        long mapping = mapping(p);
        space.typeOf(p).tpFree(p);
        space.decref(mapping);
    }

    @Override
    public void forEachReferent(long p, LongConsumer visitor) {
        visitor.accept(mapping(p));
    }

    @Override
    public String referentName(long p, int ordinal, LongFunction<String> text) {
        return ordinal == 0 ? "mapping" : super.referentName(p, ordinal, text);
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_OR, SlotWrappers.Slot.NB_INPLACE_OR));
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    public long hash(long p) {
        throw unhashable();
    }

    @Override
    public String repr(long p) {
        return "mappingproxy(" + Abstract.repr(space, mapping(p)) + ")";
    }

    @Override
    public String str(long p) {
        return space.strType.value(strObject(p));
    }

    @Override
    public long strObject(long p) {
        return Abstract.strObject(space, mapping(p));
    }

    @Override
    public long length(long p) {
        return Abstract.length(space, mapping(p));
    }

    /** No {@code nb_bool}: the mapping's length decides ({@code PyObject_IsTrue}). */
    @Override
    public boolean isTrue(long p) {
        return length(p) != 0;
    }

    @Override
    public long getItem(long p, long key) {
        return Abstract.getItem(space, mapping(p), key);
    }

    @Override
    public boolean contains(long p, long key) {
        long mapping = mapping(p);
        return space.dictType.checkExact(mapping) ? space.dictType.contains(mapping, key)
                : Abstract.contains(space, mapping, key);
    }

    @Override
    public long iter(long p) {
        return Abstract.getIter(space, mapping(p));
    }

    @Override
    public long richCompare(long p, long other, CompareOp op) {
        return Abstract.richCompare(space, mapping(p), other, op);
    }

    /** {@code mappingproxy_or}: either operand's mapping when it is a proxy, then {@code |} on them. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.OR) {
            return space.newNotImplemented();
        }
        return Abstract.binaryOp(space, unwrapped(v), unwrapped(w), BinaryOp.OR);
    }

    private long unwrapped(long o) {
        return space.typeOf(o) == this ? mapping(o) : o;
    }

    @Override
    public long inplaceOp(long v, long w, BinaryOp op) {
        if (op == BinaryOp.OR) {
            throw new PyException("TypeError", "'|=' is not supported by mappingproxy; use '|' instead");
        }
        return space.newNotImplemented();
    }
}
