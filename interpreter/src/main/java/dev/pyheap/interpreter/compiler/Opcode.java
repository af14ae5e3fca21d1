package dev.pyheap.interpreter.compiler;

import java.util.List;

/**
 * The instruction set of CPython 3.11: Lib/opcode.py (numbers, names, which take an argument, the
 * inline cache entries each instruction is followed by), Include/internal/pycore_opcode.h (which are
 * jumps), the compiler's pseudo-instructions of Python/compile.c (negative numbers: they never reach
 * the bytecode), and compile.c's stack_effect.
 */
public final class Opcode {
    private Opcode() {}

    public static final int CACHE = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int NOP = 9;
    public static final int UNARY_POSITIVE = 10;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int UNARY_INVERT = 15;
    public static final int BINARY_SUBSCR = 25;
    public static final int GET_LEN = 30;
    public static final int MATCH_MAPPING = 31;
    public static final int MATCH_SEQUENCE = 32;
    public static final int MATCH_KEYS = 33;
    public static final int PUSH_EXC_INFO = 35;
    public static final int CHECK_EXC_MATCH = 36;
    public static final int CHECK_EG_MATCH = 37;
    public static final int WITH_EXCEPT_START = 49;
    public static final int GET_AITER = 50;
    public static final int GET_ANEXT = 51;
    public static final int BEFORE_ASYNC_WITH = 52;
    public static final int BEFORE_WITH = 53;
    public static final int END_ASYNC_FOR = 54;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int PRINT_EXPR = 70;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int RETURN_GENERATOR = 75;
    public static final int LIST_TO_TUPLE = 82;
    public static final int RETURN_VALUE = 83;
    public static final int IMPORT_STAR = 84;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int YIELD_VALUE = 86;
    public static final int ASYNC_GEN_WRAP = 87;
    public static final int PREP_RERAISE_STAR = 88;
    public static final int POP_EXCEPT = 89;
    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int SWAP = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int JUMP_IF_FALSE_OR_POP = 111;
    public static final int JUMP_IF_TRUE_OR_POP = 112;
    public static final int POP_JUMP_FORWARD_IF_FALSE = 114;
    public static final int POP_JUMP_FORWARD_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int COPY = 120;
    public static final int BINARY_OP = 122;
    public static final int SEND = 123;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
    public static final int POP_JUMP_FORWARD_IF_NONE = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int GET_AWAITABLE = 131;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
    public static final int MAKE_CELL = 135;
    public static final int LOAD_CLOSURE = 136;
    public static final int LOAD_DEREF = 137;
    public static final int STORE_DEREF = 138;
    public static final int DELETE_DEREF = 139;
    public static final int JUMP_BACKWARD = 140;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int LOAD_CLASSDEREF = 148;
    public static final int COPY_FREE_VARS = 149;
    public static final int RESUME = 151;
    public static final int MATCH_CLASS = 152;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int LOAD_METHOD = 160;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;
    public static final int PRECALL = 166;
    public static final int CALL = 171;
    public static final int KW_NAMES = 172;
    public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
    public static final int POP_JUMP_BACKWARD_IF_NONE = 174;
    public static final int POP_JUMP_BACKWARD_IF_FALSE = 175;
    public static final int POP_JUMP_BACKWARD_IF_TRUE = 176;

    /** Include/cpython/code.h's CO_MAXBLOCKS: nested blocks a code object may have. */
    static final int CO_MAXBLOCKS = 20;

    /** Lib/opcode.py's HAVE_ARGUMENT: opcodes from here on use their argument. */
    public static final int HAVE_ARGUMENT = 90;

    // Pseudo-instructions of compile.c: the flow graph passes turn them into real ones or NOPs.
    public static final int SETUP_FINALLY = -1;
    public static final int SETUP_CLEANUP = -2;
    public static final int SETUP_WITH = -3;
    public static final int POP_BLOCK = -4;
    public static final int JUMP = -5;
    public static final int JUMP_NO_INTERRUPT = -6;
    public static final int POP_JUMP_IF_FALSE = -7;
    public static final int POP_JUMP_IF_TRUE = -8;
    public static final int POP_JUMP_IF_NONE = -9;
    public static final int POP_JUMP_IF_NOT_NONE = -10;

