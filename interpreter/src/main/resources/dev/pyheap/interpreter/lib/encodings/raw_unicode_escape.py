"""Python codec 'raw-unicode-escape': the codec registry's, as a module of the encodings package."""

from encodings import _define

_define(globals(), 'raw-unicode-escape')
