package dev.pyheap.interpreter.run;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The C library's {@code signal} and {@code raise}, called through {@code java.lang.foreign}, for
 * ending the process by a signal as CPython's {@code exit_sigint} does: the signal's default action
 * restored (the JVM's own handler would exit with a status instead), then the signal sent to the
 * calling thread, which ends the process before {@code raise} returns; and for giving the
 * terminating signals CPython leaves alone their default action at start-up.
 */
final class ProcessSignals {
    private ProcessSignals() {
    }

    /**
     * Gives {@code signals} their default action back (the JVM's handlers would run its shutdown and
     * exit with 128 + N instead): a process that is a Python program ends by SIGTERM or SIGHUP from
     * outside at once, as CPython's does, so its parent sees -N. Nothing where native code may not
     * be called.
     */
    static void restoreDefaultActions(int... signals) {
        if (!ProcessSignals.class.getModule().isNativeAccessEnabled()) {
            return;
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle setHandler = linker.downcallHandle(linker.defaultLookup().find("signal").orElseThrow(),
                    FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
            for (int signal : signals) {
                MemorySegment previous = (MemorySegment) setHandler.invokeExact(signal, MemorySegment.NULL); // SIG_DFL
            }
        } catch (Throwable e) {
            // no such function: the JVM's handlers stay
        }
    }

    /** Ends the process by {@code signal}; returns only where native code may not be called or the call failed. */
    static void raiseWithDefaultAction(int signal) {
        if (!ProcessSignals.class.getModule().isNativeAccessEnabled()) {
            return;
        }
        try {
            Linker linker = Linker.nativeLinker();
            var libc = linker.defaultLookup();
            MethodHandle setHandler = linker.downcallHandle(libc.find("signal").orElseThrow(),
                    FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
            MethodHandle raise = linker.downcallHandle(libc.find("raise").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT));
            MemorySegment previous = (MemorySegment) setHandler.invokeExact(signal, MemorySegment.NULL); // SIG_DFL
            if (previous.address() != -1L) { // SIG_ERR
                int sent = (int) raise.invokeExact(signal);
            }
        } catch (Throwable e) {
            // no such function or a failed call: the caller exits with a status instead
        }
    }
}
