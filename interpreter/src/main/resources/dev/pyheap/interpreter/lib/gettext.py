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

_OPERATORS = ['||', '&&', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '!', '?', ':', '(', ')']
_LEVELS = [('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%')]


def _tokens(plural):
    out = []
    i = 0
    while i < len(plural):
        c = plural[i]
        if c in ' \t':
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(plural) and plural[j].isdigit():
                j += 1
            out.append(plural[i:j])
            i = j
            continue
        if c == 'n' and (i + 1 == len(plural) or not plural[i + 1].isalnum()):
            out.append('n')
            i += 1
            continue
        for op in _OPERATORS:
            if plural.startswith(op, i):
                out.append(op)
                i += len(op)
                break
        else:
            j = i + 1
            if c.isalnum() or c == '_':
                while j < len(plural) and (plural[j].isalnum() or plural[j] == '_'):
                    j += 1
            raise ValueError('invalid token in plural form: %s' % plural[i:j])
    out.append('')
    return out


class _PluralParser:
    def __init__(self, plural):
        self.toks = _tokens(plural)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def ternary(self):
        cond = self.binary(0)
        if self.peek() == '?':
            self.take()
            yes = self.ternary()
            if self.take() != ':':
                raise ValueError('syntax error in plural form')
            no = self.ternary()
            return '(%s if %s else %s)' % (yes, cond, no)
        return cond

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _LEVELS[level]:
            op = self.take()
            right = self.binary(level + 1)
            if op == '||':
                left = '(%s or %s)' % (left, right)
            elif op == '&&':
                left = '(%s and %s)' % (left, right)
            elif op == '/':
                left = '(%s // %s)' % (left, right)
            else:
                left = '(%s %s %s)' % (left, op, right)
        return left

    def unary(self):
        tok = self.take()
        if tok == '!':
            return '(not %s)' % self.unary()
        if tok == '(':
            inner = self.ternary()
            if self.take() != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            return inner
        if tok == 'n' or tok.isdigit():
            return tok
        if tok == '':
            raise ValueError('unexpected end of plural form')
        raise ValueError('unexpected token in plural form: %s' % tok)


def c2py(plural):
    """A function of n computing the index of the plural form, from a C expression."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    expr = parser.ternary()
    if parser.peek() != '':
        raise ValueError('syntax error in plural form')
    code = compile('lambda n: int(%s)' % expr, '<plural>', 'eval')
    compute = eval(code, {})

    def func(n):
        if not isinstance(n, int):
            raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,))
        return compute(n)
    return func


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
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('<4I', buf[4:20])
            ii = '<II'
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('>4I', buf[4:20])
            ii = '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        for i in range(msgcount):
            mlen, moff = unpack(ii, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(ii, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                # the metadata: 'Key: value' lines
                lastk = None
                for b_item in tmsg.split(b'\n'):
                    item = b_item.decode().strip()
                    if not item:
                        continue
                    if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                        continue
                    k = v = None
                    if ':' in item:
                        k, v = item.split(':', 1)
                        k = k.strip().lower()
                        v = v.strip()
                        self._info[k] = v
                        lastk = k
                    elif lastk:
                        self._info[lastk] += '\n' + item
                    if k == 'content-type':
                        self._charset = v.split('charset=')[1]
                    elif k == 'plural-forms':
                        plural = v.split(';')[1].split('plural=')[1]
                        self.plural = c2py(plural)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, msgid2 = msg.split(b'\x00')
                tmsg = tmsg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for index, text in enumerate(tmsg):
                    catalog[(msgid1, index)] = str(text, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


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
