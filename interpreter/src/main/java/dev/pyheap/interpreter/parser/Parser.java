package dev.pyheap.interpreter.parser;

import dev.pyheap.interpreter.ast.Alias;
import dev.pyheap.interpreter.ast.Arg;
import dev.pyheap.interpreter.ast.Arguments;
import dev.pyheap.interpreter.ast.Boolop;
import dev.pyheap.interpreter.ast.Cmpop;
import dev.pyheap.interpreter.ast.Comprehension;
import dev.pyheap.interpreter.ast.ExceptHandler;
import dev.pyheap.interpreter.ast.Expr;
import dev.pyheap.interpreter.ast.ExprContext;
import dev.pyheap.interpreter.ast.Keyword;
import dev.pyheap.interpreter.ast.Located;
import dev.pyheap.interpreter.ast.MatchCase;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.ast.Operator;
import dev.pyheap.interpreter.ast.Pattern;
import dev.pyheap.interpreter.ast.PySingleton;
import dev.pyheap.interpreter.ast.Stmt;
import dev.pyheap.interpreter.ast.Unaryop;
import dev.pyheap.interpreter.ast.WithItem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The PEG parser of Grammar/python.gram (CPython 3.11), written by hand: one method per grammar rule,
 * alternatives tried in the grammar's order with backtracking over a token array that the
 * {@link Tokenizer} fills on demand (Parser/pegen.c), memoized where CPython memoizes, and the
 * left-recursive rules as loops. Rule methods return null when they fail, with the mark reset.
 *
 * <p>Errors as Parser/pegen.c and pegen_errors.c make them: a first pass without the {@code invalid_*}
 * rules; if it fails, a second pass with them, where an invalid rule that matches raises its specific
 * message; if none does, a generic "invalid syntax" at the last token the first pass reached. A
 * tokenizer error met on the way wins, and after a parser error the rest of the source is tokenized
 * so that a later tokenizer error (or an earlier unclosed bracket) is reported instead, as CPython does.
 */
final class Parser {
    private static final Object FAILED = new Object();
    private static final int CURRENT_POS = -5;

    private final Tokenizer tok;
    private final String filename;
    private final boolean fstringMode;
    private final int startingLineno;
    private final int startingColOffset;
    private Token[] tokens = new Token[128];
    private int fill;
    int mark;
    private boolean callInvalidRules;
    /**
     * Inside expression_without_invalid (second pass): results are not memoized there. Where the two
     * modes meet at one position CPython's choice of error depends on what its generated parser had
     * memoized; not memoizing these matches CPython's errors more often (measured with error_fuzz.py).
     */
    private boolean withoutInvalid;
    private boolean tokenizerError;
    /** 'single' input: the first ENDMARKER is read as a NEWLINE (pegen.c's _PyPegen_fill_token). */
    private boolean singleMode;
    private boolean parsingStarted;
    /** PyPARSE_DONT_IMPLY_DEDENT: at the end of 'single' input an open block stays open (codeop's check). */
    boolean dontImplyDedent;
    /** PyPARSE_ALLOW_INCOMPLETE_INPUT: a failure at the end of the source is "incomplete input". */
    boolean allowIncompleteInput;
    /** Where warnings go (null: nowhere). */
    final java.util.List<CompileWarning> warnings;

    Parser(Tokenizer tok, String filename, boolean fstringMode, int startingLineno, int startingColOffset,
            java.util.List<CompileWarning> warnings) {
        this.tok = tok;
        this.warnings = warnings;
        tok.warnings = warnings;
        this.filename = filename;
        this.fstringMode = fstringMode;
        this.startingLineno = startingLineno;
        this.startingColOffset = startingColOffset;
    }

    // ---------------------------------------------------------------- running (pegen.c)

    /** _PyPegen_run_parser for a rule: two passes, then CPython's choice of error. */
    <T> T run(java.util.function.Supplier<T> rule) {
        T res;
        try {
            res = rule.get();
        } catch (PythonSyntaxError e) {
            if (allowIncompleteInput && isEndOfSource()) {
                throw incompleteInput();
            }
            // An error raised while parsing (a forced token, an f-string, a literal): the second
            // pass would stop at once, and the rest of the source is tokenized as after any parser error.
            if (tokenizerError) {
                throw e;
            }
            throw tokenizeFullSourceToCheckForErrors(e);
        }
        if (res != null) {
            return res;
        }
        if (allowIncompleteInput && isEndOfSource()) {
            throw incompleteInput();
        }
        Token lastToken = tokens[fill - 1];
        for (int i = 0; i < fill; i++) {
            tokens[i].memo = null;
        }
        mark = 0;
        callInvalidRules = true;
        try {
            rule.get();
        } catch (PythonSyntaxError e) {
            if (tokenizerError) {
                throw e;
            }
            throw tokenizeFullSourceToCheckForErrors(e);
        }
        // The first pass's last token decides; the error's location is the last token read at all.
        if (lastToken.type == Token.INDENT || lastToken.type == Token.DEDENT) {
            throw raiseError(PythonSyntaxError.Kind.IndentationError,
                    lastToken.type == Token.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        PythonSyntaxError generic = raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, lastToken.lineno,
                lastToken.colOffset, lastToken.endLineno, lastToken.endColOffset, "invalid syntax");
        throw tokenizeFullSourceToCheckForErrors(generic);
    }

    /** pegen.c's _is_end_of_source: the tokenizer stopped at the end of the input, not at an error of its own. */
    private PythonSyntaxError incompleteInput() {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "incomplete input", filename, 0, 0, 0, 0, null);
    }

    private boolean isEndOfSource() {
        return tok.done == Tokenizer.E_EOF || tok.done == Tokenizer.E_EOFS || tok.done == Tokenizer.E_EOLS;
    }

    /** pegen_errors.c's _PyPegen_tokenize_full_source_to_check_for_errors. */
    private PythonSyntaxError tokenizeFullSourceToCheckForErrors(PythonSyntaxError current) {
        if (fstringMode) {
            return current;
        }
        Token currentToken = tokens[fill - 1];
        int currentErrLine = currentToken.lineno;
        try {
            for (;;) {
                Token t = tok.next();
                if (t.type == Token.ERRORTOKEN) {
                    if (tok.level != 0) {
                        int errorLineno = tok.parenlinenostack[tok.level - 1];
                        if (currentErrLine > errorLineno) {
                            return unclosedParenthesesError();
                        }
                    }
                    break;
                }
                if (t.type == Token.ENDMARKER) {
                    break;
                }
            }
        } catch (PythonSyntaxError e) {
            return e;
        }
        return current;
    }

