package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.stdout} and {@code sys.stderr} as the program sees them: text streams with
 * {@code write} and {@code flush} (Modules/_io/textio.c's {@code TextIOWrapper}, reduced to what
 * programs call), writing to the runner's Java streams.
 * <pre>   +0 ob_refcnt  +8 ob_type  +16 the index of its Java stream </pre>
 */
final class TextIOType extends PyType {
    private final List<PrintWriter> streams = new ArrayList<>();

    TextIOType(ObjectSpace space) {
        super(space, "_io.TextIOWrapper", null, BASETYPE, 24, 0);
        defineMethod("write", (self, args) -> {
            dev.pyheap.runtime.objects.Args.range("write", args, 1, 1);
            long s = args[0];
            if (!space.strType.check(s)) {
                throw new dev.pyheap.runtime.PyException("TypeError", "write() argument must be str, not "
                        + space.typeOf(s).name);
            }
            String text = space.strType.value(s);
            stream(self).print(text);
            return space.newInt(text.codePointCount(0, text.length()));
        });
        defineMethod("flush", (self, args) -> {
            stream(self).flush();
            return space.newNone();
        });
    }

    /** A new stream object writing to {@code out}. New reference. */
    long create(PrintWriter out) {
        streams.add(out);
        long o = space.newObject(this, 24);
        memory.putLong(o + 16, streams.size() - 1);
        return o;
    }

    boolean check(long o) {
        return space.typeOf(o) == this;
    }

    PrintWriter stream(long o) {
        return streams.get((int) memory.getLong(o + 16));
    }

    @Override
    public void dealloc(long o) {
        space.freeObject(o);
    }
}
