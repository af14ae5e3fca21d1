package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.List;

/**
 * One built-in exception type of Objects/exceptions.c: {@code PyBaseExceptionObject} and the
 * layouts that extend it with their own fields ({@code StopIteration.value}, {@code SystemExit.code},
 * {@code AttributeError.name/obj}, {@code ImportError.msg/name/path}, {@code NameError.name},
 * {@code OSError}'s five, {@code SyntaxError}'s eight). GC-capable; {@code sys.getsizeof} is 88 for
 * the plain layout, 8 more per extra field, as CPython's.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 dict  +24 args (tuple)  +32 notes (unused: 3.11 keeps {@code __notes__} in the dict)  +40 traceback  +48 context  +56 cause  +64 suppress_context (char)
 *   +72 ... the subtype's fields, 8 bytes each
 * </pre>
 * The constructor fills the subtype's fields from the arguments as each {@code *_init} does; str and
 * repr are CPython's ({@code KeyError} shows the repr of its one argument, {@code OSError} its errno
 * and strerror, {@code SyntaxError} its file and line).
 */
public sealed class BaseExceptionType extends StructType permits ExceptionGroupType {
    public static final int DICT = 16, ARGS = 24, NOTES = 32, TRACEBACK = 40, CONTEXT = 48, CAUSE = 56,
            SUPPRESS_CONTEXT = 64, EXTRA = 72;

    /** The fields after {@link #EXTRA}, in order (inherited ones first). */
    private final List<String> extra;

    BaseExceptionType(ObjectSpace space, String name, BaseExceptionType base, List<String> extra) {
        this(space, name, base, extra, 0);
    }

    /** With {@code weaklist} not 0, the weakref list head follows the fields (ExceptionGroup's {@code __weakref__}). */
    BaseExceptionType(ObjectSpace space, String name, BaseExceptionType base, List<String> extra, int weaklist) {
        super(space, name, base, HAVE_GC | BASETYPE, EXTRA + 8L * extra.size() + (weaklist != 0 ? 8 : 0), 0, weaklist,
                fieldsOf(extra));
        this.extra = List.copyOf(extra);
        if (base == null) {
            defineMethod("with_traceback", (self, args) -> {
                Args.range("with_traceback", args, 1, 1);
                accessorSet(self, "__traceback__", args[0]); // PyException_SetTraceback's check
                return space.newRef(self);
            });
            // BaseException_reduce: (type, args) and the __dict__ when it has one; __setstate__ sets its items back
            defineMethod("__reduce__", (self, args) -> {
                Args.none("__reduce__", args);
                long a = field(self, ARGS);
                long d = field(self, DICT);
                long t = space.typeOf(self).typeObject();
                long argsTuple = a == 0 ? space.tupleType.create() : space.newRef(a);
                try {
                    return d != 0 ? space.tupleType.create(t, argsTuple, d) : space.tupleType.create(t, argsTuple);
                } finally {
                    space.decref(argsTuple);
                }
            });
            defineMethod("__setstate__", (self, args) -> {
                long state = Args.one("__setstate__", args);
                if (state != space.none) {
                    if (!space.dictType.check(state)) {
                        throw new PyException("TypeError", "state is not a dictionary");
                    }
                    long keys = space.listType.create(); // BaseException_setstate: PyDict_Next, the table itself
                    space.dictType.forEach(state, (k, v) -> space.listType.append(keys, k));
                    try {
                        for (int i = 0; i < space.listType.size(keys); i++) {
                            long k = space.listType.item(keys, i);
                            long v = space.dictType.get(state, k);
                            if (v != 0) {
                                Abstract.setAttr(space, self, k, v);
                            }
                        }
                    } finally {
                        space.decref(keys);
                    }
                }
                return space.newNone();
            });
            defineMethod("add_note", (self, args) -> {
                Args.range("add_note", args, 1, 1);
                if (!space.strType.check(args[0])) {
                    throw new PyException("TypeError", "note must be a str, not '" + space.typeOf(args[0]).name + "'");
                }
                // 3.11 keeps the notes in the instance's __dict__ through the generic attribute protocol
                // (the struct's notes field stays unused), so a class's own __notes__ descriptor is honoured
                if (!Abstract.hasAttr(space, self, "__notes__")) {
                    long fresh = space.listType.create();
                    try {
                        Abstract.setAttr(space, self, "__notes__", fresh);
                    } finally {
                        space.decref(fresh);
                    }
                }
                long notes = Abstract.getAttr(space, self, "__notes__");
                try {
                    if (!space.listType.check(notes)) {
                        throw new PyException("TypeError", "Cannot add note: __notes__ is not a list");
                    }
                    space.listType.append(notes, args[0]);
                } finally {
                    space.decref(notes);
                }
                return space.newNone();
            });
        }
        if (name.equals("OSError")) {
            defineMethod("__reduce__", (self, args) -> {
                Args.none("__reduce__", args);
                return reduceOSError(self);
            });
        } else if (name.equals("ImportError")) {
            defineMethod("__reduce__", (self, args) -> {
                Args.none("__reduce__", args);
                return reduceImportError(self);
            });
        }
    }

