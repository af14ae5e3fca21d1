package dev.pyheap.interpreter.eval;

import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.PySingleton;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.CodeType;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes heap code objects of the compiler's {@link Code} values, as {@code _PyCode_New} and the
 * marshalling of a module's constants do: each constant becomes a heap object once per module (the
 * compiler already made equal constants one Java object, so identity is the key), identifier-like
 * strings are interned, names are interned, and each code object gets its {@link CodeInfo}.
 *
 * <p>The objects made for the constants are also what CPython's parser arena holds while the main
 * module runs: {@code _PyArena}'s {@code a_objects} is a list, made before anything of the module,
 * so it is the first young object {@code gc.get_referrers} finds for a main-module constant and one
 * more list in {@code gc.get_objects()}. Here it is a heap list of the constants in the order they
 * were made (CPython's also holds each token's bytes and each identifier, which only the list's
 * length shows). The runner keeps it until the module has run, then releases it
 * ({@link #releaseArena}). For other modules no list is made and the constants' extra references are
 * dropped once loaded.
 */
final class Materializer {
    private final ObjectSpace space;
    private final Map<Object, Long> made = new IdentityHashMap<>();
    private final boolean keepArena;
    /** The parser arena's list (main module only, else 0): holds the constants' references. */
    private long arenaList;

    Materializer(ObjectSpace space, boolean keepArena) {
        this.space = space;
        this.keepArena = keepArena;
        this.arenaList = keepArena ? space.listType.create() : 0;
    }

    /** The heap code object of {@code code} and of its nested code objects. New reference. */
    long load(Code code) {
        long[] consts = new long[code.consts().size()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = code.consts().get(i) instanceof Code c ? load(c) : constant(code.consts().get(i));
        }
        long constsTuple = space.tupleType.create(consts);
        for (int i = 0; i < consts.length; i++) {
            if (code.consts().get(i) instanceof Code) {
                space.decref(consts[i]); // the tuple holds the nested code object alone
            }
        }
        long namesTuple = nameTuple(code.names());
        long lpNames = nameTuple(code.localsplusnames());
        long kinds = space.bytesType.of(code.localspluskinds());
        long filename = space.strType.runtime(code.filename());
        long name = space.strType.literalName(code.name());
        long qualname = space.strType.literalName(code.qualname());
        long linetable = space.bytesType.of(code.linetable());
        long exctable = space.bytesType.of(code.exceptiontable());
        int ncells = 0, nfree = 0, nplaincells = 0, nlocals = 0;
        byte[] k = code.localspluskinds();
        for (byte b : k) {
            if ((b & Code.CO_FAST_LOCAL) != 0) {
                nlocals++;
            }
            if ((b & Code.CO_FAST_CELL) != 0) {
                ncells++;
                if ((b & Code.CO_FAST_LOCAL) == 0) {
                    nplaincells++;
                }
            }
            if ((b & Code.CO_FAST_FREE) != 0) {
                nfree++;
            }
        }
        CodeType.Counts counts = new CodeType.Counts(code.flags(), code.argcount(), code.posonlyargcount(),
                code.kwonlyargcount(), code.stacksize(), code.firstlineno(), code.nlocalsplus(), nlocals, nplaincells,
                ncells, nfree);
        long co;
        try {
            co = space.codeType.create(code.code(), counts, constsTuple, namesTuple, exctable, lpNames, kinds,
                    filename, name, qualname, linetable);
        } finally {
            for (long o : new long[] {constsTuple, namesTuple, lpNames, kinds, filename, name, qualname, linetable,
                    exctable}) {
                space.decref(o);
            }
        }
        long[] names = new long[code.names().size()];
        long nt = space.codeType.field(co, CodeType.NAMES);
        for (int i = 0; i < names.length; i++) {
            names[i] = space.tupleType.item(nt, i);
        }
        long ct = space.codeType.field(co, CodeType.CONSTS);
        long[] borrowed = new long[consts.length];
        for (int i = 0; i < borrowed.length; i++) {
            borrowed[i] = space.tupleType.item(ct, i);
        }
        space.codeType.setExtra(co, new CodeInfo(co, code, borrowed, names));
        return co;
    }

    private long nameTuple(List<String> names) {
        long[] items = new long[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = space.strType.literalName(names.get(i));
        }
        try {
            return space.tupleType.create(items);
        } finally {
            for (long o : items) {
                space.decref(o);
            }
        }
    }

    /** The heap object of a constant: borrowed (this materializer keeps one reference while it lives). */
    private long constant(Object value) {
        if (value == null || value == PySingleton.None) {
            return space.none;
        }
        if (value == PySingleton.Ellipsis) {
            return space.ellipsis;
        }
        if (value instanceof Boolean b) {
            return b ? space.trueObject : space.falseObject;
        }
        Long m = made.get(value);
        if (m != null) {
            return m;
        }
        long o = switch (value) {
            case Long l -> space.newInt(l);
            case Integer i -> space.newInt(i);
            case BigInteger b -> b.bitLength() < 64 ? space.newInt(b.longValue()) : space.intType.createFromBig(b);
            case Double d -> space.floatType.create(d);
            case String s -> space.strType.literal(s);
            case byte[] b -> space.bytesType.of(b);
            case ConstantTuple t -> {
                long[] items = new long[t.elts().size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = constant(t.elts().get(i));
                }
                yield space.tupleType.create(items);
            }
            case Complex c -> space.complexType.create(c.real(), c.imag());
            case ConstantFrozenset f -> {
                long set = space.frozenSetType.create();
                for (Object item : f.elts()) {
                    space.frozenSetType.add(set, constant(item));
                }
                yield set;
            }
            default -> throw new PyException("SystemError", "constant of kind " + value.getClass().getSimpleName()
                    + " is not supported yet");
        };
        made.put(value, o);
        if (arenaList != 0) {
            space.listType.append(arenaList, o);
            space.decref(o); // the arena's list holds the one reference
        }
        return o;
    }

    /** The parser arena's list while it is kept (one counted reference, a root of the loader's), else 0. */
    long arenaList() {
        return arenaList;
    }

    /** Whether the constants' references are kept as the parser arena (the main module) or dropped at once. */
    boolean keepsArena() {
        return keepArena;
    }

    /** Releases the references this materializer kept (the arena, or right after loading). */
    void releaseArena() {
        if (arenaList != 0) {
            long list = arenaList;
            arenaList = 0;
            space.decref(list);
        } else {
            for (Long o : made.values()) {
                space.decref(o);
            }
        }
        made.clear();
    }
}
