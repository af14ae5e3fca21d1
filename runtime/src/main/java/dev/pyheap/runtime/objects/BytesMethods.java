package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What {@code bytes} and {@code bytearray} share (Objects/bytes_methods.c and the stringlib
 * functions both types instantiate): the operations on the contents as a Java {@code byte[]}, and
 * the methods, each defined once and given to both types with a maker of the result's type.
 */
final class BytesMethods extends TextMethods {
    /** The type's name as the messages show it ({@code bytes} or {@code bytearray}). */
    private final String typeName;
    /** Makes a new object of the receiver's type from contents. */
    private final Function<byte[], Long> maker;

    /** Whether the receiver's type is bytes (results equal to it may be the receiver itself). */
    private final boolean immutable;

    private BytesMethods(ObjectSpace space, String typeName, Function<byte[], Long> maker, boolean immutable) {
        super(space);
        this.typeName = typeName;
        this.maker = maker;
        this.immutable = immutable;
    }

    /** Defines the shared methods on {@code type} (bytes when {@code immutable}, else bytearray). */
    static void define(ObjectSpace space, PyType type, boolean immutable, BiConsumer<String, PyMethod> def) {
        Function<byte[], Long> maker = immutable ? b -> space.bytesType.of(b) : b -> ((ByteArrayType) type).create(b);
        BytesMethods m = new BytesMethods(space, type.name, maker, immutable);
        m.defineShared(def);
        m.defineAll(def);
    }

    // ------------------------------------------------------------------ operations on contents

    /** The contents of a bytes-like object (bytes, bytearray), or null for anything else ({@code PyObject_CheckBuffer}). */
    static byte[] bufferOf(ObjectSpace space, long o) {
        if (space.bytesType.check(o)) {
            return space.bytesType.value(o);
        }
        if (space.byteArrayType.check(o)) {
            return space.byteArrayType.value(o);
        }
        PyType t = space.typeOf(o);
        Buffer b = t.getBuffer(o);
        if (b == null) {
            return null;
        }
        try {
            return b.toBytes(space.memory);
        } finally {
            t.releaseBuffer(o);
        }
    }

    /** {@code PyIndex_Check}: an int, or an object whose class defines {@code __index__}. */
    static boolean indexCheck(ObjectSpace space, long o) {
        PyType t = space.typeOf(o);
        return t.hasFlag(PyType.LONG_SUBCLASS) || t.specialMethod("__index__") != 0 || t.hasIndexSlot();
    }

