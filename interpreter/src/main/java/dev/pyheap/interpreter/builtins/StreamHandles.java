package dev.pyheap.interpreter.builtins;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The table of Java-side streams that a compression module's Python classes hold by an int handle
 * (zlib's Deflater/Inflater, lzma's encoders and decoder pumps, bz2's native streams). A handle is never reused within a
 * heap, so a stale one finds nothing instead of another object's stream; what is still open when the
 * interpreter closes is ended then, through the module's own {@code end}.
 */
final class StreamHandles {
    private final Map<Long, Object> streams = new HashMap<>();
    private long next = 1;

    private StreamHandles() {
    }

    static StreamHandles of(ModuleTable table, Consumer<Object> end) {
        StreamHandles handles = new StreamHandles();
        table.atClose(() -> {
            handles.streams.values().forEach(end);
            handles.streams.clear();
        });
        return handles;
    }

    long add(Object stream) {
        long handle = next++;
        streams.put(handle, stream);
        return handle;
    }

    Object get(long handle) {
        return streams.get(handle);
    }

    Object remove(long handle) {
        return streams.remove(handle);
    }
}
