"""The Hong Kong multibyte codecs (CPython's Modules/cjkcodecs/_codecs_hk.c): getcodec(name) gives
the _multibytecodec.MultibyteCodec of big5hkscs."""

import _multibytecodec

_NAMES = ('big5hkscs',)


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding)
