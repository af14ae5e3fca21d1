package dev.pyheap.driver.workloads;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;

/** Module-level definitions shared by the workloads. */
final class Classes {
    private Classes() {
    }

    /**
     * {@code class name: ...} bound as a global, with {@code attributes} already in the class's
     * shared keys (an instance sets each, then dies), so the run adds no attribute name to the
     * heap: the leak check's baseline then already holds them. Returns a new handle to the class.
     */
    static Handle define(PyThreadState t, String name, String... attributes) {
        Handle cls = t.newClass(name);
        t.setGlobal(name, cls);
        try (Handle warm = t.call(cls); Handle none = t.none()) {
            for (String a : attributes) {
                t.setattr(warm, a, none);
            }
        }
        return cls;
    }

    /** Binds {@code name} to None at module level (a global the mutators rebind later). */
    static void bindNone(PyThreadState t, String name) {
        try (Handle none = t.none()) {
            t.setGlobal(name, none);
        }
    }
}
