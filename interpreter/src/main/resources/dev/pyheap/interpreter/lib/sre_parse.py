"""Deprecated (since 3.11): the regular expression parser's character classes and flags.

This runtime's re parses patterns itself and translates them for java.util.regex, so CPython's
parse trees (parse, SubPattern, Tokenizer, parse_template) are not here."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from re._constants import *
from re._constants import error, MAGIC, MAXGROUPS, MAXREPEAT

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")
MAXWIDTH = 1 << 64

# the inline flags' letters
FLAGS = {
    "i": SRE_FLAG_IGNORECASE, "L": SRE_FLAG_LOCALE, "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL, "x": SRE_FLAG_VERBOSE, "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE, "u": SRE_FLAG_UNICODE,
}
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE


def fix_flags(src, flags):
    """The flags with the text kind's default added: UNICODE for str patterns (refusing LOCALE,
    and ASCII together with UNICODE), nothing for bytes (refusing UNICODE)."""
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags
