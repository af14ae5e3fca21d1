package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code code}: CPython 3.11's {@code PyCodeObject} (Include/cpython/code.h), not GC-capable, with
 * the instructions inline ({@code co_code_adaptive}, {@code ob_size} code units of 2 bytes), so
 * {@code sys.getsizeof} is {@code 184 + 2 * units} rounded up to 8, as CPython's.
 * <pre>
 *   +0 ob_refcnt +8 ob_type +16 ob_size (code units)
 *   +24 co_consts (tuple)  +32 co_names (tuple)  +40 co_exceptiontable (bytes)
 *   +48 co_flags (int)     +52 co_warmup (short) +54 _co_linearray_entry_size (short)
 *   +56 co_argcount +60 co_posonlyargcount +64 co_kwonlyargcount +68 co_stacksize +72 co_firstlineno
 *   +76 co_nlocalsplus +80 co_nlocals +84 co_nplaincellvars +88 co_ncellvars +92 co_nfreevars  (ints)
 *   +96 co_localsplusnames (tuple) +104 co_localspluskinds (bytes) +112 co_filename +120 co_name
 *   +128 co_qualname +136 co_linetable (bytes) +144 co_weakreflist +152 _co_code (bytes, made on demand)
 *   +160 _co_linearray +168 _co_firsttraceable (int) +176 co_extra
 *   +184 co_code_adaptive: the instructions with their inline caches
 * </pre>
 * {@code co_extra} is where a frame evaluator keeps its own data for a code object (PEP 523's
 * {@code _PyCode_SetExtra}): here a Java object per code object, in a table this type keeps
 * ({@link #extras}); the heap slot holds its index plus one (0: none), so a call finds its code's
 * data with one load, and the entry is dropped when the code object dies.
 */
public final class CodeType extends StructType {
    public static final int CONSTS = 24, NAMES = 32, EXCEPTIONTABLE = 40, FLAGS = 48, ARGCOUNT = 56,
            POSONLYARGCOUNT = 60, KWONLYARGCOUNT = 64, STACKSIZE = 68, FIRSTLINENO = 72, NLOCALSPLUS = 76,
            NLOCALS = 80, NPLAINCELLVARS = 84, NCELLVARS = 88, NFREEVARS = 92, LOCALSPLUSNAMES = 96,
            LOCALSPLUSKINDS = 104, FILENAME = 112, NAME = 120, QUALNAME = 128, LINETABLE = 136, WEAKLIST = 144,
            CO_CODE = 152, FIRSTTRACEABLE = 168, EXTRA = 176, CODE_ADAPTIVE = 184;

    /** The evaluator's data per code object, by the index in its {@code co_extra} slot minus one. */
    private Object[] extras = new Object[64];
    /** Indexes of {@link #extras} free again (their code objects died), and the first never used. */
    private int[] freeExtras = new int[16];
    private int freeCount, extrasUsed;

    CodeType(ObjectSpace space) {
        super(space, "code", null, 0, CODE_ADAPTIVE, 2, WEAKLIST,
                "co_consts", CONSTS, "co_names", NAMES, "co_exceptiontable", EXCEPTIONTABLE,
                "co_localsplusnames", LOCALSPLUSNAMES, "co_localspluskinds", LOCALSPLUSKINDS,
                "co_filename", FILENAME, "co_name", NAME, "co_qualname", QUALNAME, "co_linetable", LINETABLE,
                "_co_code", CO_CODE);
        defineMethod("replace", (PyMethod.WithKeywords) (self, a) -> {
            if (a.nargs > 0) {
                throw new PyException("TypeError", "replace() takes no positional arguments"); // its fields are keyword-only
            }
            a.keywords(REPLACE_FIELDS);
            for (String k : REPLACE_FIELDS) {
                if (a.keyword(k) != 0 && !k.equals("co_flags") && !k.equals("co_name") && !k.equals("co_qualname")) {
                    return replaceAll(self, a); // code_replace_impl: a new code object from every field
                }
            }
            long flags = a.keyword("co_flags"), name = a.keyword("co_name"), qualname = a.keyword("co_qualname");
            if (flags != 0 && !space.typeOf(flags).hasFlag(LONG_SUBCLASS)) {
                throw new PyException("TypeError", "replace() argument 'co_flags' must be int, not " + space.typeOf(flags).name);
            }
            for (long v : new long[] {name, qualname}) {
                if (v != 0 && !space.strType.check(v)) {
                    throw new PyException("TypeError", "replace() argument '" + (v == name ? "co_name" : "co_qualname")
                            + "' must be str, not " + space.typeOf(v).name);
                }
            }
            return space.frameEvaluator.replaceCode(self, flags == 0 ? intField(self, FLAGS) : (int) Abstract.index(space, flags),
                    name != 0 ? name : field(self, NAME), qualname != 0 ? qualname : field(self, QUALNAME));
        });
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("code.__sizeof__", args);
            return space.newInt(sizeof(self));
        });
        defineMethod("co_lines", (self, args) -> {
            Args.none("code.co_lines", args);
            return iterate(lines(self));
        });
        defineMethod("co_positions", (self, args) -> {
            Args.none("code.co_positions", args);
            return iterate(positions(self));
        });
        defineMethod("_varname_from_oparg", (PyMethod.WithKeywords) (self, a) -> {
            // Argument Clinic: _varname_from_oparg($self, /, oparg), an int; PyTuple_GetItem's IndexError past the end
            a.keywords("oparg").range(0, 1);
            long oparg = a.either(0, "oparg");
            if (oparg == 0) {
                throw new PyException("TypeError", "_varname_from_oparg() missing required argument 'oparg' (pos 1)");
            }
            int i = Args.cInt(space, oparg);
            long names = field(self, LOCALSPLUSNAMES);
            if (i < 0 || i >= space.tupleType.size(names)) {
                throw new PyException("IndexError", "tuple index out of range");
            }
            return space.newRef(space.tupleType.item(names, i));
        });
    }

    // ------------------------------------------------------------------ code.__new__ (code_new_impl)

    private static final int CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80, CO_VARARGS = 0x4,
            CO_VARKEYWORDS = 0x8;

    /**
     * {@code code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
     * constants, names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable,
     * freevars=(), cellvars=(), /)}: Argument Clinic's checks, then {@code code_new_impl}'s (negative
     * counts, names that are not strs), {@code PyCode_NewWithPosOnlyArgs}'s (its bad internal call
     * for the rest, {@code co_nlocals != len(co_varnames)}) and {@code _PyCode_Validate}'s; the local
     * names are the varnames (CO_FAST_LOCAL), the cellvars not among them (a cellvar that is also a
     * varname marks that local CO_FAST_CELL instead), then the freevars (CO_FAST_FREE).
     */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "code() takes no keyword arguments");
        }
        long n = space.tupleType.size(args);
        if (n < 16 || n > 18) {
            throw new PyException("TypeError", "code expected at " + (n < 16 ? "least 16" : "most 18") + " arguments, got " + n);
        }
        long[] a = new long[18];
        for (int i = 0; i < n; i++) {
            a[i] = space.tupleType.item(args, i);
        }
        int[] ints = new int[6];
        for (int i = 0; i < 6; i++) {
            ints[i] = Args.cInt(space, a[i]);
        }
        checkArgument(a[6], 7, space.bytesType, "bytes");
        checkArgument(a[7], 8, space.tupleType, "tuple");
        checkArgument(a[8], 9, space.tupleType, "tuple");
        checkArgument(a[9], 10, space.tupleType, "tuple");
        checkArgument(a[10], 11, space.strType, "str");
        checkArgument(a[11], 12, space.strType, "str");
        checkArgument(a[12], 13, space.strType, "str");
        int firstlineno = Args.cInt(space, a[13]);
        checkArgument(a[14], 15, space.bytesType, "bytes");
        checkArgument(a[15], 16, space.bytesType, "bytes");
        if (a[16] != 0) {
            checkArgument(a[16], 17, space.tupleType, "tuple");
        }
        if (a[17] != 0) {
            checkArgument(a[17], 18, space.tupleType, "tuple");
        }
        int argcount = ints[0], posonly = ints[1], kwonly = ints[2], nlocals = ints[3], stacksize = ints[4], flags = ints[5];
        String[] negative = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals"};
        for (int i = 0; i < 4; i++) {
            if (ints[i] < 0) {
                throw new PyException("ValueError", "code: " + negative[i] + " must not be negative");
            }
        }
        java.util.List<Long> varnames = names(a[9]), freevars = a[16] == 0 ? java.util.List.of() : names(a[16]),
                cellvars = a[17] == 0 ? java.util.List.of() : names(a[17]);
        names(a[8]);
        if (argcount < posonly || stacksize < 0 || flags < 0) {
            throw new PyException("SystemError", "Objects/codeobject.c:250: bad argument to internal function");
        }
        if (nlocals != varnames.size()) {
            throw new PyException("ValueError", "code: co_nlocals != len(co_varnames)");
        }
        java.util.List<Long> localsplus = new java.util.ArrayList<>(varnames);
        java.io.ByteArrayOutputStream kinds = new java.io.ByteArrayOutputStream();
        byte[] varKinds = new byte[varnames.size()];
        java.util.Arrays.fill(varKinds, (byte) CO_FAST_LOCAL);
        java.util.List<Long> extra = new java.util.ArrayList<>();
        java.io.ByteArrayOutputStream extraKinds = new java.io.ByteArrayOutputStream();
        for (long cell : cellvars) {
            int at = -1;
            for (int j = 0; j < varnames.size() && at < 0; j++) {
                if (space.strType.value(varnames.get(j)).equals(space.strType.value(cell))) {
                    at = j;
                }
            }
            if (at >= 0) {
                varKinds[at] |= CO_FAST_CELL; // an argument that is also a cell: one slot
            } else {
                extra.add(cell);
                extraKinds.write(CO_FAST_CELL);
            }
        }
        for (long free : freevars) {
            extra.add(free);
            extraKinds.write(CO_FAST_FREE);
        }
        localsplus.addAll(extra);
        kinds.writeBytes(varKinds);
        kinds.writeBytes(extraKinds.toByteArray());
        // _PyCode_Validate
        if (space.bytesType.value(a[6]).length % 2 != 0) {
            throw new PyException("ValueError", "code: co_code is malformed");
        }
        int plain = varnames.size() - argcount - kwonly - ((flags & CO_VARARGS) != 0 ? 1 : 0) - ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (plain < 0) {
            throw new PyException("ValueError", "code: co_varnames is too small");
        }
        long lpnames = space.tupleType.create(localsplus.stream().mapToLong(Long::longValue).toArray());
        try {
            return space.frameEvaluator.newCode(argcount, posonly, kwonly, stacksize, flags, a[6], a[7], a[8], lpnames,
                    kinds.toByteArray(), a[10], a[11], a[12], firstlineno, a[14], a[15]);
        } finally {
            space.decref(lpnames);
        }
    }

    /** {@code code.replace}'s keywords, in {@code code.__new__}'s order of its arguments. */
    private static final String[] REPLACE_FIELDS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
            "co_stacksize", "co_flags", "co_code", "co_consts", "co_names", "co_varnames", "co_filename", "co_name",
            "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable", "co_freevars", "co_cellvars"};

    /**
     * {@code code.replace(**fields)} changing more than the flags and names: each field given (checked
     * as Argument Clinic checks it: {@code replace() argument 'co_code' must be bytes, not str}) or
     * the code's own, made into a new code object as {@code code.__new__} makes one.
     */
    private long replaceAll(long self, CallArguments a) {
        long[] values = new long[REPLACE_FIELDS.length];
        try {
            for (int i = 0; i < values.length; i++) {
                String k = REPLACE_FIELDS[i];
                long v = a.keyword(k);
                if (v != 0) {
                    // the int fields are Argument Clinic's int converter (code.__new__ checks them the same way)
                    PyType expected = i < 6 || i == 13 ? null : i == 6 || i == 14 || i == 15 ? space.bytesType
                            : i >= 10 && i <= 12 ? space.strType : space.tupleType;
                    if (expected != null && !space.typeOf(v).isSubtypeOf(expected)) {
                        throw new PyException("TypeError", "replace() argument '" + k + "' must be " + expected.name
                                + ", not " + space.typeOf(v).name);
                    }
                    if (i == 8 || i == 9 || i >= 16) { // names, varnames, freevars, cellvars
                        // PyCode_NewWithPosOnlyArgs' intern_strings, which replace() reaches without code_new's check
                        for (long j = 0; j < space.tupleType.size(v); j++) {
                            if (!space.strType.check(space.tupleType.item(v, j))) {
                                throw new PyException("SystemError", "non-string found in code slot");
                            }
                        }
                    }
                    values[i] = space.newRef(v);
                } else {
                    values[i] = lookupAttr(self, k);
                }
            }
        } catch (RuntimeException e) {
            for (long v : values) {
                space.xdecref(v);
            }
            throw e;
        }
        long args = space.tupleType.createStealing(values);
        try {
            return tpNew(this, args, 0);
        } finally {
            space.decref(args);
        }
    }

    /** Argument Clinic's {@code subclass_of} check: {@code code() argument 7 must be bytes, not str}. */
    private void checkArgument(long o, int position, PyType type, String typeName) {
        if (!space.typeOf(o).isSubtypeOf(type)) {
            throw new PyException("TypeError", "code() argument " + position + " must be " + typeName + ", not "
                    + space.typeOf(o).name);
        }
    }

    /** {@code validate_and_copy_tuple}: the items of a tuple of names, each a str. */
    private java.util.List<Long> names(long tuple) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (long i = 0; i < space.tupleType.size(tuple); i++) {
            long item = space.tupleType.item(tuple, i);
            if (!space.strType.check(item)) {
                throw new PyException("TypeError", "name tuples must contain only strings, not '" + space.typeOf(item).name + "'");
            }
            out.add(item);
        }
        return out;
    }

    // ------------------------------------------------------------------ the location table (Objects/locations.md)

    /**
     * One entry of {@code co_linetable} as {@code advance_with_locations} reads it: the code units it
     * covers, the line computed so far ({@code computed_line}, kept across entries without a
     * location), the entry's own line or -1 ({@code ar_line}), its end line and columns or -1.
     */
    private record Location(int units, int computedLine, int line, int endLine, int column, int endColumn) {
    }

    /**
     * The entries of the 3.11 location table: a first byte {@code 1kkkkLLL} (kind, length - 1), then
     * for kind 15 nothing (no location), 14 the long form (a signed varint line delta, varints of the
     * end line delta and the columns plus one), 13 a line delta alone, 10-12 the line delta
     * {@code kind - 10} and two column bytes, 0-9 the short form (a column group and one byte of
     * column low bits and length).
     */
    private java.util.List<Location> locations(long o) {
        byte[] t = space.bytesType.value(field(o, LINETABLE));
        java.util.List<Location> out = new java.util.ArrayList<>();
        int line = intField(o, FIRSTLINENO);
        int[] at = {0};
        while (at[0] < t.length) {
            int first = t[at[0]++] & 0xff;
            int kind = (first >> 3) & 15, units = (first & 7) + 1;
            switch (kind) {
                case 15 -> out.add(new Location(units, line, -1, -1, -1, -1));
                case 14 -> {
                    line += signedVarint(t, at);
                    int endLine = line + varint(t, at);
                    int column = varint(t, at) - 1, endColumn = varint(t, at) - 1;
                    out.add(new Location(units, line, line, endLine, column, endColumn));
                }
                case 13 -> {
                    line += signedVarint(t, at);
                    out.add(new Location(units, line, line, line, -1, -1));
                }
                case 10, 11, 12 -> {
                    line += kind - 10;
                    int column = t[at[0]++] & 0xff, endColumn = t[at[0]++] & 0xff;
                    out.add(new Location(units, line, line, line, column, endColumn));
                }
                default -> {
                    int second = t[at[0]++] & 0xff;
                    int column = kind * 8 + ((second >> 4) & 7);
                    out.add(new Location(units, line, line, line, column, column + (second & 15)));
                }
            }
        }
        return out;
    }

    /** An unsigned varint: 6-bit chunks, least significant first, bit 6 set when another follows. */
    private static int varint(byte[] t, int[] at) {
        int b = t[at[0]++] & 0xff;
        int value = b & 63, shift = 0;
        while ((b & 64) != 0) {
            b = t[at[0]++] & 0xff;
            shift += 6;
            value |= (b & 63) << shift;
        }
        return value;
    }

    /** A signed varint: the sign in the lowest bit. */
    private static int signedVarint(byte[] t, int[] at) {
        int v = varint(t, at);
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }

    private long lineOrNone(int line) {
        return line < 0 ? space.newNone() : space.newInt(line);
    }

    /** {@code co_lines()}: {@code (start, end, line or None)} per entry, offsets in bytes, as {@code lineiter_next}. */
    private long lines(long o) {
        long list = space.listType.create();
        int end = 0;
        for (Location l : locations(o)) {
            int start = end;
            end += 2 * l.units();
            long item = space.tupleType.createStealing(space.newInt(start), space.newInt(end), lineOrNone(l.line()));
            space.listType.append(list, item);
            space.decref(item);
        }
        return list;
    }

    /** {@code co_positions()}: {@code (line, end line, column, end column)} per code unit, None for -1. */
    private long positions(long o) {
        long list = space.listType.create();
        for (Location l : locations(o)) {
            for (int i = 0; i < l.units(); i++) {
                long item = space.tupleType.createStealing(lineOrNone(l.line()), lineOrNone(l.endLine()),
                        lineOrNone(l.column()), lineOrNone(l.endColumn()));
                space.listType.append(list, item);
                space.decref(item);
            }
        }
        return list;
    }

    /** An iterator over a list made here (the list is released with it). */
    private long iterate(long list) {
        try {
            return Abstract.getIter(space, list);
        } finally {
            space.decref(list);
        }
    }

    /**
     * {@code co_lnotab} ({@code decode_linetable}): the 3.10 table of (bytecode delta, line delta)
     * byte pairs, one step wherever the computed line changes between address ranges, deltas past a
     * byte split as {@code emit_delta} splits them.
     */
    private long lnotab(long o) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int line = intField(o, FIRSTLINENO), codeOffset = 0, start = 0;
        for (Location l : locations(o)) {
            if (l.computedLine() != line) {
                int bdelta = start - codeOffset, ldelta = l.computedLine() - line;
                while (bdelta > 255) {
                    out.write(255);
                    out.write(0);
                    bdelta -= 255;
                }
                while (ldelta > 127) {
                    out.write(bdelta);
                    out.write(127);
                    bdelta = 0;
                    ldelta -= 127;
                }
                while (ldelta < -128) {
                    out.write(bdelta);
                    out.write(-128);
                    bdelta = 0;
                    ldelta += 128;
                }
                out.write(bdelta);
                out.write(ldelta);
                codeOffset = start;
                line = l.computedLine();
            }
            start += 2 * l.units();
        }
        return space.bytesType.of(out.toByteArray());
    }

    // ------------------------------------------------------------------ comparison and hash (code_richcompare, code_hash)

    /**
     * {@code code_richcompare}: two code objects are equal when their names, argument counts, flags,
     * first line, instructions, constants (by {@link #constantKey}, so {@code 0} and {@code 0.0},
     * {@code 0.0} and {@code -0.0} differ), names, local names, location and exception tables are;
     * only {@code ==} and {@code !=} are answered.
     */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE || space.typeOf(a) != this || space.typeOf(b) != this) {
            return space.newRef(space.notImplemented);
        }
        boolean eq = a == b || sameCode(a, b);
        return space.newBool(eq == (op == CompareOp.EQ));
    }

    private boolean sameCode(long a, long b) {
        if (!Abstract.richCompareBool(space, field(a, NAME), field(b, NAME), CompareOp.EQ)) {
            return false;
        }
        for (int f : new int[] {ARGCOUNT, POSONLYARGCOUNT, KWONLYARGCOUNT, FLAGS, FIRSTLINENO}) {
            if (intField(a, f) != intField(b, f)) {
                return false;
            }
        }
        if (units(a) != units(b) || !java.util.Arrays.equals(instructions(a), instructions(b))) {
            return false;
        }
        long ka = constantKey(field(a, CONSTS)), kb = constantKey(field(b, CONSTS));
        try {
            if (!Abstract.richCompareBool(space, ka, kb, CompareOp.EQ)) {
                return false;
            }
        } finally {
            space.decref(ka);
            space.decref(kb);
        }
        for (int f : new int[] {NAMES, LOCALSPLUSNAMES, LINETABLE, EXCEPTIONTABLE}) {
            if (!Abstract.richCompareBool(space, field(a, f), field(b, f), CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code _PyCode_ConstantKey}: what a constant is compared by, so that constants equal by
     * {@code ==} but of different types or zero signs stay apart: None, Ellipsis, ints, strs and
     * code objects are their own key; a bool or bytes {@code (type, o)}; a float {@code (type, o)}
     * ({@code (type, o, None)} for -0.0); a complex by the signs of its zero parts; a tuple or a
     * frozenset the keys of its items paired with itself; anything else {@code (id, o)}. New reference.
     */
    private long constantKey(long op) {
        PyType t = space.typeOf(op);
        if (op == space.none || op == space.ellipsis || space.intType.checkExact(op) || space.strType.isExact(op) || t == this) {
            return space.newRef(op);
        }
        if (space.boolType.checkExact(op) || space.bytesType.checkExact(op)) {
            return space.tupleType.create(t.typeObject(), op);
        }
        if (space.floatType.checkExact(op)) {
            double d = space.floatType.value(op);
            return d == 0.0 && Math.copySign(1.0, d) < 0 ? space.tupleType.create(t.typeObject(), op, space.none)
                    : space.tupleType.create(t.typeObject(), op);
        }
        if (space.complexType.checkExact(op)) {
            double re = space.complexType.real(op), im = space.complexType.imag(op);
            boolean realNegZero = re == 0.0 && Math.copySign(1.0, re) < 0, imagNegZero = im == 0.0 && Math.copySign(1.0, im) < 0;
            if (realNegZero && imagNegZero) {
                return space.tupleType.create(t.typeObject(), op, space.trueObject);
            }
            if (imagNegZero) {
                return space.tupleType.create(t.typeObject(), op, space.falseObject);
            }
            if (realNegZero) {
                return space.tupleType.create(t.typeObject(), op, space.none);
            }
            return space.tupleType.create(t.typeObject(), op);
        }
        if (space.tupleType.checkExact(op)) {
            int n = (int) space.tupleType.size(op);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = constantKey(space.tupleType.item(op, i));
            }
            long tuple = space.tupleType.createStealing(keys);
            try {
                return space.tupleType.create(tuple, op);
            } finally {
                space.decref(tuple);
            }
        }
        if (space.frozenSetType.checkExact(op)) {
            long set = space.frozenSetType.create();
            try {
                long it = Abstract.getIter(space, op);
                try {
                    for (long item; (item = Abstract.iterNext(space, it)) != 0; ) {
                        long key = constantKey(item);
                        space.decref(item);
                        try {
                            space.frozenSetType.add(set, key);
                        } finally {
                            space.decref(key);
                        }
                    }
                } finally {
                    space.decref(it);
                }
                return space.tupleType.create(set, op);
            } finally {
                space.decref(set);
            }
        }
        long id = space.newInt(op);
        try {
            return space.tupleType.create(id, op);
        } finally {
            space.decref(id);
        }
    }

    /** {@code code_hash}: the fields' hashes and the counts xored together. */
    @Override
    public long hash(long o) {
        long h = Abstract.hash(space, field(o, NAME)) ^ Abstract.hash(space, field(o, CONSTS))
                ^ Abstract.hash(space, field(o, NAMES)) ^ Abstract.hash(space, field(o, LOCALSPLUSNAMES))
                ^ Abstract.hash(space, field(o, LINETABLE)) ^ Abstract.hash(space, field(o, EXCEPTIONTABLE))
                ^ intField(o, ARGCOUNT) ^ intField(o, POSONLYARGCOUNT) ^ intField(o, KWONLYARGCOUNT) ^ intField(o, FLAGS);
        return h == -1 ? -2 : h;
    }

    /**
     * {@code code_sizeof}: {@code _PyObject_VAR_SIZE}, which rounds the header and the code units up
     * to a pointer's size (the generic {@code __sizeof__} does not round). {@code co_extra} adds
     * nothing: CPython's own evaluator leaves it NULL, and ours is an implementation detail.
     */
    @Override
    public long sizeof(long o) {
        return (instanceSize(o) + 7) & ~7L;
    }

    /** The integer fields of a code object, in code.h's order. */
    public record Counts(int flags, int argcount, int posonlyargcount, int kwonlyargcount, int stacksize,
            int firstlineno, int nlocalsplus, int nlocals, int nplaincellvars, int ncellvars, int nfreevars) {
    }

    /**
     * {@code _PyCode_New}: a code object holding new references to the given objects (borrowed here)
     * and a copy of {@code instructions}. New reference.
     */
    public long create(byte[] instructions, Counts counts, long consts, long names, long exceptiontable,
            long localsplusnames, long localspluskinds, long filename, long name, long qualname, long linetable) {
        int units = instructions.length / 2;
        long o = allocateStruct(Layout.align8(CODE_ADAPTIVE + instructions.length));
        memory.putLong(o + Layout.OB_SIZE, units);
        setField(o, CONSTS, consts);
        setField(o, NAMES, names);
        setField(o, EXCEPTIONTABLE, exceptiontable);
        memory.putInt(o + FLAGS, counts.flags());
        memory.putInt(o + ARGCOUNT, counts.argcount());
        memory.putInt(o + POSONLYARGCOUNT, counts.posonlyargcount());
        memory.putInt(o + KWONLYARGCOUNT, counts.kwonlyargcount());
        memory.putInt(o + STACKSIZE, counts.stacksize());
        memory.putInt(o + FIRSTLINENO, counts.firstlineno());
        memory.putInt(o + NLOCALSPLUS, counts.nlocalsplus());
        memory.putInt(o + NLOCALS, counts.nlocals());
        memory.putInt(o + NPLAINCELLVARS, counts.nplaincellvars());
        memory.putInt(o + NCELLVARS, counts.ncellvars());
        memory.putInt(o + NFREEVARS, counts.nfreevars());
        setField(o, LOCALSPLUSNAMES, localsplusnames);
        setField(o, LOCALSPLUSKINDS, localspluskinds);
        setField(o, FILENAME, filename);
        setField(o, NAME, name);
        setField(o, QUALNAME, qualname);
        setField(o, LINETABLE, linetable);
        memory.write(o + CODE_ADAPTIVE, instructions, 0, instructions.length);
        return o;
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** An int field ({@link #FLAGS} ... {@link #NFREEVARS}). */
    public int intField(long o, int offset) {
        return memory.getInt(o + offset);
    }

    /** The number of code units. */
    public int units(long o) {
        return (int) memory.getLong(o + Layout.OB_SIZE);
    }

    /** The instructions, as {@code co_code} shows them (a copy). */
    public byte[] instructions(long o) {
        byte[] out = new byte[2 * units(o)];
        memory.read(o + CODE_ADAPTIVE, out, 0, out.length);
        return out;
    }

    /** The evaluator's data for {@code o} ({@code _PyCode_GetExtra}), or null. */
    public Object extra(long o) {
        long i = memory.getLong(o + EXTRA);
        return i == 0 ? null : extras[(int) i - 1];
    }

    /** {@code _PyCode_SetExtra}. */
    public void setExtra(long o, Object value) {
        long i = memory.getLong(o + EXTRA);
        if (i == 0) {
            int at;
            if (freeCount > 0) {
                at = freeExtras[--freeCount];
            } else {
                if (extrasUsed == extras.length) {
                    extras = java.util.Arrays.copyOf(extras, 2 * extras.length);
                }
                at = extrasUsed++;
            }
            i = at + 1;
            memory.putLong(o + EXTRA, i);
        }
        extras[(int) i - 1] = value;
    }

    @Override
    public long lookupAttr(long o, long attributeName) {
        String attribute = space.strType.value(attributeName);
        return switch (attribute) {
            case "co_consts", "co_names", "co_filename", "co_name", "co_qualname", "co_linetable",
                    "co_exceptiontable" -> space.newRef(field(o, switch (attribute) {
                        case "co_consts" -> CONSTS;
                        case "co_names" -> NAMES;
                        case "co_filename" -> FILENAME;
                        case "co_name" -> NAME;
                        case "co_qualname" -> QUALNAME;
                        case "co_linetable" -> LINETABLE;
                        default -> EXCEPTIONTABLE;
                    }));
            case "co_code" -> {
                long c = field(o, CO_CODE);
                if (c == 0) {
                    c = space.bytesType.of(instructions(o));
                    memory.putLong(o + CO_CODE, c);
                }
                yield space.newRef(c);
            }
            case "co_lnotab" -> lnotab(o);
            case "_co_code_adaptive" -> space.bytesType.of(instructions(o));
            case "co_varnames" -> namesOfKind(o, 0x20);
            case "co_cellvars" -> namesOfKind(o, 0x40);
            case "co_freevars" -> namesOfKind(o, 0x80);
            case "co_flags" -> space.newInt(intField(o, FLAGS));
            case "co_argcount" -> space.newInt(intField(o, ARGCOUNT));
            case "co_posonlyargcount" -> space.newInt(intField(o, POSONLYARGCOUNT));
            case "co_kwonlyargcount" -> space.newInt(intField(o, KWONLYARGCOUNT));
            case "co_stacksize" -> space.newInt(intField(o, STACKSIZE));
            case "co_firstlineno" -> space.newInt(intField(o, FIRSTLINENO));
            case "co_nlocals" -> space.newInt(intField(o, NLOCALS));
            default -> genericLookupAttr(o, attributeName);
        };
    }

    /** The names of localsplus whose kind has {@code kind} (CO_FAST_LOCAL 0x20, CELL 0x40, FREE 0x80): a new tuple. */
    private long namesOfKind(long o, int kind) {
        long names = field(o, LOCALSPLUSNAMES);
        byte[] kinds = space.bytesType.value(field(o, LOCALSPLUSKINDS));
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if ((kinds[i] & kind) != 0) {
                out.add(space.tupleType.item(names, i));
            }
        }
        return space.tupleType.create(out.stream().mapToLong(Long::longValue).toArray());
    }

    @Override
    public void setAttr(long o, long attributeName, long value) {
        String attribute = space.strType.value(attributeName);
        throw new PyException("AttributeError", "readonly attribute");
    }

    @Override
    public String repr(long o) {
        return "<code object " + space.strType.value(field(o, NAME)) + " at " + dev.pyheap.api.Addresses.hex(o)
                + ", file \"" + space.strType.value(field(o, FILENAME)) + "\", line " + intField(o, FIRSTLINENO) + ">";
    }

    @Override
    public void dealloc(long o) {
        long i = memory.getLong(o + EXTRA);
        if (i != 0) {
            extras[(int) i - 1] = null;
            if (freeCount == freeExtras.length) {
                freeExtras = java.util.Arrays.copyOf(freeExtras, 2 * freeCount);
            }
            freeExtras[freeCount++] = (int) i - 1;
        }
        super.dealloc(o);
    }

    /** The code object has no {@code tp_setattro} of its own. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(), SlotWrappers.Slot.TP_SETATTRO);
    }

    /** {@code code_memberlist} and {@code code_getsetlist}: the code object's fields, read-only. */
    @Override
    protected void fillDict() {
        putMembers("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags", "co_nlocals",
                "co_consts", "co_names", "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
                "co_exceptiontable");
        putGetSets("co_lnotab", "_co_code_adaptive", "co_varnames", "co_cellvars", "co_freevars", "co_code");
    }
}
