package dev.pyheap.interpreter.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * One token as Parser/pegen.h's Token: its type (Include/token.h's numbers, then the grammar's
 * keywords), its bytes in the UTF-8 source ({@code start}/{@code end}, -1 for INDENT, DEDENT and
 * ENDMARKER, which CPython gives no text), its position (columns in bytes, -1 where CPython has none),
 * the bracket nesting level after it, and the parser's memo for it.
 */
final class Token {
    static final int ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
            LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14, MINUS = 15,
            STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21, EQUAL = 22, DOT = 23,
            PERCENT = 24, LBRACE = 25, RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28, LESSEQUAL = 29,
            GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32, LEFTSHIFT = 33, RIGHTSHIFT = 34, DOUBLESTAR = 35,
            PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38, SLASHEQUAL = 39, PERCENTEQUAL = 40,
            AMPEREQUAL = 41, VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43, LEFTSHIFTEQUAL = 44, RIGHTSHIFTEQUAL = 45,
            DOUBLESTAREQUAL = 46, DOUBLESLASH = 47, DOUBLESLASHEQUAL = 48, AT = 49, ATEQUAL = 50, RARROW = 51,
            ELLIPSIS = 52, COLONEQUAL = 53, OP = 54, ERRORTOKEN = 60;

    /** The grammar's reserved keywords, in Grammar/python.gram's order; their types follow {@link #KW_BASE}. */
    static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield"};
    static final int KW_BASE = 100;
    static final int FALSE = 100, NONE = 101, TRUE = 102, AND = 103, AS = 104, ASSERT = 105, ASYNC = 106,
            AWAIT = 107, BREAK = 108, CLASS = 109, CONTINUE = 110, DEF = 111, DEL = 112, ELIF = 113, ELSE = 114,
            EXCEPT = 115, FINALLY = 116, FOR = 117, FROM = 118, GLOBAL = 119, IF = 120, IMPORT = 121, IN = 122,
            IS = 123, LAMBDA = 124, NONLOCAL = 125, NOT = 126, OR = 127, PASS = 128, RAISE = 129, RETURN = 130,
            TRY = 131, WHILE = 132, WITH = 133, YIELD = 134;
    private static final Map<String, Integer> KEYWORD_TYPES = keywordTypes();

    private static Map<String, Integer> keywordTypes() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < KEYWORDS.length; i++) {
            m.put(KEYWORDS[i], KW_BASE + i);
        }
        return Map.copyOf(m);
    }

    /** The type of a NAME token's text: a keyword's, or NAME. */
    static int nameType(String text) {
        Integer t = KEYWORD_TYPES.get(text);
        return t == null ? NAME : t;
    }

    final int type;
    final int start;
    final int end;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    final int level;
    /** The token's text (for NAME, NUMBER, STRING and operators). */
    final String text;
    /** Parser/pegen.c's Memo list: results of memoized rules that started at this token. */
    Object memo;

    Token(int type, int start, int end, int lineno, int colOffset, int endLineno, int endColOffset, int level,
            String text) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.level = level;
        this.text = text;
    }

    @Override
    public String toString() {
        return type + ":" + text + "@" + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