    /**
     * {@code OSError_reduce}: {@code OSError(*args)} remakes the error, so when the file names were
     * taken out of {@code args} ({@code OSError(errno, strerror, filename)}) they are put back,
     * {@code filename2} after a None standing for Windows' error number; then the {@code __dict__}.
     */
    private long reduceOSError(long self) {
        long args = field(self, ARGS);
        long filename = field(self, offsetOf("filename"));
        long filename2 = field(self, offsetOf("filename2"));
        boolean hasFilename = filename != 0 && filename != space.none;
        long a;
        if (args != 0 && space.tupleType.size(args) == 2 && hasFilename) {
            long errno = space.tupleType.item(args, 0);
            long strerror = space.tupleType.item(args, 1);
            a = filename2 != 0 && filename2 != space.none
                    ? space.tupleType.create(errno, strerror, filename, space.none, filename2)
                    : space.tupleType.create(errno, strerror, filename);
        } else {
            a = args == 0 ? space.tupleType.create() : space.newRef(args);
        }
        return reduceWith(self, a, field(self, DICT));
    }

    /**
     * {@code ImportError_reduce}: {@code (type, args, state)}, the state a copy of the
     * {@code __dict__} with {@code name} and {@code path} when either is set (to anything, None
     * too), the {@code __dict__} itself otherwise, no state without one.
     */
    private long reduceImportError(long self) {
        long args = field(self, ARGS);
        long a = args == 0 ? space.tupleType.create() : space.newRef(args);
        long dict = field(self, DICT);
        long importName = field(self, offsetOf("name"));
        long path = field(self, offsetOf("path"));
        boolean hasName = importName != 0;
        boolean hasPath = path != 0;
        if (!hasName && !hasPath) {
            return reduceWith(self, a, dict);
        }
        long state = dict != 0 ? space.dictType.copy(dict) : space.dictType.create();
        try {
            if (hasName) {
                space.dictType.setItemString(state, "name", importName);
            }
            if (hasPath) {
                space.dictType.setItemString(state, "path", path);
            }
            return reduceWith(self, a, state);
        } finally {
            space.decref(state);
        }
    }

    /** {@code (type(self), args)} or {@code (type(self), args, state)} when there is a state; takes over {@code args}. */
    private long reduceWith(long self, long args, long state) {
        long t = space.typeOf(self).typeObject();
        try {
            return state != 0 ? space.tupleType.create(t, args, state) : space.tupleType.create(t, args);
        } finally {
            space.decref(args);
        }
    }

    /**
     * Whether the type has a {@code tp_new} of its own (a {@code __new__} in its namespace):
     * exceptions.c's {@code SimpleExtendsException} types do ({@code BaseException_new}), as do
     * OSError, MemoryError and BaseExceptionGroup; the others inherit their base's.
     */
    @Override
    protected boolean ownNew() {
        return !INHERITED_NEW.contains(name) && !(base instanceof BaseExceptionType b && b.isOSError());
    }

