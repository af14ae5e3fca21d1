package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.io.ByteArrayOutputStream;

/**
 * The codecs {@code str.encode}, {@code bytes.decode}, {@code str(b, encoding)} and
 * {@code bytes(s, encoding)} support (Objects/unicodeobject.c's built-in codecs and
 * Python/codecs.c's error handlers): UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with a byte
 * order mark, or {@code -le}/{@code -be} without one), {@code unicode_escape},
 * {@code raw_unicode_escape}, and the single-byte codecs of {@link Charmaps} (whose errors name the
 * {@code charmap} codec, as CPython's do).
 *
 * <ol>
 *   <li>The encoding's name is looked up as {@code codecs.lookup} normalizes it (case, {@code _}
 *       and space as {@code -}, the common aliases); an unknown one is a LookupError.</li>
 *   <li>Encoding walks the code points; a run of characters the codec cannot encode (beyond the
 *       range of ASCII or Latin-1, surrogates for the UTF codecs) goes to the error handler as one
 *       error, {@code [start, end)}, as CPython's encoders collect it.</li>
 *   <li>Decoding walks the bytes; each malformed sequence is one error with CPython's range and
 *       reason ({@code invalid start byte}, {@code invalid continuation byte}, {@code unexpected end
 *       of data}, {@code truncated data}, {@code illegal UTF-16 surrogate}, ...).</li>
 *   <li>The handler is looked up only when an error happens, as CPython does: {@code strict}
 *       raises UnicodeEncodeError/UnicodeDecodeError with CPython's message; {@code ignore},
 *       {@code replace}, {@code backslashreplace}, {@code surrogateescape}, and for encoding
 *       {@code xmlcharrefreplace} and {@code namereplace}. Any other name (a handler the program
 *       registered) starts the codec over in the codec registry, which calls the handler.</li>
 * </ol>
 * Text is in code points, so a str's lone surrogates (from {@code surrogateescape}) stay as they are.
 */
final class Codecs {
    private Codecs() {
    }

    /** The built-in codecs, with the names their errors give. */
    enum Codec {
        UTF_8("utf-8"), UTF_8_SIG("utf-8"), ASCII("ascii"), LATIN_1("latin-1"), UTF_16("utf-16"), UTF_16_LE("utf-16-le"), UTF_16_BE("utf-16-be"),
        UTF_32("utf-32"), UTF_32_LE("utf-32-le"), UTF_32_BE("utf-32-be"), UNICODE_ESCAPE("unicodeescape"),
        RAW_UNICODE_ESCAPE("rawunicodeescape"), CHARMAP("charmap");

        final String label;

        Codec(String label) {
            this.label = label;
        }

        /** Code units of 2 or 4 bytes for the UTF-16 and UTF-32 codecs, else 0. */
        int unit() {
            return switch (this) {
                case UTF_16, UTF_16_LE, UTF_16_BE -> 2;
                case UTF_32, UTF_32_LE, UTF_32_BE -> 4;
                default -> 0;
            };
        }

        boolean bigEndian() {
            return this == UTF_16_BE || this == UTF_32_BE;
        }

        boolean withBom() {
            return this == UTF_16 || this == UTF_32;
        }
    }

    /** {@code codecs.lookup(encoding)} for the built-in codecs. */
    static Codec lookup(String encoding) {
        Codec codec = find(encoding);
        if (codec == null) {
            throw new PyException("LookupError", "unknown encoding: " + encoding);
        }
        return codec;
    }

    /**
     * Whether the runtime has the codec itself; the others are found by the interpreter's codec
     * registry ({@link ObjectSpace#codecRegistry}), as CPython's {@code _PyCodec_Lookup}.
     */
    static boolean builtIn(String encoding) {
        return find(encoding) != null;
    }

