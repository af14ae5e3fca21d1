package dev.pyheap.interpreter.eval;

import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.compiler.Disassembler;
import dev.pyheap.interpreter.compiler.Opcode;
import dev.pyheap.runtime.objects.BinaryOp;

import java.util.List;

/**
 * What the evaluation loop reads of a heap code object, kept beside it in its {@code co_extra}
 * (PEP 523's per-code storage): the instructions as a Java array, the constants and names as
 * borrowed addresses (the code object's tuples hold them), the exception table and the positions
 * decoded, and the counts. Immutable once made but for the inline caches ({@link #caches}); lives
 * exactly as long as the code object.
 */
final class CodeInfo {
    final long code;
    final Code source;
    final byte[] instructions;
    /** The instructions decoded for the loop's dispatch, one int per code unit ({@code Ceval.units}). */
    final int[] units;
    final long[] consts;
    final long[] names;
    final String[] nameText;
    final String[] localsplusNames;
    final byte[] kinds;
    final int nlocalsplus;
    final int stacksize;
    final int flags;
    final int argcount;
    final int posonlyargcount;
    final int kwonlyargcount;
    final int ncells;
    /**
     * No {@code *args}, {@code **kwargs} nor keyword-only parameters: a call with exactly
     * {@link #argcount} positionals and no keywords moves them into the frame as they are
     * ({@code CALL_PY_EXACT_ARGS}).
     */
    final boolean exactArgs;
    final int nfree;
    final String name;
    final String qualname;
    final String filename;
    /** The exception table, four ints per entry in code units: start, end, target, depth << 1 | lasti. */
    final int[] handlers;
    /** Per code unit: line, end line, column, end column (-1 when absent). */
    final int[] positions;
    /**
     * 3.11's {@code co_warmup}: the {@code RESUME}s and back edges run so far, up to
     * {@link #QUICKENING_WARMUP_DELAY}, when CPython quickens the code and its calls start being
     * specialized. The recursion accounting asks ({@link #quickened}): a call to a
     * {@code METH_FASTCALL} builtin counts a level until then, and none after; so does the
     * in-place {@code s += t} ({@code Ceval.appendSite}), whose adaptive instruction starts then.
     */
    int warmup;
    static final int QUICKENING_WARMUP_DELAY = 8;
    /**
     * The code is a library function standing for one CPython writes in C ({@code posix.stat},
     * {@code _datetime}, {@code _heapq}...): its frames add no traceback entry, so an error it
     * raises shows the caller's line only, as a C function's does ({@link Interpreter#markStandsForC}).
     */
    boolean standsForC;
    /** The CPython module of the C function it stands for, when its messages name one ({@code _operator}), else null. */
    String cModule;

    /**
     * The inline cache entries of the specialized instructions by code unit (null for the other units),
     * made at the first specialization ({@link InlineCache#at}). CPython 3.11 keeps them in the
     * {@code CACHE} code units after each instruction; here they live beside the code, so
     * {@code co_code} stays what the compiler made and {@code dis} shows it unchanged.
     */
    InlineCache[] caches;

    /**
     * The {@code BINARY_OP} units whose specialization can be {@code BINARY_OP_INPLACE_ADD_UNICODE}
     * ({@code +} or {@code +=} with a {@code STORE_FAST} right after), whose adaptive state the loop
     * follows as 3.11 does ({@code Ceval.appendSite}); null when the code has none.
     */
    final boolean[] appendSites;

