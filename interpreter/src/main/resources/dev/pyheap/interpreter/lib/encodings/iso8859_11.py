"""Python codec 'iso8859-11': the codec registry's, as a module of the encodings package."""

from encodings import _define

_define(globals(), 'iso8859-11')
