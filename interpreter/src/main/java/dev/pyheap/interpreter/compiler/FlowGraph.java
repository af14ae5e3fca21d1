package dev.pyheap.interpreter.compiler;

import static dev.pyheap.interpreter.compiler.Opcode.*;

import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.PySingleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The flow-graph passes of Python/compile.c (3.11) that run before assembly: block normalization,
 * the peephole optimizer (optimize_basic_block), jump threading, tuple folding, SWAP elimination
 * (swaptimize, apply_static_swaps), unreachable-code and empty-block elimination, NOP removal,
 * duplication of exit blocks without line numbers and line number propagation.
 */
final class FlowGraph {
    private FlowGraph() {}

    /** Maximum size of a block extend_block copies. */
    private static final int MAX_COPY_SIZE = 4;

    static void normalizeBasicBlock(BasicBlock bb) {
        for (int i = 0; i < bb.size(); i++) {
            Instr in = bb.get(i);
            switch (in.opcode) {
                case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                    bb.exit = true;
                    bb.nofallthrough = true;
                }
                case JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE,
                        POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER -> {
                    if (in.opcode == JUMP || in.opcode == JUMP_NO_INTERRUPT) {
                        bb.nofallthrough = true;
                    }
                    if (i != bb.size() - 1) {
                        throw new IllegalStateException("malformed control flow graph.");
                    }
                    while (in.target.size() == 0) {
                        in.target = in.target.next;
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean hasLineno(BasicBlock bb) {
        for (Instr i : bb.instrs) {
            if (i.lineno > 0) {
                return true;
            }
        }
        return false;
    }

    /** extend_block: a block ending in a jump to a small exit block without line numbers gets a copy of it. */
    static void extendBlock(BasicBlock bb) {
        if (bb.size() == 0) {
            return;
        }
        Instr last = bb.last();
        if (last.opcode != JUMP && last.opcode != JUMP_FORWARD && last.opcode != JUMP_BACKWARD) {
            return;
        }
        if (last.target.exit && last.target.size() <= MAX_COPY_SIZE) {
            BasicBlock toCopy = last.target;
            if (hasLineno(toCopy)) {
                return;
            }
            last.opcode = NOP;
            for (Instr i : toCopy.instrs) {
                bb.instrs.add(i.copy());
            }
            bb.exit = true;
        }
    }

    /** clean_basic_block: removes the NOPs that carry no needed line number. */
    static void cleanBasicBlock(BasicBlock bb) {
        List<Instr> ins = bb.instrs;
        int dest = 0;
        int prevLineno = -1;
        int n = ins.size();
        for (int src = 0; src < n; src++) {
            Instr in = ins.get(src);
            int lineno = in.lineno;
            if (in.opcode == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < n - 1) {
                    int nextLineno = ins.get(src + 1).lineno;
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        in.copyLocationTo(ins.get(src + 1));
                        continue;
                    }
                } else {
                    BasicBlock next = bb.next;
                    while (next != null && next.size() == 0) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.get(0).lineno) {
                        continue;
                    }
                }
            }
            if (dest != src) {
                ins.set(dest, in);
            }
            dest++;
            prevLineno = lineno;
        }
        ins.subList(dest, n).clear();
    }

    // ---------------------------------------------------------------- peephole

    /** fold_tuple_on_constants: LOAD_CONST x n, BUILD_TUPLE n to LOAD_CONST (tuple). */
    private static void foldTupleOnConstants(Compiler c, List<Instr> ins, int start, int n, List<Object> consts) {
        for (int i = 0; i < n; i++) {
            if (!Opcode.hasConst(ins.get(start + i).opcode)) {
                return;
            }
        }
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instr in = ins.get(start + i);
            if (in.opcode != LOAD_CONST) {
                throw new IllegalStateException("Internal error: failed to get value of a constant");
            }
            items.add(consts.get(in.oparg));
        }
        Object newconst = c.constCache.mergeOne(new ConstantTuple(items));
        int index;
        for (index = 0; index < consts.size(); index++) {
            if (consts.get(index) == newconst) {
                break;
            }
        }
        if (index == consts.size()) {
            consts.add(newconst);
        }
        for (int i = 0; i < n; i++) {
            ins.get(start + i).opcode = NOP;
        }
        ins.get(start + n).opcode = LOAD_CONST;
        ins.get(start + n).oparg = index;
    }

