package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The codecs {@code str.encode} and {@code bytes.decode} support (Objects/unicodeobject.c's fast
 * paths): UTF-8, ASCII and Latin-1 with the {@code strict}, {@code ignore} and {@code replace}
 * error handlers, errors reported with CPython's messages.
 */
final class Codecs {
    private Codecs() {
    }

    private static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> StandardCharsets.ISO_8859_1;
            default -> throw new PyException("LookupError", "unknown encoding: " + encoding);
        };
    }

    private static String canonical(Charset c) {
        return c == StandardCharsets.UTF_8 ? "utf-8" : c == StandardCharsets.US_ASCII ? "ascii" : "latin-1";
    }

    private static CodingErrorAction action(String errors) {
        return switch (errors) {
            case "strict" -> CodingErrorAction.REPORT;
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> throw new PyException("LookupError", "unknown error handler name '" + errors + "'");
        };
    }

    /** {@code bytes.decode(encoding, errors)}. */
    static String decode(byte[] data, String encoding, String errors) {
        Charset c = charset(encoding);
        try {
            return c.newDecoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors))
                    .replaceWith("\uFFFD").decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            int at = firstBad(data, c);
            throw new PyException("UnicodeDecodeError", "'" + canonical(c) + "' codec can't decode byte 0x"
                    + String.format("%02x", data[at] & 0xFF) + " in position " + at + ": "
                    + (c == StandardCharsets.US_ASCII ? "ordinal not in range(128)" : "invalid start byte"));
        }
    }

    private static int firstBad(byte[] data, Charset c) {
        for (int i = 0; i < data.length; i++) {
            if (c == StandardCharsets.US_ASCII ? data[i] < 0 : (data[i] & 0xC0) == 0x80 || (data[i] & 0xFF) >= 0xF8) {
                return i;
            }
        }
        return 0;
    }

    /** {@code str.encode(encoding, errors)}. */
    static byte[] encode(String text, String encoding, String errors) {
        Charset c = charset(encoding);
        try {
            ByteBuffer b = c.newEncoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors))
                    .replaceWith(new byte[] {'?'}).encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            int at = 0;
            int limit = c == StandardCharsets.US_ASCII ? 128 : 256;
            while (at < text.length() && text.charAt(at) < limit) {
                at++;
            }
            throw new PyException("UnicodeEncodeError", "'" + canonical(c) + "' codec can't encode character '\\u"
                    + String.format("%04x", (int) text.charAt(at)) + "' in position " + at + ": ordinal not in range("
                    + limit + ")");
        }
    }
}
