package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StrType;


/**
 * {@code _io.StringIO} (Modules/_io/stringio.c, as 3.11 has it): text I/O in memory.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 buf (a PyMem block of UCS4 code points)  +24 pos  +32 string_size  +40 buf_size (code points)
 *   +48 state  +56 accu.large (a list, or 0)  +64 accu.small (a list, or 0)
 *   +72 ok  +73 closed  +74 readuniversal  +75 readtranslate
 *   +80 the newline decoder's seen newlines (see below)  +88 readnl  +96 writenl
 *   +104 __dict__  +112 weakreflist                                          120 bytes
 * </pre>
 *
 * <h2>Two states</h2>
 * A stream written only at its end is <em>accumulating</em> ({@code STATE_ACCUMULATING}): each
 * write appends its str to the {@code _PyAccu} lists (the str itself when there is nothing to
 * translate; {@code small} is joined into one str appended to {@code large} every 100,000 items),
 * and the UCS4 buffer is left empty. The first operation that needs the characters in place (a
 * {@code read} that is not the whole stream from 0, {@code readline}, iteration, a write that is
 * not at the end, {@code truncate} below the size) joins them and copies them into {@code buf}:
 * the stream is then <em>realized</em> ({@code STATE_REALIZED}) for good. {@code getvalue()} and
 * {@code seek(0); read()} of an accumulating stream join the lists and start them again from that
 * one str ({@code make_intermediate}), so they hand out the same str without copying twice.
 * {@code buf} grows as {@code resize_buffer} says: one code point more than asked (the line-end
 * search's sentinel), a moderate upsize over-allocated by an eighth as a list is, a major one or a
 * major downsize to the exact size.
 *
 * <h2>Newlines</h2>
 * {@code newline} is None (universal reading, writes translated to '\n'), '' (universal reading,
 * nothing translated), '\n' (the default: nothing translated), '\r' or '\r\n' (each '\n' written
 * becomes it). For the two universal modes CPython's {@code decoder} is an
 * {@code IncrementalNewlineDecoder} always called as final; here its state, the kinds of newline
 * seen ({@code seennl}: 1 '\r', 2 '\n', 4 '\r\n', and 8 for "universal"), is kept in that slot
 * itself and its translation is done in Java. {@code newlines} reports the kinds seen.
 *
 * <p>The bases are the library's {@code _TextIOBase} and {@code _IOBase} ({@code _io._memory_types}),
 * which give {@code detach}, {@code encoding}, {@code errors}, {@code __iter__}, {@code writelines},
 * {@code readlines} and the with statement, as CPython's StringIO inherits them.
 */
final class StringIOType extends MemoryStreamType {
    static final int BUF = 16, POS = 24, STRING_SIZE = 32, BUF_SIZE = 40, STATE = 48, LARGE = 56, SMALL = 64, OK = 72,
            CLOSED_FLAG = 73, READUNIVERSAL = 74, READTRANSLATE = 75, DECODER = 80, READNL = 88, WRITENL = 96, DICT = 104,
            WEAKLIST = 112, SIZE = 120;
    private static final int REALIZED = 1, ACCUMULATING = 2;
    /** The decoder slot's mark that the stream reads universally (it has a decoder). */
    private static final long UNIVERSAL = 8;
    private static final int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;
    /** {@code _PyAccu}'s limit on the small list. */
    private static final int ACCU_SMALL = 100000;

    private final StrType str;

