"""Python codec 'cp949' (a multibyte codec of _codecs_kr)."""

import _codecs_kr
import _multibytecodec

_multibytecodec._codec_module(globals(), _codecs_kr, 'cp949')
