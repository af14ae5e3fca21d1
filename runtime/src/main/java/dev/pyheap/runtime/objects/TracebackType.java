package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code traceback}: {@code PyTracebackObject} (Python/traceback.c), one entry of an exception's
 * traceback; GC-capable, {@code sys.getsizeof} 56.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 tb_next (counted)  +24 tb_frame (counted)  +32 tb_lasti (int)  +36 tb_lineno (int)
 * </pre>
 */
public final class TracebackType extends StructType {
    public static final int NEXT = 16, FRAME = 24, LASTI = 32, LINENO = 36;

    TracebackType(ObjectSpace space) {
        super(space, "traceback", null, HAVE_GC | IMMUTABLETYPE, 40, 0, 0, "tb_next", NEXT, "tb_frame", FRAME);
        // tb_dir: the four attributes, not object.__dir__'s whole listing
        defineMethod("__dir__", (self, args) -> {
            Args.none("traceback.__dir__", args);
            long list = space.listType.create();
            for (String n : new String[] {"tb_frame", "tb_next", "tb_lasti", "tb_lineno"}) {
                long s = space.strType.literalName(n);
                try {
                    space.listType.append(list, s);
                } finally {
                    space.decref(s);
                }
            }
            return list;
        });
    }

    /** {@code PyTraceBack_Here}: a tracked entry in front of {@code next} (0 or borrowed) for {@code frame} (borrowed). New reference. */
    public long create(long next, long frame, int lasti, int lineno) {
        long tb = allocateStruct(40);
        setField(tb, NEXT, next);
        setField(tb, FRAME, frame);
        memory.putInt(tb + LASTI, lasti);
        memory.putInt(tb + LINENO, lineno);
        space.track(tb);
        return tb;
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code tb_new}: {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}, an entry made by hand. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long[] v = Constructors.clinic(space, args, kwargs, "TracebackType", 4, "tb_next", "tb_frame", "tb_lasti", "tb_lineno");
        if (!space.frameObjectType.check(v[1])) {
            throw new PyException("TypeError", "TracebackType() argument 'tb_frame' must be frame, not "
                    + space.typeOf(v[1]).name);
        }
        int lasti = asInt(v[2]);
        int lineno = asInt(v[3]);
        if (v[0] != space.none && !check(v[0])) {
            throw new PyException("TypeError", "expected traceback object or None, got '" + space.typeOf(v[0]).name + "'");
        }
        return create(v[0] == space.none ? 0 : v[0], v[1], lasti, lineno);
    }

    /** {@code _PyLong_AsInt} through {@code __index__}. */
    private int asInt(long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            IntType ints = space.intType;
            if (!ints.fitsLong(i) || ints.longValue(i) != (int) ints.longValue(i)) {
                throw new PyException("OverflowError", "Python int too large to convert to C int");
            }
            return (int) ints.longValue(i);
        } finally {
            space.decref(i);
        }
    }

    public int lineno(long tb) {
        return memory.getInt(tb + LINENO);
    }

    public int lasti(long tb) {
        return memory.getInt(tb + LASTI);
    }

    @Override
    public long lookupAttr(long tb, long attributeName) {
        String attribute = space.strType.value(attributeName);
        return switch (attribute) {
            case "tb_next" -> space.newRef(field(tb, NEXT) == 0 ? space.none : field(tb, NEXT));
            case "tb_frame" -> space.newRef(field(tb, FRAME));
            case "tb_lineno" -> space.newInt(lineno(tb));
            case "tb_lasti" -> space.newInt(lasti(tb));
            default -> genericLookupAttr(tb, attributeName);
        };
    }

    /** {@code tb_next} is writable (traceback.c's {@code tb_next_set}: unittest cuts its own frames off); the others are not. */
    @Override
    public void setAttr(long tb, long attributeName, long value) {
        switch (space.strType.value(attributeName)) {
            case "tb_next" -> {
                if (value == 0) {
                    throw new PyException("TypeError", "can't delete tb_next attribute");
                }
                long next = value == space.none ? 0 : value;
                if (next != 0 && !check(next)) {
                    throw new PyException("TypeError", "expected traceback object, got '" + space.typeOf(next).name + "'");
                }
                for (long cursor = next; cursor != 0; cursor = field(cursor, NEXT)) {
                    if (cursor == tb) {
                        throw new PyException("ValueError", "traceback loop detected");
                    }
                }
                setField(tb, NEXT, next);
            }
            case "tb_frame" -> throw new PyException("AttributeError", "readonly attribute");
            case "tb_lineno", "tb_lasti" -> throw new PyException("AttributeError",
                    "attribute '" + space.strType.value(attributeName) + "' of 'traceback' objects is not writable");
            default -> genericSetAttr(tb, attributeName, value);
        }
    }

    /** {@code tb_next} is a getset: the traceback has no {@code tp_setattro} of its own. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(), SlotWrappers.Slot.TP_SETATTRO);
    }

    /** {@code tb_memberlist} and {@code tb_getsetters}. */
    @Override
    protected void fillDict() {
        putMembers("tb_frame", "tb_lasti");
        putGetSets("tb_next", "tb_lineno");
    }
}
