package dev.pyheap.interpreter.parser;

import dev.pyheap.interpreter.ast.Mod;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.ByteBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's entry points (Parser/peg_api.c): Python 3.11 source to an AST, or a
 * {@link PythonSyntaxError} as CPython's {@code compile()} raises it.
 *
 * <p>Text given as a {@code String} is parsed as {@code compile(str, ...)} does (a coding cookie is
 * ignored); bytes, as a file is read: a UTF-8 BOM or a PEP 263 cookie on one of the first two lines
 * picks the encoding, UTF-8 by default. Newlines ({@code \r\n}, {@code \r}) become {@code \n}.
 */
public final class PythonParser {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private PythonParser() {}

    /** How the source is read: a module ({@code 'exec'}), an expression ({@code 'eval'}), or one interactive statement. */
    public enum Mode {
        EXEC, EVAL, SINGLE
    }

    /** {@code ast.parse(source, filename)}: a module. */
    public static Mod.Module parseModule(String source, String filename) {
        return (Mod.Module) parse(source, filename, Mode.EXEC);
    }

    /** {@code compile(source, filename, mode, PyCF_ONLY_AST)} for text. */
    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, null);
    }

    /** The same, adding the warnings CPython issues while parsing to {@code warnings} (null: none kept). */
    public static Mod parse(String source, String filename, Mode mode, java.util.List<CompileWarning> warnings) {
        requireNoNullBytes(source, filename);
        return parseUtf8(translateNewlines(source).getBytes(StandardCharsets.UTF_8), filename, mode, warnings);
    }

    /**
     * Source read from a file: decoded by its BOM or coding cookie (PEP 263), then parsed; a
     * SyntaxError's offsets count bytes when there was neither ({@link #offsetsInBytes}).
     */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(source, filename, mode, null);
    }

    /** The same, adding the warnings CPython issues while parsing to {@code warnings} (null: none kept). */
    public static Mod parse(byte[] source, String filename, Mode mode, java.util.List<CompileWarning> warnings) {
        String text = decode(source, filename);
        try {
            return parse(text, filename, mode, warnings);
        } catch (PythonSyntaxError e) {
            throw offsetsInBytes(source) ? e.inUtf8Offsets() : e;
        }
    }

    /**
     * Whether CPython 3.11's parser reports byte offsets for this source: bytes with neither a UTF-8
     * byte order mark nor a coding cookie leave the tokenizer without an encoding, and its errors'
     * columns are not converted to characters ({@link PythonSyntaxError#inUtf8Offsets}).
     */
    public static boolean offsetsInBytes(byte[] source) {
        Coding coding = coding(source);
        return !coding.bom() && coding.cookie() == null;
    }

    /**
     * Parses {@code source} as codeop does to tell complete from incomplete input: read as CPython
     * reads a string in {@code 'single'} or {@code 'eval'} mode (no newline added at its end), an open
     * block not closed at the end ({@code PyCF_DONT_IMPLY_DEDENT}), and a failure where the input
     * ran out raised as {@code SyntaxError: incomplete input} ({@code PyCF_ALLOW_INCOMPLETE_INPUT}).
     */
    public static Mod parseAllowingIncomplete(String source, String filename, Mode mode) {
        requireNoNullBytes(source, filename);
        byte[] utf8 = translateNewlines(source).getBytes(StandardCharsets.UTF_8);
        Parser p = new Parser(new Tokenizer(utf8, filename, mode == Mode.EXEC), filename, false, 0, 0, null);
        p.dontImplyDedent = true;
        p.allowIncompleteInput = true;
        return run(p, mode);
    }

    private static void requireNoNullBytes(String source, String filename) {
        if (source.indexOf('\0') >= 0) {
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "source code string cannot contain null bytes",
                    filename, 0, 0, 0, 0, null);
        }
    }

    private static Mod parseUtf8(byte[] utf8, String filename, Mode mode, java.util.List<CompileWarning> warnings) {
        // as _PyPegen_run_parser_from_string: only 'exec' input gets a newline added at its end
        return run(new Parser(new Tokenizer(utf8, filename, mode == Mode.EXEC), filename, false, 0, 0, warnings), mode);
    }

    private static Mod run(Parser p, Mode mode) {
        try {
            return switch (mode) {
                case EXEC -> p.run(p::file);
                case EVAL -> p.run(p::eval);
                case SINGLE -> p.single();
            };
        } catch (StackOverflowError e) {
            throw new NestingTooDeepError("MemoryError", "");
        }
    }

    static String translateNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * What the first bytes of source say about its encoding (Parser/tokenizer.c's check_bom and
     * check_coding_spec): a UTF-8 byte order mark, and the name a PEP 263 cookie gives on the first
     * line or on the second after a line of only a comment (null: no cookie).
     */
    public record Coding(boolean bom, String cookie) {
        /** Where the text starts: after the byte order mark. */
        public int start() {
            return bom ? 3 : 0;
        }

        /** The cookie as tokenizer.c's get_normal_name spells it: {@code utf-8}, {@code iso-8859-1}, or as written. */
        public String normalName() {
            return PythonParser.normalName(cookie);
        }
    }

    /** The {@link Coding} of {@code source}. */
    public static Coding coding(byte[] source) {
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xef && (source[1] & 0xff) == 0xbb
                && (source[2] & 0xff) == 0xbf;
        int lineStart = bom ? 3 : 0;
        for (int line = 0; line < 2 && lineStart < source.length; line++) {
            int e = lineStart;
            while (e < source.length && source[e] != '\n') {
                e++;
            }
            String text = new String(source, lineStart, e - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(text);
            if (m.find()) {
                return new Coding(bom, m.group(1));
            }
            String trimmed = text.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("\\")) {
                break;
            }
            lineStart = e + 1;
        }
        return new Coding(bom, null);
    }

    /**
     * The text of a source file, as {@code python3 FILE} reads it (Parser/tokenizer.c's check_bom,
     * check_coding_spec and the file decoder): a UTF-8 BOM, or a coding cookie on one of the first two
     * lines, else UTF-8. Its errors carry no location, as CPython prints them for a file.
     */
    public static String decode(byte[] source, String filename) {
        Coding coding = coding(source);
        boolean bom = coding.bom();
        int start = coding.start();
        String encoding = coding.cookie();
        Charset cs = StandardCharsets.UTF_8;
        if (encoding != null) {
            String normal = normalName(encoding);
            if (bom && !normal.equals("utf-8")) {
                throw unlocated("encoding problem: " + normal + " with BOM");
            }
            if (normal.equals("utf-8")) {
                cs = StandardCharsets.UTF_8;
            } else if (normal.equals("iso-8859-1")) {
                cs = StandardCharsets.ISO_8859_1;
            } else {
                try {
                    cs = Charset.forName(encoding);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw unlocated("encoding problem: " + encoding);
                }
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(source, start, source.length - start)).toString();
        } catch (CharacterCodingException e) {
            if (encoding != null) {
                throw unlocated("(unicode error) '" + encoding + "' codec can't decode the source");
            }
            int bad = start;
            while (bad < source.length && source[bad] >= 0) {
                bad++;
            }
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (source[i] == '\n') {
                    line++;
                }
            }
            throw unlocated(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                    + "encoding declared; see https://peps.python.org/pep-0263/ for details", source[bad] & 0xff,
                    filename, line));
        }
    }

    /** tokenizer.c's get_normal_name: the utf-8 and latin-1 families by one name each. */
    private static String normalName(String s) {
        String buf = s.length() > 12 ? s.substring(0, 12) : s;
        buf = buf.replace('_', '-').toLowerCase(java.util.Locale.ROOT);
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1") || buf.startsWith("latin-1-")
                || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    private static PythonSyntaxError unlocated(String msg) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, null, PythonSyntaxError.NONE,
                PythonSyntaxError.NONE, PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
    }
}
