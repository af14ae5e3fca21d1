"""Python codec 'koi8_t': the codec registry's, as a module of the encodings package."""

from encodings import _define

_define(globals(), 'koi8_t')
