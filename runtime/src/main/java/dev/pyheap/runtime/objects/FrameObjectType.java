package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;

/**
 * {@code frame}: {@code PyFrameObject} (Objects/frameobject.c), made only when asked for
 * (tracebacks, {@code sys._getframe}); GC-capable. Its size is CPython's: the object's fixed part
 * plus a copy of the interpreter frame ({@code _f_frame_data}: the nine words of
 * {@code _PyInterpreterFrame} before {@code localsplus}, then room for the code's locals and value
 * stack), so {@code sys.getsizeof} of a frame is CPython's.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 f_back (counted)  +24 f_frame  +32 f_trace (counted)  +40 f_lineno (int)  +44..46 flags
 *   +48 _f_frame_data: +48 f_func  +56 f_globals  +64 f_builtins  +72 f_locals  +80 f_code (counted)
 *       +88 frame_obj  +96 previous  +104 prev_instr  +112 stacktop/is_entry/owner (unused here)  +120 localsplus...
 * </pre>
 * The evaluator's frame behind a live frame object is attached with {@link #setLive} and read
 * back with {@link #live} (the object layer does not know its class). When that frame ends, the frame
 * object takes its locals over ({@code take_ownership}: {@link #takeLocals}), after the nine
 * special words, and holds them until it dies (a traceback keeps a function's locals alive); the
 * int at +44 then counts them.
 */
public final class FrameObjectType extends StructType {
    public static final int BACK = 16, TRACE = 32, LINENO = 40, FUNC = 48, GLOBALS = 56, BUILTINS = 64, LOCALS = 72,
            CODE = 80, DATA = 48, SPECIALS = 9;

    private final java.util.Map<Long, Object> live = new java.util.HashMap<>();

    /** The evaluator's running frame as {@code f_locals} needs it. */
    public interface LiveFrame {
        /** {@code PyFrame_FastToLocalsWithError} on the running frame: its locals dict, borrowed (the frame keeps it). */
        long fastToLocals();
    }

    private static final int CO_OPTIMIZED = 0x1, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80;

    FrameObjectType(ObjectSpace space) {
        super(space, "frame", null, HAVE_GC | IMMUTABLETYPE, DATA, 8, 0, "f_back", BACK, "f_trace", TRACE,
                "f_func", FUNC, "f_globals", GLOBALS, "f_builtins", BUILTINS, "f_locals", LOCALS, "f_code", CODE);
    }

    /** A tracked frame object for a frame running {@code code} with room for {@code slots} locals and stack entries; borrowed arguments. New reference. */
    public long create(long func, long code, long globals, long builtins, long locals, int slots, int lineno) {
        long size = SPECIALS + slots;
        long f = allocateStruct(DATA + 8 * size);
        memory.putLong(f + Layout.OB_SIZE, 0);
        setField(f, FUNC, func);
        setField(f, CODE, code);
        setField(f, GLOBALS, globals);
        setField(f, BUILTINS, builtins);
        setField(f, LOCALS, locals);
        memory.putInt(f + LINENO, lineno);
        memory.putLong(f + 24, size); // f_frame: here the size of the frame data, in words
        space.track(f);
        return f;
    }

