package dev.pyheap.runtime.tracemalloc;

import dev.pyheap.runtime.PyException;

/** How {@link Snapshot#statistics} groups traces: tracemalloc's {@code key_type}. */
public enum KeyType {
    /** By the most recent frame: one statistic per line. */
    LINENO("lineno"),
    /** By the most recent frame's file (line 0). */
    FILENAME("filename"),
    /** By the whole traceback. */
    TRACEBACK("traceback");

    private final String pythonName;

    KeyType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name CPython uses: {@code lineno}, {@code filename}, {@code traceback}. */
    public String pythonName() {
        return pythonName;
    }

    /**
     * The key type CPython calls {@code name}.
     *
     * @throws PyException ValueError {@code unknown key_type: 'x'} for any other name
     */
    public static KeyType of(String name) {
        for (KeyType k : values()) {
            if (k.pythonName.equals(name)) {
                return k;
            }
        }
        throw new PyException("ValueError", "unknown key_type: " + Text.repr(name));
    }
}
