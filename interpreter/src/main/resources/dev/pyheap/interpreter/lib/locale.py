"""The locale module, as CPython 3.11's in the locales this interpreter has: C (POSIX) and C.UTF-8.
Each category's locale is kept here as the C library keeps it: LC_CTYPE starts as the environment
names it (C.UTF-8, where CPython 3.11 coerces the C locale), the others as C; setlocale queries and
sets them (LC_ALL queried gives glibc's composite name when they differ), and a locale the machine
lacks is locale.Error('unsupported locale setting'). localeconv is the C locale's (both have the
same numeric and monetary conventions), so format_string, str, atof, atoi, localize and
delocalize follow it; currency refuses as CPython does in C. getlocale, normalize and
getdefaultlocale parse names through a short alias table (C.UTF-8 reads as en_US.UTF-8 there, as in
CPython's); getpreferredencoding and getencoding give UTF-8."""

import sys
import os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale", "resetlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "CHAR_MAX", "getencoding", "LC_MESSAGES", "nl_langinfo", "CODESET"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
LC_PAPER = 7
LC_NAME = 8
LC_ADDRESS = 9
LC_TELEPHONE = 10
LC_MEASUREMENT = 11
LC_IDENTIFICATION = 12
CHAR_MAX = 127
CODESET = 14
D_T_FMT = 0x20028
D_FMT = 0x20029
T_FMT = 0x2002A
RADIXCHAR = 0x10000
THOUSEP = 0x10001
YESEXPR = 0x50000
NOEXPR = 0x50001


class Error(Exception):
    pass


Error.__module__ = 'locale'

# glibc's order of the categories in a composite LC_ALL name
_NAMES = [(LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'), (LC_TIME, 'LC_TIME'),
          (LC_COLLATE, 'LC_COLLATE'), (LC_MONETARY, 'LC_MONETARY'), (LC_MESSAGES, 'LC_MESSAGES'),
          (LC_PAPER, 'LC_PAPER'), (LC_NAME, 'LC_NAME'), (LC_ADDRESS, 'LC_ADDRESS'),
          (LC_TELEPHONE, 'LC_TELEPHONE'), (LC_MEASUREMENT, 'LC_MEASUREMENT'),
          (LC_IDENTIFICATION, 'LC_IDENTIFICATION')]
_AVAILABLE = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8'}


def _from_environment(name):
    for variable in ('LC_ALL', name, 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value
    return 'C'


def _start():
    ctype = _from_environment('LC_CTYPE')
    current = {cat: 'C' for cat, _ in _NAMES}
    current[LC_CTYPE] = ctype if _AVAILABLE.get(ctype, 'C') == 'C.UTF-8' else 'C.UTF-8'
    return current


_current = _start()


def _query(category):
    if category == LC_ALL:
        names = [_current[cat] for cat, _ in _NAMES]
        if all(n == names[0] for n in names):
            return names[0]
        return ';'.join(f'{name}={_current[cat]}' for cat, name in _NAMES)
    return _current[category]


def setlocale(category, locale=None):
    if not isinstance(category, int):
        raise TypeError(f"'{type(category).__name__}' object cannot be interpreted as an integer")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if category not in _current and category != LC_ALL:
        # the C library refuses an unknown category as a locale it cannot set
        raise Error('unsupported locale setting' if locale is not None else 'locale query failed')
    if locale is None:
        return _query(category)
    cats = [cat for cat, _ in _NAMES] if category == LC_ALL else [category]
    chosen = {}
    for cat in cats:
        name = locale or _from_environment(dict(_NAMES)[cat])
        if name not in _AVAILABLE:
            raise Error('unsupported locale setting')
        chosen[cat] = 'C' if name == 'POSIX' else name
    _current.update(chosen)
    return _query(category)


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def nl_langinfo(key):
    if key == CODESET:
        return 'UTF-8' if _current[LC_CTYPE] != 'C' else 'ANSI_X3.4-1968'
    values = {RADIXCHAR: '.', THOUSEP: '', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
              T_FMT: '%H:%M:%S', YESEXPR: '^[yY]', NOEXPR: '^[nN]'}
    if key not in values:
        raise ValueError('unsupported langinfo constant')
    return values[key]


def strcoll(a, b, /):
    for name, value in (('1', a), ('2', b)):
        if not isinstance(value, _builtin_str):
            raise TypeError(f"strcoll() argument {name} must be str, not {type(value).__name__}")
    return (a > b) - (a < b)


def strxfrm(string, /):
    if not isinstance(string, _builtin_str):
        raise TypeError(f"strxfrm() argument must be str, not {type(string).__name__}")
    return string


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional if additional else value)
    if percent[-1] in 'eEfFgGdiu':
        conv = localeconv()
        decimal = conv['mon_decimal_point' if monetary else 'decimal_point'] or '.'
        if percent[-1] in 'eEfFgG' and decimal != '.':
            formatted = formatted.replace('.', decimal, 1)
        # grouping: both locales have an empty 'grouping' and no separator, so nothing is inserted
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with each numeric conversion localized (the C locale: no grouping, '.' as the point)."""
    import re
    specs = list(re.finditer(r'%(?:\((?P<key>.*?)\))?[-#0-9 +*.hlL]*?[eEfFgGdiouxXcrs%]', f))
    new_f = re.sub(r'%(?:\((?P<key>.*?)\))?[-#0-9 +*.hlL]*?[eEfFgGdiouxXcrs%]', '%s', f)
    if isinstance(val, dict):
        new_val = []
        for m in specs:
            if m.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(m.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        new_val = []
        i = 0
        for m in specs:
            if m.group()[-1] == '%':
                new_val.append('%')
                continue
            starcount = m.group().count('*')
            new_val.append(_format(m.group(), val[i], grouping, monetary, *val[i + 1:i + 1 + starcount]))
            i += 1 + starcount
        if i < len(val):
            raise TypeError('not all arguments converted during string formatting')
    return new_f % tuple(new_val)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return format_string('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    return _format("%.12g", val)


def delocalize(string):
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    return _format('%s', string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# encodings as normalize writes them, and the few locale aliases the C.UTF-8 machine needs
_ENCODINGS = {'utf8': 'UTF-8', 'utf-8': 'UTF-8', 'iso88591': 'ISO8859-1', 'iso8859-1': 'ISO8859-1',
              'latin1': 'ISO8859-1', 'iso885915': 'ISO8859-15', 'ascii': 'ISO8859-1', 'eucjp': 'eucJP',
              'cp1252': 'CP1252'}
_ALIASES = {'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
            'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
            'en_gb': 'en_GB.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
            'ja_jp': 'ja_JP.eucJP', 'universal': 'C', 'utf8': 'en_US.UTF-8', 'utf-8': 'en_US.UTF-8'}


def normalize(localename):
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    lang_enc = langname
    if encoding:
        norm = encoding.replace('-', '').replace('_', '')
        lang_enc += '.' + norm
    lookup = lang_enc + ('@' + modifier if modifier else '')
    if lookup in _ALIASES:
        return _ALIASES[lookup]
    if lang_enc in _ALIASES:
        return _ALIASES[lang_enc] + ('@' + modifier if modifier else '')
    if encoding:
        norm = encoding.replace('-', '').replace('_', '')
        enc = _ENCODINGS.get(norm, _ENCODINGS.get(encoding, encoding.upper()))
        base = _ALIASES.get(langname)
        lang = base.split('.')[0] if base else (langname[:2] + langname[2:].upper() if '_' in langname else langname)
        return lang + '.' + enc + ('@' + modifier if modifier else '')
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, '
                        'encoding.') from None


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


locale_alias = dict(_ALIASES)
