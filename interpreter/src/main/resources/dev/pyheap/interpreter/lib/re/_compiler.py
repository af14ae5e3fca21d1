"""Compiling a pattern: CPython's re._compiler, whose compile() is what re.compile calls when a
pattern is not in the cache. Here the parser's translation is the program: java.util.regex compiles
it (the _re engine module), and the Pattern object is re's."""

from . import _parser


def compile(p, flags=0):
    """The Pattern of the pattern text p (str or bytes) under flags."""
    t = _parser.parse(p, flags)
    import re
    return re._make_pattern(p, t)
