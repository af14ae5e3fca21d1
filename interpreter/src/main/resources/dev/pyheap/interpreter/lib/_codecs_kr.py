"""The Korean multibyte codecs (CPython's Modules/cjkcodecs/_codecs_kr.c): getcodec(name) gives
the _multibytecodec.MultibyteCodec of euc_kr, cp949, johab."""

import _multibytecodec

_NAMES = ('euc_kr', 'cp949', 'johab')


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding)
