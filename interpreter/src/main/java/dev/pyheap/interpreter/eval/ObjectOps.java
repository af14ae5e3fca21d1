package dev.pyheap.interpreter.eval;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.UnaryOp;
import dev.pyheap.runtime.objects.IntType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.math.BigInteger;

/**
 * The evaluator's calls into the object layer (Objects/abstract.c's number protocol,
 * Objects/call.c's vectorcall): one place, so that the loop does not change when the slots do.
 * Operators go to {@link Abstract#binaryOp} first; while the number slots of int, float, str,
 * list and tuple are not written yet (they answer NotImplemented, so the protocol raises
 * {@code unsupported operand type(s)}), those operands are computed here as CPython's types compute
 * them. Once a type implements its slot, this fallback is never reached for it.
 */
final class ObjectOps {
    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    private final ObjectSpace space;

    ObjectOps(ObjectSpace space) {
        this.space = space;
    }

    /** {@code BINARY_OP oparg}: a new reference. */
    long binaryOp(long a, long b, int oparg) {
        BinaryOp bop = BinaryOp.ofOparg(oparg);
        try {
            return oparg >= BinaryOp.INPLACE ? Abstract.inplaceOp(space, a, b, bop) : Abstract.binaryOp(space, a, b, bop);
        } catch (PyException e) {
            if (!e.pythonType().equals("TypeError") || !e.pythonMessage().startsWith("unsupported operand")
                    || !builtinOperand(a) || !builtinOperand(b)) {
                throw e;
            }
            e.release();
        }
        return fallback(a, b, oparg);
    }

    private boolean builtinOperand(long o) {
        PyType t = space.typeOf(o);
        return t == space.intType || t == space.boolType || t == space.floatType || isSequence(t);
    }

    private long fallback(long a, long b, int oparg) {
        int op = oparg >= 13 ? oparg - 13 : oparg;
        if (oparg == BinaryOp.INPLACE && space.listType.check(a) && space.listType.check(b)) {
            space.listType.extend(a, b); // list_inplace_concat
            return space.newRef(a);
        }
        long r = numeric(a, b, op);
        if (r != 0) {
            return r;
        }
        PyType ta = space.typeOf(a), tb = space.typeOf(b);
        if (op == 0 && ta == tb && (ta == space.strType || ta == space.listType || ta == space.tupleType)) {
            return concat(a, b, ta);
        }
        if (op == 5 && (isSequence(ta) && space.intType.check(b) || isSequence(tb) && space.intType.check(a))) {
            return repeat(isSequence(ta) ? a : b, space.intType.longValue(isSequence(ta) ? b : a));
        }
        throw new PyException("TypeError", "unsupported operand type(s) for " + SYMBOLS[op] + (oparg >= 13 ? "=" : "")
                + ": '" + ta.name + "' and '" + tb.name + "'");
    }

    private boolean isSequence(PyType t) {
        return t == space.strType || t == space.listType || t == space.tupleType;
    }

    private long concat(long a, long b, PyType t) {
        if (t == space.strType) {
            return space.strType.runtime(space.strType.value(a) + space.strType.value(b));
        }
        long na = Abstract.length(space, a), nb = Abstract.length(space, b);
        long[] items = new long[(int) (na + nb)];
        for (int i = 0; i < na; i++) {
            items[i] = t == space.listType ? space.listType.item(a, i) : space.tupleType.item(a, i);
        }
        for (int i = 0; i < nb; i++) {
            items[(int) na + i] = t == space.listType ? space.listType.item(b, i) : space.tupleType.item(b, i);
        }
        return t == space.listType ? space.listType.create(items) : space.tupleType.create(items);
    }

    private long repeat(long s, long n) {
        PyType t = space.typeOf(s);
        if (t == space.strType) {
            return space.strType.runtime(n <= 0 ? "" : space.strType.value(s).repeat((int) n));
        }
        long len = Abstract.length(space, s);
        long count = Math.max(0, n);
        long[] items = new long[(int) (len * count)];
        for (int k = 0; k < count; k++) {
            for (int i = 0; i < len; i++) {
                items[(int) (k * len + i)] = t == space.listType ? space.listType.item(s, i) : space.tupleType.item(s, i);
            }
        }
        return t == space.listType ? space.listType.create(items) : space.tupleType.create(items);
    }

    private long numeric(long a, long b, int op) {
        IntType ints = space.intType;
        boolean ia = ints.check(a), ib = ints.check(b);
        boolean fa = space.floatType == space.typeOf(a), fb = space.floatType == space.typeOf(b);
        if (ia && ib) {
            return intOp(ints.bigValue(a), ints.bigValue(b), op);
        }
        if ((ia || fa) && (ib || fb)) {
            double x = fa ? space.floatType.value(a) : ints.bigValue(a).doubleValue();
            double y = fb ? space.floatType.value(b) : ints.bigValue(b).doubleValue();
            return floatOp(x, y, op);
        }
        return 0;
    }

