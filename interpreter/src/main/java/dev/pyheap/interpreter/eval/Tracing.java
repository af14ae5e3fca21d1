package dev.pyheap.interpreter.eval;

import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.compiler.Opcode;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.FrameObjectType;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.function.LongSupplier;

import static dev.pyheap.interpreter.compiler.Opcode.*;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the trace and profile hooks of 3.11's ceval.c
 * ({@code call_trace}, {@code maybe_call_line_trace}, {@code call_exc_trace}, {@code C_TRACE}),
 * sysmodule.c's trampolines that call the Python functions, and frameobject.c's
 * {@code frame_setlineno} (a trace function's jump).
 *
 * <h2>How the loop reaches it</h2>
 * A thread's {@link EvalThread#useTracing} is true while a trace or profile function is set and
 * none is running. The loop tests it once per instruction (CPython ORs it into the opcode for
 * the same effect) and then calls {@link #beforeInstruction} instead of dispatching at once, as
 * {@code DO_TRACING} does: a {@code RESUME} is a function's entry ('call', also each resumption
 * of a generator); any other instruction from the first {@code RESUME} on may start a line
 * ('line': a new line, or a jump backwards onto a line that is not the target of a
 * {@code yield from} loop; then 'opcode' when the frame asks for it); {@code RETURN_VALUE} and
 * {@code YIELD_VALUE} end a frame's run ('return' with the value). The exception unwinding
 * reports 'exception' in each frame an exception reaches ({@link #exception}, not for a
 * re-raise), and 'return' with None in each frame it leaves ({@link #unwound}). Calls of
 * built-in functions and method descriptors report 'c_call', 'c_return' and 'c_exception' to
 * the profile function only ({@link #cCall}).
 *
 * <h2>Trace calls</h2>
 * Each event makes the frame's frame object, sets the thread as tracing (nothing is traced
 * while a hook runs), and calls the hook with the frame, the event's name and its argument. The
 * trace function set by {@code sys.settrace} is called for 'call'; its result becomes the
 * frame's {@code f_trace}, the local trace function that gets the frame's other events. Before
 * the call the frame's fast locals are copied into {@code f_locals} and after it copied back
 * ({@code PyFrame_LocalsToFast}), so a debugger can change a variable. A hook that raises is
 * unset (and the frame's {@code f_trace} cleared) and its exception replaces the frame's.
 */
final class Tracing {
    static final int CALL = 0, EXCEPTION = 1, LINE = 2, RETURN = 3, C_CALL = 4, C_EXCEPTION = 5, C_RETURN = 6,
            OPCODE = 7;
    private static final String[] WHAT = {"call", "exception", "line", "return", "c_call", "c_exception",
        "c_return", "opcode"};

    private final Interpreter interp;
    private final ObjectSpace space;

    Tracing(Interpreter interp) {
        this.interp = interp;
        this.space = interp.space;
        space.frameObjectType.setJumper((frame, fo, value) -> setLineno(interp.thread(), (Frame) frame, fo, value));
    }

    // ------------------------------------------------------------------ sys.settrace, sys.setprofile

    /** {@code _PyEval_SetTrace}: {@code func} (borrowed; None or 0 unsets) becomes the thread's trace function. */
    void setTrace(EvalThread t, long func) {
        long old = t.traceFunc;
        t.traceFunc = func == 0 || func == space.none ? 0 : space.newRef(func);
        t.updateTracing();
        space.xdecref(old);
    }

    /** {@code _PyEval_SetProfile} with {@code profile_trampoline}: {@code func} (borrowed; None or 0 unsets) is called by the trampoline. */
    void setProfile(EvalThread t, long func) {
        setProfile(t, null, func);
    }

    /** {@code _PyEval_SetProfile(tstate, hook, obj)}: a null hook calls {@code obj} through the trampoline. */
    void setProfile(EvalThread t, Interpreter.ProfileHook hook, long obj) {
        if (t.settingProfile) {
            throw new PyException("RuntimeError", "Cannot install a profile function while another profile function is being installed");
        }
        boolean unset = obj == 0 || obj == space.none && hook == null;
        long old = t.profileFunc;
        // the old object goes before the new one is set, as in CPython; what its release runs
        // (a __del__, a profiler's dealloc) cannot set another one meanwhile
        t.profileFunc = 0;
        t.profileHook = null;
        t.updateTracing();
        if (!unset) {
            space.incref(obj);
        }
        t.settingProfile = true;
        try {
            space.xdecref(old);
        } finally {
            t.settingProfile = false;
        }
        if (!unset) {
            t.profileFunc = obj;
            t.profileHook = hook;
            t.updateTracing();
        }
    }

    /** The thread ends: its hooks go ({@code PyThreadState_Clear}). */
    void clear(EvalThread t) {
        setTrace(t, 0);
        setProfile(t, 0);
    }

    // ------------------------------------------------------------------ the loop's events

    /**
     * {@code DO_TRACING}: the events before the instruction at {@code f.next}. A jump made by the
     * trace function moves {@code f.next}. A hook's exception is thrown with {@code f.lasti} at
     * the instruction, as if it had raised it.
     */
    void beforeInstruction(EvalThread t, Frame f) {
        CodeInfo c = f.code;
        int i = f.next;
        if (i < c.firstTraceable()) {
            return;
        }
        int previous = f.lasti;
        f.lasti = i;
        int op = c.instructions[2 * i] & 0xFF;
        if (op == RESUME) {
            functionEntry(t, f);
            return;
        }
        if (t.traceFunc != 0) {
            lineEvent(t, f, previous, op);
            if (f.lasti != i) { // the trace function jumped: the loop goes on from the new instruction, untraced
                f.next = f.lasti;
                return;
            }
        }
        if (op == RETURN_VALUE || op == YIELD_VALUE) {
            functionExit(t, f, f.top(), true);
        }
    }

    /** {@code trace_function_entry}: 'call' to the trace function, then to the profile function. */
    private void functionEntry(EvalThread t, Frame f) {
        if (t.traceFunc != 0) {
            callTrace(t, f, false, CALL, space.none);
        }
        if (t.profileFunc != 0) {
            callTrace(t, f, true, CALL, space.none);
        }
    }

    /**
     * {@code TRACE_FUNCTION_THROW_ENTRY}: a generator resumed by {@code throw()} reports 'call'
     * before the exception; a hook's exception replaces it and ends the frame. What to raise.
     */
    RuntimeException throwEntry(EvalThread t, Frame f, RuntimeException thrown) {
        try {
            functionEntry(t, f);
            return thrown;
        } catch (PyException e) {
            if (thrown instanceof PyException p) {
                p.release();
            }
            t.exitUnwind = true;
            return e;
        }
    }

    /**
     * {@code trace_function_exit}: 'return' with {@code value} (borrowed; 0 for None). With
     * {@code returning}, a hook's exception ends the frame without a traceback entry of its own,
     * as CPython's {@code exit_unwind} does.
     */
    private void functionExit(EvalThread t, Frame f, long value, boolean returning) {
        long arg = value == 0 ? space.none : value;
        try {
            if (t.traceFunc != 0) {
                callTrace(t, f, false, RETURN, arg);
            }
            if (t.profileFunc != 0) {
                callTrace(t, f, true, RETURN, arg);
            }
        } catch (PyException e) {
            if (returning) {
                t.exitUnwind = true;
            }
            throw e;
        }
    }

    /** {@code maybe_call_line_trace}: 'line' when a line starts, then 'opcode' if the frame asks. */
    private void lineEvent(EvalThread t, Frame f, int previous, int op) {
        CodeInfo c = f.code;
        int lastLine = previous <= c.firstTraceable() ? -1 : c.line(previous);
        int line = c.line(f.lasti);
        long fo = interp.frameObject(f);
        FrameObjectType frames = space.frameObjectType;
        if (line != -1 && frames.traceLines(fo)) {
            if (line != lastLine || (f.lasti < previous && op != SEND)) {
                callTrace(t, f, false, LINE, space.none);
            }
        }
        if (frames.traceOpcodes(fo)) {
            callTrace(t, f, false, OPCODE, space.none);
        }
    }

    /**
     * {@code call_exc_trace}: 'exception' with (type, value, traceback) in the frame the exception
     * {@code exc} (borrowed) reached. A trace function's own exception replaces it (thrown).
     */
    void exception(EvalThread t, Frame f, long exc) {
        if (t.traceFunc == 0 || t.tracing > 0) {
            return;
        }
        long tb = space.exceptions.base().field(exc, BaseExceptionType.TRACEBACK);
        long arg = space.tupleType.create(space.typeOf(exc).typeObject(), exc, tb == 0 ? space.none : tb);
        try {
            callTrace(t, f, false, EXCEPTION, arg);
        } finally {
            space.decref(arg);
        }
    }

    /** {@code TRACE_FUNCTION_UNWIND}: 'return' with None from a frame an exception leaves. */
    void unwound(EvalThread t, Frame f) {
        functionExit(t, f, 0, false);
    }

    /**
     * {@code trace_call_function} and {@code C_TRACE}: a call of a built-in function (or of a
     * method descriptor with its self, reported as the bound method) between 'c_call' and
     * 'c_return' or 'c_exception' to the profile function; other callables are called as they are.
     * {@code args} is the heap address of the {@code nargs} arguments. A new reference.
     */
    long cCall(EvalThread t, long function, long args, int nargs, long kwnames) {
        ObjectOps ops = interp.ops;
        if (space.typeOf(function) == space.builtinFunctionType) {
            return profiledCall(t, function, () -> ops.call(function, args, nargs, kwnames));
        }
        if (space.typeOf(function) == space.methodDescrType && nargs > 0) {
            long self = space.memory.getLong(args);
            long bound = space.methodDescrType.descrGet(function, self, space.typeOf(self).typeObject());
            try {
                return profiledCall(t, bound, () -> ops.call(bound, args + 8, nargs - 1, kwnames));
            } finally {
                space.decref(bound);
            }
        }
        return ops.call(function, args, nargs, kwnames);
    }

    /** {@code do_call_core}'s part of {@link #cCall}: {@code func(*args, **kwargs)} with a tuple and a dict (or 0). */
    long cCallWithTuple(EvalThread t, long func, long args, long kwargs) {
        Ceval ceval = interp.ceval;
        if (space.typeOf(func) == space.builtinFunctionType) {
            return profiledCall(t, func, () -> ceval.callWithTupleAndDict(func, args, kwargs));
        }
        int n = (int) space.tupleType.size(args);
        if (space.typeOf(func) == space.methodDescrType && n > 0) {
            long self = space.tupleType.item(args, 0);
            long bound = space.methodDescrType.descrGet(func, self, space.typeOf(self).typeObject());
            long[] others = new long[n - 1];
            for (int k = 1; k < n; k++) {
                others[k - 1] = space.tupleType.item(args, k);
            }
            long rest = space.tupleType.create(others);
            // the bound method and the rest of the arguments are this call's alone: roots while it runs
            t.hold(bound, EvalThread.OBJECT);
            t.hold(rest, EvalThread.OBJECT);
            try {
                return profiledCall(t, bound, () -> ceval.callWithTupleAndDict(bound, rest, kwargs));
            } finally {
                t.drop();
                t.drop();
                space.decref(rest);
                space.decref(bound);
            }
        }
        return ceval.callWithTupleAndDict(func, args, kwargs);
    }

    private long profiledCall(EvalThread t, long func, LongSupplier call) {
        Frame f = t.top;
        if (t.profileFunc == 0 || f == null) {
            return call.getAsLong();
        }
        callTrace(t, f, true, C_CALL, func);
        long x;
        try {
            x = call.getAsLong();
        } catch (PyException e) {
            if (t.profileFunc != 0) {
                try {
                    callTrace(t, f, true, C_EXCEPTION, func);
                } catch (PyException hookError) {
                    e.release();
                    throw hookError;
                }
            }
            throw e;
        }
        if (t.profileFunc != 0) {
            try {
                callTrace(t, f, true, C_RETURN, func);
            } catch (PyException e) {
                space.decref(x);
                throw e;
            }
        }
        return x;
    }

    // ------------------------------------------------------------------ call_trace and the trampolines

    /**
     * {@code call_trace} with sysmodule.c's {@code trace_trampoline} ({@code profile} false) or
     * {@code profile_trampoline}: {@code arg} borrowed. Throws what the hook raised, after unsetting it.
     */
    private void callTrace(EvalThread t, Frame f, boolean profile, int what, long arg) {
        if (t.tracing > 0) {
            return;
        }
        if (profile && t.profileHook != null) {
            callHook(t, f, what, arg);
            return;
        }
        long fo = interp.frameObject(f);
        FrameObjectType frames = space.frameObjectType;
        long callback = profile ? t.profileFunc : what == CALL ? t.traceFunc : frames.field(fo, FrameObjectType.TRACE);
        if (callback == 0) {
            return;
        }
        int oldWhat = t.tracingWhat;
        t.tracingWhat = what;
        t.tracing++;
        t.updateTracing();
        space.incref(callback);
        space.incref(fo);
        long result;
        try {
            result = trampoline(f, fo, callback, what, arg);
        } catch (PyException e) {
            if (profile) {
                setProfile(t, 0);
            } else {
                setTrace(t, 0);
                frames.setField(fo, FrameObjectType.TRACE, 0);
            }
            throw e;
        } finally {
            space.decref(callback);
            space.decref(fo);
            t.tracing--;
            t.updateTracing();
            t.tracingWhat = oldWhat;
        }
        if (!profile && result != space.none) {
            frames.setField(fo, FrameObjectType.TRACE, result);
        }
        space.decref(result);
    }

    /**
     * {@code call_trace} for a Java profile function: called directly with the frame's code
     * object, so no frame object is made and no locals are synchronised (CPython's C hooks read
     * only the frame's code, as cProfile's does).
     */
    private void callHook(EvalThread t, Frame f, int what, long arg) {
        Interpreter.ProfileHook hook = t.profileHook;
        long obj = t.profileFunc;
        int oldWhat = t.tracingWhat;
        t.tracingWhat = what;
        t.tracing++;
        t.updateTracing();
        space.incref(obj);
        try {
            hook.event(obj, f.code.code, what, arg);
        } catch (PyException e) {
            setProfile(t, 0);
            throw e;
        } finally {
            space.decref(obj);
            t.tracing--;
            t.updateTracing();
            t.tracingWhat = oldWhat;
        }
    }

    /** {@code call_trampoline}: the hook called with (frame, event, arg), the locals synchronised around it. A new reference. */
    private long trampoline(Frame f, long fo, long callback, int what, long arg) {
        boolean fast = (f.code.flags & Code.CO_OPTIMIZED) != 0;
        f.fastToLocals();
        long event = space.strType.literal(WHAT[what]);
        try {
            return Abstract.call(space, callback, new long[] {fo, event, arg});
        } finally {
            space.decref(event);
            if (fast) {
                localsToFast(f);
            }
        }
    }

    /**
     * {@code PyFrame_LocalsToFast(frame, 1)}: the values of {@code f_locals} go back into the fast
     * locals (a cell's content for a cell or free variable); a name missing from the dict empties its local.
     */
    private void localsToFast(Frame f) {
        long locals = f.locals;
        if (locals == 0) {
            return;
        }
        CodeInfo c = f.code;
        for (int i = 0; i < c.nlocalsplus; i++) {
            long name = space.strType.literalName(c.localsplusNames[i]);
            long value;
            try {
                value = space.dictType.get(locals, name);
            } finally {
                space.decref(name);
            }
            long old = f.get(i);
            if ((c.kinds[i] & (Code.CO_FAST_CELL | Code.CO_FAST_FREE)) != 0 && old != 0 && space.cellType.check(old)) {
                if (space.cellType.get(old) != value) {
                    space.cellType.set(old, value);
                }
            } else if (old != value) {
                f.put(i, value == 0 ? 0 : space.newRef(value));
                space.xdecref(old);
            }
        }
    }

    // ------------------------------------------------------------------ frame_setlineno

    /** Stack entry kinds of {@code mark_stacks}, three bits each, the top in the low bits. */
    private static final int ITERATOR = 1, EXCEPT = 2, OBJECT = 3, NULL = 4, LASTI = 5;
    private static final long UNINITIALIZED = -2, OVERFLOWED = -1, EMPTY = 0;
    private static final long WILL_OVERFLOW = 1L << ((63 / 3 - 1) * 3);

    /**
     * {@code frame_setlineno}: {@code frame.f_lineno = value} from a trace function's 'line' event.
     * The target is the first line at or after {@code value} that starts in the code; of its code
     * units, the one whose stack (as {@code mark_stacks} infers the kinds of its entries) the
     * current stack can be cut down to, the deepest such. The entries above are popped (an
     * exception's restores the handled exception) and the loop goes on there, without a 'line'
     * event for it.
     */
    private void setLineno(EvalThread t, Frame f, long fo, long value) {
        if (space.typeOf(value) != space.intType) {
            throw new PyException("ValueError", "lineno must be an integer");
        }
        switch (t.tracingWhat) {
            case LINE -> {
            }
            case CALL -> throw new PyException("ValueError", "can't jump from the 'call' trace event of a new frame");
            default -> throw new PyException("ValueError", "can only jump from a 'line' trace event");
        }
        if (space.frameObjectType.field(fo, FrameObjectType.TRACE) == 0) {
            throw new PyException("ValueError", "f_lineno can only be set by a trace function");
        }
        if (!space.intType.fitsLong(value) || space.intType.longValue(value) != (int) space.intType.longValue(value)) {
            throw new PyException("ValueError", "lineno out of range");
        }
        int requested = (int) space.intType.longValue(value);
        CodeInfo c = f.code;
        if (requested < c.source.firstlineno()) {
            throw new PyException("ValueError", "line " + requested + " comes before the current code block");
        }
        int len = c.instructions.length / 2;
        int[] lines = new int[len];
        int lastLine = -1;
        for (int i = 0; i < len; i++) {
            int line = c.line(i);
            lines[i] = -1;
            if (line != lastLine && line != -1) {
                lines[i] = line;
                lastLine = line;
            }
        }
        int target = Integer.MAX_VALUE;
        for (int line : lines) {
            if (line < target && line >= requested) {
                target = line;
            }
        }
        if (target == Integer.MAX_VALUE) {
            throw new PyException("ValueError", "line " + requested + " comes after the current code block");
        }
        long[] stacks = markStacks(c, len);
        long bestStack = OVERFLOWED;
        int bestAddr = -1;
        long startStack = stacks[f.lasti];
        int err = -1;
        String msg = "cannot find bytecode for specified line";
        for (int i = 0; i < len; i++) {
            if (lines[i] == target) {
                long targetStack = stacks[i];
                if (compatibleStack(startStack, targetStack)) {
                    err = 0;
                    if (targetStack > bestStack) {
                        bestStack = targetStack;
                        bestAddr = i;
                    }
                } else if (err < 0) {
                    if (startStack == OVERFLOWED) {
                        msg = "stack to deep to analyze";
                    } else if (startStack == UNINITIALIZED) {
                        msg = "can't jump from within an exception handler";
                    } else {
                        msg = explainIncompatible(targetStack);
                        err = 1;
                    }
                }
            }
        }
        if (err != 0) {
            throw new PyException("ValueError", msg);
        }
        while (startStack > bestStack) {
            long v = f.pop();
            if ((startStack & 7) == EXCEPT) {
                long old = t.excValue;
                t.excValue = v;
                space.xdecref(old);
            } else {
                space.xdecref(v);
            }
            startStack >>= 3;
        }
        f.lasti = bestAddr;
    }

    private static long push(long stack, int kind) {
        return stack >= WILL_OVERFLOW || stack < 0 ? OVERFLOWED : stack << 3 | kind;
    }

    private static long pop(long stack) {
        return stack >> 3;
    }

    private static int peek(long stack, int n) {
        return (int) (stack >> (3 * (n - 1))) & 7;
    }

    private static long swap(long stack, int n) {
        int toSwap = peek(stack, n);
        long top = stack & 7;
        int shift = 3 * (n - 1);
        long low = (stack & ~(7L << shift)) | (top << shift);
        return (low & ~7L) | toSwap;
    }

    private static long popToLevel(long stack, int level) {
        if (level == 0) {
            return EMPTY;
        }
        long levelMax = 7L << ((level - 1) * 3);
        while (stack > levelMax) {
            stack = pop(stack);
        }
        return stack;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) {
            return false;
        }
        if (to == OBJECT) {
            return from != NULL;
        }
        if (to == NULL) {
            return true;
        }
        return from == to;
    }

    private static boolean compatibleStack(long from, long to) {
        if (from < 0 || to < 0) {
            return false;
        }
        while (from > to) {
            from = pop(from);
        }
        while (from != 0) {
            if (!compatibleKind((int) (from & 7), (int) (to & 7))) {
                return false;
            }
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    private static String explainIncompatible(long to) {
        if (to == OVERFLOWED) {
            return "stack to deep to analyze";
        }
        if (to == UNINITIALIZED) {
            return "can't jump into an exception handler, or code may be unreachable";
        }
        return switch ((int) (to & 7)) {
            case EXCEPT -> "can't jump into an 'except' block as there's no exception";
            case LASTI -> "can't jump into a re-raising block as there's no location";
            case ITERATOR -> "can't jump into the body of a for loop";
            default -> "incompatible stacks";
        };
    }

    /** An instruction's argument with the {@code EXTENDED_ARG}s before it. */
    private static int argAt(byte[] code, int i) {
        int arg = code[2 * i + 1] & 0xFF;
        for (int k = 1; k <= 3 && i - k >= 0 && (code[2 * (i - k)] & 0xFF) == EXTENDED_ARG; k++) {
            arg |= (code[2 * (i - k) + 1] & 0xFF) << (8 * k);
        }
        return arg;
    }

    /**
     * {@code mark_stacks}: for each code unit, the kinds of the entries on the value stack before
     * it runs, or UNINITIALIZED where no path from the start reaches it (exception handlers are
     * reached through the exception table).
     */
    private static long[] markStacks(CodeInfo c, int len) {
        byte[] code = c.instructions;
        long[] stacks = new long[len + 1];
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = c.isGenerator() ? push(EMPTY, OBJECT) : EMPTY;
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < len; i++) {
                long next = stacks[i];
                if (next == UNINITIALIZED) {
                    continue;
                }
                int op = code[2 * i] & 0xFF;
                switch (op) {
                    case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE,
                            POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                            POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                        boolean backward = op == POP_JUMP_BACKWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_TRUE
                                || op == POP_JUMP_BACKWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NOT_NONE;
                        int j = backward ? i + 1 - argAt(code, i) : i + 1 + argAt(code, i);
                        if (stacks[j] == UNINITIALIZED && j < i) {
                            todo = true;
                        }
                        long targetStack;
                        if (op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP) {
                            targetStack = next;
                            next = pop(next);
                        } else {
                            next = pop(next);
                            targetStack = next;
                        }
                        stacks[j] = targetStack;
                        stacks[i + 1] = next;
                    }
                    case SEND -> {
                        stacks[i + 1 + argAt(code, i)] = pop(next);
                        stacks[i + 1] = next;
                    }
                    case JUMP_FORWARD -> stacks[i + 1 + argAt(code, i)] = next;
                    case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> {
                        int j = i + 1 - argAt(code, i);
                        if (stacks[j] == UNINITIALIZED && j < i) {
                            todo = true;
                        }
                        stacks[j] = next;
                    }
                    case GET_ITER, GET_AITER -> stacks[i + 1] = push(pop(next), ITERATOR);
                    case FOR_ITER -> {
                        stacks[i + 1] = push(next, OBJECT);
                        stacks[i + 1 + argAt(code, i)] = pop(next);
                    }
                    case END_ASYNC_FOR -> stacks[i + 1] = pop(pop(pop(next)));
                    case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                    }
                    case PUSH_EXC_INFO -> stacks[i + 1] = push(next, EXCEPT);
                    case POP_EXCEPT -> stacks[i + 1] = pop(next);
                    case PUSH_NULL -> stacks[i + 1] = push(next, NULL);
                    case LOAD_GLOBAL -> {
                        if ((argAt(code, i) & 1) != 0) {
                            next = push(next, NULL);
                        }
                        stacks[i + 1] = push(next, OBJECT);
                    }
                    case LOAD_METHOD -> stacks[i + 1] = push(push(pop(next), NULL), OBJECT);
                    case Opcode.CALL -> { // the opcode: this class's CALL is the trace event
                        int args = argAt(code, i);
                        for (int k = 0; k < args + 2; k++) {
                            next = pop(next);
                        }
                        stacks[i + 1] = push(next, OBJECT);
                    }
                    case SWAP -> stacks[i + 1] = swap(next, argAt(code, i));
                    case COPY -> stacks[i + 1] = push(next, peek(next, argAt(code, i)));
                    default -> {
                        int delta = Opcode.stackEffect(op, argAt(code, i), -1);
                        while (delta < 0) {
                            next = pop(next);
                            delta++;
                        }
                        while (delta > 0) {
                            next = push(next, OBJECT);
                            delta--;
                        }
                        stacks[i + 1] = next;
                    }
                }
            }
            int[] h = c.handlers;
            for (int k = 0; k < h.length; k += 4) {
                int start = h[k], handler = h[k + 2], level = h[k + 3] >> 1;
                if (stacks[start] != UNINITIALIZED && stacks[handler] == UNINITIALIZED) {
                    todo = true;
                    long targetStack = popToLevel(stacks[start], level);
                    if ((h[k + 3] & 1) != 0) {
                        targetStack = push(targetStack, LASTI);
                    }
                    stacks[handler] = push(targetStack, EXCEPT);
                }
            }
        }
        return stacks;
    }
}