    private PythonSyntaxError unclosedParenthesesError() {
        int lineno = tok.parenlinenostack[tok.level - 1];
        int col = tok.parencolstack[tok.level - 1];
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, lineno, col, lineno, -1,
                "'" + tok.parenstack[tok.level - 1] + "' was never closed");
    }

    // ---------------------------------------------------------------- tokens

    private void fillToken() {
        Token t;
        try {
            t = tok.next();
        } catch (PythonSyntaxError e) {
            tokenizerError = true;
            throw fstringMode ? fstringError(e) : e;
        }
        if (singleMode && t.type == Token.ENDMARKER && parsingStarted) {
            t = new Token(Token.NEWLINE, t.start, t.end, t.lineno, t.colOffset, t.endLineno, t.endColOffset, t.level, "");
            parsingStarted = false;
            if (tok.indent > 0 && !dontImplyDedent) {
                tok.pendin = -tok.indent;
                tok.indent = 0;
            }
        } else {
            parsingStarted = true;
        }
        if (fstringMode && t.endLineno == startingLineno) {
            t = new Token(t.type, t.start, t.end, t.lineno, t.colOffset < 0 ? t.colOffset : startingColOffset + t.colOffset,
                    t.endLineno, t.endColOffset < 0 ? t.endColOffset : startingColOffset + t.endColOffset, t.level, t.text);
        }
        if (fill == tokens.length) {
            tokens = Arrays.copyOf(tokens, fill * 2);
        }
        tokens[fill++] = t;
        if (t.type == Token.ERRORTOKEN) {
            tokenizerError = true;
            throw tokenizerErrorFor();
        }
    }

    private PythonSyntaxError fstringError(PythonSyntaxError e) {
        return new PythonSyntaxError(e.kind(), "f-string: " + e.msg(), e.filename(), e.lineno(), e.offset(),
                e.endLineno(), e.endOffset(), e.text());
    }

    /** pegen_errors.c's tokenizer_error: the errors the tokenizer leaves to the parser to raise. */
    private PythonSyntaxError tokenizerErrorFor() {
        PythonSyntaxError.Kind kind = PythonSyntaxError.Kind.SyntaxError;
        String msg;
        int col = -1;
        switch (tok.done) {
            case Tokenizer.E_EOF -> {
                if (tok.level > 0) {
                    return unclosedParenthesesError();
                }
                return raiseError(PythonSyntaxError.Kind.SyntaxError, "unexpected EOF while parsing");
            }
            case Tokenizer.E_DEDENT -> {
                return raiseError(PythonSyntaxError.Kind.IndentationError,
                        "unindent does not match any outer indentation level");
            }
            case Tokenizer.E_TABSPACE -> {
                kind = PythonSyntaxError.Kind.TabError;
                msg = "inconsistent use of tabs and spaces in indentation";
            }
            case Tokenizer.E_TOODEEP -> {
                kind = PythonSyntaxError.Kind.IndentationError;
                msg = "too many levels of indentation";
            }
            case Tokenizer.E_LINECONT -> {
                col = tok.cur - tok.lineStart - 1;
                msg = "unexpected character after line continuation character";
            }
            default -> msg = "unknown parsing error";
        }
        return raiseKnownLocation(kind, tok.lineno, col >= 0 ? col : 0, tok.lineno, -1, msg);
    }

    private Token peek() {
        if (mark == fill) {
            fillToken();
        }
        return tokens[mark];
    }

    private Token expect(int type) {
        Token t = peek();
        if (t.type == type) {
            mark++;
            return t;
        }
        return null;
    }

    private boolean at(int type) {
        return peek().type == type;
    }

    private boolean atAny(int... types) {
        int t = peek().type;
        for (int x : types) {
            if (x == t) {
                return true;
            }
        }
        return false;
    }

    /** _PyPegen_expect_forced_token: {@code &&'x'} in the grammar. */
    private Token expectForced(int type, String expected) {
        Token t = peek();
        if (t.type != type) {
            throw raiseKnownLocation(t, "expected '" + expected + "'");
        }
        mark++;
        return t;
    }

    private Token expectName() {
        return expect(Token.NAME);
    }

    private Token expectSoftKeyword(String kw) {
        Token t = peek();
        if (t.type == Token.NAME && t.text.equals(kw)) {
            mark++;
            return t;
        }
        return null;
    }

    private Token lastToken() {
        return tokens[mark - 1];
    }

    /** _PyPegen_get_last_nonnwhitespace_token: where EXTRA's end comes from. */
    private Token lastNonWhitespace() {
        Token t = null;
        for (int m = mark - 1; m >= 0; m--) {
            t = tokens[m];
            if (t.type != Token.ENDMARKER && (t.type < Token.NEWLINE || t.type > Token.DEDENT)) {
                break;
            }
        }
        return t;
    }

    private int endLn() {
        return lastNonWhitespace().endLineno;
    }

    private int endCol() {
        return lastNonWhitespace().endColOffset;
    }

    // ---------------------------------------------------------------- memo

    private record Memo(int rule, Object node, int end, Memo next) {}

    private Object memoGet(int rule) {
        Token t = peek();
        for (Memo m = (Memo) t.memo; m != null; m = m.next) {
            if (m.rule == rule) {
                mark = m.end;
                return m.node == null ? FAILED : m.node;
            }
        }
        return null;
    }

    private <T> T memoPut(int rule, int start, T node) {
        if (withoutInvalid) {
            return node;
        }
        Token t = tokens[start];
        t.memo = new Memo(rule, node, mark, (Memo) t.memo);
        return node;
    }

    // ---------------------------------------------------------------- errors (pegen_errors.c)

    PythonSyntaxError raiseKnownLocation(Located a, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno(), a.col_offset(), a.end_lineno(),
                a.end_col_offset(), msg);
    }

    PythonSyntaxError raiseKnownLocation(Token a, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno, a.colOffset, a.endLineno,
                a.endColOffset, msg);
    }

    private PythonSyntaxError raiseKnownRange(Located a, Located b, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno(), a.col_offset(), b.end_lineno(),
                b.end_col_offset(), msg);
    }

    private PythonSyntaxError raiseKnownRange(Token a, Token b, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno, a.colOffset, b.endLineno,
                b.endColOffset, msg);
    }

    private PythonSyntaxError raiseKnownRange(Token a, Located b, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno, a.colOffset, b.end_lineno(),
                b.end_col_offset(), msg);
    }

    private PythonSyntaxError raiseKnownRange(Located a, Token b, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno(), a.col_offset(), b.endLineno,
                b.endColOffset, msg);
    }

    private PythonSyntaxError raiseStartingFrom(Located a, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno(), a.col_offset(), CURRENT_POS,
                CURRENT_POS, msg);
    }

    private PythonSyntaxError raiseStartingFrom(Token a, String msg) {
        return raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno, a.colOffset, CURRENT_POS,
                CURRENT_POS, msg);
    }

    /** RAISE_ERROR_KNOWN_LOCATION: byte columns (0-based, -1 unknown) to CPython's 1-based offsets. */
    PythonSyntaxError raiseKnownLocation(PythonSyntaxError.Kind kind, int lineno, int col, int endLineno, int endCol,
            String msg) {
        int c = col == CURRENT_POS ? CURRENT_POS : col + 1;
        int ec = endCol == CURRENT_POS ? CURRENT_POS : endCol + 1;
        return errorAt(kind, lineno, c, endLineno, ec, msg);
    }

    /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read. */
    PythonSyntaxError raiseError(PythonSyntaxError.Kind kind, String msg) {
        Token t = tokens[fill - 1];
        int col;
        if (t.colOffset == -1) {
            col = tok.cur == 0 ? 0 : tok.cur - tok.lineStart;
        } else {
            col = t.colOffset + 1;
        }
        int endCol = t.endColOffset != -1 ? t.endColOffset + 1 : -1;
        return errorAt(kind, t.lineno, col, t.endLineno, endCol, msg);
    }

    private PythonSyntaxError syntaxError(String msg) {
        return raiseError(PythonSyntaxError.Kind.SyntaxError, msg);
    }

    /** _PyPegen_raise_error_known_location: 1-based byte offsets to character offsets in the line. */
    private PythonSyntaxError errorAt(PythonSyntaxError.Kind kind, int lineno, int col, int endLineno, int endCol,
            String msg) {
        if (fstringMode) {
            msg = "f-string: " + msg;
        }
        if (endLineno == CURRENT_POS) {
            endLineno = tok.lineno;
        }
        if (endCol == CURRENT_POS) {
            endCol = tok.cur - tok.lineStart;
        }
        byte[] line = lineBytes(lineno);
        if (fstringMode) {
            col -= startingColOffset;
            endCol -= startingColOffset;
        }
        int colNumber = byteOffsetToCharacterOffset(line, col);
        int endColNumber = endCol;
        if (endColNumber > 0) {
            endColNumber = byteOffsetToCharacterOffset(line, endCol);
        }
        String text = new String(line, StandardCharsets.UTF_8);
        return new PythonSyntaxError(kind, msg, filename, lineno, colNumber, endLineno, endColNumber, text);
    }

    private static int byteOffsetToCharacterOffset(byte[] line, int col) {
        int len = line.length;
        if (col > len + 1) {
            col = len + 1;
        }
        if (col <= 0) {
            return col;
        }
        if (col == len + 1) {
            String s = new String(line, StandardCharsets.UTF_8);
            return s.codePointCount(0, s.length()) + 1;
        }
        String s = new String(line, 0, col, StandardCharsets.UTF_8);
        return s.codePointCount(0, s.length());
    }

    /**
     * The error's source line as pegen_errors.c finds it: the line the tokenizer is on (with its
     * newline) if the error is not before it, else line {@code lineno} of the source without its newline.
     */
    private byte[] lineBytes(int lineno) {
        if (tok.lineno <= lineno && tok.inp > tok.lineStart) {
            return Arrays.copyOfRange(tok.buf, tok.lineStart, tok.inp);
        }
        byte[] line = sourceLine(lineno);
        int n = line.length;
        return n > 0 && line[n - 1] == '\n' ? Arrays.copyOf(line, n - 1) : line;
    }

    private byte[] sourceLine(int lineno) {
        byte[] buf = tok.buf;
        int line = fstringMode ? startingLineno : 1;
        int i = 0;
        while (line < lineno && i < buf.length) {
            if (buf[i] == '\n') {
                line++;
            }
            i++;
        }
        if (line < lineno) {
            return new byte[0];
        }
        int e = i;
        while (e < buf.length && buf[e] != '\n') {
            e++;
        }
        if (e < buf.length) {
            e++;
        }
        return Arrays.copyOfRange(buf, i, e);
    }

    // ---------------------------------------------------------------- node helpers

    private static final int R_SIMPLE_STMT = 1, R_BLOCK = 2, R_EXPRESSION = 3, R_STAR_EXPRESSION = 4,
            R_DISJUNCTION = 5, R_CONJUNCTION = 6, R_INVERSION = 7, R_FACTOR = 8, R_AWAIT_PRIMARY = 9,
            R_STRINGS = 10, R_ARGUMENTS = 11, R_STAR_TARGET = 12, R_TARGET_WITH_STAR_ATOM = 13, R_DEL_TARGET = 14,
            R_CLOSED_PATTERN = 15, R_STAR_PATTERN = 16, R_INVALID_NAMED_EXPRESSION = 17, R_BITWISE_OR = 18,
            R_PRIMARY = 19, R_T_PRIMARY = 20;

    private static Expr.Name name(Token t, ExprContext ctx) {
        return new Expr.Name(t.text, ctx, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** _PyPegen_set_expr_context. */
    static Expr setContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
            case Expr.Tuple t -> new Expr.Tuple(setContexts(t.elts(), ctx), ctx, t.lineno(), t.col_offset(),
                    t.end_lineno(), t.end_col_offset());
            case Expr.List l -> new Expr.List(setContexts(l.elts(), ctx), ctx, l.lineno(), l.col_offset(),
                    l.end_lineno(), l.end_col_offset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(),
                    a.end_lineno(), a.end_col_offset());
            case Expr.Starred s -> new Expr.Starred(setContext(s.value(), ctx), ctx, s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
            default -> e;
        };
    }

    private static List<Expr> setContexts(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(setContext(e, ctx));
        }
        return out;
    }

    private static <T> List<T> prepend(T first, List<T> rest) {
        List<T> out = new ArrayList<>(rest == null ? 1 : rest.size() + 1);
        out.add(first);
        if (rest != null) {
            out.addAll(rest);
        }
        return out;
    }

    // ---------------------------------------------------------------- start rules

    Mod.Module file() {
        int m = mark;
        List<Stmt> a = statements();
        if (a == null) {
            a = List.of();
        }
        if (expect(Token.ENDMARKER) != null) {
            return new Mod.Module(a, List.of());
        }
        mark = m;
        return null;
    }

    Mod.Expression eval() {
        int m = mark;
        Expr a = expressions();
        if (a != null) {
            while (expect(Token.NEWLINE) != null) {
                // NEWLINE*
            }
            if (expect(Token.ENDMARKER) != null) {
                return new Mod.Expression(a);
            }
        }
        mark = m;
        return null;
    }

    /** 'single' mode: one statement, and nothing after it but blank lines and comments. */
    Mod.Interactive single() {
        singleMode = true;
        Mod.Interactive m = run(this::interactive);
        if (badSingleStatement()) {
            throw syntaxError("multiple statements found while compiling a single statement");
        }
        return m;
    }

    /** pegen.c's bad_single_statement: is there more than whitespace and comments after the statement? */
    private boolean badSingleStatement() {
        byte[] b = tok.buf;
        int i = tok.cur;
        for (;;) {
            while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\014')) {
                i++;
            }
            if (i >= b.length) {
                return false;
            }
            if (b[i] != '#') {
                return true;
            }
            while (i < b.length && b[i] != '\n') {
                i++;
            }
        }
    }

    Mod.Interactive interactive() {
        List<Stmt> a = statementNewline();
        return a == null ? null : new Mod.Interactive(a);
    }

    /** fstring: star_expressions (the expression inside an f-string's braces). */
    Expr fstring() {
        return starExpressions();
    }

    // ---------------------------------------------------------------- statements

    private List<Stmt> statements() {
        List<Stmt> out = null;
        for (;;) {
            List<Stmt> s = statement();
            if (s == null) {
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(s);
        }
        return out;
    }

    private List<Stmt> statement() {
        Stmt c = compoundStmt();
        if (c != null) {
            return List.of(c);
        }
        return simpleStmts();
    }

    private List<Stmt> statementNewline() {
        int m = mark;
        Stmt c = compoundStmt();
        if (c != null && expect(Token.NEWLINE) != null) {
            return List.of(c);
        }
        mark = m;
        List<Stmt> s = simpleStmts();
        if (s != null) {
            return s;
        }
        Token t = peek();
        if (expect(Token.NEWLINE) != null) {
            return List.of(new Stmt.Pass(t.lineno, t.colOffset, endLn(), endCol()));
        }
        return null;
    }

    private List<Stmt> simpleStmts() {
        int m = mark;
        Stmt a = simpleStmt();
        if (a != null && !at(Token.SEMI) && expect(Token.NEWLINE) != null) {
            return List.of(a);
        }
        mark = m;
        List<Stmt> out = new ArrayList<>();
        a = simpleStmt();
        if (a == null) {
            return null;
        }
        out.add(a);
        for (;;) {
            int m2 = mark;
            if (expect(Token.SEMI) == null) {
                break;
            }
            Stmt b = simpleStmt();
            if (b == null) {
                mark = m2;
                break;
            }
            out.add(b);
        }
        expect(Token.SEMI);
        if (expect(Token.NEWLINE) != null) {
            return out;
        }
        mark = m;
        return null;
    }

    private Stmt simpleStmt() {
        Object memo = memoGet(R_SIMPLE_STMT);
        if (memo != null) {
            return memo == FAILED ? null : (Stmt) memo;
        }
        int start = mark;
        return memoPut(R_SIMPLE_STMT, start, simpleStmtRaw());
    }

    private Stmt simpleStmtRaw() {
        int m = mark;
        Token s = peek();
        Stmt a = assignment();
        if (a != null) {
            return a;
        }
        mark = m;
        Expr e = starExpressions();
        if (e != null) {
            return new Stmt.Expr(e, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        switch (s.type) {
            case Token.RETURN -> {
                return returnStmt();
            }
            case Token.IMPORT, Token.FROM -> {
                return importStmt();
            }
            case Token.RAISE -> {
                return raiseStmt();
            }
            case Token.PASS -> {
                mark++;
                return new Stmt.Pass(s.lineno, s.colOffset, endLn(), endCol());
            }
            case Token.DEL -> {
                return delStmt();
            }
            case Token.YIELD -> {
                Expr y = yieldExpr();
                return y == null ? null : new Stmt.Expr(y, s.lineno, s.colOffset, endLn(), endCol());
            }
            case Token.ASSERT -> {
                return assertStmt();
            }
            case Token.BREAK -> {
                mark++;
                return new Stmt.Break(s.lineno, s.colOffset, endLn(), endCol());
            }
            case Token.CONTINUE -> {
                mark++;
                return new Stmt.Continue(s.lineno, s.colOffset, endLn(), endCol());
            }
            case Token.GLOBAL, Token.NONLOCAL -> {
                mark++;
                List<String> names = new ArrayList<>();
                Token n = expectName();
                if (n == null) {
                    mark = m;
                    return null;
                }
                names.add(n.text);
                for (;;) {
                    int m2 = mark;
                    if (expect(Token.COMMA) == null) {
                        break;
                    }
                    n = expectName();
                    if (n == null) {
                        mark = m2;
                        break;
                    }
                    names.add(n.text);
                }
                return s.type == Token.GLOBAL ? new Stmt.Global(names, s.lineno, s.colOffset, endLn(), endCol())
                        : new Stmt.Nonlocal(names, s.lineno, s.colOffset, endLn(), endCol());
            }
            default -> {
                return null;
            }
        }
    }

    private Stmt compoundStmt() {
        Token s = peek();
        switch (s.type) {
            case Token.DEF -> {
                return functionDef();
            }
            case Token.AT -> {
                int m = mark;
                Stmt f = functionDef();
                if (f != null) {
                    return f;
                }
                mark = m;
                return classDef();
            }
            case Token.ASYNC -> {
                int m = mark;
                Stmt r = functionDef();
                if (r != null) {
                    return r;
                }
                mark = m;
                r = withStmt();
                if (r != null) {
                    return r;
                }
                mark = m;
                return forStmt();
            }
            case Token.IF -> {
                return ifStmt();
            }
            case Token.CLASS -> {
                return classDef();
            }
            case Token.WITH -> {
                return withStmt();
            }
            case Token.FOR -> {
                return forStmt();
            }
            case Token.TRY -> {
                return tryStmt();
            }
            case Token.WHILE -> {
                return whileStmt();
            }
            default -> {
                return matchStmt();
            }
        }
    }

    private Stmt assignment() {
        int m = mark;
        Token s = peek();
        // NAME ':' expression ['=' annotated_rhs]
        Token n = expectName();
        if (n != null && expect(Token.COLON) != null) {
            Expr b = expression();
            if (b != null) {
                Expr c = optionalAssignedValue();
                return new Stmt.AnnAssign(name(n, ExprContext.Store), b, c, 1, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr a = null;
        if (expect(Token.LPAR) != null) {
            a = singleTarget();
            if (a == null || expect(Token.RPAR) == null) {
                a = null;
            }
        }
        if (a == null) {
            mark = m;
            a = singleSubscriptAttributeTarget();
        }
        if (a != null && expect(Token.COLON) != null) {
            Expr b = expression();
            if (b != null) {
                Expr c = optionalAssignedValue();
                return new Stmt.AnnAssign(a, b, c, 0, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        List<Expr> targets = new ArrayList<>();
        for (;;) {
            int m2 = mark;
            Expr t = starTargets();
            if (t == null || expect(Token.EQUAL) == null) {
                mark = m2;
                break;
            }
            targets.add(t);
        }
        if (!targets.isEmpty()) {
            Expr v = yieldExpr();
            if (v == null) {
                v = starExpressions();
            }
            if (v != null && !at(Token.EQUAL)) {
                return new Stmt.Assign(targets, v, null, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr t = singleTarget();
        if (t != null) {
            Operator op = augassign();
            if (op != null) {
                Expr v = yieldExpr();
                if (v == null) {
                    v = starExpressions();
                }
                if (v != null) {
                    return new Stmt.AugAssign(t, op, v, s.lineno, s.colOffset, endLn(), endCol());
                }
                mark = m;
                return null; // cut
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidAssignment();
            mark = m;
        }
        return null;
    }

    private Expr optionalAssignedValue() {
        int m = mark;
        if (expect(Token.EQUAL) != null) {
            Expr d = annotatedRhs();
            if (d != null) {
                return d;
            }
        }
        mark = m;
        return null;
    }

    private Expr annotatedRhs() {
        Expr y = yieldExpr();
        return y != null ? y : starExpressions();
    }

    private Operator augassign() {
        Operator op = switch (peek().type) {
            case Token.PLUSEQUAL -> Operator.Add;
            case Token.MINEQUAL -> Operator.Sub;
            case Token.STAREQUAL -> Operator.Mult;
            case Token.ATEQUAL -> Operator.MatMult;
            case Token.SLASHEQUAL -> Operator.Div;
            case Token.PERCENTEQUAL -> Operator.Mod;
            case Token.AMPEREQUAL -> Operator.BitAnd;
            case Token.VBAREQUAL -> Operator.BitOr;
            case Token.CIRCUMFLEXEQUAL -> Operator.BitXor;
            case Token.LEFTSHIFTEQUAL -> Operator.LShift;
            case Token.RIGHTSHIFTEQUAL -> Operator.RShift;
            case Token.DOUBLESTAREQUAL -> Operator.Pow;
            case Token.DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
        if (op != null) {
            mark++;
        }
        return op;
    }

    private Stmt returnStmt() {
        Token s = expect(Token.RETURN);
        if (s == null) {
            return null;
        }
        Expr a = starExpressions();
        return new Stmt.Return(a, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Stmt raiseStmt() {
        int m = mark;
        Token s = expect(Token.RAISE);
        if (s == null) {
            return null;
        }
        Expr a = expression();
        if (a != null) {
            Expr b = null;
            int m2 = mark;
            if (expect(Token.FROM) != null) {
                b = expression();
                if (b == null) {
                    mark = m2;
                }
            }
            return new Stmt.Raise(a, b, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        expect(Token.RAISE);
        return new Stmt.Raise(null, null, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Stmt delStmt() {
        int m = mark;
        Token s = expect(Token.DEL);
        List<Expr> a = delTargets();
        if (a != null && atAny(Token.SEMI, Token.NEWLINE)) {
            return new Stmt.Delete(a, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        if (callInvalidRules) {
            expect(Token.DEL);
            Expr e = starExpressions();
            if (e != null) {
                invalidTarget(TargetsType.DEL_TARGETS, e);
            }
            mark = m;
        }
        return null;
    }

    private Stmt assertStmt() {
        Token s = expect(Token.ASSERT);
        Expr a = expression();
        if (a == null) {
            mark--;
            return null;
        }
        Expr b = null;
        int m2 = mark;
        if (expect(Token.COMMA) != null) {
            b = expression();
            if (b == null) {
                mark = m2;
            }
        }
        return new Stmt.Assert(a, b, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Stmt importStmt() {
        int m = mark;
        Token s = peek();
        if (expect(Token.IMPORT) != null) {
            List<Alias> names = dottedAsNames();
            if (names != null) {
                return new Stmt.Import(names, s.lineno, s.colOffset, endLn(), endCol());
            }
            mark = m;
            return null;
        }
        if (expect(Token.FROM) == null) {
            return null;
        }
        int dots = importDots();
        int m2 = mark;
        Expr.Name b = dottedName();
        if (b != null && expect(Token.IMPORT) != null) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return new Stmt.ImportFrom(b.id(), c, dots, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m2;
        if (dots > 0 && expect(Token.IMPORT) != null) {
            List<Alias> c = importFromTargets();
            if (c != null) {
                return new Stmt.ImportFrom(null, c, dots, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private int importDots() {
        int n = 0;
        for (;;) {
            if (expect(Token.DOT) != null) {
                n++;
            } else if (expect(Token.ELLIPSIS) != null) {
                n += 3;
            } else {
                return n;
            }
        }
    }

    private List<Alias> importFromTargets() {
        int m = mark;
        if (expect(Token.LPAR) != null) {
            List<Alias> a = importFromAsNames();
            if (a != null) {
                expect(Token.COMMA);
                if (expect(Token.RPAR) != null) {
                    return a;
                }
            }
            mark = m;
        }
        List<Alias> a = importFromAsNames();
        if (a != null && !at(Token.COMMA)) {
            return a;
        }
        mark = m;
        Token s = expect(Token.STAR);
        if (s != null) {
            return List.of(new Alias("*", null, s.lineno, s.colOffset, endLn(), endCol()));
        }
        if (callInvalidRules) {
            if (importFromAsNames() != null && expect(Token.COMMA) != null && at(Token.NEWLINE)) {
                mark++;
                throw syntaxError("trailing comma not allowed without surrounding parentheses");
            }
            mark = m;
        }
        return null;
    }

    private List<Alias> importFromAsNames() {
        List<Alias> out = new ArrayList<>();
        Alias a = importFromAsName();
        if (a == null) {
            return null;
        }
        out.add(a);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            a = importFromAsName();
            if (a == null) {
                mark = m;
                break;
            }
            out.add(a);
        }
        return out;
    }

    private Alias importFromAsName() {
        Token n = expectName();
        if (n == null) {
            return null;
        }
        String as = asName();
        return new Alias(n.text, as, n.lineno, n.colOffset, endLn(), endCol());
    }

    private String asName() {
        int m = mark;
        if (expect(Token.AS) != null) {
            Token z = expectName();
            if (z != null) {
                return z.text;
            }
        }
        mark = m;
        return null;
    }

    private List<Alias> dottedAsNames() {
        List<Alias> out = new ArrayList<>();
        Alias a = dottedAsName();
        if (a == null) {
            return null;
        }
        out.add(a);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            a = dottedAsName();
            if (a == null) {
                mark = m;
                break;
            }
            out.add(a);
        }
        return out;
    }

    private Alias dottedAsName() {
        Token s = peek();
        Expr.Name a = dottedName();
        if (a == null) {
            return null;
        }
        String as = asName();
        return new Alias(a.id(), as, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Expr.Name dottedName() {
        Token n = expectName();
        if (n == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n.text);
        Token last = n;
        for (;;) {
            int m = mark;
            if (expect(Token.DOT) == null) {
                break;
            }
            Token b = expectName();
            if (b == null) {
                mark = m;
                break;
            }
            sb.append('.').append(b.text);
            last = b;
        }
        return new Expr.Name(sb.toString(), ExprContext.Load, n.lineno, n.colOffset, last.endLineno, last.endColOffset);
    }

    private List<Stmt> block() {
        Object memo = memoGet(R_BLOCK);
        if (memo != null) {
            @SuppressWarnings("unchecked")
            List<Stmt> r = memo == FAILED ? null : (List<Stmt>) memo;
            return r;
        }
        int start = mark;
        return memoPut(R_BLOCK, start, blockRaw());
    }

    private List<Stmt> blockRaw() {
        int m = mark;
        if (expect(Token.NEWLINE) != null && expect(Token.INDENT) != null) {
            List<Stmt> a = statements();
            if (a != null && expect(Token.DEDENT) != null) {
                return a;
            }
        }
        mark = m;
        List<Stmt> s = simpleStmts();
        if (s != null) {
            return s;
        }
        if (callInvalidRules) {
            if (expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                throw raiseError(PythonSyntaxError.Kind.IndentationError, "expected an indented block");
            }
            mark = m;
        }
        return null;
    }

    private List<Expr> decorators() {
        List<Expr> out = null;
        for (;;) {
            int m = mark;
            if (expect(Token.AT) == null) {
                break;
            }
            Expr f = namedExpression();
            if (f == null || expect(Token.NEWLINE) == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(f);
        }
        return out;
    }

    private Stmt classDef() {
        int m = mark;
        List<Expr> d = decorators();
        if (d != null) {
            Stmt.ClassDef c = classDefRaw();
            if (c != null) {
                return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), d, c.lineno(), c.col_offset(),
                        c.end_lineno(), c.end_col_offset());
            }
            mark = m;
            return null;
        }
        return classDefRaw();
    }

    private Stmt.ClassDef classDefRaw() {
        int m = mark;
        if (callInvalidRules) {
            invalidClassDefRaw();
            mark = m;
        }
        Token s = expect(Token.CLASS);
        if (s == null) {
            return null;
        }
        Token n = expectName();
        if (n == null) {
            mark = m;
            return null;
        }
        Expr.Call b = null;
        int m2 = mark;
        if (expect(Token.LPAR) != null) {
            Expr.Call z = arguments();
            if (expect(Token.RPAR) != null) {
                b = z != null ? z : new Expr.Call(null, List.of(), List.of(), 0, 0, 0, 0);
            } else {
                mark = m2;
            }
        }
        if (expect(Token.COLON) == null) {
            mark = m;
            return null;
        }
        List<Stmt> c = block();
        if (c == null) {
            mark = m;
            return null;
        }
        return new Stmt.ClassDef(n.text, b == null ? List.of() : b.args(), b == null ? List.of() : b.keywords(), c,
                List.of(), s.lineno, s.colOffset, endLn(), endCol());
    }

    private Stmt functionDef() {
        int m = mark;
        List<Expr> d = decorators();
        if (d != null) {
            Stmt f = functionDefRaw();
            if (f != null) {
                return switch (f) {
                    case Stmt.FunctionDef x -> new Stmt.FunctionDef(x.name(), x.args(), x.body(), d, x.returns(),
                            x.type_comment(), x.lineno(), x.col_offset(), x.end_lineno(), x.end_col_offset());
                    case Stmt.AsyncFunctionDef x -> new Stmt.AsyncFunctionDef(x.name(), x.args(), x.body(), d,
                            x.returns(), x.type_comment(), x.lineno(), x.col_offset(), x.end_lineno(), x.end_col_offset());
                    default -> throw new IllegalStateException();
                };
            }
            mark = m;
            return null;
        }
        return functionDefRaw();
    }

    private Stmt functionDefRaw() {
        int m = mark;
        if (callInvalidRules) {
            invalidDefRaw();
            mark = m;
        }
        Token s = peek();
        boolean async = expect(Token.ASYNC) != null;
        if (expect(Token.DEF) == null) {
            mark = m;
            return null;
        }
        Token n = expectName();
        if (n == null) {
            mark = m;
            return null;
        }
        expectForced(Token.LPAR, "(");
        Arguments params = params();
        if (expect(Token.RPAR) == null) {
            mark = m;
            return null;
        }
        Expr returns = null;
        int m2 = mark;
        if (expect(Token.RARROW) != null) {
            returns = expression();
            if (returns == null) {
                mark = m2;
            }
        }
        expectForced(Token.COLON, ":");
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        if (params == null) {
            params = emptyArguments();
        }
        return async
                ? new Stmt.AsyncFunctionDef(n.text, params, b, List.of(), returns, null, s.lineno, s.colOffset, endLn(), endCol())
                : new Stmt.FunctionDef(n.text, params, b, List.of(), returns, null, s.lineno, s.colOffset, endLn(), endCol());
    }

    private static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    // ---------------------------------------------------------------- parameters

    private record NameDefault(Arg arg, Expr value) {}

    private record SlashWithDefault(List<Arg> plainNames, List<NameDefault> namesWithDefaults) {}

    private record StarEtc(Arg vararg, List<NameDefault> kwonlyargs, Arg kwarg) {}

    /** Parameters of def (lambda = false) or lambda (lambda = true): the grammar's two rule families. */
    private Arguments params() {
        return params(false);
    }

    private Arguments params(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            if (lambda) {
                invalidLambdaParameters();
            } else {
                invalidParameters();
            }
            mark = m;
        }
        return parameters(lambda);
    }

    private Arguments parameters(boolean lambda) {
        int m = mark;
        List<Arg> a = slashNoDefault(lambda);
        if (a != null) {
            List<Arg> b = paramNoDefaultStar(lambda);
            List<NameDefault> c = paramWithDefaultStar(lambda);
            StarEtc d = starEtc(lambda);
            return makeArguments(a, null, b, c, d);
        }
        mark = m;
        SlashWithDefault sw = slashWithDefault(lambda);
        if (sw != null) {
            List<NameDefault> b = paramWithDefaultStar(lambda);
            StarEtc c = starEtc(lambda);
            return makeArguments(null, sw, null, b, c);
        }
        mark = m;
        List<Arg> pn = paramNoDefaultStar(lambda);
        if (!pn.isEmpty()) {
            List<NameDefault> b = paramWithDefaultStar(lambda);
            StarEtc c = starEtc(lambda);
            return makeArguments(null, null, pn, b, c);
        }
        mark = m;
        List<NameDefault> pw = paramWithDefaultStar(lambda);
        if (!pw.isEmpty()) {
            StarEtc c = starEtc(lambda);
            return makeArguments(null, null, null, pw, c);
        }
        mark = m;
        StarEtc se = starEtc(lambda);
        if (se != null) {
            return makeArguments(null, null, null, null, se);
        }
        mark = m;
        return null;
    }

    /** _PyPegen_make_arguments. */
    private static Arguments makeArguments(List<Arg> slashWithoutDefault, SlashWithDefault slashWithDefault,
            List<Arg> plainNames, List<NameDefault> namesWithDefault, StarEtc starEtc) {
        List<Arg> posonly = new ArrayList<>();
        if (slashWithoutDefault != null) {
            posonly.addAll(slashWithoutDefault);
        } else if (slashWithDefault != null) {
            posonly.addAll(slashWithDefault.plainNames());
            for (NameDefault nd : slashWithDefault.namesWithDefaults()) {
                posonly.add(nd.arg());
            }
        }
        List<Arg> posargs = new ArrayList<>();
        if (plainNames != null) {
            posargs.addAll(plainNames);
        }
        if (namesWithDefault != null) {
            for (NameDefault nd : namesWithDefault) {
                posargs.add(nd.arg());
            }
        }
        List<Expr> posdefaults = new ArrayList<>();
        if (slashWithDefault != null) {
            for (NameDefault nd : slashWithDefault.namesWithDefaults()) {
                posdefaults.add(nd.value());
            }
        }
        if (namesWithDefault != null) {
            for (NameDefault nd : namesWithDefault) {
                posdefaults.add(nd.value());
            }
        }
        Arg vararg = starEtc != null ? starEtc.vararg() : null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwdefaults = new ArrayList<>();
        if (starEtc != null && starEtc.kwonlyargs() != null) {
            for (NameDefault nd : starEtc.kwonlyargs()) {
                kwonly.add(nd.arg());
                kwdefaults.add(nd.value());
            }
        }
        Arg kwarg = starEtc != null ? starEtc.kwarg() : null;
        return new Arguments(posonly, posargs, vararg, kwonly, kwdefaults, kwarg, posdefaults);
    }

    private int paramEnd(boolean lambda) {
        return lambda ? Token.COLON : Token.RPAR;
    }

    private List<Arg> slashNoDefault(boolean lambda) {
        int m = mark;
        List<Arg> a = paramNoDefaultStar(lambda);
        if (!a.isEmpty() && expect(Token.SLASH) != null) {
            if (expect(Token.COMMA) != null || at(paramEnd(lambda))) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    private SlashWithDefault slashWithDefault(boolean lambda) {
        int m = mark;
        List<Arg> a = paramNoDefaultStar(lambda);
        List<NameDefault> b = paramWithDefaultStar(lambda);
        if (!b.isEmpty() && expect(Token.SLASH) != null) {
            if (expect(Token.COMMA) != null || at(paramEnd(lambda))) {
                return new SlashWithDefault(a, b);
            }
        }
        mark = m;
        return null;
    }

    private StarEtc starEtc(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            if (lambda) {
                invalidLambdaStarEtc();
            } else {
                invalidStarEtc();
            }
            mark = m;
        }
        if (expect(Token.STAR) != null) {
            Arg a = paramNoDefault(lambda);
            if (a != null) {
                List<NameDefault> b = paramMaybeDefaultStar(lambda);
                Arg c = kwds(lambda);
                return new StarEtc(a, b, c);
            }
            if (!lambda) {
                a = paramNoDefaultStarAnnotation();
                if (a != null) {
                    List<NameDefault> b = paramMaybeDefaultStar(lambda);
                    Arg c = kwds(lambda);
                    return new StarEtc(a, b, c);
                }
            }
            if (expect(Token.COMMA) != null) {
                List<NameDefault> b = paramMaybeDefaultStar(lambda);
                if (!b.isEmpty()) {
                    Arg c = kwds(lambda);
                    return new StarEtc(null, b, c);
                }
            }
        }
        mark = m;
        Arg k = kwds(lambda);
        if (k != null) {
            return new StarEtc(null, null, k);
        }
        mark = m;
        return null;
    }

    private Arg kwds(boolean lambda) {
        int m = mark;
        if (callInvalidRules) {
            invalidKwds(lambda);
            mark = m;
        }
        if (expect(Token.DOUBLESTAR) != null) {
            Arg a = paramNoDefault(lambda);
            if (a != null) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    private List<Arg> paramNoDefaultStar(boolean lambda) {
        List<Arg> out = new ArrayList<>();
        for (Arg a; (a = paramNoDefault(lambda)) != null; ) {
            out.add(a);
        }
        return out;
    }

    private List<NameDefault> paramWithDefaultStar(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        for (NameDefault a; (a = paramWithDefault(lambda)) != null; ) {
            out.add(a);
        }
        return out;
    }

    private List<NameDefault> paramMaybeDefaultStar(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        for (NameDefault a; (a = paramMaybeDefault(lambda)) != null; ) {
            out.add(a);
        }
        return out;
    }

    private Arg paramNoDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda);
        if (a != null) {
            if (expect(Token.COMMA) != null || at(paramEnd(lambda))) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    private Arg paramNoDefaultStarAnnotation() {
        int m = mark;
        Token n = expectName();
        if (n != null && expect(Token.COLON) != null) {
            Expr b = starExpression();
            if (b != null) {
                Arg a = new Arg(n.text, b, null, n.lineno, n.colOffset, endLn(), endCol());
                if (expect(Token.COMMA) != null || at(Token.RPAR)) {
                    return a;
                }
            }
        }
        mark = m;
        return null;
    }

    private NameDefault paramWithDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda);
        if (a != null) {
            Expr c = defaultValue();
            if (c != null && (expect(Token.COMMA) != null || at(paramEnd(lambda)))) {
                return new NameDefault(a, c);
            }
        }
        mark = m;
        return null;
    }

    private NameDefault paramMaybeDefault(boolean lambda) {
        int m = mark;
        Arg a = param(lambda);
        if (a != null) {
            Expr c = defaultValue();
            if (expect(Token.COMMA) != null || at(paramEnd(lambda))) {
                return new NameDefault(a, c);
            }
        }
        mark = m;
        return null;
    }

    private Arg param(boolean lambda) {
        Token n = expectName();
        if (n == null) {
            return null;
        }
        Expr ann = null;
        if (!lambda) {
            int m = mark;
            if (expect(Token.COLON) != null) {
                ann = expression();
                if (ann == null) {
                    mark = m;
                }
            }
        }
        return new Arg(n.text, ann, null, n.lineno, n.colOffset, endLn(), endCol());
    }

    private Expr defaultValue() {
        int m = mark;
        if (expect(Token.EQUAL) != null) {
            Expr a = expression();
            if (a != null) {
                return a;
            }
        }
        mark = m;
        if (callInvalidRules) {
            Token a = expect(Token.EQUAL);
            if (a != null && atAny(Token.RPAR, Token.COMMA)) {
                throw raiseKnownLocation(a, "expected default value expression");
            }
            mark = m;
        }
        return null;
    }

    // ---------------------------------------------------------------- compound statements

    private Stmt ifStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidIfStmt(Token.IF, "if");
            mark = m;
        }
        return ifTail(Token.IF);
    }

    /** if_stmt / elif_stmt: keyword named_expression ':' block (elif_stmt | [else_block]). */
    private Stmt ifTail(int keyword) {
        int m = mark;
        Token s = expect(keyword);
        if (s == null) {
            return null;
        }
        Expr a = namedExpression();
        if (a == null || expect(Token.COLON) == null) {
            mark = m;
            return null;
        }
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        int m2 = mark;
        Stmt c = elifStmt();
        if (c != null) {
            return new Stmt.If(a, b, List.of(c), s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m2;
        List<Stmt> e = elseBlock();
        return new Stmt.If(a, b, e == null ? List.of() : e, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Stmt elifStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidIfStmt(Token.ELIF, "elif");
            mark = m;
        }
        return ifTail(Token.ELIF);
    }

    private List<Stmt> elseBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(Token.ELSE);
            if (a != null && expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                throw raiseError(PythonSyntaxError.Kind.IndentationError,
                        "expected an indented block after 'else' statement on line " + a.lineno);
            }
            mark = m;
        }
        if (expect(Token.ELSE) == null) {
            return null;
        }
        expectForced(Token.COLON, ":");
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
        }
        return b;
    }

    private Stmt whileStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidIfStmt(Token.WHILE, "while");
            mark = m;
        }
        Token s = expect(Token.WHILE);
        Expr a = namedExpression();
        if (a == null || expect(Token.COLON) == null) {
            mark = m;
            return null;
        }
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        List<Stmt> c = elseBlock();
        return new Stmt.While(a, b, c == null ? List.of() : c, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Stmt forStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidForStmt();
            mark = m;
        }
        Token s = peek();
        boolean async = expect(Token.ASYNC) != null;
        if (expect(Token.FOR) != null) {
            Expr t = starTargets();
            if (t != null && expect(Token.IN) != null) {
                // cut
                Expr ex = starExpressions();
                if (ex != null && expect(Token.COLON) != null) {
                    List<Stmt> b = block();
                    if (b != null) {
                        List<Stmt> el = elseBlock();
                        if (el == null) {
                            el = List.of();
                        }
                        return async
                                ? new Stmt.AsyncFor(t, ex, b, el, null, s.lineno, s.colOffset, endLn(), endCol())
                                : new Stmt.For(t, ex, b, el, null, s.lineno, s.colOffset, endLn(), endCol());
                    }
                }
                mark = m;
                return null;
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForTarget();
            mark = m;
        }
        return null;
    }

    private Stmt withStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidWithStmtIndent();
            mark = m;
        }
        Token s = peek();
        boolean async = expect(Token.ASYNC) != null;
        if (expect(Token.WITH) == null) {
            mark = m;
            return null;
        }
        int afterWith = mark;
        if (expect(Token.LPAR) != null) {
            List<WithItem> a = withItems();
            if (a != null) {
                expect(Token.COMMA);
                if (expect(Token.RPAR) != null && expect(Token.COLON) != null) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return async ? new Stmt.AsyncWith(a, b, null, s.lineno, s.colOffset, endLn(), endCol())
                                : new Stmt.With(a, b, null, s.lineno, s.colOffset, endLn(), endCol());
                    }
                }
            }
        }
        mark = afterWith;
        List<WithItem> a = withItems();
        if (a != null && expect(Token.COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                return async ? new Stmt.AsyncWith(a, b, null, s.lineno, s.colOffset, endLn(), endCol())
                        : new Stmt.With(a, b, null, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidWithStmt();
            mark = m;
        }
        return null;
    }

    private List<WithItem> withItems() {
        List<WithItem> out = new ArrayList<>();
        WithItem w = withItem();
        if (w == null) {
            return null;
        }
        out.add(w);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            w = withItem();
            if (w == null) {
                mark = m;
                break;
            }
            out.add(w);
        }
        return out;
    }

    private WithItem withItem() {
        int m = mark;
        Expr e = expression();
        if (e != null && expect(Token.AS) != null) {
            Expr t = starTarget();
            if (t != null && atAny(Token.COMMA, Token.RPAR, Token.COLON)) {
                return new WithItem(e, t);
            }
        }
        mark = m;
        if (callInvalidRules) {
            if (expression() != null && expect(Token.AS) != null) {
                Expr a = expression();
                if (a != null && atAny(Token.COMMA, Token.RPAR, Token.COLON)) {
                    invalidTarget(TargetsType.STAR_TARGETS, a);
                }
            }
            mark = m;
        }
        e = expression();
        if (e != null) {
            return new WithItem(e, null);
        }
        return null;
    }

    private Stmt tryStmt() {
        int m = mark;
        if (callInvalidRules) {
            invalidTryStmt();
            mark = m;
        }
        Token s = expect(Token.TRY);
        expectForced(Token.COLON, ":");
        List<Stmt> b = block();
        if (b == null) {
            mark = m;
            return null;
        }
        int afterBody = mark;
        List<Stmt> f = finallyBlock();
        if (f != null) {
            return new Stmt.Try(b, List.of(), List.of(), f, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = afterBody;
        List<ExceptHandler> ex = new ArrayList<>();
        for (ExceptHandler h; (h = exceptBlock()) != null; ) {
            ex.add(h);
        }
        if (!ex.isEmpty()) {
            List<Stmt> el = elseBlock();
            f = finallyBlock();
            return new Stmt.Try(b, ex, el == null ? List.of() : el, f == null ? List.of() : f, s.lineno, s.colOffset,
                    endLn(), endCol());
        }
        mark = afterBody;
        for (ExceptHandler h; (h = exceptStarBlock()) != null; ) {
            ex.add(h);
        }
        if (!ex.isEmpty()) {
            List<Stmt> el = elseBlock();
            f = finallyBlock();
            return new Stmt.TryStar(b, ex, el == null ? List.of() : el, f == null ? List.of() : f, s.lineno,
                    s.colOffset, endLn(), endCol());
        }
        mark = m;
        return null;
    }

    private ExceptHandler exceptBlock() {
        int m = mark;
        if (callInvalidRules) {
            invalidExceptStmtIndent();
            mark = m;
        }
        Token s = expect(Token.EXCEPT);
        if (s == null) {
            return null;
        }
        Expr e = expression();
        if (e != null) {
            String t = asName();
            if (expect(Token.COLON) != null) {
                List<Stmt> b = block();
                if (b != null) {
                    return new ExceptHandler(e, t, b, s.lineno, s.colOffset, endLn(), endCol());
                }
            }
        }
        mark = m + 1;
        if (expect(Token.COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                return new ExceptHandler(null, null, b, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidExceptStmt();
            mark = m;
        }
        return null;
    }

    private ExceptHandler exceptStarBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(Token.EXCEPT);
            if (a != null && expect(Token.STAR) != null && expression() != null) {
                asName();
                if (expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                    throw raiseError(PythonSyntaxError.Kind.IndentationError,
                            "expected an indented block after 'except*' statement on line " + a.lineno);
                }
            }
            mark = m;
        }
        Token s = expect(Token.EXCEPT);
        if (s != null && expect(Token.STAR) != null) {
            Expr e = expression();
            if (e != null) {
                String t = asName();
                if (expect(Token.COLON) != null) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return new ExceptHandler(e, t, b, s.lineno, s.colOffset, endLn(), endCol());
                    }
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidExceptStmt();
            mark = m;
        }
        return null;
    }

    private List<Stmt> finallyBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(Token.FINALLY);
            if (a != null && expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                throw raiseError(PythonSyntaxError.Kind.IndentationError,
                        "expected an indented block after 'finally' statement on line " + a.lineno);
            }
            mark = m;
        }
        if (expect(Token.FINALLY) == null) {
            return null;
        }
        expectForced(Token.COLON, ":");
        List<Stmt> a = block();
        if (a == null) {
            mark = m;
        }
        return a;
    }

    // ---------------------------------------------------------------- match

    private Stmt matchStmt() {
        int m = mark;
        Token s = expectSoftKeyword("match");
        if (s != null) {
            Expr subject = subjectExpr();
            if (subject != null && expect(Token.COLON) != null && expect(Token.NEWLINE) != null
                    && expect(Token.INDENT) != null) {
                List<MatchCase> cases = new ArrayList<>();
                for (MatchCase c; (c = caseBlock()) != null; ) {
                    cases.add(c);
                }
                if (!cases.isEmpty() && expect(Token.DEDENT) != null) {
                    return new Stmt.Match(subject, cases, s.lineno, s.colOffset, endLn(), endCol());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            Token a = expectSoftKeyword("match");
            if (a != null && subjectExpr() != null) {
                if (expect(Token.NEWLINE) != null) {
                    throw syntaxError("expected ':'");
                }
                if (expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                    throw raiseError(PythonSyntaxError.Kind.IndentationError,
                            "expected an indented block after 'match' statement on line " + a.lineno);
                }
            }
            mark = m;
        }
        return null;
    }

    private Expr subjectExpr() {
        int m = mark;
        Token s = peek();
        Expr value = starNamedExpression();
        if (value != null && expect(Token.COMMA) != null) {
            List<Expr> values = starNamedExpressions();
            return new Expr.Tuple(prepend(value, values), ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return namedExpression();
    }

    private MatchCase caseBlock() {
        int m = mark;
        if (callInvalidRules) {
            Token a = expectSoftKeyword("case");
            if (a != null && patterns() != null) {
                guard();
                if (expect(Token.NEWLINE) != null) {
                    throw syntaxError("expected ':'");
                }
                if (expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                    throw raiseError(PythonSyntaxError.Kind.IndentationError,
                            "expected an indented block after 'case' statement on line " + a.lineno);
                }
            }
            mark = m;
        }
        if (expectSoftKeyword("case") != null) {
            Pattern p = patterns();
            if (p != null) {
                Expr g = guard();
                if (expect(Token.COLON) != null) {
                    List<Stmt> body = block();
                    if (body != null) {
                        return new MatchCase(p, g, body);
                    }
                }
            }
        }
        mark = m;
        return null;
    }

    private Expr guard() {
        int m = mark;
        if (expect(Token.IF) != null) {
            Expr g = namedExpression();
            if (g != null) {
                return g;
            }
        }
        mark = m;
        return null;
    }

    private Pattern patterns() {
        int m = mark;
        Token s = peek();
        List<Pattern> ps = openSequencePattern();
        if (ps != null) {
            return new Pattern.MatchSequence(ps, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return pattern();
    }

    private Pattern pattern() {
        int m = mark;
        Pattern p = asPattern();
        if (p != null) {
            return p;
        }
        mark = m;
        return orPattern();
    }

    private Pattern asPattern() {
        int m = mark;
        Token s = peek();
        Pattern p = orPattern();
        if (p != null && expect(Token.AS) != null) {
            Token target = patternCaptureTarget();
            if (target != null) {
                return new Pattern.MatchAs(p, target.text, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        if (callInvalidRules) {
            if (orPattern() != null && expect(Token.AS) != null) {
                Token a = expectSoftKeyword("_");
                if (a != null) {
                    throw raiseKnownLocation(a, "cannot use '_' as a target");
                }
                if (!at(Token.NAME)) {
                    Expr e = expression();
                    if (e != null) {
                        throw raiseKnownLocation(e, "invalid pattern target");
                    }
                }
            }
            mark = m;
        }
        return null;
    }

    private Pattern orPattern() {
        int m = mark;
        Token s = peek();
        List<Pattern> ps = new ArrayList<>();
        Pattern p = closedPattern();
        if (p == null) {
            return null;
        }
        ps.add(p);
        for (;;) {
            int m2 = mark;
            if (expect(Token.VBAR) == null) {
                break;
            }
            p = closedPattern();
            if (p == null) {
                mark = m2;
                break;
            }
            ps.add(p);
        }
        if (ps.size() == 1) {
            return ps.getFirst();
        }
        return new Pattern.MatchOr(ps, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Pattern closedPattern() {
        Object memo = memoGet(R_CLOSED_PATTERN);
        if (memo != null) {
            return memo == FAILED ? null : (Pattern) memo;
        }
        int start = mark;
        Pattern p = literalPattern();
        if (p == null) {
            mark = start;
            p = captureOrWildcardPattern();
        }
        if (p == null) {
            mark = start;
            p = valuePattern();
        }
        if (p == null) {
            mark = start;
            p = groupPattern();
        }
        if (p == null) {
            mark = start;
            p = sequencePattern();
        }
        if (p == null) {
            mark = start;
            p = mappingPattern();
        }
        if (p == null) {
            mark = start;
            p = classPattern();
        }
        if (p == null) {
            mark = start;
        }
        return memoPut(R_CLOSED_PATTERN, start, p);
    }

    private Pattern literalPattern() {
        int m = mark;
        Token s = peek();
        Expr v = signedNumber();
        if (v != null && !atAny(Token.PLUS, Token.MINUS)) {
            return new Pattern.MatchValue(v, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        v = complexNumber();
        if (v != null) {
            return new Pattern.MatchValue(v, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        if (at(Token.STRING)) {
            v = strings();
            if (v != null) {
                return new Pattern.MatchValue(v, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        Object single = switch (s.type) {
            case Token.NONE -> PySingleton.None;
            case Token.TRUE -> Boolean.TRUE;
            case Token.FALSE -> Boolean.FALSE;
            default -> null;
        };
        if (single != null) {
            mark++;
            return new Pattern.MatchSingleton(single, s.lineno, s.colOffset, endLn(), endCol());
        }
        return null;
    }

    private Expr literalExpr() {
        int m = mark;
        Expr v = signedNumber();
        if (v != null && !atAny(Token.PLUS, Token.MINUS)) {
            return v;
        }
        mark = m;
        v = complexNumber();
        if (v != null) {
            return v;
        }
        mark = m;
        if (at(Token.STRING)) {
            return strings();
        }
        Token s = peek();
        Object single = switch (s.type) {
            case Token.NONE -> PySingleton.None;
            case Token.TRUE -> Boolean.TRUE;
            case Token.FALSE -> Boolean.FALSE;
            default -> null;
        };
        if (single != null) {
            mark++;
            return new Expr.Constant(single, null, s.lineno, s.colOffset, endLn(), endCol());
        }
        return null;
    }

    private Expr complexNumber() {
        int m = mark;
        Token s = peek();
        Expr real = signedRealNumber();
        if (real != null) {
            Operator op = expect(Token.PLUS) != null ? Operator.Add : expect(Token.MINUS) != null ? Operator.Sub : null;
            if (op != null) {
                Expr imag = imaginaryNumber();
                if (imag != null) {
                    return new Expr.BinOp(real, op, imag, s.lineno, s.colOffset, endLn(), endCol());
                }
            }
        }
        mark = m;
        return null;
    }

    private Expr signedNumber() {
        Token s = peek();
        if (s.type == Token.NUMBER) {
            mark++;
            return number(s);
        }
        int m = mark;
        if (expect(Token.MINUS) != null) {
            Token n = expect(Token.NUMBER);
            if (n != null) {
                return new Expr.UnaryOp(Unaryop.USub, number(n), s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr signedRealNumber() {
        Token s = peek();
        if (s.type == Token.NUMBER) {
            mark++;
            return ensureReal(number(s));
        }
        int m = mark;
        if (expect(Token.MINUS) != null) {
            Token n = expect(Token.NUMBER);
            if (n != null) {
                return new Expr.UnaryOp(Unaryop.USub, ensureReal(number(n)), s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr ensureReal(Expr e) {
        if (((Expr.Constant) e).value() instanceof dev.pyheap.interpreter.ast.Complex) {
            throw raiseKnownLocation(e, "real number required in complex literal");
        }
        return e;
    }

    private Expr imaginaryNumber() {
        Token n = expect(Token.NUMBER);
        if (n == null) {
            return null;
        }
        Expr e = number(n);
        if (!(((Expr.Constant) e).value() instanceof dev.pyheap.interpreter.ast.Complex)) {
            throw raiseKnownLocation(e, "imaginary number required in complex literal");
        }
        return e;
    }

    /** capture_pattern and wildcard_pattern. */
    private Pattern captureOrWildcardPattern() {
        Token s = peek();
        Token t = patternCaptureTarget();
        if (t != null) {
            return new Pattern.MatchAs(null, t.text, s.lineno, s.colOffset, endLn(), endCol());
        }
        if (expectSoftKeyword("_") != null) {
            return new Pattern.MatchAs(null, null, s.lineno, s.colOffset, endLn(), endCol());
        }
        return null;
    }

    private Token patternCaptureTarget() {
        int m = mark;
        Token s = peek();
        if (s.type == Token.NAME && !s.text.equals("_")) {
            mark++;
            if (!atAny(Token.DOT, Token.LPAR, Token.EQUAL)) {
                return s;
            }
        }
        mark = m;
        return null;
    }

    private Pattern valuePattern() {
        int m = mark;
        Token s = peek();
        Expr a = attr();
        if (a != null && !atAny(Token.DOT, Token.LPAR, Token.EQUAL)) {
            return new Pattern.MatchValue(a, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return null;
    }

    /** attr: name_or_attr '.' NAME (left-recursive: a dotted name of at least two parts). */
    private Expr attr() {
        int m = mark;
        Expr a = nameOrAttr();
        if (a instanceof Expr.Attribute) {
            return a;
        }
        mark = m;
        return null;
    }

    private Expr nameOrAttr() {
        Token s = expectName();
        if (s == null) {
            return null;
        }
        Expr a = name(s, ExprContext.Load);
        for (;;) {
            int m = mark;
            if (expect(Token.DOT) == null) {
                break;
            }
            Token n = expectName();
            if (n == null) {
                mark = m;
                break;
            }
            a = new Expr.Attribute(a, n.text, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
        }
        return a;
    }

    private Pattern groupPattern() {
        int m = mark;
        if (expect(Token.LPAR) != null) {
            Pattern p = pattern();
            if (p != null && expect(Token.RPAR) != null) {
                return p;
            }
        }
        mark = m;
        return null;
    }

    private Pattern sequencePattern() {
        int m = mark;
        Token s = peek();
        if (expect(Token.LSQB) != null) {
            List<Pattern> ps = maybeSequencePattern();
            if (expect(Token.RSQB) != null) {
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        if (expect(Token.LPAR) != null) {
            List<Pattern> ps = openSequencePattern();
            if (expect(Token.RPAR) != null) {
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private List<Pattern> openSequencePattern() {
        int m = mark;
        Pattern p = maybeStarPattern();
        if (p != null && expect(Token.COMMA) != null) {
            return prepend(p, maybeSequencePattern());
        }
        mark = m;
        return null;
    }

    private List<Pattern> maybeSequencePattern() {
        List<Pattern> out = new ArrayList<>();
        Pattern p = maybeStarPattern();
        if (p == null) {
            return null;
        }
        out.add(p);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            p = maybeStarPattern();
            if (p == null) {
                mark = m;
                break;
            }
            out.add(p);
        }
        expect(Token.COMMA);
        return out;
    }

    private Pattern maybeStarPattern() {
        Pattern p = starPattern();
        return p != null ? p : pattern();
    }

    private Pattern starPattern() {
        Object memo = memoGet(R_STAR_PATTERN);
        if (memo != null) {
            return memo == FAILED ? null : (Pattern) memo;
        }
        int start = mark;
        Token s = peek();
        Pattern r = null;
        if (expect(Token.STAR) != null) {
            Token t = patternCaptureTarget();
            if (t != null) {
                r = new Pattern.MatchStar(t.text, s.lineno, s.colOffset, endLn(), endCol());
            } else if (expectSoftKeyword("_") != null) {
                r = new Pattern.MatchStar(null, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        if (r == null) {
            mark = start;
        }
        return memoPut(R_STAR_PATTERN, start, r);
    }

    private record KeyPattern(Object key, Pattern pattern) {}

    private Pattern mappingPattern() {
        int m = mark;
        Token s = peek();
        if (expect(Token.LBRACE) == null) {
            return null;
        }
        if (expect(Token.RBRACE) != null) {
            return new Pattern.MatchMapping(List.of(), List.of(), null, s.lineno, s.colOffset, endLn(), endCol());
        }
        int m2 = mark;
        Token rest = doubleStarPattern();
        if (rest != null) {
            expect(Token.COMMA);
            if (expect(Token.RBRACE) != null) {
                return new Pattern.MatchMapping(List.of(), List.of(), rest.text, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m2;
        List<KeyPattern> items = itemsPattern();
        if (items != null && expect(Token.COMMA) != null) {
            rest = doubleStarPattern();
            if (rest != null) {
                expect(Token.COMMA);
                if (expect(Token.RBRACE) != null) {
                    return new Pattern.MatchMapping(keys(items), patternsOf(items), rest.text, s.lineno, s.colOffset,
                            endLn(), endCol());
                }
            }
        }
        mark = m2;
        items = itemsPattern();
        if (items != null) {
            expect(Token.COMMA);
            if (expect(Token.RBRACE) != null) {
                return new Pattern.MatchMapping(keys(items), patternsOf(items), null, s.lineno, s.colOffset, endLn(),
                        endCol());
            }
        }
        mark = m;
        return null;
    }

    private static List<Expr> keys(List<KeyPattern> items) {
        List<Expr> out = new ArrayList<>();
        for (KeyPattern kp : items) {
            out.add((Expr) kp.key());
        }
        return out;
    }

    private static List<Pattern> patternsOf(List<KeyPattern> items) {
        List<Pattern> out = new ArrayList<>();
        for (KeyPattern kp : items) {
            out.add(kp.pattern());
        }
        return out;
    }

    private List<KeyPattern> itemsPattern() {
        List<KeyPattern> out = new ArrayList<>();
        KeyPattern kp = keyValuePattern();
        if (kp == null) {
            return null;
        }
        out.add(kp);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            kp = keyValuePattern();
            if (kp == null) {
                mark = m;
                break;
            }
            out.add(kp);
        }
        return out;
    }

    private KeyPattern keyValuePattern() {
        int m = mark;
        Expr key = literalExpr();
        if (key == null) {
            mark = m;
            key = attr();
        }
        if (key != null && expect(Token.COLON) != null) {
            Pattern p = pattern();
            if (p != null) {
                return new KeyPattern(key, p);
            }
        }
        mark = m;
        return null;
    }

    private Token doubleStarPattern() {
        int m = mark;
        if (expect(Token.DOUBLESTAR) != null) {
            Token t = patternCaptureTarget();
            if (t != null) {
                return t;
            }
        }
        mark = m;
        return null;
    }

    private Pattern classPattern() {
        int m = mark;
        Token s = peek();
        Expr cls = nameOrAttr();
        if (cls == null || expect(Token.LPAR) == null) {
            mark = m;
            return null;
        }
        int afterParen = mark;
        if (expect(Token.RPAR) != null) {
            return new Pattern.MatchClass(cls, List.of(), List.of(), List.of(), s.lineno, s.colOffset, endLn(), endCol());
        }
        List<Pattern> pos = positionalPatterns();
        if (pos != null) {
            expect(Token.COMMA);
            if (expect(Token.RPAR) != null) {
                return new Pattern.MatchClass(cls, pos, List.of(), List.of(), s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = afterParen;
        List<KeyPattern> kw = keywordPatterns();
        if (kw != null) {
            expect(Token.COMMA);
            if (expect(Token.RPAR) != null) {
                return new Pattern.MatchClass(cls, List.of(), kwdAttrs(kw), patternsOf(kw), s.lineno, s.colOffset,
                        endLn(), endCol());
            }
        }
        mark = afterParen;
        pos = positionalPatterns();
        if (pos != null && expect(Token.COMMA) != null) {
            kw = keywordPatterns();
            if (kw != null) {
                expect(Token.COMMA);
                if (expect(Token.RPAR) != null) {
                    return new Pattern.MatchClass(cls, pos, kwdAttrs(kw), patternsOf(kw), s.lineno, s.colOffset,
                            endLn(), endCol());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            if (nameOrAttr() != null && expect(Token.LPAR) != null) {
                int m3 = mark;
                List<Pattern> a = null;
                if (positionalPatterns() == null || expect(Token.COMMA) == null) {
                    mark = m3;
                }
                if (keywordPatterns() != null && expect(Token.COMMA) != null) {
                    a = positionalPatterns();
                }
                if (a != null) {
                    throw raiseKnownRange(a.getFirst(), a.getLast(), "positional patterns follow keyword patterns");
                }
            }
            mark = m;
        }
        return null;
    }

    private static List<String> kwdAttrs(List<KeyPattern> kw) {
        List<String> out = new ArrayList<>();
        for (KeyPattern kp : kw) {
            out.add(((Token) kp.key()).text);
        }
        return out;
    }

    private List<Pattern> positionalPatterns() {
        List<Pattern> out = new ArrayList<>();
        Pattern p = pattern();
        if (p == null) {
            return null;
        }
        out.add(p);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            p = pattern();
            if (p == null) {
                mark = m;
                break;
            }
            out.add(p);
        }
        return out;
    }

    private List<KeyPattern> keywordPatterns() {
        List<KeyPattern> out = new ArrayList<>();
        KeyPattern kp = keywordPattern();
        if (kp == null) {
            return null;
        }
        out.add(kp);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            kp = keywordPattern();
            if (kp == null) {
                mark = m;
                break;
            }
            out.add(kp);
        }
        return out;
    }

    private KeyPattern keywordPattern() {
        int m = mark;
        Token n = expectName();
        if (n != null && expect(Token.EQUAL) != null) {
            Pattern p = pattern();
            if (p != null) {
                return new KeyPattern(n, p);
            }
        }
        mark = m;
        return null;
    }

    // ---------------------------------------------------------------- expressions

    private Expr expressions() {
        int m = mark;
        Token s = peek();
        Expr a = expression();
        if (a == null) {
            return null;
        }
        if (at(Token.COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            for (;;) {
                int m2 = mark;
                if (expect(Token.COMMA) == null) {
                    break;
                }
                Expr b = expression();
                if (b == null) {
                    mark = m2;
                    break;
                }
                elts.add(b);
            }
            expect(Token.COMMA);
            return new Expr.Tuple(elts, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return expression();
    }

    Expr expression() {
        Object memo = memoGet(R_EXPRESSION);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Expr r = expressionRaw();
        if (r == null) {
            mark = start;
        }
        return memoPut(R_EXPRESSION, start, r);
    }

    private Expr expressionRaw() {
        int m = mark;
        if (callInvalidRules) {
            invalidExpression();
            mark = m;
            invalidLegacyExpression();
            mark = m;
        }
        Token s = peek();
        Expr a = disjunction();
        if (a != null) {
            int m2 = mark;
            if (expect(Token.IF) != null) {
                Expr b = disjunction();
                if (b != null && expect(Token.ELSE) != null) {
                    Expr c = expression();
                    if (c != null) {
                        return new Expr.IfExp(b, a, c, s.lineno, s.colOffset, endLn(), endCol());
                    }
                }
            }
            mark = m2;
            return a;
        }
        mark = m;
        return lambdef();
    }

    /** expression_without_invalid: expression with the invalid rules off. */
    private Expr expressionWithoutInvalid() {
        boolean saved = callInvalidRules;
        boolean savedWithout = withoutInvalid;
        callInvalidRules = false;
        withoutInvalid = saved;
        try {
            int m = mark;
            Token s = peek();
            Expr a = disjunction();
            if (a != null) {
                int m2 = mark;
                if (expect(Token.IF) != null) {
                    Expr b = disjunction();
                    if (b != null && expect(Token.ELSE) != null) {
                        Expr c = expression();
                        if (c != null) {
                            return new Expr.IfExp(b, a, c, s.lineno, s.colOffset, endLn(), endCol());
                        }
                    }
                }
                mark = m2;
                return a;
            }
            mark = m;
            return lambdef();
        } finally {
            callInvalidRules = saved;
            withoutInvalid = savedWithout;
        }
    }

    private Expr yieldExpr() {
        int m = mark;
        Token s = expect(Token.YIELD);
        if (s == null) {
            return null;
        }
        if (expect(Token.FROM) != null) {
            Expr a = expression();
            if (a != null) {
                return new Expr.YieldFrom(a, s.lineno, s.colOffset, endLn(), endCol());
            }
            mark = m + 1;
        }
        Expr a = starExpressions();
        return new Expr.Yield(a, s.lineno, s.colOffset, endLn(), endCol());
    }

    Expr starExpressions() {
        Token s = peek();
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        if (!at(Token.COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        for (;;) {
            int m2 = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            Expr b = starExpression();
            if (b == null) {
                mark = m2;
                break;
            }
            elts.add(b);
        }
        expect(Token.COMMA);
        return new Expr.Tuple(elts, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Expr starExpression() {
        Object memo = memoGet(R_STAR_EXPRESSION);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Token s = peek();
        Expr r = null;
        if (expect(Token.STAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                r = new Expr.Starred(a, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = expression();
        }
        return memoPut(R_STAR_EXPRESSION, start, r);
    }

    private List<Expr> starNamedExpressions() {
        List<Expr> out = new ArrayList<>();
        Expr a = starNamedExpression();
        if (a == null) {
            return null;
        }
        out.add(a);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            a = starNamedExpression();
            if (a == null) {
                mark = m;
                break;
            }
            out.add(a);
        }
        expect(Token.COMMA);
        return out;
    }

    private Expr starNamedExpression() {
        int m = mark;
        Token s = peek();
        if (expect(Token.STAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new Expr.Starred(a, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
            }
            mark = m;
        }
        return namedExpression();
    }

    private Expr assignmentExpression() {
        int m = mark;
        Token n = expectName();
        if (n != null && expect(Token.COLONEQUAL) != null) {
            Expr b = expression();
            if (b != null) {
                return new Expr.NamedExpr(name(n, ExprContext.Store), b, n.lineno, n.colOffset, endLn(), endCol());
            }
            mark = m;
            return null; // cut
        }
        mark = m;
        return null;
    }

    Expr namedExpression() {
        int m = mark;
        Expr a = assignmentExpression();
        if (a != null) {
            return a;
        }
        mark = m;
        if (callInvalidRules) {
            invalidNamedExpression();
            mark = m;
        }
        a = expression();
        if (a != null && !at(Token.COLONEQUAL)) {
            return a;
        }
        mark = m;
        return null;
    }

    private Expr disjunction() {
        Object memo = memoGet(R_DISJUNCTION);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        return memoPut(R_DISJUNCTION, start, boolOp(Token.OR));
    }

    private Expr conjunction() {
        Object memo = memoGet(R_CONJUNCTION);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        return memoPut(R_CONJUNCTION, start, boolOp(Token.AND));
    }

    private Expr boolOp(int kw) {
        Token s = peek();
        Expr a = kw == Token.OR ? conjunction() : inversion();
        if (a == null) {
            return null;
        }
        List<Expr> values = null;
        for (;;) {
            int m = mark;
            if (expect(kw) == null) {
                break;
            }
            Expr b = kw == Token.OR ? conjunction() : inversion();
            if (b == null) {
                mark = m;
                break;
            }
            if (values == null) {
                values = new ArrayList<>();
                values.add(a);
            }
            values.add(b);
        }
        if (values == null) {
            return a;
        }
        return new Expr.BoolOp(kw == Token.OR ? Boolop.Or : Boolop.And, values, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Expr inversion() {
        Object memo = memoGet(R_INVERSION);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Token s = peek();
        Expr r = null;
        if (expect(Token.NOT) != null) {
            Expr a = inversion();
            if (a != null) {
                r = new Expr.UnaryOp(Unaryop.Not, a, s.lineno, s.colOffset, endLn(), endCol());
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = comparison();
        }
        return memoPut(R_INVERSION, start, r);
    }

    private Expr comparison() {
        Token s = peek();
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<Cmpop> ops = null;
        List<Expr> comparators = null;
        for (;;) {
            int m = mark;
            Token t = peek();
            Cmpop op = switch (t.type) {
                case Token.EQEQUAL -> Cmpop.Eq;
                case Token.NOTEQUAL -> t.text.equals("!=") ? Cmpop.NotEq : null;
                case Token.LESSEQUAL -> Cmpop.LtE;
                case Token.LESS -> Cmpop.Lt;
                case Token.GREATEREQUAL -> Cmpop.GtE;
                case Token.GREATER -> Cmpop.Gt;
                case Token.IN -> Cmpop.In;
                case Token.NOT -> Cmpop.NotIn;
                case Token.IS -> Cmpop.Is;
                default -> null;
            };
            if (op == null) {
                break;
            }
            mark++;
            if (op == Cmpop.NotIn && expect(Token.IN) == null) {
                mark = m;
                break;
            }
            if (op == Cmpop.Is && expect(Token.NOT) != null) {
                op = Cmpop.IsNot;
            }
            Expr b = bitwiseOr();
            if (b == null && op == Cmpop.IsNot) {
                mark = m + 1;
                op = Cmpop.Is;
                b = bitwiseOr();
            }
            if (b == null) {
                mark = m;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(b);
        }
        if (ops == null) {
            return a;
        }
        return new Expr.Compare(a, ops, comparators, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Expr bitwiseOr() {
        Object memo = memoGet(R_BITWISE_OR);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        return memoPut(R_BITWISE_OR, start, binary(0));
    }

    private static final int[][] BINARY_LEVELS = {
            {Token.VBAR}, {Token.CIRCUMFLEX}, {Token.AMPER}, {Token.LEFTSHIFT, Token.RIGHTSHIFT},
            {Token.PLUS, Token.MINUS}, {Token.STAR, Token.SLASH, Token.DOUBLESLASH, Token.PERCENT, Token.AT}};

    /** bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: left-recursive rules as loops. */
    private Expr binary(int level) {
        Token s = peek();
        Expr a = level + 1 < BINARY_LEVELS.length ? binary(level + 1) : factor();
        if (a == null) {
            return null;
        }
        for (;;) {
            int m = mark;
            int t = peek().type;
            Operator op = null;
            for (int x : BINARY_LEVELS[level]) {
                if (x == t) {
                    op = binaryOperator(t);
                }
            }
            if (op == null) {
                break;
            }
            mark++;
            Expr b = level + 1 < BINARY_LEVELS.length ? binary(level + 1) : factor();
            if (b == null) {
                mark = m;
                break;
            }
            a = new Expr.BinOp(a, op, b, s.lineno, s.colOffset, endLn(), endCol());
        }
        return a;
    }

    private static Operator binaryOperator(int t) {
        return switch (t) {
            case Token.VBAR -> Operator.BitOr;
            case Token.CIRCUMFLEX -> Operator.BitXor;
            case Token.AMPER -> Operator.BitAnd;
            case Token.LEFTSHIFT -> Operator.LShift;
            case Token.RIGHTSHIFT -> Operator.RShift;
            case Token.PLUS -> Operator.Add;
            case Token.MINUS -> Operator.Sub;
            case Token.STAR -> Operator.Mult;
            case Token.SLASH -> Operator.Div;
            case Token.DOUBLESLASH -> Operator.FloorDiv;
            case Token.PERCENT -> Operator.Mod;
            case Token.AT -> Operator.MatMult;
            default -> null;
        };
    }

    private Expr factor() {
        Object memo = memoGet(R_FACTOR);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Token s = peek();
        Unaryop op = switch (s.type) {
            case Token.PLUS -> Unaryop.UAdd;
            case Token.MINUS -> Unaryop.USub;
            case Token.TILDE -> Unaryop.Invert;
            default -> null;
        };
        Expr r = null;
        if (op != null) {
            mark++;
            Expr a = factor();
            if (a != null) {
                r = new Expr.UnaryOp(op, a, s.lineno, s.colOffset, endLn(), endCol());
            } else {
                mark = start;
            }
        } else {
            r = power();
        }
        return memoPut(R_FACTOR, start, r);
    }

    private Expr power() {
        int m = mark;
        Token s = peek();
        Expr a = awaitPrimary();
        if (a == null) {
            return null;
        }
        int m2 = mark;
        if (expect(Token.DOUBLESTAR) != null) {
            Expr b = factor();
            if (b != null) {
                return new Expr.BinOp(a, Operator.Pow, b, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m2;
        return a;
    }

    private Expr awaitPrimary() {
        Object memo = memoGet(R_AWAIT_PRIMARY);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Token s = peek();
        Expr r = null;
        if (expect(Token.AWAIT) != null) {
            Expr a = primary();
            if (a != null) {
                r = new Expr.Await(a, s.lineno, s.colOffset, endLn(), endCol());
            } else {
                mark = start;
            }
        } else {
            r = primary();
        }
        return memoPut(R_AWAIT_PRIMARY, start, r);
    }

    private Expr primary() {
        Object memo = memoGet(R_PRIMARY);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Token s = peek();
        Expr a = atom();
        if (a != null) {
            for (;;) {
                Expr n = primarySuffix(a, s, false);
                if (n == null) {
                    break;
                }
                a = n;
            }
        }
        return memoPut(R_PRIMARY, start, a);
    }

    /**
     * One step of primary / t_primary: {@code '.' NAME}, a genexp, a call, a subscript; for t_primary
     * (lookahead = true) only when followed by one of {@code ( [ .}.
     */
    private Expr primarySuffix(Expr a, Token s, boolean lookahead) {
        int m = mark;
        Token t = peek();
        Expr r = null;
        if (t.type == Token.DOT) {
            mark++;
            Token b = expectName();
            if (b != null) {
                r = new Expr.Attribute(a, b.text, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
            }
        } else if (t.type == Token.LPAR) {
            Expr g = genexp();
            if (g != null && (!lookahead || tLookahead())) {
                return new Expr.Call(a, List.of(g), List.of(), s.lineno, s.colOffset, endLn(), endCol());
            }
            mark = m + 1;
            Expr.Call b = arguments();
            if (expect(Token.RPAR) != null) {
                r = new Expr.Call(a, b == null ? List.of() : b.args(), b == null ? List.of() : b.keywords(), s.lineno,
                        s.colOffset, endLn(), endCol());
            }
        } else if (t.type == Token.LSQB) {
            mark++;
            Expr b = slices();
            if (b != null && expect(Token.RSQB) != null) {
                r = new Expr.Subscript(a, b, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        if (r != null && (!lookahead || tLookahead())) {
            return r;
        }
        mark = m;
        return null;
    }

    private boolean tLookahead() {
        return atAny(Token.LPAR, Token.LSQB, Token.DOT);
    }

    private Expr slices() {
        int m = mark;
        Token s = peek();
        Expr a = slice();
        if (a != null && !at(Token.COMMA)) {
            return a;
        }
        mark = m;
        List<Expr> elts = new ArrayList<>();
        for (;;) {
            int m2 = mark;
            if (!elts.isEmpty() && expect(Token.COMMA) == null) {
                break;
            }
            Expr e = slice();
            if (e == null) {
                e = starredExpression();
            }
            if (e == null) {
                mark = m2;
                break;
            }
            elts.add(e);
        }
        if (elts.isEmpty()) {
            mark = m;
            return null;
        }
        expect(Token.COMMA);
        return new Expr.Tuple(elts, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
    }

    private Expr slice() {
        int m = mark;
        Token s = peek();
        Expr a = expression();
        if (expect(Token.COLON) != null) {
            Expr b = expression();
            Expr c = null;
            int m2 = mark;
            if (expect(Token.COLON) != null) {
                c = expression();
            } else {
                mark = m2;
            }
            return new Expr.Slice(a, b, c, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return namedExpression();
    }

    private Expr atom() {
        Token s = peek();
        switch (s.type) {
            case Token.NAME -> {
                mark++;
                return name(s, ExprContext.Load);
            }
            case Token.TRUE, Token.FALSE, Token.NONE -> {
                mark++;
                Object v = s.type == Token.TRUE ? Boolean.TRUE : s.type == Token.FALSE ? Boolean.FALSE : PySingleton.None;
                return new Expr.Constant(v, null, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            }
            case Token.STRING -> {
                return strings();
            }
            case Token.NUMBER -> {
                mark++;
                return number(s);
            }
            case Token.LPAR -> {
                int m = mark;
                Expr r = tuple();
                if (r == null) {
                    mark = m;
                    r = group();
                }
                if (r == null) {
                    mark = m;
                    r = genexp();
                }
                return r;
            }
            case Token.LSQB -> {
                int m = mark;
                Expr r = list();
                if (r == null) {
                    mark = m;
                    r = listcomp();
                }
                return r;
            }
            case Token.LBRACE -> {
                int m = mark;
                Expr r = dict();
                if (r == null) {
                    mark = m;
                    r = set();
                }
                if (r == null) {
                    mark = m;
                    r = dictcomp();
                }
                if (r == null) {
                    mark = m;
                    r = setcomp();
                }
                return r;
            }
            case Token.ELLIPSIS -> {
                mark++;
                return new Expr.Constant(PySingleton.Ellipsis, null, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            }
            default -> {
                return null;
            }
        }
    }

    private Expr group() {
        int m = mark;
        if (expect(Token.LPAR) != null) {
            Expr a = yieldExpr();
            if (a == null) {
                a = namedExpression();
            }
            if (a != null && expect(Token.RPAR) != null) {
                return a;
            }
        }
        mark = m;
        if (callInvalidRules) {
            if (expect(Token.LPAR) != null) {
                Expr a = starredExpression();
                if (a != null && expect(Token.RPAR) != null) {
                    throw raiseKnownLocation(a, "cannot use starred expression here");
                }
            }
            mark = m;
            if (expect(Token.LPAR) != null) {
                Token a = expect(Token.DOUBLESTAR);
                if (a != null && expression() != null && expect(Token.RPAR) != null) {
                    throw raiseKnownLocation(a, "cannot use double starred expression here");
                }
            }
            mark = m;
        }
        return null;
    }

    private Expr lambdef() {
        int m = mark;
        Token s = expect(Token.LAMBDA);
        if (s == null) {
            return null;
        }
        Arguments a = params(true);
        if (expect(Token.COLON) != null) {
            Expr b = expression();
            if (b != null) {
                return new Expr.Lambda(a == null ? emptyArguments() : a, b, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr strings() {
        Object memo = memoGet(R_STRINGS);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        List<Token> toks = new ArrayList<>();
        for (Token t; (t = expect(Token.STRING)) != null; ) {
            toks.add(t);
        }
        // Warnings of the second pass would repeat the first pass's (string_parser.c skips them too).
        Expr r = toks.isEmpty() ? null
                : new StringParser(this, tok.buf, filename, callInvalidRules ? null : warnings).concatenate(toks);
        return memoPut(R_STRINGS, start, r);
    }

    private Expr list() {
        int m = mark;
        Token s = expect(Token.LSQB);
        if (s == null) {
            return null;
        }
        List<Expr> a = starNamedExpressions();
        if (expect(Token.RSQB) != null) {
            return new Expr.List(a == null ? List.of() : a, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return null;
    }

    private Expr tuple() {
        int m = mark;
        Token s = expect(Token.LPAR);
        if (s == null) {
            return null;
        }
        List<Expr> a = null;
        int m2 = mark;
        Expr y = starNamedExpression();
        if (y != null && expect(Token.COMMA) != null) {
            a = prepend(y, starNamedExpressions());
        } else {
            mark = m2;
        }
        if (expect(Token.RPAR) != null) {
            return new Expr.Tuple(a == null ? List.of() : a, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return null;
    }

    private Expr set() {
        int m = mark;
        Token s = expect(Token.LBRACE);
        if (s == null) {
            return null;
        }
        List<Expr> a = starNamedExpressions();
        if (a != null && expect(Token.RBRACE) != null) {
            return new Expr.Set(a, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return null;
    }

    private record KeyValue(Expr key, Expr value) {}

    private Expr dict() {
        int m = mark;
        Token s = expect(Token.LBRACE);
        if (s == null) {
            return null;
        }
        List<KeyValue> a = doubleStarredKvpairs();
        if (expect(Token.RBRACE) != null) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (a != null) {
                for (KeyValue kv : a) {
                    keys.add(kv.key());
                    values.add(kv.value());
                }
            }
            return new Expr.Dict(keys, values, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        if (callInvalidRules) {
            expect(Token.LBRACE);
            invalidDoubleStarredKvpairs();
            mark = m;
        }
        return null;
    }

    private List<KeyValue> doubleStarredKvpairs() {
        List<KeyValue> out = new ArrayList<>();
        KeyValue kv = doubleStarredKvpair();
        if (kv == null) {
            return null;
        }
        out.add(kv);
        for (;;) {
            int m = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            kv = doubleStarredKvpair();
            if (kv == null) {
                mark = m;
                break;
            }
            out.add(kv);
        }
        expect(Token.COMMA);
        return out;
    }

    private KeyValue doubleStarredKvpair() {
        int m = mark;
        if (expect(Token.DOUBLESTAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                return new KeyValue(null, a);
            }
        }
        mark = m;
        return kvpair();
    }

    private KeyValue kvpair() {
        int m = mark;
        Expr a = expression();
        if (a != null && expect(Token.COLON) != null) {
            Expr b = expression();
            if (b != null) {
                return new KeyValue(a, b);
            }
        }
        mark = m;
        return null;
    }

    private List<Comprehension> forIfClauses() {
        List<Comprehension> out = null;
        for (;;) {
            Comprehension c = forIfClause();
            if (c == null) {
                return out;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(c);
        }
    }

    private Comprehension forIfClause() {
        int m = mark;
        boolean async = expect(Token.ASYNC) != null;
        if (expect(Token.FOR) != null) {
            Expr a = starTargets();
            if (a != null && expect(Token.IN) != null) {
                Expr b = disjunction();
                if (b == null) {
                    mark = m;
                    return null; // cut
                }
                List<Expr> ifs = new ArrayList<>();
                for (;;) {
                    int m2 = mark;
                    if (expect(Token.IF) == null) {
                        break;
                    }
                    Expr z = disjunction();
                    if (z == null) {
                        mark = m2;
                        break;
                    }
                    ifs.add(z);
                }
                return new Comprehension(a, b, ifs, async ? 1 : 0);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForTarget();
            mark = m;
        }
        return null;
    }

    private Expr listcomp() {
        int m = mark;
        Token s = expect(Token.LSQB);
        if (s != null) {
            Expr a = namedExpression();
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(Token.RSQB) != null) {
                    return new Expr.ListComp(a, b, s.lineno, s.colOffset, endLn(), endCol());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
            mark = m;
        }
        return null;
    }

    private Expr setcomp() {
        int m = mark;
        Token s = expect(Token.LBRACE);
        if (s != null) {
            Expr a = namedExpression();
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(Token.RBRACE) != null) {
                    return new Expr.SetComp(a, b, s.lineno, s.colOffset, endLn(), endCol());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
            mark = m;
        }
        return null;
    }

    private Expr genexp() {
        int m = mark;
        Token s = expect(Token.LPAR);
        if (s != null) {
            Expr a = assignmentExpression();
            if (a == null) {
                a = expression();
                if (a != null && at(Token.COLONEQUAL)) {
                    a = null;
                }
            }
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(Token.RPAR) != null) {
                    return new Expr.GeneratorExp(a, b, s.lineno, s.colOffset, endLn(), endCol());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidComprehension();
            mark = m;
        }
        return null;
    }

    private Expr dictcomp() {
        int m = mark;
        Token s = expect(Token.LBRACE);
        if (s != null) {
            KeyValue a = kvpair();
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(Token.RBRACE) != null) {
                    return new Expr.DictComp(a.key(), a.value(), b, s.lineno, s.colOffset, endLn(), endCol());
                }
            }
        }
        mark = m;
        if (callInvalidRules) {
            if (expect(Token.LBRACE) != null) {
                Token a = expect(Token.DOUBLESTAR);
                if (a != null && bitwiseOr() != null && forIfClauses() != null && expect(Token.RBRACE) != null) {
                    throw raiseKnownLocation(a, "dict unpacking cannot be used in dict comprehension");
                }
            }
            mark = m;
        }
        return null;
    }

    // ---------------------------------------------------------------- call arguments

    private record KeywordOrStarred(Object element, boolean isKeyword) {}

    private Expr.Call arguments() {
        Object memo = memoGet(R_ARGUMENTS);
        if (memo != null) {
            return memo == FAILED ? null : (Expr.Call) memo;
        }
        int start = mark;
        Expr.Call a = args();
        if (a != null) {
            expect(Token.COMMA);
            if (!at(Token.RPAR)) {
                a = null;
            }
        }
        if (a == null) {
            mark = start;
            if (callInvalidRules) {
                invalidArguments();
                mark = start;
            }
        }
        return memoPut(R_ARGUMENTS, start, a);
    }

    private Expr argsElement() {
        int m = mark;
        Expr e = starredExpression();
        if (e != null) {
            return e;
        }
        e = assignmentExpression();
        if (e == null) {
            mark = m;
            e = expression();
            if (e != null && at(Token.COLONEQUAL)) {
                e = null;
            }
        }
        if (e != null && !at(Token.EQUAL)) {
            return e;
        }
        mark = m;
        return null;
    }

    private Expr.Call args() {
        int m = mark;
        Token s = peek();
        List<Expr> a = new ArrayList<>();
        for (;;) {
            int m2 = mark;
            if (!a.isEmpty() && expect(Token.COMMA) == null) {
                break;
            }
            Expr e = argsElement();
            if (e == null) {
                mark = m2;
                break;
            }
            a.add(e);
        }
        if (!a.isEmpty()) {
            List<KeywordOrStarred> b = null;
            int m2 = mark;
            if (expect(Token.COMMA) != null) {
                b = kwargs();
                if (b == null) {
                    mark = m2;
                }
            }
            List<Expr> argsList = new ArrayList<>(a);
            List<Keyword> keywords = new ArrayList<>();
            if (b != null) {
                for (KeywordOrStarred k : b) {
                    if (k.isKeyword()) {
                        keywords.add((Keyword) k.element());
                    } else {
                        argsList.add((Expr) k.element());
                    }
                }
            }
            return new Expr.Call(null, argsList, keywords, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        List<KeywordOrStarred> k = kwargs();
        if (k != null) {
            List<Expr> argsList = new ArrayList<>();
            List<Keyword> keywords = new ArrayList<>();
            for (KeywordOrStarred x : k) {
                if (x.isKeyword()) {
                    keywords.add((Keyword) x.element());
                } else {
                    argsList.add((Expr) x.element());
                }
            }
            return new Expr.Call(null, argsList, keywords, s.lineno, s.colOffset, endLn(), endCol());
        }
        mark = m;
        return null;
    }

    private List<KeywordOrStarred> kwargs() {
        int m = mark;
        List<KeywordOrStarred> a = kwargList(false);
        if (a != null) {
            int m2 = mark;
            if (expect(Token.COMMA) != null) {
                List<KeywordOrStarred> b = kwargList(true);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            mark = m2;
            return a;
        }
        mark = m;
        return kwargList(true);
    }

    private List<KeywordOrStarred> kwargList(boolean doubleStarred) {
        List<KeywordOrStarred> out = new ArrayList<>();
        for (;;) {
            int m = mark;
            if (!out.isEmpty() && expect(Token.COMMA) == null) {
                break;
            }
            KeywordOrStarred k = kwargOr(doubleStarred);
            if (k == null) {
                mark = m;
                break;
            }
            out.add(k);
        }
        return out.isEmpty() ? null : out;
    }

    private KeywordOrStarred kwargOr(boolean doubleStarred) {
        int m = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = m;
        }
        Token s = peek();
        Token n = expectName();
        if (n != null && expect(Token.EQUAL) != null) {
            Expr b = expression();
            if (b != null) {
                return new KeywordOrStarred(new Keyword(n.text, b, s.lineno, s.colOffset, endLn(), endCol()), true);
            }
        }
        mark = m;
        if (doubleStarred) {
            if (expect(Token.DOUBLESTAR) != null) {
                Expr a = expression();
                if (a != null) {
                    return new KeywordOrStarred(new Keyword(null, a, s.lineno, s.colOffset, endLn(), endCol()), true);
                }
            }
        } else {
            Expr a = starredExpression();
            if (a != null) {
                return new KeywordOrStarred(a, false);
            }
        }
        mark = m;
        return null;
    }

    private Expr starredExpression() {
        int m = mark;
        Token s = expect(Token.STAR);
        if (s != null) {
            Expr a = expression();
            if (a != null) {
                return new Expr.Starred(a, ExprContext.Load, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    // ---------------------------------------------------------------- targets

    private Expr starTargets() {
        int m = mark;
        Token s = peek();
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (!at(Token.COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        for (;;) {
            int m2 = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            Expr c = starTarget();
            if (c == null) {
                mark = m2;
                break;
            }
            elts.add(c);
        }
        expect(Token.COMMA);
        return new Expr.Tuple(elts, ExprContext.Store, s.lineno, s.colOffset, endLn(), endCol());
    }

    private List<Expr> starTargetsListSeq() {
        List<Expr> out = new ArrayList<>();
        for (;;) {
            int m = mark;
            if (!out.isEmpty() && expect(Token.COMMA) == null) {
                break;
            }
            Expr t = starTarget();
            if (t == null) {
                mark = m;
                break;
            }
            out.add(t);
        }
        if (out.isEmpty()) {
            return null;
        }
        expect(Token.COMMA);
        return out;
    }

    private List<Expr> starTargetsTupleSeq() {
        int m = mark;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        int n = 0;
        for (;;) {
            int m2 = mark;
            if (expect(Token.COMMA) == null) {
                break;
            }
            Expr c = starTarget();
            if (c == null) {
                mark = m2;
                break;
            }
            out.add(c);
            n++;
        }
        if (n > 0) {
            expect(Token.COMMA);
            return out;
        }
        if (expect(Token.COMMA) != null) {
            return out;
        }
        mark = m;
        return null;
    }

    private Expr starTarget() {
        Object memo = memoGet(R_STAR_TARGET);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Token s = peek();
        Expr r = null;
        if (expect(Token.STAR) != null) {
            if (!at(Token.STAR)) {
                Expr a = starTarget();
                if (a != null) {
                    r = new Expr.Starred(setContext(a, ExprContext.Store), ExprContext.Store, s.lineno, s.colOffset,
                            endLn(), endCol());
                }
            }
            if (r == null) {
                mark = start;
            }
        } else {
            r = targetWithStarAtom();
        }
        return memoPut(R_STAR_TARGET, start, r);
    }

    private Expr targetWithStarAtom() {
        Object memo = memoGet(R_TARGET_WITH_STAR_ATOM);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Expr r = subscriptAttributeTarget(ExprContext.Store);
        if (r == null) {
            mark = start;
            r = starAtom();
        }
        if (r == null) {
            mark = start;
        }
        return memoPut(R_TARGET_WITH_STAR_ATOM, start, r);
    }

    /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in context ctx. */
    private Expr subscriptAttributeTarget(ExprContext ctx) {
        int m = mark;
        Token s = peek();
        Expr a = tPrimary();
        if (a == null) {
            mark = m;
            return null;
        }
        int m2 = mark;
        if (expect(Token.DOT) != null) {
            Token b = expectName();
            if (b != null && !tLookahead()) {
                return new Expr.Attribute(a, b.text, ctx, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m2;
        if (expect(Token.LSQB) != null) {
            Expr b = slices();
            if (b != null && expect(Token.RSQB) != null && !tLookahead()) {
                return new Expr.Subscript(a, b, ctx, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr starAtom() {
        int m = mark;
        Token s = peek();
        Token n = expectName();
        if (n != null) {
            return name(n, ExprContext.Store);
        }
        if (expect(Token.LPAR) != null) {
            Expr a = targetWithStarAtom();
            if (a != null && expect(Token.RPAR) != null) {
                return setContext(a, ExprContext.Store);
            }
            mark = m + 1;
            List<Expr> t = starTargetsTupleSeq();
            if (expect(Token.RPAR) != null) {
                return new Expr.Tuple(t == null ? List.of() : t, ExprContext.Store, s.lineno, s.colOffset, endLn(),
                        endCol());
            }
            mark = m;
            return null;
        }
        if (expect(Token.LSQB) != null) {
            List<Expr> t = starTargetsListSeq();
            if (expect(Token.RSQB) != null) {
                return new Expr.List(t == null ? List.of() : t, ExprContext.Store, s.lineno, s.colOffset, endLn(),
                        endCol());
            }
        }
        mark = m;
        return null;
    }

    private Expr singleTarget() {
        int m = mark;
        Expr a = singleSubscriptAttributeTarget();
        if (a != null) {
            return a;
        }
        mark = m;
        Token n = expectName();
        if (n != null) {
            return name(n, ExprContext.Store);
        }
        if (expect(Token.LPAR) != null) {
            a = singleTarget();
            if (a != null && expect(Token.RPAR) != null) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    private Expr singleSubscriptAttributeTarget() {
        return subscriptAttributeTarget(ExprContext.Store);
    }

    private Expr tPrimary() {
        Object memo = memoGet(R_T_PRIMARY);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Token s = peek();
        Expr a = atom();
        if (a != null && !tLookahead()) {
            a = null;
        }
        if (a != null) {
            for (;;) {
                Expr n = primarySuffix(a, s, true);
                if (n == null) {
                    break;
                }
                a = n;
            }
        } else {
            mark = start;
        }
        return memoPut(R_T_PRIMARY, start, a);
    }

    private List<Expr> delTargets() {
        List<Expr> out = new ArrayList<>();
        for (;;) {
            int m = mark;
            if (!out.isEmpty() && expect(Token.COMMA) == null) {
                break;
            }
            Expr t = delTarget();
            if (t == null) {
                mark = m;
                break;
            }
            out.add(t);
        }
        if (out.isEmpty()) {
            return null;
        }
        expect(Token.COMMA);
        return out;
    }

    private Expr delTarget() {
        Object memo = memoGet(R_DEL_TARGET);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        int start = mark;
        Expr r = subscriptAttributeTarget(ExprContext.Del);
        if (r == null) {
            mark = start;
            r = delTAtom();
        }
        if (r == null) {
            mark = start;
        }
        return memoPut(R_DEL_TARGET, start, r);
    }

    private Expr delTAtom() {
        int m = mark;
        Token s = peek();
        Token n = expectName();
        if (n != null) {
            return name(n, ExprContext.Del);
        }
        if (expect(Token.LPAR) != null) {
            Expr a = delTarget();
            if (a != null && expect(Token.RPAR) != null) {
                return setContext(a, ExprContext.Del);
            }
            mark = m + 1;
            List<Expr> t = delTargets();
            if (expect(Token.RPAR) != null) {
                return new Expr.Tuple(t == null ? List.of() : t, ExprContext.Del, s.lineno, s.colOffset, endLn(), endCol());
            }
            mark = m;
            return null;
        }
        if (expect(Token.LSQB) != null) {
            List<Expr> t = delTargets();
            if (expect(Token.RSQB) != null) {
                return new Expr.List(t == null ? List.of() : t, ExprContext.Del, s.lineno, s.colOffset, endLn(), endCol());
            }
        }
        mark = m;
        return null;
    }

    // ---------------------------------------------------------------- invalid_* rules (second pass only)

    private enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** _PyPegen_get_invalid_target. */
    private static Expr invalidTargetOf(Expr e, TargetsType type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case Expr.List l -> {
                for (Expr x : l.elts()) {
                    Expr c = invalidTargetOf(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr c = invalidTargetOf(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Expr.Starred s -> {
                return type == TargetsType.DEL_TARGETS ? e : invalidTargetOf(s.value(), type);
            }
            case Expr.Compare c -> {
                if (type == TargetsType.FOR_TARGETS) {
                    return c.ops().getFirst() == Cmpop.In ? invalidTargetOf(c.left(), type) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if e holds an invalid target, else returns. */
    private void invalidTarget(TargetsType type, Expr e) {
        Expr t = invalidTargetOf(e, type);
        if (t != null) {
            String msg = type == TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            throw raiseKnownLocation(t, msg + exprName(t));
        }
    }

    /** _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute x -> "attribute";
            case Expr.Subscript x -> "subscript";
            case Expr.Starred x -> "starred";
            case Expr.Name x -> "name";
            case Expr.List x -> "list";
            case Expr.Tuple x -> "tuple";
            case Expr.Lambda x -> "lambda";
            case Expr.Call x -> "function call";
            case Expr.BoolOp x -> "expression";
            case Expr.BinOp x -> "expression";
            case Expr.UnaryOp x -> "expression";
            case Expr.GeneratorExp x -> "generator expression";
            case Expr.Yield x -> "yield expression";
            case Expr.YieldFrom x -> "yield expression";
            case Expr.Await x -> "await expression";
            case Expr.ListComp x -> "list comprehension";
            case Expr.SetComp x -> "set comprehension";
            case Expr.DictComp x -> "dict comprehension";
            case Expr.Dict x -> "dict literal";
            case Expr.Set x -> "set display";
            case Expr.JoinedStr x -> "f-string expression";
            case Expr.FormattedValue x -> "f-string expression";
            case Expr.Constant c -> c.value() == PySingleton.None ? "None"
                    : Boolean.FALSE.equals(c.value()) ? "False"
                    : Boolean.TRUE.equals(c.value()) ? "True"
                    : c.value() == PySingleton.Ellipsis ? "ellipsis" : "literal";
            case Expr.Compare x -> "comparison";
            case Expr.IfExp x -> "conditional expression";
            case Expr.NamedExpr x -> "named expression";
            case Expr.Slice x -> "slice";
        };
    }

    private static Expr lastComprehensionItem(Comprehension c) {
        return c.ifs().isEmpty() ? c.iter() : c.ifs().getLast();
    }

    private static boolean isLegacyStmt(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    private void invalidArguments() {
        int m = mark;
        // ((positional+ ',' kwargs) | kwargs) ',' '*' (3.11.7)
        boolean kw = false;
        int positional = 0;
        for (;;) {
            int m2 = mark;
            if (positional > 0 && expect(Token.COMMA) == null) {
                break;
            }
            if (argsElement() == null) {
                mark = m2;
                break;
            }
            positional++;
        }
        if (positional > 0 && expect(Token.COMMA) != null && kwargs() != null) {
            kw = true;
        } else {
            mark = m;
            kw = kwargs() != null;
        }
        if (kw && expect(Token.COMMA) != null) {
            Token star = expect(Token.STAR);
            if (star != null) {
                throw raiseKnownLocation(star, "iterable argument unpacking follows keyword argument unpacking");
            }
        }
        mark = m;
        Expr.Call a;
        Expr e = expression();
        if (e != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && expect(Token.COMMA) != null) {
                int m2 = mark;
                if (args() == null) {
                    mark = m2;
                    if (expression() == null || forIfClauses() == null) {
                        mark = m2;
                    }
                }
                throw raiseKnownRange(e, lastComprehensionItem(b.getLast()), "Generator expression must be parenthesized");
            }
        }
        mark = m;
        Token n = expectName();
        if (n != null) {
            Token eq = expect(Token.EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw raiseKnownRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        a = args();
        if (a != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null) {
                if (a.args().size() > 1) {
                    throw raiseKnownRange(a.args().getLast(), lastComprehensionItem(b.getLast()),
                            "Generator expression must be parenthesized");
                }
            }
        }
        mark = m;
        if (args() != null && expect(Token.COMMA) != null) {
            Expr x = expression();
            if (x != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null) {
                    throw raiseKnownRange(x, lastComprehensionItem(b.getLast()), "Generator expression must be parenthesized");
                }
            }
        }
        mark = m;
        a = args();
        if (a != null && expect(Token.COMMA) != null && args() != null) {
            boolean unpacking = false;
            for (Keyword k : a.keywords()) {
                if (k.arg() == null) {
                    unpacking = true;
                    break;
                }
            }
            throw syntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        mark = m;
    }

    private void invalidKwarg() {
        int m = mark;
        Token a = peek();
        if (a.type == Token.TRUE || a.type == Token.FALSE || a.type == Token.NONE) {
            mark++;
            Token b = expect(Token.EQUAL);
            if (b != null) {
                throw raiseKnownRange(a, b, "cannot assign to " + a.text);
            }
        }
        mark = m;
        Token n = expectName();
        if (n != null) {
            Token b = expect(Token.EQUAL);
            if (b != null && expression() != null && forIfClauses() != null) {
                throw raiseKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        boolean nameEq = expectName() != null && expect(Token.EQUAL) != null;
        mark = m;
        if (!nameEq) {
            Expr e = expression();
            if (e != null) {
                Token b = expect(Token.EQUAL);
                if (b != null) {
                    throw raiseKnownRange(e, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
            }
        }
        mark = m;
    }

    private void invalidLegacyExpression() {
        int m = mark;
        Token a = expectName();
        if (a != null && !at(Token.LPAR)) {
            Expr b = starExpressions();
            if (b != null && (a.text.equals("print") || a.text.equals("exec"))) {
                throw raiseKnownRange(a, b, "Missing parentheses in call to '" + a.text + "'. Did you mean " + a.text
                        + "(...)?");
            }
        }
        mark = m;
    }

    private static boolean isSoftKeyword(Token t) {
        return t.type == Token.NAME && (t.text.equals("match") || t.text.equals("case") || t.text.equals("_"));
    }

    private void invalidExpression() {
        int m = mark;
        Token t0 = peek();
        boolean excluded = isSoftKeyword(t0);
        if (!excluded && t0.type == Token.NAME) {
            mark++;
            excluded = at(Token.STRING);
            mark = m;
        }
        if (!excluded) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null) {
                    if (!isLegacyStmt(a) && tokens[mark - 1].level != 0) {
                        throw raiseKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
            }
        }
        mark = m;
        Expr a = disjunction();
        if (a != null && expect(Token.IF) != null) {
            Expr b = disjunction();
            if (b != null && !atAny(Token.ELSE, Token.COLON)) {
                throw raiseKnownRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        mark = m;
    }

    private void invalidNamedExpression() {
        Object memo = memoGet(R_INVALID_NAMED_EXPRESSION);
        if (memo != null) {
            return;
        }
        int m = mark;
        Expr a = expression();
        if (a != null && expect(Token.COLONEQUAL) != null && expression() != null) {
            throw raiseKnownLocation(a, "cannot use assignment expressions with " + exprName(a));
        }
        mark = m;
        Token n = expectName();
        if (n != null && expect(Token.EQUAL) != null) {
            Expr b = bitwiseOr();
            if (b != null && !atAny(Token.EQUAL, Token.COLONEQUAL)) {
                throw raiseKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        boolean excluded = list() != null;
        mark = m;
        excluded = excluded || tuple() != null;
        mark = m;
        excluded = excluded || genexp() != null;
        mark = m;
        excluded = excluded || atAny(Token.TRUE, Token.NONE, Token.FALSE);
        if (!excluded) {
            a = bitwiseOr();
            if (a != null && expect(Token.EQUAL) != null && bitwiseOr() != null && !atAny(Token.EQUAL, Token.COLONEQUAL)) {
                throw raiseKnownLocation(a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        mark = m;
        memoPut(R_INVALID_NAMED_EXPRESSION, m, null);
    }

    private Expr invalidAnnAssignTarget() {
        int m = mark;
        Expr a = list();
        if (a != null) {
            return a;
        }
        mark = m;
        a = tuple();
        if (a != null) {
            return a;
        }
        mark = m;
        if (expect(Token.LPAR) != null) {
            a = invalidAnnAssignTarget();
            if (a != null && expect(Token.RPAR) != null) {
                return a;
            }
        }
        mark = m;
        return null;
    }

    private void invalidAssignment() {
        int m = mark;
        Expr a = invalidAnnAssignTarget();
        if (a != null && expect(Token.COLON) != null && expression() != null) {
            throw raiseKnownLocation(a, "only single target (not " + exprName(a) + ") can be annotated");
        }
        mark = m;
        a = starNamedExpression();
        if (a != null && expect(Token.COMMA) != null) {
            while (starNamedExpressions() != null) {
                // star_named_expressions*
            }
            if (expect(Token.COLON) != null && expression() != null) {
                throw raiseKnownLocation(a, "only single target (not tuple) can be annotated");
            }
        }
        mark = m;
        a = expression();
        if (a != null && expect(Token.COLON) != null && expression() != null) {
            throw raiseKnownLocation(a, "illegal target for annotation");
        }
        mark = m;
        skipStarTargetsAssignments();
        a = starExpressions();
        if (a != null && expect(Token.EQUAL) != null) {
            invalidTarget(TargetsType.STAR_TARGETS, a);
        }
        mark = m;
        skipStarTargetsAssignments();
        a = yieldExpr();
        if (a != null && expect(Token.EQUAL) != null) {
            throw raiseKnownLocation(a, "assignment to yield expression not possible");
        }
        mark = m;
        a = starExpressions();
        if (a != null && augassign() != null) {
            Expr v = yieldExpr();
            if (v == null) {
                v = starExpressions();
            }
            if (v != null) {
                throw raiseKnownLocation(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
            }
        }
        mark = m;
    }

    private void skipStarTargetsAssignments() {
        for (;;) {
            int m = mark;
            if (starTargets() == null || expect(Token.EQUAL) == null) {
                mark = m;
                return;
            }
        }
    }

    private void invalidComprehension() {
        int m = mark;
        if (atAny(Token.LSQB, Token.LPAR, Token.LBRACE)) {
            mark++;
            Expr a = starredExpression();
            if (a != null && forIfClauses() != null) {
                throw raiseKnownLocation(a, "iterable unpacking cannot be used in comprehension");
            }
        }
        mark = m;
        if (atAny(Token.LSQB, Token.LBRACE)) {
            mark++;
            Expr a = starNamedExpression();
            if (a != null && expect(Token.COMMA) != null) {
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw raiseKnownRange(a, b.getLast(), "did you forget parentheses around the comprehension target?");
                }
            }
            mark = m + 1;
            a = starNamedExpression();
            if (a != null) {
                Token b = expect(Token.COMMA);
                if (b != null && forIfClauses() != null) {
                    throw raiseKnownRange(a, b, "did you forget parentheses around the comprehension target?");
                }
            }
        }
        mark = m;
    }

    private void invalidParameters() {
        int m = mark;
        paramNoDefaultStar(false);
        int m1 = mark;
        boolean helper = slashWithDefault(false) != null;
        if (!helper) {
            mark = m1;
            helper = !paramWithDefaultStar(false).isEmpty();
        }
        if (helper) {
            Arg a = paramNoDefault(false);
            if (a != null) {
                throw raiseKnownLocation(a, "non-default argument follows default argument");
            }
        }
        mark = m;
        paramNoDefaultStar(false);
        Token a = expect(Token.LPAR);
        if (a != null && !paramNoDefaultStar(false).isEmpty()) {
            expect(Token.COMMA);
            Token b = expect(Token.RPAR);
            if (b != null) {
                throw raiseKnownRange(a, b, "Function parameters cannot be parenthesized");
            }
        }
        mark = m;
        commonInvalidParameters(false);
    }

    private void invalidLambdaParameters() {
        int m = mark;
        paramNoDefaultStar(true);
        int m1 = mark;
        boolean helper = slashWithDefault(true) != null;
        if (!helper) {
            mark = m1;
            helper = !paramWithDefaultStar(true).isEmpty();
        }
        if (helper) {
            Arg a = paramNoDefault(true);
            if (a != null) {
                throw raiseKnownLocation(a, "non-default argument follows default argument");
            }
        }
        mark = m;
        paramNoDefaultStar(true);
        Token a = expect(Token.LPAR);
        if (a != null) {
            int n = 0;
            for (;;) {
                int m2 = mark;
                if (n > 0 && expect(Token.COMMA) == null) {
                    break;
                }
                if (param(true) == null) {
                    mark = m2;
                    break;
                }
                n++;
            }
            if (n > 0) {
                expect(Token.COMMA);
                Token b = expect(Token.RPAR);
                if (b != null) {
                    throw raiseKnownRange(a, b, "Lambda expression parameters cannot be parenthesized");
                }
            }
        }
        mark = m;
        commonInvalidParameters(true);
    }

    private void commonInvalidParameters(boolean lambda) {
        int m = mark;
        Token a = expect(Token.SLASH);
        if (a != null && expect(Token.COMMA) != null) {
            throw raiseKnownLocation(a, "at least one argument must precede /");
        }
        mark = m;
        if (slashNoDefault(lambda) != null || slashWithDefault(lambda) != null) {
            paramMaybeDefaultStar(lambda);
            a = expect(Token.SLASH);
            if (a != null) {
                throw raiseKnownLocation(a, "/ may appear only once");
            }
        }
        mark = m;
        if (slashNoDefault(lambda) == null) {
            mark = m;
            if (slashWithDefault(lambda) == null) {
                mark = m;
            }
        }
        paramMaybeDefaultStar(lambda);
        if (expect(Token.STAR) != null && (expect(Token.COMMA) != null || paramNoDefault(lambda) != null)) {
            paramMaybeDefaultStar(lambda);
            a = expect(Token.SLASH);
            if (a != null) {
                throw raiseKnownLocation(a, "/ must be ahead of *");
            }
        }
        mark = m;
        if (!paramMaybeDefaultStar(lambda).isEmpty() && expect(Token.SLASH) != null) {
            a = expect(Token.STAR);
            if (a != null) {
                throw raiseKnownLocation(a, "expected comma between / and *");
            }
        }
        mark = m;
    }

    private void invalidStarEtc() {
        int m = mark;
        Token a = expect(Token.STAR);
        if (a != null) {
            if (expect(Token.RPAR) != null
                    || (expect(Token.COMMA) != null && (expect(Token.RPAR) != null || expect(Token.DOUBLESTAR) != null))) {
                throw raiseKnownLocation(a, "named arguments must follow bare *");
            }
        }
        mark = m;
        if (expect(Token.STAR) != null && param(false) != null) {
            Token e = expect(Token.EQUAL);
            if (e != null) {
                throw raiseKnownLocation(e, "var-positional argument cannot have default value");
            }
        }
        mark = m;
        starAppearsTwice(false);
        mark = m;
    }

    private void invalidLambdaStarEtc() {
        int m = mark;
        if (expect(Token.STAR) != null) {
            if (expect(Token.COLON) != null
                    || (expect(Token.COMMA) != null && (expect(Token.COLON) != null || expect(Token.DOUBLESTAR) != null))) {
                throw syntaxError("named arguments must follow bare *");
            }
        }
        mark = m;
        if (expect(Token.STAR) != null && param(true) != null) {
            Token e = expect(Token.EQUAL);
            if (e != null) {
                throw raiseKnownLocation(e, "var-positional argument cannot have default value");
            }
        }
        mark = m;
        starAppearsTwice(true);
        mark = m;
    }

    private void starAppearsTwice(boolean lambda) {
        if (expect(Token.STAR) != null && (paramNoDefault(lambda) != null || expect(Token.COMMA) != null)) {
            paramMaybeDefaultStar(lambda);
            Token a = expect(Token.STAR);
            if (a != null && (paramNoDefault(lambda) != null || expect(Token.COMMA) != null)) {
                throw raiseKnownLocation(a, "* argument may appear only once");
            }
        }
    }

    private void invalidKwds(boolean lambda) {
        int m = mark;
        if (expect(Token.DOUBLESTAR) != null && param(lambda) != null) {
            Token a = expect(Token.EQUAL);
            if (a != null) {
                throw raiseKnownLocation(a, "var-keyword argument cannot have default value");
            }
            if (expect(Token.COMMA) != null) {
                int m2 = mark;
                Arg p = param(lambda);
                if (p != null) {
                    throw raiseKnownLocation(p, "arguments cannot follow var-keyword argument");
                }
                mark = m2;
                Token t = peek();
                if (t.type == Token.STAR || t.type == Token.DOUBLESTAR || t.type == Token.SLASH) {
                    throw raiseKnownLocation(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        mark = m;
    }

    private boolean invalidWithItems(boolean expressions) {
        int n = 0;
        for (;;) {
            int m = mark;
            if (n > 0 && expect(Token.COMMA) == null) {
                break;
            }
            Expr e = expressions ? expressions() : expression();
            if (e == null) {
                mark = m;
                break;
            }
            int m2 = mark;
            if (expect(Token.AS) == null || starTarget() == null) {
                mark = m2;
            }
            n++;
        }
        return n > 0;
    }

    private void invalidWithStmt() {
        int m = mark;
        expect(Token.ASYNC);
        if (expect(Token.WITH) != null) {
            int m2 = mark;
            if (invalidWithItems(false) && expect(Token.NEWLINE) != null) {
                throw syntaxError("expected ':'");
            }
            mark = m2;
            if (expect(Token.LPAR) != null && invalidWithItems(true)) {
                expect(Token.COMMA);
                if (expect(Token.RPAR) != null && expect(Token.NEWLINE) != null) {
                    throw syntaxError("expected ':'");
                }
            }
        }
        mark = m;
    }

    private void invalidWithStmtIndent() {
        int m = mark;
        expect(Token.ASYNC);
        Token a = expect(Token.WITH);
        if (a != null) {
            int m2 = mark;
            if (invalidWithItems(false) && expect(Token.COLON) != null && expect(Token.NEWLINE) != null
                    && !at(Token.INDENT)) {
                throw raiseError(PythonSyntaxError.Kind.IndentationError,
                        "expected an indented block after 'with' statement on line " + a.lineno);
            }
            mark = m2;
            if (expect(Token.LPAR) != null && invalidWithItems(true)) {
                expect(Token.COMMA);
                if (expect(Token.RPAR) != null && expect(Token.COLON) != null && expect(Token.NEWLINE) != null
                        && !at(Token.INDENT)) {
                    throw raiseError(PythonSyntaxError.Kind.IndentationError,
                            "expected an indented block after 'with' statement on line " + a.lineno);
                }
            }
        }
        mark = m;
    }

    private void invalidTryStmt() {
        int m = mark;
        Token a = expect(Token.TRY);
        if (a != null && expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
            throw raiseError(PythonSyntaxError.Kind.IndentationError,
                    "expected an indented block after 'try' statement on line " + a.lineno);
        }
        mark = m;
        if (expect(Token.TRY) != null && expect(Token.COLON) != null && block() != null
                && !atAny(Token.EXCEPT, Token.FINALLY)) {
            throw syntaxError("expected 'except' or 'finally' block");
        }
        mark = m;
        if (expect(Token.TRY) != null && expect(Token.COLON) != null) {
            int m2 = mark;
            while (block() != null) {
                // block*
            }
            int n = 0;
            while (exceptBlock() != null) {
                n++;
            }
            if (n > 0) {
                Token e = expect(Token.EXCEPT);
                Token b = e == null ? null : expect(Token.STAR);
                if (b != null && expression() != null) {
                    asName();
                    if (expect(Token.COLON) != null) {
                        throw raiseKnownRange(e, b, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
            mark = m2;
            while (block() != null) {
                // block*
            }
            n = 0;
            while (exceptStarBlock() != null) {
                n++;
            }
            if (n > 0) {
                Token e = expect(Token.EXCEPT);
                if (e != null) {
                    int m3 = mark;
                    if (expression() != null) {
                        asName();
                    } else {
                        mark = m3;
                    }
                    if (expect(Token.COLON) != null) {
                        throw raiseKnownLocation(e, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
        }
        mark = m;
    }

    private void invalidExceptStmt() {
        int m = mark;
        if (expect(Token.EXCEPT) != null) {
            expect(Token.STAR);
            Expr a = expression();
            if (a != null && expect(Token.COMMA) != null && expressions() != null) {
                asName();
                if (expect(Token.COLON) != null) {
                    throw raiseStartingFrom(a, "multiple exception types must be parenthesized");
                }
            }
        }
        mark = m;
        if (expect(Token.EXCEPT) != null) {
            expect(Token.STAR);
            if (expression() != null) {
                asName();
                if (expect(Token.NEWLINE) != null) {
                    throw syntaxError("expected ':'");
                }
            }
        }
        mark = m;
        if (expect(Token.EXCEPT) != null && expect(Token.NEWLINE) != null) {
            throw syntaxError("expected ':'");
        }
        mark = m;
        if (expect(Token.EXCEPT) != null && expect(Token.STAR) != null && atAny(Token.NEWLINE, Token.COLON)) {
            mark++;
            throw syntaxError("expected one or more exception types");
        }
        mark = m;
    }

    private void invalidExceptStmtIndent() {
        int m = mark;
        Token a = expect(Token.EXCEPT);
        if (a != null && expression() != null) {
            asName();
            if (expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                throw raiseError(PythonSyntaxError.Kind.IndentationError,
                        "expected an indented block after 'except' statement on line " + a.lineno);
            }
        }
        mark = m;
        a = expect(Token.EXCEPT);
        if (a != null && expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
            throw raiseError(PythonSyntaxError.Kind.IndentationError,
                    "expected an indented block after 'except' statement on line " + a.lineno);
        }
        mark = m;
    }

    /** invalid_if_stmt, invalid_elif_stmt, invalid_while_stmt. */
    private void invalidIfStmt(int keyword, String word) {
        int m = mark;
        if (expect(keyword) != null && namedExpression() != null && expect(Token.NEWLINE) != null) {
            throw syntaxError("expected ':'");
        }
        mark = m;
        Token a = expect(keyword);
        if (a != null) {
            Expr e = namedExpression();
            if (e != null && expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                int line = keyword == Token.IF ? e.lineno() : a.lineno;
                throw raiseError(PythonSyntaxError.Kind.IndentationError,
                        "expected an indented block after '" + word + "' statement on line " + line);
            }
        }
        mark = m;
    }

    private void invalidForStmt() {
        int m = mark;
        expect(Token.ASYNC);
        if (expect(Token.FOR) != null && starTargets() != null && expect(Token.IN) != null && starExpressions() != null
                && expect(Token.NEWLINE) != null) {
            throw syntaxError("expected ':'");
        }
        mark = m;
        expect(Token.ASYNC);
        Token a = expect(Token.FOR);
        if (a != null && starTargets() != null && expect(Token.IN) != null && starExpressions() != null
                && expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
            throw raiseError(PythonSyntaxError.Kind.IndentationError,
                    "expected an indented block after 'for' statement on line " + a.lineno);
        }
        mark = m;
    }

    private void invalidForTarget() {
        int m = mark;
        expect(Token.ASYNC);
        if (expect(Token.FOR) != null) {
            Expr a = starExpressions();
            if (a != null) {
                invalidTarget(TargetsType.FOR_TARGETS, a);
            }
        }
        mark = m;
    }

    private void invalidDefRaw() {
        int m = mark;
        expect(Token.ASYNC);
        Token a = expect(Token.DEF);
        if (a != null && expectName() != null && expect(Token.LPAR) != null) {
            params();
            if (expect(Token.RPAR) != null) {
                int m2 = mark;
                if (expect(Token.RARROW) == null || expression() == null) {
                    mark = m2;
                }
                if (expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                    throw raiseError(PythonSyntaxError.Kind.IndentationError,
                            "expected an indented block after function definition on line " + a.lineno);
                }
            }
        }
        mark = m;
    }

    private void invalidClassDefRaw() {
        int m = mark;
        Token a = expect(Token.CLASS);
        if (a != null && expectName() != null) {
            int m2 = mark;
            if (expect(Token.LPAR) != null) {
                arguments();
                if (expect(Token.RPAR) == null) {
                    mark = m2;
                }
            }
            if (expect(Token.NEWLINE) != null) {
                throw syntaxError("expected ':'");
            }
            if (expect(Token.COLON) != null && expect(Token.NEWLINE) != null && !at(Token.INDENT)) {
                throw raiseError(PythonSyntaxError.Kind.IndentationError,
                        "expected an indented block after class definition on line " + a.lineno);
            }
        }
        mark = m;
    }

    private void invalidDoubleStarredKvpairs() {
        int m = mark;
        int n = 0;
        for (;;) {
            int m2 = mark;
            if (n > 0 && expect(Token.COMMA) == null) {
                break;
            }
            if (doubleStarredKvpair() == null) {
                mark = m2;
                break;
            }
            n++;
        }
        if (n > 0 && expect(Token.COMMA) != null) {
            invalidKvpair();
        }
        mark = m;
        if (expression() != null && expect(Token.COLON) != null) {
            Token a = expect(Token.STAR);
            if (a != null && bitwiseOr() != null) {
                throw raiseStartingFrom(a, "cannot use a starred expression in a dictionary value");
            }
        }
        mark = m;
        if (expression() != null) {
            Token a = expect(Token.COLON);
            if (a != null && atAny(Token.RBRACE, Token.COMMA)) {
                throw raiseKnownLocation(a, "expression expected after dictionary key and ':'");
            }
        }
        mark = m;
    }

    private void invalidKvpair() {
        int m = mark;
        Expr a = expression();
        if (a != null && !at(Token.COLON)) {
            throw raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, a.lineno(), a.end_col_offset() - 1,
                    a.end_lineno(), -1, "':' expected after dictionary key");
        }
        mark = m;
        if (expression() != null && expect(Token.COLON) != null) {
            Token s = expect(Token.STAR);
            if (s != null && bitwiseOr() != null) {
                throw raiseStartingFrom(s, "cannot use a starred expression in a dictionary value");
            }
        }
        mark = m;
        if (expression() != null) {
            Token c = expect(Token.COLON);
            if (c != null && atAny(Token.RBRACE, Token.COMMA)) {
                throw raiseKnownLocation(c, "expression expected after dictionary key and ':'");
            }
        }
        mark = m;
    }

    // ---------------------------------------------------------------- numbers (pegen.c's parsenumber)

    private static final int MAX_STR_DIGITS = 4300;

    private Expr number(Token t) {
        String s = t.text.indexOf('_') >= 0 ? t.text.replace("_", "") : t.text;
        Object v;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            v = new dev.pyheap.interpreter.ast.Complex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        } else if (s.length() > 1 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                default -> 2;
            };
            v = normalizeInt(new java.math.BigInteger(s.substring(2), radix));
        } else if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            v = Double.parseDouble(s);
        } else {
            if (s.length() > MAX_STR_DIGITS) {
                throw raiseKnownLocation(PythonSyntaxError.Kind.SyntaxError, t.lineno, -1, t.endLineno, -1,
                        "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has "
                                + s.length() + " digits; use sys.set_int_max_str_digits() to increase the limit"
                                + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
            }
            v = s.length() < 19 ? (Object) Long.parseLong(s) : normalizeInt(new java.math.BigInteger(s));
        }
        return new Expr.Constant(v, null, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    }

    /** An int constant: a Long when it fits, else a BigInteger. */
    static Object normalizeInt(java.math.BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
