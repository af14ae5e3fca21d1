"""The two functions of CPython's _codecs that programs reach directly: encode and decode (pickle's
protocols 0 to 2 rebuild bytes with _codecs.encode(text, 'latin1')). Encodings are str.encode's
and bytes.decode's."""


def encode(obj, encoding='utf-8', errors='strict'):
    """obj (a str) encoded with the codec for encoding."""
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj (bytes) decoded with the codec for encoding."""
    return bytes(obj).decode(encoding, errors)


# Frames that CPython runs in C leave no traceback entry: _codecs is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
