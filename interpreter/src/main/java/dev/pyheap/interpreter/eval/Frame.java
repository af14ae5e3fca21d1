package dev.pyheap.interpreter.eval;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.objects.FrameObjectType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.SuspendedFrame;

import java.util.function.LongConsumer;

/**
 * CPython 3.11's {@code _PyInterpreterFrame} (Include/internal/pycore_frame.h), laid out in heap
 * memory (on the thread's {@link DataStack}, or inside its generator), with this Java object as the
 * loop's handle on it.
 * <pre>
 *   base ─► +0 f_func (counted)  +8 f_globals  +16 f_builtins (borrowed from the function)
 *           +24 f_locals (counted, module and class bodies)  +32 f_code (counted)  +40 frame_obj (counted)
 *           +48 previous  +56 prev_instr  +64 stacktop (int)  +68 is_entry  +69 owner
 *           (a thread's frame keeps its specials in this handle's fields; frame_obj is {@link #frameObj} for
 *           every frame)
 *           +72 localsplus[0 .. nlocalsplus)   the fast locals, cells and free variables
 *               then the value stack (co_stacksize entries)
 * </pre>
 * Every slot of {@code localsplus} and of the stack below {@link #sp} holds a counted reference or
 * 0; the thread's frames are roots for the collectors (the interpreter's root source visits them),
 * and a generator's frame is the generator's to traverse ({@link SuspendedFrame}).
 */
final class Frame implements SuspendedFrame, FrameObjectType.LiveFrame {
    static final int FUNC = 0, GLOBALS = 8, BUILTINS = 16, LOCALS = 24, CODE = 32, FRAME_OBJ = 40, PREVIOUS = 48,
            PREV_INSTR = 56, STACKTOP = 64, IS_ENTRY = 68, OWNER = 69, LOCALSPLUS = 72;
    static final byte OWNED_BY_THREAD = 0, OWNED_BY_GENERATOR = 1;

    final ObjectSpace space;
    final Memory memory;
    // A thread's frames are reused once popped (EvalThread's pool), so what describes the frame is not final.
    CodeInfo code;
    /** The address of the frame in heap memory. */
    long base;
    /** {@code base + LOCALSPLUS}. */
    long lp;
    long func;
    long globals;
    long builtins;
    long locals;
    /** Stack depth: the next free slot is {@code localsplus[sp]}, from {@code code.nlocalsplus}. */
    int sp;
    /** The next code unit to run. */
    int next;
    /** The code unit that ran last ({@code prev_instr}): where an exception is raised and a traceback points. */
    int lasti = -1;
    /** Where a RERAISE that restored {@link #lasti} looks for its handler, or -1. */
    int unwindFrom = -1;
    Frame previous;
    boolean entry;
    /** The generator embedding this frame, or 0. */
    long gen;
    /** The keyword names of the next CALL ({@code KW_NAMES}), borrowed from the constants, or 0. */
    long kwnames;
    /**
     * For the frame of an {@code __init__} that a class call runs on the loop ({@code type_call} with
     * {@code slot_tp_init}, {@link Ceval}'s {@code callClass}): the new instance that {@code type_call}
     * holds (counted), else 0. On return it replaces the call's entries on the caller's stack.
     */
    long initSelf;
    /** With {@link #initSelf}: the argument tuple that {@code _PyObject_MakeTpCall} made (counted). */
    long initArgs;
    /** With {@link #initSelf}: the caller's stack entries of the call (NULL or self, the class, the arguments). */
    int initPops;
    /**
     * {@code frame_obj}: the frame object made for this frame (counted), or 0. Kept here rather than in the
     * header word, like {@link #lasti} and {@link #sp}: every call writes it and every return reads it, and
     * nothing outside this handle reads the word (a generator's frame has one handle for its whole life).
     */
    long frameObj;

    Frame(ObjectSpace space, CodeInfo code, long base, long func, long globals, long builtins, long locals,
            boolean funcGiven) {
        this.space = space;
        this.memory = space.memory;
        init(code, base, func, globals, builtins, locals, 0, funcGiven);
    }

