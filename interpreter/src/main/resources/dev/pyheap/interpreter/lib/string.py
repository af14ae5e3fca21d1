"""String constants, capwords, Template ($-substitution) and Formatter."""

import re as _re
from collections import ChainMap as _ChainMap

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


_sentinel_dict = {}


class Template:
    """$-substitution. Each class compiles its placeholder pattern when it is made: from its own
    `pattern` if it sets one, else from `delimiter`, `idpattern`, `braceidpattern` and `flags`, so a
    subclass changes the rules by changing those attributes."""
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            mark = _re.escape(cls.delimiter)
            source = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                      % (mark, mark, cls.idpattern, cls.braceidpattern or cls.idpattern))
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        at = match.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        line = len(before) or 1
        column = at - len(''.join(before[:-1])) if before else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        # each method has its own replacement function, as CPython's: a missing name's KeyError
        # shows substitute's frame and convert's
        def convert(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(mapping[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._invalid(match)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif match.group('invalid') is None and match.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return names


Template.__init_subclass__()


def _format_items(text):
    """The pieces str.format reads in text, one (literal, field_name, format_spec, conversion)
    tuple at a time: a piece without a field has None in the last three; a field's spec is '' when
    it has none and its conversion None. Errors come when the scan reaches them."""
    end = len(text)
    pos = 0
    while pos < end:
        brace = pos
        while brace < end and text[brace] not in '{}':
            brace += 1
        if brace == end:
            yield text[pos:], None, None, None
            return
        if brace + 1 < end and text[brace + 1] == text[brace]:
            # a doubled brace is one literal brace, ending this piece
            yield text[pos:brace + 1], None, None, None
            pos = brace + 2
            continue
        if text[brace] == '}':
            raise ValueError("Single '}' encountered in format string")
        if brace + 1 == end:
            raise ValueError("Single '{' encountered in format string")
        literal = text[pos:brace]
        # the field name runs to '}', ':' or '!'; brackets hide those characters
        at = brace + 1
        while True:
            if at == end:
                raise ValueError("expected '}' before end of string")
            c = text[at]
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in '}:!':
                break
            if c == '[':
                close = text.find(']', at + 1)
                at = end if close < 0 else close
            else:
                at += 1
        name = text[brace + 1:at]
        at += 1
        if c == '}':
            yield literal, name, '', None
            pos = at
            continue
        conversion = None
        if c == '!':
            if at == end:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = text[at]
            at += 1
            if at < end:
                after = text[at]
                at += 1
                if after == '}':
                    yield literal, name, '', conversion
                    pos = at
                    continue
                if after != ':':
                    raise ValueError("expected ':' after conversion specifier")
        # the spec runs to the '}' that balances the field's '{'
        spec_start = at
        depth = 1
        while at < end:
            c = text[at]
            at += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
        if depth:
            raise ValueError("unmatched '{' in format spec")
        yield literal, name, text[spec_start:at - 1], conversion
        pos = at


def _field_path(name):
    """The '.attribute' and '[index]' steps after a field name's first part, as (is_attribute,
    key) pairs: an index of decimal digits is an int."""
    end = len(name)
    at = 0
    while at < end:
        kind = name[at]
        if kind == '.':
            stop = at + 1
            while stop < end and name[stop] not in '.[':
                stop += 1
            key = name[at + 1:stop]
            at = stop
        elif kind == '[':
            stop = name.find(']', at + 1)
            if stop < 0:
                raise ValueError("Missing ']' in format string")
            key = name[at + 1:stop]
            at = stop + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError('Empty attribute in format string')
        yield (True, key) if kind == '.' else (False, int(key) if key.isdecimal() else key)


def _split_field(name):
    first_end = 0
    while first_end < len(name) and name[first_end] not in '.[':
        first_end += 1
    first = name[:first_end]
    return (int(first) if first.isdecimal() else first), _field_path(name[first_end:])


class Formatter:
    """str.format's machinery with each step a method a subclass can replace: parse, get_field
    (through get_value), convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, next_index=0):
        # next_index: the next automatic number, or False once a field was numbered by hand
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == '':
                if next_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                name = str(next_index)
                next_index += 1
            elif name.isdigit():
                if next_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                next_index = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_index = self._expand(spec, args, kwargs, used, depth - 1, next_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), next_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converters = {'s': str, 'r': repr, 'a': ascii}
        if conversion not in converters:
            raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))
        return converters[conversion](value)

    def parse(self, format_string):
        return _format_items(format_string)

    def get_field(self, field_name, args, kwargs):
        first, path = _split_field(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in path:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first