    private long newInt(BigInteger v) {
        return v.bitLength() < 64 ? space.newInt(v.longValue()) : space.intType.createFromBig(v);
    }

    private long intOp(BigInteger x, BigInteger y, int op) {
        return switch (op) {
            case 0 -> newInt(x.add(y));
            case 1 -> newInt(x.and(y));
            case 2 -> {
                if (y.signum() == 0) {
                    throw new PyException("ZeroDivisionError", "integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                yield newInt(qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0]);
            }
            case 3 -> {
                if (y.signum() < 0) {
                    throw new PyException("ValueError", "negative shift count");
                }
                yield newInt(x.shiftLeft(y.intValueExact()));
            }
            case 5 -> newInt(x.multiply(y));
            case 6 -> {
                if (y.signum() == 0) {
                    throw new PyException("ZeroDivisionError", "integer division or modulo by zero");
                }
                BigInteger m = x.mod(y.abs());
                yield newInt(y.signum() < 0 && m.signum() != 0 ? m.add(y) : m);
            }
            case 7 -> newInt(x.or(y));
            case 8 -> {
                if (y.signum() < 0) {
                    yield space.floatType.create(Math.pow(x.doubleValue(), y.doubleValue()));
                }
                yield newInt(x.pow(y.intValueExact()));
            }
            case 9 -> {
                if (y.signum() < 0) {
                    throw new PyException("ValueError", "negative shift count");
                }
                yield newInt(x.shiftRight(y.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue()));
            }
            case 10 -> newInt(x.subtract(y));
            case 11 -> {
                if (y.signum() == 0) {
                    throw new PyException("ZeroDivisionError", "division by zero");
                }
                yield space.floatType.create(new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y),
                        java.math.MathContext.DECIMAL64).doubleValue());
            }
            case 12 -> newInt(x.xor(y));
            default -> 0;
        };
    }

    private long floatOp(double x, double y, int op) {
        return switch (op) {
            case 0 -> space.floatType.create(x + y);
            case 5 -> space.floatType.create(x * y);
            case 10 -> space.floatType.create(x - y);
            case 11 -> {
                if (y == 0) {
                    throw new PyException("ZeroDivisionError", "float division by zero");
                }
                yield space.floatType.create(x / y);
            }
            case 2 -> {
                if (y == 0) {
                    throw new PyException("ZeroDivisionError", "float floor division by zero");
                }
                yield space.floatType.create(Math.floor(x / y));
            }
            case 6 -> {
                if (y == 0) {
                    throw new PyException("ZeroDivisionError", "float modulo");
                }
                double m = x % y;
                yield space.floatType.create(m != 0 && (m < 0) != (y < 0) ? m + y : m);
            }
            case 8 -> space.floatType.create(Math.pow(x, y));
            default -> 0;
        };
    }

    /** {@code UNARY_NEGATIVE}, {@code UNARY_POSITIVE}, {@code UNARY_INVERT}: a new reference. */
    long unaryOp(long a, int opcode) {
        UnaryOp uop = opcode == 11 ? UnaryOp.NEGATIVE : opcode == 15 ? UnaryOp.INVERT : UnaryOp.POSITIVE;
        try {
            return Abstract.unaryOp(space, a, uop);
        } catch (PyException e) {
            if (!e.pythonType().equals("TypeError") || !builtinOperand(a)) {
                throw e;
            }
            e.release();
        }
        if (space.intType.check(a)) {
            BigInteger x = space.intType.bigValue(a);
            return newInt(switch (opcode) {
                case 11 -> x.negate();
                case 15 -> x.not();
                default -> x;
            });
        }
        if (space.floatType == space.typeOf(a) && opcode != 15) {
            double x = space.floatType.value(a);
            return space.floatType.create(opcode == 11 ? -x : x);
        }
        String sym = opcode == 11 ? "unary -" : opcode == 15 ? "unary ~" : "unary +";
        throw new PyException("TypeError", "bad operand type for " + sym + ": '" + space.typeOf(a).name + "'");
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
        if (space.strType.check(o) && space.typeOf(o) == space.strType) {
            return space.newRef(o);
        }
        return space.strType.runtime(Abstract.str(space, o));
    }

    /** {@code PyObject_Repr}: a new str. */
    long repr(long o) {
        return Abstract.reprObject(space, o);
    }
}
