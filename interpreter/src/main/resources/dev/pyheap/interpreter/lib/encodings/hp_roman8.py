"""Python codec 'hp_roman8': the codec registry's, as a module of the encodings package."""

from encodings import _define

_define(globals(), 'hp_roman8')
