"""Python codec 'quopri': the codec registry's, as a module of the encodings package."""

from encodings import _define

_define(globals(), 'quopri')
