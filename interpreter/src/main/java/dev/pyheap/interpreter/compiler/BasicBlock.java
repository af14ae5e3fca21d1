package dev.pyheap.interpreter.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block of the flow graph (compile.c's basicblock): a run of instructions entered only at
 * the top, whose last instruction may jump; {@code next} is the block that follows in the code
 * (reached by falling through unless {@code nofallthrough}).
 */
final class BasicBlock {
    /** Allocation number, for debugging output only. */
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    BasicBlock next;
    /** Exception stack at the start of the block (label_exception_targets). */
    ExceptStack exceptStack;
    int predecessors;
    int startDepth;
    int offset;
    boolean nofallthrough;
    boolean preserveLasti;
    boolean visited;
    boolean exit;
    boolean returns;

    BasicBlock(int id) {
        this.id = id;
    }

    int size() {
        return instrs.size();
    }

    Instr get(int i) {
        return instrs.get(i);
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.getLast();
    }

    /** blocksize: code units of the block. */
    int codeSize() {
        int n = 0;
        for (Instr i : instrs) {
            n += i.size();
        }
        return n;
    }

    /** The handlers in force (compile.c's ExceptStack): index 0 is "none". */
    static final class ExceptStack {
        final BasicBlock[] handlers = new BasicBlock[Opcode.CO_MAXBLOCKS + 2];
        int depth;

        ExceptStack copy() {
            ExceptStack c = new ExceptStack();
            System.arraycopy(handlers, 0, c.handlers, 0, handlers.length);
            c.depth = depth;
            return c;
        }

        BasicBlock top() {
            return handlers[depth];
        }
    }
}
