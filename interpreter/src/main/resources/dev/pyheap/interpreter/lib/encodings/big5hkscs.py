"""Python codec 'big5hkscs' (a multibyte codec of _codecs_hk)."""

import _codecs_hk
import _multibytecodec

_multibytecodec._codec_module(globals(), _codecs_hk, 'big5hkscs')
