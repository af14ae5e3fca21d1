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
            a.range(0, 0);
            a.keywords("co_flags", "co_name", "co_qualname");
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
        putGetSets("co_varnames", "co_cellvars", "co_freevars", "co_code");
    }
}
