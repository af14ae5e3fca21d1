"""Message catalogs (GNU gettext): translations read from .mo files, found under
localedir/LANG/LC_MESSAGES/DOMAIN.mo for the languages of LANGUAGE, LC_ALL, LC_MESSAGES and LANG.

With no catalog, every function gives back its message (ngettext: the singular for n == 1, else
the plural), as CPython's does. A GNU catalog is a header, two tables of (length, offset) pairs
for the original and translated strings, and the strings; the empty message's translation holds
the metadata, including 'Plural-Forms', a C expression in n that c2py turns into a function.
"""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find', 'translation',
           'install', 'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext', 'pgettext',
           'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(getattr(sys, 'base_prefix', None) or '/usr/local', 'share', 'locale')


# --- Plural-Forms expressions -------------------------------------------------------------------
#
# A Plural-Forms value is a C expression in n (integers, n, parentheses, ! and the binary
# operators below, ?: ). c2py turns it into Python source and compiles that into a function.
# The source keeps the expression's own parentheses and adds some: around a comparison that is
# the left operand of another (C compares the first result, Python would chain), around a
# comparison of the relational level that is an operand at that level, and around a ?: nested
# in the true branch of another. Nesting deeper than 20 parentheses in that source is refused.

import re

_TOKEN = re.compile(r"""
      (?P<space>[ \t]+)
    | (?P<number>[0-9]+\b)
    | (?P<variable>n\b)
    | (?P<paren>[()])
    | (?P<operator>[-*/%+?:]|[><!]=?|==|&&|\|\|)
    | (?P<bad>\w+|.)
""", re.VERBOSE | re.DOTALL)

# binding strength of each binary operator (higher binds tighter)
_STRENGTH = {}
for _level, _operators in enumerate((('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='),
                                     ('+', '-'), ('*', '/', '%')), 1):
    for _operator in _operators:
        _STRENGTH[_operator] = _level
del _level, _operators, _operator
_EQUALITY, _RELATION = 3, 4
_IN_PYTHON = {'||': 'or', '&&': 'and', '/': '//'}


