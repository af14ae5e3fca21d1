"""HTML escaping: escape and unescape (the numeric references and the HTML5 named references of
html.entities, with the HTML5 rules for references without ';', invalid code points and the
Windows-1252 replacements). The tokenizer is html.parser's HTMLParser."""

import re as _re

from html.entities import html5 as _html5
from html._charrefs import _invalid_charrefs, _invalid_codepoints

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, with quote, " and ') replaced by their references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


def _numeric(ref):
    if ref[1] in 'xX':
        number = int(ref[2:].rstrip(';'), 16)
    else:
        number = int(ref[1:].rstrip(';'))
    if number in _invalid_charrefs:
        return _invalid_charrefs[number]
    if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
        return '\uFFFD'
    if number in _invalid_codepoints:
        return ''
    return chr(number)


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        return _numeric(ref)
    if ref in _html5:
        return _html5[ref]
    # the longest name at the start that is a reference (the legacy ones need no ';')
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """s with its character references (&gt;, &#62;, &#x3e;) replaced by the characters."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