    /**
     * Makes this (new or popped and cleared) handle the frame of {@code func} at {@code base}
     * ({@code _PyFrame_InitializeSpecials}): the specials written, the locals from {@code filled}
     * on empty (the caller stores the first {@code filled}).
     */
    void init(CodeInfo code, long base, long func, long globals, long builtins, long locals, int filled,
            boolean funcGiven) {
        this.code = code;
        this.base = base;
        this.lp = base + LOCALSPLUS;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.sp = code.nlocalsplus;
        this.next = 0;
        this.lasti = -1;
        this.unwindFrom = -1;
        this.previous = null;
        this.entry = false;
        this.gen = 0;
        this.kwnames = 0;
        this.initSelf = 0;
        this.initArgs = 0;
        this.initPops = 0;
        // A thread's frame keeps its specials in this handle's fields only (as prev_instr and stacktop):
        // nothing reads those header words back, so they are not stored, one call's worth of heap
        // writes saved; frame_obj is a field of every frame's handle. A generator's frame has its
        // header written by the generator (GeneratorType.create) and read by the constructor below.
        if (!funcGiven) {
            space.incref(func);
        }
        if (locals != 0) {
            space.incref(locals);
        }
        space.incref(code.code);
        this.frameObj = 0;
        for (int i = filled; i < code.nlocalsplus; i++) {
            memory.putLong(lp + 8L * i, 0);
        }
    }

    /** A generator's frame at {@code base} inside {@code gen}, whose fields hold the specials already. */
    Frame(ObjectSpace space, CodeInfo code, long base, long gen) {
        this.space = space;
        this.memory = space.memory;
        this.code = code;
        this.base = base;
        this.lp = base + LOCALSPLUS;
        this.func = memory.getLong(base + FUNC);
        this.globals = memory.getLong(base + GLOBALS);
        this.builtins = memory.getLong(base + BUILTINS);
        this.locals = 0;
        this.sp = code.nlocalsplus;
        this.gen = gen;
        memory.putByte(base + OWNER, OWNED_BY_GENERATOR);
    }

    @Override
    public long yieldFrom() {
        byte[] code = this.code.instructions;
        if (lasti < 0 || 2 * next + 1 >= code.length || (code[2 * next] & 0xFF) != dev.pyheap.interpreter.compiler.Opcode.RESUME
                || (code[2 * next + 1] & 0xFF) < 2 || sp <= this.code.nlocalsplus) {
            return 0;
        }
        return get(sp - 1);
    }

    @Override
    public void leaveYieldFrom() {
        space.decref(pop());
        int send = lasti - 1; // the loop's SEND comes right before its YIELD_VALUE
        next = send + 1 + (code.instructions[2 * send + 1] & 0xFF);
    }

    /** Bytes of the frame with its locals and stack ({@code _PyFrame_NumSlotsForCodeObject}). */
    static long bytesFor(CodeInfo code) {
        return LOCALSPLUS + 8L * (code.nlocalsplus + code.stacksize);
    }

    long get(int i) {
        return memory.getLong(lp + 8L * i);
    }

    void put(int i, long v) {
        memory.putLong(lp + 8L * i, v);
    }

    void push(long v) {
        memory.putLong(lp + 8L * sp++, v);
    }

    long pop() {
        return memory.getLong(lp + 8L * --sp);
    }

    long top() {
        return memory.getLong(lp + 8L * (sp - 1));
    }

    /** {@code PEEK(n)}: the n-th entry from the top (1 is the top). */
    long peek(int n) {
        return memory.getLong(lp + 8L * (sp - n));
    }

    void poke(int n, long v) {
        memory.putLong(lp + 8L * (sp - n), v);
    }

    /** The heap address of stack slot {@code i}. */
    long address(int i) {
        return lp + 8L * i;
    }

    long frameObject() {
        return frameObj;
    }

    void setFrameObject(long f) {
        frameObj = f;
    }