    StringIOType(ObjectSpace space) {
        super(space, "_io.StringIO", SIZE, WEAKLIST, "accu.large", LARGE, "accu.small", SMALL,
                "readnl", READNL, "writenl", WRITENL, "dict", DICT);
        this.str = space.strType;
        defineMethod("close", (self, a) -> {
            Args.none("close", a);
            close(self);
            return space.newNone();
        });
        defineMethod("getvalue", (self, a) -> {
            Args.none("getvalue", a);
            check(self);
            return getvalue(self);
        });
        defineMethod("read", (self, a) -> {
            Args.range("read", a, 0, 1);
            long size = a.length == 0 || a[0] == space.none ? -1 : BytesIOType.optionalSize(space, a[0]);
            check(self);
            return read(self, size);
        });
        defineMethod("readline", (self, a) -> {
            Args.range("readline", a, 0, 1);
            long size = a.length == 0 || a[0] == space.none ? -1 : BytesIOType.optionalSize(space, a[0]);
            check(self);
            realize(self);
            return readline(self, size);
        });
        defineMethod("tell", (self, a) -> {
            Args.none("tell", a);
            check(self);
            return space.newInt(memory.getLong(self + POS));
        });
        defineMethod("truncate", (self, a) -> {
            Args.range("truncate", a, 0, 1);
            long size = a.length == 0 || a[0] == space.none ? memory.getLong(self + POS) : BytesIOType.optionalSize(space, a[0]);
            check(self);
            if (size < 0) {
                throw new PyException("ValueError", "Negative size value " + size);
            }
            if (size < memory.getLong(self + STRING_SIZE)) {
                realize(self);
                resizeBuffer(self, size);
                memory.putLong(self + STRING_SIZE, size);
            }
            return space.newInt(size);
        });
        defineMethod("seek", (self, a) -> {
            Args.range("seek", a, 1, 2);
            long pos = space.intType.asSsize(a[0]);
            int whence = a.length < 2 ? 0 : Args.cInt(space, a[1]);
            check(self);
            if (whence != 0 && whence != 1 && whence != 2) {
                throw new PyException("ValueError", "Invalid whence (" + whence + ", should be 0, 1 or 2)");
            } else if (pos < 0 && whence == 0) {
                throw new PyException("ValueError", "Negative seek position " + pos);
            } else if (whence != 0 && pos != 0) {
                throw new PyException("OSError", "Can't do nonzero cur-relative seeks");
            }
            if (whence == 1) {
                pos = memory.getLong(self + POS);
            } else if (whence == 2) {
                pos = memory.getLong(self + STRING_SIZE);
            }
            memory.putLong(self + POS, pos);
            return space.newInt(pos);
        });
        defineMethod("write", (self, a) -> {
            long s = Args.one("write", a);
            checkInitialized(self);
            if (!str.check(s)) {
                throw new PyException("TypeError", "string argument expected, got '" + space.typeOf(s).name + "'");
            }
            checkClosed(self);
            long size = str.length(s);
            if (size > 0) {
                writeStr(self, s);
            }
            return space.newInt(size);
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            defineMethod(name, (self, a) -> {
                Args.none(name, a);
                check(self);
                return space.newBool(true);
            });
        }
        defineMethod("__getstate__", (self, a) -> {
            Args.none("__getstate__", a);
            return getstate(self);
        });
        defineMethod("__setstate__", (self, a) -> {
            setstate(self, Args.one("__setstate__", a));
            return space.newNone();
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_INIT, SlotWrappers.Slot.TP_ITERNEXT);
    }

    @Override
    protected void fillDict() {
        putInDict("closed", space.getSetDescrType.create(this, "closed", o -> {
            checkInitialized(o);
            return space.newBool(memory.getByte(o + CLOSED_FLAG) != 0);
        }, null));
        putInDict("line_buffering", space.getSetDescrType.create(this, "line_buffering", o -> {
            check(o);
            return space.newBool(false);
        }, null));
        putInDict("newlines", space.getSetDescrType.create(this, "newlines", o -> {
            check(o);
            return newlines(memory.getLong(o + DECODER));
        }, null));
        putDictGetSet();
        putInDict("__doc__", space.strType.runtime("Text I/O implementation using an in-memory buffer.\n\n"
                + "The initial_value argument sets the value of object.  The newline\n"
                + "argument is like the one of TextIOWrapper's constructor."));
    }

    @Override
    public long dictOffset() {
        return DICT;
    }

    // ---------------------------------------------------------------- checks

    private void checkInitialized(long o) {
        if (memory.getByte(o + OK) <= 0) {
            throw new PyException("ValueError", "I/O operation on uninitialized object");
        }
    }

    private void checkClosed(long o) {
        if (memory.getByte(o + CLOSED_FLAG) != 0) {
            throw new PyException("ValueError", "I/O operation on closed file");
        }
    }

    /** {@code CHECK_INITIALIZED} then {@code CHECK_CLOSED}. */
    private void check(long o) {
        checkInitialized(o);
        checkClosed(o);
    }

    // ---------------------------------------------------------------- construction

    /** {@code stringio_new}: everything zero, a buffer of {@code PyMem_Malloc(0)}; tracked. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long o = allocateStruct(SIZE);
        memory.putLong(o + BUF, space.allocate(0));
        space.track(o);
        return subtype == this ? o : subtype.adopt(o);
    }

    /** {@code _io_StringIO___init___impl}: {@code StringIO(initial_value='', newline='\n')}. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        long[] p = clinic(args, kwargs, "StringIO", "initial_value", "newline");
        init(self, p[0], p[1]);
    }

    private void init(long self, long value, long newlineObj) {
        String newline = "\n";
        if (newlineObj == space.none) {
            newline = null;
        } else if (newlineObj != 0) {
            if (!str.check(newlineObj)) {
                throw new PyException("TypeError", "newline must be str or None, not " + space.typeOf(newlineObj).name);
            }
            newline = str.value(newlineObj);
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw new PyException("ValueError", "illegal newline value: " + Abstract.repr(space, newlineObj));
        }
        if (value != 0 && value != space.none && !str.check(value)) {
            throw new PyException("TypeError", "initial_value must be str or None, not " + space.typeOf(value).name);
        }
        memory.putByte(self + OK, (byte) 0);
        accuDestroy(self);
        setField(self, READNL, 0);
        setField(self, WRITENL, 0);
        memory.putLong(self + DECODER, 0);
        if (newline != null) {
            putField(self, READNL, str.runtime(newline));
        }
        boolean universal = newline == null || newline.isEmpty();
        memory.putByte(self + READUNIVERSAL, (byte) (universal ? 1 : 0));
        memory.putByte(self + READTRANSLATE, (byte) (newline == null ? 1 : 0));
        if (newline != null && newline.startsWith("\r")) {
            setField(self, WRITENL, field(self, READNL));
        }
        if (universal) {
            memory.putLong(self + DECODER, UNIVERSAL);
        }
        memory.putLong(self + STRING_SIZE, 0);
        long valueLength = value != 0 && value != space.none ? str.length(value) : 0;
        resizeBuffer(self, 0);
        if (valueLength > 0) {
            memory.putInt(self + STATE, REALIZED);
            memory.putLong(self + POS, 0);
            writeStr(self, value);
        } else {
            putField(self, SMALL, space.listType.create());
            memory.putInt(self + STATE, ACCUMULATING);
        }
        memory.putLong(self + POS, 0);
        memory.putByte(self + CLOSED_FLAG, (byte) 0);
        memory.putByte(self + OK, (byte) 1);
    }

    /** Argument Clinic's parser from the call's tuple and dict, for optional positional-or-keyword parameters. */
    private long[] clinic(long args, long kwargs, String function, String... names) {
        int nargs = (int) space.tupleType.size(args);
        java.util.List<String> keywords = new java.util.ArrayList<>();
        if (kwargs != 0) {
            long keys = space.listType.fromKeys(kwargs);
            try {
                for (long i = 0, n = space.listType.size(keys); i < n; i++) {
                    keywords.add(str.value(space.listType.item(keys, i)));
                }
            } finally {
                space.decref(keys);
            }
        }
        PyException refused = CallArguments.clinicError(function, 0, 0, names.length, names, nargs, keywords);
        if (refused != null) {
            throw refused;
        }
        long[] values = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = i < nargs ? space.tupleType.item(args, i) : kwargs == 0 ? 0 : space.dictType.getItemString(kwargs, names[i]);
        }
        return values;
    }

    // ---------------------------------------------------------------- the accumulator (_PyAccu)

    private void accuDestroy(long o) {
        setField(o, SMALL, 0);
        setField(o, LARGE, 0);
    }

    /** {@code _PyAccu_Accumulate}: {@code s} appended to the small list, joined into the large one at 100,000. */
    private void accumulate(long o, long s) {
        long small = field(o, SMALL);
        space.listType.append(small, s);
        long n = space.listType.size(small);
        if (n < ACCU_SMALL) {
            return;
        }
        long joined = join(small);
        try {
            if (field(o, LARGE) == 0) {
                putField(o, LARGE, space.listType.create());
            }
            space.listType.append(field(o, LARGE), joined);
        } finally {
            space.decref(joined);
        }
        putField(o, SMALL, space.listType.create());
    }

    /** {@code PyUnicode_Join("", list)}. New reference. */
    private long join(long list) {
        long empty = str.runtime("");
        try {
            return Abstract.callMethod(space, empty, "join", new long[] {list});
        } finally {
            space.decref(empty);
        }
    }

    /** {@code _PyAccu_Finish}: the whole text as one str; the lists are gone. New reference. */
    private long accuFinish(long o) {
        long small = field(o, SMALL);
        long large = field(o, LARGE);
        memory.putLong(o + SMALL, 0);
        memory.putLong(o + LARGE, 0);
        try {
            if (large == 0) {
                return join(small);
            }
            if (space.listType.size(small) > 0) {
                long joined = join(small);
                space.listType.append(large, joined);
                space.decref(joined);
            }
            return join(large);
        } finally {
            space.xdecref(small);
            space.xdecref(large);
        }
    }

    /** {@code make_intermediate}: the text so far, which the lists then start again from. New reference. */
    private long makeIntermediate(long o) {
        long intermediate = accuFinish(o);
        memory.putInt(o + STATE, REALIZED);
        putField(o, SMALL, space.listType.create());
        space.listType.append(field(o, SMALL), intermediate);
        memory.putInt(o + STATE, ACCUMULATING);
        return intermediate;
    }

    /** {@code realize}: the accumulated text copied into the UCS4 buffer, for good. */
    private void realize(long o) {
        if (memory.getInt(o + STATE) == REALIZED) {
            return;
        }
        memory.putInt(o + STATE, REALIZED);
        long intermediate = accuFinish(o);
        try {
            long len = str.length(intermediate);
            resizeBuffer(o, len);
            copyIn(o, intermediate, 0);
        } finally {
            space.decref(intermediate);
        }
    }

    // ---------------------------------------------------------------- the UCS4 buffer

    /** {@code resize_buffer}: room for {@code size} code points and the sentinel after them. */
    private void resizeBuffer(long o, long size) {
        long alloc = memory.getLong(o + BUF_SIZE);
        size = size + 1;
        if (size < alloc / 2) {
            alloc = size + 1;
        } else if (size < alloc) {
            return;
        } else if (size <= alloc * 1.125) {
            alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        } else {
            alloc = size + 1;
        }
        if (alloc > Long.MAX_VALUE / 4) {
            throw new PyException("OverflowError", "new buffer size too large");
        }
        memory.putLong(o + BUF, space.reallocate(memory.getLong(o + BUF), alloc * 4));
        memory.putLong(o + BUF_SIZE, alloc);
    }

    /** The code points of {@code s} copied into the buffer from index {@code at}. */
    private void copyIn(long o, long s, long at) {
        long buf = memory.getLong(o + BUF) + 4 * at;
        int[] units = str.codePoints(s);
        for (int i = 0; i < units.length; i++) {
            memory.putInt(buf + 4L * i, units[i]);
        }
    }

    /** {@code PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf + from, n)}: the narrowest str. New reference. */
    private long text(long o, long from, long n) {
        int[] units = new int[(int) n];
        long buf = memory.getLong(o + BUF) + 4 * from;
        for (int i = 0; i < n; i++) {
            units[i] = memory.getInt(buf + 4L * i);
        }
        return str.runtime(units, 0, units.length);
    }

    /**
     * {@code write_str}: the text after newline translation at the position: appended to the
     * accumulator when the stream accumulates and the position is its end, else into the buffer
     * (realized first), the gap after a seek past the end filled with NULs.
     */
    private void writeStr(long o, long s) {
        long decoded = decode(o, s);
        try {
            long writenl = field(o, WRITENL);
            if (writenl != 0) {
                long lf = str.runtime("\n");
                try {
                    long translated = Abstract.callMethod(space, decoded, "replace", new long[] {lf, writenl});
                    space.decref(decoded);
                    decoded = translated;
                } finally {
                    space.decref(lf);
                }
            }
            long len = str.length(decoded);
            long pos = memory.getLong(o + POS);
            if (pos > Long.MAX_VALUE - len) {
                throw new PyException("OverflowError", "new position too large");
            }
            boolean written = false;
            if (memory.getInt(o + STATE) == ACCUMULATING) {
                if (memory.getLong(o + STRING_SIZE) == pos) {
                    accumulate(o, decoded);
                    written = true;
                } else {
                    realize(o);
                }
            }
            if (!written) {
                long stringSize = memory.getLong(o + STRING_SIZE);
                if (pos + len > stringSize) {
                    resizeBuffer(o, pos + len);
                }
                if (pos > stringSize) {
                    memory.fill(memory.getLong(o + BUF) + 4 * stringSize, 4 * (pos - stringSize), (byte) 0);
                }
                copyIn(o, decoded, pos);
            }
            memory.putLong(o + POS, pos + len);
            if (memory.getLong(o + STRING_SIZE) < pos + len) {
                memory.putLong(o + STRING_SIZE, pos + len);
            }
        } finally {
            space.decref(decoded);
        }
    }

    /**
     * {@code _PyIncrementalNewlineDecoder_decode(decoder, s, final=1)} for a universal stream: the
     * kinds of newline in {@code s} recorded, and with newline=None each '\r\n' and '\r' made '\n';
     * {@code s} itself when there is no decoder or nothing to change. New reference.
     */
    private long decode(long o, long s) {
        long seen = memory.getLong(o + DECODER);
        if (seen == 0) {
            return space.newRef(s);
        }
        boolean translate = memory.getByte(o + READTRANSLATE) != 0;
        long cr = str.indexOf(s, '\r', 0, str.length(s));
        long lf = str.indexOf(s, '\n', 0, str.length(s));
        if (cr < 0) {
            if (lf >= 0) {
                memory.putLong(o + DECODER, seen | SEEN_LF);
            }
            return space.newRef(s);
        }
        int[] units = str.codePoints(s);
        int[] out = translate ? new int[units.length] : null;
        int n = 0;
        for (int i = 0; i < units.length; i++) {
            int c = units[i];
            if (c == '\r') {
                if (i + 1 < units.length && units[i + 1] == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                    if (!translate) {
                        continue;
                    }
                } else {
                    seen |= SEEN_CR;
                }
                if (translate) {
                    out[n++] = '\n';
                }
                continue;
            }
            if (c == '\n') {
                seen |= SEEN_LF;
            }
            if (translate) {
                out[n++] = c;
            }
        }
        memory.putLong(o + DECODER, seen);
        return translate ? str.runtime(out, 0, n) : space.newRef(s);
    }

    /** The decoder's {@code newlines}: None, one kind as a str, or the kinds seen as a tuple. */
    private long newlines(long seen) {
        if (seen == 0) {
            return space.newNone();
        }
        java.util.List<Long> kinds = new java.util.ArrayList<>();
        if ((seen & SEEN_CR) != 0) {
            kinds.add(str.runtime("\r"));
        }
        if ((seen & SEEN_LF) != 0) {
            kinds.add(str.runtime("\n"));
        }
        if ((seen & SEEN_CRLF) != 0) {
            kinds.add(str.runtime("\r\n"));
        }
        if (kinds.isEmpty()) {
            return space.newNone();
        }
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        long[] items = new long[kinds.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = kinds.get(i);
        }
        try {
            return space.tupleType.create(items);
        } finally {
            kinds.forEach(space::decref);
        }
    }

    // ---------------------------------------------------------------- reading

    private long getvalue(long o) {
        if (memory.getInt(o + STATE) == ACCUMULATING) {
            return makeIntermediate(o);
        }
        return text(o, 0, memory.getLong(o + STRING_SIZE));
    }

    /** {@code _io_StringIO_read_impl}: {@code seek(0); read()} of an accumulating stream hands out its text without realizing it. */
    private long read(long o, long size) {
        long n = memory.getLong(o + STRING_SIZE) - memory.getLong(o + POS);
        if (size < 0 || size > n) {
            size = Math.max(n, 0);
        }
        if (memory.getInt(o + STATE) == ACCUMULATING && memory.getLong(o + POS) == 0 && size == n) {
            long result = makeIntermediate(o);
            memory.putLong(o + POS, memory.getLong(o + STRING_SIZE));
            return result;
        }
        realize(o);
        long pos = memory.getLong(o + POS);
        memory.putLong(o + POS, pos + size);
        return text(o, pos, size);
    }

    /** {@code _stringio_readline}: up to and with the next line end of the stream's newline mode ({@code _PyIO_find_line_ending}). */
    private long readline(long o, long limit) {
        long pos = memory.getLong(o + POS);
        long stringSize = memory.getLong(o + STRING_SIZE);
        if (pos >= stringSize) {
            return str.runtime("");
        }
        if (limit < 0 || limit > stringSize - pos) {
            limit = stringSize - pos;
        }
        long buf = memory.getLong(o + BUF) + 4 * pos;
        long len = -1;
        if (memory.getByte(o + READTRANSLATE) != 0) {
            for (long i = 0; i < limit; i++) {
                if (memory.getInt(buf + 4 * i) == '\n') {
                    len = i + 1;
                    break;
                }
            }
        } else if (memory.getByte(o + READUNIVERSAL) != 0) {
            for (long i = 0; i < limit; i++) {
                int c = memory.getInt(buf + 4 * i);
                if (c == '\n') {
                    len = i + 1;
                    break;
                }
                if (c == '\r') {
                    len = i + 1 < limit && memory.getInt(buf + 4 * (i + 1)) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
        } else {
            int[] nl = str.codePoints(field(o, READNL));
            for (long i = 0; i + nl.length <= limit && len < 0; i++) {
                boolean match = true;
                for (int k = 0; k < nl.length && match; k++) {
                    match = memory.getInt(buf + 4 * (i + k)) == nl[k];
                }
                if (match) {
                    len = i + nl.length;
                }
            }
        }
        if (len < 0) {
            len = limit;
        }
        memory.putLong(o + POS, pos + len);
        return text(o, pos, len);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    /** {@code iobase_iter} (StringIO has no tp_iter of its own): the stream itself, unless closed. */
    @Override
    public long iter(long o) {
        checkInitialized(o);
        if (memory.getByte(o + CLOSED_FLAG) != 0) {
            throw new PyException("ValueError", "I/O operation on closed file.");
        }
        return space.newRef(o);
    }

    /** {@code stringio_iternext}: the next line (through a subclass's {@code readline}), none at the end. */
    @Override
    public long iterNext(long o) {
        check(o);
        realize(o);
        long line;
        if (space.typeOf(o) == this) {
            line = readline(o, -1);
        } else {
            line = Abstract.callMethod(space, o, "readline", new long[0]);
            if (!str.check(line)) {
                String t = space.typeOf(line).name;
                space.decref(line);
                throw new PyException("OSError", "readline() should have returned a str object, not '" + t + "'");
            }
        }
        if (str.length(line) == 0) {
            space.decref(line);
            return 0;
        }
        return line;
    }

    /** {@code _io_StringIO_close_impl}: closed, the buffer shrunk, the accumulator and newlines dropped. */
    private void close(long o) {
        memory.putByte(o + CLOSED_FLAG, (byte) 1);
        resizeBuffer(o, 0);
        accuDestroy(o);
        setField(o, READNL, 0);
        setField(o, WRITENL, 0);
        memory.putLong(o + DECODER, 0);
    }

    // ---------------------------------------------------------------- pickling

    /** {@code stringio_getstate}: {@code (getvalue(), newline or None, pos, copy of __dict__ or None)}. */
    private long getstate(long o) {
        check(o);
        long value = getvalue(o);
        long readnl = field(o, READNL);
        long dict = field(o, DICT);
        long d = dict == 0 ? space.newNone() : space.dictType.copy(dict);
        long pos = space.newInt(memory.getLong(o + POS));
        try {
            return space.tupleType.create(value, readnl == 0 ? space.none : readnl, pos, d);
        } finally {
            space.decref(value);
            space.decref(pos);
            space.decref(d);
        }
    }

    /**
     * {@code stringio_setstate}: {@code __init__(value, newline)}, then the buffer replaced by the
     * value as it is (not translated a second time), the position and the dict.
     */
    private void setstate(long o, long state) {
        checkClosed(o);
        if (!space.tupleType.check(state) || space.tupleType.size(state) < 4) {
            throw new PyException("TypeError", space.typeOf(o).name + ".__setstate__ argument should be 4-tuple, got "
                    + space.typeOf(state).name);
        }
        long value = space.tupleType.item(state, 0);
        init(o, value, space.tupleType.item(state, 1));
        if (!str.check(value)) {
            throw new PyException("TypeError", "bad argument type for built-in operation");
        }
        long n = str.length(value);
        resizeBuffer(o, n);
        copyIn(o, value, 0);
        memory.putLong(o + STRING_SIZE, n);
        long item = space.tupleType.item(state, 2);
        if (!space.intType.check(item)) {
            throw new PyException("TypeError", "third item of state must be an integer, got " + space.typeOf(item).name);
        }
        long pos = space.intType.asSsize(item);
        if (pos < 0) {
            throw new PyException("ValueError", "position value cannot be negative");
        }
        memory.putLong(o + POS, pos);
        restoreDict(o, space.tupleType.item(state, 3), "fourth");
    }

    // ---------------------------------------------------------------- gc and memory

    /** {@code stringio_dealloc}: the buffer freed, every reference dropped. */
    @Override
    protected void releaseForDealloc(long o) {
        memory.putByte(o + OK, (byte) 0);
        long buf = memory.getLong(o + BUF);
        if (buf != 0) {
            memory.putLong(o + BUF, 0);
            space.free(buf);
        }
        clearFields(o);
    }

    /** The UCS4 buffer is the object's own block. */
    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long buf = memory.getLong(o + BUF);
        return buf == 0 || visitor.owned(buf, 0);
    }
}
