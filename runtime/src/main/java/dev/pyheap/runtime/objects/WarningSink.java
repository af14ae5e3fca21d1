package dev.pyheap.runtime.objects;

/**
 * {@code PyErr_WarnEx} as the object layer sees it: where a warning the runtime issues goes (int()
 * delegating to {@code __trunc__}, a {@code __complex__} returning a complex subclass, ...). The
 * warnings module lives above the runtime: the interpreter installs one sink per heap
 * ({@link ObjectSpace#warningSink}), which runs its filters, so a warning may be shown, ignored,
 * or raised as an exception (the sink then throws it). Without one, the runtime's warnings are
 * dropped.
 */
@FunctionalInterface
public interface WarningSink {
    /**
     * Issues {@code message} of {@code category} (a Warning type) attributed to the Python frame
     * {@code stackLevel} levels up from the running code (1: the innermost Python frame, the one
     * whose instruction called into the runtime).
     */
    void warn(BaseExceptionType category, String message, int stackLevel);
}