    CodeInfo(long code, Code source, long[] consts, long[] names) {
        this.code = code;
        this.source = source;
        this.instructions = source.code();
        this.units = Ceval.units(instructions);
        this.consts = consts;
        this.names = names;
        this.nameText = source.names().toArray(String[]::new);
        this.localsplusNames = source.localsplusnames().toArray(String[]::new);
        this.kinds = source.localspluskinds();
        this.nlocalsplus = source.nlocalsplus();
        this.stacksize = source.stacksize();
        this.flags = source.flags();
        this.argcount = source.argcount();
        this.posonlyargcount = source.posonlyargcount();
        this.kwonlyargcount = source.kwonlyargcount();
        int cells = 0, free = 0;
        for (byte k : kinds) {
            if ((k & Code.CO_FAST_CELL) != 0) {
                cells++;
            }
            if ((k & Code.CO_FAST_FREE) != 0) {
                free++;
            }
        }
        this.ncells = cells;
        this.exactArgs = (flags & (Code.CO_VARARGS | Code.CO_VARKEYWORDS)) == 0 && kwonlyargcount == 0;
        this.nfree = free;
        this.name = source.name();
        this.qualname = source.qualname();
        this.filename = source.filename();
        List<Disassembler.ExceptionEntry> entries = Disassembler.exceptionEntries(source);
        this.handlers = new int[4 * entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Disassembler.ExceptionEntry e = entries.get(i);
            handlers[4 * i] = e.start() / 2;
            handlers[4 * i + 1] = e.end() / 2;
            handlers[4 * i + 2] = e.target() / 2;
            handlers[4 * i + 3] = e.depth() << 1 | (e.lasti() ? 1 : 0);
        }
        this.appendSites = appendSites(instructions);
        List<Disassembler.Position> pos = Disassembler.positions(source);
        this.positions = new int[4 * pos.size()];
        for (int i = 0; i < pos.size(); i++) {
            Disassembler.Position p = pos.get(i);
            positions[4 * i] = p.lineno();
            positions[4 * i + 1] = p.endLineno();
            positions[4 * i + 2] = p.col();
            positions[4 * i + 3] = p.endCol();
        }
    }

    private static final int NB_ADD = BinaryOp.ADD.ordinal(), NB_INPLACE_ADD = BinaryOp.INPLACE + NB_ADD;

    private static boolean[] appendSites(byte[] code) {
        boolean[] sites = null;
        int units = code.length / 2;
        for (int i = 0; i < units; i++) {
            int op = code[2 * i] & 0xFF;
            int arg = code[2 * i + 1] & 0xFF;
            if (op == Opcode.BINARY_OP && (arg == NB_ADD || arg == NB_INPLACE_ADD)) {
                int next = i + 1 + Opcode.caches(Opcode.BINARY_OP);
                if (next < units && (code[2 * next] & 0xFF) == Opcode.STORE_FAST) {
                    if (sites == null) {
                        sites = new boolean[units];
                    }
                    sites[i] = true;
                }
            }
        }
        return sites;
    }

    /** {@code PyCode_Addr2Line}: the line of the code unit at {@code index}, or -1. */
    int line(int index) {
        if (index < 0) {
            return source.firstlineno();
        }
        return 4 * index < positions.length ? positions[4 * index] : -1;
    }

    /** {@code _co_firsttraceable}: the first {@code RESUME}; tracing ignores the instructions before it. */
    int firstTraceable() {
        int i = firstTraceable;
        if (i < 0) {
            i = 0;
            int n = instructions.length / 2;
            while (i < n && (instructions[2 * i] & 0xFF) != dev.pyheap.interpreter.compiler.Opcode.RESUME) {
                i++;
            }
            firstTraceable = i;
        }
        return i;
    }

    private int firstTraceable = -1;

    /** The handler entry covering the code unit {@code index} ({@code get_exception_handler}), as an index into {@link #handlers}, or -1. */
    int handlerFor(int index) {
        for (int i = 0; i < handlers.length; i += 4) {
            if (handlers[i] <= index && index < handlers[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** {@code _PyCode_Warmup}, run by {@code RESUME} and {@code JUMP_BACKWARD}. */
    void warm() {
        if (warmup < QUICKENING_WARMUP_DELAY) {
            warmup++;
        }
    }

    /** Whether the code's calls are specialized by now (the first after the tick that quickens it is). */
    boolean quickened() {
        return warmup >= QUICKENING_WARMUP_DELAY;
    }

    boolean isGenerator() {
        return (flags & (Code.CO_GENERATOR | Code.CO_COROUTINE | Code.CO_ASYNC_GENERATOR)) != 0;
    }

    int totalArgs() {
        int n = argcount + kwonlyargcount;
        if ((flags & Code.CO_VARARGS) != 0) {
            n++;
        }
        if ((flags & Code.CO_VARKEYWORDS) != 0) {
            n++;
        }
        return n;
    }
}