    /** The built-in codec {@code encoding} names, or null. */
    private static Codec find(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).strip().replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "utf8-ucs2", "utf8-ucs4", "cp65001" -> Codec.UTF_8;
            case "utf-8-sig" -> Codec.UTF_8_SIG;
            case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us", "cp367" -> Codec.ASCII;
            case "latin-1", "latin1", "latin", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "iso-ir-100" -> Codec.LATIN_1;
            case "utf-16", "utf16", "u16" -> Codec.UTF_16;
            case "utf-16-le", "utf-16le", "utf16le", "utf16-le" -> Codec.UTF_16_LE;
            case "utf-16-be", "utf-16be", "utf16be", "utf16-be" -> Codec.UTF_16_BE;
            case "utf-32", "utf32", "u32" -> Codec.UTF_32;
            case "utf-32-le", "utf-32le", "utf32le", "utf32-le" -> Codec.UTF_32_LE;
            case "utf-32-be", "utf-32be", "utf32be", "utf32-be" -> Codec.UTF_32_BE;
            case "unicode-escape" -> Codec.UNICODE_ESCAPE;
            case "raw-unicode-escape" -> Codec.RAW_UNICODE_ESCAPE;
            default -> Charmaps.find(encoding) == null ? null : Codec.CHARMAP;
        };
    }

    // ------------------------------------------------------------------ encoding

    /**
     * A strict codec's failure: which text, where, why. {@link #encode}/{@link #decode} with a
     * space turn it into the UnicodeEncodeError/UnicodeDecodeError object with those attributes.
     */
    private static final class CodecFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object text; // int[] code points (encoding) or byte[] (decoding)
        private final String type, encoding, reason, what;
        private final int start, end;

        CodecFailure(String type, String encoding, Object text, int start, int end, String reason, String what) {
            super(null, null, false, false);
            this.type = type;
            this.encoding = encoding;
            this.text = text;
            this.start = start;
            this.end = end;
            this.reason = reason;
            this.what = what;
        }

        /** The raised exception object, its args {@code (encoding, object, start, end, reason)} as CPython's. */
        PyException raise(ObjectSpace space) {
            long[] items = {
                space.strType.runtime(encoding),
                text instanceof byte[] b ? space.bytesType.of(b) : space.strType.runtime(new String((int[]) text, 0, ((int[]) text).length)),
                space.newInt(start), space.newInt(end), space.strType.runtime(reason)};
            long args = space.tupleType.create(items);
            for (long item : items) {
                space.decref(item);
            }
            long exc = space.exceptions.byName(type).create(args, true);
            return new PyException(type, message(), exc, space::decref);
        }

        PyException unnormalized() {
            return new PyException(type, message());
        }

        private String message() {
            return "'" + encoding + "' codec can't " + what + ": " + reason;
        }
    }

    /**
     * An error met with a handler name the runtime does not know: the codec starts over in the
     * codec registry ({@link CodecRegistry#encodeWithHandler}), which asks {@code codecs} for the
     * handler a program registered, calls it with the exception object and resumes where it says.
     */
    private static final class UnknownHandler extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String errors;

        UnknownHandler(String errors) {
            super(null, null, false, false);
            this.errors = errors;
        }

        PyException lookupError() {
            return new PyException("LookupError", "unknown error handler name '" + errors + "'");
        }
    }

    /** {@code str.encode(encoding, errors)}: a failure raises a UnicodeEncodeError object with its attributes. */
    static byte[] encode(ObjectSpace space, int[] text, String encoding, String errors) {
        try {
            return encodeText(text, encoding, errors);
        } catch (CodecFailure f) {
            throw f.raise(space);
        } catch (UnknownHandler u) {
            if (space.codecRegistry == null) {
                throw u.lookupError();
            }
            long str = space.strType.runtime(text, 0, text.length);
            long bytes = 0;
            try {
                bytes = space.codecRegistry.encodeWithHandler(str, encoding, errors);
                return BytesMethods.bufferOf(space, bytes);
            } finally {
                space.decref(str);
                if (bytes != 0) {
                    space.decref(bytes);
                }
            }
        }
    }

    /** {@link #encode(ObjectSpace, int[], String, String)} outside a heap: the error is only its type and message. */
    static byte[] encode(int[] text, String encoding, String errors) {
        try {
            return encodeText(text, encoding, errors);
        } catch (CodecFailure f) {
            throw f.unnormalized();
        } catch (UnknownHandler u) {
            throw u.lookupError();
        }
    }

    /** {@code bytes.decode(encoding, errors)}: a failure raises a UnicodeDecodeError object with its attributes. */
    static String decode(ObjectSpace space, byte[] data, String encoding, String errors) {
        String[] invalidEscape = new String[1];
        String text;
        try {
            text = decodeBytes(data, encoding, errors, invalidEscape);
        } catch (CodecFailure f) {
            throw f.raise(space);
        } catch (UnknownHandler u) {
            if (space.codecRegistry == null) {
                throw u.lookupError();
            }
            long bytes = space.bytesType.of(data);
            long str = 0;
            try {
                str = space.codecRegistry.decodeWithHandler(bytes, encoding, errors);
                return space.strType.value(str);
            } finally {
                space.decref(bytes);
                if (str != 0) {
                    space.decref(str);
                }
            }
        }
        if (invalidEscape[0] != null) {
            // once decoding succeeded, as _PyUnicode_DecodeUnicodeEscapeStateful: the first one only
            space.warn("DeprecationWarning", invalidEscape[0], 1);
        }
        return text;
    }

    /** {@link #decode(ObjectSpace, byte[], String, String)} outside a heap: the error is only its type and message. */
    static String decode(byte[] data, String encoding, String errors) {
        try {
            return decodeBytes(data, encoding, errors, new String[1]);
        } catch (CodecFailure f) {
            throw f.unnormalized();
        } catch (UnknownHandler u) {
            throw u.lookupError();
        }
    }

    private static byte[] encodeText(int[] text, String encoding, String errors) {
        Codec codec = lookup(encoding);
        if (codec == Codec.UTF_8_SIG) {
            // the signature, then UTF-8 with the text's own positions in its errors (Lib/encodings/utf_8_sig.py)
            byte[] body = encodeText(text, "utf-8", errors);
            byte[] all = new byte[body.length + 3];
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
            return all;
        }
        if (codec == Codec.UNICODE_ESCAPE || codec == Codec.RAW_UNICODE_ESCAPE) {
            return encodeEscapes(text, codec == Codec.RAW_UNICODE_ESCAPE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 4);
        if (codec == Codec.CHARMAP) {
            Charmaps.Charmap map = Charmaps.find(encoding);
            int i = 0;
            while (i < text.length) {
                int b = map.encode(text[i]);
                if (b >= 0) {
                    out.write(b);
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < text.length && map.encode(text[end]) < 0) {
                    end++;
                }
                encodeError(out, codec, map, errors, text, i, end, "character maps to <undefined>");
                i = end;
            }
            return out.toByteArray();
        }
        if (codec.withBom()) {
            putUnit(out, codec, 0xFEFF);
        }
        int i = 0;
        while (i < text.length) {
            if (encodable(codec, text[i])) {
                putChar(out, codec, text[i++]);
                continue;
            }
            int end = i + 1;
            while (end < text.length && !encodable(codec, text[end])) {
                end++;
            }
            String reason = switch (codec) {
                case ASCII -> "ordinal not in range(128)";
                case LATIN_1 -> "ordinal not in range(256)";
                default -> "surrogates not allowed";
            };
            encodeError(out, codec, null, errors, text, i, end, reason);
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean encodable(Codec codec, int c) {
        return switch (codec) {
            case ASCII -> c < 0x80;
            case LATIN_1 -> c < 0x100;
            default -> c < 0xD800 || c > 0xDFFF;
        };
    }

    private static void putChar(ByteArrayOutputStream out, Codec codec, int c) {
        switch (codec) {
            case ASCII, LATIN_1, CHARMAP -> out.write(c);
            case UTF_8 -> {
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xC0 | c >> 6);
                    out.write(0x80 | c & 0x3F);
                } else if (c < 0x10000) {
                    out.write(0xE0 | c >> 12);
                    out.write(0x80 | c >> 6 & 0x3F);
                    out.write(0x80 | c & 0x3F);
                } else {
                    out.write(0xF0 | c >> 18);
                    out.write(0x80 | c >> 12 & 0x3F);
                    out.write(0x80 | c >> 6 & 0x3F);
                    out.write(0x80 | c & 0x3F);
                }
            }
            default -> {
                if (codec.unit() == 2 && c >= 0x10000) {
                    putUnit(out, codec, Character.highSurrogate(c));
                    putUnit(out, codec, Character.lowSurrogate(c));
                } else {
                    putUnit(out, codec, c);
                }
            }
        }
    }

    /** One UTF-16 or UTF-32 code unit in the codec's byte order (little-endian for the BOM forms, as on x86). */
    private static void putUnit(ByteArrayOutputStream out, Codec codec, int u) {
        int n = codec.unit();
        for (int k = 0; k < n; k++) {
            int shift = codec.bigEndian() ? 8 * (n - 1 - k) : 8 * k;
            out.write(u >>> shift & 0xFF);
        }
    }

    /**
     * An error handler's work for text[start:end]; {@code map} is the charmap codec's (null for the
     * others), through which a charmap writes the handler's replacement, as
     * {@code charmap_encoding_error} does (an EBCDIC page's '?' is not byte 0x3F).
     */
    private static void encodeError(ByteArrayOutputStream out, Codec codec, Charmaps.Charmap map, String errors, int[] text,
                                    int start, int end, String reason) {
        StringBuilder replacement = new StringBuilder();
        switch (errors) {
            case "strict" -> throw encodeException(codec, text, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> replacement.repeat('?', end - start);
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    replacement.append(StrType.escape(text[k]));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int k = start; k < end; k++) {
                    replacement.append("&#").append(text[k]).append(';');
                }
            }
            case "namereplace" -> {
                for (int k = start; k < end; k++) {
                    String name = Character.getName(text[k]);
                    replacement.append(name == null || Character.getType(text[k]) == Character.SURROGATE
                            ? StrType.escape(text[k]) : "\\N{" + name + "}");
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    if (text[k] < 0xDC80 || text[k] > 0xDCFF) {
                        throw encodeException(codec, text, k, end, reason);
                    }
                    out.write(text[k] - 0xDC00);
                }
            }
            case "surrogatepass" -> {
                if (codec == Codec.ASCII || codec == Codec.LATIN_1 || codec == Codec.CHARMAP) {
                    throw encodeException(codec, text, start, end, reason);
                }
                for (int k = start; k < end; k++) {
                    if (codec == Codec.UTF_8) {
                        out.write(0xE0 | text[k] >> 12);
                        out.write(0x80 | text[k] >> 6 & 0x3F);
                        out.write(0x80 | text[k] & 0x3F);
                    } else {
                        putUnit(out, codec, text[k]);
                    }
                }
            }
            default -> throw unknownHandler(errors);
        }
        for (int k = 0; k < replacement.length(); k++) {
            char c = replacement.charAt(k);
            if (map == null) {
                putChar(out, codec, c);
            } else {
                int b = map.encode(c);
                if (b < 0) {
                    throw encodeException(codec, text, start, end, reason);
                }
                out.write(b);
            }
        }
    }

    private static UnknownHandler unknownHandler(String errors) {
        return new UnknownHandler(errors);
    }

    /** {@code UnicodeEncodeError.__str__}: one character by its escape, a run by its positions. */
    private static CodecFailure encodeException(Codec codec, int[] text, int start, int end, String reason) {
        String what = end - start == 1 ? "character '" + StrType.escape(text[start]) + "' in position " + start
                : "characters in position " + start + "-" + (end - 1);
        return new CodecFailure("UnicodeEncodeError", codec.label, text, start, end, reason, "encode " + what);
    }

    // ------------------------------------------------------------------ decoding

    /**
     * {@code bytes.decode(encoding, errors)}: the text, lone surrogates as Java chars. The message of
     * the DeprecationWarning an invalid escape of {@code unicode_escape} deserves goes in
     * {@code invalidEscape[0]}.
     */
    private static String decodeBytes(byte[] data, String encoding, String errors, String[] invalidEscape) {
        Codec codec = lookup(encoding);
        if (codec == Codec.UTF_8_SIG) {
            // a leading signature dropped, then UTF-8: errors count from after it, as utf_8_sig.py's
            boolean bom = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF;
            return decodeBytes(bom ? java.util.Arrays.copyOfRange(data, 3, data.length) : data, "utf-8", errors, invalidEscape);
        }
        StringBuilder out = new StringBuilder(data.length);
        switch (codec) {
            case ASCII -> {
                for (int i = 0; i < data.length; i++) {
                    if (data[i] >= 0) {
                        out.append((char) data[i]);
                    } else {
                        decodeError(out, codec, errors, data, i, i + 1, "ordinal not in range(128)");
                    }
                }
            }
            case LATIN_1 -> {
                for (byte b : data) {
                    out.append((char) (b & 0xFF));
                }
            }
            case UTF_8 -> decodeUtf8(out, data, errors);
            case CHARMAP -> {
                Charmaps.Charmap map = Charmaps.find(encoding);
                for (int i = 0; i < data.length; i++) {
                    int c = map.decode(data[i] & 0xFF);
                    if (c >= 0) {
                        out.appendCodePoint(c);
                    } else {
                        decodeError(out, codec, errors, data, i, i + 1, "character maps to <undefined>");
                    }
                }
            }
            case UNICODE_ESCAPE -> decodeUnicodeEscape(out, data, errors, invalidEscape);
            case RAW_UNICODE_ESCAPE -> decodeRawUnicodeEscape(out, data, errors);
            default -> decodeUnits(out, codec, data, errors);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ the escape codecs

    /**
     * {@code unicode_escape} and {@code raw_unicode_escape} encoding, which cannot fail: a code point
     * beyond Latin-1 becomes {@code \\uXXXX} or {@code \\UXXXXXXXX} (lower-case hex); the raw codec
     * writes every other code point as its byte, the other one also escapes the backslash,
     * {@code \\t \\n \\r}, and the rest of the controls and non-ASCII bytes as {@code \\xXX}.
     */
    private static byte[] encodeEscapes(int[] text, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 8);
        for (int c : text) {
            String escape;
            if (c >= 0x10000) {
                escape = String.format("\\U%08x", c);
            } else if (c >= 0x100) {
                escape = String.format("\\u%04x", c);
            } else if (raw) {
                escape = null;
            } else {
                escape = switch (c) {
                    case '\\' -> "\\\\";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    default -> c < ' ' || c >= 0x7F ? String.format("\\x%02x", c) : null;
                };
            }
            if (escape == null) {
                out.write(c);
            } else {
                for (int k = 0; k < escape.length(); k++) {
                    out.write(escape.charAt(k));
                }
            }
        }
        return out.toByteArray();
    }

    private static int hexValue(int b) {
        return b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
    }

    /**
     * {@code \\x}, {@code \\u}, {@code \\U} followed by {@code count} hex digits from {@code d[at]}: the
     * code point, or -1 with the index of the first byte that is missing or not a digit in
     * {@code stop[0]}.
     */
    private static int hexEscape(byte[] d, int at, int count, int[] stop) {
        int c = 0;
        for (int k = 0; k < count; k++) {
            int v = at + k < d.length ? hexValue(d[at + k] & 0xFF) : -1;
            if (v < 0) {
                stop[0] = at + k;
                return -1;
            }
            c = c << 4 | v;
        }
        stop[0] = at + count;
        return c;
    }

    /**
     * {@code unicode_escape} decoding: bytes are Latin-1 code points except the backslash escapes of
     * a Python string literal (octal up to three digits, {@code \\x \\u \\U} with their digits,
     * {@code \\N{name}}, a backslash-newline that vanishes); an unknown escape stays as it is. A
     * malformed escape is one error from its backslash to the byte that broke it. The first unknown
     * escape, or octal escape past {@code \377}, is named in {@code invalidEscape[0]} (CPython 3.11's
     * DeprecationWarning text).
     */
    private static void decodeUnicodeEscape(StringBuilder out, byte[] d, String errors, String[] invalidEscape) {
        Codec codec = Codec.UNICODE_ESCAPE;
        int n = d.length;
        int[] stop = new int[1];
        int i = 0;
        while (i < n) {
            int c = d[i++] & 0xFF;
            if (c != '\\') {
                out.append((char) c);
                continue;
            }
            int start = i - 1;
            if (i >= n) {
                decodeError(out, codec, errors, d, start, n, "\\ at end of string");
                break;
            }
            c = d[i++] & 0xFF;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append((char) c);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append((char) 0x0B);
                case 'a' -> out.append((char) 0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
                        v = v << 3 | d[i++] - '0';
                    }
                    if (v > 0377 && invalidEscape[0] == null) { // three digits, then
                        invalidEscape[0] = "invalid octal escape sequence '\\" + new String(d, i - 3, 3, java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
                    }
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int v = hexEscape(d, i, c == 'x' ? 2 : c == 'u' ? 4 : 8, stop);
                    if (v < 0) {
                        decodeError(out, codec, errors, d, start, stop[0], c == 'x' ? "truncated \\xXX escape"
                                : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                    } else if (Integer.compareUnsigned(v, 0x10FFFF) > 0) {
                        decodeError(out, codec, errors, d, start, stop[0], "illegal Unicode character");
                    } else {
                        out.appendCodePoint(v);
                    }
                    i = stop[0];
                }
                case 'N' -> {
                    String malformed = "malformed \\N character escape";
                    if (i >= n || d[i] != '{') {
                        decodeError(out, codec, errors, d, start, i, malformed);
                        continue;
                    }
                    int close = i + 1;
                    while (close < n && d[close] != '}') {
                        close++;
                    }
                    if (close >= n) {
                        decodeError(out, codec, errors, d, start, n, malformed);
                        i = n;
                    } else if (close == i + 1) {
                        decodeError(out, codec, errors, d, start, close, malformed);
                        i = close;
                    } else {
                        int v = characterNamed(new String(d, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1));
                        if (v < 0) {
                            decodeError(out, codec, errors, d, start, close + 1, "unknown Unicode character name");
                        } else {
                            out.appendCodePoint(v);
                        }
                        i = close + 1;
                    }
                }
                default -> {
                    if (invalidEscape[0] == null) {
                        invalidEscape[0] = "invalid escape sequence '\\" + (char) c + "'";
                    }
                    out.append('\\').append((char) c);
                }
            }
        }
    }

    /** The code point of a Unicode character name ({@code \\N{...}}), or -1. */
    private static int characterNamed(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * {@code raw_unicode_escape} decoding: bytes are Latin-1 code points, and only a backslash
     * directly followed by {@code u} or {@code U} (and not itself escaped by a backslash before it)
     * starts an escape, of 4 or 8 hex digits.
     */
    private static void decodeRawUnicodeEscape(StringBuilder out, byte[] d, String errors) {
        int n = d.length;
        int[] stop = new int[1];
        int i = 0;
        while (i < n) {
            int c = d[i++] & 0xFF;
            if (c != '\\' || i >= n) {
                out.append((char) c);
                continue;
            }
            c = d[i++] & 0xFF;
            if (c != 'u' && c != 'U') {
                out.append('\\').append((char) c);
                continue;
            }
            int start = i - 2;
            int v = hexEscape(d, i, c == 'u' ? 4 : 8, stop);
            if (v < 0) {
                decodeError(out, Codec.RAW_UNICODE_ESCAPE, errors, d, start, stop[0],
                        c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
            } else if (Integer.compareUnsigned(v, 0x10FFFF) > 0) {
                decodeError(out, Codec.RAW_UNICODE_ESCAPE, errors, d, start, stop[0], "\\Uxxxxxxxx out of range");
            } else {
                out.appendCodePoint(v);
            }
            i = stop[0];
        }
    }

    private static boolean continuation(byte[] d, int i, int low, int high) {
        return i < d.length && (d[i] & 0xFF) >= low && (d[i] & 0xFF) <= high;
    }

    /** {@code utf8_decode}: each malformed sequence one error, its range what CPython reports. */
    private static void decodeUtf8(StringBuilder out, byte[] d, String errors) {
        int i = 0;
        int n = d.length;
        while (i < n) {
            int b = d[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int need;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                decodeError(out, Codec.UTF_8, errors, d, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            // the first continuation byte has the lead's bounds, the others 80..BF
            int good = 0;
            while (good < need && continuation(d, i + 1 + good, good == 0 ? low : 0x80, good == 0 ? high : 0xBF)) {
                good++;
            }
            if (good < need) {
                boolean atEnd = i + 1 + good >= n;
                decodeError(out, Codec.UTF_8, errors, d, i, atEnd ? n : i + 1 + good,
                        atEnd ? "unexpected end of data" : "invalid continuation byte");
                i = atEnd ? n : i + 1 + good;
                continue;
            }
            int c = b & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            for (int k = 1; k <= need; k++) {
                c = c << 6 | d[i + k] & 0x3F;
            }
            out.appendCodePoint(c);
            i += need + 1;
        }
    }

    private static int readUnit(byte[] d, int i, int size, boolean bigEndian) {
        int u = 0;
        for (int k = 0; k < size; k++) {
            int shift = bigEndian ? 8 * (size - 1 - k) : 8 * k;
            u |= (d[i + k] & 0xFF) << shift;
        }
        return u;
    }

    /** {@code PyUnicode_DecodeUTF16Stateful} and {@code ...UTF32Stateful}: a BOM (for the plain names) picks the order. */
    private static void decodeUnits(StringBuilder out, Codec codec, byte[] d, String errors) {
        int size = codec.unit();
        boolean big = codec.bigEndian();
        int i = 0;
        if (codec.withBom() && d.length >= size) {
            int little = readUnit(d, 0, size, false);
            int bigUnit = readUnit(d, 0, size, true);
            if (little == 0xFEFF) {
                i = size;
            } else if (bigUnit == 0xFEFF) {
                big = true;
                i = size;
            }
        }
        // the errors of the BOM forms name the byte order found (little-endian without a BOM, as on x86)
        if (codec.withBom()) {
            codec = size == 2 ? (big ? Codec.UTF_16_BE : Codec.UTF_16_LE) : (big ? Codec.UTF_32_BE : Codec.UTF_32_LE);
        }
        int n = d.length;
        while (i < n) {
            if (n - i < size) {
                decodeError(out, codec, errors, d, i, n, "truncated data");
                break;
            }
            int u = readUnit(d, i, size, big);
            if (size == 4) {
                if (Integer.compareUnsigned(u, 0x10FFFF) > 0) {
                    decodeError(out, codec, errors, d, i, i + 4, "code point not in range(0x110000)");
                } else if (u >= 0xD800 && u <= 0xDFFF) {
                    decodeError(out, codec, errors, d, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    out.appendCodePoint(u);
                }
                i += 4;
                continue;
            }
            if (u < 0xD800 || u > 0xDFFF) {
                out.append((char) u);
                i += 2;
            } else if (u >= 0xDC00) {
                decodeError(out, codec, errors, d, i, i + 2, "illegal encoding");
                i += 2;
            } else if (n - i < 4) {
                decodeError(out, codec, errors, d, i, n, "unexpected end of data");
                i = n;
            } else {
                int low = readUnit(d, i + 2, 2, big);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    out.appendCodePoint(Character.toCodePoint((char) u, (char) low));
                    i += 4;
                } else {
                    decodeError(out, codec, errors, d, i, i + 2, "illegal UTF-16 surrogate");
                    i += 2;
                }
            }
        }
    }

    private static void decodeError(StringBuilder out, Codec codec, String errors, byte[] d, int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw decodeException(codec, d, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> out.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    out.append(StrType.escape(d[k] & 0xFF));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    if ((d[k] & 0xFF) < 0x80) {
                        throw decodeException(codec, d, start, end, reason);
                    }
                    out.append((char) (0xDC00 + (d[k] & 0xFF)));
                }
            }
            default -> throw unknownHandler(errors);
        }
    }

    /** {@code UnicodeDecodeError.__str__}: one byte by its value, a run by its positions. */
    private static CodecFailure decodeException(Codec codec, byte[] d, int start, int end, String reason) {
        String what = end - start == 1 ? "byte 0x" + String.format("%02x", d[start] & 0xFF) + " in position " + start
                : "bytes in position " + start + "-" + (end - 1);
        return new CodecFailure("UnicodeDecodeError", codec.label, d, start, end, reason, "decode " + what);
    }
}
