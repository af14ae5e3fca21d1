package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.GetSetDescrType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file objects {@code open(path)} returns for reading (Modules/_io: {@code BufferedReader} for
 * mode {@code 'rb'}, {@code TextIOWrapper} for {@code 'r'}), reduced to reading: the file is read
 * whole when it is opened, and {@code read}, {@code readline}, {@code readlines}, iteration,
 * {@code close} and the {@code with} protocol consume it. Text mode decodes UTF-8 (or the
 * {@code encoding} given) and translates {@code \r\n} and {@code \r} to {@code \n}, as universal
 * newlines do; {@code name}, {@code mode} and {@code closed} as CPython's. The modes that write
 * are {@code io}'s files.
 * <pre>   +0 ob_refcnt  +8 ob_type  +16 content (bytes or str, owned; 0 once closed)  +24 position
 *   +32 name (str, owned)</pre>
 */
final class FileType extends PyType {
    private static final int CONTENT = 16, POSITION = 24, NAME = 32, SIZE = 40;

    private final boolean text;

    FileType(ObjectSpace space, boolean text) {
        super(space, text ? "_io.TextIOWrapper" : "_io.BufferedReader", null, 0, SIZE, 0);
        this.text = text;
        defineMethod("read", (self, args) -> {
            Args.range("read", args, 0, 1);
            long n = args.length == 0 || args[0] == space.none ? -1 : space.intType.longValue(args[0]);
            return take(self, n, false);
        });
        defineMethod("readline", (self, args) -> {
            Args.range("readline", args, 0, 0);
            return take(self, -1, true);
        });
        defineMethod("readlines", (self, args) -> {
            Args.range("readlines", args, 0, 0);
            long list = space.listType.create();
            for (long line = take(self, -1, true); units(line) > 0; line = take(self, -1, true)) {
                space.listType.append(list, line);
                space.decref(line);
            }
            return list;
        });
        defineMethod("close", (self, args) -> {
            Args.none("close", args);
            close(self);
            return space.newNone();
        });
        defineMethod("__enter__", (self, args) -> {
            Args.none("__enter__", args);
            open(self);
            return space.newRef(self);
        });
        defineMethod("__exit__", (self, args) -> {
            close(self);
            return space.newNone();
        });
    }

    @Override
    protected void fillDict() {
        GetSetDescrType gs = space.getSetDescrType;
        putInDict("name", gs.create(this, "name", o -> space.newRef(memory.getLong(o + NAME)), null));
        putInDict("mode", gs.create(this, "mode", o -> space.strType.runtime(text ? "r" : "rb"), null));
        putInDict("closed", gs.create(this, "closed", o -> space.newBool(memory.getLong(o + CONTENT) == 0), null));
    }

    /** {@code open(path, mode, encoding)}: the file read whole. New reference. */
    long open(String path, String encoding) {
        byte[] data;
        try {
            data = Files.readAllBytes(Path.of(path));
        } catch (IOException e) { // OSError(errno, strerror, filename), as CPython's open raises it
            throw Files.isDirectory(Path.of(path)) ? PosixModule.osError(space, PosixModule.EISDIR, path)
                    : PosixModule.osError(space, e, path);
        }
        long content = text ? space.strType.runtime(decode(data, encoding)) : space.bytesType.of(data);
        long name = space.strType.runtime(path);
        long o = space.newObject(this, SIZE);
        memory.putLong(o + CONTENT, content);
        memory.putLong(o + POSITION, 0);
        memory.putLong(o + NAME, name);
        return o;
    }


    private static String decode(byte[] data, String encoding) {
        try {
            String s = Charset.forName(encoding == null ? "UTF-8" : encoding).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(data)).toString();
            return s.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new PyException("UnicodeDecodeError", "'" + (encoding == null ? "utf-8" : encoding)
                    + "' codec can't decode the file's bytes");
        } catch (IllegalArgumentException e) {
            throw new PyException("LookupError", "unknown encoding: " + encoding);
        }
    }

    private long open(long self) {
        long content = memory.getLong(self + CONTENT);
        if (content == 0) {
            throw new PyException("ValueError", text ? "I/O operation on closed file." : "read of closed file");
        }
        return content;
    }

    private void close(long self) {
        long content = memory.getLong(self + CONTENT);
        memory.putLong(self + CONTENT, 0);
        space.xdecref(content);
    }

    private long units(long s) {
        return text ? space.strType.value(s).length() : space.bytesType.value(s).length;
    }

    /** The next {@code n} units (all when negative), or up to and including the next newline. New reference. */
    private long take(long self, long n, boolean line) {
        long content = open(self);
        int pos = (int) memory.getLong(self + POSITION);
        if (text) {
            String s = space.strType.value(content);
            int end = end(pos, s.length(), n, line ? s.indexOf('\n', pos) : -1);
            memory.putLong(self + POSITION, end);
            return space.strType.runtime(s.substring(pos, end));
        }
        byte[] b = space.bytesType.value(content);
        int nl = -1;
        for (int i = pos; line && i < b.length; i++) {
            if (b[i] == '\n') {
                nl = i;
                break;
            }
        }
        int end = end(pos, b.length, n, nl);
        memory.putLong(self + POSITION, end);
        return space.bytesType.of(java.util.Arrays.copyOfRange(b, pos, end));
    }

    private static int end(int pos, int length, long n, int newline) {
        if (newline >= 0) {
            return newline + 1;
        }
        return n < 0 ? length : (int) Math.min(length, pos + n);
    }

    @Override
    public long iter(long o) {
        open(o);
        return space.newRef(o);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long o) {
        long line = take(o, -1, true);
        if (units(line) == 0) {
            space.decref(line);
            return 0;
        }
        return line;
    }

    @Override
    public String repr(long o) {
        return "<" + name + " name=" + space.strType.repr(memory.getLong(o + NAME)) + (text ? " mode='r' encoding='UTF-8'>" : ">");
    }

    @Override
    public void dealloc(long o) {
        close(o);
        space.decref(memory.getLong(o + NAME));
        space.typeOf(o).tpFree(o);
    }
}
