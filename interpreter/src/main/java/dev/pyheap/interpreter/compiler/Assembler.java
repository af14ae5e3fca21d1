package dev.pyheap.interpreter.compiler;

import static dev.pyheap.interpreter.compiler.Opcode.*;

import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.PySingleton;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The back half of Python/compile.c (3.11): a unit's flow graph to a {@link Code}.
 *
 * <p>The steps of assemble(), in order:
 * <ol>
 * <li>end the code with {@code return None} if it can fall off the end; mark blocks that exit or
 * do not fall through; copy small exit blocks without a line number into the blocks that jump to
 * them (extend_block);</li>
 * <li>number the cell and free variables after the locals (a parameter that is a cell keeps its
 * parameter slot), and put the prefix instructions first: RETURN_GENERATOR + POP_TOP for generators
 * and coroutines, MAKE_CELL for each cell, COPY_FREE_VARS;</li>
 * <li>optimize the flow graph ({@link FlowGraph}): the peephole pass per block, jump threading,
 * constant folding of tuples and constant conditions, SWAP elimination, removal of unreachable
 * blocks, of jumps to the next block and of NOPs that carry no line;</li>
 * <li>duplicate exit blocks without a line number that several blocks jump to, drop trailing unused
 * constants, propagate line numbers to instructions without one;</li>
 * <li>compute the largest stack depth (co_stacksize) by a depth-first walk of the graph;</li>
 * <li>label each instruction with the exception handler in force (a walk that carries a stack of
 * SETUP_* handlers), then turn SETUP_* and POP_BLOCK into NOPs and remove what NOPs it can;</li>
 * <li>turn pseudo jumps into forward or backward real jumps, and compute jump arguments until no
 * EXTENDED_ARG appears or disappears;</li>
 * <li>write the bytecode (with CACHE entries), the location table and the exception table.</li>
 * </ol>
 */
final class Assembler {
    private Assembler() {}

