"""The Japanese multibyte codecs (CPython's Modules/cjkcodecs/_codecs_jp.c): getcodec(name) gives
the _multibytecodec.MultibyteCodec of shift_jis, cp932, euc_jp, shift_jis_2004, shift_jisx0213, euc_jis_2004, euc_jisx0213."""

import _multibytecodec

_NAMES = ('shift_jis', 'cp932', 'euc_jp', 'shift_jis_2004', 'shift_jisx0213', 'euc_jis_2004', 'euc_jisx0213')


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding)


# Frames that CPython runs in C leave no traceback entry: _codecs_jp is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
