package dev.pyheap.interpreter.builtins;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

/**
 * The C library's mathematical functions: CPython 3.11's {@code math} module (and float's
 * {@code **}) calls the platform's libm for {@code exp}, {@code log}, the trigonometric and
 * hyperbolic functions, {@code cbrt}, {@code erf}/{@code erfc}, {@code pow}, {@code atan2} and the
 * rest (all but {@code gamma}, {@code lgamma}, {@code hypot} and {@code fsum}, which are its own C),
 * and glibc's results differ from the JDK's in the last bit for many arguments (a third of
 * {@code erfc}'s, a fifth of {@code log2}'s, a sixth of {@code tanh}'s on a random sample), with
 * neither always correctly rounded, so no pure-Java algorithm reproduces them. A function is
 * called through {@code java.lang.foreign}'s linker when this module may call native code (the
 * launcher grants it; {@link Module#isNativeAccessEnabled()} is asked first, so an embedder who does
 * not grant it gets no warning) and the C library has the symbol; otherwise the JDK's function
 * (the fallback each caller names) answers. Native code is called this way in native and checked
 * memory alike: no heap memory is involved.
 *
 * <p>A function's downcall handle is made the first time an operator for it is asked for and kept
 * for the JVM's life in {@link #HANDLES} (immutable values shared by every heap, as the C library
 * itself is), so each {@code math} module a heap fills reuses it.
 */
final class Libm {
    private Libm() {
    }

    private static final FunctionDescriptor ONE = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE);
    private static final FunctionDescriptor TWO = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE);
    /** Each function's handle, or empty where it cannot be called natively. */
    private static final ConcurrentHashMap<String, Optional<MethodHandle>> HANDLES = new ConcurrentHashMap<>();

    /**
     * {@code name(x)} as the C library computes it, else {@code fallback(x)}; the handle is looked up
     * here, once, so a call is one {@code invokeExact}.
     */
    static DoubleUnaryOperator unary(String name, DoubleUnaryOperator fallback) {
        MethodHandle h = handle(name, ONE);
        if (h == null) {
            return fallback;
        }
        return x -> {
            try {
                return (double) h.invokeExact(x);
            } catch (Throwable t) {
                throw new IllegalStateException("libm " + name + " failed", t);
            }
        };
    }

    /** {@code name(x, y)} as the C library computes it, else {@code fallback(x, y)}; looked up once, as {@link #unary}. */
    static DoubleBinaryOperator binary(String name, DoubleBinaryOperator fallback) {
        MethodHandle h = handle(name, TWO);
        if (h == null) {
            return fallback;
        }
        return (x, y) -> {
            try {
                return (double) h.invokeExact(x, y);
            } catch (Throwable t) {
                throw new IllegalStateException("libm " + name + " failed", t);
            }
        };
    }

    private static final DoubleBinaryOperator ATAN2 = binary("atan2", Math::atan2);

    /** {@code atan2(y, x)} as the C library computes it. */
    static double atan2(double y, double x) {
        return ATAN2.applyAsDouble(y, x);
    }

    /** Whether the C library's functions are used (else the JDK's). */
    static boolean isNative() {
        return handle("atan2", TWO) != null;
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
        return HANDLES.computeIfAbsent(name, n -> Optional.ofNullable(find(n, descriptor))).orElse(null);
    }

    private static MethodHandle find(String name, FunctionDescriptor descriptor) {
        if (!Libm.class.getModule().isNativeAccessEnabled()) {
            return null;
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find(name).map(symbol -> linker.downcallHandle(symbol, descriptor))
                    .orElse(null);
        } catch (UnsupportedOperationException | IllegalCallerException e) {
            return null;
        }
    }
}
