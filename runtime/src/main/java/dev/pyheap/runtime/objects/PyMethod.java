package dev.pyheap.runtime.objects;

/**
 * One entry of a type's method table ({@code tp_methods}, a {@code PyMethodDef}): a method called
 * with its receiver and positional arguments (CPython's {@code METH_FASTCALL}), checking them with
 * CPython's messages ({@link Args}). The receiver and the arguments are borrowed; the result is a
 * new reference ({@code None} for methods that return nothing).
 *
 * <p>{@link Abstract#callMethod} finds methods by name ({@code PyObject_CallMethod} without the
 * bound-method object); the interpreter will wrap the same entries in method descriptors.
 */
@FunctionalInterface
public interface PyMethod {
    long call(long self, long[] args);

    /**
     * A method that takes keyword arguments ({@code METH_FASTCALL | METH_KEYWORDS}): called with the
     * call's arguments as they are ({@code list.sort(key=..., reverse=True)}).
     */
    @FunctionalInterface
    interface WithKeywords extends PyMethod {
        long call(long self, CallArguments arguments);

        /** The positional-only call, through the thread's argument area. */
        @Override
        default long call(long self, long[] args) {
            throw new UnsupportedOperationException("called through its method descriptor");
        }
    }

    /**
     * A method CPython declares {@code METH_VARARGS} (with {@code METH_KEYWORDS} when {@code inner}
     * takes keywords): a call through its descriptor packs the positionals into a tuple (the empty
     * tuple when there are none) and the keywords into a dict, as
     * {@code method_vectorcall_VARARGS(_KEYWORDS)} does, so that the call moves
     * {@code gc.get_count()} as CPython's does; {@code inner} reads the same values from the call's
     * vector. {@link PyType#packsArguments} marks a type's methods so.
     */
    record Varargs(PyMethod inner) implements PyMethod {
        @Override
        public long call(long self, long[] args) {
            return inner.call(self, args);
        }
    }
}
