package dev.pyheap.interpreter.compiler;

/**
 * One instruction of the flow graph (compile.c's struct instr): opcode (possibly a pseudo-op),
 * argument, jump target, the exception handler that covers it (set by the assembler) and its
 * source location (lineno &lt; 0: none). Mutable, as the passes rewrite instructions in place;
 * {@link #copy()} stands for C's struct assignment.
 */
final class Instr {
    int opcode;
    int oparg;
    BasicBlock target;
    BasicBlock except;
    int lineno;
    int endLineno;
    int colOffset;
    int endColOffset;

    Instr(int opcode, int oparg, BasicBlock target, int lineno, int endLineno, int colOffset, int endColOffset) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.target = target;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.colOffset = colOffset;
        this.endColOffset = endColOffset;
    }

    Instr copy() {
        Instr i = new Instr(opcode, oparg, target, lineno, endLineno, colOffset, endColOffset);
        i.except = except;
        return i;
    }

    /** COPY_INSTR_LOC(this, to). */
    void copyLocationTo(Instr to) {
        to.lineno = lineno;
        to.endLineno = endLineno;
        to.colOffset = colOffset;
        to.endColOffset = endColOffset;
    }

    boolean isJump() {
        return Opcode.isJump(opcode);
    }

    boolean isBlockPush() {
        return Opcode.isBlockPush(opcode);
    }

    /** instr_size: code units, with EXTENDED_ARG prefixes and the inline caches. */
    int size() {
        int arg = Opcode.hasArg(opcode) ? oparg : 0;
        int extended = (Integer.compareUnsigned(arg, 0xFFFFFF) > 0 ? 1 : 0) + (Integer.compareUnsigned(arg, 0xFFFF) > 0 ? 1 : 0)
                + (Integer.compareUnsigned(arg, 0xFF) > 0 ? 1 : 0);
        return extended + 1 + Opcode.caches(opcode);
    }

    @Override
    public String toString() {
        return Opcode.name(opcode) + " " + oparg + (target != null ? " -> " + target.id : "") + " @" + lineno;
    }
}
