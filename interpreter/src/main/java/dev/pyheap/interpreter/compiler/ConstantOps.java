package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.Operator;
import dev.pyheap.interpreter.ast.PySingleton;
import dev.pyheap.interpreter.ast.Unaryop;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's operators on the constant values the optimizer folds (Objects/longobject.c,
 * floatobject.c, complexobject.c, unicodeobject.c, bytesobject.c, tupleobject.c), with ast_opt.c's
 * size limits. Every method returns null where CPython would raise (ZeroDivisionError,
 * OverflowError, TypeError, ...) or refuse for size: then nothing is folded.
 */
final class ConstantOps {
    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_TOTAL_ITEMS = 1024;

    private ConstantOps() {}

    /** An int (bool counts as int) as a BigInteger, or null. */
    static BigInteger asInt(Object o) {
        return switch (o) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> null;
        };
    }

    static Object fromInt(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static Double asFloat(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        BigInteger i = asInt(o);
        if (i == null) {
            return null;
        }
        double d = i.doubleValue();
        return Double.isInfinite(d) ? null : d; // OverflowError: int too large to convert to float
    }

    private static Complex asComplex(Object o) {
        if (o instanceof Complex c) {
            return c;
        }
        Double d = asFloat(o);
        return d == null ? null : new Complex(d, 0.0);
    }

    /** PyObject_IsTrue. */
    static boolean isTrue(Object o) {
        return switch (o) {
            case PySingleton s -> s != PySingleton.None;
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case byte[] b -> b.length != 0;
            case ConstantTuple t -> !t.elts().isEmpty();
            case ConstantFrozenset f -> !f.elts().isEmpty();
            default -> true;
        };
    }

    static Object unary(Unaryop op, Object v) {
        if (op == Unaryop.Not) {
            return !isTrue(v);
        }
        BigInteger i = asInt(v);
        if (i != null) {
            return switch (op) {
                case Invert -> fromInt(i.not());
                case UAdd -> fromInt(i);
                case USub -> fromInt(i.negate());
                default -> null;
            };
        }
        if (v instanceof Double d) {
            return switch (op) {
                case UAdd -> d;
                case USub -> -d;
                default -> null;
            };
        }
        if (v instanceof Complex c) {
            return switch (op) {
                case UAdd -> c;
                case USub -> new Complex(-c.real(), -c.imag());
                default -> null;
            };
        }
        return null;
    }

    static Object binary(Operator op, Object l, Object r) {
        return switch (op) {
            case Add -> add(l, r);
            case Sub -> numeric(op, l, r);
            case Mult -> safeMultiply(l, r);
            case Div, FloorDiv -> numeric(op, l, r);
            case Mod -> (l instanceof String || l instanceof byte[]) ? null : numeric(op, l, r);
            case Pow -> safePower(l, r);
            case LShift -> safeLshift(l, r);
            case RShift, BitOr, BitXor, BitAnd -> bitwise(op, l, r);
            case MatMult -> null;
        };
    }

    private static Object add(Object l, Object r) {
        if (l instanceof String a && r instanceof String b) {
            return a + b;
        }
        if (l instanceof byte[] a && r instanceof byte[] b) {
            byte[] out = new byte[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
        if (l instanceof ConstantTuple a && r instanceof ConstantTuple b) {
            List<Object> out = new ArrayList<>(a.elts());
            out.addAll(b.elts());
            return new ConstantTuple(out);
        }
        return numeric(Operator.Add, l, r);
    }

    private static int bitLength(BigInteger b) {
        return b.abs().bitLength();
    }

    private static Object safeMultiply(Object v, Object w) {
        BigInteger iv = asInt(v);
        BigInteger iw = asInt(w);
        if (iv != null && iw != null && iv.signum() != 0 && iw.signum() != 0) {
            if (bitLength(iv) + bitLength(iw) > MAX_INT_SIZE) {
                return null;
            }
        } else if (iv != null && (w instanceof ConstantTuple || w instanceof ConstantFrozenset)) {
            int size = w instanceof ConstantTuple t ? t.elts().size() : ((ConstantFrozenset) w).elts().size();
            if (size != 0) {
                if (iv.bitLength() > 63) {
                    return null;
                }
                long n = iv.longValue();
                if (n < 0 || n > MAX_COLLECTION_SIZE / size) {
                    return null;
                }
                if (n != 0 && checkComplexity(w, MAX_TOTAL_ITEMS / n) < 0) {
                    return null;
                }
            }
        } else if (iv != null && (w instanceof String || w instanceof byte[])) {
            int size = w instanceof String s ? s.codePointCount(0, s.length()) : ((byte[]) w).length;
            if (size != 0) {
                if (iv.bitLength() > 63) {
                    return null;
                }
                long n = iv.longValue();
                if (n < 0 || n > MAX_STR_SIZE / size) {
                    return null;
                }
            }
        } else if (iw != null && (v instanceof ConstantTuple || v instanceof ConstantFrozenset || v instanceof String
                || v instanceof byte[])) {
            return safeMultiply(w, v);
        }
        return multiply(v, w);
    }

    private static long checkComplexity(Object obj, long limit) {
        if (obj instanceof ConstantTuple t) {
            limit -= t.elts().size();
            for (int i = 0; limit >= 0 && i < t.elts().size(); i++) {
                limit = checkComplexity(t.elts().get(i), limit);
            }
        } else if (obj instanceof ConstantFrozenset f) {
            limit -= f.elts().size();
            for (int i = 0; limit >= 0 && i < f.elts().size(); i++) {
                limit = checkComplexity(f.elts().get(i), limit);
            }
        }
        return limit;
    }

    private static Object multiply(Object v, Object w) {
        BigInteger n = asInt(w);
        Object seq = v;
        if (n == null || !(v instanceof String || v instanceof byte[] || v instanceof ConstantTuple)) {
            n = asInt(v);
            seq = w;
        }
        if (n != null && (seq instanceof String || seq instanceof byte[] || seq instanceof ConstantTuple)) {
            long times = Math.max(0, n.longValue());
            return switch (seq) {
                case String s -> s.repeat((int) times);
                case byte[] b -> {
                    byte[] out = new byte[(int) (b.length * times)];
                    for (int i = 0; i < times; i++) {
                        System.arraycopy(b, 0, out, i * b.length, b.length);
                    }
                    yield out;
                }
                case ConstantTuple t -> {
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < times; i++) {
                        out.addAll(t.elts());
                    }
                    yield new ConstantTuple(out);
                }
                default -> null;
            };
        }
        return numeric(Operator.Mult, v, w);
    }

    private static Object safePower(Object v, Object w) {
        BigInteger iv = asInt(v);
        BigInteger iw = asInt(w);
        if (iv != null && iw != null && iv.signum() != 0 && iw.signum() > 0) {
            if (iw.bitLength() > 63) {
                return null;
            }
            long wbits = iw.longValue();
            if (bitLength(iv) > MAX_INT_SIZE / wbits) {
                return null;
            }
        }
        return numeric(Operator.Pow, v, w);
    }

    private static Object safeLshift(Object v, Object w) {
        BigInteger iv = asInt(v);
        BigInteger iw = asInt(w);
        if (iv == null || iw == null) {
            return null;
        }
        if (iv.signum() != 0 && iw.signum() != 0) {
            if (iw.signum() < 0) {
                return null; // ValueError: negative shift count
            }
            if (iw.bitLength() > 63) {
                return null;
            }
            long wbits = iw.longValue();
            if (wbits > MAX_INT_SIZE || bitLength(iv) > MAX_INT_SIZE - wbits) {
                return null;
            }
        }
        if (iw.signum() < 0) {
            return null;
        }
        return fromInt(iv.shiftLeft(iw.intValue()));
    }

    private static Object bitwise(Operator op, Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a == null || b == null) {
            return null;
        }
        if (op != Operator.RShift && l instanceof Boolean x && r instanceof Boolean y) {
            return switch (op) {
                case BitOr -> x | y;
                case BitXor -> x ^ y;
                default -> x & y;
            };
        }
        return switch (op) {
            case RShift -> b.signum() < 0 ? null
                    : fromInt(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                            : a.shiftRight(b.intValue()));
            case BitOr -> fromInt(a.or(b));
            case BitXor -> fromInt(a.xor(b));
            default -> fromInt(a.and(b));
        };
    }

    /** The arithmetic of int, float and complex, widened as Python widens. */
    private static Object numeric(Operator op, Object l, Object r) {
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a != null && b != null) {
            return intOp(op, a, b);
        }
        boolean isNum = (a != null || l instanceof Double || l instanceof Complex)
                && (b != null || r instanceof Double || r instanceof Complex);
        if (!isNum) {
            return null;
        }
        if (l instanceof Complex || r instanceof Complex) {
            Complex x = asComplex(l);
            Complex y = asComplex(r);
            return x == null || y == null ? null : complexOp(op, x, y);
        }
        Double x = asFloat(l);
        Double y = asFloat(r);
        return x == null || y == null ? null : floatOp(op, x, y);
    }

    private static Object intOp(Operator op, BigInteger a, BigInteger b) {
        switch (op) {
            case Add:
                return fromInt(a.add(b));
            case Sub:
                return fromInt(a.subtract(b));
            case Mult:
                return fromInt(a.multiply(b));
            case FloorDiv: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
                    q = q.subtract(BigInteger.ONE);
                }
                return fromInt(q);
            }
            case Mod: {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger m = a.remainder(b);
                if (m.signum() != 0 && m.signum() != b.signum()) {
                    m = m.add(b);
                }
                return fromInt(m);
            }
            case Div: {
                if (b.signum() == 0) {
                    return null;
                }
                // Exact operands divide correctly rounded as doubles; larger ones through 60 digits.
                double d = a.bitLength() <= 53 && b.bitLength() <= 53 ? a.doubleValue() / b.doubleValue()
                        : new BigDecimal(a).divide(new BigDecimal(b), new MathContext(60)).doubleValue();
                return Double.isInfinite(d) ? null : d;
            }
            case Pow: {
                if (b.signum() < 0) {
                    Double x = asFloat(a);
                    Double y = asFloat(b);
                    return x == null || y == null ? null : floatOp(Operator.Pow, x, y);
                }
                if (b.bitLength() > 31) {
                    return a.abs().compareTo(BigInteger.ONE) <= 0 ? fromInt(a.pow(b.testBit(0) ? 1 : 2)) : null;
                }
                return fromInt(a.pow(b.intValue()));
            }
            default:
                return null;
        }
    }

    private static Object floatOp(Operator op, double x, double y) {
        switch (op) {
            case Add:
                return x + y;
            case Sub:
                return x - y;
            case Mult:
                return x * y;
            case Div:
                return y == 0.0 ? null : x / y;
            case FloorDiv: {
                if (y == 0.0) {
                    return null;
                }
                return floatDivmod(x, y)[0];
            }
            case Mod: {
                if (y == 0.0) {
                    return null;
                }
                return floatDivmod(x, y)[1];
            }
            case Pow: {
                if (x == 0.0 && y < 0.0) {
                    return null; // ZeroDivisionError
                }
                if (x < 0.0 && y != Math.floor(y) && Double.isFinite(x) && Double.isFinite(y)) {
                    // float_pow hands a negative base with a fractional exponent to complex_pow, which
                    // raises OverflowError for an infinite part (then left to run time)
                    Complex c = pow(new Complex(x, 0.0), new Complex(y, 0.0));
                    return c == null || Double.isInfinite(c.real()) || Double.isInfinite(c.imag()) ? null : c;
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                    return null; // OverflowError
                }
                return r;
            }
            default:
                return null;
        }
    }

    /** float_divmod: Python's floored division and modulo. */
    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static Object complexOp(Operator op, Complex a, Complex b) {
        return switch (op) {
            case Add -> new Complex(a.real() + b.real(), a.imag() + b.imag());
            case Sub -> new Complex(a.real() - b.real(), a.imag() - b.imag());
            case Mult -> prod(a, b);
            case Div -> quot(a, b);
            case Pow -> pow(a, b);
            default -> null;
        };
    }

    private static Complex prod(Complex a, Complex b) {
        return new Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** _Py_c_quot. */
    private static Complex quot(Complex a, Complex b) {
        double absBr = Math.abs(b.real());
        double absBi = Math.abs(b.imag());
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new Complex(Double.NaN, Double.NaN);
    }

    /** complex_pow: c_powi for small integral exponents, else _Py_c_pow. */
    private static Complex pow(Complex a, Complex b) {
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            int n = (int) b.real();
            if (n > 0) {
                return powu(a, n);
            }
            Complex one = new Complex(1.0, 0.0);
            return quot(one, powu(a, -n));
        }
        if (b.real() == 0.0 && b.imag() == 0.0) {
            return new Complex(1.0, 0.0);
        }
        if (a.real() == 0.0 && a.imag() == 0.0) {
            return (b.imag() != 0.0 || b.real() < 0.0) ? null : new Complex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real(), a.imag());
        double len = Math.pow(vabs, b.real());
        double at = Math.atan2(a.imag(), a.real());
        double phase = at * b.real();
        if (b.imag() != 0.0) {
            len /= Math.exp(at * b.imag());
            phase += b.imag() * Math.log(vabs);
        }
        return new Complex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static Complex powu(Complex x, int n) {
        Complex r = new Complex(1.0, 0.0);
        Complex p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }

    /** PyObject_GetItem for a constant container and an int index. */
    static Object getItem(Object container, Object index) {
        BigInteger i = asInt(index);
        if (i == null) {
            return null;
        }
        int len;
        switch (container) {
            case String s -> len = s.codePointCount(0, s.length());
            case byte[] b -> len = b.length;
            case ConstantTuple t -> len = t.elts().size();
            default -> {
                return null;
            }
        }
        if (i.signum() < 0) {
            i = i.add(BigInteger.valueOf(len));
        }
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(len)) >= 0) {
            return null; // IndexError
        }
        int k = i.intValue();
        return switch (container) {
            case String s -> new String(Character.toChars(s.codePointAt(s.offsetByCodePoints(0, k))));
            case byte[] b -> (long) (b[k] & 0xff);
            case ConstantTuple t -> t.elts().get(k);
            default -> null;
        };
    }

    /** PyFrozenSet_New of constants: the items without duplicates (by Python's ==), first one kept. */
    static ConstantFrozenset frozenset(List<Object> items) {
        List<Object> unique = new ArrayList<>();
        for (Object o : items) {
            if (unique.stream().noneMatch(x -> pyEquals(x, o))) {
                unique.add(o);
            }
        }
        return new ConstantFrozenset(unique);
    }

    /** Python's == between two constants, as a set of keys sees it (1 == 1.0 == True). */
    static boolean pyEquals(Object a, Object b) {
        Object na = keyNumber(a);
        Object nb = keyNumber(b);
        if (na != null && nb != null) {
            if (na instanceof Complex || nb instanceof Complex) {
                Complex ca = keyComplex(na);
                Complex cb = keyComplex(nb);
                return ca.real() == cb.real() && ca.imag() == cb.imag();
            }
            if (na instanceof Double || nb instanceof Double) {
                return keyDecimal(na).compareTo(keyDecimal(nb)) == 0 && !(keyIsNaN(na) || keyIsNaN(nb));
            }
            return na.equals(nb);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        return a.equals(b) || (a == PySingleton.None && b == PySingleton.None);
    }

    private static boolean keyIsNaN(Object o) {
        return o instanceof Double d && d.isNaN();
    }

    private static Object keyNumber(Object o) {
        return switch (o) {
            case Boolean b -> BigInteger.valueOf(b ? 1 : 0);
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Double d -> d;
            case Complex c -> c;
            default -> null;
        };
    }

    private static java.math.BigDecimal keyDecimal(Object o) {
        return switch (o) {
            case BigInteger b -> new java.math.BigDecimal(b);
            case Double d -> d.isNaN() || d.isInfinite() ? java.math.BigDecimal.valueOf(Double.MAX_VALUE)
                    .multiply(java.math.BigDecimal.valueOf(d > 0 ? 10 : -10)) : new java.math.BigDecimal(d);
            default -> throw new IllegalArgumentException();
        };
    }

    private static Complex keyComplex(Object o) {
        return switch (o) {
            case Complex c -> c;
            case Double d -> new Complex(d, 0.0);
            case BigInteger b -> new Complex(b.doubleValue(), 0.0);
            default -> throw new IllegalArgumentException();
        };
    }
}
