package dev.pyheap.interpreter.eval;

import dev.pyheap.api.Memory;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.gil.EvalBreaker;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.AttributeSite;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.DictType;
import dev.pyheap.runtime.objects.FunctionType;
import dev.pyheap.runtime.objects.GeneratorType;
import dev.pyheap.runtime.objects.IntType;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.ThreadContext;

import static dev.pyheap.interpreter.compiler.Opcode.*;

/**
 * The evaluation loop: Python/ceval.c's {@code _PyEval_EvalFrameDefault} for CPython 3.11's
 * bytecode, instruction for instruction, on frames in heap memory.
 *
 * <h2>Shape</h2>
 * <ol>
 * <li>{@link #run} enters with a frame (marked as the entry frame) and loops: {@link #loop}
 *     dispatches the hottest instructions itself and {@link #execute} the others, one at a time
 *     to a helper per opcode, so that both dispatch methods stay far below HotSpot's 8000-byte
 *     limit for compiled methods and the common instructions pay one switch, not two. The loop's
 *     cases are numbered by importance ({@code HOT}) and hold only each instruction's specialized
 *     fast path, so that what C2 inlines into the loop before its node budget runs out is the
 *     hottest code; misses and generic paths are methods of their own.
 * <li>A call of a Python function pushes the callee's frame and continues in the same loop
 *     (3.11's inlined calls): no Java recursion. Returning to a caller frame pushes the result on
 *     its stack; returning from the entry frame leaves the loop.
 * <li>An error is a {@link PyException}: the loop normalizes it, adds a traceback entry for the
 *     frame ({@code PyTraceBack_Here}), and searches the code's exception table for the
 *     instruction that raised; found, it pops the value stack to the handler's depth, pushes
 *     the offset when the handler asks for it, then the exception, and jumps; not found, it pops
 *     the frame and goes on unwinding in the caller, or rethrows past the entry frame.
 * <li>The eval breaker: at backward jumps (also a conditional one taken, a {@code while} loop's only
 *     back edge), at function entry ({@code RESUME}) and after a call that returned (a call that
 *     pushed a Python frame leaves it to that frame's {@code RESUME}) the loop reads the heap's
 *     {@link EvalBreaker} word, which another thread asking for the GIL, an interrupt or a parked
 *     Error sets; only when it is set, and after each instruction that allocated past the
 *     collection threshold, does the thread reach a check point (a scheduled collection, a GIL
 *     switch, the interrupt's KeyboardInterrupt).
 * </ol>
 * Every value stack entry is a counted reference; each helper pops its operands before it can
 * fail and releases them itself, so the stack always holds exactly what the frame owns.
 */
final class Ceval {
    private final Interpreter interp;
    /** {@link dev.pyheap.interpreter.compiler.Opcode#caches} by opcode, for the dispatch. */
    private static final byte[] CACHES = new byte[256];

    static {
        for (int op = 0; op < 256; op++) {
            CACHES[op] = (byte) caches(op);
        }
    }

    /*
     * The loop's own cases, numbered by importance: C2 parses a tableswitch's cases from the highest
     * key down and inlines callees as it goes until the compilation's node budget runs out, so the
     * switch is over these numbers (an opcode's number would hand the budget to the highest opcodes,
     * CALL and PRECALL first). 0: the others, through execute.
     */
    private static final int H_STORE_SUBSCR = 1, H_BINARY_SUBSCR = 2, H_FOR_ITER = 3, H_POP_JUMP_IF_NONE = 4,
            H_POP_JUMP_IF = 5, H_JUMP_BACKWARD = 6, H_PUSH_NULL = 7, H_LOAD_METHOD = 8, H_GENERATOR = 9, H_NOP = 10,
            H_CALL = 11, H_RETURN_VALUE = 12, H_PRECALL = 13, H_BINARY_OP = 14, H_COMPARE_OP = 15, H_STORE_ATTR = 16,
            H_LOAD_ATTR = 17, H_LOAD_GLOBAL = 18, H_RESUME = 19, H_POP_TOP = 20, H_STORE_FAST = 21, H_LOAD_CONST = 22,
            H_LOAD_FAST = 23;
    /** The case of a unit that is an {@code EXTENDED_ARG}: the loop decodes the prefixed instruction from the bytes. */
    private static final int H_EXTENDED_ARG = 24;
    /**
     * 3.11's superinstructions ({@code LOAD_FAST__LOAD_FAST}, {@code LOAD_FAST__LOAD_CONST},
     * {@code LOAD_CONST__LOAD_FAST}, {@code STORE_FAST__LOAD_FAST}): the case of the first unit of such a
     * pair, which runs the second instruction without a dispatch of its own unless a tracer was set when
     * the pair was dispatched (a traced thread sees each instruction, as 3.11's tracing runs the plain
     * opcodes). The second unit keeps its own case, for a jump to it. Between the two, as in 3.11, no
     * check point runs: a load allocates nothing, and what a store's release runs ends before the load.
     * An unbound local in the second is located at the first instruction once the code is quickened (3.11
     * fuses the pairs when it quickens the code, and the pair's error leaves {@code prev_instr} at its
     * first instruction), at its own before.
     */
    private static final int H_LOAD_FAST_LOAD_FAST = 25, H_LOAD_FAST_LOAD_CONST = 26, H_LOAD_CONST_LOAD_FAST = 27,
            H_STORE_FAST_LOAD_FAST = 28;
    /** The loop's case of each opcode. */
    private static final byte[] HOT = new byte[256];

    static {
        int[][] cases = {
            {STORE_SUBSCR, H_STORE_SUBSCR}, {BINARY_SUBSCR, H_BINARY_SUBSCR}, {FOR_ITER, H_FOR_ITER},
            {POP_JUMP_FORWARD_IF_NONE, H_POP_JUMP_IF_NONE}, {POP_JUMP_BACKWARD_IF_NONE, H_POP_JUMP_IF_NONE},
            {POP_JUMP_FORWARD_IF_NOT_NONE, H_POP_JUMP_IF_NONE}, {POP_JUMP_BACKWARD_IF_NOT_NONE, H_POP_JUMP_IF_NONE},
            {POP_JUMP_FORWARD_IF_FALSE, H_POP_JUMP_IF}, {POP_JUMP_BACKWARD_IF_FALSE, H_POP_JUMP_IF},
            {POP_JUMP_FORWARD_IF_TRUE, H_POP_JUMP_IF}, {POP_JUMP_BACKWARD_IF_TRUE, H_POP_JUMP_IF},
            {JUMP_BACKWARD, H_JUMP_BACKWARD}, {PUSH_NULL, H_PUSH_NULL}, {LOAD_METHOD, H_LOAD_METHOD},
            {RETURN_GENERATOR, H_GENERATOR}, {YIELD_VALUE, H_GENERATOR}, {NOP, H_NOP}, {CACHE, H_NOP},
            {CALL, H_CALL}, {RETURN_VALUE, H_RETURN_VALUE}, {PRECALL, H_PRECALL}, {BINARY_OP, H_BINARY_OP},
            {COMPARE_OP, H_COMPARE_OP}, {STORE_ATTR, H_STORE_ATTR}, {LOAD_ATTR, H_LOAD_ATTR},
            {LOAD_GLOBAL, H_LOAD_GLOBAL}, {RESUME, H_RESUME}, {POP_TOP, H_POP_TOP}, {STORE_FAST, H_STORE_FAST},
            {LOAD_CONST, H_LOAD_CONST}, {LOAD_FAST, H_LOAD_FAST},
        };
        for (int[] c : cases) {
            HOT[c[0]] = (byte) c[1];
        }
        HOT[EXTENDED_ARG] = H_EXTENDED_ARG;
    }

    /**
     * The code units decoded for the loop's dispatch ({@link CodeInfo#units}), one int each: the loop's
     * case, the count of inline cache units that follow, the opcode and the oparg, a byte each from the
     * lowest. One load per instruction gives the loop all it dispatches on; the code object's bytes are
     * read again only after an {@code EXTENDED_ARG} (its unit's case is {@link #H_EXTENDED_ARG}).
     */
    static int[] units(byte[] code) {
        int[] units = new int[code.length / 2];
        for (int i = 0; i < units.length; i++) {
            int op = code[2 * i] & 0xFF;
            int second = i + 1 < units.length ? code[2 * i + 2] & 0xFF : -1;
            int hot = op == LOAD_FAST && second == LOAD_FAST ? H_LOAD_FAST_LOAD_FAST
                    : op == LOAD_FAST && second == LOAD_CONST ? H_LOAD_FAST_LOAD_CONST
                    : op == LOAD_CONST && second == LOAD_FAST ? H_LOAD_CONST_LOAD_FAST
                    : op == STORE_FAST && second == LOAD_FAST ? H_STORE_FAST_LOAD_FAST
                    : HOT[op] & 0xFF;
            units[i] = hot | (CACHES[op] & 0xFF) << 8 | op << 16 | (code[2 * i + 1] & 0xFF) << 24;
        }
        return units;
    }

    private final ObjectSpace space;
    private final Memory memory;
    private final ObjectOps ops;
    /** The space's GC state, read after every instruction (one field load less than through the space). */
    private final GcState gcState;
    /**
     * The heap's eval breaker, the one word {@code RESUME} and the backward jumps read: the GIL's drop
     * requests, interrupts and parked Errors set it, and only then does a check point run.
     */
    private final EvalBreaker evalBreaker;
    private final MethodDefs methodDefs;
    /** {@code match} statements' instructions. */
    private final PatternMatching patterns;
    /** The type objects of int and float, which the specialized instructions compare {@code ob_type} with. */
    private final long intTypeObject, floatTypeObject;
    /** The type object of {@code type}: a call of an object of that exact type is a class call ({@code type_call}). */
    private final long typeTypeObject;
    /** The type object of {@code function}: a call of an object of that exact type pushes a frame. */
    private final long functionTypeObject;
    /** The type object of {@code method}: {@code PRECALL} unpacks a bound method of that exact type. */
    private final long methodTypeObject;
    /** The type object of {@code module}: {@code LOAD_ATTR_MODULE} and {@code LOAD_METHOD_MODULE} guard on it. */
    private final long moduleTypeObject;
    /** The type objects of {@code range_iterator} and {@code list_iterator}, which {@code FOR_ITER} compares {@code ob_type} with. */
    private final long rangeIterTypeObject, listIterTypeObject;
    /** The type objects of list, tuple, dict and str, for the specialized subscripts and comparisons. */
    private final long listTypeObject, tupleTypeObject, dictTypeObject, strTypeObject;

    Ceval(Interpreter interp) {
        this.interp = interp;
        this.space = interp.space;
        this.memory = space.memory;
        this.ops = interp.ops;
        this.gcState = space.gcState();
        this.evalBreaker = interp.state.gil().evalBreaker();
        this.methodDefs = new MethodDefs(space);
        this.patterns = new PatternMatching(interp);
        this.intTypeObject = space.intType.typeObject();
        this.floatTypeObject = space.floatType.typeObject();
        this.typeTypeObject = space.typeType.typeObject();
        this.functionTypeObject = space.functionType.typeObject();
        this.methodTypeObject = space.methodType.typeObject();
        this.moduleTypeObject = space.moduleType.typeObject();
        this.rangeIterTypeObject = space.rangeIterType.typeObject();
        this.listIterTypeObject = space.listIterType.typeObject();
        this.listTypeObject = space.listType.typeObject();
        this.tupleTypeObject = space.tupleType.typeObject();
        this.dictTypeObject = space.dictType.typeObject();
        this.strTypeObject = space.strType.typeObject();
    }

