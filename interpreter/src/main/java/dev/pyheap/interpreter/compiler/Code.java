package dev.pyheap.interpreter.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A code object as CPython 3.11's compiler makes it (Objects/codeobject.c's PyCodeObject, the fields
 * of _PyCodeConstructor), as an immutable Java value: the bytecode with its inline caches, the
 * location table (PEP 626 lines and PEP 657 columns, Objects/locations.md's format), the exception
 * table (Objects/exception_handling_notes.txt's format), the constants (the front end's Java
 * constant values; nested code objects are {@code Code}s; equal constants of one module are one
 * Java object), the names, and the "locals plus" (fast locals, cells, free variables) with their
 * kinds. A later step makes heap code objects of it.
 *
 * @param flags co_flags: {@link #CO_OPTIMIZED} and the others
 * @param localspluskinds one byte per name of {@code localsplusnames}: {@link #CO_FAST_LOCAL},
 *        {@link #CO_FAST_CELL}, {@link #CO_FAST_FREE} bits
 */
public record Code(String filename, String name, String qualname, int flags, byte[] code, int firstlineno,
        byte[] linetable, byte[] exceptiontable, List<Object> consts, List<String> names,
        List<String> localsplusnames, byte[] localspluskinds, int argcount, int posonlyargcount,
        int kwonlyargcount, int stacksize) {
    public static final int CO_OPTIMIZED = 0x0001, CO_NEWLOCALS = 0x0002, CO_VARARGS = 0x0004,
            CO_VARKEYWORDS = 0x0008, CO_NESTED = 0x0010, CO_GENERATOR = 0x0020, CO_COROUTINE = 0x0080,
            CO_ITERABLE_COROUTINE = 0x0100, CO_ASYNC_GENERATOR = 0x0200;
    public static final int CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80;

    public Code {
        code = code.clone();
        linetable = linetable.clone();
        exceptiontable = exceptiontable.clone();
        localspluskinds = localspluskinds.clone();
        consts = java.util.Collections.unmodifiableList(new ArrayList<>(consts));
        names = List.copyOf(names);
        localsplusnames = List.copyOf(localsplusnames);
    }

    @Override
    public byte[] code() {
        return code.clone();
    }

    @Override
    public byte[] linetable() {
        return linetable.clone();
    }

    @Override
    public byte[] exceptiontable() {
        return exceptiontable.clone();
    }

    @Override
    public byte[] localspluskinds() {
        return localspluskinds.clone();
    }

    /** The code unit at {@code i}: opcode in the low byte, argument in the high byte. */
    public int opcodeAt(int i) {
        return code[2 * i] & 0xFF;
    }

    public int opargAt(int i) {
        return code[2 * i + 1] & 0xFF;
    }

    private List<String> namesOfKind(int kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsplusnames.size(); i++) {
            if ((localspluskinds[i] & kind) != 0) {
                out.add(localsplusnames.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** co_varnames: the fast locals (parameters first). */
    public List<String> varnames() {
        return namesOfKind(CO_FAST_LOCAL);
    }

    /** co_cellvars: the names that live in cells (a parameter may be one too). */
    public List<String> cellvars() {
        return namesOfKind(CO_FAST_CELL);
    }

    /** co_freevars: the closure's names. */
    public List<String> freevars() {
        return namesOfKind(CO_FAST_FREE);
    }

    /** co_nlocals. */
    public int nlocals() {
        return varnames().size();
    }

    /** co_nlocalsplus. */
    public int nlocalsplus() {
        return localsplusnames.size();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }

    /** This code object and every code object among its constants, depth first, in constant order. */
    public List<Code> walk() {
        List<Code> out = new ArrayList<>();
        walk(out);
        return out;
    }

    private void walk(List<Code> out) {
        out.add(this);
        for (Object c : consts) {
            if (c instanceof Code k) {
                k.walk(out);
            }
        }
    }

    /** The bytecode in hex, as {@code co_code.hex()}. */
    public String codeHex() {
        return java.util.HexFormat.of().formatHex(code);
    }
}
