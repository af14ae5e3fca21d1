"""Python codec 'iso2022_jp_3' (a multibyte codec of _codecs_iso2022)."""

import _codecs_iso2022
import _multibytecodec

_multibytecodec._codec_module(globals(), _codecs_iso2022, 'iso2022_jp_3')
