package dev.pyheap.runtime.objects;

/**
 * PEP 523's frame evaluation hook as the object layer sees it: how a call of a Python function
 * (or the resumption of a generator) reaches the evaluation loop, which lives above the runtime.
 * The interpreter installs one per heap ({@link ObjectSpace#frameEvaluator}); until then calling a
 * Python function is a RuntimeError.
 */
public interface FrameEvaluator {
    /**
     * Calls {@code function} (a {@link FunctionType} object, borrowed) in the vectorcall convention:
     * {@code args} is the address of {@code nargs} positional argument pointers in heap memory
     * followed by the values of the keyword arguments named by the tuple {@code kwnames} (0 when
     * none); every argument is borrowed. A new reference.
     */
    long callFunction(long function, long args, long nargs, long kwnames);

    /**
     * Resumes the generator {@code gen} (borrowed) sending {@code value} (borrowed; None to start),
     * or, when {@code exception} is not null, raising it at the point where the generator is
     * suspended. The yielded or returned value (a new reference); whether the generator finished is
     * its frame state.
     */
    long resume(long gen, long value, RuntimeException exception);

    /**
     * The zero-argument {@code super()}'s arguments, taken from the innermost Python frame: the
     * contents of its {@code __class__} cell and its first argument (both borrowed), as
     * {@code super_init_without_args} finds them; null when no Python frame is running. Raises
     * CPython's RuntimeError ({@code super(): __class__ cell not found}, {@code super(): no
     * arguments}) when the frame has none.
     */
    default long[] superArguments() {
        return null;
    }

    /**
     * {@code code.replace(co_flags=..., co_name=..., co_qualname=...)}: a copy of {@code code} with
     * those fields (borrowed), that the evaluator can run (its own data for the code made too).
     * A new reference.
     */
    default long replaceCode(long code, int flags, long name, long qualname) {
        throw new dev.pyheap.runtime.PyException("RuntimeError", "code objects cannot be copied here");
    }

    /**
     * {@code code.__new__}'s {@code PyCode_NewWithPosOnlyArgs} once its arguments are checked: a
     * code object of these fields (borrowed; the local names and their kinds already merged as
     * {@code _Py_set_localsplus_info} does) that the evaluator can run. A new reference.
     */
    default long newCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags, long code,
            long consts, long names, long localsplusnames, byte[] localspluskinds, long filename, long name, long qualname,
            int firstlineno, long linetable, long exceptiontable) {
        throw new dev.pyheap.runtime.PyException("RuntimeError", "code objects cannot be made here");
    }

    /** {@code PyEval_GetGlobals}: the innermost Python frame's globals (borrowed), 0 when none runs. */
    default long currentGlobals() {
        return 0;
    }

    /**
     * {@code PyImport_ImportModule(name)}: the module (a new reference), for the object layer's
     * uses of Python-written modules ({@code copyreg} in {@code object.__reduce_ex__}).
     */
    default long importModule(String name) {
        throw new dev.pyheap.runtime.PyException("ImportError", "No module named '" + name + "'");
    }

    /** Receives the Python frames {@link #pythonFrames} reports. */
    @FunctionalInterface
    interface FrameSink {
        void frame(String function, String filename, int lineno);
    }

    /**
     * The calling thread's Python frames, for tracemalloc ({@code traceback_get_frames}): passes
     * the function's name, the file name and the line of the instruction running (a caller's: its call) of at most
     * {@code limit} of them to {@code sink}, most recent first, and returns how many frames the
     * thread runs in all; 0 when it runs none (the embedder's frames then stand for the site).
     * Called only while tracing, on the thread holding the GIL.
     */
    default int pythonFrames(int limit, FrameSink sink) {
        return 0;
    }

    /** The calling thread's {@code sys.set_asyncgen_hooks} firstiter (borrowed), or 0. */
    default long asyncGenFirstiter() {
        return 0;
    }

    /** The calling thread's {@code sys.set_asyncgen_hooks} finalizer (borrowed), or 0. */
    default long asyncGenFinalizer() {
        return 0;
    }
}
