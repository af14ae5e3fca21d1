"""Python codec 'cp950' (a multibyte codec of _codecs_tw)."""

import _codecs_tw
import _multibytecodec

_multibytecodec._codec_module(globals(), _codecs_tw, 'cp950')