    private static final String[] NAMES = {"CACHE", "POP_TOP", "PUSH_NULL", null, null, null, null, null, null, "NOP", "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT", null, null, "UNARY_INVERT", null, null, null, null, null, null, null, null, null, "BINARY_SUBSCR", null, null, null, null, "GET_LEN", "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", null, "PUSH_EXC_INFO", "CHECK_EXC_MATCH", "CHECK_EG_MATCH", null, null, null, null, null, null, null, null, null, null, null, "WITH_EXCEPT_START", "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH", "BEFORE_WITH", "END_ASYNC_FOR", null, null, null, null, null, "STORE_SUBSCR", "DELETE_SUBSCR", null, null, null, null, null, null, "GET_ITER", "GET_YIELD_FROM_ITER", "PRINT_EXPR", "LOAD_BUILD_CLASS", null, null, "LOAD_ASSERTION_ERROR", "RETURN_GENERATOR", null, null, null, null, null, null, "LIST_TO_TUPLE", "RETURN_VALUE", "IMPORT_STAR", "SETUP_ANNOTATIONS", "YIELD_VALUE", "ASYNC_GEN_WRAP", "PREP_RERAISE_STAR", "POP_EXCEPT", "STORE_NAME", "DELETE_NAME", "UNPACK_SEQUENCE", "FOR_ITER", "UNPACK_EX", "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL", "DELETE_GLOBAL", "SWAP", "LOAD_CONST", "LOAD_NAME", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "LOAD_ATTR", "COMPARE_OP", "IMPORT_NAME", "IMPORT_FROM", "JUMP_FORWARD", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", null, "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE", "LOAD_GLOBAL", "IS_OP", "CONTAINS_OP", "RERAISE", "COPY", null, "BINARY_OP", "SEND", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", null, "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_FORWARD_IF_NONE", "RAISE_VARARGS", "GET_AWAITABLE", "MAKE_FUNCTION", "BUILD_SLICE", "JUMP_BACKWARD_NO_INTERRUPT", "MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "JUMP_BACKWARD", null, "CALL_FUNCTION_EX", null, "EXTENDED_ARG", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LOAD_CLASSDEREF", "COPY_FREE_VARS", null, "RESUME", "MATCH_CLASS", null, null, "FORMAT_VALUE", "BUILD_CONST_KEY_MAP", "BUILD_STRING", null, null, "LOAD_METHOD", null, "LIST_EXTEND", "SET_UPDATE", "DICT_MERGE", "DICT_UPDATE", "PRECALL", null, null, null, null, "CALL", "KW_NAMES", "POP_JUMP_BACKWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_TRUE", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null};

    private static final String[] PSEUDO_NAMES = {"SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "JUMP",
        "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE"};

    /** Lib/opcode.py's _nb_ops: BINARY_OP's argument, in order, as dis shows it. */
    public static final List<String> NB_OPS = List.of("+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=");

    /** Lib/opcode.py's cmp_op: COMPARE_OP's argument. */
    public static final List<String> CMP_OP = List.of("<", "<=", "==", "!=", ">", ">=");

    // BINARY_OP arguments (Include/opcode.h's NB_*).
    static final int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
            NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
            NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_ADD = 13;

    /** The name dis prints, or null for a number no instruction has. */
    public static String name(int op) {
        if (op < 0) {
            return -op <= PSEUDO_NAMES.length ? PSEUDO_NAMES[-op - 1] : null;
        }
        return op < NAMES.length ? NAMES[op] : null;
    }

    /** Lib/opcode.py's HAS_ARG. */
    public static boolean hasArg(int op) {
        return op >= HAVE_ARGUMENT || op < 0;
    }

    /** _PyOpcode_Caches: the CACHE code units after the instruction. */
    public static int caches(int op) {
        return switch (op) {
            case BINARY_SUBSCR, STORE_ATTR, LOAD_ATTR, CALL -> 4;
            case STORE_SUBSCR, UNPACK_SEQUENCE, BINARY_OP, PRECALL -> 1;
            case COMPARE_OP -> 2;
            case LOAD_GLOBAL -> 5;
            case LOAD_METHOD -> 10;
            default -> 0;
        };
    }

    /** Lib/opcode.py's hasjrel (in 3.11 every jump is relative). */
    public static boolean isRelativeJump(int op) {
        return switch (op) {
            case FOR_ITER, JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_FORWARD_IF_FALSE,
                    POP_JUMP_FORWARD_IF_TRUE, SEND, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NONE,
                    JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD, POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE,
                    POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE -> true;
            default -> false;
        };
    }

