package dev.pyheap.runtime.objects;

/**
 * The codecs the runtime does not have itself ({@code idna}, {@code punycode}, {@code utf-7}, the
 * codecs a program registers) as {@code str.encode}, {@code bytes.decode}, {@code str(b, encoding)}
 * and {@code bytes(s, encoding)} reach them: through the codec registry of the {@code codecs} module,
 * which lives above the runtime. The interpreter installs one per heap
 * ({@link ObjectSpace#codecRegistry}); without one, such an encoding is a LookupError.
 */
public interface CodecRegistry {
    /** {@code _PyCodec_EncodeText(text, encoding, errors)}: a new reference to the bytes. */
    long encode(long text, String encoding, String errors);

    /** {@code _PyCodec_DecodeText(data, encoding, errors)}: a new reference to the str. */
    long decode(long data, String encoding, String errors);
}