def _plural_tokens(plural):
    for match in _TOKEN.finditer(plural):
        kind = match.lastgroup
        if kind == 'space':
            continue
        if kind == 'bad':
            raise ValueError('invalid token in plural form: %s' % match.group(kind))
        yield match.group(kind)
    yield ''        # the end


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _PluralTranslator:
    """Reads the tokens of a Plural-Forms expression and writes the Python source."""

    def __init__(self, plural):
        self.tokens = _plural_tokens(plural)

    def operand(self):
        source = ''
        token = next(self.tokens)
        while token == '!':
            source += 'not '
            token = next(self.tokens)
        if token == '(':
            inner, token = self.expression()
            if token != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            return source + '(' + inner + ')'
        if token == 'n':
            return source + 'n'
        try:
            return source + '%d' % int(token, 10)
        except ValueError:
            raise _unexpected(token) from None

    def expression(self, floor=-1):
        """(source, the token after it): operators binding at least `floor` are taken in."""
        source = self.operand()
        token = next(self.tokens)
        previous = None
        while token in _STRENGTH:
            strength = _STRENGTH[token]
            if strength < floor:
                break
            if strength in (_EQUALITY, _RELATION) and previous in (_EQUALITY, _RELATION):
                source = '(' + source + ')'
            right, next_token = self.expression(strength + 1)
            source = '%s %s %s' % (source, _IN_PYTHON.get(token, token), right)
            token = next_token
            previous = strength
        if previous == floor == _RELATION:
            source = '(' + source + ')'
        if token == '?' and floor <= 0:
            when_true, token = self.expression(0)
            if token != ':':
                raise _unexpected(token)
            when_false, token = self.expression()
            source = '%s if %s else %s' % (when_true, source, when_false)
            if floor == 0:
                source = '(' + source + ')'
        return source, token


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (type(n).__name__,)) from None
    import warnings
    # the warning names the first caller outside this module
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (type(n).__name__,),
                  DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """A function of n giving the index of the plural form, from a Plural-Forms expression."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        translator = _PluralTranslator(plural)
        source, rest = translator.expression()
        if rest:
            raise _unexpected(rest)
        depth = 0
        for char in source:
            if char == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif char == ')':
                depth -= 1
        namespace = {'_as_int': _as_int, '__name__': __name__}
        # the return is on line 5, where a SyntaxError of a strange expression points
        exec('# Plural-Forms\n'
             'def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _as_int(n)\n'
             '    return int(%s)\n' % source, namespace)
        return namespace['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# --- catalogs ---------------------------------------------------------------------------------

class NullTranslations:
    """Messages given back unchanged, or asked of a fallback catalog."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Puts gettext as _ (and the functions named in names) into builtins."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file (either byte order)."""
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        # (major, minor) of the file format's revision
        return divmod(version, 0x10000)

    def _parse(self, fp):
        """Reads the catalog.

        A .mo file starts with a magic number that also tells its byte order, a revision, the
        number of strings N and the offsets of two tables of N (length, offset) pairs: the
        original strings and their translations. The translation of the empty string is the
        metadata ('Key: value' lines); an original holding a NUL is a plural entry, its
        translations the NUL-separated forms.
        """
        from struct import unpack
        name = getattr(fp, 'name', '')
        self._catalog = {}
        self.plural = _germanic_plural
        data = fp.read()
        size = len(data)
        magic, = unpack('<I', data[:4])
        order = {self.LE_MAGIC: '<', self.BE_MAGIC: '>'}.get(magic)
        if order is None:
            raise OSError(0, 'Bad magic number', name)
        revision, count, originals, translations = unpack(order + '4I', data[4:20])
        major = self._get_versions(revision)[0]
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), name)
        pair = order + 'II'
        for k in range(count):
            at = 8 * k
            o_len, o_start = unpack(pair, data[originals + at:originals + at + 8])
            t_len, t_start = unpack(pair, data[translations + at:translations + at + 8])
            # a string must end before the file does
            if o_start + o_len >= size or t_start + t_len >= size:
                raise OSError(0, 'File is corrupt', name)
            original = data[o_start:o_start + o_len]
            translated = data[t_start:t_start + t_len]
            if not o_len:
                self._read_metadata(translated)
            self._add_entry(original, translated, self._charset or 'ascii')

    def _read_metadata(self, text):
        previous = None
        for raw in text.split(b'\n'):
            line = raw.decode().strip()
            # empty lines and msgcat's '#-#-#-#-#  file  #-#-#-#-#' separators say nothing
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if previous:
                    self._info[previous] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            previous = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _add_entry(self, original, translated, charset):
        if b'\x00' not in original:
            self._catalog[str(original, charset)] = str(translated, charset)
            return
        singular, _plural = original.split(b'\x00')
        singular = str(singular, charset)
        for form, text in enumerate(translated.split(b'\x00')):
            self._catalog[(singular, form)] = str(text, charset)

    def _single(self, key):
        """The translation of a message, also the first form of a plural entry, or None."""
        found = self._catalog.get(key, _MISSING)
        if found is _MISSING:
            found = self._catalog.get((key, self.plural(1)), _MISSING)
        return None if found is _MISSING else found

    def gettext(self, message):
        found = self._single(message)
        if found is not None:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)), _MISSING)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._single(self.CONTEXT % (context, message))
        if found is not None:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = (self.CONTEXT % (context, msgid1), self.plural(n))
        found = self._catalog.get(key, _MISSING)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2


_MISSING = object()


def _germanic_plural(n):
    # the forms of a catalog that names no Plural-Forms: one, and the rest
    return int(n != 1)


def _expand_lang(loc):
    """The locale name and its less specific forms: 'de_DE.UTF-8@euro' ... 'de'."""
    import locale
    loc = locale.normalize(loc) if hasattr(locale, 'normalize') else loc
    COMPONENT_CODESET = 1 << 0
    COMPONENT_TERRITORY = 1 << 1
    COMPONENT_MODIFIER = 1 << 2
    mask = 0
    pos = loc.find('@')
    if pos >= 0:
        modifier = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_MODIFIER
    else:
        modifier = ''
    pos = loc.find('.')
    if pos >= 0:
        codeset = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_CODESET
    else:
        codeset = ''
    pos = loc.find('_')
    if pos >= 0:
        territory = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_TERRITORY
    else:
        territory = ''
    language = loc
    ret = []
    for i in range(mask + 1):
        if not (i & ~mask):
            val = language
            if i & COMPONENT_TERRITORY:
                val += territory
            if i & COMPONENT_CODESET:
                val += codeset
            if i & COMPONENT_MODIFIER:
                val += modifier
            ret.append(val)
    ret.reverse()
    return ret


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of the domain for the first language that has one (all: every one), or None."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalogs of the domain chained by language; NullTranslations with fallback, else
    FileNotFoundError when there is none."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """The current domain, after setting it when given."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """The directory of the domain's catalogs, after setting it when given."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
