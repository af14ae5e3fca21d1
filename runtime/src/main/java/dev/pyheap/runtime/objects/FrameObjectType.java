package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.runtime.PyException;

/**
 * {@code frame}: {@code PyFrameObject} (Objects/frameobject.c), made only when asked for
 * (tracebacks, {@code sys._getframe}); GC-capable. Its size is CPython's: the object's fixed part
 * plus a copy of the interpreter frame ({@code _f_frame_data}: the nine words of
 * {@code _PyInterpreterFrame} before {@code localsplus}, then room for the code's locals and value
 * stack), so {@code sys.getsizeof} of a frame is CPython's.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 f_back (counted)  +24 f_frame  +32 f_trace (counted)  +40 f_lineno (int)
 *   +44 f_trace_lines (byte)  +45 f_trace_opcodes (byte)
 *   +48 _f_frame_data: +48 f_func  +56 f_globals (borrowed)  +64 f_builtins (borrowed)  +72 f_locals  +80 f_code (counted)
 *       +88 frame_obj  +96 previous  +104 prev_instr  +112 stacktop/is_entry/owner (unused here)  +120 localsplus...
 * </pre>
 * The evaluator's frame behind a live frame object is attached with {@link #setLive} and read
 * back with {@link #live} (the object layer does not know its class). When that frame ends, the frame
 * object takes its locals over ({@code take_ownership}: {@link #takeLocals}), after the nine
 * special words, and holds them until it dies (a traceback keeps a function's locals alive). The
 * word at +24 ({@code f_frame}, a pointer in CPython) holds two ints here: the size of the frame
 * data in words, then how many locals the object owns.
 * <p>
 * While its frame runs (or a generator's frame is suspended) the object is untracked, as in CPython,
 * and its {@code f_func}, {@code f_code} and {@code f_locals} words are borrowed from that frame
 * (CPython's frame object points into the interpreter frame, which owns them): an untracked object
 * holding counted references would hide them from the collector, so a generator's frame object kept
 * in a global would keep the module's cycle alive at exit. Taking the frame over makes the three
 * counted (the byte at +46 says so) and tracks the object.
 */
public final class FrameObjectType extends StructType {
    public static final int BACK = 16, TRACE = 32, LINENO = 40, FUNC = 48, GLOBALS = 56, BUILTINS = 64, LOCALS = 72,
            CODE = 80, DATA = 48, SPECIALS = 9;

    private final java.util.Map<Long, Object> live = new java.util.HashMap<>();

    /** The evaluator's running frame as {@code f_locals} needs it. */
    public interface LiveFrame {
        /** {@code PyFrame_FastToLocalsWithError} on the running frame: its locals dict, borrowed (the frame keeps it). */
        long fastToLocals();

        /** The line being run ({@code PyFrame_GetLineNumber}), or -1. */
        int line();

        /** {@code f_lasti}: the code unit being run, or -1 before the first. */
        int lastInstruction();

        /** {@code PyFrame_GetBack}: the frame object of the frame below, made if needed (borrowed), or 0. */
        long back();

        /** The generator, coroutine or async generator that owns the frame (borrowed), or 0 for a call's frame. */
        default long generator() {
            return 0;
        }
    }

    /** The evaluator's {@code frame_setlineno}: {@code frame.f_lineno = value} on a running frame (a trace function's jump). */
    public interface Jumper {
        void jump(Object liveFrame, long frameObject, long value);
    }

    private Jumper jumper;

    /** Installs the evaluator's {@code frame_setlineno}. */
    public void setJumper(Jumper jumper) {
        this.jumper = jumper;
    }

    private static final int CO_OPTIMIZED = 0x1, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80;

    FrameObjectType(ObjectSpace space) {
        super(space, "frame", null, HAVE_GC | IMMUTABLETYPE, DATA, 8, 0, "f_back", BACK, "f_trace", TRACE,
                "f_func", FUNC, "f_locals", LOCALS, "f_code", CODE);
        defineSizeof(); // frame_sizeof: the frame's slots and value stack count
        defineMethod("clear", (self, args) -> {
            Args.none("clear", args);
            clearFrame(self);
            return space.newNone();
        });
    }

