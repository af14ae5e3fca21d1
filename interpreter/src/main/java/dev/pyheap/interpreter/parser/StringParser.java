package dev.pyheap.interpreter.parser;

import dev.pyheap.interpreter.ast.Expr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser/string_parser.c (3.11): the values of string literals and the parsing of f-strings, and
 * action_helpers.c's concatenation of adjacent literals.
 *
 * <p>Escapes are decoded as CPython does: non-ASCII characters of the literal are first rewritten as
 * {@code \U} escapes, so the positions in a "(unicode error)" message count in that rewritten text.
 * An f-string's expressions are parsed by a second {@link Parser} over {@code "(" + text + ")"}, whose
 * positions are shifted to the literal's place in the file (fstring_find_expr_location, with its
 * quirks); every Constant, FormattedValue and JoinedStr of an f-string spans the whole run of
 * adjacent literals, as in 3.11.
 */
final class StringParser {
    private final Parser p;
    private final byte[] buf;
    private final String filename;
    private final java.util.List<CompileWarning> warnings;
    /** The literal being decoded, for the line of its warnings. */
    private Token current;

    StringParser(Parser p, byte[] buf, String filename, java.util.List<CompileWarning> warnings) {
        this.p = p;
        this.buf = buf;
        this.filename = filename;
        this.warnings = warnings;
    }

    /** warn_invalid_escape_sequence: one DeprecationWarning for a literal's first invalid escape. */
    private void warnInvalidEscape(String escape) {
        if (warnings == null) {
            return;
        }
        char c = escape.charAt(0);
        String msg = (c >= '4' && c <= '7') ? "invalid octal escape sequence '\\" + escape + "'"
                : "invalid escape sequence '\\" + c + "'";
        warnings.add(new CompileWarning("DeprecationWarning", msg, filename, current.lineno,
                p.raiseKnownLocation(current, msg)));
    }

    /** FstringParser: the pieces collected so far. */
    private static final class State {
        StringBuilder lastStr;
        final List<Expr> exprList = new ArrayList<>();
        boolean fmode;
    }

