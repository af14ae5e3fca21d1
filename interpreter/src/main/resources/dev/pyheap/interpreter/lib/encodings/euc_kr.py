"""Python codec 'euc_kr' (a multibyte codec of _codecs_kr)."""

import _codecs_kr
import _multibytecodec

_multibytecodec._codec_module(globals(), _codecs_kr, 'euc_kr')
