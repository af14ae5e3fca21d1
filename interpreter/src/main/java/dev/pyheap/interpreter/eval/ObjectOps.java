package dev.pyheap.interpreter.eval;

import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.UnaryOp;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * The evaluator's calls into the object layer (Objects/abstract.c's number protocol,
 * Objects/call.c's vectorcall): one place, so that the loop does not change when the slots do.
 * Operators go through the types' number slots ({@link Abstract#binaryOp}); the loop's own fast
 * paths for ints and floats ({@code BINARY_OP_ADD_INT} ...) are {@link Ceval}'s.
 */
final class ObjectOps {
    private final ObjectSpace space;

    ObjectOps(ObjectSpace space) {
        this.space = space;
    }

    /** {@code BINARY_OP oparg}: a new reference. */
    long binaryOp(long a, long b, int oparg) {
        BinaryOp bop = BinaryOp.ofOparg(oparg);
        return oparg >= BinaryOp.INPLACE ? Abstract.inplaceOp(space, a, b, bop) : Abstract.binaryOp(space, a, b, bop);
    }

    /** {@code UNARY_NEGATIVE}, {@code UNARY_POSITIVE}, {@code UNARY_INVERT}: a new reference. */
    long unaryOp(long a, int opcode) {
        return Abstract.unaryOp(space, a, opcode == 11 ? UnaryOp.NEGATIVE : opcode == 15 ? UnaryOp.INVERT : UnaryOp.POSITIVE);
    }

    /** {@code PyObject_Vectorcall}: a new reference. */
    long call(long callable, long args, long nargs, long kwnames) {
        return Abstract.vectorcall(space, callable, args, nargs, kwnames);
    }

    /** {@code format(value, spec)} ({@code PyObject_Format}): a new str. */
    long format(long value, long spec) {
        if (spec == 0) {
            long empty = space.strType.runtime("");
            try {
                return dev.pyheap.runtime.objects.Formatter.format(space, value, empty);
            } finally {
                space.decref(empty);
            }
        }
        return dev.pyheap.runtime.objects.Formatter.format(space, value, spec);
    }

    /** {@code PyObject_Str}: a new str. */
    long str(long o) {
        return Abstract.strObject(space, o);
    }

    /** {@code PyObject_Repr}: a new str. */
    long repr(long o) {
        return Abstract.reprObject(space, o);
    }
}