    /** The built-in exceptions whose static type leaves {@code tp_new} to its base (besides OSError's subclasses). */
    private static final java.util.Set<String> INHERITED_NEW = java.util.Set.of("AttributeError", "ImportError",
            "IndentationError", "KeyError", "ModuleNotFoundError", "NameError", "StopIteration", "SyntaxError",
            "SystemExit", "TabError", "UnboundLocalError", "ExceptionGroup");

    private boolean isOSError() {
        for (PyType t = this; t != null; t = t.base) {
            if (t.name.equals("OSError")) {
                return true;
            }
        }
        return false;
    }

    /** Which {@code tp_new} function the type has: OSError's, MemoryError's, BaseExceptionGroup's or BaseException's. */
    @Override
    protected Object newFunction() {
        PyType t = this;
        while (!t.name.equals("OSError") && !t.name.equals("MemoryError") && !t.name.equals("BaseExceptionGroup")
                && t.base != null) {
            t = t.base;
        }
        return t;
    }

    /** {@code tp_dictoffset}: an exception keeps its own {@code __dict__}. */
    @Override
    public long dictOffset() {
        return DICT;
    }

    private static Object[] fieldsOf(List<String> extra) {
        Object[] f = new Object[2 * (6 + extra.size())];
        String[] common = {"dict", "args", "notes", "traceback", "context", "cause"};
        for (int i = 0; i < common.length; i++) {
            f[2 * i] = common[i];
            f[2 * i + 1] = 16 + 8 * i;
        }
        for (int i = 0; i < extra.size(); i++) {
            f[12 + 2 * i] = extra.get(i);
            f[13 + 2 * i] = EXTRA + 8 * i;
        }
        return f;
    }

    /** {@code PyExceptionInstance_Check}-style: whether {@code o} is an instance of this type or a subtype. */
    public boolean check(long o) {
        return space.typeOf(o).isSubtypeOf(this);
    }

    /** The name of extra field number {@code i}. */
    String extraName(int i) {
        return extra.get(i);
    }

    /** The offset of an extra field, or -1. */
    public int offsetOf(String field) {
        int i = extra.indexOf(field);
        return i < 0 ? -1 : EXTRA + 8 * i;
    }

