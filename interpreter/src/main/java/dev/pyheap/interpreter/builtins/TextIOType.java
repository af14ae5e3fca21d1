package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.GetSetDescrType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.stdout} and {@code sys.stderr} as the program sees them: text streams with
 * {@code write} and {@code flush} (Modules/_io/textio.c's {@code TextIOWrapper}, reduced to what
 * programs call), writing to the runner's Java streams, with the descriptive attributes CPython's
 * give when the output is not a terminal: {@code name} ({@code <stdout>}), {@code mode} ({@code w}),
 * {@code encoding} ({@code utf-8}), {@code errors} ({@code surrogateescape}, as in the C.UTF-8 locale; {@code backslashreplace} for
 * stderr), {@code fileno()}, {@code isatty()} (False: the runner's streams are not a terminal),
 * {@code readable()}/{@code writable()}/{@code seekable()}, {@code closed}, {@code line_buffering}.
 * <pre>   +0 ob_refcnt  +8 ob_type  +16 the index of its Java stream </pre>
 */
final class TextIOType extends PyType {
    private record Stream(PrintWriter out, int fd) {
    }

    private final List<Stream> streams = new ArrayList<>();

    TextIOType(ObjectSpace space) {
        super(space, "_io.TextIOWrapper", null, BASETYPE, 24, 0);
        defineMethod("write", (self, args) -> {
            Args.range("write", args, 1, 1);
            long s = args[0];
            if (!space.strType.check(s)) {
                throw new PyException("TypeError", "write() argument must be str, not " + space.typeOf(s).name);
            }
            String text = space.strType.value(s);
            stream(self).print(text);
            return space.newInt(text.codePointCount(0, text.length()));
        });
        defineMethod("flush", (self, args) -> {
            Args.none("flush", args);
            stream(self).flush();
            return space.newNone();
        });
        defineMethod("fileno", (self, args) -> {
            Args.none("fileno", args);
            return space.newInt(fd(self));
        });
        // what a write-only stream that is not a terminal answers
        for (String query : List.of("isatty", "readable", "seekable", "writable")) {
            boolean answer = query.equals("writable");
            defineMethod(query, (self, args) -> {
                Args.none(query, args);
                return space.newBool(answer);
            });
        }
    }

    @Override
    protected void fillDict() {
        GetSetDescrType gs = space.getSetDescrType;
        putInDict("name", gs.create(this, "name", o -> space.strType.runtime(fd(o) == 1 ? "<stdout>" : "<stderr>"), null));
        putInDict("mode", gs.create(this, "mode", o -> space.strType.runtime("w"), null));
        putInDict("encoding", gs.create(this, "encoding", o -> space.strType.runtime("utf-8"), null));
        putInDict("errors", gs.create(this, "errors", o -> space.strType.runtime(fd(o) == 1 ? "surrogateescape" : "backslashreplace"), null));
        putInDict("closed", gs.create(this, "closed", o -> space.newBool(false), null));
        putInDict("line_buffering", gs.create(this, "line_buffering", o -> space.newBool(false), null));
    }

    /** A new stream object writing to {@code out}, standing for file descriptor {@code fd}. New reference. */
    long create(PrintWriter out, int fd) {
        streams.add(new Stream(out, fd));
        long o = space.newObject(this, 24);
        memory.putLong(o + 16, streams.size() - 1);
        return o;
    }

    boolean check(long o) {
        return space.typeOf(o) == this;
    }

    PrintWriter stream(long o) {
        return streams.get((int) memory.getLong(o + 16)).out();
    }

    private int fd(long o) {
        return streams.get((int) memory.getLong(o + 16)).fd();
    }

    @Override
    public void dealloc(long o) {
        space.typeOf(o).tpFree(o);
    }
}