    /** {@code _PyFrame_GetFrameObject}: this frame's frame object, made on first request (borrowed: the frame keeps it). */
    long materializeFrameObject() {
        long fo = frameObject();
        if (fo == 0) {
            fo = space.frameObjectType.create(func, code.code, globals, builtins, locals,
                    code.nlocalsplus + code.stacksize, line());
            space.frameObjectType.setLive(fo, this);
            setFrameObject(fo);
        }
        return fo;
    }

    @Override
    public long newFrameObject() {
        long fo = materializeFrameObject();
        space.frameObjectType.setLineno(fo, line());
        return space.newRef(fo);
    }

    @Override
    public int lastInstruction() {
        return lasti;
    }

    @Override
    public long generator() {
        return gen;
    }

    @Override
    public long back() {
        return previous == null ? 0 : previous.materializeFrameObject();
    }

    /** The line being run ({@code PyFrame_GetLineNumber}). */
    @Override
    public int line() {
        return code.line(lasti < 0 ? 0 : lasti);
    }

    /**
     * {@code PyFrame_FastToLocalsWithError}: the namespace of a module or class body; for a function
     * a dict of its fast locals, made on first request and refreshed on each (borrowed: the frame keeps it).
     */
    @Override
    public long fastToLocals() {
        if (locals == 0) {
            locals = space.dictType.create();
            memory.putLong(base + LOCALS, locals);
        }
        if ((code.flags & dev.pyheap.interpreter.compiler.Code.CO_OPTIMIZED) != 0) {
            space.frameObjectType.mergeFastLocals(locals, code.code, this::get);
        }
        return locals;
    }

    @Override
    public long frameObjectReference() {
        return frameObj;
    }

    @Override
    public void forEachLocalReference(LongConsumer visitor) {
        if (initSelf != 0) {
            visitor.accept(initSelf);
            visitor.accept(initArgs);
        }
        for (int i = 0; i < sp; i++) {
            long v = get(i);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    @Override
    public void forEachReference(LongConsumer visitor) {
        long f = frameObj;
        if (gen == 0) {
            visitor.accept(func);
            visitor.accept(code.code);
            if (locals != 0) {
                visitor.accept(locals);
            }
        }
        if (f != 0) {
            visitor.accept(f);
        }
        if (initSelf != 0) {
            visitor.accept(initSelf);
            visitor.accept(initArgs);
        }
        for (int i = 0; i < sp; i++) {
            long v = get(i);
            if (v != 0) {
                visitor.accept(v);
            }
        }
    }

    /** {@code _PyFrame_Clear}: drops the locals, the stack and the frame object; for a thread's frame also its specials. */
    @Override
    public void clear() {
        int n = sp;
        sp = 0;
        long fo = frameObj;
        if (fo != 0 && space.refcount(fo) > 1) {
            // take_ownership: the frame object outlives the frame and keeps its locals; its f_back
            // becomes the caller's frame object (made now if needed). A generator's frame has no
            // caller once it has run (3.11 unlinks it before clearing), so its f_back stays None.
            long back = gen == 0 && previous != null ? previous.materializeFrameObject() : 0;
            long[] localsCopy = new long[code.nlocalsplus];
            for (int i = 0; i < localsCopy.length; i++) {
                localsCopy[i] = get(i);
                put(i, 0);
            }
            space.frameObjectType.takeLocals(fo, localsCopy, back);
        }
        if (fo == 0 && gen == 0) {
            // a thread's frame nobody can see any more (the thread's top is its caller, sp is 0, and it has no
            // frame object): its memory goes back to the data stack, so the slots need not be cleared one by one,
            // and no finalizer run by these releases can give it a frame object (frame_obj needs no second read)
            for (int i = 0; i < n; i++) {
                space.xdecref(get(i));
            }
        } else {
            for (int i = 0; i < n; i++) {
                long v = get(i);
                if (v != 0) {
                    put(i, 0);
                    space.decref(v);
                }
            }
            long f = frameObj;
            if (f != 0) {
                frameObj = 0;
                space.frameObjectType.setLineno(f, line());
                space.frameObjectType.setLive(f, null);
                space.decref(f);
            }
        }
        if (gen == 0) {
            long l = locals;
            locals = 0;
            space.xdecref(l);
            space.decref(code.code);
            space.decref(func);
        }
    }
}
