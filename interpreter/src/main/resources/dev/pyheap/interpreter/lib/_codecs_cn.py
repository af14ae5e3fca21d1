"""The Chinese (simplified) multibyte codecs (CPython's Modules/cjkcodecs/_codecs_cn.c): getcodec(name) gives
the _multibytecodec.MultibyteCodec of gb2312, gbk, gb18030."""

import _multibytecodec

_NAMES = ('gb2312', 'gbk', 'gb18030')


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding)