    /** _PyPegen_concatenate_strings. */
    Expr concatenate(List<Token> strings) {
        Token first = strings.getFirst();
        Token last = strings.getLast();
        boolean bytesmode = false;
        ByteArrayOutputStream bytes = null;
        State state = new State();
        for (int i = 0; i < strings.size(); i++) {
            Token t = strings.get(i);
            current = t;
            int s = t.start;
            boolean thisBytes = false;
            boolean raw = false;
            boolean fmode = false;
            int quote;
            for (;;) {
                quote = buf[s] & 0xff;
                if (quote == 'b' || quote == 'B') {
                    thisBytes = true;
                } else if (quote == 'u' || quote == 'U') {
                    // no effect
                } else if (quote == 'r' || quote == 'R') {
                    raw = true;
                } else if (quote == 'f' || quote == 'F') {
                    fmode = true;
                } else {
                    break;
                }
                s++;
            }
            s++;
            int end = t.end - 1;
            if (end - s >= 4 && buf[s] == quote && buf[s + 1] == quote) {
                s += 2;
                end -= 2;
            }
            if (i != 0 && bytesmode != thisBytes) {
                throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "cannot mix bytes and nonbytes literals");
            }
            bytesmode = thisBytes;
            if (fmode) {
                int[] pos = {s};
                concatFstring(state, pos, end, raw, 0, first, t, last);
                continue;
            }
            boolean hasBackslash = false;
            for (int k = s; k < end; k++) {
                if (buf[k] == '\\') {
                    hasBackslash = true;
                    break;
                }
            }
            raw = raw || !hasBackslash;
            if (bytesmode) {
                for (int k = s; k < end; k++) {
                    if (buf[k] < 0) {
                        throw p.raiseKnownLocation(t, "bytes can only contain ASCII literal characters");
                    }
                }
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                if (raw) {
                    bytes.write(buf, s, end - s);
                } else {
                    bytes.writeBytes(decodeBytesWithEscapes(s, end));
                }
            } else {
                String v = raw ? new String(buf, s, end - s, StandardCharsets.UTF_8) : decodeUnicodeWithEscapes(s, end);
                concatAndDel(state, v);
            }
        }
        if (bytesmode) {
            return new Expr.Constant(bytes.toByteArray(), null, first.lineno, first.colOffset, last.endLineno,
                    last.endColOffset);
        }
        return finish(state, first, last);
    }

    private static void concatAndDel(State state, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (state.lastStr == null) {
            state.lastStr = new StringBuilder(s);
        } else {
            state.lastStr.append(s);
        }
    }

    private Expr makeStrNode(State state, Token first, Token last) {
        String s = state.lastStr.toString();
        state.lastStr = null;
        String kind = buf[first.start] == 'u' ? "u" : null;
        return new Expr.Constant(s, kind, first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }

    /** _PyPegen_FstringParser_Finish. */
    private Expr finish(State state, Token first, Token last) {
        if (!state.fmode) {
            if (state.lastStr == null) {
                state.lastStr = new StringBuilder();
            }
            return makeStrNode(state, first, last);
        }
        if (state.lastStr != null) {
            state.exprList.add(makeStrNode(state, first, last));
        }
        return new Expr.JoinedStr(List.copyOf(state.exprList), first.lineno, first.colOffset, last.endLineno,
                last.endColOffset);
    }

    /** _PyPegen_FstringParser_ConcatFstring; pos[0] is the read position in the source bytes. */
    private void concatFstring(State state, int[] pos, int end, boolean raw, int recurseLvl, Token first, Token t,
            Token last) {
        state.fmode = true;
        for (;;) {
            // fstring_find_literal_and_expr
            String[] literal = {null};
            int result = findLiteral(pos, end, raw, literal, recurseLvl);
            if (literal[0] != null) {
                concatAndDel(state, literal[0]);
            }
            if (result == 1) {
                continue;
            }
            if (pos[0] >= end || buf[pos[0]] == '}') {
                break;
            }
            String[] exprText = {null};
            Expr expression = findExpr(pos, end, raw, recurseLvl, exprText, first, t, last);
            if (exprText[0] != null) {
                concatAndDel(state, exprText[0]);
            }
            if (state.lastStr != null) {
                state.exprList.add(makeStrNode(state, first, last));
            }
            state.exprList.add(expression);
        }
        if (recurseLvl == 0 && pos[0] < end - 1) {
            throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && (pos[0] >= end || buf[pos[0]] != '}')) {
            throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: expecting '}'");
        }
    }

    private int findLiteral(int[] pos, int end, boolean raw, String[] literal, int recurseLvl) {
        int s = pos[0];
        int literalStart = s;
        int result = 0;
        boolean done = false;
        while (s < end) {
            int ch = buf[s++] & 0xff;
            if (!raw && ch == '\\' && s < end) {
                ch = buf[s++] & 0xff;
                if (ch == 'N') {
                    if (s < end && buf[s++] == '{') {
                        while (s < end && buf[s++] != '}') {
                            // skip the name
                        }
                        continue;
                    }
                    continue;
                }
                if (ch == '{') {
                    warnInvalidEscape("{");
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && (buf[s] & 0xff) == ch) {
                        pos[0] = s + 1;
                        result = 1;
                        done = true;
                        break;
                    }
                    if (ch == '}') {
                        pos[0] = s - 1;
                        throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!done) {
            pos[0] = s;
        }
        if (literalStart != s) {
            literal[0] = raw ? new String(buf, literalStart, s - literalStart, StandardCharsets.UTF_8)
                    : decodeUnicodeWithEscapes(literalStart, s);
        }
        return result;
    }

    private Expr findExpr(int[] pos, int end, boolean raw, int recurseLvl, String[] exprText, Token first, Token t,
            Token last) {
        int quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        char[] parenstack = new char[200];
        if (recurseLvl >= 2) {
            throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: expressions nested too deeply");
        }
        pos[0]++;
        int exprStart = pos[0];
        for (; pos[0] < end; pos[0]++) {
            int ch = buf[pos[0]] & 0xff;
            if (ch == '\\') {
                throw p.raiseError(PythonSyntaxError.Kind.SyntaxError,
                        "f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (pos[0] + 2 < end && (buf[pos[0] + 1] & 0xff) == ch && (buf[pos[0] + 2] & 0xff) == ch) {
                            pos[0] += 2;
                            stringType = 0;
                            quoteChar = 0;
                            continue;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                        continue;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos[0] + 2 < end && (buf[pos[0] + 1] & 0xff) == ch && (buf[pos[0] + 2] & 0xff) == ch) {
                    stringType = 3;
                    pos[0] += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= 200) {
                    throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: too many nested parenthesis");
                }
                parenstack[nestedDepth++] = (char) ch;
            } else if (ch == '#') {
                throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string expression part cannot include '#'");
            } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos[0] + 1 < end) {
                    int next = buf[pos[0] + 1] & 0xff;
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=')
                            || (ch == '>' && next == '=')) {
                        pos[0]++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) {
                    throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: unmatched '" + (char) ch + "'");
                }
                nestedDepth--;
                int opening = parenstack[nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) opening + "'");
                }
            }
        }
        int exprEnd = pos[0];
        if (quoteChar != 0) {
            throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: unterminated string");
        }
        if (nestedDepth != 0) {
            throw p.raiseError(PythonSyntaxError.Kind.SyntaxError,
                    "f-string: unmatched '" + parenstack[nestedDepth - 1] + "'");
        }
        if (pos[0] >= end) {
            throw expecting();
        }
        Expr simple = compileExpr(exprStart, exprEnd, t);
        if (buf[pos[0]] == '=') {
            pos[0]++;
            while (pos[0] < buf.length && isSpace(buf[pos[0]])) {
                pos[0]++;
            }
            if (pos[0] >= end) {
                throw expecting();
            }
            exprText[0] = new String(buf, exprStart, pos[0] - exprStart, StandardCharsets.UTF_8);
        }
        int conversion = -1;
        if (buf[pos[0]] == '!') {
            pos[0]++;
            if (pos[0] >= end) {
                throw expecting();
            }
            conversion = buf[pos[0]] & 0xff;
            pos[0]++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw p.raiseError(PythonSyntaxError.Kind.SyntaxError,
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (pos[0] < end && buf[pos[0]] == ':') {
            pos[0]++;
            if (pos[0] >= end) {
                throw expecting();
            }
            State spec = new State();
            concatFstring(spec, pos, end, raw, recurseLvl + 1, first, t, last);
            formatSpec = finish(spec, t, t);
        }
        if (pos[0] >= end || buf[pos[0]] != '}') {
            throw expecting();
        }
        pos[0]++;
        if (exprText[0] != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        return new Expr.FormattedValue(simple, conversion, formatSpec, first.lineno, first.colOffset, last.endLineno,
                last.endColOffset);
    }

    private PythonSyntaxError expecting() {
        return p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: expecting '}'");
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0b;
    }

    /** fstring_compile_expr: parse the text between the braces as {@code (text)}. */
    private Expr compileExpr(int exprStart, int exprEnd, Token t) {
        int s = exprStart;
        for (; s < exprEnd; s++) {
            byte c = buf[s];
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                break;
            }
        }
        if (s == exprEnd) {
            byte c = buf[exprEnd];
            if (c == '!' || c == ':' || c == '=') {
                throw p.raiseError(PythonSyntaxError.Kind.SyntaxError,
                        "f-string: expression required before '" + (char) c + "'");
            }
            throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "f-string: empty expression not allowed");
        }
        // fstring_find_expr_location
        int lines = 0;
        int cols = 0;
        boolean newlineAfterBrace = true;
        for (int k = exprStart; k < buf.length && buf[k] != '}' && buf[k] != '\n'; k++) {
            if (buf[k] != ' ' && buf[k] != '\t' && buf[k] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int brace = exprStart - 1;
        if (!newlineAfterBrace) {
            int start = brace;
            while (start > t.start && buf[start] != '\n') {
                start--;
            }
            cols += brace - start;
            if (buf[start] == '\n') {
                cols -= 1;
            }
        }
        for (int k = t.start; k < brace; k++) {
            if (buf[k] == '\n') {
                lines++;
            }
        }
        byte[] src = new byte[exprEnd - exprStart + 2];
        src[0] = '(';
        System.arraycopy(buf, exprStart, src, 1, exprEnd - exprStart);
        src[src.length - 1] = ')';
        Tokenizer sub = new Tokenizer(src, filename);
        sub.lineno = t.lineno + lines - 1;
        Parser p2 = new Parser(sub, filename, true, t.lineno + lines, lines != 0 ? cols : t.colOffset + cols, warnings);
        return p2.run(p2::fstring);
    }

    // ---------------------------------------------------------------- escapes

    /** decode_unicode_with_escapes: rewrite non-ASCII as \U escapes, then the unicode-escape codec. */
    private String decodeUnicodeWithEscapes(int s, int end) {
        StringBuilder pre = new StringBuilder(end - s);
        while (s < end) {
            if (buf[s] == '\\') {
                pre.append('\\');
                s++;
                if (s >= end || buf[s] < 0) {
                    pre.append("u005c");
                    if (s >= end) {
                        break;
                    }
                }
            }
            if (buf[s] < 0) {
                int e = s + 1;
                while (e < end && buf[e] < 0 && (buf[e] & 0xc0) == 0x80) {
                    e++;
                }
                String w = new String(buf, s, e - s, StandardCharsets.UTF_8);
                w.codePoints().forEach(cp -> pre.append(String.format("\\U%08x", cp)));
                s = e;
            } else {
                pre.append((char) buf[s++]);
            }
        }
        return unicodeEscape(pre.toString());
    }

    private String unicodeEscape(String in) {
        String firstInvalid = null;
        StringBuilder out = new StringBuilder(in.length());
        int n = in.length();
        int i = 0;
        while (i < n) {
            char c = in.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int startinpos = i;
            i++;
            if (i >= n) {
                throw codecError("unicodeescape", startinpos, n, "\\ at end of string");
            }
            c = in.charAt(i++);
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (i < n && in.charAt(i) >= '0' && in.charAt(i) <= '7') {
                        ch = (ch << 3) + in.charAt(i++) - '0';
                        if (i < n && in.charAt(i) >= '0' && in.charAt(i) <= '7') {
                            ch = (ch << 3) + in.charAt(i++) - '0';
                        }
                    }
                    if (ch > 0377 && firstInvalid == null) {
                        firstInvalid = in.substring(i - 3, i);
                    }
                    out.appendCodePoint(ch);
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; i++, count--) {
                        if (i >= n) {
                            throw codecError("unicodeescape", startinpos, n, message);
                        }
                        int d = Character.digit(in.charAt(i), 16);
                        if (d < 0) {
                            throw codecError("unicodeescape", startinpos, i, message);
                        }
                        ch = (ch << 4) + d;
                    }
                    if (ch > 0x10ffff) {
                        throw codecError("unicodeescape", startinpos, i, "illegal Unicode character");
                    }
                    out.appendCodePoint((int) ch);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (i >= n) {
                        throw codecError("unicodeescape", startinpos, n, message);
                    }
                    if (in.charAt(i) == '{') {
                        int start = ++i;
                        while (i < n && in.charAt(i) != '}') {
                            i++;
                        }
                        if (i >= n) {
                            throw codecError("unicodeescape", startinpos, n, message);
                        }
                        String nm = in.substring(start, i);
                        if (!nm.isEmpty()) {
                            i++;
                            int cp = lookupName(nm);
                            if (cp >= 0) {
                                out.appendCodePoint(cp);
                                break;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw codecError("unicodeescape", startinpos, i, message);
                }
                default -> {
                    if (firstInvalid == null) {
                        firstInvalid = String.valueOf(c);
                    }
                    out.append('\\').append(c);
                }
            }
        }
        if (firstInvalid != null) {
            warnInvalidEscape(firstInvalid);
        }
        return out.toString();
    }

    private static int lookupName(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private PythonSyntaxError codecError(String codec, int start, int end, String reason) {
        String what = end == start + 1 ? "byte 0x5c in position " + start : "bytes in position " + start + "-" + (end - 1);
        return p.raiseError(PythonSyntaxError.Kind.SyntaxError,
                "(unicode error) '" + codec + "' codec can't decode " + what + ": " + reason);
    }

    /** _PyBytes_DecodeEscape. */
    private byte[] decodeBytesWithEscapes(int s, int end) {
        String firstInvalid = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - s);
        int start = s;
        while (s < end) {
            byte c = buf[s];
            if (c != '\\') {
                out.write(c);
                s++;
                continue;
            }
            s++;
            if (s >= end) {
                throw p.raiseError(PythonSyntaxError.Kind.SyntaxError, "(value error) Trailing \\ in string");
            }
            c = buf[s++];
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (s < end && buf[s] >= '0' && buf[s] <= '7') {
                        ch = (ch << 3) + buf[s++] - '0';
                        if (s < end && buf[s] >= '0' && buf[s] <= '7') {
                            ch = (ch << 3) + buf[s++] - '0';
                        }
                    }
                    if (ch > 0377 && firstInvalid == null) {
                        firstInvalid = new String(buf, s - 3, 3, StandardCharsets.ISO_8859_1);
                    }
                    out.write(ch & 0xff);
                }
                case 'x' -> {
                    if (s + 1 < end && Character.digit(buf[s], 16) >= 0 && Character.digit(buf[s + 1], 16) >= 0) {
                        out.write(Character.digit(buf[s], 16) * 16 + Character.digit(buf[s + 1], 16));
                        s += 2;
                    } else {
                        throw p.raiseError(PythonSyntaxError.Kind.SyntaxError,
                                "(value error) invalid \\x escape at position " + (s - 2 - start));
                    }
                }
                default -> {
                    if (firstInvalid == null) {
                        firstInvalid = String.valueOf((char) (c & 0xff));
                    }
                    out.write('\\');
                    out.write(c);
                }
            }
        }
        if (firstInvalid != null) {
            warnInvalidEscape(firstInvalid);
        }
        return out.toByteArray();
    }
}