    /** swaptimize: a run of SWAPs and NOPs replaced by the fewest SWAPs with the same effect. */
    private static int swaptimize(BasicBlock block, int ix) {
        List<Instr> ins = block.instrs;
        int depth = ins.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = block.size() - ix;
        while (++len < limit) {
            int opcode = ins.get(ix + len).opcode;
            if (opcode == SWAP) {
                depth = Math.max(depth, ins.get(ix + len).oparg);
                more = true;
            } else if (opcode != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr in = ins.get(ix + i);
            if (in.opcode == SWAP) {
                int oparg = in.oparg;
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr in = ins.get(ix + current--);
                    in.opcode = SWAP;
                    in.oparg = j + 1;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (0 <= current) {
            ins.get(ix + current--).opcode = NOP;
        }
        return ix + len - 1;
    }

    private static boolean swappable(int opcode) {
        return opcode == STORE_FAST || opcode == POP_TOP;
    }

    private static int nextSwappableInstruction(BasicBlock block, int i, int lineno) {
        while (++i < block.size()) {
            Instr in = block.get(i);
            if (0 <= lineno && in.lineno != lineno) {
                return -1;
            }
            if (in.opcode == NOP) {
                continue;
            }
            if (swappable(in.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    private static int storesTo(Instr in) {
        return in.opcode == STORE_FAST ? in.oparg : -1;
    }

    /** apply_static_swaps: SWAP n before n swappable stores/pops reorders the instructions instead. */
    private static void applyStaticSwaps(BasicBlock block, int i) {
        for (; 0 <= i; i--) {
            Instr swap = block.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappableInstruction(block, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = block.get(j).lineno;
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappableInstruction(block, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            // Not safe if the two stores (or one between them) store to the same local.
            int storeJ = storesTo(block.get(j));
            int storeK = storesTo(block.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(block.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.opcode = NOP;
            Instr temp = block.get(j);
            block.instrs.set(j, block.get(k));
            block.instrs.set(k, temp);
        }
    }

    /** jump_thread: makes {@code inst} jump where {@code target} jumps, if on the same line. */
    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    static void optimizeBasicBlock(Compiler c, BasicBlock bb, List<Object> consts) {
        List<Instr> ins = bb.instrs;
        Instr nop = new Instr(NOP, 0, null, -1, -1, -1, -1);
        for (int i = 0; i < bb.size(); i++) {
            Instr inst = ins.get(i);
            int oparg = inst.oparg;
            int nextop = i + 1 < bb.size() ? ins.get(i + 1).opcode : 0;
            Instr target;
            if (inst.isJump() || inst.isBlockPush()) {
                while (inst.target.size() == 0) {
                    inst.target = inst.target.next;
                }
                target = inst.target.get(0);
            } else {
                target = nop;
            }
            switch (inst.opcode) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean isTrue = ConstantOps.isTrue(consts.get(oparg));
                            inst.opcode = NOP;
                            boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue) {
                                ins.get(i + 1).opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                ins.get(i + 1).opcode = NOP;
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                            boolean isTrue = ConstantOps.isTrue(consts.get(oparg));
                            boolean jumpIfTrue = nextop == JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue) {
                                ins.get(i + 1).opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                inst.opcode = NOP;
                                ins.get(i + 1).opcode = NOP;
                            }
                        }
                        case IS_OP -> {
                            Object cnt = consts.get(oparg);
                            int jumpOp = i + 2 < bb.size() ? ins.get(i + 2).opcode : 0;
                            if (cnt == PySingleton.None && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
                                int nextarg = ins.get(i + 1).oparg & 0xFF;
                                inst.opcode = NOP;
                                ins.get(i + 1).opcode = NOP;
                                ins.get(i + 2).opcode = (nextarg ^ (jumpOp == POP_JUMP_IF_FALSE ? 1 : 0)) != 0
                                        ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                            }
                        }
                        default -> {
                        }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == ins.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.opcode = NOP;
                            ins.get(i + 1).opcode = NOP;
                            continue;
                        }
                        if (oparg == 2 || oparg == 3) {
                            inst.opcode = NOP;
                            ins.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(c, ins, i - oparg, oparg, consts);
                    }
                }
                case JUMP_IF_FALSE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_FALSE -> i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                        case JUMP, JUMP_IF_FALSE_OR_POP -> i -= jumpThread(inst, target, JUMP_IF_FALSE_OR_POP) ? 1 : 0;
                        case JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_FALSE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> {
                        }
                    }
                }
                case JUMP_IF_TRUE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_TRUE -> i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                        case JUMP, JUMP_IF_TRUE_OR_POP -> i -= jumpThread(inst, target, JUMP_IF_TRUE_OR_POP) ? 1 : 0;
                        case JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_TRUE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> {
                        }
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, inst.opcode) ? 1 : 0;
                    }
                }
                case POP_JUMP_IF_FALSE -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                    }
                }
                case POP_JUMP_IF_TRUE -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                    }
                }
                case JUMP -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, JUMP) ? 1 : 0;
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.opcode = NOP;
                        break;
                    }
                    i = swaptimize(bb, i);
                    applyStaticSwaps(bb, i);
                }
                case PUSH_NULL -> {
                    if (nextop == LOAD_GLOBAL && (ins.get(i + 1).opcode & 1) == 0) {
                        inst.opcode = NOP;
                        inst.oparg = 0;
                        ins.get(i + 1).oparg |= 1;
                    }
                }
                default -> {
                }
            }
        }
    }

    // ---------------------------------------------------------------- whole graph

    private static void markReachable(BasicBlock entry) {
        List<BasicBlock> stack = new ArrayList<>();
        entry.predecessors = 1;
        stack.add(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.removeLast();
            if (b.next != null && !b.nofallthrough) {
                if (b.next.predecessors == 0) {
                    stack.add(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr instr : b.instrs) {
                if (instr.isJump() || instr.isBlockPush()) {
                    BasicBlock target = instr.target;
                    if (target.predecessors == 0) {
                        stack.add(target);
                    }
                    target.predecessors++;
                }
            }
        }
    }

    private static void eliminateEmptyBasicBlocks(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            BasicBlock next = b.next;
            if (next != null) {
                while (next.size() == 0 && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.size() == 0) {
                continue;
            }
            Instr last = b.last();
            if (last.isJump()) {
                BasicBlock target = last.target;
                while (target.size() == 0) {
                    target = target.next;
                }
                last.target = target;
            }
        }
    }

    /** propagate_line_numbers: instructions and single-predecessor successors without a line inherit one. */
    static void propagateLineNumbers(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.size() == 0) {
                continue;
            }
            Instr prev = new Instr(NOP, 0, null, -1, -1, -1, -1);
            for (Instr in : b.instrs) {
                if (in.lineno < 0) {
                    prev.copyLocationTo(in);
                } else {
                    in.copyLocationTo(prev);
                }
            }
            if (!b.nofallthrough && b.next.predecessors == 1) {
                if (b.next.get(0).lineno < 0) {
                    prev.copyLocationTo(b.next.get(0));
                }
            }
            Instr last = b.last();
            if (last.isJump()) {
                BasicBlock target = last.target;
                if (target.predecessors == 1 && target.get(0).lineno < 0) {
                    prev.copyLocationTo(target.get(0));
                }
            }
        }
    }

    static void optimizeCfg(Compiler c, Compiler.Unit u, BasicBlock entry, List<Object> consts) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            optimizeBasicBlock(c, b, consts);
            cleanBasicBlock(b);
        }
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            extendBlock(u.blocks.get(i));
        }
        markReachable(entry);
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.nofallthrough = false;
            }
        }
        eliminateEmptyBasicBlocks(entry);
        for (BasicBlock b = entry; b != null; b = b.next) {
            cleanBasicBlock(b);
        }
        boolean maybeEmptyBlocks = false;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.size() > 0) {
                Instr last = b.last();
                if ((last.opcode == JUMP || last.opcode == JUMP_NO_INTERRUPT) && last.target == b.next) {
                    b.nofallthrough = false;
                    last.opcode = NOP;
                    maybeEmptyBlocks = true;
                }
            }
        }
        if (maybeEmptyBlocks) {
            eliminateEmptyBasicBlocks(entry);
        }
    }

    private static boolean isExitWithoutLineno(BasicBlock b) {
        if (!b.exit) {
            return false;
        }
        for (Instr i : b.instrs) {
            if (i.lineno >= 0) {
                return false;
            }
        }
        return true;
    }

    /** compiler_copy_block. */
    private static BasicBlock copyBlock(Compiler c, BasicBlock block) {
        BasicBlock result = c.newBlock();
        for (Instr i : block.instrs) {
            result.instrs.add(i.copy());
        }
        result.exit = block.exit;
        result.nofallthrough = true;
        return result;
    }

    /** duplicate_exits_without_lineno: each such exit block gets one predecessor, so it can take its line. */
    static void duplicateExitsWithoutLineno(Compiler c, Compiler.Unit u) {
        List<BasicBlock> snapshot = new ArrayList<>(u.blocks);
        for (int k = snapshot.size() - 1; k >= 0; k--) {
            BasicBlock b = snapshot.get(k);
            if (b.size() > 0 && b.last().isJump()) {
                BasicBlock target = b.last().target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock newTarget = copyBlock(c, target);
                    b.last().copyLocationTo(newTarget.get(0));
                    b.last().target = newTarget;
                    target.predecessors--;
                    newTarget.predecessors = 1;
                    newTarget.next = target.next;
                    target.next = newTarget;
                }
            }
        }
        for (int k = u.blocks.size() - 1; k >= 0; k--) {
            BasicBlock b = u.blocks.get(k);
            while (b.next != null && b.next.size() == 0) {
                b.next = b.next.next;
            }
        }
        for (int k = u.blocks.size() - 1; k >= 0; k--) {
            BasicBlock b = u.blocks.get(k);
            if (!b.nofallthrough && b.next != null && b.size() > 0) {
                if (isExitWithoutLineno(b.next)) {
                    b.last().copyLocationTo(b.next.get(0));
                }
            }
        }
    }
}
