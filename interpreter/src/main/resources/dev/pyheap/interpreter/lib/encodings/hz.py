"""Python codec 'hz' (a multibyte codec of _codecs_cn)."""

import _codecs_cn
import _multibytecodec

_multibytecodec._codec_module(globals(), _codecs_cn, 'hz')