    /**
     * {@code frame.clear()} ({@code frame_clear}): a suspended generator's frame finalizes its
     * generator (closes it); a frame still running, a call's or an executing generator's, is a
     * RuntimeError; a finished frame drops its trace function and the locals it took over (its
     * {@code f_locals} then has none), keeping its code, globals and {@code f_back}.
     */
    private void clearFrame(long f) {
        if (live(f) instanceof LiveFrame running) {
            long gen = running.generator();
            GeneratorType generators = gen == 0 ? null : (GeneratorType) space.typeOf(gen);
            if (generators == null || generators.state(gen) == GeneratorType.EXECUTING) {
                throw new PyException("RuntimeError", "cannot clear an executing frame");
            }
            if (generators.state(gen) < GeneratorType.COMPLETED) {
                space.decref(Abstract.callMethod(space, gen, "close", PyType.NO_ARGS));
            }
            return;
        }
        setField(f, TRACE, 0);
        releaseOwned(f);
    }

    /**
     * A frame object for a frame running {@code code} with room for {@code slots} locals and stack
     * entries; borrowed arguments. New reference. Untracked, as {@code _PyFrame_New_NoTrack} makes it:
     * the collector sees a frame object only once it has taken its frame over ({@link #takeLocals}).
     */
    public long create(long func, long code, long globals, long builtins, long locals, int slots, int lineno) {
        long size = SPECIALS + slots;
        long f = allocateStruct(DATA + 8 * size);
        memory.putLong(f + Layout.OB_SIZE, 0);
        // borrowed while the frame lives, as _PyInterpreterFrame's specials (takeLocals counts them)
        memory.putLong(f + FUNC, func);
        memory.putLong(f + CODE, code);
        // borrowed, as _PyInterpreterFrame's f_globals and f_builtins: the function (f_func) holds them,
        // and the collector does not see a frame refer to them
        memory.putLong(f + GLOBALS, globals);
        memory.putLong(f + BUILTINS, builtins);
        memory.putLong(f + LOCALS, locals);
        memory.putInt(f + LINENO, lineno);
        memory.putInt(f + SIZE, (int) size);
        memory.putByte(f + TRACE_LINES, (byte) 1);
        return f;
    }