    @Override
    public long instanceSize(long f) {
        return DATA + 8 * memory.getLong(f + 24);
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    private static final int OWNED = 44;

    /** The frame ended: this frame object takes over {@code locals} (references the caller gives up). */
    public void takeLocals(long f, long[] locals) {
        int room = (int) (memory.getLong(f + 24) - SPECIALS);
        int n = Math.min(room, locals.length);
        for (int i = 0; i < n; i++) {
            memory.putLong(f + DATA + 8L * (SPECIALS + i), locals[i]);
        }
        for (int i = n; i < locals.length; i++) {
            space.xdecref(locals[i]);
        }
        memory.putInt(f + OWNED, n);
    }

    @Override
    public void forEachReferent(long f, java.util.function.LongConsumer visitor) {
        super.forEachReferent(f, visitor);
        int n = memory.getInt(f + OWNED);
        for (int i = 0; i < n; i++) {
            long v = memory.getLong(f + DATA + 8L * (SPECIALS + i));
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    @Override
    public void clear(long f) {
        int n = memory.getInt(f + OWNED);
        memory.putInt(f + OWNED, 0);
        for (int i = 0; i < n; i++) {
            long at = f + DATA + 8L * (SPECIALS + i);
            long v = memory.getLong(at);
            if (v != 0) {
                memory.putLong(at, 0);
                space.decref(v);
            }
        }
        super.clear(f);
    }

    public int lineno(long f) {
        return memory.getInt(f + LINENO);
    }

    public void setLineno(long f, int lineno) {
        memory.putInt(f + LINENO, lineno);
    }

    /** The evaluator's frame this object stands for while it runs, or null. */
    public Object live(long f) {
        return live.get(f);
    }

    public void setLive(long f, Object frame) {
        if (frame == null) {
            live.remove(f);
        } else {
            live.put(f, frame);
        }
    }

    @Override
    public long lookupAttr(long f, long attributeName) {
        String attribute = space.strType.value(attributeName);
        return switch (attribute) {
            case "f_back" -> space.newRef(field(f, BACK) == 0 ? space.none : field(f, BACK));
            case "f_code" -> space.newRef(field(f, CODE));
            case "f_globals" -> space.newRef(field(f, GLOBALS));
            case "f_builtins" -> space.newRef(field(f, BUILTINS));
            case "f_locals" -> space.newRef(locals(f));
            case "f_lineno" -> space.newInt(lineno(f));
            default -> genericLookupAttr(f, attributeName);
        };
    }

    /**
     * {@code frame.f_locals}: the namespace of a module or class body; for a function a dict of its
     * fast locals (cells read through), made on first request, refreshed on each, and kept by the
     * frame object: from the running frame while it runs, from the locals it took over after.
     * Borrowed.
     */
    private long locals(long f) {
        if (live(f) instanceof LiveFrame running) {
            long d = running.fastToLocals();
            if (field(f, LOCALS) != d) {
                setField(f, LOCALS, d);
            }
            return d;
        }
        long code = field(f, CODE);
        if ((memory.getInt(code + CodeType.FLAGS) & CO_OPTIMIZED) == 0) {
            return field(f, LOCALS) != 0 ? field(f, LOCALS) : space.none;
        }
        if (field(f, LOCALS) == 0) {
            putField(f, LOCALS, space.dictType.create());
        }
        int owned = memory.getInt(f + OWNED);
        mergeFastLocals(field(f, LOCALS), code, i -> i < owned ? memory.getLong(f + DATA + 8L * (SPECIALS + i)) : 0);
        return field(f, LOCALS);
    }

    /**
     * The merge of {@code PyFrame_FastToLocalsWithError}: for each local, cell and free variable of
     * {@code code}, its value ({@code slot(i)}, a cell's content for a cell or free variable) is set
     * in {@code dict} under its name, or the name removed when it has none.
     */
    public void mergeFastLocals(long dict, long code, java.util.function.IntToLongFunction slot) {
        long names = space.codeType.field(code, CodeType.LOCALSPLUSNAMES);
        byte[] kinds = space.bytesType.value(space.codeType.field(code, CodeType.LOCALSPLUSKINDS));
        boolean optimized = (memory.getInt(code + CodeType.FLAGS) & CO_OPTIMIZED) != 0;
        for (int i = 0; i < kinds.length; i++) {
            if ((kinds[i] & CO_FAST_FREE) != 0 && !optimized) {
                continue;
            }
            long v = slot.applyAsLong(i);
            if (v != 0 && (kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) != 0 && space.cellType.check(v)) {
                v = space.cellType.get(v);
            }
            long key = space.tupleType.item(names, i);
            if (v != 0) {
                space.dictType.setItem(dict, key, v);
            } else {
                space.dictType.delItem(dict, key);
            }
        }
    }

    @Override
    public void dealloc(long f) {
        live.remove(f);
        super.dealloc(f);
    }

    @Override
    public String repr(long f) {
        long code = field(f, CODE);
        return "<frame at " + Addresses.hex(f) + ", file '" + space.strType.value(space.codeType.field(code, CodeType.FILENAME))
                + "', line " + lineno(f) + ", code " + space.strType.value(space.codeType.field(code, CodeType.NAME)) + ">";
    }

    /** A frame sets {@code tp_setattro} ({@code f_trace} and {@code f_lineno} are writable). */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_SETATTRO));
    }
}