    /** The special methods Python code calls on exceptions ({@code super().__init__(msg)} in a subclass). */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        if (base == null) {
            return java.util.EnumSet.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.TP_STR, SlotWrappers.Slot.TP_GETATTRO,
                    SlotWrappers.Slot.TP_SETATTRO, SlotWrappers.Slot.TP_INIT);
        }
        if (name.equals("ExceptionGroup")) { // a subclass made as a heap type in CPython: no slots of its own
            return java.util.EnumSet.noneOf(SlotWrappers.Slot.class);
        }
        return OWN_STR.contains(name) ? java.util.EnumSet.of(SlotWrappers.Slot.TP_STR, SlotWrappers.Slot.TP_INIT)
                : java.util.EnumSet.of(SlotWrappers.Slot.TP_INIT);
    }

    /** The exceptions whose {@code tp_str} is their own ({@code KeyError_str}, {@code OSError_str}, ...). */
    private static final java.util.Set<String> OWN_STR = java.util.Set.of("AttributeError", "ImportError", "KeyError",
            "NameError", "SyntaxError", "BaseExceptionGroup", "OSError", "UnicodeDecodeError", "UnicodeEncodeError",
            "UnicodeTranslateError");

    /** {@code BaseException_init}: {@code self.args = args} (and the type's fields from them). */
    @Override
    public void tpInit(long e, long args, long kwargs) {
        boolean keywords = kwargs != 0 && space.dictType.size(kwargs) > 0;
        if (keywords) {
            checkKeywords(e, kwargs);
        }
        setField(e, ARGS, args);
        initFields(e);
        if (keywords) {
            space.dictType.forEach(kwargs, (k, v) -> setField(e, offsetOf(space.strType.value(k)), v));
        }
    }

    /**
     * The keywords {@code ImportError_init} ({@code name}, {@code path}), {@code AttributeError_init}
     * ({@code name}, {@code obj}) and {@code NameError_init} ({@code name}) take; the other
     * exceptions take none ({@code BaseException_init}).
     */
    private void checkKeywords(long e, long kwargs) {
        String owner = has("path") ? "ImportError" : has("obj") ? "AttributeError" : has("name") ? "NameError" : null;
        if (owner == null) {
            throw new PyException("TypeError", space.typeOf(e).name + "() takes no keyword arguments");
        }
        List<String> allowed = switch (owner) {
            case "ImportError" -> List.of("name", "path");
            case "AttributeError" -> List.of("name", "obj");
            default -> List.of("name");
        };
        space.dictType.forEach(kwargs, (k, v) -> {
            String key = space.strType.value(k);
            if (!allowed.contains(key)) {
                throw new PyException("TypeError", "'" + key + "' is an invalid keyword argument for " + owner + "()");
            }
        });
    }

    @Override
    public long newInstance(long[] args) {
        return create(space.tupleType.create(args), true);
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (has("errno") && kwargs != 0 && space.dictType.size(kwargs) > 0) { // OSError_new, before the errno's subclass
            throw new PyException("TypeError", subtype.name + "() takes no keyword arguments");
        }
        if (has("errno") && subtype.specialMethod("__init__") != 0 && subtype.specialMethod("__new__") == 0) {
            // oserror_use_init: a class with an __init__ of its own (and OSError's __new__) reads its
            // arguments there, through OSError.__init__ or not at all; until then args is ()
            return create(space.tupleType.create(), true);
        }
        if (subtype == this && name.equals("OSError")) {
            String sub = errnoSubclass(args);
            if (sub != null) {
                return space.exceptions.byName(sub).create(args, false);
            }
        }
        return create(args, false);
    }

    /**
     * {@code OSError(errno, strerror, ...)} called on OSError itself (2 to 5 arguments, an int errno)
     * makes the subclass CPython's {@code errnomap} names for the errno (Linux numbers), or null.
     */
    private String errnoSubclass(long args) {
        long n = space.tupleType.size(args);
        if (n < 2 || n > 5) {
            return null;
        }
        long errno = space.tupleType.item(args, 0);
        if (!space.intType.check(errno) || !space.intType.fitsLong(errno)) {
            return null;
        }
        return switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, space.intType.longValue(errno)))) {
            case 11, 114, 115 -> "BlockingIOError"; // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
            case 10 -> "ChildProcessError"; // ECHILD
            case 32, 108 -> "BrokenPipeError"; // EPIPE, ESHUTDOWN
            case 103 -> "ConnectionAbortedError";
            case 111 -> "ConnectionRefusedError";
            case 104 -> "ConnectionResetError";
            case 17 -> "FileExistsError"; // EEXIST
            case 2 -> "FileNotFoundError"; // ENOENT
            case 21 -> "IsADirectoryError"; // EISDIR
            case 20 -> "NotADirectoryError"; // ENOTDIR
            case 4 -> "InterruptedError"; // EINTR
            case 1, 13 -> "PermissionError"; // EPERM, EACCES
            case 3 -> "ProcessLookupError"; // ESRCH
            case 110 -> "TimeoutError"; // ETIMEDOUT
            default -> null;
        };
    }

    /** {@code BaseException_new} + the type's init: a tracked exception with {@code args} (a tuple; taken over if {@code steal}). New reference. */
    public long create(long args, boolean steal) {
        long e = allocateStruct(basicSize());
        if (steal) {
            putField(e, ARGS, args);
        } else {
            setField(e, ARGS, args);
        }
        try {
            initFields(e);
        } catch (RuntimeException failed) {
            // the type's checks refused the arguments (UnicodeDecodeError('x')): the half-made
            // exception is released as any other, not left owned by nothing
            space.track(e);
            space.decref(e);
            throw failed;
        }
        space.track(e);
        return e;
    }

    private void initFields(long e) {
        long args = field(e, ARGS);
        long n = space.tupleType.size(args);
        long first = n > 0 ? space.tupleType.item(args, 0) : 0;
        if (has("value")) { // StopIteration
            setField(e, offsetOf("value"), n > 0 ? first : space.none);
        }
        if (has("code")) { // SystemExit
            setField(e, offsetOf("code"), n == 0 ? space.none : n == 1 ? first : args);
        }
        if (has("msg") && !has("print_file_and_line")) { // ImportError
            setField(e, offsetOf("msg"), n == 1 ? first : space.none);
            // ImportError_init: unset (NULL, read as None) unless given, so __reduce__ tells an
            // explicit None from none
            setField(e, offsetOf("name"), 0);
            setField(e, offsetOf("path"), 0);
        } else if (has("name")) { // NameError, AttributeError
            setField(e, offsetOf("name"), space.none);
            if (has("obj")) {
                setField(e, offsetOf("obj"), space.none);
            }
        }
        if (has("errno")) { // OSError: (errno, strerror[, filename[, winerror[, filename2]]])
            for (String f : new String[] {"errno", "strerror", "filename", "filename2"}) {
                setField(e, offsetOf(f), space.none);
            }
            if (n >= 2 && n <= 5) {
                setField(e, offsetOf("errno"), first);
                setField(e, offsetOf("strerror"), space.tupleType.item(args, 1));
                long third = n >= 3 ? space.tupleType.item(args, 2) : 0;
                if (third != 0 && third != space.none && space.typeOf(e) instanceof BaseExceptionType exact
                        && exact.name.equals("BlockingIOError") && Formatter.numberCheck(space, third)) {
                    // oserror_init: an exact BlockingIOError's third argument, when a number, is the
                    // count of characters written (PyNumber_AsSsize_t with ValueError), not a file
                    // name, and args keeps all the arguments
                    long count = Abstract.numberIndex(space, third);
                    try {
                        if (!space.intType.fitsLong(count)) {
                            throw new PyException("ValueError", "cannot fit 'int' into an index-sized integer");
                        }
                        putField(e, offsetOf("written"), space.newInt(space.intType.longValue(count)));
                    } finally {
                        space.decref(count);
                    }
                } else if (third != 0 && third != space.none) { // oserror_init: a None file name is none
                    setField(e, offsetOf("filename"), space.tupleType.item(args, 2));
                    if (n == 5) {
                        setField(e, offsetOf("filename2"), space.tupleType.item(args, 4));
                    }
                    long two = space.tupleType.create(first, space.tupleType.item(args, 1));
                    putField(e, ARGS, two);
                }
            }
        }
        String unicode = unicodeKind();
        if (unicode != null) { // UnicodeEncodeError(encoding, object, start, end, reason); Translate has no encoding
            String[] names = unicode.equals("UnicodeTranslateError")
                    ? new String[] {"object", "start", "end", "reason"} : new String[] {"encoding", "object", "start", "end", "reason"};
            if (n != names.length) {
                throw new PyException("TypeError", "function takes exactly " + names.length + " arguments (" + n + " given)");
            }
            for (int i = 0; i < names.length; i++) {
                long a = space.tupleType.item(args, i);
                boolean ok = switch (names[i]) {
                    case "start", "end" -> space.intType.check(a);
                    case "object" -> unicode.equals("UnicodeDecodeError") ? space.bytesType.check(a) || space.byteArrayType.check(a)
                            : space.strType.check(a);
                    default -> space.strType.check(a);
                };
                if (!ok) {
                    String wanted = names[i].equals("start") || names[i].equals("end") ? "int"
                            : names[i].equals("object") && unicode.equals("UnicodeDecodeError") ? "bytes-like object" : "str";
                    throw new PyException("TypeError", "argument " + (i + 1) + " must be " + wanted + ", not " + space.typeOf(a).name);
                }
                setField(e, offsetOf(names[i]), a);
            }
        }
        if (has("print_file_and_line")) { // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
            if (n >= 1) {
                setField(e, offsetOf("msg"), first);
            }
            if (n == 2) {
                // SyntaxError_init: PySequence_Tuple of the details, then PyArg_ParseTuple's
                // "OOOO|OO" (no function name in its messages)
                long info = Abstract.sequenceTuple(space, space.tupleType.item(args, 1));
                try {
                    String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
                    long m = space.tupleType.size(info);
                    if (m < 4) {
                        throw new PyException("TypeError", "function takes at least 4 arguments (" + m + " given)");
                    }
                    if (m > 6) {
                        throw new PyException("TypeError", "function takes at most 6 arguments (" + m + " given)");
                    }
                    setField(e, offsetOf("end_lineno"), 0);
                    setField(e, offsetOf("end_offset"), 0);
                    for (int i = 0; i < m; i++) {
                        setField(e, offsetOf(names[i]), space.tupleType.item(info, i));
                    }
                } finally {
                    space.decref(info);
                }
            }
        }
    }

    private boolean has(String field) {
        return extra.contains(field);
    }

    /** The exception's args tuple (borrowed). */
    public long args(long e) {
        return field(e, ARGS);
    }

    @Override
    public String str(long e) {
        long args = field(e, ARGS);
        long n = space.tupleType.size(args);
        if (has("errno")) {
            long errno = field(e, offsetOf("errno")), strerror = field(e, offsetOf("strerror"));
            long filename = field(e, offsetOf("filename")), filename2 = field(e, offsetOf("filename2"));
            if (filename != space.none && filename != 0) {
                String s = "[Errno " + Abstract.str(space, errno) + "] " + Abstract.str(space, strerror) + ": "
                        + Abstract.repr(space, filename);
                return filename2 != space.none && filename2 != 0 ? s + " -> " + Abstract.repr(space, filename2) : s;
            }
            if (errno != space.none && strerror != space.none) {
                return "[Errno " + Abstract.str(space, errno) + "] " + Abstract.str(space, strerror);
            }
        }
        String unicode = unicodeKind();
        if (unicode != null && field(e, offsetOf("object")) != 0) {
            return unicodeStr(e, unicode);
        }
        if (has("print_file_and_line")) {
            long msg = field(e, offsetOf("msg")), filename = field(e, offsetOf("filename"));
            long lineno = field(e, offsetOf("lineno"));
            String text = msg == 0 ? "None" : Abstract.str(space, msg);
            boolean haveFile = filename != 0 && space.strType.check(filename);
            boolean haveLine = lineno != 0 && space.intType.check(lineno);
            if (haveFile) {
                String file = space.strType.value(filename);
                file = file.substring(file.lastIndexOf('/') + 1);
                return haveLine ? text + " (" + file + ", line " + Abstract.str(space, lineno) + ")"
                        : text + " (" + file + ")";
            }
            return haveLine ? text + " (line " + Abstract.str(space, lineno) + ")" : text;
        }
        if (has("msg") && field(e, offsetOf("msg")) != space.none && field(e, offsetOf("msg")) != 0) {
            return Abstract.str(space, field(e, offsetOf("msg")));
        }
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            long a = space.tupleType.item(args, 0);
            return isKeyError() ? Abstract.repr(space, a) : Abstract.str(space, a);
        }
        return Abstract.repr(space, args);
    }

    /** UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError for them and their subclasses, else null. */
    private String unicodeKind() {
        if (!has("reason")) {
            return null;
        }
        for (PyType t = this; t != null; t = t.base) {
            if (t.name.equals("UnicodeEncodeError") || t.name.equals("UnicodeDecodeError") || t.name.equals("UnicodeTranslateError")) {
                return t.name;
            }
        }
        return null;
    }

    /** {@code UnicodeEncodeError_str} and its two siblings: one character (or byte) by its escape, a run by its positions. */
    private String unicodeStr(long e, String kind) {
        long object = field(e, offsetOf("object"));
        long start = space.intType.longValue(field(e, offsetOf("start")));
        long end = space.intType.longValue(field(e, offsetOf("end")));
        String reason = Abstract.str(space, field(e, offsetOf("reason")));
        String prefix = kind.equals("UnicodeTranslateError") ? "can't translate "
                : "'" + Abstract.str(space, field(e, offsetOf("encoding"))) + "' codec can't "
                        + (kind.equals("UnicodeEncodeError") ? "encode " : "decode ");
        boolean decode = kind.equals("UnicodeDecodeError");
        long length = decode ? Abstract.length(space, object) : space.strType.codePoints(object).length;
        if (start < length && end == start + 1) {
            if (decode) {
                long b = Abstract.getItemAt(space, object, start);
                int v = (int) space.intType.longValue(b);
                space.decref(b);
                return prefix + "byte 0x" + String.format("%02x", v) + " in position " + start + ": " + reason;
            }
            int c = space.strType.codePoints(object)[(int) start];
            String escape = c <= 0xFF ? String.format("\\x%02x", c) : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return prefix + "character '" + escape + "' in position " + start + ": " + reason;
        }
        return prefix + (decode ? "bytes" : "characters") + " in position " + start + "-" + (end - 1) + ": " + reason;
    }

    private boolean isKeyError() {
        for (PyType t = this; t != null; t = t.base) {
            if (t.name.equals("KeyError")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String repr(long e) {
        long args = field(e, ARGS);
        String name = space.typeOf(e).name;
        if (space.tupleType.size(args) == 1) {
            return name + "(" + Abstract.repr(space, space.tupleType.item(args, 0)) + ")";
        }
        return name + Abstract.repr(space, args);
    }

    /**
     * {@code BaseException_members} and {@code BaseException_getset} on BaseException, each
     * subclass's own fields' members ({@code OSError.errno}, {@code StopIteration.value}) on it:
     * descriptors over {@link #lookupAttr} and {@link #setAttr}, in CPython's order.
     */
    @Override
    protected void fillDict() {
        if (!(solidBase() instanceof BaseExceptionType b)) {
            putAccessor(true, "__suppress_context__");
            for (String n : new String[] {"__dict__", "args", "__traceback__", "__context__", "__cause__"}) {
                putAccessor(false, n);
            }
            return;
        }
        for (String n : extra.subList(b.extra.size(), extra.size())) {
            if (n.equals("written")) {
                putAccessor(false, "characters_written"); // OSError_getset
            } else {
                putAccessor(true, n);
            }
        }
    }

    private void putAccessor(boolean member, String attribute) {
        GetSetDescrType.Getter getter = o -> {
            long v = accessorGet(o, attribute);
            if (v == 0) { // OSError_written_get's message
                throw new PyException("AttributeError", attribute);
            }
            return v;
        };
        GetSetDescrType.Setter setter = (o, v) -> accessorSet(o, attribute, v);
        putInDict(attribute, member ? space.memberDescrType.createAccessor(this, attribute, getter, setter)
                : space.getSetDescrType.create(this, attribute, getter, setter));
    }

    /**
     * What the getset or member descriptor {@code attribute} reads: a new reference, or 0 when the
     * field is unset ({@code characters_written}). Attribute lookup itself is the generic one, so a
     * subclass's class attribute of the same name comes first in the MRO, as in CPython.
     */
    private long accessorGet(long e, String attribute) {
        long v = switch (attribute) {
            case "args" -> field(e, ARGS);
            case "__traceback__" -> orNone(field(e, TRACEBACK));
            case "__context__" -> orNone(field(e, CONTEXT));
            case "__cause__" -> orNone(field(e, CAUSE));
            case "__suppress_context__" -> memory.getByte(e + SUPPRESS_CONTEXT) != 0 ? space.trueObject : space.falseObject;
            case "__dict__" -> {
                if (field(e, DICT) == 0) {
                    memory.putLong(e + DICT, space.dictType.create());
                }
                yield field(e, DICT);
            }
            case "characters_written" -> field(e, offsetOf("written"));
            default -> orNone(field(e, offsetOf(attribute)));
        };
        return v == 0 ? 0 : space.newRef(v);
    }

    /** The instance's own attribute: its {@code __dict__}'s entry (borrowed), or 0. */
    @Override
    protected long instanceAttr(long e, long name) {
        long dict = field(e, DICT);
        return dict == 0 ? 0 : space.dictType.get(dict, name);
    }

    @Override
    protected boolean setInstanceAttr(long e, long name, long value) {
        setInOwnDict(e, DICT, name, value);
        return true;
    }

    /** {@code PySequence_Tuple(value)}: a new reference. */
    private long tupleOf(long value) {
        if (space.tupleType.check(value)) {
            return space.newRef(value);
        }
        java.util.List<Long> items = new java.util.ArrayList<>();
        long it = Abstract.getIter(space, value);
        try {
            for (long x = Abstract.iterNext(space, it); x != 0; x = Abstract.iterNext(space, it)) {
                items.add(x);
            }
            long[] a = items.stream().mapToLong(Long::longValue).toArray();
            return space.tupleType.create(a);
        } finally {
            items.forEach(space::decref);
            space.decref(it);
        }
    }

    private long orNone(long v) {
        return v == 0 ? space.none : v;
    }

    /**
     * The value {@code __cause__} or {@code __context__} may be set to ({@code BaseException_set_cause}
     * and {@code _set_context}): an exception, or None as 0; never deleted.
     */
    private long chainedException(long value, String which) {
        if (value == 0) {
            throw new PyException("TypeError", "__" + which + "__ may not be deleted");
        }
        if (value == space.none) {
            return 0;
        }
        if (!space.exceptions.isException(value)) {
            throw new PyException("TypeError", "exception " + which + " must be None or derive from BaseException");
        }
        return value;
    }

    /** What the getset or member descriptor {@code attribute} writes ({@code value} 0 deletes). */
    void accessorSet(long e, String attribute, long value) {
        switch (attribute) {
            case "args" -> {
                if (value == 0) {
                    throw new PyException("TypeError", "args may not be deleted");
                }
                putField(e, ARGS, tupleOf(value));
            }
            case "__traceback__" -> {
                if (value == 0) {
                    throw new PyException("TypeError", "__traceback__ may not be deleted");
                }
                if (value != space.none && !space.tracebackType.check(value)) {
                    throw new PyException("TypeError", "__traceback__ must be a traceback or None");
                }
                setField(e, TRACEBACK, value == space.none ? 0 : value);
            }
            case "__context__" -> setField(e, CONTEXT, chainedException(value, "context"));
            case "__cause__" -> {
                setField(e, CAUSE, chainedException(value, "cause"));
                memory.putByte(e + SUPPRESS_CONTEXT, (byte) 1);
            }
            case "__suppress_context__" -> { // a T_BOOL member
                if (value == 0) {
                    throw new PyException("TypeError", "can't delete numeric/char attribute");
                }
                if (!space.boolType.checkExact(value)) {
                    throw new PyException("TypeError", "attribute value type must be bool");
                }
                memory.putByte(e + SUPPRESS_CONTEXT, (byte) (value == space.trueObject ? 1 : 0));
            }
            case "__dict__" -> {
                if (value == 0) { // PyObject_GenericSetDict's messages
                    throw new PyException("TypeError", "cannot delete __dict__");
                }
                if (!space.dictType.check(value)) {
                    throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '"
                            + space.typeOf(value).name + "'");
                }
                setField(e, DICT, value);
            }
            case "characters_written" -> { // OSError_written_set: a Py_ssize_t, -1 (here 0) when unset
                int at = offsetOf("written");
                if (value == 0 && field(e, at) == 0) {
                    throw new PyException("AttributeError", attribute);
                }
                long n = 0;
                if (value != 0) {
                    try {
                        n = Abstract.index(space, value);
                    } catch (PyException tooBig) {
                        if (!Abstract.matches(space, tooBig, "IndexError")) {
                            throw tooBig;
                        }
                        tooBig.release();
                        throw new PyException("ValueError", "cannot fit 'int' into an index-sized integer");
                    }
                }
                putField(e, at, value == 0 ? 0 : space.newInt(n));
            }
            default -> setField(e, offsetOf(attribute), value);
        }
    }
}