    /** Signals the end of the entry frame from a helper (the result is in {@link #result}). */
    private static final class Exit extends RuntimeException {
        Exit() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code entry} (pushed on {@code t}) until it returns or yields. With {@code error}, starts by
     * raising it at the frame's current instruction (a generator's {@code throw}). A new reference.
     */
    long run(EvalThread t, Frame entry, RuntimeException error) {
        entry.entry = true;
        Frame f = entry;
        if (error != null) {
            f.sp--; // the value pushed by resume
            space.decref(memory.getLong(f.lp + 8L * f.sp));
            if (t.useTracing) {
                error = interp.tracing.throwEntry(t, f, error);
            }
            f = unwind(t, f, error, true);
            if (f == null) {
                return 0; // unreachable: unwind rethrows past the entry frame
            }
        }
        for (;;) {
            try {
                return loop(t, f);
            } catch (PyException e) {
                f = unwind(t, t.top, e, false);
            } catch (StackOverflowError e) {
                f = unwind(t, t.top, new PyException("RecursionError", "maximum recursion depth exceeded"), false);
            } catch (dev.pyheap.api.MemoryError e) {
                // heap.limit refused an allocation (nothing was changed): PyErr_NoMemory, a MemoryError without arguments
                f = unwind(t, t.top, new PyException("MemoryError", ""), false);
            }
        }
    }

    private long loop(EvalThread t, Frame f) {
        int[] units = f.code.units;
        ThreadContext tc = space.tstate;
        // f.next in a local: the loop's own cases leave it there, so the next dispatch starts from it
        // (its unit, then the jump) rather than from a load of the frame's field; the field is stored at
        // every dispatch for the helpers and read back after each helper that may jump, change frames
        // or unwind, and around the tracing hook (a trace function's jump moves it)
        int next = f.next;
        for (;;) {
            if (t.useTracing) { // DO_TRACING: a hook is set (the one test tracing costs the loop)
                f.next = next;
                interp.tracing.beforeInstruction(t, f);
                next = f.next;
            }
            int i = next;
            int u = units[i];
            int arg = u >>> 24;
            if ((u & 0xFF) == H_EXTENDED_ARG) {
                byte[] code = f.code.instructions;
                int op;
                do {
                    i++;
                    op = code[2 * i] & 0xFF;
                    arg = arg << 8 | (code[2 * i + 1] & 0xFF);
                } while (op == EXTENDED_ARG);
                u = units[i];
            }
            f.lasti = i;
            next = i + 1 + (u >>> 8 & 0xFF);
            f.next = next;
            // set by the instructions that reach the eval breaker; its one call site is after the switch
            boolean check = false;
            // The hottest instructions' cases each hold their specialized fast path only (a few heap
            // accesses): C2 stops inlining into this method when its parse reaches 18,000 nodes, and an
            // FFM access parses as about twenty inlined JDK methods, so the budget buys roughly a hundred
            // accesses; the helpers' misses, generic paths and errors are separate methods (see HOT).
            // The cases down to STORE_SUBSCR never move f.next nor change frames; the others end by
            // reading f.next back.
            switch (u & 0xFF) {
                case H_LOAD_FAST_LOAD_FAST -> {
                    loadFast(f, arg);
                    if (!t.useTracing) {
                        loadFastSecond(f, units[next] >>> 24, next);
                        next++;
                    }
                }
                case H_LOAD_FAST_LOAD_CONST -> {
                    loadFast(f, arg);
                    if (!t.useTracing) {
                        loadConst(f, units[next] >>> 24);
                        next++;
                    }
                }
                case H_LOAD_CONST_LOAD_FAST -> {
                    loadConst(f, arg);
                    if (!t.useTracing) {
                        loadFastSecond(f, units[next] >>> 24, next);
                        next++;
                    }
                }
                case H_STORE_FAST_LOAD_FAST -> {
                    boolean traced = t.useTracing;
                    long old = f.get(arg);
                    f.put(arg, f.pop());
                    if (old != 0) {
                        space.decref(old);
                    }
                    if (!traced) {
                        loadFastSecond(f, units[next] >>> 24, next);
                        next++;
                    }
                }
                case H_LOAD_FAST -> loadFast(f, arg);
                case H_LOAD_CONST -> loadConst(f, arg);
                case H_STORE_FAST -> {
                    long old = f.get(arg);
                    f.put(arg, f.pop());
                    if (old != 0) {
                        space.decref(old);
                    }
                }
                case H_POP_TOP -> space.decref(f.pop());
                case H_RESUME -> {
                    f.code.warm();
                    check = true;
                }
                case H_LOAD_GLOBAL -> loadGlobal(f, arg);
                case H_LOAD_ATTR -> loadAttr(f, arg);
                case H_STORE_ATTR -> storeAttr(f, arg);
                case H_LOAD_METHOD -> loadMethod(f, arg);
                case H_PUSH_NULL -> f.push(0);
                case H_JUMP_BACKWARD -> {
                    next -= arg;
                    f.next = next;
                    f.code.warm();
                    check = true;
                }
                case H_BINARY_SUBSCR -> binarySubscr(f);
                case H_STORE_SUBSCR -> storeSubscr(f);
                case H_NOP -> {
                }
                case H_COMPARE_OP -> {
                    check = compareOp(f, arg, t.useTracing);
                    next = f.next;
                }
                case H_BINARY_OP -> {
                    binaryOp(f, arg);
                    next = f.next;
                }
                case H_PRECALL -> {
                    int at = next;
                    int call = units[at];
                    if (t.useTracing || (call >>> 16 & 0xFF) != CALL || call >>> 24 != arg) {
                        // a tracer sees the CALL as an instruction of its own; an EXTENDED_ARG before it keeps them apart
                        precall(f, arg);
                    } else {
                        // the CALL the compiler always puts after PRECALL, in the same dispatch: the callable
                        // and the entry below it are read once for both
                        f.lasti = at;
                        f.next = at + 1 + (call >>> 8 & 0xFF);
                        Frame callee = precallCall(t, f, arg);
                        if (callee != null) {
                            f = callee;
                            units = f.code.units;
                        } else {
                            check = true;
                        }
                    }
                    next = f.next;
                }
                case H_CALL -> {
                    Frame callee = call(t, f, arg);
                    if (callee != null) {
                        // the callee's RESUME is the check point (3.11 checks the eval breaker after a call only when it returned)
                        f = callee;
                        units = f.code.units;
                    } else {
                        check = true;
                    }
                    next = f.next;
                }
                case H_RETURN_VALUE -> {
                    Frame caller = returnValue(t, f);
                    if (caller == null) {
                        return result;
                    }
                    f = caller;
                    units = f.code.units;
                    next = f.next;
                }
                case H_POP_JUMP_IF -> {
                    check = popJumpIf(f, u >>> 16 & 0xFF, arg);
                    next = f.next;
                }
                case H_POP_JUMP_IF_NONE -> {
                    check = popJumpIfNone(f, u >>> 16 & 0xFF, arg);
                    next = f.next;
                }
                case H_FOR_ITER -> {
                    forIter(f, arg);
                    next = f.next;
                }
                case H_GENERATOR -> {
                    Frame caller = (u >>> 16 & 0xFF) == YIELD_VALUE ? yieldValue(t, f) : returnGenerator(t, f);
                    if (caller == null) {
                        return result;
                    }
                    f = caller;
                    units = f.code.units;
                    next = f.next;
                }
                default -> {
                    execute(t, f, u >>> 16 & 0xFF, arg);
                    next = f.next;
                }
            }
            if (check && evalBreaker.isSet() || gcState.collectionDue()) {
                checkpoint(tc);
            }
        }
    }

    /**
     * The check point: a due collection, the GIL handed over on request, a parked Error, an interrupt.
     * The eval breaker is cleared first, so a request made meanwhile leaves it set for the next one.
     */
    private void checkpoint(ThreadContext tc) {
        evalBreaker.clear();
        if (tc instanceof dev.pyheap.runtime.state.ThreadState ts) {
            ts.checkpoint();
        }
        if (space.hasParked()) { // parked inside embedder code, which keeps it until the outermost call returns
            evalBreaker.request();
        }
        if (interp.processEnd != null) { // os._exit in another thread: the main thread ends the program
            if (!interp.handlesSignals()) {
                evalBreaker.request();
                return;
            }
            throw interp.processEnd;
        }
        if (interp.interruptPending) { // the eval breaker's signal check (PyErr_CheckSignals)
            if (!interp.handlesSignals()) {
                evalBreaker.request(); // the main thread's, at its next check point
                return;
            }
            interp.interruptPending = false;
            throw new PyException("KeyboardInterrupt", "");
        }
    }

    /** {@code LOAD_FAST}. */
    private void loadFast(Frame f, int arg) {
        long v = f.get(arg);
        if (v == 0) {
            throw unboundLocal(f, arg);
        }
        space.incref(v);
        f.push(v);
    }

    /** The {@code LOAD_FAST} at unit {@code at}, the second of a superinstruction's pair (see {@link #H_LOAD_FAST_LOAD_FAST}). */
    private void loadFastSecond(Frame f, int arg, int at) {
        long v = f.get(arg);
        if (v == 0) {
            if (!f.code.quickened()) {
                f.lasti = at;
            }
            throw unboundLocal(f, arg);
        }
        space.incref(v);
        f.push(v);
    }

    /** {@code LOAD_CONST}. */
    private void loadConst(Frame f, int arg) {
        long v = f.code.consts[arg];
        space.incref(v);
        f.push(v);
    }

    /** The value returned by the entry frame (or yielded by it). */
    private long result;

    /** The UnboundLocalError of {@code LOAD_FAST} and {@code DELETE_FAST} on an empty local. */
    private PyException unboundLocal(Frame f, int arg) {
        return new PyException("UnboundLocalError", "cannot access local variable '" + f.code.localsplusNames[arg]
                + "' where it is not associated with a value");
    }

    // ------------------------------------------------------------------ dispatch of the other instructions

    private void execute(EvalThread t, Frame f, int op, int arg) {
        switch (op) {
            case COPY -> f.push(space.newRef(f.peek(arg)));
            case SWAP -> {
                long a = f.peek(1);
                f.poke(1, f.peek(arg));
                f.poke(arg, a);
            }
            case DELETE_FAST -> {
                long v = f.get(arg);
                if (v == 0) {
                    throw unboundLocal(f, arg);
                }
                f.put(arg, 0);
                space.decref(v);
            }
            case STORE_GLOBAL -> {
                long v = f.pop();
                try {
                    space.dictType.setItem(f.globals, f.code.names[arg], v);
                } finally {
                    space.decref(v);
                }
            }
            case DELETE_GLOBAL -> {
                if (!space.dictType.delItem(f.globals, f.code.names[arg])) {
                    throw nameError(f.code.nameText[arg]);
                }
            }
            case LOAD_NAME -> loadName(f, arg);
            case STORE_NAME -> storeName(f, arg);
            case DELETE_NAME -> deleteName(f, arg);
            case DELETE_ATTR -> {
                long o = f.pop();
                try {
                    Abstract.delAttr(space, o, f.code.names[arg]);
                } finally {
                    space.decref(o);
                }
            }
            case MAKE_CELL -> {
                long v = f.get(arg);
                f.put(arg, space.cellType.create(v));
                space.xdecref(v);
            }
            case LOAD_CLOSURE -> f.push(space.newRef(f.get(arg)));
            case LOAD_DEREF -> loadDeref(f, arg);
            case LOAD_CLASSDEREF -> {
                long name = space.strType.literalName(f.code.localsplusNames[arg]);
                long v;
                try {
                    v = localsGet(f.locals, name);
                } finally {
                    space.decref(name);
                }
                if (v != 0) {
                    f.push(v);
                } else {
                    loadDeref(f, arg);
                }
            }
            case STORE_DEREF -> {
                long v = f.pop();
                space.cellType.set(f.get(arg), v);
                space.decref(v);
            }
            case DELETE_DEREF -> {
                long cell = f.get(arg);
                if (space.cellType.get(cell) == 0) {
                    throw unboundDeref(f, arg);
                }
                space.cellType.set(cell, 0);
            }
            case COPY_FREE_VARS -> {
                long closure = space.functionType.field(f.func, FunctionType.CLOSURE);
                int offset = f.code.nlocalsplus - arg;
                for (int i = 0; i < arg; i++) {
                    f.put(offset + i, space.newRef(space.tupleType.item(closure, i)));
                }
            }
            case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT -> {
                long a = f.pop();
                try {
                    f.push(ops.unaryOp(a, op));
                } finally {
                    space.decref(a);
                }
            }
            case UNARY_NOT -> {
                long a = f.pop();
                try {
                    f.push(space.newBool(!Abstract.isTrue(space, a)));
                } finally {
                    space.decref(a);
                }
            }
            case IS_OP -> {
                long b = f.pop();
                long a = f.pop();
                f.push(space.newBool((a == b) ^ (arg == 1)));
                space.decref(a);
                space.decref(b);
            }
            case CONTAINS_OP -> {
                long container = f.pop();
                long item = f.pop();
                try {
                    f.push(space.newBool(Abstract.contains(space, container, item) ^ (arg == 1)));
                } finally {
                    space.decref(container);
                    space.decref(item);
                }
            }
            case DELETE_SUBSCR -> {
                long sub = f.pop();
                long container = f.pop();
                try {
                    Abstract.delItem(space, container, sub);
                } finally {
                    space.decref(sub);
                    space.decref(container);
                }
            }
            case BUILD_TUPLE -> f.push(buildTuple(f, arg));
            case BUILD_LIST -> {
                long[] items = popItems(f, arg);
                long l = space.listType.create(items);
                release(items);
                f.push(l);
            }
            case BUILD_SET -> {
                long[] items = popItems(f, arg);
                long s = space.setType.create();
                try {
                    for (long x : items) {
                        space.setType.add(s, x);
                    }
                } catch (RuntimeException e) {
                    space.decref(s);
                    throw e;
                } finally {
                    release(items);
                }
                f.push(s);
            }
            case BUILD_MAP -> {
                long[] items = popItems(f, 2 * arg);
                long d = space.dictType.create();
                try {
                    for (int i = 0; i < arg; i++) {
                        space.dictType.setItem(d, items[2 * i], items[2 * i + 1]);
                    }
                } catch (RuntimeException e) {
                    space.decref(d);
                    throw e;
                } finally {
                    release(items);
                }
                f.push(d);
            }
            case BUILD_CONST_KEY_MAP -> {
                long keys = f.pop();
                long[] values = popItems(f, arg);
                long d = space.dictType.create();
                try {
                    for (int i = 0; i < arg; i++) {
                        space.dictType.setItem(d, space.tupleType.item(keys, i), values[i]);
                    }
                } catch (RuntimeException e) {
                    space.decref(d);
                    throw e;
                } finally {
                    release(values);
                    space.decref(keys);
                }
                f.push(d);
            }
            case BUILD_STRING -> {
                long[] items = popItems(f, arg);
                StringBuilder sb = new StringBuilder();
                for (long x : items) {
                    sb.append(space.strType.value(x));
                }
                release(items);
                f.push(space.strType.runtime(sb.toString()));
            }
            case LIST_APPEND -> {
                long v = f.pop();
                space.listType.append(f.peek(arg), v);
                space.decref(v);
            }
            case SET_ADD -> {
                long v = f.pop();
                try {
                    space.setType.add(f.peek(arg), v);
                } finally {
                    space.decref(v);
                }
            }
            case MAP_ADD -> {
                long v = f.pop();
                long k = f.pop();
                try {
                    space.dictType.setItem(f.peek(arg), k, v);
                } finally {
                    space.decref(k);
                    space.decref(v);
                }
            }
            case LIST_EXTEND -> {
                long it = f.pop();
                try {
                    space.listType.extend(f.peek(arg), it);
                } catch (PyException e) {
                    if (e.pythonType().equals("TypeError") && !Abstract.iterableBySlots(space, it)) {
                        e.release();
                        throw new PyException("TypeError", "Value after * must be an iterable, not "
                                + space.typeOf(it).name);
                    }
                    throw e;
                } finally {
                    space.decref(it);
                }
            }
            case SET_UPDATE -> {
                long it = f.pop();
                try {
                    space.setType.update(f.peek(arg), it);
                } finally {
                    space.decref(it);
                }
            }
            case DICT_UPDATE, DICT_MERGE -> {
                long other = f.pop();
                try {
                    dictUpdate(f.peek(arg), other, op == DICT_MERGE, f, arg);
                } finally {
                    space.decref(other);
                }
            }
            case LIST_TO_TUPLE -> {
                long l = f.pop();
                int n = (int) space.listType.size(l);
                long[] items = new long[n];
                for (int i = 0; i < n; i++) {
                    items[i] = space.listType.item(l, i);
                }
                f.push(space.tupleType.create(items));
                space.decref(l);
            }
            case UNPACK_SEQUENCE -> {
                if (!unpackExact(f, arg)) {
                    unpack(f, arg, -1);
                }
            }
            case UNPACK_EX -> unpack(f, arg & 0xFF, arg >> 8);
            case JUMP_FORWARD -> f.next += arg;
            case JUMP_BACKWARD_NO_INTERRUPT -> f.next -= arg;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                boolean truth = Abstract.isTrue(space, f.top());
                if (truth == (op == JUMP_IF_TRUE_OR_POP)) {
                    f.next += arg;
                } else {
                    space.decref(f.pop());
                }
            }
            case GET_ITER -> {
                long o = f.pop();
                try {
                    f.push(Abstract.getIter(space, o));
                } finally {
                    space.decref(o);
                }
            }
            case GET_YIELD_FROM_ITER -> {
                long o = f.top();
                if (space.coroutineType.check(o)) {
                    if ((f.code.flags & (Code.CO_COROUTINE | Code.CO_ITERABLE_COROUTINE)) == 0) {
                        f.pop();
                        space.decref(o);
                        f.push(0);
                        throw new PyException("TypeError",
                                "cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                } else if (!space.generatorType.check(o)) {
                    f.pop();
                    try {
                        f.push(Abstract.getIter(space, o));
                    } finally {
                        space.decref(o);
                    }
                }
            }
            case SEND -> send(f, arg);
            case GET_AWAITABLE -> getAwaitable(f, arg);
            case GET_AITER -> getAiter(f);
            case GET_ANEXT -> getAnext(f);
            case END_ASYNC_FOR -> {
                long exc = f.pop();
                if (!space.exceptions.isInstance(exc, "StopAsyncIteration")) {
                    throw reraise(exc);
                }
                space.decref(exc);
                space.decref(f.pop());
            }
            case BEFORE_ASYNC_WITH -> beforeWith(f, true);
            case ASYNC_GEN_WRAP -> {
                long v = f.pop();
                f.push(space.asyncGenWrappedValueType.create(v));
                space.decref(v);
            }
            case KW_NAMES -> f.kwnames = f.code.consts[arg];
            case CALL_FUNCTION_EX -> callFunctionEx(t, f, arg);
            case MAKE_FUNCTION -> makeFunction(f, arg);
            case BUILD_SLICE -> {
                long step = arg == 3 ? f.pop() : 0;
                long stop = f.pop();
                long start = f.pop();
                try {
                    f.push(space.sliceType.create(start, stop, step));
                } finally {
                    space.decref(start);
                    space.decref(stop);
                    space.xdecref(step);
                }
            }
            case FORMAT_VALUE -> formatValue(f, arg);
            case RAISE_VARARGS -> raise(t, f, arg);
            case RERAISE -> {
                long exc = f.pop();
                if (arg != 0) {
                    // the handler is looked up from here; the frame's lasti is the original instruction's
                    f.unwindFrom = f.lasti;
                    f.lasti = (int) space.intType.longValue(f.peek(arg));
                }
                throw reraise(exc);
            }
            case PUSH_EXC_INFO -> {
                long value = f.pop();
                f.push(t.excValue != 0 ? t.excValue : space.newRef(space.none));
                f.push(value);
                t.excValue = space.newRef(value);
            }
            case POP_EXCEPT -> {
                long old = t.excValue;
                long v = f.pop();
                if (v == space.none) {
                    space.decref(v);
                    v = 0;
                }
                t.excValue = v;
                space.xdecref(old);
            }
            case CHECK_EXC_MATCH -> {
                long right = f.pop();
                try {
                    checkExceptionClasses(right);
                    f.push(space.newBool(exceptionMatches(f.top(), right)));
                } finally {
                    space.decref(right);
                }
            }
            case CHECK_EG_MATCH -> {
                long right = f.pop();
                long[] parts;
                try {
                    checkExceptStarClasses(right);
                    parts = space.exceptions.groups().exceptStarMatch(f.top(), right);
                } finally {
                    space.decref(right);
                }
                if (parts[0] == space.none) {
                    space.decref(parts[1]);
                    f.push(parts[0]);
                } else { // [exc] becomes [rest, match], and the match is the exception being handled
                    space.decref(f.pop());
                    f.push(parts[1]);
                    f.push(parts[0]);
                    long old = t.excValue;
                    t.excValue = space.newRef(parts[0]);
                    space.xdecref(old);
                }
            }
            case PREP_RERAISE_STAR -> {
                long excs = f.pop();
                long orig = f.pop();
                try {
                    f.push(space.exceptions.groups().prepReraiseStar(orig, excs));
                } finally {
                    space.decref(excs);
                    space.decref(orig);
                }
            }
            case LOAD_ASSERTION_ERROR -> f.push(space.newRef(interp.exceptionType("AssertionError").typeObject()));
            case BEFORE_WITH -> beforeWith(f, false);
            case WITH_EXCEPT_START -> withExceptStart(f);
            case IMPORT_NAME -> importName(f, arg);
            case IMPORT_FROM -> importFrom(f, arg);
            case IMPORT_STAR -> importStar(f);
            case LOAD_BUILD_CLASS -> {
                long bc = space.dictType.getItemString(f.builtins, "__build_class__");
                if (bc == 0) {
                    throw new PyException("NameError", "__build_class__ not found");
                }
                f.push(space.newRef(bc));
            }
            case SETUP_ANNOTATIONS -> {
                long k = space.strType.literalName("__annotations__");
                try {
                    long old = localsGet(f.locals, k);
                    if (old == 0) {
                        long d = space.dictType.create();
                        try {
                            Abstract.setItem(space, f.locals, k, d);
                        } finally {
                            space.decref(d);
                        }
                    } else {
                        space.decref(old);
                    }
                } finally {
                    space.decref(k);
                }
            }
            case PRINT_EXPR -> printExpr(f.pop());
            case GET_LEN -> f.push(space.newInt(Abstract.length(space, f.top())));
            case MATCH_MAPPING -> f.push(space.newBool(patterns.hasFlag(f.top(), PyType.MAPPING)));
            case MATCH_SEQUENCE -> f.push(space.newBool(patterns.hasFlag(f.top(), PyType.SEQUENCE)));
            case MATCH_KEYS -> f.push(patterns.matchKeys(f.peek(2), f.top()));
            case MATCH_CLASS -> {
                long names = f.pop();
                long type = f.pop();
                long attrs;
                try {
                    attrs = patterns.matchClass(f.top(), type, arg, names);
                } finally {
                    space.decref(names);
                    space.decref(type);
                }
                space.decref(f.pop());
                f.push(attrs != 0 ? attrs : space.newRef(space.none));
            }
            default -> throw new PyException("SystemError", "unknown opcode " + op + " (" + name(op) + ")");
        }
    }

    /**
     * {@code POP_JUMP_*_IF_FALSE}, {@code _IF_TRUE}. True when it jumped backward: a loop's back edge,
     * where 3.11 checks the eval breaker as at {@code JUMP_BACKWARD} (a {@code while cond:} loop has
     * no other), so another thread can take the GIL.
     */
    private boolean popJumpIf(Frame f, int op, int arg) {
        long v = f.pop();
        boolean truth;
        try {
            truth = Abstract.isTrue(space, v);
        } finally {
            space.decref(v);
        }
        boolean onTrue = op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE;
        if (truth != onTrue) {
            return false;
        }
        boolean forward = op == POP_JUMP_FORWARD_IF_FALSE || op == POP_JUMP_FORWARD_IF_TRUE;
        f.next += forward ? arg : -arg;
        return !forward;
    }

    /** {@code POP_JUMP_*_IF_NONE}, {@code _IF_NOT_NONE}; true when it jumped backward (as {@link #popJumpIf}). */
    private boolean popJumpIfNone(Frame f, int op, int arg) {
        long v = f.pop();
        boolean isNone = v == space.none;
        space.decref(v);
        boolean onNone = op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NONE;
        if (isNone != onNone) {
            return false;
        }
        boolean forward = op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_FORWARD_IF_NOT_NONE;
        f.next += forward ? arg : -arg;
        return !forward;
    }

    /** {@code FOR_ITER}. */
    private void forIter(Frame f, int arg) {
        long it = f.top();
        // over a range or a list: that iterator's own tp_iternext, called directly rather than through the type table
        long type = memory.getLong(it + Layout.OB_TYPE);
        long next = type == rangeIterTypeObject ? space.rangeIterType.iterNext(it)
                : type == listIterTypeObject ? space.listIterType.iterNext(it) : Abstract.iterNext(space, it);
        if (next != 0) {
            f.push(next);
        } else {
            f.pop();
            space.decref(it);
            f.next += arg;
        }
    }

    /** {@code PRINT_EXPR} (interactive statements): the value goes to {@code sys.displayhook}. */
    private void printExpr(long value) {
        try {
            long hook = interp.sysDict == 0 ? 0 : space.dictType.getItemString(interp.sysDict, "displayhook");
            if (hook == 0) {
                throw new PyException("RuntimeError", "lost sys.displayhook");
            }
            space.incref(hook); // the hook may replace itself
            try {
                space.decref(Abstract.call(space, hook, new long[] {value}));
            } finally {
                space.decref(hook);
            }
        } finally {
            space.decref(value);
        }
    }

    // ------------------------------------------------------------------ operators

    /**
     * The value of an exact, non-negative int of at most two digits, or -1: the index 3.11's
     * {@code _LIST_INT} / {@code _TUPLE_INT} specializations take (one digit there; a second digit
     * is past any list's end, so the caller's bounds check sends it to the slot all the same).
     */
    private long smallIndex(long sub) {
        if (memory.getLong(sub + Layout.OB_TYPE) != intTypeObject) {
            return -1;
        }
        long v = space.intType.mediumValue(sub);
        return v >= 0 ? v : -1;
    }

    /**
     * {@code BINARY_SUBSCR}, with 3.11's specializations inline: {@code BINARY_SUBSCR_LIST_INT} and
     * {@code _TUPLE_INT} (an exact list or tuple, an index in range: the item, no slot call),
     * {@code _DICT} (an exact dict: dict's own lookup, KeyError when absent); anything else through
     * the mapping and sequence slots. The specializations release the index before the container,
     * the generic instruction the container first, as 3.11 does.
     */
    private void binarySubscr(Frame f) {
        long sub = f.pop();
        long container = f.pop();
        long tc = memory.getLong(container + Layout.OB_TYPE);
        long v = 0;
        if (tc == listTypeObject || tc == tupleTypeObject) {
            long i = smallIndex(sub);
            boolean list = tc == listTypeObject;
            if (i >= 0 && i < (list ? space.listType.size(container) : space.tupleType.size(container))) {
                v = space.newRef(list ? space.listType.item(container, i) : space.tupleType.item(container, i));
            }
        } else if (tc == dictTypeObject) {
            try {
                v = space.dictType.getItem(container, sub);
            } catch (RuntimeException e) {
                space.decref(sub);
                space.decref(container);
                throw e;
            }
        }
        if (v != 0) {
            space.decref(sub);
            space.decref(container);
            f.push(v);
            return;
        }
        try {
            v = Abstract.getItem(space, container, sub);
        } finally {
            space.decref(container);
            space.decref(sub);
        }
        f.push(v);
    }

    /**
     * {@code STORE_SUBSCR}, with 3.11's {@code STORE_SUBSCR_LIST_INT} (an exact list, an index in
     * range: the item replaced, the old one released first, then the index and the list) and
     * {@code _DICT} (an exact dict: {@code PyDict_SetItem}) inline; anything else through the
     * slots, then the value, the container and the index released in that order, as there.
     */
    private void storeSubscr(Frame f) {
        long sub = f.pop();
        long container = f.pop();
        long v = f.pop();
        long tc = memory.getLong(container + Layout.OB_TYPE);
        long i = tc == listTypeObject ? smallIndex(sub) : -1;
        if (i >= 0 && i < space.listType.size(container) || tc == dictTypeObject) {
            try {
                if (i >= 0) {
                    space.listType.setSequenceItem(container, i, v);
                } else {
                    space.dictType.setItem(container, sub, v);
                }
            } finally {
                space.decref(sub);
                space.decref(container);
                space.decref(v);
            }
            return;
        }
        try {
            Abstract.setItem(space, container, sub, v);
        } finally {
            space.decref(v);
            space.decref(container);
            space.decref(sub);
        }
    }

    /**
     * {@code BINARY_OP}, with 3.11's specializations inline: two exact ints of at most two digits
     * ({@code BINARY_OP_ADD_INT}, {@code _SUBTRACT_INT}, {@code _MULTIPLY_INT}, and the other
     * operators on machine-sized values), two exact floats ({@code BINARY_OP_ADD_FLOAT} ...);
     * anything else, or a result that needs more digits, through the number protocol. As in
     * CPython the result is made before the operands are released. A {@code +} or {@code +=} stored
     * to a local may be {@code BINARY_OP_INPLACE_ADD_UNICODE}, which only the site's adaptive state
     * decides ({@link #appendSite}).
     */
    private void binaryOp(Frame f, int arg) {
        boolean[] sites = f.code.appendSites;
        if (sites != null && sites[f.lasti] && f.code.quickened()) {
            appendSite(f, arg);
            return;
        }
        binaryOpSpecialized(f, arg);
    }

    /** {@link #binaryOp} without the append sites' adaptive state: the int fast path, then {@link #binaryOpOther}. */
    private void binaryOpSpecialized(Frame f, int arg) {
        long b = f.peek(1);
        long a = f.peek(2);
        if (memory.getLong(a + Layout.OB_TYPE) == intTypeObject && memory.getLong(b + Layout.OB_TYPE) == intTypeObject) {
            long x = space.intType.mediumValue(a), y = space.intType.mediumValue(b);
            if (x != IntType.NOT_MEDIUM && y != IntType.NOT_MEDIUM) {
                long r = space.intType.longOp(x, y, BinaryOp.ofOparg(arg));
                if (r != 0) {
                    f.sp -= 2;
                    f.push(r);
                    space.decref(a);
                    space.decref(b);
                    return;
                }
            }
        }
        binaryOpOther(f, arg);
    }

    /*
     * The adaptive state of an append site (CodeInfo.appendSites) once its code is quickened, 3.11's
     * BINARY_OP_ADAPTIVE and its specializations with their counters (specialize.c,
     * pycore_code.h), in the site's InlineCache entry: index = the specialization (A_* below),
     * version = the counter, aux = the adaptive counter's backoff exponent. What the specialization
     * computes is the generic path's result everywhere but at a hit of BINARY_OP_INPLACE_ADD_UNICODE,
     * whose str may grow in place (its id() then stays the same); so the state is followed only
     * where that specialization can be chosen, and only for when it is.
     */
    private static final int A_ADAPTIVE = 0, A_INT = 1, A_FLOAT = 2, A_STR = 3, A_STR_INPLACE = 4;
    /** {@code miss_counter_start()}: misses of a specialized instruction before it is adaptive again. */
    private static final int MISS_COUNTER_START = 53;
    /** {@code adaptive_counter_start()}: an adaptive instruction after a deoptimization waits 2^5 - 1 runs. */
    private static final int ADAPTIVE_BACKOFF_START = 5;
    /** {@code MAX_BACKOFF_VALUE}: the longest wait after failed specializations is 2^12 - 1 runs. */
    private static final int MAX_BACKOFF = 12;

    /**
     * {@code BINARY_OP} at an append site of a quickened code: the adaptive instruction specializes
     * at once (its counter starts at 0 when the code is quickened) by the operands' types, then each
     * specialized run checks its guard; a miss runs the generic path and counts down from 53, after
     * which the site is adaptive again and waits 31 runs; a failed specialization waits 1, 3, 7 ...
     * runs (the run that failed counts as the first), as {@code DISPATCH_SAME_OPARG} re-runs the
     * adaptive instruction with its new counter.
     */
    private void appendSite(Frame f, int arg) {
        int at = f.lasti;
        InlineCache c = InlineCache.at(f.code, at);
        long b = f.peek(1);
        long a = f.peek(2);
        long ta = memory.getLong(a + Layout.OB_TYPE);
        long tb = memory.getLong(b + Layout.OB_TYPE);
        int target = f.code.instructions[2 * f.next + 1] & 0xFF; // the STORE_FAST's local
        int kind = c.index;
        if (kind == A_ADAPTIVE) {
            if (c.version == 0) {
                kind = ta != tb ? A_ADAPTIVE
                        : ta == strTypeObject ? (f.get(target) == a ? A_STR_INPLACE : A_STR)
                        : ta == intTypeObject ? A_INT
                        : ta == floatTypeObject ? A_FLOAT
                        : A_ADAPTIVE;
                if (kind != A_ADAPTIVE) {
                    c.index = kind;
                    c.version = MISS_COUNTER_START;
                } else {
                    int backoff = (int) Math.min(c.aux + 1, MAX_BACKOFF);
                    c.aux = backoff;
                    c.version = (1L << backoff) - 2; // 2^backoff - 1, less the failed run's own count
                }
            } else {
                c.version--;
            }
        } else {
            boolean hit = switch (kind) {
                case A_INT -> ta == intTypeObject && tb == intTypeObject;
                case A_FLOAT -> ta == floatTypeObject && tb == floatTypeObject;
                case A_STR -> ta == strTypeObject && tb == strTypeObject;
                default -> ta == strTypeObject && tb == strTypeObject && f.get(target) == a;
            };
            if (!hit && --c.version == 0) {
                c.index = A_ADAPTIVE;
                c.aux = ADAPTIVE_BACKOFF_START;
                c.version = (1L << ADAPTIVE_BACKOFF_START) - 1;
            }
            if (!hit) {
                kind = A_ADAPTIVE;
            }
        }
        if (kind == A_STR_INPLACE) {
            inplaceAddUnicode(f, a, b, target);
        } else {
            binaryOpSpecialized(f, arg);
        }
    }

    /**
     * {@code BINARY_OP_INPLACE_ADD_UNICODE}: {@code s += t} (or {@code s = s + t}) of exact strs whose
     * result goes to the local {@code target} that holds {@code s}. The stack's reference to {@code s}
     * is dropped first, so that the local's is its only one when nothing else holds it; then
     * {@code PyUnicode_Append} on the local ({@link dev.pyheap.runtime.objects.StrType#append}), which
     * grows the str in place when it can; the {@code STORE_FAST} is done by then and is skipped. On
     * an error the local is left empty, as {@code PyUnicode_Append} clears it.
     */
    private void inplaceAddUnicode(Frame f, long left, long right, int target) {
        f.sp -= 2;
        space.decref(left); // the local still holds it
        long result;
        try {
            result = space.strType.append(left, right);
        } catch (RuntimeException e) {
            f.put(target, 0);
            space.decref(right);
            throw e;
        }
        f.put(target, result);
        space.decref(right);
        f.next++; // past the STORE_FAST, which has no cache units
    }

    /** {@link #binaryOp} for anything but two medium ints with a machine-sized result: floats, the number protocol. */
    private void binaryOpOther(Frame f, int arg) {
        long b = f.pop();
        long a = f.pop();
        try {
            long r = 0;
            long ta = memory.getLong(a + Layout.OB_TYPE);
            long tb = memory.getLong(b + Layout.OB_TYPE);
            if (ta == floatTypeObject && tb == floatTypeObject) {
                r = floatOp(space.floatType.value(a), space.floatType.value(b), arg);
            } else if (ta == strTypeObject && tb == strTypeObject && (arg == ADD || arg == INPLACE_ADD)) {
                r = space.strType.concat(a, b); // BINARY_OP_ADD_UNICODE: PyUnicode_Concat without the slot search
            }
            f.push(r != 0 ? r : ops.binaryOp(a, b, arg));
        } finally {
            space.decref(a);
            space.decref(b);
        }
    }

    /** {@code BINARY_OP_ADD_FLOAT}, {@code _SUBTRACT_FLOAT}, {@code _MULTIPLY_FLOAT}: a new float, or 0 for the others. */
    private long floatOp(double x, double y, int arg) {
        return switch (arg >= BinaryOp.INPLACE ? arg - BinaryOp.INPLACE : arg) {
            case 0 -> space.floatType.create(x + y);
            case 10 -> space.floatType.create(x - y);
            case 5 -> space.floatType.create(x * y);
            default -> 0;
        };
    }

    /**
     * {@code COMPARE_OP}; for two exact ints of at most two digits, two exact floats, or two exact
     * strs compared with {@code ==} or {@code !=}, 3.11's {@code COMPARE_OP_INT_JUMP} /
     * {@code _FLOAT_JUMP} / {@code _STR_JUMP} when a conditional jump follows (the jump is taken
     * at once, without a bool on the stack), else the bool. True when that jump went backward (a
     * loop's back edge: a check point, as for {@link #popJumpIf}).
     */
    private boolean compareOp(Frame f, int arg, boolean traced) {
        long b = f.peek(1);
        long a = f.peek(2);
        if (memory.getLong(a + Layout.OB_TYPE) == intTypeObject && memory.getLong(b + Layout.OB_TYPE) == intTypeObject) {
            long x = space.intType.mediumValue(a), y = space.intType.mediumValue(b);
            if (x != IntType.NOT_MEDIUM && y != IntType.NOT_MEDIUM) {
                return compared(f, arg, Long.compare(x, y), traced);
            }
        }
        return compareOpOther(f, arg, traced);
    }

    /** {@link #compareOp} for anything but two medium ints: the float and str specializations, the generic comparison. */
    private boolean compareOpOther(Frame f, int arg, boolean traced) {
        long b = f.peek(1);
        long a = f.peek(2);
        long ta = memory.getLong(a + Layout.OB_TYPE);
        long tb = memory.getLong(b + Layout.OB_TYPE);
        if (ta == floatTypeObject && tb == floatTypeObject) {
            double x = space.floatType.value(a), y = space.floatType.value(b);
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                return compared(f, arg, x < y ? -1 : x > y ? 1 : 0, traced);
            }
        } else if (ta == strTypeObject && tb == strTypeObject && (arg == EQ || arg == NE)) {
            return compared(f, arg, space.strType.equal(a, b) ? 0 : 1, traced); // COMPARE_OP_STR_JUMP: == and != by content
        }
        f.sp -= 2;
        try {
            f.push(Abstract.richCompare(space, a, b, COMPARE_OPS[arg]));
        } finally {
            space.decref(a);
            space.decref(b);
        }
        return false;
    }

    /**
     * The end of a specialized {@code COMPARE_OP} whose operands (the stack's top two) compared as
     * {@code cmp} (the sign of a - b): both released, then the following conditional jump taken at
     * once, or the bool pushed. True when that jump went backward. A traced thread ({@code traced}) sees
     * the jump as an instruction of its own, as 3.11's tracing runs the plain {@code COMPARE_OP}.
     */
    private boolean compared(Frame f, int arg, int cmp, boolean traced) {
        long b = f.peek(1);
        long a = f.peek(2);
        f.sp -= 2;
        boolean holds = COMPARE_OPS[arg].holds(cmp);
        space.decref(a);
        space.decref(b);
        byte[] code = f.code.instructions;
        int jump = traced ? NOP : code[2 * f.next] & 0xFF;
        if (jump == POP_JUMP_FORWARD_IF_FALSE || jump == POP_JUMP_FORWARD_IF_TRUE
                || jump == POP_JUMP_BACKWARD_IF_FALSE || jump == POP_JUMP_BACKWARD_IF_TRUE) {
            int target = code[2 * f.next + 1] & 0xFF;
            f.lasti = f.next;
            f.next++;
            if (holds != (jump == POP_JUMP_FORWARD_IF_TRUE || jump == POP_JUMP_BACKWARD_IF_TRUE)) {
                return false;
            }
            boolean forward = jump == POP_JUMP_FORWARD_IF_FALSE || jump == POP_JUMP_FORWARD_IF_TRUE;
            f.next += forward ? target : -target;
            return !forward;
        }
        f.push(space.newBool(holds));
        return false;
    }

    /** {@code BINARY_OP}'s opargs of {@code +} and {@code +=} (NB_ADD, NB_INPLACE_ADD). */
    private static final int ADD = BinaryOp.ADD.ordinal(), INPLACE_ADD = BinaryOp.INPLACE + ADD;

    private static final CompareOp[] COMPARE_OPS = CompareOp.values();
    private static final int EQ = CompareOp.EQ.ordinal(), NE = CompareOp.NE.ordinal();

    // ------------------------------------------------------------------ names

    private PyException nameError(String name) {
        return withName(new PyException("NameError", "name '" + name + "' is not defined"), name);
    }

    /**
     * {@code format_exc_check_arg}'s extra step for a NameError (not an UnboundLocalError): the
     * exception made now, its {@code name} set, which the traceback's suggestion reads.
     */
    private PyException withName(PyException e, String name) {
        long exc = space.exceptions.normalize(e);
        BaseExceptionType type = space.exceptions.byName("NameError");
        long n = space.strType.literalName(name);
        type.setField(exc, type.offsetOf("name"), n);
        space.decref(n);
        return e;
    }

    /**
     * {@code LOAD_GLOBAL} with its inline cache ({@code LOAD_GLOBAL_MODULE} / {@code _BUILTIN}): the
     * value found last time, while neither the globals nor (when it came from there) the builtins
     * changed since ({@link InlineCache}).
     */
    private void loadGlobal(Frame f, int arg) {
        int at = f.lasti;
        InlineCache[] caches = f.code.caches;
        if (caches != null) {
            InlineCache c = caches[at];
            DictType dicts = space.dictType;
            long builtinsTag = c.aux;
            if (c.key == dicts.versionTag(f.globals) && (builtinsTag == 0 || builtinsTag == dicts.versionTag(f.builtins))) {
                long v = c.value;
                if ((arg & 1) != 0) {
                    f.push(0);
                }
                space.incref(v);
                f.push(v);
                return;
            }
        }
        loadGlobalMiss(f, arg, at);
    }

    /** {@link #loadGlobal} without a valid cache entry: the two lookups, then the entry filled. */
    private void loadGlobalMiss(Frame f, int arg, int at) {
        DictType dicts = space.dictType;
        long name = f.code.names[arg >> 1];
        boolean builtin = false;
        long v = dicts.get(f.globals, name);
        if (v == 0) {
            v = dicts.get(f.builtins, name);
            if (v == 0) {
                throw nameError(f.code.nameText[arg >> 1]);
            }
            builtin = true;
        }
        // the lookups ran no Python code (str keys compare by identity or text), so the tags are the ones v was found under
        InlineCache c = InlineCache.at(f.code, at);
        c.key = dicts.versionTag(f.globals);
        c.aux = builtin ? dicts.versionTag(f.builtins) : 0;
        c.value = v;
        if ((arg & 1) != 0) {
            f.push(0);
        }
        f.push(space.newRef(v));
    }

    private void loadName(Frame f, int arg) {
        long name = f.code.names[arg];
        long v = localsGet(f.locals, name);
        if (v != 0) {
            f.push(v);
            return;
        }
        v = space.dictType.get(f.globals, name);
        if (v == 0) {
            v = space.dictType.get(f.builtins, name);
        }
        if (v == 0) {
            throw nameError(f.code.nameText[arg]);
        }
        f.push(space.newRef(v));
    }

    /**
     * {@code name} in a namespace (a class body's may be any mapping its metaclass's {@code __prepare__}
     * made): a new reference, or 0 when absent (a KeyError from the mapping is absence).
     */
    private long localsGet(long locals, long name) {
        if (locals == 0) {
            return 0;
        }
        if (space.typeOf(locals) == space.dictType) {
            long v = space.dictType.get(locals, name);
            return v == 0 ? 0 : space.newRef(v);
        }
        try {
            return Abstract.getItem(space, locals, name);
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "KeyError")) {
                throw e;
            }
            e.release();
            return 0;
        }
    }

    private void storeName(Frame f, int arg) {
        long v = f.pop();
        try {
            if (f.locals == 0) {
                throw new PyException("SystemError", "no locals found when storing '" + f.code.nameText[arg] + "'");
            }
            if (space.typeOf(f.locals) == space.dictType) {
                space.dictType.setItem(f.locals, f.code.names[arg], v);
            } else {
                Abstract.setItem(space, f.locals, f.code.names[arg], v);
            }
        } finally {
            space.decref(v);
        }
    }

    private void deleteName(Frame f, int arg) {
        if (f.locals == 0) {
            throw new PyException("SystemError", "no locals when deleting '" + f.code.nameText[arg] + "'");
        }
        if (space.typeOf(f.locals) == space.dictType) {
            if (!space.dictType.delItem(f.locals, f.code.names[arg])) {
                throw nameError(f.code.nameText[arg]);
            }
            return;
        }
        try {
            Abstract.delItem(space, f.locals, f.code.names[arg]);
        } catch (PyException e) {
            e.release();
            throw nameError(f.code.nameText[arg]);
        }
    }

    private void loadDeref(Frame f, int arg) {
        long v = space.cellType.get(f.get(arg));
        if (v == 0) {
            throw unboundDeref(f, arg);
        }
        f.push(space.newRef(v));
    }

    private PyException unboundDeref(Frame f, int arg) {
        String name = f.code.localsplusNames[arg];
        if ((f.code.kinds[arg] & Code.CO_FAST_FREE) != 0) {
            return withName(new PyException("NameError", "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope"), name);
        }
        return new PyException("UnboundLocalError", "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    /** {@code LOAD_ATTR}: the attribute, or a method of the type's table bound to {@code o}. A new reference. */
    private long getAttr(long o, int arg, Frame f) {
        try {
            return Abstract.getAttr(space, o, f.code.names[arg]);
        } catch (PyException e) {
            if (!e.pythonType().equals("AttributeError") || space.typeOf(o).method(f.code.nameText[arg]) == null) {
                throw space.exceptions.attributeErrorContext(e, o, f.code.names[arg]);
            }
            e.release();
            return boundBuiltinMethod(o, f.code.nameText[arg]);
        }
    }

    /**
     * {@code LOAD_ATTR}; with its inline cache {@code LOAD_ATTR_INSTANCE_VALUE}: the value in the
     * instance's inline values, at the slot the analysis of its type found; {@code LOAD_ATTR_MODULE}:
     * the value found last time in the module's dict, while that dict is unchanged;
     * {@code LOAD_ATTR_SLOT}: the {@code __slots__} member at the cached offset of the instance,
     * while its class's version tag holds (an empty member deoptimizes: the generic path raises);
     * {@code LOAD_ATTR_CLASS} (3.12's): the class attribute found last time on the same class,
     * while its version tag holds ({@link #specializeClass}).
     */
    private void loadAttr(Frame f, int arg) {
        long o = f.top();
        int at = f.lasti;
        InlineCache[] caches = f.code.caches;
        InlineCache c;
        // LOAD_ATTR_INSTANCE_VALUE here; the other entries and the misses in loadAttrOther
        if (caches != null && (c = caches[at]).key == memory.getLong(o + Layout.OB_TYPE) && c.index >= 0) {
            PyType type = c.type;
            if (c.version == type.versionTag()) {
                long v = type.instanceValue(o, c.index);
                if (v != 0) {
                    space.incref(v);
                    f.poke(1, v);
                    space.decref(o);
                    return;
                }
            }
        }
        loadAttrOther(f, arg, at);
    }

    /** {@link #loadAttr} but for a hit of its instance-value entry: the module, slot and class entries, the generic lookup. */
    private void loadAttrOther(Frame f, int arg, int at) {
        long o = f.pop();
        try {
            InlineCache[] caches = f.code.caches;
            InlineCache c;
            if (caches != null && (c = caches[at]).key == memory.getLong(o + Layout.OB_TYPE)) {
                PyType type = c.type;
                if (type == null) {
                    if (c.version == moduleDictTag(o)) {
                        f.push(space.newRef(c.value));
                        return;
                    }
                } else if (c.version == type.versionTag()) {
                    int index = c.index;
                    long v = index >= 0 ? type.instanceValue(o, index)
                            : index == SLOT ? memory.getLong(o + c.aux)
                            : c.aux == o ? c.value : 0;
                    if (v != 0) {
                        f.push(space.newRef(v));
                        return;
                    }
                }
            }
            f.push(getAttr(o, arg, f));
            specialize(f, at, o, arg, LOAD_ATTR);
        } finally {
            space.decref(o);
        }
    }

    /**
     * {@code STORE_ATTR}; with its inline cache {@code STORE_ATTR_INSTANCE_VALUE}, and
     * {@code STORE_ATTR_SLOT}: the value moves into the {@code __slots__} member at the cached
     * offset, then the old value and the instance are released, in that order, as the member's
     * generic store does.
     */
    private void storeAttr(Frame f, int arg) {
        long o = f.peek(1);
        int at = f.lasti;
        InlineCache[] caches = f.code.caches;
        InlineCache c;
        if (caches != null && (c = caches[at]).key == memory.getLong(o + Layout.OB_TYPE)) {
            PyType type = c.type;
            int index = c.index;
            if (index >= 0 && c.version == type.versionTag()) {
                long v = f.peek(2);
                f.sp -= 2; // popped before the store, which may release an old value (and run its finalizer)
                if (type.storeInstanceValue(o, index, v)) {
                    space.decref(o);
                    return;
                }
                f.sp += 2; // no instance values to store into: nothing was done
            }
        }
        storeAttrOther(f, arg, at);
    }

    /** {@link #storeAttr} but for a hit of its instance-value entry: the slot entry, the generic store. */
    private void storeAttrOther(Frame f, int arg, int at) {
        long o = f.pop();
        long v = f.pop();
        InlineCache[] caches = f.code.caches;
        InlineCache c;
        if (caches != null && (c = caches[at]).key == memory.getLong(o + Layout.OB_TYPE) && c.version == c.type.versionTag()) {
            int index = c.index;
            if (index == SLOT) {
                long slot = o + c.aux;
                long old = memory.getLong(slot);
                memory.putLong(slot, v);
                space.xdecref(old);
                space.decref(o);
                return;
            }
            if (c.type.storeInstanceValue(o, index, v)) {
                space.decref(o);
                return;
            }
        }
        try {
            Abstract.setAttr(space, o, f.code.names[arg], v);
            specialize(f, at, o, arg, STORE_ATTR);
        } finally {
            space.decref(o);
            space.decref(v);
        }
    }

    /** Misses before a failed or undone specialization is tried again (3.11's adaptive backoff start). */
    private static final int BACKOFF = 53;

    /**
     * Fills the inline cache of the attribute instruction at {@code at} for {@code o}'s type (specialize.c's
     * {@code _Py_Specialize_LoadAttr}, {@code _StoreAttr}, {@code _LoadMethod}), or leaves it empty. After a
     * failure or a deoptimization the next {@link #BACKOFF} misses run generically without trying.
     */
    private void specialize(Frame f, int at, long o, int arg, int op) {
        InlineCache c = InlineCache.at(f.code, at);
        if (c.backoff > 0) {
            c.backoff--;
            return;
        }
        if (c.key != 0) { // a deoptimization: generic for a while
            c.key = 0;
            c.type = null;
            c.backoff = BACKOFF;
            return;
        }
        if (op != STORE_ATTR && memory.getLong(o + Layout.OB_TYPE) == moduleTypeObject) {
            specializeModule(f, c, o, arg);
            return;
        }
        if (op != STORE_ATTR && memory.getLong(o + Layout.OB_TYPE) == typeTypeObject) {
            specializeClass(f, c, o, arg);
            return;
        }
        PyType type = space.typeOf(o);
        if (op == LOAD_METHOD && !type.hasFlag(PyType.HEAPTYPE)) {
            specializeBuiltinMethod(c, o, type, f.code.names[arg]);
            return;
        }
        long tag = type.assignVersionTag();
        long offset = tag == 0 || op == LOAD_METHOD ? -1 : type.slotOffset(f.code.names[arg], op == STORE_ATTR);
        if (offset > 0 && type.versionTag() == tag) { // LOAD_ATTR_SLOT, STORE_ATTR_SLOT
            c.fill(memory.getLong(o + Layout.OB_TYPE), tag, type, SLOT, 0, offset);
            return;
        }
        AttributeSite site = tag == 0 ? null : type.attributeSite(f.code.names[arg]);
        boolean ok = site != null && switch (op) {
            case LOAD_ATTR -> site.noClassAttribute() && site.valueIndex() >= 0;
            case STORE_ATTR -> site.noClassAttribute() && site.plainSetAttr() && site.valueIndex() >= 0;
            default -> site.method() != 0 && site.valueIndex() < 0; // LOAD_METHOD_WITH_VALUES
        };
        if (!ok) {
            c.backoff = BACKOFF;
            return;
        }
        c.fill(memory.getLong(o + Layout.OB_TYPE), tag, type, site.valueIndex(), site.method(), site.keysCount());
    }

    /**
     * {@code LOAD_ATTR_MODULE}, {@code LOAD_METHOD_MODULE} ({@code specialize_module_load_attr}): an
     * exact module whose dict holds the name, which is not a dunder (so no descriptor of the module
     * type can be what the generic lookup found). The entry is the value (borrowed: the dict holds
     * it while its version tag is the one cached) under the dict's tag, with no {@code type}.
     */
    private void specializeModule(Frame f, InlineCache c, long module, int arg) {
        long d = space.moduleType.dict(module);
        long tag = space.dictType.versionTag(d);
        long v = f.code.nameText[arg].startsWith("__") ? 0 : space.dictType.get(d, f.code.names[arg]);
        if (v == 0 || space.dictType.versionTag(d) != tag) { // absent, or the lookup changed the dict
            c.backoff = BACKOFF;
            return;
        }
        c.fill(moduleTypeObject, tag, null, -1, v, 0);
    }

    /** {@link InlineCache#index} of a class attribute's entry ({@link #specializeClass}). */
    private static final int CLASS_ATTRIBUTE = -2;
    /** {@link InlineCache#index} of a built-in type's method entry ({@link #specializeBuiltinMethod}). */
    private static final int NO_DICT = -3;
    /** {@link InlineCache#index} of a {@code __slots__} member's entry ({@code LOAD_ATTR_SLOT}, {@code STORE_ATTR_SLOT}); the offset is in {@code aux}. */
    private static final int SLOT = -4;

    /**
     * {@code LOAD_METHOD_NO_DICT} ({@code specialize.c}'s method analysis for an owner without a
     * {@code __dict__}): {@code o.name(...)} where {@code o}'s type is a built-in type whose
     * instances have no dict ({@code tp_dictoffset} 0) and take the generic attribute lookup, and
     * the name is a method descriptor of the type ({@code l.append}, {@code s.join}, {@code d.get}).
     * A built-in type's namespace cannot change (it is immutable from Python) and the type never
     * dies, so the entry needs no version: the type object (the key), its {@code PyType} (checked
     * on each hit as well, so a built-in-like type made at run time and freed cannot be mistaken
     * for another at its address) and the descriptor (borrowed from the type's namespace).
     */
    private void specializeBuiltinMethod(InlineCache c, long o, PyType type, long name) {
        long descr = type.genericGetAttr() && type.dictOffset() == 0 ? type.lookup(name) : 0;
        if (descr == 0 || !space.typeOf(descr).hasFlag(PyType.METHOD_DESCRIPTOR)) {
            c.backoff = BACKOFF;
            return;
        }
        c.fill(memory.getLong(o + Layout.OB_TYPE), 0, type, NO_DICT, descr, 0);
    }

    /**
     * {@code LOAD_METHOD_CLASS} and 3.12's {@code LOAD_ATTR_CLASS} ({@code specialize_class_load_method}):
     * {@code cls.name} on a class whose metaclass is exactly {@code type}, when {@code type} itself
     * has nothing of that name (a metaclass attribute, such as the data descriptor
     * {@code __name__}, would come first) and what the class's MRO holds is returned as it is by
     * {@code type_getattro}: a function (its {@code __get__} without an instance returns itself) or
     * a value whose built-in type has no {@code __get__} (a built-in type cannot gain one later).
     * The entry: the value (borrowed: the class's namespace holds it while the tag holds), the
     * class object in {@code aux}, its type and version tag; any change of the class's or a
     * base's namespace ends the tag, the class's death too (so a new object at its address
     * never matches).
     */
    private void specializeClass(Frame f, InlineCache c, long cls, int arg) {
        PyType type = space.typeType.described(cls);
        long tag = type == null ? 0 : type.assignVersionTag();
        long name = f.code.names[arg];
        long v = tag == 0 || space.typeType.lookup(name) != 0 ? 0 : type.lookup(name);
        if (v == 0 || type.versionTag() != tag || memory.getLong(v + Layout.OB_TYPE) != functionTypeObject
                && (space.typeOf(v).hasDescrGet() || space.typeOf(v).hasFlag(PyType.HEAPTYPE))) {
            c.backoff = BACKOFF;
            return;
        }
        c.fill(typeTypeObject, tag, type, CLASS_ATTRIBUTE, v, cls);
    }

    /** The version tag of the dict of {@code module}, an exact module (the cache's key said so). */
    private long moduleDictTag(long module) {
        return space.dictType.versionTag(space.moduleType.dict(module));
    }

    /**
     * {@code LOAD_METHOD} ({@code _PyObject_GetMethod}): {@code [meth, self]} for a method descriptor
     * or function found on the type, without a bound method; otherwise {@code [NULL, attr]}. With its
     * inline cache {@code LOAD_METHOD_WITH_VALUES}: the method found last time, while the class is
     * unchanged and the instance has no attribute of that name; {@code LOAD_METHOD_MODULE} and
     * {@code LOAD_METHOD_CLASS}: a module's or a class's attribute as {@code [NULL, attr]}, as
     * {@link #loadAttr} finds it.
     */
    private void loadMethod(Frame f, int arg) {
        int at = f.lasti;
        InlineCache[] caches = f.code.caches;
        InlineCache c;
        long self = f.top();
        if (caches != null && (c = caches[at]).key == memory.getLong(self + Layout.OB_TYPE)) {
            PyType type = c.type;
            int index = c.index;
            if (type == null ? c.version == moduleDictTag(self)
                    : index == CLASS_ATTRIBUTE && c.aux == self && c.version == type.versionTag()) {
                long v = space.newRef(c.value);
                f.poke(1, 0);
                f.push(v);
                space.decref(self);
                return;
            }
            if (type != null && (index == NO_DICT ? space.typeOf(self) == type
                    : index != CLASS_ATTRIBUTE && c.version == type.versionTag() && type.valuesUnchanged(self, c.aux))) {
                f.poke(1, space.newRef(c.value));
                f.push(self);
                return;
            }
        }
        long o = f.pop();
        try {
            long v;
            try {
                v = Abstract.getMethod(space, o, f.code.names[arg]);
            } catch (PyException e) {
                if (!e.pythonType().equals("AttributeError") || space.typeOf(o).method(f.code.nameText[arg]) == null) {
                    throw space.exceptions.attributeErrorContext(e, o, f.code.names[arg]);
                }
                e.release();
                v = boundBuiltinMethod(o, f.code.nameText[arg]);
            }
            if ((v & Abstract.UNBOUND) != 0) {
                f.push(v & ~Abstract.UNBOUND);
                f.push(space.newRef(o));
                specialize(f, at, o, arg, LOAD_METHOD);
            } else {
                f.push(0);
                f.push(v);
                long ot = memory.getLong(o + Layout.OB_TYPE);
                if (ot == moduleTypeObject || ot == typeTypeObject) {
                    specialize(f, at, o, arg, LOAD_METHOD);
                }
            }
        } finally {
            space.decref(o);
        }
    }

    /** A method of the type's table as a {@code builtin_function_or_method} bound to {@code o}, or AttributeError. */
    long boundBuiltinMethod(long o, String name) {
        PyType type = space.typeOf(o);
        dev.pyheap.runtime.objects.PyMethod m = type.method(name);
        if (m == null) {
            throw type.attributeError(o, name);
        }
        return space.builtinFunctionType.create(methodDefs.of(type, name, m), o, 0);
    }

    // ------------------------------------------------------------------ building and unpacking

    private long[] popItems(Frame f, int n) {
        long[] items = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            items[i] = f.pop();
        }
        return items;
    }

    private void release(long[] items) {
        for (long x : items) {
            space.decref(x);
        }
    }

    private long buildTuple(Frame f, int n) {
        long[] items = popItems(f, n);
        long tuple = space.tupleType.create(items);
        release(items);
        return tuple;
    }

    private void forEach(long iterable, java.util.function.LongConsumer action) {
        long it = Abstract.getIter(space, iterable);
        try {
            for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                try {
                    action.accept(x);
                } finally {
                    space.decref(x);
                }
            }
        } finally {
            space.decref(it);
        }
    }

    /**
     * DICT_UPDATE ({@code PyDict_Update}) and DICT_MERGE ({@code _PyDict_MergeEx(d, other, 2)}), as
     * {@code dict_merge}: a dict whose type keeps dict's {@code __iter__} is read from its own table
     * (a subclass's {@code keys()} and {@code __getitem__} are not called); anything else through
     * {@code PyMapping_Keys}: its {@code keys()} listed, then {@code other[key]} for each key. An
     * AttributeError (no {@code keys}) becomes the TypeError of the opcode (format_kwargs_error for
     * DICT_MERGE); a key already there is "got multiple values" for DICT_MERGE.
     */
    private void dictUpdate(long d, long other, boolean merge, Frame f, int arg) {
        boolean ownTable = space.dictType.check(other)
                && space.typeOf(other).lookup("__iter__") == space.dictType.lookup("__iter__");
        if (space.typeOf(other) == space.dictType && (!merge || space.dictType.size(d) == 0)) {
            space.dictType.merge(d, other); // dict_merge: the table sizes of PyDict_Update
            return;
        }
        long keys;
        if (ownTable) {
            keys = Abstract.getIter(space, other);
        } else {
            long listed;
            try {
                listed = Abstract.callMethod(space, other, "keys", PyType.NO_ARGS);
            } catch (PyException e) {
                if (!Abstract.matches(space, e, "AttributeError")) {
                    throw e;
                }
                e.release();
                if (merge) {
                    long func = f.peek(arg + 2);
                    throw new PyException("TypeError", funcDesc(func) + " argument after ** must be a mapping, not "
                            + space.typeOf(other).name);
                }
                throw new PyException("TypeError", "'" + space.typeOf(other).name + "' object is not a mapping");
            }
            try {
                keys = Abstract.getIter(space, listed); // method_output_as_list
            } catch (PyException e) {
                if (!Abstract.matches(space, e, "TypeError")) {
                    throw e;
                }
                e.release();
                throw new PyException("TypeError", space.typeOf(other).name + ".keys() returned a non-iterable (type "
                        + space.typeOf(listed).name + ")");
            } finally {
                space.decref(listed);
            }
        }
        try {
            for (long k = Abstract.iterNext(space, keys); k != 0; k = Abstract.iterNext(space, keys)) {
                try {
                    if (merge && space.dictType.get(d, k) != 0) {
                        long func = f.peek(arg + 2);
                        throw new PyException("TypeError", funcDesc(func) + " got multiple values for keyword argument '"
                                + Abstract.str(space, k) + "'");
                    }
                    if (ownTable) {
                        long v = space.dictType.get(other, k); // borrowed, from the table itself
                        if (v == 0) {
                            throw new PyException("RuntimeError", "dictionary changed size during iteration");
                        }
                        space.dictType.setItem(d, k, v);
                        continue;
                    }
                    long v = Abstract.getItem(space, other, k);
                    try {
                        space.dictType.setItem(d, k, v);
                    } finally {
                        space.decref(v);
                    }
                } finally {
                    space.decref(k);
                }
            }
        } finally {
            space.decref(keys);
        }
    }

    /**
     * {@code _PyObject_FunctionStr}: {@code module.qualname()}, without the module for builtins
     * ({@code print()}, {@code __main__.f()}); {@code str(func)} when it has no {@code __qualname__}.
     */
    private String funcDesc(long func) {
        long qualname = Abstract.lookupAttr(space, func, "__qualname__");
        if (qualname == 0) {
            return Abstract.str(space, func);
        }
        long module = 0;
        try {
            String q = Abstract.str(space, qualname);
            module = Abstract.lookupAttr(space, func, "__module__");
            if (module == 0 || module == space.none) {
                return q + "()";
            }
            String m = Abstract.str(space, module);
            return m.equals("builtins") ? q + "()" : m + "." + q + "()";
        } finally {
            space.decref(qualname);
            space.xdecref(module);
        }
    }

    /**
     * 3.11's {@code UNPACK_SEQUENCE_TWO_TUPLE}, {@code _TUPLE} and {@code _LIST}: an exact tuple or
     * list of exactly {@code n} items has them pushed (new references, the last first, so the
     * first ends on top) without an iterator, then is released; false, with nothing done, for
     * anything else, which {@link #unpack} takes.
     */
    private boolean unpackExact(Frame f, int n) {
        long seq = f.top();
        long type = memory.getLong(seq + Layout.OB_TYPE);
        boolean tuple = type == tupleTypeObject;
        if (!tuple && type != listTypeObject
                || (tuple ? space.tupleType.size(seq) : space.listType.size(seq)) != n) {
            return false;
        }
        f.sp--;
        for (int i = n - 1; i >= 0; i--) {
            f.push(space.newRef(tuple ? space.tupleType.item(seq, i) : space.listType.item(seq, i)));
        }
        space.decref(seq);
        return true;
    }

    private void unpack(Frame f, int before, int after) {
        long seq = f.pop();
        try {
            java.util.List<Long> items = new java.util.ArrayList<>();
            long it;
            try {
                it = Abstract.getIter(space, seq);
            } catch (PyException e) {
                if (e.pythonType().equals("TypeError") && !Abstract.iterableBySlots(space, seq)) {
                    e.release();
                    throw new PyException("TypeError", "cannot unpack non-iterable " + space.typeOf(seq).name + " object");
                }
                throw e;
            }
            try {
                for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                    items.add(x);
                    if (after < 0 && items.size() > before) {
                        break;
                    }
                }
            } catch (RuntimeException e) {
                items.forEach(space::decref);
                throw e;
            } finally {
                space.decref(it);
            }
            int n = items.size();
            if (after < 0) {
                if (n != before) {
                    items.forEach(space::decref);
                    throw new PyException("ValueError", n < before
                            ? "not enough values to unpack (expected " + before + ", got " + n + ")"
                            : "too many values to unpack (expected " + before + ")");
                }
                for (int i = n - 1; i >= 0; i--) {
                    f.push(items.get(i));
                }
                return;
            }
            if (n < before + after) {
                items.forEach(space::decref);
                throw new PyException("ValueError", "not enough values to unpack (expected at least " + (before + after)
                        + ", got " + n + ")");
            }
            for (int i = n - 1; i >= n - after; i--) {
                f.push(items.get(i));
            }
            long[] middle = new long[n - after - before];
            for (int i = 0; i < middle.length; i++) {
                middle[i] = items.get(before + i);
            }
            long list = space.listType.create(middle);
            release(middle);
            f.push(list);
            for (int i = before - 1; i >= 0; i--) {
                f.push(items.get(i));
            }
        } finally {
            space.decref(seq);
        }
    }

    // ------------------------------------------------------------------ calls

    /**
     * {@code PRECALL}: a bound method in the callable slot (below it a NULL) is unpacked into
     * {@code [function, self]}, so the call moves {@code self} into the callee as LOAD_METHOD's
     * calls do and the method object is released before the call.
     */
    private void precall(Frame f, int arg) {
        if (f.peek(arg + 2) != 0) {
            return;
        }
        long callable = f.peek(arg + 1);
        if (!space.methodType.check(callable)) {
            return;
        }
        f.poke(arg + 1, space.newRef(space.methodType.self(callable)));
        f.poke(arg + 2, space.newRef(space.methodType.function(callable)));
        space.decref(callable);
    }

    /**
     * {@code CALL}: Python functions get a frame on this loop (returned); anything else is called
     * now and its result pushed (null returned).
     */
    private Frame call(EvalThread t, Frame f, int arg) {
        long below = f.peek(arg + 2);
        long function = below != 0 ? below : f.peek(arg + 1);
        return callResolved(t, f, arg, below != 0, function, memory.getLong(function + Layout.OB_TYPE));
    }

    /**
     * {@link #precall} and {@link #call} of the same call site in one step: a bound method below a
     * NULL is unpacked as {@code PRECALL} does, and the call goes on with the callable and its type
     * as read here.
     */
    private Frame precallCall(EvalThread t, Frame f, int arg) {
        long below = f.peek(arg + 2);
        if (below != 0) {
            return callResolved(t, f, arg, true, below, memory.getLong(below + Layout.OB_TYPE));
        }
        long callable = f.peek(arg + 1);
        long type = memory.getLong(callable + Layout.OB_TYPE);
        if (type != methodTypeObject) {
            return callResolved(t, f, arg, false, callable, type);
        }
        long function = space.methodType.function(callable);
        f.poke(arg + 1, space.newRef(space.methodType.self(callable)));
        f.poke(arg + 2, space.newRef(function));
        space.decref(callable);
        return callResolved(t, f, arg, true, function, memory.getLong(function + Layout.OB_TYPE));
    }

    /**
     * {@link #call} once the callable ({@code function}, of type object {@code type}) and whether a self
     * is below it are known. A Python function given exactly its positionals is 3.11's
     * {@code CALL_PY_EXACT_ARGS}: the call site's entry ({@link InlineCache}) keeps the function's
     * {@code func_version} and what the call reads from the function and its code (the code's
     * {@link CodeInfo}, the globals, the builtins), so a hit reads one word of the function instead of
     * four (its code, the code's extra, its globals and builtins) and skips the code's checks.
     */
    private Frame callResolved(EvalThread t, Frame f, int arg, boolean isMeth, long function, long type) {
        int total = arg + (isMeth ? 1 : 0);
        if (f.kwnames == 0) {
            if (type == functionTypeObject) {
                InlineCache[] caches = f.code.caches;
                InlineCache c;
                if (caches != null && (c = caches[f.lasti]) != null && c.key == type && c.index == total
                        && c.version == (VERSIONED | space.functionType.version(function))) {
                    return callPyExactArgs(t, f, function, c.callee, c.globals, c.builtins, total, isMeth);
                }
                CodeInfo ci = interp.infoOfFunction(function);
                if (ci.exactArgs && total == ci.argcount && (ci.flags & Code.CO_OPTIMIZED) != 0) {
                    long globals = space.functionType.field(function, FunctionType.GLOBALS);
                    long builtins = space.functionType.field(function, FunctionType.BUILTINS);
                    specializeCall(f, type, function, ci, globals, builtins, total, 0);
                    return callPyExactArgs(t, f, function, ci, globals, builtins, total, isMeth);
                }
            } else if (type == typeTypeObject) {
                Frame init = callClass(t, f, function, f.sp - total, total, isMeth);
                if (init != null) {
                    return init;
                }
                return callOther(t, f, arg, false);
            }
        }
        return callOther(t, f, arg, true);
    }

    /** {@link InlineCache#version} of a call site's entry: a function's {@code func_version} tagged, so that version 0 matches no entry. */
    private static final long VERSIONED = 1L << 32;

    /**
     * Fills the call site's entry ({@code CALL_PY_EXACT_ARGS}, or a class call's when {@code key} is
     * the class) for {@code function} (its code {@code ci}, globals and builtins as read now) called with
     * {@code n} positionals; the entry, or null when the function has no version (the heap's are spent).
     */
    private InlineCache specializeCall(Frame f, long key, long function, CodeInfo ci, long globals, long builtins, int n,
            long aux) {
        long version = space.functionType.version(function);
        InlineCache c = version == 0 ? null : InlineCache.at(f.code, f.lasti);
        if (c == null) {
            return null;
        }
        c.key = key;
        c.aux = aux;
        c.version = VERSIONED | version;
        c.index = n;
        c.value = function;
        c.callee = ci;
        c.globals = globals;
        c.builtins = builtins;
        c.defaults = 0;
        c.type = null;
        return c;
    }

    /**
     * {@code CALL_PY_EXACT_ARGS}: a Python function (not a module or class body's code) given
     * exactly its positional parameters and no keywords: the arguments' references move from
     * the stack into the callee's locals, and the function's into the callee's {@code f_func}.
     */
    private Frame callPyExactArgs(EvalThread t, Frame f, long function, CodeInfo ci, long globals, long builtins, int n,
            boolean isMeth) {
        Frame callee;
        try {
            callee = interp.pushFrame(t, function, ci, globals, builtins, 0, n, true);
        } catch (PyException e) {
            popCall(f, n, isMeth);
            throw e;
        }
        int argsAt = f.sp - n;
        for (int i = 0; i < n; i++) {
            callee.put(i, f.get(argsAt + i));
        }
        // the function's reference went to the callee's f_func, the slot below it is NULL (or self, moved already)
        f.sp = argsAt - (isMeth ? 1 : 2);
        return callee;
    }

    /** {@link #call} but for its two fast paths; {@code classCall}: whether a class call on the loop may still apply. */
    private Frame callOther(EvalThread t, Frame f, int arg, boolean classCall) {
        boolean isMeth = f.peek(arg + 2) != 0;
        int total = arg + (isMeth ? 1 : 0);
        long function = f.peek(total + 1);
        long kwnames = f.kwnames;
        f.kwnames = 0;
        int nkw = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
        int positional = total - nkw;
        int argsAt = f.sp - total;
        if (memory.getLong(function + Layout.OB_TYPE) == functionTypeObject) {
            CodeInfo ci = interp.infoOfFunction(function);
            long locals = (ci.flags & Code.CO_OPTIMIZED) == 0
                    ? space.functionType.field(function, FunctionType.GLOBALS) : 0;
            long defaults = kwnames == 0 ? positionalDefaults(ci, function, positional) : NOT_POSITIONAL;
            boolean positionally = defaults != NOT_POSITIONAL;
            Frame callee;
            try {
                callee = interp.pushFrame(t, function, ci, locals, positionally ? ci.argcount : 0);
            } catch (PyException e) {
                popCall(f, total, isMeth);
                throw e;
            }
            if (positionally) {
                // CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS: the arguments' references move from the stack into the locals
                for (int i = 0; i < positional; i++) {
                    callee.put(i, f.get(argsAt + i));
                }
                fillDefaults(callee, ci, defaults, positional);
                f.sp = argsAt;
                popCall(f, 0, isMeth);
                return callee;
            }
            try {
                Arguments.bind(interp, callee, function, f.address(argsAt), positional, kwnames, true);
            } catch (RuntimeException e) {
                f.sp = argsAt;
                interp.popFrame(t, callee);
                popCall(f, 0, isMeth);
                throw e;
            }
            f.sp = argsAt;
            popCall(f, 0, isMeth);
            return callee;
        }
        if (classCall && kwnames == 0 && memory.getLong(function + Layout.OB_TYPE) == typeTypeObject) {
            Frame init = callClass(t, f, function, argsAt, total, isMeth);
            if (init != null) {
                return init;
            }
        }
        long res;
        try {
            res = t.useTracing ? interp.tracing.cCall(t, function, f.address(argsAt), positional, kwnames)
                    : callBuiltin(f, function, f.address(argsAt), positional, kwnames, isMeth);
        } finally {
            popCall(f, total, isMeth);
        }
        f.push(res);
        return null;
    }

    /**
     * A call of something other than a Python function, with 3.11's recursion accounting of the
     * call site: the generic {@code PRECALL}/{@code CALL} path leaves it to the callee (every
     * builtin function's and method descriptor's vectorcall counts a level, {@code str(x)} goes
     * through {@code _PyObject_MakeTpCall}); once the code is quickened, {@code PRECALL_BUILTIN_FAST}
     * and {@code PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST} and their kin call the C function without the
     * check while the {@code _O} and {@code _NOARGS} ones keep it
     * ({@link dev.pyheap.runtime.objects.MethodDescrType#specializedCallChecksRecursion}),
     * {@code PRECALL_NO_KW_LIST_APPEND} ({@code l.append(x)} whose result is popped) calls no
     * function at all, and {@code PRECALL_NO_KW_STR_1} calls {@code PyObject_Str} directly.
     */
    private long callBuiltin(Frame f, long function, long args, int positional, long kwnames, boolean isMeth) {
        if (!f.code.quickened()) {
            return ops.call(function, args, positional, kwnames);
        }
        PyType type = space.typeOf(function);
        if (kwnames == 0) {
            if (positional == 1) {
                if (function == interp.lenFunction) { // PRECALL_NO_KW_LEN: PyObject_Length, no argument parsing
                    return space.newInt(Abstract.length(space, memory.getLong(args)));
                }
                if (function == space.strType.typeObject()) {
                    return ops.str(memory.getLong(args));
                }
            } else if (positional == 2 && function == interp.isinstanceFunction) { // PRECALL_NO_KW_ISINSTANCE
                return space.newBool(interp.isInstance(memory.getLong(args), memory.getLong(args + 8)));
            }
        }
        if (type == space.builtinFunctionType && !space.builtinFunctionType.def(function).checksRecursion()) {
            return space.builtinFunctionType.callUnchecked(function, args, positional, kwnames);
        }
        if (type == space.methodDescrType && (!space.methodDescrType.specializedCallChecksRecursion(function, kwnames != 0)
                || function == interp.listAppend && isMeth && positional == 2
                        && (f.code.units[f.next] >>> 16 & 0xFF) == POP_TOP)) {
            return space.methodDescrType.callUnchecked(function, args, positional, kwnames);
        }
        return ops.call(function, args, positional, kwnames);
    }

    /**
     * A call with {@code n} positionals and no keywords that binds without {@link Arguments}: no
     * {@code *args}, {@code **kwargs} nor keyword-only parameters, and the positionals missing at
     * the end all have defaults ({@code CALL_PY_EXACT_ARGS}, {@code CALL_PY_WITH_DEFAULTS}). Answers the
     * defaults tuple the call takes its missing positionals from (borrowed; 0 when none is missing), or
     * {@link #NOT_POSITIONAL}; the tuple is read once for the test and the fill.
     */
    private long positionalDefaults(CodeInfo ci, long function, int n) {
        if (!ci.exactArgs || n > ci.argcount) {
            return NOT_POSITIONAL;
        }
        if (n == ci.argcount) {
            return 0;
        }
        long defaults = space.functionType.field(function, FunctionType.DEFAULTS);
        return defaults != 0 && n >= ci.argcount - space.tupleType.size(defaults) ? defaults : NOT_POSITIONAL;
    }

    /** {@link #positionalDefaults}' answer for a call that does not bind that way (no object lives at address -1). */
    private static final long NOT_POSITIONAL = -1;

    /**
     * The defaults of the parameters from {@code n} on (new references), from the tuple
     * {@link #positionalDefaults} returned (0 when none is needed).
     */
    private void fillDefaults(Frame callee, CodeInfo ci, long defaults, int n) {
        if (n == ci.argcount) {
            return;
        }
        int first = ci.argcount - (int) space.tupleType.size(defaults);
        for (int i = n; i < ci.argcount; i++) {
            callee.put(i, space.newRef(space.tupleType.item(defaults, i - first)));
        }
    }

    /**
     * {@code C(args)} for a class whose {@code type_call} would run object's {@code tp_new} and
     * {@code slot_tp_init} with a Python {@code __init__} ({@link PyType#pythonInit}): the same
     * steps, with {@code __init__}'s frame on this loop instead of a nested one. As 3.11 does, the
     * arguments become a tuple ({@code _PyObject_MakeTpCall}: a heap type has no vectorcall) and
     * stay on the caller's stack during the call; the instance is made; {@code __init__}'s frame
     * gets new references to it and to the arguments. The frame carries the instance, the tuple
     * and the count of the caller's entries ({@link Frame#initSelf}); its return ({@link #finishInit})
     * or its abandonment by an exception ({@code Interpreter.popFrame}) releases them as
     * {@code type_call}, {@code _PyObject_MakeTpCall} and {@code CALL} do. Null when the class
     * does not have that shape, or the call does not bind positionally: the general call runs.
     * The call site's entry ({@link InlineCache}) keeps what the shape's test found (the class's
     * {@code PyType} and version tag, {@code __init__} and its {@code func_version}, its code, globals,
     * builtins and the defaults tuple the call takes), so a hit skips the class's lookup and reads one
     * word of {@code __init__} instead of four, the code's extra index and the defaults' size.
     */
    private Frame callClass(EvalThread t, Frame f, long cls, int argsAt, int n, boolean isMeth) {
        PyType type;
        long init, defaults, globals, builtins;
        CodeInfo ci;
        InlineCache[] caches = f.code.caches;
        InlineCache c;
        if (caches != null && (c = caches[f.lasti]) != null && c.key == cls && c.index == n && c.aux != 0
                && c.aux == c.type.versionTag() && c.version == (VERSIONED | space.functionType.version(c.value))) {
            type = c.type;
            init = c.value;
            ci = c.callee;
            defaults = c.defaults;
            globals = c.globals;
            builtins = c.builtins;
        } else {
            type = space.typeType.described(cls);
            init = type == null ? 0 : type.pythonInit();
            if (init == 0) {
                return null;
            }
            ci = interp.infoOfFunction(init);
            if (ci.isGenerator() || (ci.flags & Code.CO_OPTIMIZED) == 0) {
                return null;
            }
            defaults = positionalDefaults(ci, init, n + 1);
            if (defaults == NOT_POSITIONAL) {
                return null;
            }
            globals = space.functionType.field(init, FunctionType.GLOBALS);
            builtins = space.functionType.field(init, FunctionType.BUILTINS);
            // the tag is read after pythonInit (which may refresh the class's caches): it stands for what was found
            long tag = type.assignVersionTag();
            if (tag != 0) {
                InlineCache e = specializeCall(f, cls, init, ci, globals, builtins, n, tag);
                if (e != null) {
                    e.type = type;
                    e.defaults = defaults;
                }
            }
        }
        // _PyObject_MakeTpCall's level: held by the __init__ frame until it returns or is abandoned
        if (t.rec.depth >= space.recursionLimit()) {
            popCall(f, n, isMeth);
            throw Abstract.recursionError(Abstract.IN_CALL);
        }
        t.rec.depth++;
        long args = space.tupleType.fromArray(f.address(argsAt), n);
        long self;
        try {
            self = type.newForPythonInit();
        } catch (RuntimeException e) {
            t.rec.depth--;
            space.decref(args);
            popCall(f, n, isMeth);
            throw e;
        }
        Frame callee;
        try {
            callee = interp.pushFrame(t, init, ci, globals, builtins, 0, ci.argcount, false);
        } catch (RuntimeException e) {
            t.rec.depth--;
            space.decref(self);
            space.decref(args);
            popCall(f, n, isMeth);
            throw e;
        }
        callee.put(0, space.newRef(self));
        for (int i = 0; i < n; i++) {
            callee.put(i + 1, space.newRef(f.get(argsAt + i)));
        }
        fillDefaults(callee, ci, defaults, n + 1);
        callee.initSelf = self;
        callee.initArgs = args;
        callee.initPops = n + (isMeth ? 1 : 2);
        return callee;
    }

    /**
     * The return of an {@code __init__} run by {@link #callClass} ({@code f} popped already, its
     * result {@code v}): {@code slot_tp_init}'s check that it is None, then the tuple and the
     * call's entries are released and the instance replaces them on the caller's stack.
     */
    private Frame finishInit(Frame caller, long self, long args, int pops, long v) {
        boolean none = v == space.none;
        String returned = none ? null : space.typeOf(v).name;
        space.decref(v);
        if (!none) {
            space.decref(self);
        }
        space.decref(args);
        for (int i = 0; i < pops; i++) {
            space.xdecref(caller.pop());
        }
        if (!none) {
            throw new PyException("TypeError", "__init__() should return None, not '" + returned + "'");
        }
        caller.push(self);
        return caller;
    }

    /** Pops the arguments ({@code n}), the callable and the NULL or method slot below it. */
    private void popCall(Frame f, int n, boolean isMeth) {
        for (int i = 0; i < n; i++) {
            space.xdecref(f.pop());
        }
        space.xdecref(f.pop());
        if (!isMeth) {
            space.xdecref(f.pop());
        }
    }

    private void callFunctionEx(EvalThread t, Frame f, int arg) {
        // The operands stay in their stack slots for the length of the call, as in CPython (where
        // func stays TOP and the others sit in C locals of the same evaluation): the frame's value
        // stack is a root the sanity checker sees, so the callable and the arguments tuple (untracked
        // by a collection when it holds only atoms) are found and counted while the callee runs.
        int n = (arg & 1) != 0 ? 4 : 3;
        int argsAt = n - 2; // the callargs slot, counted from the top
        long kwargs = (arg & 1) != 0 ? f.peek(1) : 0;
        long callargs = f.peek(argsAt);
        long func = f.peek(argsAt + 1);
        long nul = f.peek(argsAt + 2);
        long result = 0;
        try {
            if (!space.tupleType.checkExact(callargs)) {
                // Py_SETREF(callargs, PySequence_Tuple(callargs)): what * unpacked goes before the call
                long iterable = callargs;
                callargs = 0;
                f.poke(argsAt, 0);
                try {
                    callargs = tupleOf(iterable, func);
                } finally {
                    space.decref(iterable);
                }
                f.poke(argsAt, callargs);
            }
            result = t.useTracing ? interp.tracing.cCallWithTuple(t, func, callargs, kwargs)
                    : callWithTupleAndDict(func, callargs, kwargs);
        } finally {
            f.sp -= n;
            space.decref(func);
            space.xdecref(callargs);
            space.xdecref(kwargs);
            space.xdecref(nul);
        }
        f.push(result);
    }

    private long tupleOf(long iterable, long func) {
        java.util.List<Long> items = new java.util.ArrayList<>();
        try {
            forEach(iterable, x -> items.add(space.newRef(x)));
        } catch (PyException e) {
            items.forEach(space::decref);
            if (e.pythonType().equals("TypeError") && !Abstract.iterableBySlots(space, iterable)) {
                e.release();
                throw new PyException("TypeError", funcDesc(func) + " argument after * must be an iterable, not "
                        + space.typeOf(iterable).name);
            }
            throw e;
        }
        long[] a = items.stream().mapToLong(Long::longValue).toArray();
        long tuple = space.tupleType.create(a);
        release(a);
        return tuple;
    }

    /** {@code PyObject_Call(func, args, kwargs)} through the vectorcall convention. A new reference. */
    long callWithTupleAndDict(long func, long args, long kwargs) {
        int n = (int) space.tupleType.size(args);
        int nkw = kwargs == 0 ? 0 : (int) space.dictType.size(kwargs);
        if (nkw > 0) {
            // _PyStack_UnpackDict turns the keys into keyword names: f(**{1: 2}) cannot name a parameter
            boolean[] allStrings = {true};
            space.dictType.forEach(kwargs, (key, value) -> allStrings[0] &= space.strType.check(key));
            if (!allStrings[0]) {
                throw new PyException("TypeError", "keywords must be strings");
            }
        }
        EvalThread t = interp.thread();
        long area = t.stack.push(8L * Math.max(1, n + nkw));
        try {
            for (int i = 0; i < n; i++) {
                memory.putLong(area + 8L * i, space.tupleType.item(args, i));
            }
            long kwnames = 0;
            if (nkw > 0) {
                // _PyStack_UnpackDict: the new argument array holds its own references (positional
                // arguments and keyword values) for the length of the call
                for (int i = 0; i < n; i++) {
                    space.incref(memory.getLong(area + 8L * i));
                }
                long[] names = new long[nkw];
                int[] k = {0};
                space.dictType.forEach(kwargs, (key, value) -> {
                    names[k[0]] = key;
                    memory.putLong(area + 8L * (n + k[0]), space.newRef(value));
                    k[0]++;
                });
                // the copy's references and the names tuple are held by this call alone: roots while it runs
                t.hold(area, n + nkw);
                kwnames = space.tupleType.create(names);
                t.hold(kwnames, EvalThread.OBJECT);
            }
            try {
                return ops.call(func, area, n, kwnames);
            } finally {
                if (kwnames != 0) {
                    t.drop();
                    for (int i = 0; i < n + nkw; i++) {
                        long v = memory.getLong(area + 8L * i);
                        memory.putLong(area + 8L * i, 0); // released: no longer a root
                        space.decref(v);
                    }
                    t.drop();
                }
                space.xdecref(kwnames);
            }
        } finally {
            t.stack.pop(area);
        }
    }

    private void makeFunction(Frame f, int arg) {
        long code = f.pop();
        long closure = (arg & 0x08) != 0 ? f.pop() : 0;
        long annotations = (arg & 0x04) != 0 ? f.pop() : 0;
        long kwdefaults = (arg & 0x02) != 0 ? f.pop() : 0;
        long defaults = (arg & 0x01) != 0 ? f.pop() : 0;
        long func = space.functionType.create(code, f.globals, f.builtins, 0);
        FunctionType ft = space.functionType;
        ft.putField(func, FunctionType.CLOSURE, closure);
        ft.putField(func, FunctionType.ANNOTATIONS, annotations);
        ft.putField(func, FunctionType.KWDEFAULTS, kwdefaults);
        ft.putField(func, FunctionType.DEFAULTS, defaults);
        space.decref(code);
        f.push(func);
    }

    // ------------------------------------------------------------------ returns, generators

    /** {@code RETURN_VALUE}: the caller frame to continue in, or null when the entry frame returned ({@link #result}). */
    private Frame returnValue(EvalThread t, Frame f) {
        if (f.gen == 0 && f.initSelf == 0 && !f.entry) { // a function's frame returning to its caller on this loop
            long v = f.pop();
            Frame caller = f.previous;
            interp.popFrame(t, f);
            caller.push(v);
            return caller;
        }
        return returnOther(t, f);
    }

    /** {@link #returnValue} of a generator's, an {@code __init__}'s run by {@link #callClass}, or the entry frame. */
    private Frame returnOther(EvalThread t, Frame f) {
        long v = f.pop();
        if (f.gen != 0) {
            space.generatorType.setState(f.gen, GeneratorType.COMPLETED);
            t.top = f.previous;
            t.rec.depth--;
            long gen = f.gen;
            f.previous = null;
            space.generatorType.clearFrame(gen); // the generator's frame is done: its locals go now
            result = v;
            return null;
        }
        boolean entry = f.entry;
        Frame caller = f.previous;
        long self = f.initSelf;
        if (self != 0) {
            long args = f.initArgs;
            int pops = f.initPops;
            f.initSelf = 0;
            f.initArgs = 0;
            interp.popFrame(t, f);
            t.rec.depth--; // the class call's level
            return finishInit(caller, self, args, pops, v);
        }
        interp.popFrame(t, f);
        if (entry) {
            result = v;
            return null;
        }
        caller.push(v);
        return caller;
    }

    /** {@code YIELD_VALUE}: the generator's frame is suspended; its resumer gets the value. */
    private Frame yieldValue(EvalThread t, Frame f) {
        long v = f.pop();
        space.generatorType.setState(f.gen, GeneratorType.SUSPENDED);
        t.top = f.previous;
        t.rec.depth--;
        f.previous = null;
        result = v;
        return null;
    }

    /** {@code RETURN_GENERATOR}: the frame moves into a new generator, which is returned to the caller. */
    private Frame returnGenerator(EvalThread t, Frame f) {
        CodeInfo ci = f.code;
        int slots = ci.nlocalsplus + ci.stacksize;
        GeneratorType type = (ci.flags & Code.CO_COROUTINE) != 0 ? space.coroutineType
                : (ci.flags & Code.CO_ASYNC_GENERATOR) != 0 ? space.asyncGenType : space.generatorType;
        long gen = type.create(f.func, ci.code, f.globals, f.builtins, slots, null);
        if (type == space.coroutineType && t.originDepth > 0) {
            type.setOrigin(gen, interp.coroutineOrigin(f.previous, t.originDepth));
        }
        long base = gen + GeneratorType.IFRAME;
        Frame g = new Frame(space, ci, base, gen);
        for (int i = 0; i < f.sp; i++) {
            g.put(i, f.get(i));
            f.put(i, 0);
        }
        g.sp = f.sp;
        g.next = f.next;
        g.lasti = f.lasti;
        space.generatorType.setFrame(gen, g);
        boolean entry = f.entry;
        Frame caller = f.previous;
        interp.popFrame(t, f);
        if (entry) {
            result = gen;
            return null;
        }
        caller.push(gen);
        return caller;
    }

    /** {@code SEND}: one step of {@code yield from}: the value sent or the subiterator's return value. */
    private void send(Frame f, int arg) {
        // the value sent stays on the stack while the subiterator runs (CPython pops it into a C local
        // of the same evaluation): the frame's value stack is a root the sanity checker sees
        long v = f.top();
        long receiver = f.peek(2);
        long retval;
        boolean returned;
        try {
            if (space.generatorType.isGeneratorLike(receiver)) {
                retval = interp.resume(receiver, v, null);
                returned = space.generatorType.state(receiver) >= GeneratorType.COMPLETED;
                if (returned && interp.thread().traceFunc != 0
                        && (v != space.none || !space.typeOf(receiver).isIterator() || retval != space.none)) {
                    traceSendStop(f, retval);
                }
            } else if (v == space.none && space.typeOf(receiver).isIterator()) {
                // PyIter_Send: a StopIteration the iterator raises (a class's __next__) carries the
                // value 'yield from' gives (the handler below takes it); an end without one gives None
                retval = space.typeOf(receiver).iterNextRaising(receiver);
                returned = retval == 0;
                if (returned) {
                    retval = space.newRef(space.none);
                }
            } else {
                long send = Abstract.getAttr(space, receiver, "send");
                EvalThread t = interp.thread();
                t.hold(send, EvalThread.OBJECT); // the bound method is this step's alone: a root while it runs
                try {
                    long area = t.stack.push(8);
                    try {
                        memory.putLong(area, v);
                        retval = ops.call(send, area, 1, 0);
                    } finally {
                        t.stack.pop(area);
                    }
                } finally {
                    t.drop();
                    space.decref(send);
                }
                returned = false;
            }
        } catch (PyException e) {
            if (e.pythonType().equals("StopIteration")) {
                long exc = space.exceptions.normalize(e);
                try {
                    interp.tracing.exception(interp.thread(), f, exc);
                } catch (PyException hookError) {
                    e.release();
                    f.sp--;
                    space.decref(v);
                    throw hookError;
                }
                retval = space.newRef(stopIterationValue(exc));
                e.release();
                returned = true;
            } else {
                f.sp--;
                space.decref(v);
                throw e;
            }
        }
        f.sp--;
        space.decref(v);
        if (returned) {
            f.pop();
            space.decref(receiver);
            f.push(retval);
            f.next += arg;
        } else {
            f.push(retval);
        }
    }

    /**
     * With a trace function set, 3.11's SEND calls the subiterator's {@code __next__} or {@code send}
     * itself, so the StopIteration that ends it is reported as an 'exception' in the delegating frame
     * (only {@code __next__} of a generator returning None raises none). We resume the generator
     * directly, so the exception is made here for the hook alone; {@code retval} is borrowed.
     */
    private void traceSendStop(Frame f, long retval) {
        long args = retval == space.none ? space.tupleType.create() : space.tupleType.create(retval);
        long exc = space.exceptions.byName("StopIteration").create(args, true);
        try {
            interp.tracing.exception(interp.thread(), f, exc);
        } catch (PyException hookError) {
            space.decref(retval);
            throw hookError;
        } finally {
            space.decref(exc);
        }
    }

    /** {@code GET_AWAITABLE}: the awaitable on the stack replaced by the iterator {@code await} drives. */
    private void getAwaitable(Frame f, int where) {
        long o = f.top(); // stays on the stack while __await__ runs, as in CPython (a root the checker sees)
        long it;
        try {
            it = awaitableIter(o, where);
        } finally {
            f.sp--;
            space.decref(o);
        }
        if (space.coroutineType.check(it) && space.coroutineType.state(it) == GeneratorType.SUSPENDED) {
            var suspended = space.coroutineType.frame(it);
            if (suspended != null && suspended.yieldFrom() != 0) {
                space.decref(it);
                f.push(0);
                throw new PyException("RuntimeError", "coroutine is being awaited already");
            }
        }
        f.push(it);
    }

    /**
     * {@code _PyCoro_GetAwaitableIter} with {@code format_awaitable_error}'s messages for
     * {@code async with} ({@code where} 1: from {@code __aenter__}, 2: from {@code __aexit__}). A new reference.
     */
    private long awaitableIter(long o, int where) {
        if (space.coroutineType.check(o) || isIterableCoroutine(o)) {
            return space.newRef(o);
        }
        PyType type = space.typeOf(o);
        long res = type.amAwait(o);
        if (res == 0) {
            if (where == 1 || where == 2) {
                throw new PyException("TypeError", "'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__")
                        + " that does not implement __await__: " + type.name);
            }
            throw new PyException("TypeError", "object " + type.name + " can't be used in 'await' expression");
        }
        if (space.coroutineType.check(res) || isIterableCoroutine(res)) {
            space.decref(res);
            throw new PyException("TypeError", "__await__() returned a coroutine");
        }
        if (!space.typeOf(res).isIterator()) {
            String name = space.typeOf(res).name;
            space.decref(res);
            throw new PyException("TypeError", "__await__() returned non-iterator of type '" + name + "'");
        }
        return res;
    }

    /** {@code gen_is_coroutine}: a generator whose code {@code types.coroutine} marked CO_ITERABLE_COROUTINE. */
    private boolean isIterableCoroutine(long o) {
        return space.generatorType.check(o)
                && (interp.info(space.generatorType.field(o, GeneratorType.GI_CODE)).flags & Code.CO_ITERABLE_COROUTINE) != 0;
    }

    /** {@code GET_AITER}. */
    private void getAiter(Frame f) {
        long o = f.pop();
        long it;
        try {
            PyType type = space.typeOf(o);
            it = type.amAiter(o);
            if (it == 0) {
                f.push(0);
                throw new PyException("TypeError", "'async for' requires an object with __aiter__ method, got " + type.name);
            }
        } finally {
            space.decref(o);
        }
        if (space.typeOf(it).lookup("__anext__") == 0) {
            String name = space.typeOf(it).name;
            space.decref(it);
            f.push(0);
            throw new PyException("TypeError",
                    "'async for' received an object from __aiter__ that does not implement __anext__: " + name);
        }
        f.push(it);
    }

    /** {@code GET_ANEXT}: the awaitable of the async iterator's next item, above the iterator. */
    private void getAnext(Frame f) {
        long aiter = f.top();
        PyType type = space.typeOf(aiter);
        if (space.asyncGenType.check(aiter)) {
            f.push(type.amAnext(aiter));
            return;
        }
        long next = type.amAnext(aiter);
        if (next == 0) {
            throw new PyException("TypeError", "'async for' requires an iterator with __anext__ method, got " + type.name);
        }
        try {
            f.push(awaitableIter(next, 0));
        } catch (PyException e) {
            throw space.exceptions.fromCause(e, "TypeError", "'async for' received an invalid object from __anext__: "
                    + space.typeOf(next).name);
        } finally {
            space.decref(next);
        }
    }

    private long stopIterationValue(long exc) {
        BaseExceptionType st = interp.exceptionType("StopIteration");
        long v = st.check(exc) ? st.field(exc, st.offsetOf("value")) : 0;
        return v == 0 ? space.none : v;
    }

    // ------------------------------------------------------------------ f-strings

    private void formatValue(Frame f, int arg) {
        long spec = (arg & 0x04) != 0 ? f.pop() : 0;
        long value = f.pop();
        try {
            long converted = switch (arg & 0x03) {
                case 1 -> ops.str(value);
                case 2 -> ops.repr(value);
                case 3 -> space.strType.runtime(Abstract.ascii(space, value));
                default -> space.newRef(value);
            };
            try {
                if (spec == 0 && space.typeOf(converted) == space.strType) {
                    f.push(space.newRef(converted));
                } else {
                    f.push(ops.format(converted, spec));
                }
            } finally {
                space.decref(converted);
            }
        } finally {
            space.decref(value);
            space.xdecref(spec);
        }
    }

    // ------------------------------------------------------------------ with

    /**
     * {@code _PyObject_LookupSpecial}: the name looked up on the type only (not the instance), bound
     * through its descriptor; 0 when the type has none. An error the descriptor raises, an
     * AttributeError included, propagates.
     */
    private long lookupSpecial(long o, String name) {
        return Abstract.lookupSpecial(space, o, name);
    }

    /** {@code BEFORE_WITH} and {@code BEFORE_ASYNC_WITH}: the manager's exit method below its enter's result. */
    private void beforeWith(Frame f, boolean async) {
        long mgr = f.pop();
        try {
            String protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
            long enter = lookupSpecial(mgr, async ? "__aenter__" : "__enter__");
            if (enter == 0) {
                throw new PyException("TypeError", "'" + space.typeOf(mgr).name
                        + "' object does not support the " + protocol);
            }
            long exit;
            try {
                exit = lookupSpecial(mgr, async ? "__aexit__" : "__exit__");
                if (exit == 0) {
                    throw new PyException("TypeError", "'" + space.typeOf(mgr).name
                            + "' object does not support the " + protocol + " (missed " + (async ? "__aexit__" : "__exit__")
                            + " method)");
                }
            } catch (RuntimeException e) {
                space.decref(enter);
                throw e;
            }
            f.push(exit);
            // SET_TOP(exit); Py_DECREF(mgr): __enter__ runs with the manager held by its bound methods only
            long held = mgr;
            mgr = 0;
            space.decref(held);
            long res;
            try {
                res = ops.call(enter, f.address(f.sp), 0, 0);
            } finally {
                space.decref(enter);
            }
            f.push(res);
        } finally {
            space.xdecref(mgr);
        }
    }

    private void withExceptStart(Frame f) {
        long exitFunc = f.peek(4);
        long val = f.top();
        long tb = space.exceptions.isException(val)
                ? space.exceptions.base().field(val, BaseExceptionType.TRACEBACK) : 0;
        long area = interp.thread().stack.push(24);
        try {
            memory.putLong(area, space.typeOf(val).typeObject());
            memory.putLong(area + 8, val);
            memory.putLong(area + 16, tb == 0 ? space.none : tb);
            f.push(ops.call(exitFunc, area, 3, 0));
        } finally {
            interp.thread().stack.pop(area);
        }
    }

    // ------------------------------------------------------------------ imports

    private void importName(Frame f, int arg) {
        long fromlist = f.pop();
        long level = f.pop();
        try {
            if (interp.importer == null) {
                throw new PyException("ImportError", "__import__ not found");
            }
            f.push(interp.importer.importName(f.code.nameText[arg], f.globals, fromlist,
                    (int) space.intType.longValue(level)));
        } finally {
            space.decref(fromlist);
            space.decref(level);
        }
    }

    private void importFrom(Frame f, int arg) {
        long module = f.top();
        String name = f.code.nameText[arg];
        long v = Abstract.lookupAttr(space, module, name);
        if (v == 0) {
            throw importFromError(module, name);
        }
        f.push(v);
    }

    /**
     * {@code import_from}'s ImportError: the module's name and file in the message and as the
     * exception's {@code name} and {@code path} ({@code PyErr_SetImportError}).
     */
    private PyException importFromError(long module, String name) {
        long pkgname = Abstract.lookupAttr(space, module, "__name__");
        long pkgpath = space.moduleType.check(module) ? space.dictType.getItemString(space.moduleType.dict(module), "__file__") : 0;
        try {
            boolean named = pkgname != 0 && space.strType.check(pkgname);
            String shown = named ? Abstract.repr(space, pkgname) : "'<unknown module name>'";
            String message;
            boolean located = pkgpath != 0 && space.strType.check(pkgpath);
            if (!located) {
                message = "cannot import name '" + name + "' from " + shown + " (unknown location)";
            } else if (initializing(module)) {
                message = "cannot import name '" + name + "' from partially initialized module " + shown
                        + " (most likely due to a circular import) (" + space.strType.value(pkgpath) + ")";
            } else {
                message = "cannot import name '" + name + "' from " + shown + " (" + space.strType.value(pkgpath) + ")";
            }
            PyException e = new PyException("ImportError", message);
            long exc = space.exceptions.normalize(e);
            BaseExceptionType type = space.exceptions.byName("ImportError");
            type.setField(exc, type.offsetOf("name"), pkgname != 0 ? pkgname : space.none);
            type.setField(exc, type.offsetOf("path"), located ? pkgpath : space.none);
            return e;
        } finally {
            space.xdecref(pkgname);
        }
    }

    /** {@code _PyModuleSpec_IsInitializing}: {@code module.__spec__._initializing} is true. */
    private boolean initializing(long module) {
        long spec = Abstract.lookupAttr(space, module, "__spec__");
        if (spec == 0) {
            return false;
        }
        try {
            long flag = Abstract.lookupAttr(space, spec, "_initializing");
            if (flag == 0) {
                return false;
            }
            try {
                return Abstract.isTrue(space, flag);
            } finally {
                space.decref(flag);
            }
        } finally {
            space.decref(spec);
        }
    }

    /**
     * {@code import_all_from}: the names of the module's {@code __all__} when it has one (each must
     * be a str, underscores and all), else the keys of its {@code __dict__} that do not start with
     * an underscore; each bound to the module's attribute of that name.
     */
    private void importStar(Frame f) {
        long module = f.pop();
        long names = 0;
        long it = 0;
        try {
            names = Abstract.lookupAttr(space, module, "__all__");
            boolean fromAll = names != 0;
            if (!fromAll) {
                long dict = Abstract.lookupAttr(space, module, "__dict__");
                if (dict == 0) {
                    throw new PyException("ImportError", "from-import-* object has no __dict__ and no __all__");
                }
                try {
                    names = space.listType.create();
                    long keys = Abstract.getIter(space, dict);
                    try {
                        for (long k; (k = Abstract.iterNext(space, keys)) != 0; ) {
                            space.listType.append(names, k);
                            space.decref(k);
                        }
                    } finally {
                        space.decref(keys);
                    }
                } finally {
                    space.decref(dict);
                }
            }
            it = Abstract.getIter(space, names);
            for (long name; (name = Abstract.iterNext(space, it)) != 0; ) {
                try {
                    if (!space.strType.check(name)) {
                        long modname = Abstract.getAttr(space, module, "__name__");
                        try {
                            String where = space.strType.check(modname) ? space.strType.value(modname) : null;
                            String got = space.typeOf(name).name;
                            throw new PyException("TypeError", where == null
                                    ? "module __name__ must be a string, not " + space.typeOf(modname).name
                                    : fromAll ? "Item in " + where + ".__all__ must be str, not " + got
                                    : "Key in " + where + ".__dict__ must be str, not " + got);
                        } finally {
                            space.decref(modname);
                        }
                    }
                    if (!fromAll && space.strType.value(name).startsWith("_")) {
                        continue;
                    }
                    long value = Abstract.getAttr(space, module, name);
                    try {
                        Abstract.setItem(space, f.locals, name, value);
                    } finally {
                        space.decref(value);
                    }
                } finally {
                    space.decref(name);
                }
            }
        } finally {
            if (it != 0) {
                space.decref(it);
            }
            if (names != 0) {
                space.decref(names);
            }
            space.decref(module);
        }
    }

    // ------------------------------------------------------------------ exceptions

    private void raise(EvalThread t, Frame f, int arg) {
        long cause = arg == 2 ? f.pop() : 0;
        long exc = arg >= 1 ? f.pop() : 0;
        if (arg == 0) {
            if (t.excValue == 0 || t.excValue == space.none) {
                throw new PyException("RuntimeError", "No active exception to reraise");
            }
            throw reraise(space.newRef(t.excValue));
        }
        long value;
        try {
            value = instantiate(exc, "exceptions must derive from BaseException");
        } finally {
            space.decref(exc);
        }
        if (cause != 0) {
            long c;
            try {
                c = cause == space.none ? 0
                        : instantiate(cause, "exception causes must derive from BaseException");
            } catch (RuntimeException e) {
                space.decref(value);
                throw e;
            } finally {
                space.decref(cause);
            }
            BaseExceptionType base = space.exceptions.base();
            base.putField(value, BaseExceptionType.CAUSE, c);
            memory.putByte(value + BaseExceptionType.SUPPRESS_CONTEXT, (byte) 1);
        }
        throw interp.raised(value);
    }

    /** An exception instance from a raise operand: an instance as is, a class called without arguments. A new reference. */
    private long instantiate(long exc, String message) {
        if (space.typeType.check(exc)) {
            PyType type = space.typeType.described(exc);
            if (type != null && type.isSubtypeOf(space.exceptions.base())) {
                long v = Abstract.call(space, exc);
                if (!space.exceptions.isException(v)) {
                    String got = space.typeOf(v).name;
                    space.decref(v);
                    throw new PyException("TypeError", "calling " + type + " should have returned an instance of "
                            + "BaseException, not " + got);
                }
                return v;
            }
        } else if (space.exceptions.isException(exc)) {
            return space.newRef(exc);
        }
        throw new PyException("TypeError", message);
    }

    /** The message that marks a re-raise (RERAISE, bare {@code raise}): the traceback stays as it is. */
    private static final String RERAISE_MARK = "\u0000reraise";

    private PyException reraise(long exc) {
        return new PyException(space.typeOf(exc).name, RERAISE_MARK, exc, space::decref);
    }

    private void checkExceptionClasses(long right) {
        if (space.tupleType.check(right)) {
            for (int i = 0; i < space.tupleType.size(right); i++) {
                checkExceptionClasses(space.tupleType.item(right, i));
            }
            return;
        }
        PyType t = space.typeType.check(right) ? space.typeType.described(right) : null;
        if (t == null || !t.isSubtypeOf(space.exceptions.base())) {
            throw new PyException("TypeError", "catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** {@code check_except_star_type_valid}: as {@code except}, and no exception group class. */
    private void checkExceptStarClasses(long right) {
        checkExceptionClasses(right);
        PyType group = space.exceptions.groups();
        boolean isGroup = false;
        if (space.tupleType.check(right)) {
            for (int i = 0; i < space.tupleType.size(right) && !isGroup; i++) {
                PyType c = space.typeType.described(space.tupleType.item(right, i));
                isGroup = c != null && c.isSubtypeOf(group);
            }
        } else {
            isGroup = space.typeType.described(right).isSubtypeOf(group);
        }
        if (isGroup) {
            throw new PyException("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    boolean exceptionMatches(long exc, long right) {
        if (space.tupleType.check(right)) {
            for (int i = 0; i < space.tupleType.size(right); i++) {
                if (exceptionMatches(exc, space.tupleType.item(right, i))) {
                    return true;
                }
            }
            return false;
        }
        PyType t = space.typeType.described(right);
        return t != null && space.typeOf(exc).isSubtypeOf(t);
    }

    /**
     * {@code exception_unwind}: finds the handler for {@code e} in {@code f} or a caller; returns the
     * frame to continue in, or rethrows past the entry frame.
     */
    private Frame unwind(EvalThread t, Frame f, RuntimeException error, boolean thrownIn) {
        PyException e = error instanceof PyException p ? p : new PyException("SystemError", String.valueOf(error));
        boolean reraise = RERAISE_MARK.equals(e.pythonMessage());
        long exc = space.exceptions.normalize(e);
        if (!reraise && !thrownIn) {
            setContext(t, exc);
        }
        for (;;) {
            boolean exitUnwind = t.exitUnwind; // a 'return' hook raised: the frame just ends
            t.exitUnwind = false;
            if (!reraise && !exitUnwind) {
                if (!f.code.standsForC) {
                    addTraceback(f, exc);
                }
                if (t.traceFunc != 0) {
                    try {
                        interp.tracing.exception(t, f, exc);
                    } catch (PyException hookError) {
                        e.release();
                        e = hookError;
                        exc = space.exceptions.normalize(e);
                    }
                }
            }
            reraise = false;
            int at = f.unwindFrom >= 0 ? f.unwindFrom : f.lasti;
            f.unwindFrom = -1;
            int h = exitUnwind ? -1 : f.code.handlerFor(at);
            if (h >= 0) {
                int depth = f.code.handlers[h + 3] >> 1;
                boolean lasti = (f.code.handlers[h + 3] & 1) != 0;
                int level = f.code.nlocalsplus + depth;
                while (f.sp > level) {
                    space.xdecref(f.pop());
                }
                if (lasti) {
                    f.push(space.newInt(f.lasti));
                }
                f.push(e.take());
                f.next = f.code.handlers[h + 2];
                return f;
            }
            if (t.useTracing && !exitUnwind) {
                while (f.sp > f.code.nlocalsplus) {
                    space.xdecref(f.pop());
                }
                try {
                    interp.tracing.unwound(t, f);
                } catch (PyException hookError) {
                    e.release();
                    e = hookError;
                    exc = space.exceptions.normalize(e);
                }
            }
            boolean entry = f.entry;
            Frame caller = f.previous;
            if (f.gen != 0) {
                space.generatorType.setState(f.gen, GeneratorType.COMPLETED);
                t.top = f.previous;
                t.rec.depth--;
                f.previous = null;
                space.generatorType.clearFrame(f.gen);
            } else {
                interp.popFrame(t, f);
            }
            if (entry) {
                if (RERAISE_MARK.equals(e.pythonMessage())) {
                    // only the frame that re-raised keeps its traceback as it was: the frame
                    // that gets the exception from a call made outside this loop (a with
                    // statement's __exit__, a generator's throw) adds its own entry
                    e = interp.raised(e.take());
                }
                throw e;
            }
            f = caller;
        }
    }

    /** {@code _PyErr_SetObject}'s chaining: the exception being handled becomes the new one's context. */
    private void setContext(EvalThread t, long exc) {
        long handled = t.excValue;
        if (handled == 0 || handled == space.none || handled == exc) {
            return;
        }
        BaseExceptionType base = space.exceptions.base();
        long existing = base.field(exc, BaseExceptionType.CONTEXT);
        if (existing != 0 && existing != handled) {
            return; // chained where it was raised: the frames it propagates through add nothing
        }
        // avoid a cycle: cut the chain where it reaches exc; a cycle already in the chain (made
        // by assigning __context__) ends the walk when the slow pointer is met (Floyd's, as
        // _PyErr_SetObject), so it never hangs
        long o = handled;
        long slow = handled;
        boolean toggle = false;
        for (;;) {
            long ctx = base.field(o, BaseExceptionType.CONTEXT);
            if (ctx == 0) {
                break;
            }
            if (ctx == exc) {
                base.setField(o, BaseExceptionType.CONTEXT, 0);
                break;
            }
            o = ctx;
            if (o == slow) {
                break;
            }
            if (toggle) {
                slow = base.field(slow, BaseExceptionType.CONTEXT);
            }
            toggle = !toggle;
        }
        if (existing != handled) {
            base.setField(exc, BaseExceptionType.CONTEXT, handled);
        }
    }

    /** {@code PyTraceBack_Here}: a traceback entry for {@code f} at the front of the exception's traceback. */
    private void addTraceback(Frame f, long exc) {
        long frameObject = interp.frameObject(f);
        BaseExceptionType base = space.exceptions.base();
        long old = base.field(exc, BaseExceptionType.TRACEBACK);
        int line = f.code.line(f.lasti);
        space.frameObjectType.setLineno(frameObject, line);
        long tb = space.tracebackType.create(old, frameObject, 2 * f.lasti, line);
        base.putField(exc, BaseExceptionType.TRACEBACK, tb);
    }
}
