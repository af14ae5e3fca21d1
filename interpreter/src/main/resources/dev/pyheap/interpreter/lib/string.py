"""String constants, capwords, Template ($-substitution) and Formatter."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = k < n and t[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and _is_id_start(t[end]) and t[end].isascii():
                end += 1
                while end < n and t[end].isascii() and (t[end].isalnum() or t[end] == '_'):
                    end += 1
            name = t[start:end]
            if not name or (braced and (end >= n or t[end] != '}')):
                if safe:
                    out.append(d)
                    i = k
                    continue
                self._invalid(k)
            stop = end + 1 if braced else end
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[j:stop])
            else:
                raise KeyError(name)
            i = stop
        return ''.join(out)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        return self._scan(_Chain(kws, mapping), False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._scan(_Chain(kws, mapping), True)

    def is_valid(self):
        try:
            self._scan(_Everything(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = _Recorder()
        self._scan(names, True)
        return names.names


class _Chain:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __contains__(self, k):
        return k in self.first or k in self.second

    def __getitem__(self, k):
        return self.first[k] if k in self.first else self.second[k]


class _Everything:
    def __contains__(self, k):
        return True

    def __getitem__(self, k):
        return ''


class _Recorder:
    def __init__(self):
        self.names = []

    def __contains__(self, k):
        if k not in self.names:
            self.names.append(k)
        return True

    def __getitem__(self, k):
        return ''


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
