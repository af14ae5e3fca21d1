package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.PyException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * {@code str}: CPython 3.11's compact unicode objects (PEP 393), never tracked.
 * <pre>
 *  compact ASCII (every code point < 128)           other compact (latin-1, UCS-2, UCS-4)
 *   +0  ob_refcnt                                     +0 .. +40  as ASCII
 *   +8  ob_type                                       +48 utf8_length
 *   +16 length     code points                        +56 utf8        (0 until C code asks)
 *   +24 hash       -1 until computed                  +64 wstr_length
 *   +32 state      interned:2 kind:3 compact ascii ready
 *   +40 wstr       0                                  +72 data, (length + 1) * kind bytes
 *   +48 data, length + 1 bytes (NUL-terminated)
 * </pre>
 * {@code sys.getsizeof} is {@code 48 + length + 1} for ASCII and {@code 72 + (length + 1) * kind}
 * otherwise (kind 1, 2 or 4 bytes per code point, from the largest code point).
 *
 * <h2>The UTF-8 copy ({@code PyUnicode_AsUTF8AndSize})</h2>
 * An ASCII str's data is its UTF-8. Any other str gets a UTF-8 copy the first time C code asks for
 * its bytes as a C string ({@link #asUtf8}: a class's {@code tp_name}, the source text of
 * {@code compile}/{@code exec}/{@code eval}, SQLite's statements and bound strs): a block of
 * {@code utf8_length + 1} bytes that the str owns from then on, counted by {@code __sizeof__} and
 * freed with it, so {@code sys.getsizeof('é')} grows from 74 to 77 once a class is named with it.
 * Surrogates cannot be written so: {@code UnicodeEncodeError}, and nothing is cached.
 *
 * <h2>Instances of subclasses ({@code unicode_subtype_new})</h2>
 * A subclass's instance is the legacy two-block {@code PyUnicodeObject}: the compact fields, then
 * {@code +72 data}, a pointer to a separate block of {@code (length + 1) * kind} bytes that the
 * object owns; {@code state} has no {@code compact} bit and {@code utf8} shares the data when it is
 * ASCII. So {@code str}'s {@code tp_basicsize} is 80 ({@code sizeof(PyUnicodeObject)}), a subclass
 * is a fixed-size base's (a managed {@code __dict__}, a weakref list at +80, {@code __slots__}
 * allowed), and {@code __sizeof__} is {@code 80 + (length + 1) * kind}:
 * {@code sys.getsizeof(S('abc'))} is 116 with the GC header and the pre-header.
 *
 * <h2>Identity (facts §3)</h2>
 * <ul>
 * <li>{@code ''} is one object; one-character latin-1 strings made at run time come from a cache
 *     of 256, each held by the cache. CPython 3.11 allocates them statically (the runtime's
 *     {@code latin1} singletons), so using one never allocates a block: they are all made when the
 *     heap starts, never by the program, and neither {@code sys.getallocatedblocks()} nor
 *     tracemalloc sees the first use of a character.
 * <li>A literal (what a compiler would make a constant) made only of {@code [A-Za-z0-9_]} is
 *     interned: every such literal with the same text is the same object. Other literals are new
 *     objects, as constants of separately compiled code are.
 * <li>Interned strings are mortal: the table holds no reference, and a string that dies leaves it.
 * <li>Before a program runs, CPython 3.11.7 has interned 1,635 statically allocated strings: its
 *     own identifiers ({@code _Py_ID}) and the names and constants of its deep-frozen modules
 *     ({@link #STATIC_INTERNED}, recorded from CPython by {@code record_static_strings.py}). Their
 *     memory is no pool's in CPython, so making them all at start would move every later block of
 *     their size classes; instead the first string of one of those texts to be interned (a name of
 *     the program's code, a literal, {@code sys.intern}) becomes the static one: the interpreter
 *     adds CPython's immortal count to it and keeps it for the heap's life. 29 of them are
 *     one-character names whose interned copy is not the latin-1 cache's, so
 *     {@code 'a' is chr(97)} is False there while {@code chr(233) is 'é'} is True; those are made at
 *     start, before the cache can be interned.
 * <li>The cached strings ({@code ''}, the latin-1 characters, {@code str(True)}, {@code str(False)})
 *     start at {@link ObjectSpace#IMMORTAL_REFCNT}, as CPython's statically allocated objects do.
 * </ul>
 */
public final class StrType extends PyType {
    /** The slot structs CPython's static type declares: unicode_as_number (%), unicode_as_sequence, unicode_as_mapping. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE | AS_MAPPING;
    }

    static final int LENGTH = 16;
    static final int HASH = 24;
    static final int STATE = 32;
    static final int ASCII_DATA = 48;
    static final int COMPACT_DATA = 72;
    /** The compact fields before it, then the data pointer of a subclass's instance. */
    private static final int UTF8_LENGTH = 48;
    private static final int UTF8 = 56;
    private static final int DATA_POINTER = 72;
    /** {@code sizeof(PyUnicodeObject)}: {@code str}'s {@code tp_basicsize}, a subclass's instance before its own fields. */
    static final int UNICODE_OBJECT_SIZE = 80;

    static final int STATE_INTERNED = 1;
    static final int STATE_INTERNED_MASK = 3;
    static final int STATE_KIND_SHIFT = 2;
    static final int STATE_COMPACT = 1 << 5;
    static final int STATE_ASCII = 1 << 6;
    static final int STATE_READY = 1 << 7;

    /** The texts CPython 3.11.7 has interned as static objects before user code runs (the resource {@code static-strings.txt}). */
    static final List<String> STATIC_INTERNED = readStaticInterned();
    private static final Set<String> STATIC_TEXTS = Set.copyOf(STATIC_INTERNED);

    private static List<String> readStaticInterned() {
        try (InputStream in = StrType.class.getResourceAsStream("static-strings.txt")) {
            if (in == null) {
                throw new IllegalStateException("the runtime's resource static-strings.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The interned strings made static so far ({@link #internNew}), in the order they were interned. */
    private long[] staticInterned = new long[64];
    private int staticInternedCount;

    private long empty;
    private final long[] latin1 = new long[256];
    /** {@code str(True)} and {@code str(False)}: CPython 3.11's static {@code _Py_ID(True)}/{@code _Py_ID(False)}, not interned. */
    private long trueText, falseText;

    /** {@code maketrans}, a static method. */
    @Override
    protected void fillDict() {
        putStaticMethod("maketrans", (self, args, nargs, kwnames) ->
                StrMethods.maketrans(space, new CallArguments(space, "maketrans", args, nargs, kwnames)));
    }

    StrType(ObjectSpace space) {
        // tp_basicsize is the two-block object's (a subclass's instance); a compact str is made by create()
        super(space, "str", null, BASETYPE | IMMUTABLETYPE | UNICODE_SUBCLASS | MATCH_SELF, UNICODE_OBJECT_SIZE, 0);
        StrMethods.define(space, this, this::defineMethod);
        packsArguments(TextMethods.VARARGS);
        // unicode_getnewargs: a copy of the text, an exact str
        defineMethod("__getnewargs__", (self, args) -> {
            Args.none("str.__getnewargs__", args);
            long copy = create(value(self));
            try {
                return space.tupleType.create(copy);
            } finally {
                space.decref(copy);
            }
        });
        defineSizeof();
        defineMethod("__format__", (self, args) -> {
            String text = Formatter.format(space, self, value(Args.one("str.__format__", args)));
            // format_string_internal's fast path: a spec that changes nothing writes the str itself
            return isExact(self) && text.equals(value(self)) ? space.newRef(self) : runtime(text);
        });
        defineMethod("format", (PyMethod.WithKeywords) (self, a) -> StringFormat.format(space, self,
                new StringFormat.Arguments() {
                    @Override
                    public long positional(long index) {
                        if (index >= a.nargs) {
                            throw new PyException("IndexError", "Replacement index " + index
                                    + " out of range for positional args tuple");
                        }
                        return space.newRef(a.get((int) index));
                    }

                    @Override
                    public long named(String name) {
                        long v = a.keyword(name);
                        if (v == 0) {
                            throw space.exceptions.keyError(name);
                        }
                        return space.newRef(v);
                    }
                }));
        defineMethod("format_map", (self, args) -> {
            long mapping = Args.one("str.format_map", args);
            return StringFormat.format(space, self, new StringFormat.Arguments() {
                @Override
                public long positional(long index) {
                    throw new PyException("ValueError", "Format string contains positional fields");
                }

                @Override
                public long named(String name) {
                    long key = runtime(name);
                    try {
                        return Abstract.getItem(space, mapping, key);
                    } finally {
                        space.decref(key);
                    }
                }
            });
        });
        packsArguments("format");
    }

    /** {@code str.__sizeof__} counts the str's own header and data, not the instance's type's size. */
    @Override
    public boolean sizeofCountsTypeBasicSize() {
        return false;
    }

    /** {@code str % args} ({@code PyUnicode_Format}); {@code str + str} and {@code str * n} are the sequence slots. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op == BinaryOp.REMAINDER && check(v)) {
            return Formatter.percent(space, v, w);
        }
        return space.newNotImplemented();
    }

    /**
     * {@code PyUnicode_Concat}: the empty str on either side gives the other operand (itself when it
     * is an exact str), otherwise a new str of the wider kind with both sides' data copied in.
     */
    @Override
    public long concat(long a, long b) {
        if (!check(b)) {
            throw new PyException("TypeError", "can only concatenate str (not \"" + space.typeOf(b).name + "\") to str");
        }
        if (a == empty) {
            return fromObject(b);
        }
        if (b == empty) {
            return fromObject(a);
        }
        long la = length(a);
        long lb = length(b);
        long r = newString(la + lb, Math.max(maxChar(a), maxChar(b)));
        copyCharacters(r, 0, a, 0, la);
        copyCharacters(r, la, b, 0, lb);
        return r;
    }

    /**
     * {@code PyUnicode_Append} for the evaluator's {@code BINARY_OP_INPLACE_ADD_UNICODE}: {@code left += right}
     * where the caller's one reference to {@code left} (an exact str) is given up and the result's
     * returned instead; {@code right} (an exact str) stays the caller's. When nobody else can see
     * {@code left} (refcount 1, no hash computed, not interned) and {@code right} fits its layout
     * (no wider kind, and not a non-ASCII right on an ASCII left, whose header is smaller), the
     * object itself grows ({@code resize_compact}: a {@code PyObject_Realloc}, so it keeps its address
     * while its size class holds it) and {@code right}'s data is copied after its own; otherwise the
     * result is a new str and {@code left} is released. A loop appending to a local str so copies
     * each character about once instead of the whole str per step. On an error {@code left} is
     * released too.
     */
    public long append(long left, long right) {
        if (left == empty) {
            space.decref(left);
            return space.newRef(right);
        }
        if (right == empty) {
            return left;
        }
        long leftLength = length(left);
        long rightLength = length(right);
        if (leftLength > Long.MAX_VALUE - rightLength) {
            space.decref(left);
            throw new PyException("OverflowError", "strings are too large to concat");
        }
        long length = leftLength + rightLength;
        int leftState = memory.getInt(left + STATE);
        int rightState = memory.getInt(right + STATE);
        int leftKind = (leftState >>> STATE_KIND_SHIFT) & 7;
        boolean leftAscii = (leftState & STATE_ASCII) != 0;
        if (space.refcount(left) == 1 && memory.getLong(left + HASH) == -1
                && (leftState & STATE_INTERNED_MASK) == 0 && isExact(left)
                && ((rightState >>> STATE_KIND_SHIFT) & 7) <= leftKind
                && !(leftAscii && (rightState & STATE_ASCII) == 0)) {
            if (hasUtf8Memory(left)) { // resize_compact: the UTF-8 copy no longer says the text
                space.free(memory.getLong(left + UTF8));
                memory.putLong(left + UTF8_LENGTH, 0);
                memory.putLong(left + UTF8, 0);
            }
            long grown;
            try {
                grown = space.reallocate(left, (leftAscii ? ASCII_DATA : COMPACT_DATA) + (length + 1) * leftKind);
            } catch (RuntimeException e) {
                space.decref(left);
                throw e;
            }
            memory.putLong(grown + LENGTH, length);
            putCodePoint(data(grown), leftKind, length, 0);
            copyCharacters(grown, leftLength, right, 0, rightLength);
            return grown;
        }
        long r;
        try {
            r = newString(length, Math.max(maxChar(left), maxChar(right)));
        } catch (RuntimeException e) {
            space.decref(left);
            throw e;
        }
        copyCharacters(r, 0, left, 0, leftLength);
        copyCharacters(r, leftLength, right, 0, rightLength);
        space.decref(left);
        return r;
    }

    /** {@code PyUnicode_FromObject}: an exact str itself, a subclass's instance as a new exact str. New reference. */
    long fromObject(long o) {
        if (isExact(o)) {
            return space.newRef(o);
        }
        long n = length(o);
        long r = newString(n, maxChar(o));
        copyCharacters(r, 0, o, 0, n);
        return r;
    }

    /**
     * {@code PyUnicode_New}: a new str of {@code length} code points, none above {@code maxChar}
     * (which decides the layout: ASCII below 128, else one, two or four bytes per code point), its
     * data left for the caller to write but for the NUL after it; the empty str for length 0. New
     * reference.
     */
    long newString(long length, int maxChar) {
        if (length == 0) {
            return space.newRef(empty);
        }
        return allocateCompact(length, maxChar);
    }

    private long allocateCompact(long length, int maxChar) {
        boolean ascii = maxChar < 128;
        int kind = maxChar < 256 ? 1 : maxChar < 65536 ? 2 : 4;
        long size = ascii ? ASCII_DATA + length + 1L : COMPACT_DATA + (length + 1L) * kind;
        long o = space.newObject(this, size);
        memory.putLong(o + LENGTH, length);
        memory.putLong(o + HASH, -1);
        memory.putInt(o + STATE, (kind << STATE_KIND_SHIFT) | STATE_COMPACT | (ascii ? STATE_ASCII : 0) | STATE_READY);
        memory.putInt(o + STATE + 4, 0);
        memory.putLong(o + 40, 0);
        long data = ascii ? o + ASCII_DATA : o + COMPACT_DATA;
        if (!ascii) {
            memory.putLong(o + 48, 0);
            memory.putLong(o + 56, 0);
            memory.putLong(o + 64, 0);
        }
        putCodePoint(data, kind, length, 0);
        return o;
    }

    /**
     * The largest code point {@code o}'s layout can hold ({@code PyUnicode_MAX_CHAR_VALUE}): 127,
     * 255, 0xFFFF or 0x10FFFF. A str's layout is always the narrowest its code points fit, so the
     * widest of two operands' is the result's.
     */
    int maxChar(long o) {
        int state = memory.getInt(o + STATE);
        if ((state & STATE_ASCII) != 0) {
            return 0x7F;
        }
        return switch ((state >>> STATE_KIND_SHIFT) & 7) {
            case 1 -> 0xFF;
            case 2 -> 0xFFFF;
            default -> 0x10FFFF;
        };
    }

    /**
     * {@code _PyUnicode_FastCopyCharacters}: {@code n} code points of {@code from} from index
     * {@code fromStart} into the new str {@code to} at {@code toStart}, which is at least as wide:
     * one block copy when both have the same width, else code point by code point.
     */
    void copyCharacters(long to, long toStart, long from, long fromStart, long n) {
        if (n <= 0) {
            return;
        }
        int fromKind = kind(from);
        int toKind = kind(to);
        long fromData = data(from);
        long toData = data(to);
        if (fromKind == toKind) {
            memory.copy(fromData + fromStart * fromKind, toData + toStart * toKind, n * fromKind);
            return;
        }
        for (long i = 0; i < n; i++) {
            putCodePoint(toData, toKind, toStart + i, codePoint(fromData, fromKind, fromStart + i));
        }
    }

    private void putCodePoint(long data, int kind, long index, int c) {
        switch (kind) {
            case 1 -> memory.putByte(data + index, (byte) c);
            case 2 -> memory.putShort(data + 2 * index, (short) c);
            default -> memory.putInt(data + 4 * index, c);
        }
    }

    /**
     * A str made at run time from {@code units} (code points): the caches of {@link #runtime} apply.
     * New reference.
     */
    public long runtime(int[] units, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return space.newRef(empty);
        }
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, units[i]);
        }
        if (n == 1 && max < 256) {
            return space.newRef(latin1Char(max));
        }
        return fresh(units, from, to, max);
    }

    /**
     * A new str of {@code units} ({@code PyUnicode_New} then filled): no cache but the empty str's,
     * as the results of a stepped slice and of {@code replace} are. New reference.
     */
    long fresh(int[] units, int from, int to) {
        if (to == from) {
            return space.newRef(empty);
        }
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, units[i]);
        }
        return fresh(units, from, to, max);
    }

    private long fresh(int[] units, int from, int to, int max) {
        int n = to - from;
        long o = allocateCompact(n, max);
        int kind = kind(o);
        long data = data(o);
        if (kind == 1) {
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) units[from + i];
            }
            memory.write(data, bytes, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                putCodePoint(data, kind, i, units[from + i]);
            }
        }
        return o;
    }

    @Override
    public boolean hasRepeat() {
        return true;
    }

    @Override
    public long repeat(long a, long count) {
        if (count <= 0) {
            return runtime("");
        }
        String text = value(a);
        if (count == 1) {
            // unicode_result_unchanged: an exact str is its own single repetition
            return space.typeOf(a) == this ? space.newRef(a) : runtime(text);
        }
        if (text.length() > Long.MAX_VALUE / count) {
            throw new PyException("OverflowError", "repeated string is too long");
        }
        if ((long) text.length() * count > Integer.MAX_VALUE - 8) {
            throw new PyException("MemoryError", "");
        }
        return runtime(text.repeat((int) count));
    }

    /** {@code PyUnicode_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(UNICODE_SUBCLASS);
    }

    void createCaches() {
        empty = create("");
        for (int c = 0; c < latin1.length; c++) {
            latin1[c] = create(String.valueOf((char) c));
        }
        trueText = create("True");
        falseText = create("False");
        for (String text : STATIC_INTERNED) {
            if (text.length() == 1) {
                long c = create(text); // not runtime(): its own copy, not the latin-1 cache's
                internNew(c, text);
                space.decref(c); // what remains is the immortal count internNew gave it
            }
        }
    }

    /** The cached strings and the interned static ones: the interpreter's {@link ObjectSpace#IMMORTAL_REFCNT} each. */
    void forEachCached(LongConsumer visitor) {
        forEachSingleton(visitor);
        for (int i = 0; i < staticInternedCount; i++) {
            visitor.accept(staticInterned[i]);
        }
    }

    /** The cached strings made at start: {@code ''}, {@code str(True)}, {@code str(False)}, the latin-1 characters. */
    void forEachSingleton(LongConsumer visitor) {
        visitor.accept(empty);
        visitor.accept(trueText);
        visitor.accept(falseText);
        for (long s : latin1) {
            if (s != 0) {
                visitor.accept(s);
            }
        }
    }

    // ------------------------------------------------------------------ creation

    /** {@code unicode_new}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long r = Constructors.newStr(space, args, kwargs);
        if (subtype == this) {
            return r;
        }
        try {
            return subtypeNew(subtype, r);
        } finally {
            space.decref(r);
        }
    }

    /**
     * {@code unicode_subtype_new}: an instance of {@code subtype} (a class whose solid base is str)
     * with the characters of the str {@code text}, the two-block layout. New reference.
     */
    private long subtypeNew(PyType subtype, long text) {
        long length = length(text);
        int kind = kind(text);
        boolean ascii = isAscii(text);
        long bytes = (length + 1) * kind;
        long data = space.allocate(bytes);
        memory.copy(data(text), data, bytes);
        long o;
        try {
            o = subtype.tpAlloc(0);
        } catch (RuntimeException e) {
            space.free(data);
            throw e;
        }
        memory.putLong(o + LENGTH, length);
        memory.putLong(o + HASH, -1);
        memory.putInt(o + STATE, (kind << STATE_KIND_SHIFT) | (ascii ? STATE_ASCII : 0) | STATE_READY);
        memory.putInt(o + STATE + 4, 0);
        memory.putLong(o + 40, 0);
        memory.putLong(o + UTF8_LENGTH, ascii ? length : 0);
        memory.putLong(o + UTF8, ascii ? data : 0);
        memory.putLong(o + 64, 0);
        memory.putLong(o + DATA_POINTER, data);
        return o;
    }

    /** Whether {@code o} is a compact str (every exact str) rather than a subclass's two-block instance. */
    private boolean isCompact(long o) {
        return (memory.getInt(o + STATE) & STATE_COMPACT) != 0;
    }

    /** A new str object holding {@code text} (no cache, no interning). */
    public long create(String text) {
        int length = text.codePointCount(0, text.length());
        int max = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            max = Math.max(max, c);
            i += Character.charCount(c);
        }
        long o = allocateCompact(length, max);
        int kind = kind(o);
        long data = data(o);
        if (kind == 1) {
            memory.write(data, text.getBytes(StandardCharsets.ISO_8859_1), 0, length);
            return o;
        }
        long at = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            putCodePoint(data, kind, at++, c);
            i += Character.charCount(c);
        }
        return o;
    }

    /** {@code bool_repr}: the one str each bool's repr and str is (no allocation). New reference. */
    long boolText(boolean value) {
        return space.newRef(value ? trueText : falseText);
    }

    /** A str made at run time ({@code ''.join}, {@code chr}, concatenation): caches apply, no interning. New reference. */
    public long runtime(String text) {
        if (text.isEmpty()) {
            return space.newRef(empty);
        }
        if (text.length() == 1 && text.charAt(0) < 256) {
            return space.newRef(latin1Char(text.charAt(0)));
        }
        return create(text);
    }

    private long latin1Char(int c) {
        return latin1[c];
    }

    /** A string literal as the compiler makes it: interned when identifier-like. New reference. */
    public long literal(String text) {
        if (isIdentifierLike(text)) {
            Long existing = space.interned.get(text);
            if (existing != null) {
                return space.newRef(existing);
            }
            long s = runtime(text);
            internNew(s, text);
            return s;
        }
        return runtime(text);
    }

    /** An attribute or variable name: always interned, whatever its characters (CPython interns names on set). New reference. */
    public long literalName(String text) {
        Long existing = space.interned.get(text);
        if (existing != null) {
            return space.newRef(existing);
        }
        long s = runtime(text);
        internNew(s, text);
        return s;
    }

    /** {@code sys.intern(s)} as called from Python: TypeError for a non-str, CPython's message. {@code s} is borrowed; a new reference. */
    public long sysIntern(long s) {
        if (!check(s)) {
            throw new PyException("TypeError", "intern() argument must be str, not " + space.typeOf(s).name);
        }
        if (space.typeOf(s) != this) { // PyUnicode_InternInPlace interns exact strs only
            throw new PyException("TypeError", "can't intern " + space.typeOf(s).name);
        }
        return intern(space.newRef(s));
    }

    /** {@code sys.intern(s)}: the canonical interned string equal to {@code s}. Takes over the reference to {@code s}; returns a new one. */
    public long intern(long s) {
        if (isInterned(s)) {
            return s;
        }
        String text = value(s);
        Long existing = space.interned.get(text);
        if (existing != null) {
            space.incref(existing);
            space.decref(s);
            return existing;
        }
        internNew(s, text);
        return s;
    }

    private void internNew(long s, String text) {
        hash(s); // PyUnicode_InternInPlace stores it in the interned dict, which hashes it
        space.interned.put(text, s);
        memory.putInt(s + STATE, memory.getInt(s + STATE) | STATE_INTERNED);
        if (STATIC_TEXTS.contains(text)) {
            // CPython's interned copy of this text is a static object: the interpreter takes its
            // immortal count of references, keeping the string for the heap's life
            memory.putLong(s + Layout.OB_REFCNT, memory.getLong(s + Layout.OB_REFCNT) + ObjectSpace.IMMORTAL_REFCNT);
            if (staticInternedCount == staticInterned.length) {
                staticInterned = Arrays.copyOf(staticInterned, staticInternedCount * 2);
            }
            staticInterned[staticInternedCount++] = s;
        }
    }

    boolean isInterned(long s) {
        return (memory.getInt(s + STATE) & STATE_INTERNED_MASK) != 0;
    }

    /** Whether the compiler would intern a literal with this text: only {@code [A-Za-z0-9_]}. */
    static boolean isIdentifierLike(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ reading

    /** {@code len(s)}: code points. */
    @Override
    public long length(long o) {
        return memory.getLong(o + LENGTH);
    }

    /** Sized: {@code PyObject_LengthHint} is the length ({@code list(x)} and {@code extend} preallocate from it). */
    @Override
    public long lengthHint(long o) {
        return length(o);
    }

    /**
     * The characters of a str of the 1- or 2-byte kind as a {@link CharSequence} read in place, no
     * copy made (java.util.regex runs over it: a match at a position of a long subject costs no
     * decoding of the whole text); null for the 4-byte kind, whose code points need UTF-16. Valid
     * while the str lives: the caller holds it.
     */
    public CharSequence charsInPlace(long o) {
        int kind = kind(o);
        long n = length(o);
        if (kind == 4 || n > Integer.MAX_VALUE) {
            return null;
        }
        return new InPlaceChars(memory, data(o), (int) n, kind);
    }

    /** A str's 1- or 2-byte code units at {@code at} as chars ({@link #charsInPlace}). */
    private static final class InPlaceChars implements CharSequence {
        private final Memory memory;
        private final long at;
        private final int length;
        private final int kind;

        InPlaceChars(Memory memory, long at, int length, int kind) {
            this.memory = memory;
            this.at = at;
            this.length = length;
            this.kind = kind;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return kind == 1 ? (char) (memory.getByte(at + index) & 0xFF) : (char) memory.getShort(at + 2L * index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (start < 0 || end > length || start > end) {
                throw new IndexOutOfBoundsException(start);
            }
            return new InPlaceChars(memory, at + (long) kind * start, end - start, kind);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(charAt(i));
            }
            return b.toString();
        }
    }

    private int kind(long o) {
        return (memory.getInt(o + STATE) >>> STATE_KIND_SHIFT) & 7;
    }

    private long data(long o) {
        int state = memory.getInt(o + STATE);
        if ((state & STATE_COMPACT) == 0) {
            return memory.getLong(o + DATA_POINTER);
        }
        return (state & STATE_ASCII) != 0 ? o + ASCII_DATA : o + COMPACT_DATA;
    }

    public int codePointAt(long o, long index) {
        long at = data(o);
        return switch (kind(o)) {
            case 1 -> memory.getByte(at + index) & 0xFF;
            case 2 -> memory.getShort(at + 2 * index) & 0xFFFF;
            default -> memory.getInt(at + 4 * index);
        };
    }

    /** The code points of {@code o} where they are, for the searches of {@link Stringlib}. */
    Stringlib.View view(long o) {
        return new Stringlib.View(memory, data(o), kind(o), (int) length(o));
    }

    /** The code points of {@code o} (lone surrogates included as they are). */
    public int[] codePoints(long o) {
        int n = (int) length(o);
        int[] u = new int[n];
        long at = data(o);
        switch (kind(o)) {
            case 1 -> {
                byte[] bytes = new byte[n]; // one bulk read
                memory.read(at, bytes, 0, n);
                for (int i = 0; i < n; i++) {
                    u[i] = bytes[i] & 0xFF;
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    u[i] = memory.getShort(at + 2L * i) & 0xFFFF;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    u[i] = memory.getInt(at + 4L * i);
                }
            }
        }
        return u;
    }

    /** The text of {@code o}. */
    public String value(long o) {
        if (!check(o)) { // a caller that skipped its type check: CPython's PyUnicode_AsUTF8 refuses the same way
            throw new PyException("TypeError", "bad argument type for built-in operation");
        }
        long n = length(o);
        if (kind(o) == 1 && n <= Integer.MAX_VALUE) {
            byte[] latin1 = new byte[(int) n]; // one bulk read; latin-1 bytes are the code points
            memory.read(data(o), latin1, 0, (int) n);
            return new String(latin1, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder((int) n);
        for (long i = 0; i < n; i++) {
            text.appendCodePoint(codePointAt(o, i));
        }
        return text.toString();
    }

    /** Where code point {@code c} first is in {@code o[from:to]}, or -1 (read in place: no copy of the text). */
    public long indexOf(long o, int c, long from, long to) {
        long at = data(o);
        switch (kind(o)) {
            case 1 -> {
                if (c > 0xFF) {
                    return -1;
                }
                byte b = (byte) c;
                for (long i = from; i < to; i++) {
                    if (memory.getByte(at + i) == b) {
                        return i;
                    }
                }
            }
            case 2 -> {
                if (c > 0xFFFF) {
                    return -1;
                }
                short h = (short) c;
                for (long i = from; i < to; i++) {
                    if (memory.getShort(at + 2 * i) == h) {
                        return i;
                    }
                }
            }
            default -> {
                for (long i = from; i < to; i++) {
                    if (memory.getInt(at + 4 * i) == c) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** {@code o[start:end]} as a new str in the narrowest layout its code points allow (caches apply). New reference. */
    public long substring(long o, long start, long end) {
        long n = end - start;
        if (n <= 0) {
            return space.newRef(empty);
        }
        long at = data(o);
        int kind = kind(o);
        if (kind == 1 && n == 1) {
            return space.newRef(latin1Char(memory.getByte(at + start) & 0xFF));
        }
        int max = 0;
        if (isAscii(o)) {
            // every slice of ASCII is ASCII: nothing to scan
        } else if (kind == 1) {
            for (long i = start; i < end && max < 0x80; i++) {
                max = memory.getByte(at + i) & 0xFF;
            }
            max = max < 0x80 ? 0 : 0xFF;
        } else {
            for (long i = start; i < end; i++) {
                max = Math.max(max, codePointAt(o, i));
            }
        }
        if (n == 1 && max < 256) {
            return space.newRef(latin1Char(max));
        }
        long r = allocateCompact(n, max);
        int rkind = kind(r);
        long rdata = data(r);
        if (rkind == kind) {
            memory.copy(at + start * kind, rdata, n * kind);
        } else {
            for (long i = 0; i < n; i++) {
                putCodePoint(rdata, rkind, i, codePointAt(o, start + i));
            }
        }
        return r;
    }

    /** Whether every code point is below 128 (the compact ASCII layout). */
    public boolean isAscii(long o) {
        return (memory.getInt(o + STATE) & STATE_ASCII) != 0;
    }

    @Override
    public long instanceSize(long o) {
        if (!isCompact(o)) {
            return UNICODE_OBJECT_SIZE;
        }
        long n = length(o);
        return isAscii(o) ? ASCII_DATA + n + 1 : COMPACT_DATA + (n + 1) * kind(o);
    }

    /** A compact ASCII str's header: what is read before the state says more. */
    @Override
    public long smallestInstanceSize() {
        return ASCII_DATA;
    }

    /** {@code unicode_sizeof}: a two-block instance counts its data block too. */
    @Override
    public long sizeof(long o) {
        long size = isCompact(o) ? super.sizeof(o) : UNICODE_OBJECT_SIZE + (length(o) + 1) * kind(o);
        return hasUtf8Memory(o) ? size + memory.getLong(o + UTF8_LENGTH) + 1 : size;
    }

    /** {@code _PyUnicode_HAS_UTF8_MEMORY}: a UTF-8 copy in a block of its own (never an ASCII str's). */
    private boolean hasUtf8Memory(long o) {
        if ((memory.getInt(o + STATE) & STATE_ASCII) != 0) {
            return false;
        }
        return memory.getLong(o + UTF8) != 0;
    }

    /**
     * {@code PyUnicode_AsUTF8AndSize}: the UTF-8 bytes of {@code o}, kept in the str (a block it owns,
     * made at the first call) unless it is ASCII, whose data is its UTF-8. A str with a surrogate
     * raises CPython's UnicodeEncodeError and keeps nothing.
     */
    public byte[] asUtf8(long o) {
        int[] text = codePoints(o);
        byte[] utf8 = Codecs.encode(space, text, "utf-8", "strict");
        if ((memory.getInt(o + STATE) & STATE_ASCII) == 0 && memory.getLong(o + UTF8) == 0) {
            long block = space.allocate(utf8.length + 1L);
            memory.write(block, utf8, 0, utf8.length);
            memory.putByte(block + utf8.length, (byte) 0);
            memory.putLong(o + UTF8_LENGTH, utf8.length);
            memory.putLong(o + UTF8, block);
        }
        return utf8;
    }

    /** A subclass's instance owns its data block. */
    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        if (!isCompact(o)) {
            long data = memory.getLong(o + DATA_POINTER);
            if (data == 0) {
                return visitor.damaged("a str subclass's instance without its data block");
            }
            if (!visitor.owned(data, (length(o) + 1) * kind(o))) {
                return false;
            }
        }
        return !hasUtf8Memory(o) || visitor.owned(memory.getLong(o + UTF8), memory.getLong(o + UTF8_LENGTH) + 1);
    }

    @Override
    public void dealloc(long o) {
        if (hasUtf8Memory(o)) {
            space.free(memory.getLong(o + UTF8));
        }
        if (!isCompact(o)) {
            space.free(memory.getLong(o + DATA_POINTER));
        }
        if (isInterned(o)) {
            space.interned.remove(value(o));
            space.attributeNamesMade.remove(o);
        }
        space.typeOf(o).tpFree(o);
    }

    @Override
    public long hash(long o) {
        long h = memory.getLong(o + HASH);
        if (h == -1) {
            int[] points = new int[(int) length(o)];
            for (int i = 0; i < points.length; i++) {
                points[i] = codePointAt(o, i);
            }
            h = Hashing.ofCodePoints(space.hashSecret, points);
            memory.putLong(o + HASH, h);
        }
        return h;
    }

    /** The hash a str with this text has ({@link #hash}), computed from the Java text alone. */
    long hashText(String text) {
        return Hashing.ofText(space.hashSecret, text);
    }

    /** Whether {@code o} is exactly a str ({@code PyUnicode_CheckExact}). */
    boolean isExact(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code unicode_eq}: {@code a == b} for a str {@code a} and any {@code b}, by content. */
    public boolean equal(long a, long b) {
        if (a == b) {
            return true;
        }
        PyType tb = space.typeOf(b);
        if (tb != this && !tb.hasFlag(UNICODE_SUBCLASS)) { // unicode_eq compares any two strs, subclasses' too
            return false;
        }
        long n = length(a);
        if (n != length(b) || kind(a) != kind(b)) {
            return false;
        }
        long ha = memory.getLong(a + HASH);
        long hb = memory.getLong(b + HASH);
        if (ha != -1 && hb != -1 && ha != hb) {
            return false;
        }
        return firstDifference(data(a), data(b), n * kind(a)) < 0;
    }

    /** The offset of the first byte that differs in two runs of {@code bytes} bytes, or -1; eight at a time. */
    private long firstDifference(long da, long db, long bytes) {
        long i = 0;
        for (; i + 8 <= bytes; i += 8) {
            if (memory.getLong(da + i) != memory.getLong(db + i)) {
                break;
            }
        }
        for (; i < bytes; i++) {
            if (memory.getByte(da + i) != memory.getByte(db + i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Code point order ({@code unicode_compare}). Each side's data address and kind are read once;
     * two one-byte strs (latin-1, as {@code unsafe_latin_compare} sees them) compare as unsigned bytes,
     * skipping their common prefix eight bytes at a time.
     */
    int compare(long a, long b) {
        long na = length(a);
        long nb = length(b);
        long n = Math.min(na, nb);
        long da = data(a);
        long db = data(b);
        int ka = kind(a);
        int kb = kind(b);
        if (ka == 1 && kb == 1) {
            long at = firstDifference(da, db, n);
            if (at >= 0) {
                return (memory.getByte(da + at) & 0xFF) < (memory.getByte(db + at) & 0xFF) ? -1 : 1;
            }
            return Long.compare(na, nb);
        }
        for (long i = 0; i < n; i++) {
            int ca = codePoint(da, ka, i);
            int cb = codePoint(db, kb, i);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
        return Long.compare(na, nb);
    }

    private int codePoint(long data, int kind, long index) {
        return switch (kind) {
            case 1 -> memory.getByte(data + index) & 0xFF;
            case 2 -> memory.getShort(data + 2 * index) & 0xFFFF;
            default -> memory.getInt(data + 4 * index);
        };
    }

    /** Two exact strs by content. */
    @Override
    public int compareSameType(long a, long b, CompareOp op) {
        boolean r = switch (op) {
            case EQ -> equal(a, b);
            case NE -> !equal(a, b);
            default -> op.holds(a == b ? 0 : compare(a, b));
        };
        return r ? 1 : 0;
    }

    /** {@code PyUnicode_RichCompare}: str against str, by content; anything else is left to the other operand. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b)) {
            return space.newNotImplemented();
        }
        return switch (op) {
            case EQ -> space.newBool(equal(a, b));
            case NE -> space.newBool(!equal(a, b));
            default -> space.newBool(op.holds(a == b ? 0 : compare(a, b)));
        };
    }

    @Override
    public boolean isTrue(long o) {
        return length(o) != 0;
    }

    /** {@code s[i]}: a one-character str (latin-1 ones from the cache). */
    @Override
    public long sequenceItem(long o, long index) {
        long i = checkedIndex(index, length(o), "string index out of range");
        return runtime(new String(Character.toChars(codePointAt(o, i))));
    }

    @Override
    public long getItem(long o, long key) {
        if (space.sliceType.check(key)) {
            long[] s = space.sliceType.indices(key, length(o));
            if (s[2] == 1 && s[3] == length(o) && isExact(o)) {
                return space.newRef(o);
            }
            int[] part = new int[(int) s[3]];
            for (int k = 0; k < part.length; k++) {
                part[k] = codePointAt(o, s[0] + k * s[2]);
            }
            // unicode_subscript: a step of 1 is a substring (the caches apply), any other a new str
            return s[2] == 1 ? runtime(part, 0, part.length) : fresh(part, 0, part.length);
        }
        if (!BytesMethods.indexCheck(space, key)) {
            throw new PyException("TypeError", "string indices must be integers, not '" + space.typeOf(key).name + "'");
        }
        return sequenceItem(o, BytesMethods.asIndex(space, key));
    }

    /** {@code iter(s)}: 3.11 has an iterator type of its own for ASCII strings. */
    @Override
    public long iter(long o) {
        return (isAscii(o) ? space.strAsciiIterType : space.strIterType).create(o);
    }

    /** {@code PyUnicode_Contains}: a substring test; the left operand must be a str. */
    @Override
    public boolean contains(long o, long v) {
        if (!check(v)) {
            throw new PyException("TypeError", "'in <string>' requires string as left operand, not " + space.typeOf(v).name);
        }
        int[] sub = codePoints(v);
        Stringlib.View u = view(o);
        return u.find(sub, 0, u.length()) >= 0;
    }

    @Override
    public String str(long o) {
        return value(o);
    }

    /** {@code unicode_str}: an exact str is itself, a subclass's instance a new exact copy. */
    @Override
    public long strObject(long o) {
        if (isExact(o)) {
            return space.newRef(o);
        }
        int[] units = codePoints(o);
        return fresh(units, 0, units.length);
    }

    @Override
    public Object javaValue(long o) {
        return value(o);
    }

    /** Whether {@code o}'s text equals {@code text}, without making a Java string. */
    public boolean contentEquals(long o, String text) {
        long n = length(o);
        int i = 0;
        for (long k = 0; k < n; k++) {
            if (i >= text.length()) {
                return false;
            }
            int c = text.codePointAt(i);
            if (codePointAt(o, k) != c) {
                return false;
            }
            i += Character.charCount(c);
        }
        return i == text.length();
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_REMAINDER));
    }

    @Override
    public String repr(long o) {
        return repr(value(o));
    }

    /**
     * {@code unicode_repr}: single quotes unless the text holds a single quote and no double quote;
     * the quote, backslash, tab, newline and return escaped; other non-printable characters as
     * backslash escapes ({@link #escape}); printable non-ASCII characters as they are.
     */
    static String repr(String v) {
        char quote = v.indexOf('\'') >= 0 && v.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(v.length() + 2).append(quote);
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c >= ' ' && c < 0x7f || c > 0x7f && isPrintable(c)) {
                b.appendCodePoint(c);
            } else {
                b.append(escape(c));
            }
        }
        return b.append(quote).toString();
    }

    /** The escape of a code point in reprs and {@code ascii()}: backslash and x, u or U, then 2, 4 or 8 hex digits. */
    static String escape(int c) {
        String hex = Integer.toHexString(c);
        return c < 0x100 ? "\\x" + "0".repeat(2 - hex.length()) + hex
                : c < 0x10000 ? "\\u" + "0".repeat(4 - hex.length()) + hex : "\\U" + "0".repeat(8 - hex.length()) + hex;
    }

    /** {@code Py_UNICODE_ISPRINTABLE}: not a control, format, surrogate, private-use, unassigned or separator character, but the space. */
    static boolean isPrintable(int c) {
        return UnicodeCtype.isPrintable(c);
    }
}
