"""The Korean multibyte codecs (CPython's Modules/cjkcodecs/_codecs_kr.c): getcodec(name) gives
the _multibytecodec.MultibyteCodec of euc_kr, cp949, johab."""

import _multibytecodec

_NAMES = ('euc_kr', 'cp949', 'johab')


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding)


# Frames that CPython runs in C leave no traceback entry: _codecs_kr is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
