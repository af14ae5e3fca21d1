package dev.pyheap.runtime.objects;

/**
 * The codecs the runtime does not have itself ({@code idna}, {@code punycode}, {@code utf-7}, the
 * codecs a program registers) as {@code str.encode}, {@code bytes.decode}, {@code str(b, encoding)}
 * and {@code bytes(s, encoding)} reach them: through the codec registry of the {@code codecs} module,
 * which lives above the runtime; and the error handlers a program registers, which the runtime's
 * own codecs call through it. The interpreter installs one per heap
 * ({@link ObjectSpace#codecRegistry}); without one, such an encoding is a LookupError.
 */
public interface CodecRegistry {
    /** {@code _PyCodec_EncodeText(text, encoding, errors)}: a new reference to the bytes. */
    long encode(long text, String encoding, String errors);

    /** {@code _PyCodec_DecodeText(data, encoding, errors)}: a new reference to the str. */
    long decode(long data, String encoding, String errors);

    /**
     * {@code str.encode} of a built-in codec whose text met an error with a handler the runtime does
     * not know ({@code codecs.register_error}'s): a new reference to the bytes.
     */
    long encodeWithHandler(long text, String encoding, String errors);

    /** {@code bytes.decode} of a built-in codec, as {@link #encodeWithHandler}: a new reference to the str. */
    long decodeWithHandler(long data, String encoding, String errors);
}