    static Code assemble(Compiler c, Compiler.Unit u, boolean addNone) {
        if (!u.curblock.returns) {
            u.lineno = -1;
            u.colOffset = -1;
            u.endLineno = -1;
            u.endColOffset = -1;
            if (addNone) {
                c.addopI(LOAD_CONST, c.addConst(PySingleton.None));
            }
            c.addop(RETURN_VALUE);
        }
        List<BasicBlock> blocks = u.blocks;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            FlowGraph.normalizeBasicBlock(blocks.get(i));
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            FlowGraph.extendBlock(blocks.get(i));
        }
        BasicBlock entry = blocks.getFirst();
        int nlocals = u.varnames.size();
        int ncellvars = u.cellvars.size();
        int nfreevars = u.freevars.size();
        int nlocalsplus = nlocals + ncellvars + nfreevars;
        int[] cellFixedOffsets = buildCellFixedOffsets(u);
        if (u.firstlineno == 0) {
            if (!entry.instrs.isEmpty() && entry.get(0).lineno != 0) {
                u.firstlineno = entry.get(0).lineno;
            } else {
                u.firstlineno = 1;
            }
        }
        int flags = computeCodeFlags(c, u);
        insertPrefixInstructions(u, entry, cellFixedOffsets, nfreevars, flags);
        int numdropped = fixCellOffsets(u, entry, cellFixedOffsets);
        nlocalsplus -= numdropped;
        List<Object> consts = new ArrayList<>(u.constList);
        FlowGraph.optimizeCfg(c, u, entry, consts);
        FlowGraph.duplicateExitsWithoutLineno(c, u);
        trimUnusedConsts(entry, consts);
        FlowGraph.propagateLineNumbers(entry);
        guaranteeLinenoForExits(entry, u.firstlineno);
        int maxdepth = stackdepth(u, entry);
        labelExceptionTargets(entry);
        convertExceptionHandlersToNops(entry);
        for (BasicBlock b = entry; b != null; b = b.next) {
            FlowGraph.cleanBasicBlock(b);
        }
        normalizeJumps(entry);
        assembleJumpOffsets(entry, u);
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                writeInstr(code, i);
            }
        }
        LocationWriter lw = new LocationWriter(u.firstlineno);
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                lw.emit(i);
            }
        }
        byte[] exceptTable = exceptionTable(entry);
        List<String> names = Compiler.keysInOrder(u.names, 0);
        List<Object> constsOut = ((ConstantTuple) c.constCache.mergeOne(new ConstantTuple(consts))).elts();
        String[] lpNames = new String[nlocalsplus];
        byte[] lpKinds = new byte[nlocalsplus];
        computeLocalsplusInfo(u, lpNames, lpKinds);
        return new Code(c.filename(), u.name, u.qualname != null ? u.qualname : u.name, flags, code.toByteArray(),
                u.firstlineno, lw.out.toByteArray(), exceptTable, constsOut, names, List.of(lpNames), lpKinds,
                u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, maxdepth);
    }

    // ---------------------------------------------------------------- flags and variables

    static int computeCodeFlags(Compiler c, Compiler.Unit u) {
        SymtableEntry ste = u.ste;
        int flags = 0;
        if (ste.type == SymtableEntry.BlockType.FUNCTION) {
            flags |= Code.CO_NEWLOCALS | Code.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= Code.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= Code.CO_GENERATOR;
            }
            if (!ste.generator && ste.coroutine) {
                flags |= Code.CO_COROUTINE;
            }
            if (ste.generator && ste.coroutine) {
                flags |= Code.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= Code.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= Code.CO_VARKEYWORDS;
            }
        }
        return flags | c.futureFlags();
    }

    private static int[] buildCellFixedOffsets(Compiler.Unit u) {
        int nlocals = u.varnames.size();
        int noffsets = u.cellvars.size() + u.freevars.size();
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer varindex = u.varnames.get(e.getKey());
            if (varindex != null) {
                fixed[e.getValue()] = varindex;
            }
        }
        return fixed;
    }

    private static void insertPrefixInstructions(Compiler.Unit u, BasicBlock entry, int[] fixed, int nfreevars,
            int flags) {
        if ((flags & (Code.CO_GENERATOR | Code.CO_COROUTINE | Code.CO_ASYNC_GENERATOR)) != 0) {
            entry.instrs.add(0, new Instr(RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1));
            entry.instrs.add(1, new Instr(POP_TOP, 0, null, -1, -1, -1, -1));
        }
        int ncellvars = u.cellvars.size();
        if (ncellvars > 0) {
            int nvars = ncellvars + u.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) {
                sorted[fixed[i]] = i + 1;
            }
            for (int i = 0, used = 0; used < ncellvars; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) {
                    continue;
                }
                entry.instrs.add(used, new Instr(MAKE_CELL, oldindex, null, -1, -1, -1, -1));
                used++;
            }
        }
        if (nfreevars > 0) {
            entry.instrs.add(0, new Instr(COPY_FREE_VARS, nfreevars, null, -1, -1, -1, -1));
        }
    }

    private static int fixCellOffsets(Compiler.Unit u, BasicBlock entry, int[] fixedmap) {
        int nlocals = u.varnames.size();
        int noffsets = u.cellvars.size() + u.freevars.size();
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixedmap[i] == i + nlocals) {
                fixedmap[i] -= numdropped;
            } else {
                numdropped += 1;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr inst : b.instrs) {
                switch (inst.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF ->
                            inst.oparg = fixedmap[inst.oparg];
                    default -> {
                    }
                }
            }
        }
        return numdropped;
    }

    private static void computeLocalsplusInfo(Compiler.Unit u, String[] names, byte[] kinds) {
        for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
            int kind = Code.CO_FAST_LOCAL;
            if (u.cellvars.containsKey(e.getKey())) {
                kind |= Code.CO_FAST_CELL;
            }
            names[e.getValue()] = e.getKey();
            kinds[e.getValue()] = (byte) kind;
        }
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) {
                numdropped += 1;
                continue;
            }
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = (byte) Code.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = (byte) Code.CO_FAST_FREE;
        }
    }

    // ---------------------------------------------------------------- constants and lines

    private static void trimUnusedConsts(BasicBlock entry, List<Object> consts) {
        int max = 0;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if ((i.opcode == LOAD_CONST || i.opcode == KW_NAMES) && i.oparg > max) {
                    max = i.oparg;
                }
            }
        }
        if (max + 1 < consts.size()) {
            consts.subList(max + 1, consts.size()).clear();
        }
    }

    private static void guaranteeLinenoForExits(BasicBlock entry, int firstlineno) {
        int lineno = firstlineno;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.instrs.isEmpty()) {
                continue;
            }
            Instr last = b.last();
            if (last.lineno < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (Instr i : b.instrs) {
                        i.lineno = lineno;
                    }
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    // ---------------------------------------------------------------- stack depth

    /** stackdepth: the largest depth on any path (cycles are assumed to have no net effect). */
    static int stackdepth(Compiler.Unit u, BasicBlock entry) {
        for (BasicBlock b : u.blocks) {
            b.startDepth = Integer.MIN_VALUE;
        }
        List<BasicBlock> stack = new ArrayList<>();
        int maxdepth = 0;
        push(stack, entry, u.ste.generator || u.ste.coroutine ? 1 : 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.removeLast();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr instr : b.instrs) {
                int effect = Opcode.stackEffect(instr.opcode, instr.oparg, 0);
                if (effect == INVALID_STACK_EFFECT) {
                    throw new IllegalStateException("compiler stack_effect(opcode=" + instr.opcode + ", arg="
                            + instr.oparg + ") failed");
                }
                int newDepth = depth + effect;
                maxdepth = Math.max(maxdepth, newDepth);
                if (instr.isJump() || instr.isBlockPush()) {
                    int targetDepth = depth + Opcode.stackEffect(instr.opcode, instr.oparg, 1);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    push(stack, instr.target, targetDepth);
                }
                depth = newDepth;
                if (instr.opcode == JUMP_NO_INTERRUPT || instr.opcode == JUMP || instr.opcode == RETURN_VALUE
                        || instr.opcode == RAISE_VARARGS || instr.opcode == RERAISE) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return maxdepth;
    }

    private static void push(List<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.add(b);
        }
    }

    // ---------------------------------------------------------------- exception table

    /** label_exception_targets: each instruction's handler, from a walk carrying the SETUP_* stack. */
    private static void labelExceptionTargets(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        List<BasicBlock> todo = new ArrayList<>();
        BasicBlock.ExceptStack exceptStack = new BasicBlock.ExceptStack();
        entry.visited = true;
        entry.exceptStack = exceptStack;
        todo.add(entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.removeLast();
            exceptStack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = exceptStack.top();
            for (Instr instr : b.instrs) {
                if (instr.isBlockPush()) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = exceptStack.copy();
                        todo.add(instr.target);
                        instr.target.visited = true;
                    }
                    if (instr.opcode == SETUP_WITH || instr.opcode == SETUP_CLEANUP) {
                        instr.target.preserveLasti = true;
                    }
                    exceptStack.handlers[++exceptStack.depth] = instr.target;
                    handler = instr.target;
                } else if (instr.opcode == POP_BLOCK) {
                    handler = exceptStack.handlers[--exceptStack.depth];
                } else if (instr.isJump()) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        if (!b.nofallthrough) {
                            instr.target.exceptStack = exceptStack.copy();
                        } else {
                            instr.target.exceptStack = exceptStack;
                            exceptStack = null;
                        }
                        todo.add(instr.target);
                        instr.target.visited = true;
                    }
                } else {
                    instr.except = handler;
                }
            }
            if (!b.nofallthrough && !b.next.visited) {
                b.next.exceptStack = exceptStack;
                todo.add(b.next);
                b.next.visited = true;
            }
        }
    }

    private static void convertExceptionHandlersToNops(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr instr : b.instrs) {
                if (instr.isBlockPush() || instr.opcode == POP_BLOCK) {
                    instr.opcode = NOP;
                }
            }
        }
    }

    /** Writes one exception-table value in 6-bit groups, most significant first (64: more follow). */
    static void writeExceptionItem(ByteArrayOutputStream out, int value, int msb) {
        if (value >= 1 << 24) {
            out.write((value >> 24) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 18) {
            out.write(((value >> 18) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 12) {
            out.write(((value >> 12) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 6) {
            out.write(((value >> 6) & 0x3f) | 64 | msb);
            msb = 0;
        }
        out.write((value & 0x3f) | msb);
    }

    /** One entry: start and length in code units, handler offset, then depth * 2 + lasti; 128 marks the start. */
    static void writeExceptionEntry(ByteArrayOutputStream out, int start, int end, int target, int depth,
            boolean lasti) {
        writeExceptionItem(out, start, 1 << 7);
        writeExceptionItem(out, end - start, 0);
        writeExceptionItem(out, target, 0);
        writeExceptionItem(out, (depth << 1) | (lasti ? 1 : 0), 0);
    }

    private static void emitEntry(ByteArrayOutputStream out, int start, int end, BasicBlock handler) {
        int depth = handler.startDepth - 1;
        if (handler.preserveLasti) {
            depth -= 1;
        }
        writeExceptionEntry(out, start, end, handler.offset, depth, handler.preserveLasti);
    }

    private static byte[] exceptionTable(BasicBlock entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ioffset = 0;
        BasicBlock handler = null;
        int start = -1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            ioffset = b.offset;
            for (Instr instr : b.instrs) {
                if (instr.except != handler) {
                    if (handler != null) {
                        emitEntry(out, start, ioffset, handler);
                    }
                    start = ioffset;
                    handler = instr.except;
                }
                ioffset += instr.size();
            }
        }
        if (handler != null) {
            emitEntry(out, start, ioffset, handler);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- jumps and bytecode

    private static void normalizeJumps(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = true;
            if (b.instrs.isEmpty()) {
                continue;
            }
            Instr last = b.last();
            if (last.isJump()) {
                boolean forward = !last.target.visited;
                switch (last.opcode) {
                    case JUMP -> last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
                    case JUMP_NO_INTERRUPT -> last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                    case POP_JUMP_IF_NOT_NONE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_NOT_NONE
                            : POP_JUMP_BACKWARD_IF_NOT_NONE;
                    case POP_JUMP_IF_NONE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
                    case POP_JUMP_IF_FALSE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_FALSE
                            : POP_JUMP_BACKWARD_IF_FALSE;
                    case POP_JUMP_IF_TRUE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
                    case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> {
                        if (!forward) {
                            throw new IllegalStateException("unexpected " + Opcode.name(last.opcode)
                                    + " jumping backwards");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private static void assembleJumpOffsets(BasicBlock entry, Compiler.Unit u) {
        boolean recompile;
        do {
            int totsize = 0;
            for (BasicBlock b = entry; b != null; b = b.next) {
                b.offset = totsize;
                totsize += b.codeSize();
            }
            recompile = false;
            for (int k = u.blocks.size() - 1; k >= 0; k--) {
                BasicBlock b = u.blocks.get(k);
                int bsize = b.offset;
                for (Instr instr : b.instrs) {
                    int isize = instr.size();
                    bsize += isize;
                    if (instr.isJump()) {
                        instr.oparg = instr.target.offset;
                        if (Opcode.isRelativeJump(instr.opcode)) {
                            if (instr.oparg < bsize) {
                                instr.oparg = bsize - instr.oparg;
                            } else {
                                instr.oparg -= bsize;
                            }
                        }
                        if (instr.size() != isize) {
                            recompile = true;
                        }
                    }
                }
            }
        } while (recompile);
    }

    /** write_instr: EXTENDED_ARG prefixes, the instruction, its CACHE entries. */
    private static void writeInstr(ByteArrayOutputStream out, Instr instr) {
        int opcode = instr.opcode;
        int oparg = Opcode.hasArg(opcode) ? instr.oparg : 0;
        int caches = Opcode.caches(opcode);
        int ilen = instr.size() - caches;
        if (ilen >= 4) {
            out.write(EXTENDED_ARG);
            out.write((oparg >> 24) & 0xFF);
        }
        if (ilen >= 3) {
            out.write(EXTENDED_ARG);
            out.write((oparg >> 16) & 0xFF);
        }
        if (ilen >= 2) {
            out.write(EXTENDED_ARG);
            out.write((oparg >> 8) & 0xFF);
        }
        out.write(opcode);
        out.write(oparg & 0xFF);
        for (int i = 0; i < caches; i++) {
            out.write(CACHE);
            out.write(0);
        }
    }

    // ---------------------------------------------------------------- location table

    /**
     * The 3.11 location table (Objects/locations.md): entries of up to 8 code units; the first byte
     * is {@code 0x80 | code << 3 | (length - 1)}; codes 0-9 short form (same line, column group),
     * 10-12 one line form (line delta 0-2, columns in a byte each), 13 no columns, 14 long form
     * (signed line delta, end line delta, columns + 1 as varints), 15 no location.
     */
    static final class LocationWriter {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lineno;

        LocationWriter(int firstlineno) {
            this.lineno = firstlineno;
        }

        private void firstByte(int code, int length) {
            out.write(0x80 | (code << 3) | (length - 1));
        }

        void varint(int val) {
            while (Integer.compareUnsigned(val, 64) >= 0) {
                out.write(64 | (val & 63));
                val >>>= 6;
            }
            out.write(val);
        }

        void signedVarint(int val) {
            varint(val < 0 ? ((-val) << 1) | 1 : val << 1);
        }

        void emit(Instr i) {
            int isize = i.size();
            while (isize > 8) {
                entry(i, 8);
                isize -= 8;
            }
            entry(i, isize);
        }

        void entry(Instr i, int isize) {
            if (i.lineno < 0) {
                firstByte(15, isize);
                return;
            }
            int lineDelta = i.lineno - lineno;
            int column = i.colOffset;
            int endColumn = i.endColOffset;
            if (column < 0 || endColumn < 0) {
                if (i.endLineno == i.lineno || i.endLineno == -1) {
                    firstByte(13, isize);
                    signedVarint(lineDelta);
                    lineno = i.lineno;
                    return;
                }
            } else if (i.endLineno == i.lineno) {
                if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                    firstByte(column >> 3, isize);
                    out.write(((column & 7) << 4) | (endColumn - column));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                    firstByte(10 + lineDelta, isize);
                    out.write(column);
                    out.write(endColumn);
                    lineno = i.lineno;
                    return;
                }
            }
            firstByte(14, isize);
            signedVarint(i.lineno - lineno);
            varint(i.endLineno - i.lineno);
            varint(i.colOffset + 1);
            varint(i.endColOffset + 1);
            lineno = i.lineno;
        }
    }
}