    /** A jump of the bytecode that goes backwards (its argument counts back from the next instruction). */
    public static boolean isBackwardJump(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == POP_JUMP_BACKWARD_IF_NONE
                || op == POP_JUMP_BACKWARD_IF_NOT_NONE || op == POP_JUMP_BACKWARD_IF_TRUE
                || op == POP_JUMP_BACKWARD_IF_FALSE;
    }

    static boolean isVirtualJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE
                || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE;
    }

    /** compile.c's is_jump: a pseudo jump or a real one. */
    static boolean isJump(int op) {
        return isVirtualJump(op) || isRelativeJump(op);
    }

    static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_WITH || op == SETUP_CLEANUP;
    }

    static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    /** Lib/opcode.py's hasconst, hasname, haslocal, hasfree. */
    public static boolean hasConst(int op) {
        return op == LOAD_CONST || op == KW_NAMES;
    }

    public static boolean hasName(int op) {
        return switch (op) {
            case STORE_NAME, DELETE_NAME, STORE_ATTR, DELETE_ATTR, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, LOAD_ATTR,
                    IMPORT_NAME, IMPORT_FROM, LOAD_GLOBAL, LOAD_METHOD -> true;
            default -> false;
        };
    }

    public static boolean hasLocal(int op) {
        return op == LOAD_FAST || op == STORE_FAST || op == DELETE_FAST;
    }

    public static boolean hasFree(int op) {
        return switch (op) {
            case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF -> true;
            default -> false;
        };
    }

    /** Sentinel of {@link #stackEffect} for an unknown opcode (PY_INVALID_STACK_EFFECT). */
    public static final int INVALID_STACK_EFFECT = Integer.MAX_VALUE;

    /**
     * compile.c's stack_effect: {@code jump} is 0 for the fall-through path, 1 for the jump (or
     * exception handler) path, -1 for the larger.
     */
    public static int stackEffect(int op, int oparg, int jump) {
        return switch (op) {
            case NOP, EXTENDED_ARG, RESUME, CACHE, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
                    GET_ITER, SETUP_ANNOTATIONS, ASYNC_GEN_WRAP, YIELD_VALUE, POP_BLOCK, DELETE_NAME, DELETE_GLOBAL,
                    LOAD_ATTR, CHECK_EXC_MATCH, CHECK_EG_MATCH, JUMP_FORWARD, JUMP_BACKWARD, JUMP,
                    JUMP_BACKWARD_NO_INTERRUPT, JUMP_NO_INTERRUPT, DELETE_FAST, RETURN_GENERATOR, KW_NAMES,
                    MAKE_CELL, COPY_FREE_VARS, DELETE_DEREF, GET_AWAITABLE, GET_AITER, GET_YIELD_FROM_ITER,
                    LIST_TO_TUPLE -> 0;
            case POP_TOP, SET_ADD, LIST_APPEND, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, POP_EXCEPT,
                    STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IS_OP, CONTAINS_OP, IMPORT_NAME,
                    POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NONE, POP_JUMP_IF_NONE,
                    POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_IF_NOT_NONE,
                    POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE,
                    POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_IF_TRUE, PREP_RERAISE_STAR, RERAISE, STORE_FAST, CALL,
                    STORE_DEREF, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, BINARY_OP -> -1;
            case MAP_ADD, DELETE_SUBSCR, STORE_ATTR, END_ASYNC_FOR, MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case LOAD_BUILD_CLASS, LOAD_CONST, LOAD_NAME, IMPORT_FROM, PUSH_EXC_INFO, WITH_EXCEPT_START, LOAD_FAST,
                    LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, BEFORE_ASYNC_WITH, BEFORE_WITH, GET_ANEXT, LOAD_METHOD,
                    LOAD_ASSERTION_ERROR, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, COPY, PUSH_NULL -> 1;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xFF) + (oparg >> 8);
            case FOR_ITER -> jump > 0 ? -1 : 1;
            case SEND -> jump > 0 ? -1 : 0;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP -> -oparg;
            case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> jump != 0 ? 0 : -1;
            case LOAD_GLOBAL -> (oparg & 1) + 1;
            case SETUP_FINALLY, SETUP_WITH -> jump != 0 ? 1 : 0;
            case SETUP_CLEANUP -> jump != 0 ? 2 : 0;
            case RAISE_VARARGS, PRECALL -> -oparg;
            case CALL_FUNCTION_EX -> -2 - ((oparg & 0x01) != 0 ? 1 : 0);
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0x0F);
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case FORMAT_VALUE -> (oparg & 0x04) == 0x04 ? -1 : 0;
            default -> INVALID_STACK_EFFECT;
        };
    }
}
