package dev.pyheap.interpreter.parser;

import dev.pyheap.runtime.objects.UnicodeCtype;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Parser/tokenizer.c: UTF-8 source bytes to tokens, one at a time, as the parser asks for them.
 *
 * <p>The source is read a line at a time, as CPython's string tokenizer does: {@code lineStart} is the
 * start of the line being read, {@code inp} the end of it (after its newline), and {@code lineno}
 * counts only the lines read so far. So positions and error locations are CPython's: columns are byte
 * offsets from {@code lineStart}, and errors met while reading report the line the tokenizer is on.
 *
 * <p>Indentation: at the start of each logical line the columns of its indentation are measured twice,
 * with tabs to multiples of 8 ({@code col}) and of 1 ({@code altcol}); the two must order the same way
 * against the indent stack, or it is a TabError. Lines that are blank or only a comment, and lines
 * inside brackets, do not count. Each rise pushes one INDENT, each fall pops DEDENTs down to a
 * matching level (no match: "unindent does not match any outer indentation level").
 *
 * <p>Errors are thrown as {@link PythonSyntaxError} with tokenizer.c's messages and locations, except
 * the ones CPython reports from the parser side (EOF inside brackets, a bad unindent, tab errors, a
 * bad continuation character), which come back as an {@link Token#ERRORTOKEN} with {@link #done} set.
 */
final class Tokenizer {
    static final int EOF = -1;
    static final int E_OK = 0, E_EOF = 11, E_DEDENT = 21, E_TABSPACE = 18, E_TOODEEP = 20, E_LINECONT = 25;
    /** EOF inside a triple-quoted string, and inside a one-quote string (errcode.h): input that more lines could complete. */
    static final int E_EOFS = 23, E_EOLS = 24;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    final byte[] buf;
    private final int len;
    final String filename;
    /** Where warnings go (null: nowhere). */
    java.util.List<CompileWarning> warnings;
    int cur;
    int inp;
    int lineStart;
    int lineno;
    int done = E_OK;
    private boolean atbol = true;
    int pendin;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    int indent;
    int level;
    final char[] parenstack = new char[MAXLEVEL];
    final int[] parenlinenostack = new int[MAXLEVEL];
    final int[] parencolstack = new int[MAXLEVEL];
    private int firstLineno;
    private int multiLineStart;
    private int tokStart;

    /** {@code source}: UTF-8 bytes with newlines already translated to '\n'; a missing last newline is added. */
    Tokenizer(byte[] source, String filename) {
        this(source, filename, true);
    }

    /**
     * {@code execInput}: a missing last newline is added, as tokenizer.c's translate_newlines does for
     * {@code 'exec'} input only; without it the last line may end at EOF (what codeop's checks rely on).
     */
    Tokenizer(byte[] source, String filename, boolean execInput) {
        int n = source.length;
        if (execInput && n > 0 && source[n - 1] != '\n') {
            byte[] b = new byte[n + 1];
            System.arraycopy(source, 0, b, 0, n);
            b[n] = '\n';
            source = b;
        }
        this.buf = source;
        this.len = source.length;
        this.filename = filename;
    }

    private int nextc() {
        for (;;) {
            if (cur != inp) {
                return buf[cur++] & 0xff;
            }
            if (done != E_OK) {
                return EOF;
            }
            if (inp >= len) {
                done = E_EOF;
                cur = inp;
                return EOF;
            }
            int end = inp;
            while (end < len && buf[end] != '\n') {
                end++;
            }
            if (end < len) {
                end++;
            }
            lineno++;
            lineStart = cur;
            inp = end;
        }
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    /** The source line {@code lineStart} begins, without its newline. */
    String currentLineText() {
        int e = lineStart;
        while (e < len && buf[e] != '\n') {
            e++;
        }
        return new String(buf, lineStart, e - lineStart, StandardCharsets.UTF_8);
    }

    private PythonSyntaxError syntaxError(String msg) {
        String upToCur = new String(buf, lineStart, cur - lineStart, StandardCharsets.UTF_8);
        int col = upToCur.codePointCount(0, upToCur.length());
        return syntaxErrorRange(msg, col, col);
    }

    private PythonSyntaxError syntaxErrorRange(String msg, int col, int endCol) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, lineno, col, lineno, endCol,
                currentLineText());
    }

    private Token token(int type, int start, int end) {
        int ln = type == Token.STRING ? firstLineno : lineno;
        int ls = type == Token.STRING ? multiLineStart : lineStart;
        int col = start >= 0 && start >= ls ? start - ls : -1;
        int endCol = end >= 0 && end >= lineStart ? end - lineStart : -1;
        String text = start >= 0 ? new String(buf, start, end - start, StandardCharsets.UTF_8) : "";
        if (type == Token.NAME) {
            type = Token.nameType(text);
            if (type == Token.NAME && !isAscii(start, end)) {
                text = Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return new Token(type, start, end, ln, col, lineno, endCol, level, text);
    }

    private boolean isAscii(int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private Token errorToken(int doneCode) {
        done = doneCode;
        return new Token(Token.ERRORTOKEN, -1, -1, lineno, -1, lineno, -1, level, "");
    }

    private static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The next token; tokenizer.c's tok_get. */
    Token next() {
        tokStart = -1;
        boolean blankline = false;
        for (;;) { // nextline
            blankline = false;
            if (atbol) {
                atbol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                int c;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = altcol + 1;
                    } else if (c == '\014') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // A backslash in the indentation: the first one fixes the line's indentation.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        c = continuationLine();
                        if (c == -2) {
                            return errorToken(done);
                        }
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    col = contLineCol != 0 ? contLineCol : col;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            return indentError();
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            cur = inp;
                            return errorToken(E_TOODEEP);
                        }
                        if (altcol <= altindstack[indent]) {
                            return indentError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            cur = inp;
                            return errorToken(E_DEDENT);
                        }
                        if (altcol != altindstack[indent]) {
                            return indentError();
                        }
                    }
                }
            }
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return new Token(Token.DEDENT, -1, -1, lineno, -1, lineno, -1, level, "");
                }
                pendin--;
                return new Token(Token.INDENT, -1, -1, lineno, -1, lineno, -1, level, "");
            }
            for (;;) { // again
                int c;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\014');
                tokStart = cur - 1;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        return errorToken(done);
                    }
                    return done == E_EOF ? new Token(Token.ENDMARKER, -1, -1, lineno, -1, lineno, -1, 0, "")
                            : errorToken(done);
                }
                if (isIdentifierStart(c)) {
                    boolean sawB = false, sawR = false, sawU = false, sawF = false;
                    boolean quote = false;
                    for (;;) {
                        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                            sawB = true;
                        } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                            sawU = true;
                        } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                            sawR = true;
                        } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                            sawF = true;
                        } else {
                            break;
                        }
                        c = nextc();
                        if (c == '"' || c == '\'') {
                            quote = true;
                            break;
                        }
                    }
                    if (quote) {
                        return string(c);
                    }
                    boolean nonascii = false;
                    while (isIdentifierChar(c)) {
                        if (c >= 128) {
                            nonascii = true;
                        }
                        c = nextc();
                    }
                    backup(c);
                    if (nonascii) {
                        verifyIdentifier();
                    }
                    return token(Token.NAME, tokStart, cur);
                }
                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        break; // nextline
                    }
                    return token(Token.NEWLINE, tokStart, cur - 1);
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return number(c, true);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return token(Token.ELLIPSIS, tokStart, cur);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return token(Token.DOT, tokStart, cur);
                }
                if (isDigit(c)) {
                    return number(c, false);
                }
                if (c == '\'' || c == '"') {
                    return string(c);
                }
                if (c == '\\') {
                    if (continuationLine() == -2) {
                        return errorToken(done);
                    }
                    continue; // again
                }
                int c2 = nextc();
                int t2 = twoChars(c, c2);
                if (t2 != Token.OP) {
                    int c3 = nextc();
                    int t3 = threeChars(c, c2, c3);
                    if (t3 != Token.OP) {
                        t2 = t3;
                    } else {
                        backup(c3);
                    }
                    return token(t2, tokStart, cur);
                }
                backup(c2);
                switch (c) {
                    case '(', '[', '{' -> {
                        if (level >= MAXLEVEL) {
                            throw syntaxError("too many nested parentheses");
                        }
                        parenstack[level] = (char) c;
                        parenlinenostack[level] = lineno;
                        parencolstack[level] = tokStart - lineStart;
                        level++;
                    }
                    case ')', ']', '}' -> {
                        if (level == 0) {
                            throw syntaxError("unmatched '" + (char) c + "'");
                        }
                        level--;
                        char opening = parenstack[level];
                        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
                                || (opening == '{' && c == '}'))) {
                            if (parenlinenostack[level] != lineno) {
                                throw syntaxError("closing parenthesis '" + (char) c
                                        + "' does not match opening parenthesis '" + opening + "' on line "
                                        + parenlinenostack[level]);
                            }
                            throw syntaxError("closing parenthesis '" + (char) c
                                    + "' does not match opening parenthesis '" + opening + "'");
                        }
                    }
                    default -> {
                    }
                }
                if (c < ' ' || c == 0x7f) {
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c));
                }
                return token(oneChar(c), tokStart, cur);
            }
        }
    }

    /** tok_continuation_line: after a backslash, a newline and more input, or an error (-2, {@link #done} set). */
    private int continuationLine() {
        int c = nextc();
        if (c != '\n') {
            done = E_LINECONT;
            return -2;
        }
        c = nextc();
        if (c == EOF) {
            done = E_EOF;
            cur = inp;
            return -2;
        }
        backup(c);
        return c;
    }

    private Token indentError() {
        cur = inp;
        return errorToken(E_TABSPACE);
    }

    private void verifyIdentifier() {
        String s = new String(buf, tokStart, cur - tokStart, StandardCharsets.UTF_8);
        int i = 0;
        int index = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ok = index == 0 ? UnicodeCtype.isIdentifierStart(cp) : UnicodeCtype.isIdentifierPart(cp);
            if (!ok) {
                int next = i + Character.charCount(cp);
                if (next < s.length()) {
                    cur = tokStart + s.substring(0, next).getBytes(StandardCharsets.UTF_8).length;
                }
                String hex = String.format("%04X", cp);
                if (cp > 127 && isPrintable(cp)) {
                    throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")");
                }
                throw syntaxError("invalid non-printable character U+" + hex);
            }
            i += Character.charCount(cp);
            index++;
        }
    }

    static boolean isPrintable(int cp) {
        return dev.pyheap.interpreter.ast.ConstantRepr.isPrintable(cp);
    }

    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    private boolean lookahead(String rest) {
        int n = 0;
        boolean ok = true;
        for (int i = 0; i < rest.length(); i++) {
            int c = nextc();
            n++;
            if (c != rest.charAt(i)) {
                ok = false;
                backup(c);
                n--;
                break;
            }
        }
        cur -= n;
        return ok;
    }

    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        switch (c) {
            case 'a' -> r = lookahead("nd");
            case 'e' -> r = lookahead("lse");
            case 'f' -> r = lookahead("or");
            case 'i' -> {
                int c2 = nextc();
                r = c2 == 'f' || c2 == 'n' || c2 == 's';
                backup(c2);
            }
            case 'o' -> r = lookahead("r");
            case 'n' -> r = lookahead("ot");
            default -> {
            }
        }
        if (r) {
            // CPython 3.11 only warns for a literal followed by a keyword (1if, 0x1for, ...).
            if (warnings != null) {
                String msg = "invalid " + kind + " literal";
                backup(c); // the error points at the keyword's first letter
                PythonSyntaxError error = syntaxError(msg);
                nextc();
                warnings.add(new CompileWarning("SyntaxWarning", msg, filename, lineno, error));
            }
            return;
        }
        if (isIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private Token number(int c, boolean fraction) {
        if (!fraction) {
            if (c == '0') {
                c = nextc();
                if (c == 'x' || c == 'X') {
                    c = nextc();
                    do {
                        if (c == '_') {
                            c = nextc();
                        }
                        if (!isXDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid hexadecimal literal");
                        }
                        do {
                            c = nextc();
                        } while (isXDigit(c));
                    } while (c == '_');
                    verifyEndOfNumber(c, "hexadecimal");
                } else if (c == 'o' || c == 'O') {
                    c = nextc();
                    do {
                        if (c == '_') {
                            c = nextc();
                        }
                        if (c < '0' || c >= '8') {
                            if (isDigit(c)) {
                                throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                            }
                            backup(c);
                            throw syntaxError("invalid octal literal");
                        }
                        do {
                            c = nextc();
                        } while ('0' <= c && c < '8');
                    } while (c == '_');
                    if (isDigit(c)) {
                        throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                    }
                    verifyEndOfNumber(c, "octal");
                } else if (c == 'b' || c == 'B') {
                    c = nextc();
                    do {
                        if (c == '_') {
                            c = nextc();
                        }
                        if (c != '0' && c != '1') {
                            if (isDigit(c)) {
                                throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                            }
                            backup(c);
                            throw syntaxError("invalid binary literal");
                        }
                        do {
                            c = nextc();
                        } while (c == '0' || c == '1');
                    } while (c == '_');
                    if (isDigit(c)) {
                        throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                    }
                    verifyEndOfNumber(c, "binary");
                } else {
                    boolean nonzero = false;
                    for (;;) {
                        if (c == '_') {
                            c = nextc();
                            if (!isDigit(c)) {
                                backup(c);
                                throw syntaxError("invalid decimal literal");
                            }
                        }
                        if (c != '0') {
                            break;
                        }
                        c = nextc();
                    }
                    int zerosEnd = cur;
                    if (isDigit(c)) {
                        nonzero = true;
                        c = decimalTail();
                    }
                    if (c == '.') {
                        c = nextc();
                        return fraction(c);
                    } else if (c == 'e' || c == 'E') {
                        return exponent(c);
                    } else if (c == 'j' || c == 'J') {
                        return imaginary();
                    } else if (nonzero) {
                        backup(c);
                        throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers", tokStart + 1 - lineStart, zerosEnd - lineStart);
                    }
                    verifyEndOfNumber(c, "decimal");
                }
                backup(c);
                return token(Token.NUMBER, tokStart, cur);
            }
            c = decimalTail();
            if (c == '.') {
                c = nextc();
            } else {
                return afterFraction(c);
            }
        }
        return fraction(c);
    }

    private Token fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return afterFraction(c);
    }

    private Token afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return token(Token.NUMBER, tokStart, cur);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return token(Token.NUMBER, tokStart, cur);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return token(Token.NUMBER, tokStart, cur);
    }

    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return token(Token.NUMBER, tokStart, cur);
    }

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                cur = tokStart + 1;
                lineStart = multiLineStart;
                int start = lineno;
                lineno = firstLineno;
                if (c == EOF) { // at the end of the source, not of a line: more input could close it
                    done = quoteSize == 3 ? E_EOFS : E_EOLS;
                }
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + start + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + start + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return token(Token.STRING, tokStart, cur);
    }

    private static int oneChar(int c) {
        return switch (c) {
            case '%' -> Token.PERCENT;
            case '&' -> Token.AMPER;
            case '(' -> Token.LPAR;
            case ')' -> Token.RPAR;
            case '*' -> Token.STAR;
            case '+' -> Token.PLUS;
            case ',' -> Token.COMMA;
            case '-' -> Token.MINUS;
            case '.' -> Token.DOT;
            case '/' -> Token.SLASH;
            case ':' -> Token.COLON;
            case ';' -> Token.SEMI;
            case '<' -> Token.LESS;
            case '=' -> Token.EQUAL;
            case '>' -> Token.GREATER;
            case '@' -> Token.AT;
            case '[' -> Token.LSQB;
            case ']' -> Token.RSQB;
            case '^' -> Token.CIRCUMFLEX;
            case '{' -> Token.LBRACE;
            case '|' -> Token.VBAR;
            case '}' -> Token.RBRACE;
            case '~' -> Token.TILDE;
            default -> Token.OP;
        };
    }

    private static int twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? Token.NOTEQUAL : Token.OP;
            case '%' -> c2 == '=' ? Token.PERCENTEQUAL : Token.OP;
            case '&' -> c2 == '=' ? Token.AMPEREQUAL : Token.OP;
            case '*' -> c2 == '*' ? Token.DOUBLESTAR : c2 == '=' ? Token.STAREQUAL : Token.OP;
            case '+' -> c2 == '=' ? Token.PLUSEQUAL : Token.OP;
            case '-' -> c2 == '=' ? Token.MINEQUAL : c2 == '>' ? Token.RARROW : Token.OP;
            case '/' -> c2 == '/' ? Token.DOUBLESLASH : c2 == '=' ? Token.SLASHEQUAL : Token.OP;
            case ':' -> c2 == '=' ? Token.COLONEQUAL : Token.OP;
            case '<' -> c2 == '<' ? Token.LEFTSHIFT : c2 == '=' ? Token.LESSEQUAL : c2 == '>' ? Token.NOTEQUAL : Token.OP;
            case '=' -> c2 == '=' ? Token.EQEQUAL : Token.OP;
            case '>' -> c2 == '=' ? Token.GREATEREQUAL : c2 == '>' ? Token.RIGHTSHIFT : Token.OP;
            case '@' -> c2 == '=' ? Token.ATEQUAL : Token.OP;
            case '^' -> c2 == '=' ? Token.CIRCUMFLEXEQUAL : Token.OP;
            case '|' -> c2 == '=' ? Token.VBAREQUAL : Token.OP;
            default -> Token.OP;
        };
    }

    private static int threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return Token.OP;
        }
        if (c1 == '*' && c2 == '*') {
            return Token.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return Token.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return Token.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return Token.RIGHTSHIFTEQUAL;
        }
        return Token.OP;
    }
}
