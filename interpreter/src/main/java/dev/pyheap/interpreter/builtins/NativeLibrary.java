package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.function.Function;

/**
 * A C library a built-in module calls through {@code java.lang.foreign} (libexpat for pyexpat,
 * libsqlite3 for sqlite3), opened by its run-time name on first use and bound once per JVM, as
 * the process loads a shared library once: {@code binder} looks up the entry points the module
 * needs. When native access is not granted or the library is missing, each import of the module
 * fails with an ImportError saying why.
 */
final class NativeLibrary<T> {
    private final String soname;
    private final Function<NativeLibrary<T>, T> binder;
    private final Linker linker = Linker.nativeLinker();
    private SymbolLookup symbols;
    /** The bound entry points, or the reason the library cannot be used; null before the first use. */
    private Object bound;

    NativeLibrary(String soname, Function<NativeLibrary<T>, T> binder) {
        this.soname = soname;
        this.binder = binder;
    }

    Linker linker() {
        return linker;
    }

    /** The library's function {@code name} with the C signature {@code d}. */
    MethodHandle downcall(String name, FunctionDescriptor d) {
        return linker.downcallHandle(symbols.find(name).orElseThrow(() -> new IllegalStateException(name)), d);
    }

    /** Calls a downcall handle whose C result is an int, a pointer or nothing (0). */
    static long call(MethodHandle h, Object... args) {
        try {
            Object r = h.invokeWithArguments(args);
            return r == null ? 0 : r instanceof Integer i ? i : (Long) r;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }

    /** Calls a downcall handle whose C result is a double. */
    static double callDouble(MethodHandle h, Object... args) {
        try {
            return (Double) h.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }

    @SuppressWarnings("unchecked")
    synchronized T get() {
        if (bound == null) {
            try {
                if (!NativeLibrary.class.getModule().isNativeAccessEnabled()) {
                    bound = "native access is not enabled";
                } else {
                    symbols = SymbolLookup.libraryLookup(soname, Arena.global());
                    bound = binder.apply(this);
                }
            } catch (RuntimeException e) {
                bound = soname + " cannot be loaded: " + e.getMessage();
            }
        }
        if (bound instanceof String reason) {
            throw new PyException("ImportError", reason);
        }
        return (T) bound;
    }
}
