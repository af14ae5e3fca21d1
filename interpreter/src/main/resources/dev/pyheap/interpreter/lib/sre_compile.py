"""Deprecated (since 3.11): compiling regular expressions.

compile() takes pattern text (str or bytes) as re.compile does; CPython's code generation from
parse trees is not here (this runtime's re runs patterns on java.util.regex)."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from re._constants import *
from re._constants import error, MAGIC, MAXGROUPS, MAXREPEAT

MAXCODE = (1 << 32) - 1


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """The compiled pattern of the text p with the flags."""
    if not isstring(p):
        raise TypeError("this runtime compiles pattern text only, not %s objects" % type(p).__name__)
    import re
    return re.compile(p, flags)
