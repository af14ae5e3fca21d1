"""Python codec 'koi8-u': the codec registry's, as a module of the encodings package."""

from encodings import _define

_define(globals(), 'koi8-u')
