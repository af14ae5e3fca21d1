package dev.pyheap.interpreter.builtins;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

/**
 * The C library's mathematical functions where the JDK's give other last digits: CPython's
 * {@code math} module calls the platform's libm, and glibc's {@code atan2} differs from
 * {@link Math#atan2} in the last bit for about one argument pair in six (and is not always correctly
 * rounded either, so no pure-Java algorithm reproduces it). The function is called through
 * {@code java.lang.foreign}'s linker when this module may call native code (the launcher grants
 * it; {@link Module#isNativeAccessEnabled()} is asked first, so an embedder who does not grant it
 * gets no warning) and the C library has the symbol; otherwise the JDK's function answers. The
 * handle is a constant, found on first use; native code is called this way in native and checked
 * memory alike (no heap memory is involved).
 */
final class Libm {
    private Libm() {
    }

    /** {@code atan2(y, x)} as the C library computes it. */
    static double atan2(double y, double x) {
        MethodHandle h = Handles.ATAN2;
        if (h == null) {
            return Math.atan2(y, x);
        }
        try {
            return (double) h.invokeExact(y, x);
        } catch (Throwable t) {
            throw new IllegalStateException("libm atan2 failed", t);
        }
    }

    /** Whether the C library's functions are used (else the JDK's). */
    static boolean isNative() {
        return Handles.ATAN2 != null;
    }

    /** Initialized on first use: the downcall handles, or null where native code may not be called. */
    private static final class Handles {
        static final MethodHandle ATAN2 = find("atan2", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE, JAVA_DOUBLE));

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
}
