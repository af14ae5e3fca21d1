"""The Hong Kong multibyte codecs (CPython's Modules/cjkcodecs/_codecs_hk.c): getcodec(name) gives
the _multibytecodec.MultibyteCodec of big5hkscs."""

import _multibytecodec

_NAMES = ('big5hkscs',)


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding)


# Frames that CPython runs in C leave no traceback entry: _codecs_hk is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