    @Override
    public long instanceSize(long f) {
        return DATA + 8L * memory.getInt(f + SIZE);
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** The ints in the {@code f_frame} word: the frame data's size in words, the locals owned. */
    private static final int SIZE = 24, OWNED = 28, TRACE_LINES = 44, TRACE_OPCODES = 45, OWNS_SPECIALS = 46;

    /** Whether the object holds counted references to its {@code f_func}, {@code f_code} and {@code f_locals} (it took its frame over). */
    private boolean ownsSpecials(long f) {
        return memory.getByte(f + OWNS_SPECIALS) != 0;
    }

    /**
     * {@code take_ownership}: the frame ended while this object lives on. It takes over {@code locals}
     * (references the caller gives up), links {@code f_back} to {@code back} (the frame object of the
     * frame below, or 0) and is tracked from now on.
     */
    public void takeLocals(long f, long[] locals, long back) {
        if (back != 0 && field(f, BACK) == 0) {
            setField(f, BACK, back);
        }
        if (!ownsSpecials(f)) {
            for (int offset : new int[] {FUNC, CODE, LOCALS}) {
                if (field(f, offset) != 0) {
                    space.incref(field(f, offset));
                }
            }
            memory.putByte(f + OWNS_SPECIALS, (byte) 1);
        }
        int room = memory.getInt(f + SIZE) - SPECIALS;
        int n = Math.min(room, locals.length);
        for (int i = 0; i < n; i++) {
            memory.putLong(f + DATA + 8L * (SPECIALS + i), locals[i]);
        }
        for (int i = n; i < locals.length; i++) {
            space.xdecref(locals[i]);
        }
        memory.putInt(f + OWNED, n);
        if (!space.isTracked(f)) {
            space.track(f);
        }
    }

    @Override
    public void forEachReferent(long f, java.util.function.LongConsumer visitor) {
        // frame_traverse: the interpreter frame's references only once the object owns them
        for (int offset : ownsSpecials(f) ? new int[] {BACK, TRACE, LOCALS, FUNC, CODE} : new int[] {BACK, TRACE}) {
            long v = field(f, offset);
            if (v != 0) {
                visitor.accept(v);
            }
        }
        int n = memory.getInt(f + OWNED);
        for (int i = 0; i < n; i++) {
            long v = memory.getLong(f + DATA + 8L * (SPECIALS + i));
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    /** Drops the references the frame owns (locals, cells, stack entries), each slot zeroed before its decref. */
    private void releaseOwned(long f) {
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
    }

    @Override
    public void clear(long f) {
        releaseOwned(f);
        // the borrowed pointers go with f_func, which held what they point to
        memory.putLong(f + GLOBALS, 0);
        memory.putLong(f + BUILTINS, 0);
        if (!ownsSpecials(f)) {
            memory.putLong(f + FUNC, 0);
            memory.putLong(f + CODE, 0);
            memory.putLong(f + LOCALS, 0);
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
            case "f_back" -> {
                long back = live(f) instanceof LiveFrame running ? running.back() : field(f, BACK);
                yield space.newRef(back == 0 ? space.none : back);
            }
            case "f_trace" -> space.newRef(field(f, TRACE) == 0 ? space.none : field(f, TRACE));
            case "f_trace_lines" -> space.newBool(traceLines(f));
            case "f_trace_opcodes" -> space.newBool(traceOpcodes(f));
            case "f_lasti" -> space.newInt(live(f) instanceof LiveFrame running ? 2L * running.lastInstruction() : -1);
            case "f_code" -> space.newRef(field(f, CODE));
            case "f_globals" -> space.newRef(field(f, GLOBALS) != 0 ? field(f, GLOBALS) : space.none);
            case "f_builtins" -> space.newRef(field(f, BUILTINS) != 0 ? field(f, BUILTINS) : space.none);
            case "f_locals" -> space.newRef(locals(f));
            case "f_lineno" -> {
                int line = live(f) instanceof LiveFrame running ? running.line() : lineno(f);
                yield line < 0 ? space.newRef(space.none) : space.newInt(line);
            }
            default -> genericLookupAttr(f, attributeName);
        };
    }

    /** {@code f_trace_lines}: whether the frame's trace function gets 'line' events (true at first). */
    public boolean traceLines(long f) {
        return memory.getByte(f + TRACE_LINES) != 0;
    }

    /** {@code f_trace_opcodes}: whether the frame's trace function gets 'opcode' events. */
    public boolean traceOpcodes(long f) {
        return memory.getByte(f + TRACE_OPCODES) != 0;
    }

    /**
     * The writable attributes of frame_getsetlist: {@code f_trace} (None clears it),
     * {@code f_trace_lines} and {@code f_trace_opcodes} (bools only, as {@code PyBool_Check}
     * demands), and {@code f_lineno} (a jump, only from a trace function's 'line' event).
     */
    @Override
    public void setAttr(long f, long attributeName, long value) {
        String attribute = space.strType.value(attributeName);
        switch (attribute) {
            case "f_trace" -> setField(f, TRACE, value == space.none ? 0 : value);
            case "f_trace_lines", "f_trace_opcodes" -> {
                if (value == 0 || (value != space.trueObject && value != space.falseObject)) {
                    throw new PyException("TypeError", "attribute value type must be bool");
                }
                memory.putByte(f + (attribute.equals("f_trace_lines") ? TRACE_LINES : TRACE_OPCODES),
                        (byte) (value == space.trueObject ? 1 : 0));
            }
            case "f_lineno" -> {
                if (value == 0) {
                    throw new PyException("AttributeError", "cannot delete attribute");
                }
                Object running = live(f);
                if (running == null || jumper == null) {
                    throw new PyException("ValueError", "f_lineno can only be set by a trace function");
                }
                jumper.jump(running, f, value);
            }
            default -> genericSetAttr(f, attributeName, value);
        }
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
            if (ownsSpecials(f)) {
                if (field(f, LOCALS) != d) {
                    setField(f, LOCALS, d);
                }
            } else {
                memory.putLong(f + LOCALS, d); // borrowed: the running frame keeps it
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

    /**
     * {@code frame_memberlist} and {@code frame_getsetlist}: descriptors over {@link #lookupAttr}
     * and {@link #setAttr}, writable where those take a value.
     */
    @Override
    protected void fillDict() {
        for (String n : new String[] {"f_trace_lines", "f_trace_opcodes"}) {
            putInDict(n, space.memberDescrType.createAccessor(this, n, o -> attribute(o, n), (o, v) -> storeAttribute(o, n, v)));
        }
        for (String n : new String[] {"f_back", "f_locals", "f_lineno", "f_trace", "f_lasti", "f_globals", "f_builtins",
                "f_code"}) {
            boolean writable = n.equals("f_lineno") || n.equals("f_trace");
            putInDict(n, space.getSetDescrType.create(this, n, o -> attribute(o, n), writable ? (o, v) -> storeAttribute(o, n, v) : null));
        }
    }

    private long attribute(long f, String n) {
        long name = space.strType.literalName(n);
        try {
            return lookupAttr(f, name);
        } finally {
            space.decref(name);
        }
    }

    private void storeAttribute(long f, String n, long value) {
        long name = space.strType.literalName(n);
        try {
            setAttr(f, name, value);
        } finally {
            space.decref(name);
        }
    }

    /** A frame sets {@code tp_setattro} ({@code f_trace} and {@code f_lineno} are writable). */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_SETATTRO));
    }
}
