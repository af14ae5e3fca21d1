package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructType;

import java.util.List;

/**
 * {@code odict_keys}, {@code odict_values}, {@code odict_items} (Objects/odictobject.c): what an
 * OrderedDict's {@code keys()}, {@code values()} and {@code items()} return. Subtypes of
 * {@code dict_keys}, {@code dict_values}, {@code dict_items} with their layout (the dict at +16,
 * 40 bytes with the GC header), whose iteration and {@code __reversed__} follow the OrderedDict's
 * list ({@link OdictIterType}); length, containment, repr and the set operations are the base
 * view's.
 */
final class OdictViewType extends StructType {
    private static final int DICT = 16, SIZE = 24;
    private final PyType view;
    private final OdictIterType iters;
    private final int kind;

    OdictViewType(ObjectSpace space, String name, PyType view, OdictIterType iters, int kind) {
        super(space, name, view, HAVE_GC | IMMUTABLETYPE, SIZE, 0, 0, "dv_dict", DICT);
        this.view = view;
        this.iters = iters;
        this.kind = kind;
        defineMethod("__reversed__", (self, args) -> {
            Args.none(name + ".__reversed__", args);
            return iters.create(field(self, DICT), kind, true);
        });
    }

    /** {@code _PyDictView_New}: a view of {@code od} (borrowed). New reference. */
    long create(long od) {
        long v = allocateStruct(SIZE);
        setField(v, DICT, od);
        space.track(v);
        return v;
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_ITER); // odictiter over the dict view's other slots
    }

    @Override
    public long iter(long v) {
        return iters.create(field(v, DICT), kind, false);
    }

    @Override
    public long length(long v) {
        return view.length(v);
    }

    @Override
    public long lengthHint(long v) {
        return view.lengthHint(v);
    }

    @Override
    public boolean isTrue(long v) {
        return view.isTrue(v);
    }

    @Override
    public boolean contains(long v, long x) {
        return view.contains(v, x);
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        return view.richCompare(a, b, op);
    }

    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        return view.binaryOp(v, w, op);
    }

    @Override
    public long hash(long v) {
        throw unhashable();
    }

    @Override
    public String repr(long v) {
        return view.repr(v);
    }
}