    /** {@code PyNumber_AsSsize_t(o, IndexError)} through {@code __index__}. */
    static long asIndex(ObjectSpace space, long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            if (!space.intType.fitsLong(i)) { // PyNumber_AsSsize_t names the object it was given
                throw new PyException("IndexError", "cannot fit '" + space.typeOf(o).name + "' into an index-sized integer");
            }
            return Abstract.index(space, i);
        } finally {
            space.decref(i);
        }
    }

    /** The contents of a bytes-like argument, or CPython's {@code a bytes-like object is required, not 'X'}. */
    static byte[] requireBuffer(ObjectSpace space, long o) {
        byte[] b = bufferOf(space, o);
        if (b == null) {
            throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(o).name + "'");
        }
        return b;
    }

    static byte[] slice(ObjectSpace space, byte[] data, long slice) {
        long[] s = space.sliceType.indices(slice, data.length);
        byte[] out = new byte[(int) s[3]];
        for (int k = 0; k < s[3]; k++) {
            out[k] = data[(int) (s[0] + k * s[2])];
        }
        return out;
    }

    /**
     * {@code o[slice]} of a bytes or bytearray object, read where its bytes are: a copy of the whole
     * object first would make a small slice of a big one cost its size. A bytearray that the slice's
     * {@code __index__} methods resized is sliced again at its new length.
     */
    static byte[] slice(ObjectSpace space, long o, long slice) {
        boolean bytes = space.bytesType.check(o);
        long length = bytes ? space.bytesType.length(o) : space.byteArrayType.length(o);
        long[] s = space.sliceType.indices(slice, length);
        if (!bytes && space.byteArrayType.length(o) != length) {
            return slice(space, space.byteArrayType.value(o), slice);
        }
        long data = bytes ? o + BytesType.DATA : space.byteArrayType.start(o);
        byte[] out = new byte[(int) s[3]];
        if (s[2] == 1) {
            space.memory.read(data + s[0], out, 0, out.length);
        } else {
            for (int k = 0; k < out.length; k++) {
                out[k] = space.memory.getByte(data + s[0] + k * s[2]);
            }
        }
        return out;
    }

    /** {@code bytes_contains}: an int in 0..255 as a byte, or a bytes-like object as a substring. */
    static boolean contains(ObjectSpace space, long o, long v) {
        int[] sub;
        if (indexCheck(space, v)) {
            sub = new int[] {ByteArrayType.byteValue(space, v, "byte must be in range(0, 256)")};
        } else {
            sub = units(requireBuffer(space, v));
        }
        Stringlib.View haystack = view(space, o); // after __index__, which may have resized a bytearray
        return haystack.find(sub, 0, haystack.length()) >= 0;
    }

    /** The bytes of a bytes or bytearray object where they are. */
    static Stringlib.View view(ObjectSpace space, long o) {
        if (space.bytesType.check(o)) {
            return new Stringlib.View(space.memory, o + BytesType.DATA, 1, (int) space.bytesType.length(o));
        }
        ByteArrayType b = space.byteArrayType;
        return new Stringlib.View(space.memory, b.start(o), 1, (int) b.length(o));
    }

    /** The first index of {@code needle} in {@code haystack[from, to)}, or -1. */
    static int find(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last index of {@code needle} in {@code haystack[from, to)}, or -1. */
    static int rfind(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Comparison against any bytes-like object, byte by byte (unsigned), then by length. */
    static long compare(ObjectSpace space, byte[] a, long b, CompareOp op) {
        byte[] other = bufferOf(space, b);
        if (other == null) {
            return space.newNotImplemented();
        }
        return space.newBool(op.holds(Arrays.compareUnsigned(a, other)));
    }

    /** {@code a + b}: {@code can't concat X to Y} when {@code b} is not bytes-like. */
    static byte[] concat(ObjectSpace space, long a, long b) {
        byte[] other = bufferOf(space, b);
        if (other == null) {
            throw new PyException("TypeError", "can't concat " + space.typeOf(b).name + " to " + space.typeOf(a).name);
        }
        return concat(bufferOf(space, a), other);
    }

    static byte[] concat(byte[] a, byte[] other) {
        byte[] out = Arrays.copyOf(a, a.length + other.length);
        System.arraycopy(other, 0, out, a.length, other.length);
        return out;
    }

    static byte[] repeat(byte[] data, long count) {
        if (count > 0 && data.length > Long.MAX_VALUE / count) {
            throw new PyException("MemoryError", "");
        }
        long total = Math.max(0, count) * data.length;
        if (total > Integer.MAX_VALUE - 16) {
            throw new PyException("MemoryError", "");
        }
        byte[] out = new byte[(int) total];
        for (int i = 0; i < out.length; i += data.length) {
            System.arraycopy(data, 0, out, i, data.length);
        }
        return out;
    }

    /**
     * {@code PyBytes_Repr}: single quotes unless the contents hold a single quote and no double
     * quote. bytearray's repr (a prefix given) escapes a single quote even inside double quotes.
     */
    static String repr(String prefix, byte[] data, String suffix) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : data) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder s = new StringBuilder(prefix).append('b').append(quote);
        for (byte x : data) {
            int c = x & 0xFF;
            if (c == quote || c == '\\' || (c == '\'' && !prefix.isEmpty())) {
                s.append('\\').append((char) c);
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c >= 32 && c < 127) {
                s.append((char) c);
            } else {
                s.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return s.append(quote).append(suffix).toString();
    }

    // ------------------------------------------------------------------ methods

    private byte[] self(long o) {
        return bufferOf(space, o);
    }

    private long make(byte[] b) {
        return maker.apply(b);
    }

    /** The bytes as {@link Stringlib}'s code units (0..255). */
    static int[] units(byte[] b) {
        int[] u = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            u[i] = b[i] & 0xFF;
        }
        return u;
    }

    private static byte[] bytes(int[] u) {
        byte[] b = new byte[u.length];
        for (int i = 0; i < u.length; i++) {
            b[i] = (byte) u[i];
        }
        return b;
    }

    // ------------------------------------------------------------------ TextMethods

    @Override
    int[] units(long o) {
        return units(self(o));
    }

    @Override
    boolean mutable() {
        return !immutable;
    }

    @Override
    Stringlib.View view(long o) {
        return view(space, o);
    }

    @Override
    long slice(long o, int from, int to) {
        byte[] b = new byte[to - from];
        if (b.length > 0) {
            space.memory.read(view(o).address() + from, b, 0, b.length);
        }
        return make(b);
    }

    @Override
    long make(int[] u) {
        return make(bytes(u));
    }

    @Override
    long fresh(int[] u) {
        return immutable ? space.bytesType.fresh(bytes(u)) : make(bytes(u));
    }

    @Override
    boolean returnsSelf(long self) {
        return immutable && space.bytesType.checkExact(self);
    }

    @Override
    int[] textArg(long o, String method, int position) {
        return buffer(o);
    }

    @Override
    int[] affixArg(long o, String method, boolean item) {
        byte[] b = bufferOf(space, o);
        if (b == null) {
            throw new PyException("TypeError", item ? "a bytes-like object is required, not '" + space.typeOf(o).name + "'"
                    : method + " first arg must be bytes or a tuple of bytes, not " + space.typeOf(o).name);
        }
        return units(b);
    }

    @Override
    int fillArg(long o, String method) {
        byte[] f = bufferOf(space, o);
        if (f == null || f.length != 1) {
            throw new PyException("TypeError", method + "() argument 2 must be a byte string of length 1, not "
                    + space.typeOf(o).name);
        }
        return f[0] & 0xFF;
    }

    @Override
    boolean isSpace(int c) {
        return isAsciiSpace(c);
    }

    @Override
    boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    @Override
    String notFound() {
        return "subsection not found";
    }

    @Override
    String qualified(String method) {
        return typeName + "." + method;
    }

    /** bytes gives the separator object back; bytearray a new bytearray of it ({@code bytearray_fromobject}). */
    @Override
    long partitionSeparator(long sepObject, int[] sep) {
        return immutable ? space.newRef(sepObject) : make(sep);
    }

    /** A bytes-like argument ({@code Py_buffer}): CPython's {@code a bytes-like object is required}. */
    private int[] buffer(long o) {
        return units(requireBuffer(space, o));
    }

    /** The sub argument of find, count and index ({@code parse_args_finds_byte}): an int byte or a bytes-like object. */
    @Override
    int[] subArg(long o) {
        if (indexCheck(space, o)) {
            return new int[] {ByteArrayType.byteValue(space, o, "byte must be in range(0, 256)")};
        }
        byte[] b = bufferOf(space, o);
        if (b == null) {
            throw new PyException("TypeError", "argument should be integer or bytes-like object, not '" + space.typeOf(o).name + "'");
        }
        return units(b);
    }

    private String str(long o, String function, String parameter) {
        if (!space.strType.check(o)) {
            throw CallArguments.badArgument(space, function, "argument '" + parameter + "'", "str", o);
        }
        return space.strType.value(o);
    }

    /** {@code Py_ISSPACE}: the ASCII white space bytes. */
    static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** The ASCII cases of bytes ({@code Py_ISUPPER}, {@code Py_TOLOWER}, ...). */
    static final Stringlib.Cases ASCII = new Stringlib.Cases() {
        @Override
        public boolean isUpper(int c) {
            return c >= 'A' && c <= 'Z';
        }

        @Override
        public boolean isLower(int c) {
            return c >= 'a' && c <= 'z';
        }

        @Override
        public int toUpper(int c) {
            return isLower(c) ? c - 32 : c;
        }

        @Override
        public int toLower(int c) {
            return isUpper(c) ? c + 32 : c;
        }
    };

    private PyMethod mapping(String name, java.util.function.IntUnaryOperator f) {
        return (self, args) -> {
            Args.none(typeName + "." + name, args);
            int[] u = units(self);
            for (int i = 0; i < u.length; i++) {
                u[i] = f.applyAsInt(u[i]);
            }
            return make(u);
        };
    }

    private PyMethod predicate(String name, java.util.function.IntPredicate p) {
        return (self, args) -> {
            Args.none(typeName + "." + name, args);
            int[] u = units(self);
            boolean all = u.length > 0;
            for (int c : u) {
                all &= p.test(c);
            }
            return space.newBool(all);
        };
    }

    /** {@code bytes.hex(sep, bytes_per_sep)} ({@code _Py_strhex_impl}): groups counted from the right, or the left when negative. */
    static String hex(ObjectSpace space, byte[] data, long sep, long bytesPerSep) {
        String separator = "";
        if (sep != 0) {
            if (Abstract.length(space, sep) != 1) { // _Py_strhex_impl: the length first, of any sized object
                throw new PyException("ValueError", "sep must be length 1.");
            }
            String st = space.strType.check(sep) ? space.strType.value(sep)
                    : space.bytesType.check(sep) ? new String(space.bytesType.value(sep), java.nio.charset.StandardCharsets.ISO_8859_1)
                    : null;
            if (st == null) {
                throw new PyException("TypeError", "sep must be str or bytes.");
            }
            if (st.charAt(0) > 127) {
                throw new PyException("ValueError", "sep must be ASCII.");
            }
            separator = st;
        }
        int group = separator.isEmpty() ? 0 : (int) Math.min(Math.abs(bytesPerSep), Integer.MAX_VALUE);
        StringBuilder s = new StringBuilder(data.length * 3);
        for (int i = 0; i < data.length; i++) {
            if (group > 0 && i > 0) {
                int counted = bytesPerSep < 0 ? i : data.length - i;
                if (counted % group == 0) {
                    s.append(separator);
                }
            }
            s.append(Character.forDigit((data[i] >> 4) & 15, 16)).append(Character.forDigit(data[i] & 15, 16));
        }
        return s.toString();
    }

    /** {@code _PyBytes_FromHex}: pairs of hex digits, white space allowed between pairs. */
    static byte[] fromHex(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() / 2);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && c < 128) {
                i++;
                continue;
            }
            int hi = c < 128 ? Character.digit(c, 16) : -1;
            if (hi < 0) {
                throw new PyException("ValueError", "non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && text.charAt(i + 1) < 128 ? Character.digit(text.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw new PyException("ValueError", "non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private void defineAll(BiConsumer<String, PyMethod> def) {
        def.accept("decode", (PyMethod.WithKeywords) (self, a) -> {
            long[] v = a.unpack(0, "encoding", "errors");
            String encoding = v[0] != 0 ? str(v[0], "decode", "encoding") : "utf-8";
            String errors = v[1] != 0 ? str(v[1], "decode", "errors") : "strict";
            if (!Codecs.builtIn(encoding) && space.codecRegistry != null) {
                return space.codecRegistry.decode(self, encoding, errors);
            }
            return space.strType.runtime(Codecs.decode(space, self(self), encoding, errors));
        });
        def.accept("hex", (PyMethod.WithKeywords) (self, a) -> {
            long[] v = a.unpack(0, "sep", "bytes_per_sep");
            return space.strType.runtime(hex(space, self(self), v[0], v[1] != 0 ? Args.cInt(space, v[1]) : 1));
        });
        def.accept("upper", mapping("upper", ASCII::toUpper));
        def.accept("lower", mapping("lower", ASCII::toLower));
        def.accept("swapcase", mapping("swapcase", c -> ASCII.isUpper(c) ? ASCII.toLower(c) : ASCII.toUpper(c)));
        def.accept("title", (self, args) -> {
            Args.none(typeName + ".title", args);
            return make(Stringlib.title(units(self), ASCII));
        });
        def.accept("capitalize", (self, args) -> {
            Args.none(typeName + ".capitalize", args);
            int[] u = units(self);
            for (int i = 0; i < u.length; i++) {
                u[i] = i == 0 ? ASCII.toUpper(u[i]) : ASCII.toLower(u[i]);
            }
            return make(u);
        });
        def.accept("isalnum", predicate("isalnum", c -> ASCII.isUpper(c) || ASCII.isLower(c) || c >= '0' && c <= '9'));
        def.accept("isalpha", predicate("isalpha", c -> ASCII.isUpper(c) || ASCII.isLower(c)));
        def.accept("isdigit", predicate("isdigit", c -> c >= '0' && c <= '9'));
        def.accept("isspace", predicate("isspace", BytesMethods::isAsciiSpace));
        def.accept("isascii", (self, args) -> {
            Args.none(typeName + ".isascii", args);
            for (byte b : self(self)) {
                if (b < 0) {
                    return space.newFalse();
                }
            }
            return space.newTrue();
        });
        def.accept("isupper", (self, args) -> {
            Args.none(typeName + ".isupper", args);
            int[] u = units(self);
            return space.newBool(java.util.Arrays.stream(u).anyMatch(ASCII::isUpper) && java.util.Arrays.stream(u).noneMatch(ASCII::isLower));
        });
        def.accept("islower", (self, args) -> {
            Args.none(typeName + ".islower", args);
            int[] u = units(self);
            return space.newBool(java.util.Arrays.stream(u).anyMatch(ASCII::isLower) && java.util.Arrays.stream(u).noneMatch(ASCII::isUpper));
        });
        def.accept("istitle", (self, args) -> {
            Args.none(typeName + ".istitle", args);
            return space.newBool(Stringlib.isTitle(units(self), ASCII));
        });
        def.accept("join", (self, args) -> {
            long items = Abstract.sequenceFast(space, Args.one(typeName + ".join", args), "can only join an iterable");
            boolean tuple = space.tupleType.checkExact(items);
            try {
                byte[] sep = self(self);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                int n = (int) (tuple ? space.tupleType.size(items) : space.listType.size(items));
                for (int i = 0; i < n; i++) {
                    long item = tuple ? space.tupleType.item(items, i) : space.listType.item(items, i);
                    byte[] b = bufferOf(space, item);
                    if (b == null) {
                        throw new PyException("TypeError", "sequence item " + i + ": expected a bytes-like object, "
                                + space.typeOf(item).name + " found");
                    }
                    if (i > 0) {
                        out.writeBytes(sep);
                    }
                    out.writeBytes(b);
                }
                long first = n == 1 ? (tuple ? space.tupleType.item(items, 0) : space.listType.item(items, 0)) : 0;
                if (n == 1 && immutable && space.bytesType.checkExact(first)) {
                    return space.newRef(first);
                }
                return make(out.toByteArray());
            } finally {
                space.decref(items);
            }
        });
        def.accept("translate", (PyMethod.WithKeywords) (self, a) -> {
            long[] v = a.clinic(1, 1, 2, "table", "delete");
            long table = v[0];
            long delete = v[1];
            int[] map = null;
            if (table != space.none) {
                map = buffer(table);
                if (map.length != 256) {
                    throw new PyException("ValueError", "translation table must be 256 characters long");
                }
            }
            boolean[] deleted = new boolean[256];
            if (delete != 0) {
                for (int c : buffer(delete)) {
                    deleted[c] = true;
                }
            }
            Stringlib.IntList out = new Stringlib.IntList(0);
            int[] u = units(self);
            for (int c : u) {
                if (!deleted[c]) {
                    out.add(map == null ? c : map[c]);
                }
            }
            int[] r = out.toArray();
            return map == null && r.length == u.length ? unchanged(self, u) : make(r);
        });
    }

    /** The class methods and static methods both types have: {@code fromhex} and {@code maketrans}. */
    static void fillDict(ObjectSpace space, PyType type, Function<byte[], Long> own, BiConsumer<String, Long> put) {
        long fromhex = space.classMethodDescrType.create(type, "fromhex", (self, args, nargs, kwnames) -> {
            CallArguments a = new CallArguments(space, "fromhex", args, nargs, kwnames).noKeywords(type.name + ".fromhex");
            if (nargs != 2) { // the class, then the string (METH_O: named by the descriptor's qualified name)
                throw new PyException("TypeError", type.name + ".fromhex() takes exactly one argument (" + (nargs - 1) + " given)");
            }
            long cls = a.get(0);
            long text = a.get(1);
            if (!space.strType.check(text)) {
                throw new PyException("TypeError", "fromhex() argument must be str, not " + space.typeOf(text).name);
            }
            byte[] data = fromHex(space.strType.value(text));
            if (cls == type.typeObject()) {
                return own.apply(data);
            }
            long b = space.bytesType.of(data); // a subclass: cls(bytes), as CPython calls it

            try {
                return Abstract.call(space, cls, new long[] {b});
            } finally {
                space.decref(b);
            }
        });
        var maketransDef = new BuiltinFunctionType.Def("maketrans", (self, args, nargs, kwnames) -> {
            CallArguments a = new CallArguments(space, "maketrans", args, nargs, kwnames).noKeywords(type.name + ".maketrans").range(2, 2);
            byte[] from = requireBuffer(space, a.get(0));
            byte[] to = requireBuffer(space, a.get(1));
            if (from.length != to.length) {
                throw new PyException("ValueError", "maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xFF] = to[i];
            }
            return space.bytesType.of(table);
        }, null);
        space.builtinFunctionType.markStatic(maketransDef); // METH_STATIC
        long maketrans = space.builtinFunctionType.create(maketransDef, type.typeObject(), 0);
        // part of the type, made before any program runs: not objects the collector sees
        space.untrack(maketrans);
        long sm = space.staticMethodType.create(maketrans);
        space.decref(maketrans);
        put.accept("fromhex", fromhex);
        put.accept("maketrans", sm);
    }
}
