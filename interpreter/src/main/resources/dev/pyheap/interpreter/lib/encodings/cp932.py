"""Python codec 'cp932' (a multibyte codec of _codecs_jp)."""

import _codecs_jp
import _multibytecodec

_multibytecodec._codec_module(globals(), _codecs_jp, 'cp932')
