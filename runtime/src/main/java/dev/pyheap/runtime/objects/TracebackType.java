package dev.pyheap.runtime.objects;

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
}
